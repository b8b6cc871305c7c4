"""Scraping leftovers in plain text, found by general rules, never by site.

Three kinds of evidence, each recorded as the reason a line was removed:
- line rules from a documented lexicon (`leftovers.toml`, extensible by the
  `leftover_rules` setting): navigation, share bars, promos, captions, bios, notices;
- repetition: a line that stands twice in one article (a repeated promo or pull quote),
  or in several articles of one outlet, or a heading-like line in several articles;
- position: a heading whose section was removed, and the non-prose lines that trail the
  article's last sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.clean.text import fold, is_heading, is_prose, words
from newsprism.errors import SettingsError
from newsprism.lexicon import tables

_BULLET = re.compile(r"^[-–—•·*▪►●◦‣|]+\s*")
_BYLINE = re.compile(
    r"^[Bb][Yy]\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*)\s*(?:[,|•·-].{0,80})?$",
)
# "tail" rules look at the last 30% of an article's characters: on the extraction
# benchmark's pages the author bio and promo blocks start after 70% of the text.
_TAIL_START = 0.7


@dataclass(frozen=True, slots=True)
class Rule:
    reason: str
    pattern: re.Pattern[str]
    whole_line: bool
    max_words: int | None
    tail_only: bool

    def matches(self, bare: str, length: int) -> bool:
        """Whether the rule removes a line, given without its bullet and with its length in words."""
        if self.max_words is not None and length > self.max_words:
            return False
        found = self.pattern.fullmatch(bare) if self.whole_line else self.pattern.search(bare)
        return found is not None


def load_rules(extra: Path | None = None) -> tuple[Rule, ...]:
    """The built-in rules, plus those of a user's TOML file of the same shape."""
    found = tables("newsprism.clean", "leftovers.toml", extra)
    origins = ("leftovers.toml", str(extra))
    return tuple(
        rule for table, origin in zip(found, origins, strict=False) for rule in _rules_from(table, origin)
    )


def _rules_from(data: dict[str, Any], origin: str) -> tuple[Rule, ...]:
    rules = []
    for entry in data.get("rule", []):
        try:
            pattern = re.compile("|".join(f"(?:{p})" for p in entry["patterns"]), re.IGNORECASE)
            rules.append(
                Rule(
                    reason=entry["reason"],
                    pattern=pattern,
                    whole_line=entry.get("match", "line") == "line",
                    max_words=entry.get("max_words"),
                    tail_only=entry.get("where") == "tail",
                )
            )
        except (KeyError, TypeError, re.error) as exc:
            raise SettingsError(f"{origin}: bad leftover rule {entry!r} ({exc})") from None
    return tuple(rules)


def mark_by_rules(lines: list[str], rules: tuple[Rule, ...]) -> list[str | None]:
    """A reason per line that a rule removes, else None."""
    total = sum(len(line) + 1 for line in lines)
    reasons: list[str | None] = []
    offset = 0
    for line in lines:
        in_tail = offset >= _TAIL_START * total
        bare, length = _BULLET.sub("", line).strip(), words(line)
        rule = next((r for r in rules if (in_tail or not r.tail_only) and r.matches(bare, length)), None)
        reasons.append(rule.reason if rule else None)
        offset += len(line) + 1
    return reasons


def _short_sentence(line: str) -> bool:
    """Three words or more, from a capital to a full stop, some in lower case: a sentence."""
    line = line.strip()
    return bool(_SHORT_SENTENCE.match(line)) and any(w[:1].islower() for w in line.split()[1:])


_SHORT_SENTENCE = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’,-]+){2,}[.!?]$")


def byline(line: str) -> str | None:
    """The author's name when the line is a byline ("By Jane Roe, Staff Writer")."""
    match = _BYLINE.match(line)
    return match.group("name") if match and words(line) <= 14 else None


def mark_repeated(lines: list[str], reasons: list[str | None]) -> None:
    """Remove every copy of a line that stands twice in one article (but keep the title)."""
    counts = Counter(fold(line) for line in lines)
    for i, line in enumerate(lines):
        if counts[fold(line)] > 1 and words(line) >= 2 and reasons[i] is None and i > 0:
            reasons[i] = "repeated block"


def mark_by_position(lines: list[str], reasons: list[str | None]) -> None:
    """Headings of removed sections, and the non-prose lines trailing the last sentence (a
    short sentence that ends an article, "Orlow declined to comment.", is one)."""
    for i in range(len(lines) - 1, -1, -1):
        if reasons[i] is not None:
            continue
        if is_prose(lines[i]) or _short_sentence(lines[i]):
            break
        reasons[i] = "trailing page furniture"
    for i in range(len(lines) - 2, 0, -1):
        if reasons[i] is None and is_heading(lines[i]) and reasons[i + 1] is not None:
            reasons[i] = "heading of a removed section"
