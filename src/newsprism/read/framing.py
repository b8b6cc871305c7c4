"""Framing: the words each outlet chose, marked on its text with a note a reader understands.

- `naming` marks, where the story's articles write one entity's name differently, need
  the other articles: they are made in comparing (`compare/naming.py`).
- `loaded`: informal or loaded words from a documented lexicon (`loaded.toml`,
  extensible with the `loaded_words` setting), outside quotation marks: inside them the
  words are the speaker's, not the outlet's.
- `unattributed`: responsibility for a conflict (who started, provoked or staged a war,
  an attack, the fighting) stated as fact with no source: contested ground that a
  neutral report attributes.
- `hedge`: the words that present a claim as uncertain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsprism.lexicon import tables
from newsprism.model import Article, Claim, Framing, Quote
from newsprism.read.claims import HEDGES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs and nouns of responsibility for violence. Source: the "blame" frames of FrameNet
# (Cause_to_start, Attack, Hostile_encounter), limited to their common news wordings.
_BLAME_VERBS = {
    "initiate",
    "provoke",
    "instigate",
    "orchestrate",
    "stage",
    "start",
    "unleash",
    "trigger",
    "spark",
    "cause",
}
_CONFLICT_NOUNS = {"war", "fighting", "conflict", "hostility", "hostilities", "crisis", "violence", "aggression",
                   "invasion", "genocide", "massacre", "coup", "attack", "bombing", "shelling", "riot", "clash"}  # fmt: skip


@dataclass(frozen=True)
class LoadedWord:
    pattern: re.Pattern[str]
    note: str
    pos: str | None


def find_framing(
    article: Article, doc: Doc, quotes: list[Quote], claims: list[Claim], loaded_words: Path | None = None
) -> list[Framing]:
    """One article's loaded, unattributed and hedge marks, in text order (the naming marks
    need the other articles: `compare/naming.py`)."""
    lexicon = loaded_lexicon(loaded_words)
    quoted = [(q.start, q.end) for q in quotes if q.kind != "indirect"]
    marks = _loaded_marks(article, doc, lexicon, quoted)
    marks += _unattributed_marks(article, doc, claims)
    marks += _hedge_marks(article, doc, claims)
    return sorted(marks, key=lambda f: f.start)


def _loaded_marks(
    article: Article, doc: Doc, lexicon: tuple[LoadedWord, ...], quoted: list[tuple[int, int]]
) -> list[Framing]:
    marks = []
    for word in lexicon:
        for m in word.pattern.finditer(article.text):
            if any(s <= m.start() < e for s, e in quoted):
                continue
            if word.pos and not _has_pos(doc, m.start(), m.end(), word.pos):
                continue
            marks.append(
                Framing(
                    article=article.id,
                    start=m.start(),
                    end=m.end(),
                    text=m.group(),
                    kind="loaded",
                    note=word.note,
                )
            )
    return marks


def _has_pos(doc: Doc, start: int, end: int, pos: str) -> bool:
    span = doc.char_span(start, end)
    return span is not None and span.root.pos_ == pos


def _unattributed_marks(article: Article, doc: Doc, claims: list[Claim]) -> list[Framing]:
    marks = []
    for claim in claims:
        if claim.attribution or claim.hedged:
            continue
        for token in doc.char_span(claim.start, claim.end, alignment_mode="expand") or []:
            if token.lemma_.lower() in _BLAME_VERBS and _blames_a_conflict(token):
                start, end = _subtree_span(token, claim)
                note = "responsibility for a conflict stated as fact, with no source: contested ground"
                marks.append(
                    Framing(
                        article=article.id,
                        start=start,
                        end=end,
                        text=article.text[start:end],
                        kind="unattributed",
                        note=note,
                    )
                )
    return marks


def _blames_a_conflict(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CONFLICT_NOUNS for c in verb.children)


def _subtree_span(token: Token, claim: Claim) -> tuple[int, int]:
    start = max(claim.start, token.left_edge.idx)
    last = token.right_edge
    return start, min(claim.end, last.idx + len(last))


def _hedge_marks(article: Article, doc: Doc, claims: list[Claim]) -> list[Framing]:
    marks = []
    for claim in claims:
        if not claim.hedged:
            continue
        for token in doc.char_span(claim.start, claim.end, alignment_mode="expand") or []:
            if token.lower_ in HEDGES:
                note = f"'{token.text}' presents this claim as uncertain"
                marks.append(
                    Framing(
                        article=article.id,
                        start=token.idx,
                        end=token.idx + len(token),
                        text=token.text,
                        kind="hedge",
                        note=note,
                    )
                )
    return marks


@cache  # read once a process: every article is read with the same tables
def loaded_lexicon(extra: Path | None = None) -> tuple[LoadedWord, ...]:
    words = []
    for table in tables("newsprism.read", "loaded.toml", extra):
        for entry in table.get("word", []):
            forms = "|".join(re.escape(f) for f in sorted(entry["forms"], key=len, reverse=True))
            pattern = re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])", re.IGNORECASE)
            words.append(LoadedWord(pattern, entry["note"], entry.get("pos")))
    return tuple(words)
