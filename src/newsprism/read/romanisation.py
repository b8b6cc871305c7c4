"""Romanisations of one Cyrillic name, told by a table of sounds rather than by likeness.

A name word is *read* as the sounds of its spelling (`romanisation.toml`, its sources in
its header): each Latin spelling a romanisation system gives a Cyrillic letter, and the
letters themselves, map to the sound they write, the longest spelling first, and a run of
the one vowel that Ukrainian and Russian spell many ways counts once. Two words are
spellings of one name when they share a reading: "Hrytsenko" (Ukrainian national system)
and "Gritsenko" (Russian BGN/PCGN) read "hrecenke"; "Oxana" and "Oksana" share "eksana".
A spelling with two readings ("x", "c") gives both, so a word has a few readings at most.
Given names whose Ukrainian and Russian forms differ beyond their letters (Oleksandr /
Aleksandr) meet through the table's pairs, and only as given names.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from anyascii import anyascii

_VOWEL = "e"  # the sound of the vowels the two languages write with corresponding letters
_MAX_READINGS = 16  # a word of many ambiguous spellings keeps its first readings
_CACHED_WORDS = 65_536  # name words whose readings are kept: memory bounded on a corpus
# a j after a consonant and before no vowel: the soft sign as DSTU 9112 writes it
# ("Kyšenjky", "Ternopilj"), since й follows no consonant
_SOFT_J = re.compile(r"(?<=[bcdfghklmnpqrstvwxzčšžŝ])j(?![aeiouyâêëìïûèéėĭȳı])")


@cache
def _table() -> dict[str, Any]:
    return tomllib.loads(resources.files("newsprism.read").joinpath("romanisation.toml").read_text("utf-8"))


@cache
def _spellings() -> Mapping[str, tuple[str, ...]]:
    """Each spelling, Latin or Cyrillic, -> the sounds it may write."""
    out: dict[str, list[str]] = {}
    for sound, entry in _table()["sounds"].items():
        for spelling in [*entry["latin"], *entry["cyrillic"]]:
            out.setdefault(spelling, []).append(sound)
    return {spelling: tuple(sounds) for spelling, sounds in out.items()}


def _letters(word: str) -> str:
    """The word in lower case, composed, without the marks no system's spelling keeps (the
    tie of ALA-LC's t͡s, the grave of ISO 9's g̀), and with letters of other scripts and
    accents no table lists written in ASCII; a j that is a soft sign left out."""
    composed = unicodedata.normalize("NFC", word.lower())
    kept = "".join(ch for ch in composed if unicodedata.category(ch) != "Mn")
    spellings = _spellings()
    return _SOFT_J.sub("", "".join(ch if ch in spellings else anyascii(ch).lower() for ch in kept))


@lru_cache(maxsize=_CACHED_WORDS)
def readings(word: str) -> frozenset[str]:
    """The sound sequences a name word may stand for; empty for a word without letters."""
    letters = _letters(word)
    spellings = _spellings()
    longest = max(map(len, spellings))
    found = [""]
    at = 0
    while at < len(letters):
        for size in range(min(longest, len(letters) - at), 0, -1):
            sounds = spellings.get(letters[at : at + size])
            if sounds is not None:
                break
        else:  # no sound: a digit or a mark, which names do not differ by
            at += 1
            continue
        found = [f + s for f in found for s in sounds][:_MAX_READINGS]
        at += size
    return frozenset(_one_vowel_run(f) for f in found if f)


def _one_vowel_run(reading: str) -> str:
    out: list[str] = []
    for ch in reading:
        if not (ch == _VOWEL and out and out[-1] == _VOWEL):
            out.append(ch)
    return "".join(out)


def same_name(a: str, b: str) -> bool:
    """Whether two words are romanisations of one name (or one spelling of it)."""
    return bool(readings(a) & readings(b))


@cache
def _given_pairs() -> Mapping[str, frozenset[str]]:
    """Reading of a given name's form -> readings of its form in the other language."""
    out: dict[str, set[str]] = {}
    for one, other in _table()["given_names"]["pairs"]:
        for x, y in ((one, other), (other, one)):
            for reading in readings(x):
                out.setdefault(reading, set()).update(readings(y))
    return {reading: frozenset(others) for reading, others in out.items()}


def given_name_pair(a: str, b: str) -> bool:
    """Whether two given names are the Ukrainian and Russian forms of one name, in any
    romanisation (Oleksandr / Aleksandr, Mykhailo / Mikhail, Ilya / Illia)."""
    pairs = _given_pairs()
    return any(pairs.get(reading, frozenset()) & readings(b) for reading in readings(a))
