"""Agreement between "he" / "she" and the person a pronoun stands for.

A person's grammatical gender is read from what the article writes: an honorific before a
name ("Ms. Reyn", "Mr. Dane"), else a given name that the census table (`given_names.toml`,
its source in its header) lists for one sex only. A person with neither, or with forms that
disagree, has none, and agrees with every pronoun.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Literal

from newsprism.lexicon import tables
from newsprism.model import Entity
from newsprism.read.names import key

Gender = Literal["female", "male"]

PRONOUNS: Mapping[str, Gender] = {"she": "female", "her": "female", "he": "male", "him": "male"}
_HONORIFICS: Mapping[str, Gender] = {"ms": "female", "mrs": "female", "miss": "female", "mr": "male"}


@cache
def given_names(extra: Path | None = None) -> Mapping[str, Gender]:
    """Key of a given name -> the sex the table lists it for; a user's file comes last and wins."""
    out: dict[str, Gender] = {}
    for table in tables("newsprism.read", "given_names.toml", extra):
        for gender in ("female", "male"):
            out.update((key(name), gender) for name in table.get(gender, []))
    return out


def genders(
    text: str, entities: Sequence[Entity], article: str, names: Mapping[str, Gender]
) -> dict[str, Gender]:
    """The people of one article whose gender its text makes plain, by entity id: the
    honorifics before their mentions, else the given names of their full names."""
    out: dict[str, Gender] = {}
    for entity in entities:
        if entity.type != "PERSON":
            continue
        gender = _only(_honorific(text, m.start, m.end) for m in entity.mentions if m.article == article)
        if gender is None:
            full = [key(f.text).split() for f in entity.forms]
            gender = _only(names.get(words[0]) for words in full if len(words) > 1)
        if gender is not None:
            out[entity.id] = gender
    return out


def _only(found: Iterable[Gender | None]) -> Gender | None:
    """The one gender found, if exactly one was."""
    distinct = set(found) - {None}
    return distinct.pop() if len(distinct) == 1 else None


def _honorific(text: str, start: int, end: int) -> Gender | None:
    """The gender of an honorific standing first in a mention or right before it ("Ms. Reyn")."""
    inside = text[start:end].replace(".", " ").split()
    before = (
        text[max(0, start - 6) : start].replace(".", " ").split() if text[start - 1 : start] == " " else []
    )
    word = inside[0] if len(inside) > 1 and inside[0].lower() in _HONORIFICS else (before or [""])[-1]
    return _HONORIFICS.get(word.lower())
