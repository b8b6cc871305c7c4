"""Predicates and their polarity in a claim, from the lexicon in `polarity.toml`.

A claim's predicates are the concepts it expresses ("withdraw", "significant"), each
positive or negative (one in a conditional clause, "if they withdraw", is not asserted
and is left out): a negator ("not", "never") or an against word ("refused to",
"argued against") in the few words before a predicate, within its clause, reverses it;
two reverse it back. Two claims conflict when they hold the same predicate with opposite
polarity, or opposite predicates both positively.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.lexicon import tables
from newsprism.thresholds import DEFAULTS, Thresholds

_TOKEN = re.compile(r"\w+?(?=n't\b)|n't\b|\w+(?:[-']\w+)*|[^\w\s]")
_CLAUSE_BREAKS = {",", ";", ":", "(", ")", "—", "–", "but", "although", "though", "while", "whereas"}
_HYPOTHETICAL = {"if", "unless", "whether", "lest"}  # a predicate they govern is not asserted


@dataclass(frozen=True, slots=True)
class Predicate:
    concept: str
    positive: bool
    words: str  # as the claim writes them, with the negator or against word when there is one


@dataclass(frozen=True, slots=True)
class Conflict:
    a: Predicate
    b: Predicate

    @property
    def reason(self) -> str:
        if self.a.concept == self.b.concept:
            return f"the same point affirmed and denied: “{self.a.words}” against “{self.b.words}”"
        return f"opposite predicates: “{self.a.words}” against “{self.b.words}”"


class Lexicon:
    """The concepts, negators and against words of the packaged table plus a user's file;
    `thresholds` says how far apart a predicate's words and its negators may stand."""

    def __init__(self, extra: Path | None = None, thresholds: Thresholds = DEFAULTS) -> None:
        self.window, self.gap = thresholds.polarity_window, thresholds.polarity_gap
        self.forms: dict[tuple[str, ...], str] = {}
        self.opposite: dict[str, set[str]] = defaultdict(set)
        self.negators: set[str] = set()
        self.against: set[tuple[str, ...]] = set()
        for table in tables("newsprism.compare", "polarity.toml", extra):
            self._add(table)
        self._starting: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for form, concept in sorted(self.forms.items(), key=lambda f: -len(f[0])):
            self._starting.setdefault(form[0], []).append((form, concept))

    def _add(self, table: dict[str, Any]) -> None:
        self.negators |= {w.lower() for w in table.get("negators", [])}
        self.against |= {tuple(w.lower().split()) for w in table.get("against", [])}
        for concept in table.get("concept", []):
            for form in concept["forms"]:
                self.forms[tuple(form.lower().split())] = concept["name"]
            given = concept.get("opposite", [])
            for opposite in [given] if isinstance(given, str) else given:
                self.opposite[concept["name"]].add(opposite)
                self.opposite[opposite].add(concept["name"])

    def predicates(self, text: str) -> list[Predicate]:
        """Every predicate of the lexicon in `text`, with its polarity."""
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text.replace("’", "'"))]
        words = [text[s:e].lower().replace("’", "'") for s, e in spans]
        found: list[Predicate] = []
        i = 0
        while i < len(words):
            match = self._form_at(words, i)
            if match is None:
                i += 1
                continue
            concept, last = match
            if any(w in _HYPOTHETICAL for w in self._clause_before(words, i)):
                i = last + 1
                continue
            flips, first = self._reversals(words, i)
            at = first if flips else i
            start = spans[at - 1 if words[at] == "n't" and at else at][0]  # "didn't", not "n't"
            found.append(Predicate(concept, flips % 2 == 0, " ".join(text[start : spans[last][1]].split())))
            i = last + 1
        return found

    def _form_at(self, words: list[str], i: int) -> tuple[str, int] | None:
        """The concept whose form starts at word i, and the index of its last word."""
        for form, concept in self._starting.get(words[i], []):
            at = i
            for part in form[1:]:
                nxt = next(
                    (j for j in range(at + 1, min(at + 2 + self.gap, len(words))) if words[j] == part), None
                )
                if nxt is None or any(w in _CLAUSE_BREAKS for w in words[at + 1 : nxt]):
                    break
                at = nxt
            else:
                return concept, at
        return None

    @staticmethod
    def _clause_before(words: list[str], i: int) -> list[str]:
        j = i
        while j > 0 and words[j - 1] not in _CLAUSE_BREAKS:
            j -= 1
        return words[j:i]

    def _reversals(self, words: list[str], i: int) -> tuple[int, int]:
        """How many negators and against words stand before word i in its clause, and where the first is."""
        flips, first = 0, i
        j = i - 1
        while j >= max(0, i - self.window) and words[j] not in _CLAUSE_BREAKS:
            phrase = next((p for p in self.against if tuple(words[j : j + len(p)]) == p), None)
            if words[j] in self.negators or phrase is not None:
                flips += 1
                first = j
            j -= 1
        return flips, first

    def conflict(self, a: list[Predicate], b: list[Predicate]) -> Conflict | None:
        """The first pair of predicates of two claims that cannot both hold."""
        for x in a:
            for y in b:
                same = x.concept == y.concept and x.positive != y.positive
                opposite = y.concept in self.opposite.get(x.concept, ()) and x.positive and y.positive
                if same or opposite:
                    return Conflict(x, y)
        return None
