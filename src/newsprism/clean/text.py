"""Plain text as paragraphs: line endings, invisible characters, hard-wrapped lines."""

from __future__ import annotations

import re

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINE = re.compile(r"\n\s*\n")
_BULLET = re.compile(r"^[-–—•·*▪►●◦‣]\s")
_TERMINAL = re.compile(r"[.!?…:;\"”’')\]。！？」』]$")
# Scripts written without spaces: Han, kana. A Chinese word averages about 1.5 characters,
# a Japanese one about 2, so two such characters count as one word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Hard-wrapped text (e-mail, terminal exports) breaks lines near a fixed width; lines of
# a paragraph-per-line text vary widely. 50-100: the widths of common wrap settings (72, 76, 80).
_WRAP_WIDTH = range(50, 101)


def paragraphs(content: str) -> list[str]:
    """The paragraphs of a plain text, one per item, spaces folded, none empty."""
    content = content.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for block in _BLANK_LINE.split(content):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if _hard_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of a text: the stretches between blank lines."""
    spans, start = [], 0
    for blank in _BLANK_LINE.finditer(text):
        spans.append((start, blank.start()))
        start = blank.end()
    return [*spans, (start, len(text))]


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2 or any(_BULLET.match(line) for line in lines):
        return False
    body = lines[:-1]
    return all(len(line) in _WRAP_WIDTH for line in body) and any(not _TERMINAL.search(line) for line in body)


def words(text: str) -> int:
    """Words in a text; in scripts without spaces, two characters count as one word."""
    return len(text.split()) + len(_UNSPACED.findall(text)) // 2


def is_prose(line: str) -> bool:
    """A line that reads as running text: a finished sentence, or long enough to be one."""
    n = words(line)
    return n >= 15 or (n >= 5 and bool(_TERMINAL.search(line)))


# A trail of links to the page ("Home › News › World"): short parts between the separators
# of such trails (a pipe separates a title from its site's name, or a dateline from text).
_CRUMB = re.compile(r"\s(?:[›»>/]|&gt;)\s")
_ARROWS = re.compile(r"\s(?:[›»>]|&gt;)\s")
_CRUMB_PART_WORDS = 4


def headline(line: str | None) -> str | None:
    """A line as an article's title: bullet and edge punctuation trimmed; None for a
    breadcrumb trail, which names the page's place on its site, not the article."""
    if not line or is_breadcrumb(line):
        return None
    return _BULLET.sub("", line).strip(" -–—|") or None


def is_breadcrumb(line: str) -> bool:
    """A trail of links ("Home › News › World"), not a sentence: three or more short parts;
    behind arrows (› » >) the last part may be the page's headline."""
    parts = _CRUMB.split(line.strip())
    if len(parts) < 3 or is_prose(line) or any(words(p) > _CRUMB_PART_WORDS for p in parts[:-1]):
        return False
    return words(parts[-1]) <= _CRUMB_PART_WORDS or bool(_ARROWS.search(line))


def is_heading(line: str) -> bool:
    """A short line that is not a sentence: a heading, label or button."""
    return not is_prose(line) and words(line) <= 12 and not line.endswith((".", ";"))


def fold(line: str) -> str:
    """A line as compared for repetition: case and spacing folded, bullets dropped."""
    return " ".join(_BULLET.sub("", line).casefold().split())
