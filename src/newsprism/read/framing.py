"""Framing: the words each outlet chose, marked on its text with a note a reader understands.

- `naming`: where the story's articles write one entity's name differently (Kyiv / Kiev,
  Kovalskyy / Kovalsky, a renamed city's old name), each article's variant is marked
  at its first use, with the forms the other articles use. A shortening ("Tessel" for
  "Tessel Group", a surname for a full name) is not a naming choice.
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
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsprism.lexicon import tables
from newsprism.model import Article, Claim, Entity, Framing, Quote
from newsprism.read.claims import HEDGES
from newsprism.read.names import key

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
    articles: list[Article],
    docs: list[Doc],
    entities: list[Entity],
    quotes: list[Quote],
    claims: list[Claim],
    loaded_words: Path | None = None,
) -> list[Framing]:
    lexicon = loaded_lexicon(loaded_words)
    marks = naming_marks(articles, entities)
    for article, doc in zip(articles, docs, strict=True):
        quoted = [(q.start, q.end) for q in quotes if q.article == article.id and q.kind != "indirect"]
        own = [c for c in claims if c.article == article.id]
        marks += _loaded_marks(article, doc, lexicon, quoted)
        marks += _unattributed_marks(article, doc, own)
        marks += _hedge_marks(article, doc, own)
    return sorted(marks, key=lambda f: (f.article, f.start))


def naming_marks(articles: list[Article], entities: list[Entity]) -> list[Framing]:
    text = {a.id: a.text for a in articles}
    outlet = {a.id: a.source or Path(a.path).name for a in articles}
    marks = []
    for entity in entities:
        first_use: dict[tuple[str, str], tuple[int, int]] = {}
        for m in entity.mentions:
            first_use.setdefault((m.article, text[m.article][m.start : m.end]), (m.start, m.end))
        forms: dict[str, set[str]] = defaultdict(set)
        for article, form in first_use:
            forms[article].add(form)
        for (article, form), (start, end) in first_use.items():
            # the articles that name this entity but never write it this way: what do they write?
            variants = {
                g: other
                for other, written in forms.items()
                if other != article and form not in written
                for g in written
                if _another_writing(form, g)
            }
            if variants:
                elsewhere = "; ".join(f"'{g}' ({outlet[a]})" for g, a in sorted(variants.items()))
                note = f"this article writes '{form}' for {entity.name}; elsewhere: {elsewhere}"
                marks.append(
                    Framing(article=article, start=start, end=end, text=form, kind="naming", note=note)
                )
    return marks


def _another_writing(a: str, b: str) -> bool:
    """Two writings of one name of the same length: not a name and its shortening, a
    surname and a full name, or an acronym and what it stands for."""
    wa, wb = key(a).split(), key(b).split()
    return len(wa) == len(wb) > 0 and wa != wb


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


def loaded_lexicon(extra: Path | None = None) -> tuple[LoadedWord, ...]:
    words = []
    for table in tables("newsprism.read", "loaded.toml", extra):
        for entry in table.get("word", []):
            forms = "|".join(re.escape(f) for f in sorted(entry["forms"], key=len, reverse=True))
            pattern = re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])", re.IGNORECASE)
            words.append(LoadedWord(pattern, entry["note"], entry.get("pos")))
    return tuple(words)
