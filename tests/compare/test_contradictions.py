"""Contradictions between claims of different outlets, on claims and vectors the tests write."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from newsprism.compare.contradictions import cause_of, find_contradictions, originals_only, statement
from newsprism.compare.figures import agree, different_figures, same_figure, same_time
from newsprism.compare.polarity import Lexicon
from newsprism.model import Claim, Contradiction, Frame, Group, Link, Number, Reuse, Words
from newsprism.thresholds import DEFAULTS

LEXICON = Lexicon()
OUTLET = {"a1": "Marrowby Gazette", "a2": "Kestrel Post", "a3": "Marrowby Gazette"}


def claim(cid: str, article: str, text: str, *numbers: tuple[Any, ...]) -> Claim:
    """A claim with its numbers as (text, value, unit), then optionally qualifier and high."""
    found = [
        Number(text=n[0], value=n[1], unit=n[2], qualifier=(n[3:4] or [None])[0], high=(n[4:5] or [None])[0])
        for n in numbers
    ]
    return Claim(id=cid, article=article, start=0, end=len(text), text=text, numbers=found)  # fmt: skip


def pair(cosine: float) -> np.ndarray:
    """Two unit vectors with this cosine."""
    return np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]], dtype=np.float32)


def reasons(a: Claim, b: Claim, cosine: float, judge: object = None) -> list[str]:
    found = find_contradictions([a, b], pair(cosine), OUTLET, LEXICON, judge)  # type: ignore[arg-type]
    assert all((x.a, x.b) == (a.id, b.id) for x in found)
    return [x.reason for x in found]


TWO = claim("c1", "a1", "The river rose two metres overnight.", ("two metres", 2, "metre"))
THREE = claim("c2", "a2", "The river rose three metres overnight.", ("three metres", 3, "metre"))


@pytest.mark.parametrize(
    ("a", "b", "cosine", "expected"),
    [
        (TWO, THREE, 0.8, ["different figures for the same quantity: “two metres” against “three metres”"]),
        (claim("c1", "a1", "About 1,200 people left.", ("1,200 people", 1200, "person", "about")),
         claim("c2", "a2", "1,100 people left.", ("1,100 people", 1100, "person")), 0.9,
         ["different figures for the same quantity: “1,200 people” against “1,100 people”"]),
        (claim("c1", "a1", "1,200 people left.", ("1,200 people", 1200, "person")),
         claim("c2", "a2", "1,190 people left.", ("1,190 people", 1190, "person")), 0.9,
         ["different figures for the same quantity: “1,200 people” against “1,190 people”"]),
        (claim("c1", "a1", "The council confirmed the closure."),
         claim("c2", "a2", "The council denied the closure."), 0.8,
         ["opposite predicates: “confirmed” against “denied”"]),
        (claim("c1", "a1", "The union will withdraw from the talks."),
         claim("c2", "a2", "The union will not withdraw from the talks."), 0.6,
         ["the same point affirmed and denied: “withdraw” against “not withdraw”"]),
    ],
    ids=["figures", "beyond-about", "close-but-not-approximate", "opposite-predicates", "affirmed-and-denied-on-one-topic"],
)  # fmt: skip
def test_claims_that_cannot_both_hold(a: Claim, b: Claim, cosine: float, expected: list[str]) -> None:
    assert reasons(a, b, cosine) == expected


@pytest.mark.parametrize(
    ("a", "b", "cosine"),
    [
        (TWO, THREE, 0.6),
        (TWO, THREE.model_copy(update={"article": "a1"}), 0.9),
        (TWO, THREE.model_copy(update={"article": "a3"}), 0.9),
        (claim("c1", "a1", "The union will withdraw."), claim("c2", "a2", "The union will not withdraw."), 0.4),
        (claim("c1", "a1", "The council confirmed the closure."),
         claim("c2", "a2", "The council denied the closure."), 0.6),
        (claim("c1", "a1", "About 1,200 people left.", ("1,200 people", 1200, "person", "about")),
         claim("c2", "a2", "1,180 people left.", ("1,180 people", 1180, "person")), 0.9),
        (claim("c1", "a1", "Nearly 300 boats sank.", ("300 boats", 300, "boat", "about")),
         claim("c2", "a2", "290 boats sank.", ("290 boats", 290, "boat")), 0.9),
        (TWO, claim("c2", "a2", "The river rose 3 feet.", ("3 feet", 3, "foot")), 0.9),
        (TWO, claim("c2", "a2", "The river rose by 2 metres.", ("2 metres", 2, "metre")), 0.9),
        (claim("c1", "a1", "The river rose two metres.", ("two", 2, None)),
         claim("c2", "a2", "The river rose three metres.", ("three", 3, None)), 0.9),
        (claim("c1", "a1", "The sluice is shut."), claim("c2", "a2", "The sluice is shut today."), 0.95),
    ],
    ids=["figures-on-one-topic-only", "same-article", "same-outlet", "other-topic", "different-concepts-one-topic",
         "about-covers-it", "nearly-covers-it", "other-units", "same-figure", "no-units", "agreeing"],
)  # fmt: skip
def test_claims_that_can_both_hold(a: Claim, b: Claim, cosine: float) -> None:
    assert reasons(a, b, cosine) == []


class Always:
    """A stance judge that finds every pair put to it contradictory, and records them."""

    name = "always"

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def contradicts(self, pairs: list[tuple[str, str]]) -> list[float]:
        self.asked += pairs
        return [0.875] * len(pairs)


def test_a_judge_settles_only_pairs_of_one_statement_the_rules_do_not() -> None:
    agreeing = claim("c1", "a1", "The sluice is shut."), claim("c2", "a2", "The sluice is shut today.")
    judge = Always()
    assert reasons(*agreeing, 0.9, judge) == ["judged to contradict each other by the stance model always"]
    assert reasons(*agreeing, 0.6, judge) == []
    assert reasons(TWO, THREE, 0.9, judge)[0].startswith("different figures")
    assert judge.asked == [("The sluice is shut.", "The sluice is shut today.")]
    (found,) = find_contradictions([*agreeing], pair(0.9), OUTLET, LEXICON, judge)
    assert found.judged == 0.875


def test_a_judge_reads_a_denial_and_an_affirmation_on_one_topic_without_their_credits() -> None:
    denied = stated("c1", "a1", "Ostry Mills said its boiler did not cause the blast.", "cause", "cause", True,
                    thing="the blast", subject="its boiler").model_copy(update={"attribution": "Ostry Mills said"})  # fmt: skip
    affirmed = stated("c2", "a2", "A faulty boiler at Ostry Mills set off the explosion, crews said.", "set", "set",
                      thing="the explosion", subject="A faulty boiler")  # fmt: skip
    judge = Always()
    assert reasons(denied, affirmed, 0.6, judge) == [
        "judged to contradict each other by the stance model always"
    ]
    assert judge.asked == [("Its boiler did not cause the blast.", affirmed.text)]
    hedged = affirmed.model_copy(update={"hedged": True})
    assert reasons(denied, hedged, 0.6, Always()) == []  # put as uncertain: nothing to deny
    both = affirmed.model_copy(update={"frame": affirmed.frame.model_copy(update={"negated": True})})  # type: ignore[union-attr]
    assert reasons(denied, both, 0.6, Always()) == []  # below one statement, both deny


@pytest.mark.parametrize(
    ("text", "attribution", "stated_"),
    [
        ("Ostry Mills said its boiler did not cause the blast.", "Ostry Mills said", "Its boiler did not cause the blast."),
        ("Crews said that the blast came at noon.", "Crews said", "The blast came at noon."),
        ("Ostry Mills denied that its kiln started the fire.", "Ostry Mills denied",
         "Ostry Mills denied that its kiln started the fire."),
        ("The blast came at noon, crews said.", "crews said", "The blast came at noon, crews said."),
        ("Crews said on Monday that the blast came at noon.", "Crews said",
         "Crews said on Monday that the blast came at noon."),
        ("Governor Idris Penhale declared an emergency.", "Governor Idris Penhale declared",
         "Governor Idris Penhale declared an emergency."),
        ("The blast came at noon.", None, "The blast came at noon."),
    ],
    ids=["said", "said-that", "denied", "credit-after", "said-when", "not-saying", "none"],
)  # fmt: skip
def test_what_a_claim_states(text: str, attribution: str | None, stated_: str) -> None:
    made = Claim(id="c1", article="a1", start=0, end=len(text), text=text, attribution=attribution)
    assert statement(made) == stated_


def test_each_claim_is_set_against_its_closest_conflict_only() -> None:
    claims = [TWO, THREE, claim("c3", "a2", "The river rose four metres.", ("four metres", 4, "metre"))]
    vectors = np.array([[1.0, 0.0, 0.0], [0.95, math.sqrt(1 - 0.95**2), 0.0], [0.8, 0.0, 0.6]], np.float32)
    found = find_contradictions(claims, vectors, {"a1": "X", "a2": "Y"}, LEXICON)
    assert [(x.a, x.b) for x in found] == [("c1", "c2")]


def test_a_dispute_is_shown_on_two_body_sentences_rather_than_on_a_headline() -> None:
    headline = claim("c1", "a1", "Quarry plan rejected")
    body = claim("c2", "a1", "The county board rejected the quarry plan on Monday.")
    other = claim("c3", "a2", "The county board backed the quarry plan on Monday.")
    vectors = np.array([[1.0, 0.0], [0.9, math.sqrt(1 - 0.9**2)], [0.99, math.sqrt(1 - 0.99**2)]], np.float32)
    outlet = {"a1": "X", "a2": "Y"}
    by_similarity = find_contradictions([headline, body, other], vectors, outlet, LEXICON)
    assert [(x.a, x.b) for x in by_similarity] == [("c1", "c3")]
    bodies = find_contradictions(
        [headline, body, other], vectors, outlet, LEXICON, headlines=frozenset({"c1"})
    )
    assert [(x.a, x.b) for x in bodies] == [("c2", "c3")]
    assert "“rejected” against “backed”" in bodies[0].reason


def test_pairs_come_most_similar_first() -> None:
    claims = [TWO, THREE, claim("c3", "a3", "Four metres, said the ferryman.", ("four metres", 4, "metre")),
              claim("c4", "a4", "It rose five metres.", ("five metres", 5, "metre"))]  # fmt: skip
    vectors = np.array([[1, 0, 0, 0], [0.75, 0.66, 0, 0], [0, 0, 1, 0], [0, 0, 0.9, 0.44]], np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    outlet = {"a1": "W", "a2": "X", "a3": "Y", "a4": "Z"}
    assert [(x.a, x.b) for x in find_contradictions(claims, vectors, outlet, LEXICON)] == [
        ("c3", "c4"),
        ("c1", "c2"),
    ]


def test_no_claims_no_contradictions() -> None:
    assert find_contradictions([], np.zeros((0, 4), np.float32), {}, LEXICON) == []


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        (TWO, THREE, True),
        (THREE, TWO, True),
        (TWO, TWO, False),
        (TWO, claim("c2", "a2", "No figure here."), False),
        (claim("c1", "a1", "Two boats and 3 metres.", ("Two boats", 2, "boat"), ("3 metres", 3, "metre")),
         claim("c2", "a2", "Two boats.", ("Two boats", 2, "boat")), False),
        (claim("c1", "a1", "At least 12 died.", ("12 people", 12, "people", "at least")),
         claim("c2", "a2", "17 people died.", ("17 people", 17, "people")), False),
        (claim("c1", "a1", "At least 12 died.", ("12 people", 12, "people", "at least")),
         claim("c2", "a2", "9 people died.", ("9 people", 9, "people")), True),
        (claim("c1", "a1", "More than 40 fled.", ("40 people", 40, "people", "more than")),
         claim("c2", "a2", "40 people fled.", ("40 people", 40, "people")), True),
        (claim("c1", "a1", "More than 40 fled.", ("40 people", 40, "people", "more than")),
         claim("c2", "a2", "52 people fled.", ("52 people", 52, "people")), False),
        (claim("c1", "a1", "Fewer than 5 hurt.", ("5 people", 5, "people", "less than")),
         claim("c2", "a2", "5 people hurt.", ("5 people", 5, "people")), True),
        (claim("c1", "a1", "Up to 300 homes.", ("300 homes", 300, "homes", "at most")),
         claim("c2", "a2", "350 homes.", ("350 homes", 350, "homes")), True),
        (claim("c1", "a1", "10 to 12 workers.", ("10 to 12 workers", 10, "workers", None, 12)),
         claim("c2", "a2", "11 workers.", ("11 workers", 11, "workers")), False),
        (claim("c1", "a1", "Fewer than 5 hurt.", ("5 people", 5, "people", "less than")),
         claim("c2", "a2", "Under 8 hurt.", ("8 people", 8, "people", "less than")), False),
    ],
    ids=["two-three", "three-two", "same", "no-figure", "one-unit-in-common", "at-least-covers-more",
         "at-least-is-not-less", "more-than-is-not-equal", "more-than-covers-more", "less-than-is-not-equal",
         "up-to-is-not-more", "a-range-covers-it",
         "two-upper-bounds-agree"],
)  # fmt: skip
def test_different_figures(a: Claim, b: Claim, differ: bool) -> None:
    assert (different_figures(a, b, DEFAULTS.figure_tolerance) is not None) is differ


def test_a_period_measured_over_and_a_year_are_no_figures_of_the_fact() -> None:
    text = "The strike is the first in Orlow in more than 30 years."
    at = text.index("30 years")
    period = Number(text="30 years", value=30, unit="year", qualifier="more than", start=at, end=at + 8)
    first = Claim(id="c1", article="a1", start=0, end=len(text), text=text, numbers=[period])
    strike = claim("c2", "a2", "A two-day strike began in Orlow.", ("two-day", 2, "day"))
    assert different_figures(first, strike, DEFAULTS.figure_tolerance) is None
    since = claim("c3", "a1", "It has played there since 2019.", ("2019", 2019, "year-date"))
    opens = claim("c4", "a2", "It will open a new ground in 2028.", ("2028", 2028, "year-date"))
    assert different_figures(since, opens, DEFAULTS.figure_tolerance) is None


def framed(cid: str, article: str, text: str, subject: str, predicate: str, thing: str) -> Claim:
    """A claim whose frame's subject, predicate and object are the first occurrences of
    those words in its text."""
    part = {
        w: Words(start=text.index(w), end=text.index(w) + len(w), text=w) for w in (subject, predicate, thing)
    }
    frame = Frame(subject=part[subject], predicate=part[predicate], lemma=predicate, object=part[thing])
    return Claim(id=cid, article=article, start=0, end=len(text), text=text, frame=frame)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (framed("c1", "a1", "The Tarvel trial met its goal, the company said.", "The Tarvel trial", "met", "its goal"),
         framed("c2", "a2", "The Tarvel trial missed its goal, filings show.", "The Tarvel trial", "missed", "its goal"),
         ["opposite predicates: “met its goal” against “missed”, said of one thing: “The Tarvel trial … its goal”"]),
        (framed("c1", "a1", "The mayor supports the plan for the depot.", "The mayor", "supports", "the plan"),
         framed("c2", "a2", "A councillor opposes the plan for the depot.", "A councillor", "opposes", "the plan"), []),
        (framed("c1", "a1", "It met its goal, the company said.", "It", "met", "its goal"),
         framed("c2", "a2", "It missed its goal, filings show.", "It", "missed", "its goal"), []),
    ],
)  # fmt: skip
def test_opposite_predicates_of_one_subject_contradict_below_one_statement(
    a: Claim, b: Claim, expected: list[str]
) -> None:
    assert reasons(a, b, 0.6) == expected


def test_each_article_s_one_toll_is_the_story_s_only_where_it_gives_one() -> None:
    """An article that gives two tolls (a count that grew, two events) has no one figure to
    set against another article's, below the same topic; one that gives its toll in its
    headline and its lead gives one."""
    grew = counted("c3", "a1", "By Monday the toll had risen to nine.", "nine", 9, "deaths")
    found = find_contradictions([SEVEN, grew, FIVE], np.eye(3, dtype=np.float32), OUTLET, LEXICON)
    assert found == []
    headline = counted("c3", "a1", "Landslide kills seven", "seven", 7, "deaths")
    found = find_contradictions(
        [SEVEN, headline, FIVE], np.eye(3, dtype=np.float32), OUTLET, LEXICON, headlines=frozenset({"c3"})
    )
    assert [(x.a, x.b) for x in found] == [("c1", "c2")]


THIRTY_TWO = claim(
    "c3", "a2", "The 32-turbine project could power 60,000 homes.", ("32-turbine", 32, "turbines")
)


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        ([THIRTY_TWO], ["different figures for the same quantity (size in turbines): “40-turbine” against “32-turbine”"]),
        ([claim("c3", "a2", "The 40-turbine project could power 60,000 homes.", ("40-turbine", 40, "turbines"))], []),
        ([THIRTY_TWO, claim("c4", "a2", "A 48-turbine farm stands nearby.", ("48-turbine", 48, "turbines"))], []),
        ([claim("c3", "a2", "Its 32 turbines would stand on the ridge.", ("32 turbines", 32, "turbines"))], []),
    ],
    ids=["two-sizes", "one-size", "two-in-one-article", "a-count-not-a-size"],
)  # fmt: skip
def test_each_article_s_one_size_of_a_thing_is_the_story_s(others: list[Claim], expected: list[str]) -> None:
    """A count joined to its noun before a thing ("a 40-turbine wind farm") is the thing's
    size: two outlets that each give one, different, contradict however far apart their
    words; not an article that gives two."""
    first = claim(
        "c1", "a1", "The court upheld a ban on a 40-turbine wind farm.", ("40-turbine", 40, "turbines")
    )
    claims = [first, *others]
    found = find_contradictions(claims, np.eye(len(claims), dtype=np.float32), OUTLET, LEXICON)
    assert [x.reason for x in found] == expected


def test_a_claim_s_conflicts_with_one_article_over_figures_of_two_kinds_are_both_shown() -> None:
    """ "Three men arrested after robbers stole £2.4 million" against one article's "Two men
    were arrested" and "The robbers took £240,000": a count and a sum, each conflict shown;
    against "Two men were held" beside them, a second count, the clearer only."""
    both = claim("c1", "a1", "Three men were arrested after robbers stole £2.4 million.",
                 ("Three men", 3, "men"), ("£2.4 million", 2.4e6, "GBP"))  # fmt: skip
    count = claim("c2", "a2", "Two men were arrested.", ("Two men", 2, "men"))
    sum_ = claim("c3", "a2", "The robbers took £240,000.", ("£240,000", 2.4e5, "GBP"))
    held = claim("c4", "a2", "Two men were held.", ("Two men", 2, "men"))
    vectors = np.array([[1.0, 0.0, 0.0], [0.95, 0.3122, 0.0], [0.9, 0.0, 0.4359]], np.float32)
    found = find_contradictions([both, count, sum_], vectors, OUTLET, LEXICON)
    assert sorted((x.a, x.b) for x in found) == [("c1", "c2"), ("c1", "c3")]
    vectors = np.vstack([vectors, [[0.92, 0.3919, 0.0]]]).astype(np.float32)
    found = find_contradictions([both, count, sum_, held], vectors, OUTLET, LEXICON)
    assert sorted((x.a, x.b) for x in found) == [("c1", "c2"), ("c1", "c3")]


def part(text: str, words: str | None) -> Words | None:
    """The first occurrence of `words` in `text`, as a span."""
    if words is None:
        return None
    at = text.index(words)
    return Words(start=at, end=at + len(words), text=words)


def clause(text: str, subject: str, predicate: str, thing: str | None = None) -> Frame:
    return Frame(subject=part(text, subject), predicate=part(text, predicate), object=part(text, thing))


def in_clause(cid: str, article: str, text: str, *frames: tuple[str, str, str | None]) -> Claim:
    """A claim whose own frame is the first of `frames` (subject, predicate, object) and whose
    clauses are the rest."""
    own, *more = (clause(text, *f) for f in frames)
    return Claim(id=cid, article=article, start=0, end=len(text), text=text, frame=own, clauses=more)


UPHELD = in_clause(
    "c1",
    "a1",
    "The Tarvel tribunal upheld the fine on Monday.",
    ("The Tarvel tribunal", "upheld", "the fine"),
)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (UPHELD,
         in_clause("c2", "a2", "Quenmore won its appeal on Monday when the Tarvel tribunal quashed the fine on its ferries.",
                   ("Quenmore", "won", "its appeal"), ("the Tarvel tribunal", "quashed", "the fine")),
         ["opposite predicates: “upheld” against “quashed”, said of one thing: “The Tarvel tribunal … the fine”"]),
        (UPHELD,
         in_clause("c2", "a2", "Quenmore won its appeal on Monday when the Tarvel tribunal quashed the ban on its ferries.",
                   ("Quenmore", "won", "its appeal"), ("the Tarvel tribunal", "quashed", "the ban")), []),
        (UPHELD,
         in_clause("c2", "a2", "Quenmore won its appeal on Monday when the Orlow court quashed the fine on its ferries.",
                   ("Quenmore", "won", "its appeal"), ("the Orlow court", "quashed", "the fine")), []),
        (in_clause("c1", "a1", "Quenmore's profit rose last year, the union said.", ("Quenmore's profit", "rose", None)),
         in_clause("c2", "a2", "Its annual profit fell by a fifth.", ("Its annual profit", "fell", None)),
         ["opposite predicates: “rose” against “fell”, said of one thing: “Quenmore's profit”"]),
        (in_clause("c1", "a1", "Support for the Tarvel depot rose, the poll found.", ("Support for the Tarvel depot", "rose", None)),
         in_clause("c2", "a2", "Opposition to the Tarvel depot fell.", ("Opposition to the Tarvel depot", "fell", None)), []),
    ],
    ids=["one-thing-in-a-clause", "another-object", "another-subject", "no-object", "another-head"],
)  # fmt: skip
@pytest.mark.parametrize("cosine", [0.6, 0.47])
def test_opposite_predicates_said_of_one_thing_contradict_below_one_statement(
    a: Claim, b: Claim, expected: list[str], cosine: float
) -> None:
    """Down to `frame_topic` (0.45): the frames show they speak of one point."""
    assert reasons(a, b, cosine) == expected


def test_none_of_a_thing_against_some_of_it_contradicts_however_worded() -> None:
    none = in_clause("c1", "a1", "Police in Orlow said no shots were fired.", ("no shots", "fired", None))
    none = none.model_copy(update={"frame": none.frame.model_copy(update={"negated": True})})  # type: ignore[union-attr]
    shot = in_clause(
        "c2",
        "a2",
        "A guard at the Orlow depot was shot in the leg.",
        ("A guard at the Orlow depot", "shot", None),
    )
    heard = in_clause(
        "c2", "a2", "Residents said they heard several shots.", ("they", "heard", "several shots")
    )
    later = heard.model_copy(update={"frame": heard.frame.model_copy(update={"modality": "will"})})  # type: ignore[union-attr]
    assert reasons(none, shot, 0.1) == ["none of one thing against some (shot): “no shots” against “shot”"]
    assert reasons(none, heard, 0.1) == [
        "none of one thing against some (shot): “no shots” against “several shots”"
    ]
    assert reasons(none, later, 0.1) == []


def counted(cid: str, article: str, text: str, figure: str, value: float, measure: str | None) -> Claim:
    """A claim giving one figure of people, with what it measures."""
    number = Number(text=figure, value=value, unit="people", measure=measure)
    return Claim(id=cid, article=article, start=0, end=len(text), text=text, numbers=[number])


SEVEN = counted("c1", "a1", "The landslide killed seven people.", "seven people", 7, "deaths")
FIVE = counted("c2", "a2", "Five people died when the slope gave way.", "Five people", 5, "deaths")


@pytest.mark.parametrize(
    ("a", "b", "cosine", "expected"),
    [
        (SEVEN, FIVE, 0.6, ["different figures for the same quantity (deaths): “seven people” against “Five people”"]),
        (SEVEN, FIVE, 0.4, ["different figures for the same quantity (deaths): “seven people” against “Five people”"]),
        (SEVEN, counted("c2", "a2", "Five people were hurt.", "Five people", 5, "injuries"), 0.9, []),
        (SEVEN, counted("c2", "a2", "Five people were there.", "Five people", 5, None), 0.6, []),
        (SEVEN, counted("c2", "a2", "In 2019 a landslide killed five people.", "five people", 5, "deaths")
         .model_copy(update={"numbers": [Number(text="2019", value=2019, unit="year-date"),
                                         Number(text="five people", value=5, unit="people", measure="deaths")]}),
         0.6, []),
        (counted("c1", "a1", "The landslide killed over 100 people.", "100 people", 100, "deaths")
         .model_copy(update={"numbers": [Number(text="100 people", value=100, unit="people", measure="deaths",
                                                qualifier="more than")]}),
         counted("c2", "a2", "A hundred people died when the slope gave way.", "hundred people", 100, "deaths"),
         0.6, []),
    ],
    ids=["one-measure-on-one-topic", "each-article-s-one-toll-however-worded", "other-measures", "one-measured-below-one-statement",
         "another-year", "a-bound-reaches-its-figure"],
)  # fmt: skip
def test_figures_of_one_measure_contradict_on_one_topic(
    a: Claim, b: Claim, cosine: float, expected: list[str]
) -> None:
    assert reasons(a, b, cosine) == expected


def stated(
    cid: str,
    article: str,
    text: str,
    predicate: str,
    lemma: str,
    negated: bool = False,
    thing: str | None = None,
    subject: str | None = None,
    modality: str | None = None,
) -> Claim:
    """A claim whose frame gives its predicate, object and subject as the first occurrence of
    each in its text."""

    def words(part: str | None) -> Words | None:
        if part is None:
            return None
        at = text.index(part)
        return Words(start=at, end=at + len(part), text=part)

    frame = Frame(
        subject=words(subject), predicate=words(predicate), object=words(thing), lemma=lemma,
        negated=negated, modality=modality,
    )  # fmt: skip
    return Claim(id=cid, article=article, start=0, end=len(text), text=text, frame=frame)


WARNED = stated("c1", "a1", "The crew said it had warned the depot about the brakes.", "warned", "warn",
                thing="the depot")  # fmt: skip
NO_WARNING = stated("c2", "a2", "The depot denied that it was ever warned.", "warned", "warn", negated=True)  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (WARNED, NO_WARNING,
         ["the same point affirmed and denied (warn): “warned … the depot” against “warned (denied)”"]),
        (stated("c1", "a1", "The ferry resumed its crossings on Friday.", "resumed", "resume",
                thing="its crossings", subject="The ferry"),
         stated("c2", "a2", "The ferry has not resumed service.", "resumed", "resume", True, subject="The ferry"),
         ["the same point affirmed and denied (resume): “resumed … its crossings” against “resumed (denied)”"]),
        (stated("c1", "a1", "The driver was injured in the crash.", "injured", "injure", subject="The driver"),
         stated("c2", "a2", "No passenger was injured in the crash.", "injured", "injure", True,
                subject="No passenger"), []),
        (WARNED, NO_WARNING.model_copy(update={"frame": NO_WARNING.frame.model_copy(update={"modality": "may"})}),
         []),
        (WARNED, NO_WARNING.model_copy(update={"frame": NO_WARNING.frame.model_copy(update={"negated": False})}),
         []),
        (stated("c1", "a1", "The minister apologised on Tuesday.", "apologised", "apologise", subject="The minister"),
         stated("c2", "a2", "The minister said she would not apologise.", "apologise", "apologise", True,
                subject="she", modality="would"),
         ["the same point affirmed and denied (apologise): “apologised” against “apologise (denied)”"]),
        (stated("c1", "a1", "The mayor said so on Friday.", "said", "say"),
         stated("c2", "a2", "The mayor did not say so.", "say", "say", True), []),
        (stated("c1", "a1", "The union said the firm had received a grant for the mill.", "received", "receive",
                thing="a grant", subject="the firm"),
         stated("c2", "a2", "The mill has never received a grant.", "received", "receive", True, thing="a grant",
                subject="The mill"),
         ["the same point affirmed and denied (grant, receive): “received … a grant” against "
          "“received … a grant (denied)”"]),
        (stated("c1", "a1", "The firm had received a grant, the mill said.", "received", "receive",
                thing="a grant", subject="The firm").model_copy(update={"attribution": "the mill said"}),
         stated("c2", "a2", "The mill has never received a grant.", "received", "receive", True, thing="a grant",
                subject="The mill"), []),
        (stated("c1", "a1", "The firm said its cable did not start the fire.", "start", "start", True,
                thing="the fire", subject="its cable"),
         stated("c2", "a2", "Officials said the cable sparked the blaze.", "sparked", "spark", thing="the blaze",
                subject="the cable"),
         ["the same point affirmed and denied (cause): “start … the fire (denied)” against “sparked … the blaze”"]),
        (stated("c1", "a1", "The firm said its crews did not start work.", "start", "start", True,
                thing="work", subject="its crews"),
         stated("c2", "a2", "Officials said the crews sparked the blaze.", "sparked", "spark", thing="the blaze",
                subject="the crews"), []),
        (stated("c1", "a1", "The lawyer said his client would appeal the verdict.", "appeal", "appeal",
                thing="the verdict", subject="his client", modality="would"),
         stated("c2", "a2", "His lawyer said Orrin Vale would not appeal.", "appeal", "appeal", True,
                subject="Orrin Vale", modality="would"),
         ["the same point affirmed and denied (appeal): “appeal … the verdict” against “appeal (denied)”"]),
        (stated("c1", "a1", "The lawyer said his boat would sail on Friday.", "sail", "sail",
                subject="his boat", modality="would"),
         stated("c2", "a2", "Orrin Vale would not sail on Friday.", "sail", "sail", True,
                subject="Orrin Vale", modality="would"), []),
    ],
    ids=["warned-and-denied", "resumed-and-not", "other-subjects", "possible", "both-affirmed", "intent-denied",
         "light-verb", "subject-named-in-the-other", "subject-only-in-the-credit", "started-and-sparked",
         "started-something-else", "someone-s-client", "someone-s-thing"],
)  # fmt: skip
def test_one_outlet_affirms_what_another_denies(a: Claim, b: Claim, expected: list[str]) -> None:
    assert reasons(a, b, 0.6) == expected


@pytest.mark.parametrize(
    ("cosine", "found"),
    [(DEFAULTS.same_topic, True), (DEFAULTS.frame_topic, True), (DEFAULTS.frame_topic - 0.05, False)],
    ids=["same-topic", "frame-topic", "below"],
)
def test_frames_that_affirm_and_deny_one_predicate_contradict_below_the_same_topic(
    cosine: float, found: bool
) -> None:
    assert bool(reasons(WARNED, NO_WARNING, cosine)) is found
    other = [(TWO, THREE)]  # figures need the same topic or one statement
    assert not any(reasons(a, b, DEFAULTS.frame_topic) for a, b in other)


def dated(text: str, *times: str, year: str | None = None) -> Claim:
    """A claim whose frame gives these times, and optionally a year among its figures."""
    words = [Words(start=text.index(t), end=text.index(t) + len(t), text=t) for t in times]
    numbers = [Number(text=year, value=float(year), unit="year-date", start=text.index(year))] if year else []
    return Claim(
        id="c1", article="a1", start=0, end=len(text), text=text, frame=Frame(time=words), numbers=numbers
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (dated("Seven died on Saturday evening.", "Saturday evening"), dated("Five died on Saturday.", "Saturday"), True),
        (dated("Seven died on Saturday.", "Saturday"), dated("Five died.") , True),
        (dated("Seven died on Saturday.", "Saturday"), dated("Five died on Monday.", "Monday"), False),
        (dated("Seven died.", ), dated("Five died there in 2019.", year="2019"), False),
        (dated("Seven died.", ), dated("Five died there last year.", "last year"), False),
        (dated("Seven died in 2019.", year="2019"), dated("Five died in 2019.", year="2019"), True),
        (dated("The Varne crested at 3.9 metres, its highest since records began in 1921.", year="1921"),
         dated("The Varne reached 3.4 metres."), True),
        (dated("The Varne crested at 3.9 metres, its highest since records began in 1921.", "1921", year="1921"),
         dated("The Varne reached 3.4 metres."), True),
        (dated("A crowd of 9,000 watched on Sunday, the smallest for a decade.", "Sunday", "a decade"),
         dated("Some 12,000 fans watched on Sunday.", "Sunday"), True),
        (dated("Seven died on Saturday.", "Saturday"), dated("Five died yesterday.", "yesterday"), True),
        (dated("Seven died on Saturday.", "Saturday"), dated("Five died last night.", "last night"), True),
        (dated("Seven died on Saturday.", "Saturday"), dated("Five died last week.", "last week"), False),
    ],
    ids=["one-day", "one-side-only", "two-days", "another-year", "last-year", "same-year", "a-year-measured-from",
         "a-time-measured-from", "a-period-measured-over", "yesterday", "last-night", "last-week"],
)  # fmt: skip
def test_same_time(a: Claim, b: Claim, same: bool) -> None:
    assert same_time(a, b) is same
    assert same_time(b, a) is same


def test_a_sum_named_two_ways_contradicts_only_as_one_statement() -> None:
    def sum_of(cid: str, article: str, text: str, figure: str, value: float, measure: str) -> Claim:
        number = Number(text=figure, value=value, unit="USD", measure=measure)
        return Claim(id=cid, article=article, start=0, end=len(text), text=text, numbers=[number])

    damage = sum_of(
        "c1", "a1", "The storm did $4 million in damage to the pier.", "$4 million", 4e6, "damage"
    )
    cost = sum_of("c2", "a2", "Repairs to the pier will cost $40 million.", "$40 million", 4e7, "cost")
    assert reasons(damage, cost, 0.8) == [
        "different figures for the same quantity (damage): “$4 million” against “$40 million”"
    ]
    assert reasons(damage, cost, 0.6) == []


def jobs(cid: str, article: str, text: str, value: float, measure: str | None = "jobs", **more: Any) -> Claim:
    number = Number(text=f"{value:,.0f} jobs", value=value, unit="jobs", measure=measure, **more)
    return Claim(id=cid, article=article, start=0, end=len(text), text=text, numbers=[number])


CUT = jobs("c1", "a1", "Quenmore said it would close the mill, cutting 900 jobs.", 900)


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (jobs("c2", "a2", "The closure will cost 900 jobs, the union says.", 900), True),
        (jobs("c2", "a2", "The closure will cost about 900 jobs.", 900, qualifier="about"), True),
        (jobs("c2", "a2", "The closure will cost 700 jobs.", 700), False),
        (jobs("c2", "a2", "The mill has 900 staff.", 900, measure=None), False),
        (jobs("c2", "a2", "Quenmore will lose 300 of the 900 jobs.", 900, start=30), False),
        (jobs("c2", "a2", "The mill will lose 900 workers.", 900).model_copy(
            update={"numbers": [Number(text="900 workers", value=900, unit="workers", measure="jobs")]}), True),
        (jobs("c2", "a2", "Another mill cut 900 jobs in 2019.", 900).model_copy(
            update={"numbers": [Number(text="2019", value=2019, unit="year-date"),
                                Number(text="900 jobs", value=900, unit="jobs", measure="jobs")]}), False),
    ],
    ids=["same-figure", "approximately", "another-figure", "unmeasured", "whole-of-a-part", "counted-by-another-noun",
         "another-year"],
)  # fmt: skip
def test_same_figure(other: Claim, same: bool) -> None:
    assert same_figure(CUT, other, DEFAULTS.figure_tolerance) is same
    assert same_figure(other, CUT, DEFAULTS.figure_tolerance) is same


def stoppage(cid: str, article: str, text: str, figure: str, value: float, unit: str) -> Claim:
    number = Number(text=figure, value=value, unit=unit, measure="stoppage")
    return Claim(id=cid, article=article, start=0, end=len(text), text=text, numbers=[number])


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (stoppage("c2", "a2", "Nurses began a two-day strike.", "two-day", 2, "day"), True),
        (stoppage("c2", "a2", "Nurses began a three-day strike.", "three-day", 3, "day"), False),
    ],
    ids=["another-unit", "another-length"],
)
def test_one_length_of_time_in_two_units_is_the_same_figure(other: Claim, same: bool) -> None:
    struck = stoppage("c1", "a1", "Nurses began a 48-hour strike.", "48-hour", 48, "hour")
    assert same_figure(struck, other, DEFAULTS.figure_tolerance) is same
    assert (different_figures(struck, other, DEFAULTS.figure_tolerance, measured_only=True) is None) is same


def test_a_claim_with_the_figure_one_side_gives_conflicts_with_the_other_side() -> None:
    """The wire (a1) and a paper (a2) worded alike disagree on the jobs; a third outlet (a3)
    gives the wire's figure in other words, too far from the paper's for the rules alone."""
    wire = CUT
    paper = jobs("c2", "a2", "Quenmore will close the mill with the loss of 700 jobs.", 700)
    union = jobs("c3", "a3", "The closure will cost 900 jobs at the plant, the union says.", 900)
    vectors = np.array([[1.0, 0.0, 0.0], [0.8, 0.6, 0.0], [0.6, -0.2, math.sqrt(0.6)]], dtype=np.float32)
    outlet = {"a1": "Tarn Wire", "a2": "Kestrel Post", "a3": "Hollin Courier"}
    found = find_contradictions([wire, paper, union], vectors, outlet, LEXICON)
    assert {(x.a, x.b) for x in found} == {("c1", "c2"), ("c2", "c3")}
    assert [x.reason for x in found if x.b == "c3"] == [
        "different figures for the same quantity (jobs): “700 jobs” against “900 jobs”"
    ]
    far = np.array([[1.0, 0.0, 0.0], [0.8, 0.6, 0.0], [0.2, 0.2, math.sqrt(0.92)]], dtype=np.float32)
    assert {(x.a, x.b) for x in find_contradictions([wire, paper, union], far, outlet, LEXICON)} == {
        ("c1", "c2")
    }


def shares(cid: str, article: str, text: str, *values: float) -> Claim:
    numbers = [Number(text=f"{v:g} percent", value=v, unit="%", measure="turnout") for v in values]
    return Claim(id=cid, article=article, start=0, end=len(text), text=text, numbers=numbers)


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        (shares("c1", "a1", "Turnout was 62 percent, up from 48 percent.", 62, 48),
         shares("c2", "a2", "Turnout was 62 percent.", 62), False),
        (shares("c1", "a1", "Turnout was 62 percent, up from 48 percent.", 62, 48),
         shares("c2", "a2", "Turnout was 57 percent.", 57), True),
    ],
    ids=["another-time-beside-one-in-common", "none-in-common"],
)  # fmt: skip
def test_a_figure_beside_one_in_common_is_of_another_time(a: Claim, b: Claim, differ: bool) -> None:
    for x, y in ((a, b), (b, a)):
        assert (different_figures(x, y, DEFAULTS.figure_tolerance, measured_only=True) is not None) is differ


def subject(claim: Claim, *entities: str) -> Claim:
    """The claim with its frame's subject its first two words, naming `entities`."""
    said = " ".join(claim.text.split()[:2])
    words = Words(start=0, end=len(said), text=said)
    return claim.model_copy(update={"frame": Frame(subject=words, subject_entities=list(entities))})


def test_figures_said_of_two_named_subjects_are_two_quantities() -> None:
    won = counted("c1", "a1", "Orla Venn won 54 percent of the vote.", "54 percent", 54, "votes")
    other = counted("c2", "a2", "Piet Dane won 41 percent of the vote.", "41 percent", 41, "votes")
    assert reasons(subject(won, "e1"), subject(other, "e2"), 0.6) == []
    assert reasons(subject(won, "e1"), subject(other, "e1"), 0.6) != []
    assert reasons(won, other, 0.6) != []


def test_a_subject_that_names_an_entity_beside_other_words_may_be_of_one_quantity() -> None:
    """'Wards at Orlow General' and 'nurses in Orlow' name two entities, but neither is the
    entity itself: their figures may be one quantity."""
    struck = counted("c1", "a1", "Nurses in Orlow walked out for 48 hours.", "48 hours", 48, "stoppage")
    wards = counted("c2", "a2", "Wards at Orlow General shut for 72 hours.", "72 hours", 72, "stoppage")
    struck, wards = (c.model_copy(update={"numbers": [c.numbers[0].model_copy(update={"unit": "hour"})]})
                     for c in (struck, wards))  # fmt: skip
    assert reasons(subject(struck, "e1"), subject(wards, "e2"), 0.6) != []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (stated("c1", "a1", "The board has offered 4.5 percent.", "offered", "offer", thing="4.5 percent",
                subject="The board"),
         stated("c2", "a2", "The board offered staff a rise of 5 percent.", "offered", "offer", thing="a rise",
                subject="The board"),
         ["different figures for the same quantity: “4.5 percent” against “5 percent”, said of one subject: "
          "“The board”"]),
        (stated("c1", "a1", "The board has offered 4.5 percent.", "offered", "offer", thing="4.5 percent",
                subject="The board"),
         stated("c2", "a2", "The board wants a rise of 5 percent.", "wants", "want", thing="a rise",
                subject="The board"), []),
        (stated("c1", "a1", "The board has offered 4.5 percent.", "offered", "offer", thing="4.5 percent",
                subject="The board"),
         stated("c2", "a2", "The union offered to accept 5 percent.", "offered", "offer", subject="The union"), []),
    ],
    ids=["one-subject-one-predicate", "another-predicate", "another-subject"],
)  # fmt: skip
def test_figures_one_subject_gives_by_one_predicate_are_of_one_quantity(
    a: Claim, b: Claim, expected: list[str]
) -> None:
    """Figures that say nothing of what they measure conflict when the frames share the
    subject and the predicate ("offered"), below one statement."""
    a = a.model_copy(update={"numbers": [Number(text="4.5 percent", value=4.5, unit="%")]})
    b = b.model_copy(update={"numbers": [Number(text="5 percent", value=5.0, unit="%")]})
    assert reasons(a, b, 0.6) == expected


def test_a_thing_scheduled_is_denied_by_no_plan_and_affirmed_by_being_due() -> None:
    none = stated("c1", "a1", "No new talks have been scheduled, the union said.", "scheduled", "schedule", True,
                  subject="No new talks")  # fmt: skip
    due = stated("c2", "a2", "Talks are due to resume on Friday.", "are", "be due", subject="Talks")
    assert reasons(none, due, 0.6) == [
        "the same point affirmed and denied (schedule): “scheduled (denied)” against “are due”"
    ]


@pytest.mark.parametrize(
    ("started", "found"),
    [
        ("A fare rise would begin on Friday, the company said.", True),
        ("The new timetable will start on Friday, the company said.", False),
    ],
    ids=["the-thing-planned", "another-thing"],
)
def test_a_start_put_in_the_future_is_denied_by_no_plans_for_it(started: str, found: bool) -> None:
    none = in_clause("c1", "a1", "The Orlow ferry company had no plans for a fare rise.",
                     ("The Orlow ferry company", "plans", "a fare rise"))  # fmt: skip
    none = none.model_copy(update={"frame": none.frame.model_copy(update={"lemma": "plan", "negated": True})})  # type: ignore[union-attr]
    subject = started.split(" would")[0].split(" will")[0]
    verb = "begin" if "begin" in started else "start"
    also = in_clause("c2", "a2", started, (subject, verb, None))
    modality = "would" if "would" in started else "will"
    also = also.model_copy(
        update={"frame": also.frame.model_copy(update={"lemma": verb, "modality": modality})}
    )  # type: ignore[union-attr]
    assert bool(reasons(none, also, 0.6)) is found


def named(claim: Claim, entity: str) -> Claim:
    """The claim with its frame's subject naming `entity`."""
    assert claim.frame is not None
    return claim.model_copy(update={"frame": claim.frame.model_copy(update={"subject_entities": [entity]})})


def test_one_named_subject_affirmed_and_denied_contradicts_however_far_apart() -> None:
    conceded = stated("c1", "a1", "Dane conceded defeat late on Sunday.", "conceded", "concede", thing="defeat",
                      subject="Dane")  # fmt: skip
    refused = stated(
        "c2", "a2", "Piet Dane refused to concede.", "concede", "concede", True, subject="Piet Dane"
    )
    assert reasons(named(conceded, "e1"), named(refused, "e1"), 0.1) == [
        "the same point affirmed and denied (concede): “conceded … defeat” against “concede (denied)”"
    ]
    assert reasons(named(conceded, "e1"), named(refused, "e2"), 0.1) == []
    assert reasons(conceded, refused, 0.1) == []


def test_a_dispute_a_rewrite_repeats_is_shown_on_the_original_alone() -> None:
    """The wire (a1) and its rewrite (a2) both give 900 jobs against a paper's 700 (a3); a
    copy that changed the figure (a4) is a side of its own."""
    wire, rewrite = (
        jobs("c1", "a1", "It cut 900 jobs.", 900),
        jobs("c2", "a2", "It cut 900 jobs, it said.", 900),
    )
    paper, changed = jobs("c3", "a3", "It cut 700 jobs.", 700), jobs("c4", "a4", "It cut 600 jobs.", 600)
    found = [
        Contradiction(a=a, b=b, reason="r")
        for a, b in [("c1", "c3"), ("c2", "c3"), ("c1", "c4"), ("c3", "c4")]
    ]
    reuse = [Reuse.model_validate({"from": "a1", "to": t, "shared": 0.9}) for t in ("a2", "a4")]
    group = Group(id="g1", claims=["c1", "c2", "c3", "c4"], status="contested",
                  links=[Link(a="c1", b="c2", kind="rewritten")])  # fmt: skip
    kept = originals_only(found, [wire, rewrite, paper, changed], [group], reuse)
    assert [(x.a, x.b) for x in kept] == [("c1", "c3"), ("c1", "c4"), ("c3", "c4")]


def test_a_headline_s_figure_is_its_lead_s() -> None:
    """The wire's headline gives the lead's toll without its "at least" and its day; the
    lead is no dispute with the next day's higher toll, so neither is the headline."""
    headline = counted("c1", "a1", "Fever kills six in Quenmore", "six", 6, "deaths")
    lead = counted("c2", "a1", "At least six people have died, officials said on Thursday.", "six people", 6,
                   "deaths").model_copy(update={"frame": Frame(time=[Words(start=48, end=56, text="Thursday")])})  # fmt: skip
    later = counted("c3", "a2", "Eleven people have died, officials said on Friday.", "Eleven people", 11,
                    "deaths").model_copy(update={"frame": Frame(time=[Words(start=40, end=46, text="Friday")])})  # fmt: skip
    lead.numbers[0].qualifier = "at least"
    vectors = np.array([[1.0, 0.0], [0.8, 0.6], [0.8, 0.6]], dtype=np.float32)
    claims = [headline, lead, later]
    assert find_contradictions(claims, vectors, OUTLET, LEXICON, headlines=frozenset({"c1"})) == []
    assert [(x.a, x.b) for x in find_contradictions(claims, vectors, OUTLET, LEXICON)] == [("c1", "c3")]


@pytest.mark.parametrize(
    ("denied", "affirmed", "found"),
    [
        (("No card details were taken.", "taken", "take"), ("Card details were also taken.", "taken", "take"), True),
        (("No card details were stolen.", "stolen", "steal"), ("Card details were also taken.", "taken", "take"),
         True),
        (("No card details were taken.", "taken", "take"), ("Card details were sold.", "sold", "sell"), False),
    ],
    ids=["what-was-done-to-the-subject", "stolen-is-taken", "another-deed"],
)  # fmt: skip
def test_a_light_verb_with_no_object_says_what_was_done_to_its_subject(
    denied: tuple[str, str, str], affirmed: tuple[str, str, str], found: bool
) -> None:
    a = stated("c1", "a1", denied[0], denied[1], denied[2], True, subject=denied[0].split(" were")[0])
    b = stated("c2", "a2", affirmed[0], affirmed[1], affirmed[2], subject=affirmed[0].split(" were")[0])
    assert bool(reasons(a, b, 0.6)) is found
    took = stated(
        "c1", "a1", "The crew did not take part.", "take", "take", True, thing="part", subject="The crew"
    )
    part = stated("c2", "a2", "The crew took part.", "took", "take", thing="part", subject="The crew")
    assert reasons(took, part, 0.6) == []  # with its object, the light verb is no point of its own


def test_a_claim_that_writes_the_other_s_figure_bare_beside_its_own_gives_both() -> None:
    """ "The survey measured it at magnitude 6.4, while the centre gave a reading of 6.1"
    reports two readings: it disputes neither "a magnitude of 6.1" nor "magnitude 6.4"."""
    both = Claim(id="c1", article="a1", start=0, end=10, text="The survey measured it at magnitude 6.4, while "
                 "the centre gave a reading of 6.1.", numbers=[
                     Number(text="6.4", value=6.4, unit="magnitude", measure="magnitude"),
                     Number(text="6.1", value=6.1)])  # fmt: skip
    one = Claim(id="c2", article="a2", start=0, end=10, text="The quake had a magnitude of 6.1.",
                numbers=[Number(text="6.1", value=6.1, unit="magnitude", measure="magnitude")])  # fmt: skip
    other = one.model_copy(
        update={"numbers": [one.numbers[0].model_copy(update={"value": 5.9, "text": "5.9"})]}
    )
    tolerance = DEFAULTS.figure_tolerance
    assert different_figures(both, one, tolerance) is None
    assert different_figures(one, both, tolerance) is None
    assert different_figures(both, other, tolerance) is not None


def test_none_hurt_against_some_hurt_contradicts_however_worded_and_whoever_is_counted() -> None:
    none = Claim(id="c1", article="a1", start=0, end=10, text="No injuries have been reported, the firm said.",
                 numbers=[Number(text="No injuries", value=0, unit="people", measure="injuries")])  # fmt: skip
    two = Claim(id="c2", article="a2", start=0, end=10, text="Two drivers were hurt in crashes near Orlow.",
                numbers=[Number(text="Two drivers", value=2, unit="drivers", measure="injuries")])  # fmt: skip
    dead = two.model_copy(update={"numbers": [two.numbers[0].model_copy(update={"measure": "deaths"})]})
    assert reasons(none, two, 0.1) == [
        "different figures for the same quantity (injuries): “No injuries” against “Two drivers”"
    ]
    assert reasons(none, dead, 0.1) == []


def not_done(subject: str, verb: str, lemma: str) -> Claim:
    """ "<subject> had not <verb> tear gas.", its frame denied."""
    text = f"{subject} had not {verb} tear gas."
    return stated("c1", "a1", text, verb, lemma, True, thing="tear gas", subject=subject)


def done(verb: str, lemma: str, thing: str) -> Claim:
    """ "Police <verb> <thing>." """
    return stated("c2", "a2", f"Police {verb} {thing}.", verb, lemma, thing=thing, subject="Police")


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        (not_done("Officers", "used", "use"), done("fired", "fire", "tear gas"), True),
        (not_done("Officers", "used", "use"), done("fired", "fire", "rubber bullets"), False),
        (not_done("Officers", "fired", "fire"), done("carried", "carry", "tear gas"), False),
        (not_done("Soldiers", "used", "use"), done("fired", "fire", "tear gas"), False),
    ],
    ids=["used-and-fired", "another-thing", "no-verb-of-using", "another-body"],
)
def test_a_thing_not_used_against_one_fired_by_one_body(a: Claim, b: Claim, found: bool) -> None:
    assert bool(reasons(a, b, 0.6)) is found


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (stated("c1", "a1", "The firm said the fire was caused by a fault in a fuel line.", "caused", "cause",
                subject="the fire"),
         stated("c2", "a2", "A bird strike caused the fire, a source said.", "caused", "cause", thing="the fire",
                subject="A bird strike"),
         ["different causes of one thing (fire): “a fault in a fuel line” against “A bird strike”"]),
        (stated("c1", "a1", "The firm said the fire was caused by a fault in a fuel line.", "caused", "cause",
                subject="the fire"),
         stated("c2", "a2", "A fault in the fuel line sparked the fire.", "sparked", "spark", thing="the fire",
                subject="A fault in the fuel line"), []),
        (stated("c1", "a1", "The firm said the fire was caused by a fault in a fuel line.", "caused", "cause",
                subject="the fire"),
         stated("c2", "a2", "A bird strike caused the delay.", "caused", "cause", thing="the delay",
                subject="A bird strike"), []),
        (stated("c1", "a1", "The firm said the fire was caused by a fault in a fuel line.", "caused", "cause",
                subject="the fire"),
         stated("c2", "a2", "A bird strike may have caused the fire.", "caused", "cause", thing="the fire",
                subject="A bird strike", modality="may"), []),
    ],
    ids=["two-causes", "one-cause-in-other-words", "of-another-thing", "a-possible-cause"],
)  # fmt: skip
def test_one_thing_given_two_causes(a: Claim, b: Claim, expected: list[str]) -> None:
    assert reasons(a, b, 0.1) == expected


def test_a_cause_whose_object_the_parser_lost_is_read_from_the_words_after_the_verb() -> None:
    caused = stated("c1", "a1", "Investigators believe a bird strike caused the fire, a source said.", "caused",
                    "cause", subject="a bird strike")  # fmt: skip
    assert cause_of(caused) == ("the fire", "a bird strike")


@pytest.mark.parametrize(
    ("other", "days"),
    [
        (dated("The hall roof fell in on Wednesday morning.", "Wednesday morning"), True),
        (dated("The hall roof fell in late on Tuesday.", "Tuesday"), False),
        (dated("The hall roof fell in.", ), False),
        (dated("The hall roof fell in on Wednesday, injuring two.", "Wednesday").model_copy(
            update={"numbers": [Number(text="two", value=2, unit="people", measure="injuries")]}), False),
    ],
    ids=["another-day", "the-same-day", "no-day", "a-count"],
)  # fmt: skip
def test_one_statement_on_two_days_contradicts(other: Claim, days: bool) -> None:
    collapsed = dated("The hall roof collapsed on Tuesday evening.", "Tuesday evening")
    other = other.model_copy(update={"id": "c2", "article": "a2"})
    expected = ["different days for one statement: “Tuesday evening” against “Wednesday morning”"]
    assert reasons(collapsed, other, 0.8) == (expected if days else [])
    assert reasons(collapsed, other, DEFAULTS.same_statement - 0.05) == []  # two events, maybe


@pytest.mark.parametrize(
    ("x", "y", "agreed"),
    [
        (("up to €5,000", 5000, "at most"), ("up to €50,000", 50000, "at most"), False),
        (("up to €5,000", 5000, "at most"), ("up to €5,000", 5000, "at most"), True),
        (("up to €5,000", 5000, "at most"), ("€4,000", 4000, None), True),
        (("at least 12", 12, "at least"), ("at least 17", 17, "at least"), True),
    ],
    ids=["two-tops", "one-top", "a-top-and-a-figure-under-it", "two-floors"],
)
def test_two_tops_agree_only_as_one(x: tuple[str, float, str | None], y: tuple[str, float, str | None],
                                    agreed: bool) -> None:  # fmt: skip
    a, b = (Number(text=t, value=v, unit="EUR", qualifier=q) for t, v, q in (x, y))
    assert agree(a, b, DEFAULTS.figure_tolerance) is agreed


def test_one_statement_in_two_months_contradicts() -> None:
    june = dated("The ban will start on June 1, the ministry said.", "June 1")
    january = dated("The ban will start in January, the ministry said.", "January").model_copy(
        update={"id": "c2", "article": "a2"}
    )
    assert reasons(june, january, 0.8) == ["different days for one statement: “June 1” against “January”"]
    assert reasons(june, june.model_copy(update={"id": "c2", "article": "a2"}), 0.8) == []
