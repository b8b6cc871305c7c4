"""Contradictions: pairs of claims of different outlets, about the same thing, that cannot
both hold.

Two claims are about the same thing when their vectors are close (`same_topic`). They
contradict when they give different numbers for the same quantity (the same unit, the
claims close enough to be one statement, `same_statement`), when one affirms what the
other denies, or when, close enough to be one statement, they assert opposite predicates
(`polarity.py`). The reason names the words on each side. When a stance model is
configured (`stance.py`), the pairs close enough to be one statement that the rules do
not settle are put to it, most similar first, up to `judged_pairs` pairs (`thresholds.py`).

A story about a dispute holds many claims for and against one point; each claim is set
against the claim of another article closest to it among those it conflicts with, when
that claim's closest is it too, so every conflict is shown once, on its clearest pair.
A pair of body sentences is clearer than one with a headline, which sums up what the body
states with its detail; among pairs alike, the most similar. Pairs come most similar first.
"""

from __future__ import annotations

import math
import re

import numpy as np

from newsprism.compare.polarity import Lexicon, Predicate
from newsprism.compare.stance import Judge
from newsprism.model import Claim, Contradiction, Number
from newsprism.thresholds import DEFAULTS, Thresholds

QUOTED = re.compile(r"“([^”]*)”")  # the words a reason quotes, each side's
_ARTICLE = re.compile(r"^(?:the|a|an|its|their|his|her)\s+")
# Subjects that name no one by themselves: the same pronoun in two claims is not one subject.
_PRONOUNS = frozenset(
    "i you he she it we they this that these those who which one some many all both".split()  # noqa: SIM905
)


def find_contradictions(
    claims: list[Claim],
    vectors: np.ndarray,
    outlet: dict[str, str],
    lexicon: Lexicon,
    judge: Judge | None = None,
    thresholds: Thresholds = DEFAULTS,
    headlines: frozenset[str] = frozenset(),
) -> list[Contradiction]:
    """`headlines`: the ids of the claims that are their article's headline."""
    predicates = [lexicon.predicates(c.text) for c in claims]
    sims = vectors @ vectors.T
    candidates: dict[tuple[int, int], str] = {}
    unsettled: list[tuple[int, int]] = []
    for i, j in zip(*np.nonzero(np.triu(sims >= thresholds.same_topic, k=1)), strict=True):
        a, b = claims[int(i)], claims[int(j)]
        if outlet[a.article] == outlet[b.article]:
            continue
        one_statement = sims[i, j] >= thresholds.same_statement
        reason = (
            different_figures(a, b, thresholds.figure_tolerance) if one_statement else None
        ) or _predicates(lexicon, predicates[int(i)], predicates[int(j)], one_statement)
        subject = None if reason or one_statement else same_subject(a, b)
        if subject:
            reason = _predicates(lexicon, predicates[int(i)], predicates[int(j)], True)
            reason = reason and f"{reason}, said of one subject: “{subject}”"
        if reason:
            candidates[(int(i), int(j))] = reason
        elif one_statement:
            unsettled.append((int(i), int(j)))
    if judge is not None:
        unsettled = sorted(unsettled, key=lambda p: -sims[p])[: thresholds.judged_pairs]
        said = judge.contradicts([(claims[i].text, claims[j].text) for i, j in unsettled])
        for pair, contradicts in zip(unsettled, said, strict=True):
            if contradicts:
                candidates[pair] = f"judged to contradict each other by the stance model {judge.name}"
    closest: dict[tuple[int, str], int] = {}
    in_headline = [c.id in headlines for c in claims]
    for i, j in sorted(candidates, key=lambda p: (in_headline[p[0]] + in_headline[p[1]], -sims[p])):
        closest.setdefault((i, claims[j].article), j)
        closest.setdefault((j, claims[i].article), i)
    return [
        Contradiction(a=claims[i].id, b=claims[j].id, reason=reason)
        for (i, j), reason in sorted(candidates.items(), key=lambda c: -sims[c[0]])
        if closest[(i, claims[j].article)] == j and closest[(j, claims[i].article)] == i
    ]


def _predicates(lexicon: Lexicon, a: list[Predicate], b: list[Predicate], one_statement: bool) -> str | None:
    conflict = lexicon.conflict(a, b)
    if conflict is None or (conflict.a.concept != conflict.b.concept and not one_statement):
        return None
    return conflict.reason


def same_subject(a: Claim, b: Claim) -> str | None:
    """The subject both claims' frames have, as the first writes it: one entity named in
    both subjects, or the same words (case and a leading article aside), not a pronoun."""
    if a.frame is None or b.frame is None or a.frame.subject is None or b.frame.subject is None:
        return None
    shared = set(a.frame.subject_entities) & set(b.frame.subject_entities)
    words = _subject_key(a.frame.subject.text)
    if shared or (words not in _PRONOUNS and words == _subject_key(b.frame.subject.text)):
        return a.frame.subject.text
    return None


def _subject_key(text: str) -> str:
    return _ARTICLE.sub("", " ".join(text.lower().split()))


def different_figures(a: Claim, b: Claim, tolerance: float) -> str | None:
    """Different figures for the same quantity: a unit both claims use with no figure in common
    (an approximate figure agrees with those within `tolerance` of it, relatively)."""
    for x in a.numbers:
        if x.unit is None:
            continue
        same_unit = [y for y in b.numbers if y.unit == x.unit]
        if same_unit and not any(agree(x, y, tolerance) for y in same_unit):
            y = same_unit[0]
            return f"different figures for the same quantity: “{x.text}” against “{y.text}”"
    return None


def agree(x: Number, y: Number, tolerance: float) -> bool:
    """Two figures that can both hold: the values each allows overlap ("at least 12" allows
    17; "about 1,200" allows 1,150; "10 to 12" allows 11)."""
    (x_low, x_high, x_open), (y_low, y_high, y_open) = allowed(x, tolerance), allowed(y, tolerance)
    low, high = max(x_low, y_low), min(x_high, y_high)
    if low != high:
        return low < high
    # one value both allow, unless it is a strict bound of either: "more than 40" and "40"
    # cannot both hold, "more than 40" and "52" can
    return not (x_open and low in (x_low, x_high)) and not (y_open and low in (y_low, y_high))


def allowed(number: Number, tolerance: float) -> tuple[float, float, bool]:
    """The values a figure allows, low and high, and whether its bound is strict; an
    approximate figure ("about 1,200") allows those within `tolerance` of it, relatively."""
    low, high = number.value, number.high if number.high is not None else number.value
    slack = tolerance * abs(number.value)
    return {
        None: (low, high, False),
        "about": (low - slack, high + slack, False),
        "at least": (low, math.inf, False),
        "more than": (low, math.inf, True),
        "at most": (-math.inf, high, False),
        "less than": (-math.inf, high, True),
    }[number.qualifier]
