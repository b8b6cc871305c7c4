"""Figures of claims compared: whether two claims may speak of one time (or, as one
statement, give two days), give different figures for one quantity, or give the same
figure for one measured quantity, and what values a figure allows.

A quantity is a unit and what the figure measures (`read/numbers.same_quantity`,
`read/measures.py`). An approximate figure ("about 1,200") agrees with those within a
tolerance of it, a bound ("at least 12") with every figure past it; a figure a claim gives
as the whole a part is taken from ("300 of the 900 jobs") is not what the claim is
about; figures said of two named subjects ("Orla Venn won 47 percent", "Piet Dane won 38
percent") are two quantities.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Set

from newsprism.model import Claim, Number
from newsprism.read import numbers
from newsprism.read.numbers import MEASURED_OVER, counts, in_common_unit, same_quantity

FIGURES = "different figures"  # how a reason over figures begins


def same_time(a: Claim, b: Claim) -> bool:
    """Whether two claims may speak of one time: the same years and times before ("in 2019",
    "last year", "two years ago", which would make a figure another event's), and, where
    both give a time, a word of it in common ("on Saturday", "Saturday evening")."""
    x, y = _times(a), _times(b)
    earlier = [{t for t in times if _EARLIER.search(t)} for times in (x, y)]
    words = [{w for t in times for w in t.split()} for times in (x, y)]
    return earlier[0] == earlier[1] and (not (x and y) or bool(words[0] & words[1]))


def different_days(a: Claim, b: Claim) -> str | None:
    """Two days of the week, or two months, that two claims give for what happened or will
    ("collapsed on Tuesday evening", "fell in on Wednesday morning"; "from June 1", "from
    January"): asked only of claims alike enough to be one statement, whose days then
    conflict. Not of claims that give figures: a count given on two days is a count that grew
    ("nine injured" on Monday, "11" on Tuesday)."""
    if any(n.unit for c in (a, b) for n in c.numbers):
        return None
    days = days_apart(a, b)
    return days and f"different days for one statement: “{days[0]}” against “{days[1]}”"


def days_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The first time each of two claims gives, where both give days of the week, or
    months, none in common."""
    for calendar in (_WEEKDAY, _MONTH):
        said = [[t.text for t in c.frame.time if calendar.search(t.text)] if c.frame else [] for c in (a, b)]
        days = [{d.lower() for t in times for d in calendar.findall(t)} for times in said]
        if days[0] and days[1] and not days[0] & days[1]:
            return said[0][0], said[1][0]
    return None


def years_apart(a: Claim, b: Claim) -> bool:
    """Whether both claims give years and none in common ("in 2019", "in 2023")."""
    years = [{n.value for n in c.numbers if n.unit == "year-date"} for c in (a, b)]
    return bool(years[0] and years[1] and not years[0] & years[1])


_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_MONTH = re.compile(  # months capitalised, as news writes them: "may" is a verb
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _times(claim: Claim) -> set[str]:
    """The times a claim gives, its frame's and its years, but a period it measures over
    ("the highest since records began in 1884", "the smallest for a decade":
    `numbers.MEASURED_OVER`), which dates no fact of it, and a day told from the day of
    publication ("yesterday", "last night", "this morning"), which may be any day another
    article names ("on Tuesday")."""
    said = [(t.start, " ".join(t.text.lower().split())) for t in claim.frame.time] if claim.frame else []
    years = [(n.start or claim.start, n.text) for n in claim.numbers if n.unit == "year-date"]
    return {
        text
        for start, text in said + years
        if not MEASURED_OVER.search(claim.text[: start - claim.start])
        and not _NEAR_PUBLICATION.fullmatch(text)
    }


_EARLIER = re.compile(r"\d{4}|\b(?:last|previous|ago|earlier|former)\b")
_NEAR_PUBLICATION = re.compile(
    r"(?:yesterday|today|tonight|overnight|last night|earlier today|this (?:morning|afternoon|evening|week))"
    r"(?: (?:morning|afternoon|evening|night))?"
)


def different_figures(a: Claim, b: Claim, tolerance: float, measured_only: bool = False) -> str | None:
    """Different figures for the same quantity (`numbers.same_quantity`): one both claims give
    with no figure in common (an approximate figure agrees with those within `tolerance` of
    it, relatively; a claim that gives one figure the other gives and another beside it, "58
    percent, up from 51 percent", gives the second of another time; one that writes the
    other's figure bare beside its own, "6.4, while the centre gave a reading of 6.1", gives
    both); with `measured_only`, only a quantity both say is the same measure (deaths, a
    cost: `read/measures.py`), and a bound taken as reaching its figure ("killed over 40" and
    "killed 40", worded apart, are no dispute)."""
    mine, theirs = _of_the_fact(a), _of_the_fact(b)
    for x in mine:
        if measured_only and x.measure is None:
            continue
        same = [y for y in theirs if same_quantity(x, y) and (y.measure == x.measure or not measured_only)]
        ours = [z for z in mine if any(same_quantity(z, y) for y in same)]
        echoed = any(z.unit is None and z.value == y.value for z in a.numbers for y in same) or any(
            z.unit is None and z.value == x.value for z in b.numbers
        )
        if (
            same
            and not echoed
            and not any(agree(z, y, tolerance, strict=not measured_only) for z in ours for y in same)
        ):
            of = f" ({x.measure})" if x.measure else ""
            return f"{FIGURES} for the same quantity{of}: “{x.text}” against “{same[0].text}”"
    return None


def _of_the_fact(claim: Claim) -> list[Number]:
    """The claim's figures but those of no quantity of its fact: a period it is measured over
    ("the first strike in more than 30 years": `numbers.MEASURED_OVER`) and a year, which
    dates a fact ("since 2019", "open in 2028": `same_time` reads it)."""
    return [
        n
        for n in claim.numbers
        if n.unit != "year-date"
        and not MEASURED_OVER.search(
            claim.text[: (n.start if n.start is not None else claim.start) - claim.start]
        )
    ]


def named_apart(a: Claim, b: Claim) -> bool:
    """Whether the two claims' subjects are names of entities, none of them the same: figures
    said of two ("Orla Venn won 47 percent", "Piet Dane won 38 percent") are two quantities.
    A subject that names an entity only beside other words ("nurses at three hospitals in
    Orlow") may be of one quantity with another."""
    x, y = (set(c.frame.subject_entities) if c.frame and _a_name(c) else set() for c in (a, b))
    return bool(x and y and not x & y)


def _a_name(claim: Claim) -> bool:
    """Whether the claim's subject is a name: no word in lower case but those inside names."""
    subject = claim.frame.subject if claim.frame else None
    return subject is not None and all(
        w[:1].isupper() or w.lower() in _INSIDE_NAMES for w in subject.text.split()
    )


_INSIDE_NAMES = frozenset({"the", "of", "and", "for", "&", "de", "van", "von", "der", "la", "le"})


def same_figure(a: Claim, b: Claim, tolerance: float) -> bool:
    """Whether two claims give the same figure for one measured quantity ("cutting 900
    jobs", "the closure will cost 900 jobs"; "killed 31 passengers", "killed 31 people":
    counts of one measure, whatever noun they count by), may speak of one time, and give no
    different figure for a quantity they share: a figure that specific, of one measure, is
    one fact however it is worded. Not a figure a claim gives as the whole that a part of
    it is taken from ("300 of the 900 jobs")."""
    same = any(
        x.measure is not None
        and x.measure == y.measure
        and (same_quantity(x, y) or (counts(x) and counts(y)))
        and in_common_unit(x) == in_common_unit(y)
        and not (whole_of_a_part(a, x) or whole_of_a_part(b, y))
        for x in a.numbers
        for y in b.numbers
    )
    return same and same_time(a, b) and not named_apart(a, b) and different_figures(a, b, tolerance) is None


def whole_of_a_part(claim: Claim, number: Number) -> bool:
    """Whether the claim gives the figure as the whole a part of it is taken from ("300 of
    the 900 jobs"): the claim is about the part (`numbers.whole_of_a_part`)."""
    return numbers.whole_of_a_part(claim.text, (number.start or claim.start) - claim.start)


def agree(x: Number, y: Number, tolerance: float, strict: bool = True) -> bool:
    """Two figures that can both hold: the values each allows overlap ("at least 12" allows
    17; "about 1,200" allows 1,150; "10 to 12" allows 11); not `strict`, a strict bound
    reaches its figure ("more than 40" allows 40). Two tops ("up to €5,000", "up to
    €50,000": a fine's maximum, a forecast's highest) are one figure each, and agree only
    as one."""
    if x.qualifier == y.qualifier == "at most":  # "fines of up to €5,000" and "up to €50,000"
        return math.isclose(in_common_unit(x)[0], in_common_unit(y)[0], rel_tol=tolerance)
    (x_low, x_high, x_open), (y_low, y_high, y_open) = allowed(x, tolerance), allowed(y, tolerance)
    low, high = max(x_low, y_low), min(x_high, y_high)
    if not strict:
        return low <= high
    if low != high:
        return low < high
    # one value both allow, unless it is a strict bound of either: "more than 40" and "40"
    # cannot both hold, "more than 40" and "52" can
    return not (x_open and low in (x_low, x_high)) and not (y_open and low in (y_low, y_high))


def allowed(number: Number, tolerance: float) -> tuple[float, float, bool]:
    """The values a figure allows, low and high, and whether its bound is strict; an
    approximate figure ("about 1,200") allows those within `tolerance` of it, relatively."""
    value, upper = in_common_unit(number)
    low, high = value, upper if upper is not None else value
    slack = tolerance * abs(value)
    return {
        None: (low, high, False),
        "about": (low - slack, high + slack, False),
        "at least": (low, math.inf, False),
        "more than": (low, math.inf, True),
        "at most": (-math.inf, high, False),
        "less than": (-math.inf, high, True),
    }[number.qualifier]


# The measures of an event itself, which a story gives one value at one time: its toll and
# casualties (the EM-DAT fields), its crowd, an earthquake's parameters, a river's crest,
# a depth, a sum stolen, what a spill released, the homes a power cut cut off, how long
# people were held, the span of time an act went on over, the people on board, how long
# the story's contract runs. Not those of the bodies involved: jobs cut and jobs held are
# both "jobs".
_OF_THE_EVENT = frozenset(
    {
        "deaths",
        "injuries",
        "missing",
        "evacuated",
        "rescued",
        "cases",
        "crowd",
        "magnitude",
        "depth",
        "water level",
        "stolen",
        "spilled",
        "without power",
        "held",
        "period",
        "on board",
        "contract",
    }
)


def each_article_s_one_figure(claims: list[Claim], headlines: Set[str]) -> dict[tuple[str, str], int]:
    """For each article and measure of the event (`_OF_THE_EVENT`) of which the article's
    body gives one figure, however many times (a headline repeats its lead's), the index of
    the first claim that gives it."""
    figures: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, c in enumerate(claims):
        if c.id not in headlines:
            for measure in {n.measure for n in c.numbers if n.measure in _OF_THE_EVENT}:
                figures[(c.article, measure)].append(k)
    return {
        key: ks[0]
        for key, ks in figures.items()
        if len({in_common_unit(n) for k in ks for n in claims[k].numbers if n.measure == key[1]}) == 1
    }


def each_article_s_one_size(claims: list[Claim], headlines: Set[str]) -> dict[tuple[str, str], int]:
    """For each article and unit of which the article's body gives one size of a thing, a
    count joined to its noun before the thing it measures ("a 40-turbine wind farm", "a
    12-storey tower"), however many times, the index of the first claim that gives it: the
    size of the story's thing, as `each_article_s_one_figure` gives a measure of its event."""
    sizes: dict[tuple[str, str], list[int]] = defaultdict(list)
    values: dict[tuple[str, str], set[float]] = defaultdict(set)
    for k, c in enumerate(claims):
        for unit, value in ((n.unit, n.value) for n in c.numbers if c.id not in headlines and size(n)):
            sizes[(c.article, str(unit))].append(k)
            values[(c.article, str(unit))].add(value)
    return {key: ks[0] for key, ks in sizes.items() if len(values[key]) == 1}


def size(number: Number) -> bool:
    """Whether a figure is a count joined to its noun, before what it measures ("40-turbine")."""
    return number.measure is None and counts(number) and bool(_JOINED.fullmatch(number.text))


_JOINED = re.compile(r"[\d.,]+-[^\W\d_]+")
