"""Claim groups: which claims of the story's articles assert the same thing, on written vectors."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.compare.groups import (
    claim_entities,
    claim_names,
    entity_bonus,
    group_claims,
    no_comment,
    no_figure_in_common,
    number_bonus,
    omissions_of,
    opposed_pairs,
    other_acts,
)
from newsprism.compare.polarity import Lexicon
from newsprism.model import Claim, Contradiction, Entity, Frame, Group, Mention, Number, Reuse, Words
from newsprism.read.measures import measures
from newsprism.thresholds import DEFAULTS
from tests.compare import framed

ENTITY_WEIGHT = DEFAULTS.entity_weight
NUMBER_WEIGHT = DEFAULTS.number_weight

OUTLET = {"a1": "Marrowby Gazette", "a2": "Kestrel Post", "a3": "Radio Dunhaven", "a4": "Kestrel Post"}


def claim(cid: str, article: str, text: str, *numbers: tuple[str, float, str], start: int = 0) -> Claim:
    return Claim(id=cid, article=article, start=start, end=start + len(text), text=text,
                 numbers=[Number(text=t, value=v, unit=u) for t, v, u in numbers])  # fmt: skip


def measured(cid: str, article: str, text: str, *numbers: tuple[str, float, str, str]) -> Claim:
    """A claim with figures that say what they measure: (text, value, unit, measure)."""
    found = [Number(text=t, value=v, unit=u, measure=m) for t, v, u, m in numbers]
    return claim(cid, article, text).model_copy(update={"numbers": found})


def cosines(n: int, pairs: dict[tuple[int, int], float]) -> np.ndarray:
    """A cosine matrix: 1 on the diagonal, the given pairs, 0 elsewhere."""
    out = np.eye(n, dtype=np.float32)
    for (i, j), c in pairs.items():
        out[i, j] = out[j, i] = c
    return out


def grouped(
    claims: list[Claim],
    pairs: dict[tuple[int, int], float],
    contradictions: list[Contradiction] = (),  # type: ignore[assignment]
    reuse: list[Reuse] = (),  # type: ignore[assignment]
) -> list[tuple[list[str], str, list[str]]]:
    groups = group_claims(
        claims, cosines(len(claims), pairs), number_bonus(claims), claim_names(claims, []),
        list(contradictions), list(reuse), OUTLET,
    )  # fmt: skip
    return [(g.claims, g.status, g.independent) for g in groups]


SHUT = claim("c1", "a1", "The trust shut the sluice on Tuesday.")
SHUT_TOO = claim("c2", "a2", "On Tuesday the trust shut the sluice.")
DEPOT = claim("c3", "a3", "A tram depot reopened.")
BOTH = ["Marrowby Gazette", "Kestrel Post"]


@pytest.mark.parametrize(
    ("claims", "pairs", "expected"),
    [
        ([SHUT, SHUT_TOO], {(0, 1): 0.9},
         [(["c1", "c2"], "corroborated", BOTH)]),
        ([SHUT, claim("c2", "a2", "Boats are stuck upstream of the gates.")], {(0, 1): 0.65},
         [(["c1", "c2"], "corroborated", BOTH)]),
        (
            [claim("c2", "a2", "Boats are stuck.", start=40), SHUT, claim("c3", "a2", "The gates are stuck.", start=60)],
            {(0, 1): 0.65, (1, 2): 0.7},
            [(["c2"], "single_source", ["Kestrel Post"]), (["c1", "c3"], "corroborated", ["Marrowby Gazette", "Kestrel Post"])],
        ),
        ([SHUT, SHUT_TOO], {(0, 1): 0.3},
         [(["c1"], "single_source", ["Marrowby Gazette"]), (["c2"], "single_source", ["Kestrel Post"])]),
        ([SHUT, SHUT_TOO.model_copy(update={"article": "a4"}), claim("c3", "a2", "Same outlet.")], {(0, 1): 0.9},
         [(["c1", "c2"], "corroborated", BOTH), (["c3"], "single_source", ["Kestrel Post"])]),
        ([SHUT_TOO, SHUT_TOO.model_copy(update={"id": "c5", "article": "a4"})], {(0, 1): 0.95},
         [(["c2", "c5"], "single_source", ["Kestrel Post"])]),
        ([claim("c1", "a1", "Two workers were hurt.", ("Two workers", 2, "person")),
          claim("c2", "a2", "Three workers were hurt.", ("Three workers", 3, "person"))], {(0, 1): 0.95},
         [(["c1"], "single_source", ["Marrowby Gazette"]), (["c2"], "single_source", ["Kestrel Post"])]),
        ([SHUT, claim("c2", "a2", "Boats are stuck.", start=40), claim("c3", "a2", "The gates are stuck.", start=60)],
         {(0, 1): 0.65, (0, 2): 0.7},
         [(["c1", "c3"], "corroborated", BOTH), (["c2"], "single_source", ["Kestrel Post"])]),
        ([claim("c1", "a1", "The sluice hospital later put the number at 17.", ("17", 17, None)),
          claim("c2", "a2", "Four of the hurt were taken to the sluice hospital.", ("Four", 4, None))],
         {(0, 1): 0.65},
         [(["c1"], "single_source", ["Marrowby Gazette"]), (["c2"], "single_source", ["Kestrel Post"])]),
        ([claim("c1", "a1", "The sluice was shut at dawn."), claim("c2", "a1", "The mill is closed.", start=30),
          claim("c3", "a1", "Boats waited below the weir.", start=50), claim("c4", "a2", "At dawn the sluice was shut."),
          claim("c5", "a3", "The sluice stayed shut as boats waited.")],
         {(0, 3): 0.75, (3, 4): 0.7, (4, 2): 0.65},
         [(["c1", "c4", "c5"], "corroborated", ["Marrowby Gazette", "Kestrel Post", "Radio Dunhaven"]),
          (["c2"], "single_source", ["Marrowby Gazette"]), (["c3"], "single_source", ["Marrowby Gazette"])]),
        ([claim("c1", "a1", "Sluice shut at dawn"), claim("c2", "a1", "Boats waited below the weir.", start=20),
          claim("c3", "a2", "At dawn the sluice was shut."), claim("c4", "a3", "The sluice stayed shut as boats waited.")],
         {(0, 2): 0.75, (2, 3): 0.7, (3, 1): 0.65},
         [(["c1", "c2", "c3", "c4"], "corroborated", ["Marrowby Gazette", "Kestrel Post", "Radio Dunhaven"])]),
    ],
    ids=["paraphrase", "fair-mutual-best-match", "not-mutual", "too-far", "one-outlet-twice", "only-one-outlet",
         "different-figures-never-agree", "the-best-match-only", "no-figure-in-common-no-best-match",
         "no-chain-of-best-matches-through-two-points-of-one-article", "a-headline-and-the-sentence-after-it"],
)  # fmt: skip
def test_linked_claims_form_groups(
    claims: list[Claim], pairs: dict[tuple[int, int], float], expected: list[tuple[list[str], str, list[str]]]
) -> None:
    assert grouped(claims, pairs) == expected


def test_contradicting_claims_share_a_contested_group() -> None:
    contradiction = Contradiction(a="c1", b="c3", reason="r")
    assert grouped([SHUT, SHUT_TOO, DEPOT], {(0, 1): 0.9}, [contradiction]) == [
        (["c1", "c2", "c3"], "contested", ["Marrowby Gazette", "Kestrel Post", "Radio Dunhaven"])
    ]


def test_a_second_conflict_of_a_claim_with_one_article_makes_no_point_of_both() -> None:
    """ "Upheld a ban on a 40-turbine farm" against "overturned the ban" and against "the
    32-turbine project": the first conflict is the point contested; the second is listed
    among the contradictions, and what it sets against the claim stays a point of its own."""
    upheld = claim("c1", "a1", "The court upheld a ban on a 40-turbine wind farm.")
    overturned = claim("c2", "a2", "The court overturned the ban on the wind farm.")
    size = claim("c3", "a2", "The 32-turbine project would power 60,000 homes.")
    homes = claim("c4", "a3", "The farm could supply about 60,000 homes.")
    disputes = [Contradiction(a="c1", b="c2", reason="r"), Contradiction(a="c1", b="c3", reason="f")]
    assert grouped([upheld, overturned, size, homes], {(2, 3): 0.9}, disputes) == [
        (["c1", "c2"], "contested", BOTH),
        (["c3", "c4"], "corroborated", ["Kestrel Post", "Radio Dunhaven"]),
    ]


def test_a_headline_is_one_point_with_a_best_match_only_where_its_lead_is() -> None:
    """A headline sums up its lead: when its lead is one point with a claim of another
    article, the headline's best match there by name alone ("Venn guilty" and "Venn will
    be sentenced") makes no point; with no such point of its lead, it does."""
    headline = claim("c1", "a1", "Venn guilty: jury convicts former treasurer")
    lead = claim("c2", "a1", "Former treasurer Ola Venn was found guilty of fraud on Monday.")
    convicted = claim("c3", "a2", "Ola Venn, a former treasurer, was found guilty of fraud on Monday.")
    sentenced = claim("c4", "a2", "Venn will be sentenced next month.")
    cos = {(0, 3): 0.7, (0, 2): 0.5, (1, 2): 0.9}
    found = group_claims(
        [headline, lead, convicted, sentenced], cosines(4, cos), np.zeros((4, 4)), [frozenset()] * 4, [], [],
        OUTLET, headlines=frozenset({"c1"}),
    )  # fmt: skip
    assert [g.claims for g in found] == [["c1"], ["c2", "c3"], ["c4"]]
    cos[(1, 2)] = 0.1  # the lead is no point with the other article's claim
    found = group_claims(
        [headline, lead, convicted, sentenced], cosines(4, cos), np.zeros((4, 4)), [frozenset()] * 4, [], [],
        OUTLET, headlines=frozenset({"c1"}),
    )  # fmt: skip
    assert [g.claims for g in found] == [["c1", "c4"], ["c2"], ["c3"]]


def test_a_copy_counts_once_and_a_reused_passage_links_its_claims() -> None:
    copy = Reuse.model_validate({"from": "a1", "to": "a2", "shared": 0.8, "passages": []})
    assert grouped([SHUT, SHUT_TOO], {(0, 1): 0.9}, reuse=[copy]) == [
        (["c1", "c2"], "single_source", ["Marrowby Gazette"])
    ]
    passage = {"from_start": 0, "from_end": len(SHUT.text), "to_start": 0, "to_end": len(DEPOT.text),
               "kind": "verbatim"}  # fmt: skip
    linked = Reuse.model_validate({"from": "a1", "to": "a3", "shared": 0.3, "passages": [passage]})
    assert grouped([SHUT, DEPOT], {}, reuse=[linked]) == [
        (["c1", "c3"], "single_source", ["Marrowby Gazette"])
    ]


@pytest.mark.parametrize(
    ("shared", "cosine", "figures", "joined"),
    [(0.7, 0.5, ("7 p.m.", "7 p.m."), True), (0.2, 0.5, ("7 p.m.", "7 p.m."), False),
     (0.7, 0.4, ("7 p.m.", "7 p.m."), False), (0.7, 0.5, ("7 p.m.", "9 p.m."), False)],
    ids=["rewrite", "one-passage-shared", "too-far", "no-figure-in-common"],
)  # fmt: skip
def test_a_rewrite_s_sentence_joins_its_source_s(
    shared: float, cosine: float, figures: tuple[str, str], joined: bool
) -> None:
    wire = claim(
        "c1",
        "a1",
        f"The steel span gave way shortly after {figures[0]}.",
        (figures[0], float(figures[0][0]), None),
    )
    rewrite = claim(
        "c2",
        "a2",
        f"The crossing collapsed just after {figures[1]}.",
        (figures[1], float(figures[1][0]), None),
    )
    copy = Reuse.model_validate(
        {"from": "a1", "to": "a2", "shared": shared, "passages": [], "directed": True}
    )
    groups = group_claims([wire, rewrite], cosines(2, {(0, 1): cosine}), number_bonus([wire, rewrite]),
                          claim_names([wire, rewrite], []), [], [copy], OUTLET, DEFAULTS)  # fmt: skip
    assert (len(groups) == 1) is joined
    if joined:
        assert [(x.kind, x.score) for x in groups[0].links] == [("rewritten", 0.5)]
    assert groups[0].independent == ["Marrowby Gazette"]  # a copy counts once either way


def test_a_copy_of_one_outlet_joins_that_outlets_other_articles() -> None:
    claims = [SHUT, SHUT_TOO, SHUT_TOO.model_copy(update={"id": "c4", "article": "a4"})]
    copy = Reuse.model_validate({"from": "a1", "to": "a4", "shared": 0.8, "passages": []})
    assert grouped(claims, {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.95}, reuse=[copy]) == [
        (["c1", "c2", "c4"], "single_source", ["Marrowby Gazette"])
    ]


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        ("Fire at the Marrowby mill.", "A fire broke out at the Marrowby mill.", True),
        ("Families could go to Marrowby.", "Families could go to Dunhaven.", False),
        ("Families could go to Marrowby.", "Families could go to Marrowby tonight.", True),
    ],
    ids=["headline-and-body", "two-places-two-points", "one-place"],
)
def test_restatements_in_one_article(a: str, b: str, linked: bool) -> None:
    claims = [claim("c1", "a1", a), claim("c2", "a1", b, start=len(a) + 1)]
    assert (len(grouped(claims, {(0, 1): 0.9})) == 1) is linked


@given(st.integers(1, 8), st.data())
@settings(deadline=None)  # a shared two-core machine
def test_every_claim_is_in_exactly_one_group(n: int, data: st.DataObject) -> None:
    claims = [claim(f"c{k}", f"a{1 + k % 4}", f"Point {k % 3} about the sluice.") for k in range(n)]
    pairs = data.draw(st.dictionaries(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(
        lambda p: p[0] < p[1]), st.floats(0, 1)))  # fmt: skip
    groups = group_claims(
        claims, cosines(n, pairs), number_bonus(claims), claim_names(claims, []), [], [], OUTLET
    )
    ids = [c for g in groups for c in g.claims]
    assert sorted(ids) == sorted(c.id for c in claims)
    for g in groups:
        assert set(g.independent) <= set(g.sources)
        assert (g.status == "corroborated") == (len(g.independent) > 1)


def mention(article: str, start: int, end: int) -> Mention:
    return Mention(article=article, start=start, end=end)


def test_claim_entities_are_those_mentioned_inside_the_claim() -> None:
    text = "Orrin Velk shut the sluice. Tamsin Orr opened it."
    claims = [
        claim("c1", "a1", text[:27]),
        claim("c2", "a1", text[28:], start=28),
        claim("c3", "a2", text[:27]),
    ]
    entities = [
        Entity(id="e1", name="Orrin Velk", type="PERSON", mentions=[mention("a1", 0, 10)]),
        Entity(id="e2", name="Tamsin Orr", type="PERSON", mentions=[mention("a1", 28, 38)]),
        Entity(id="e3", name="sluice", type="FAC", mentions=[mention("a1", 20, 30)]),
    ]
    assert claim_entities(claims, entities) == [frozenset({"e1"}), frozenset({"e2"}), frozenset()]


@pytest.mark.parametrize(
    ("text", "entities", "names"),
    [
        ("Crews reached Dunhaven by Friday.", [], {"dunhaven"}),
        ("Fire Destroys Mill In Dunhaven", [], set()),
        ("Fire Destroys Mill In Dunhaven", [("GPE", 22, 30)], {"dunhaven"}),
        ("the crews of orrin velk left.", [("PERSON", 13, 23)], {"orrin", "velk"}),
        ("the crews left at noon.", [("TIME", 18, 22)], set()),
        ("the crews left.", [], set()),
    ],
    ids=["capitalised-inside", "title-case", "title-case-read-name", "read-name", "not-a-name", "none"],
)
def test_claim_names(text: str, entities: list[tuple[str, int, int]], names: set[str]) -> None:
    found = [
        Entity(id=f"e{k}", name="x", type=t, mentions=[mention("a1", s, e)])
        for k, (t, s, e) in enumerate(entities)
    ]
    assert claim_names([claim("c1", "a1", text)], found) == [frozenset(names)]


def test_a_rare_shared_entity_weighs_more_than_a_common_one() -> None:
    named = [frozenset({"subject", "rare"}), frozenset({"subject", "rare"}), frozenset({"subject"}),
             frozenset({"subject"}), frozenset({"subject", "other"}), frozenset()]  # fmt: skip
    bonus = entity_bonus(named)
    assert bonus.shape == (6, 6)
    assert np.allclose(bonus, bonus.T)
    assert bonus[0, 1] > bonus[2, 3] >= 0
    assert bonus[0, 5] == bonus[5, 5] == 0
    assert bonus[2, 4] < bonus[2, 3]
    assert (bonus <= ENTITY_WEIGHT + 1e-6).all()
    assert entity_bonus([frozenset(), frozenset()]).tolist() == [[0, 0], [0, 0]]


@pytest.mark.parametrize(
    ("a", "b", "bonus"),
    [
        ([("2 boats", 2, "boat")], [("two boats", 2, "boat")], NUMBER_WEIGHT),
        ([("2 boats", 2, "boat")], [], -NUMBER_WEIGHT),
        ([("2 boats", 2, "boat")], [("3 metres", 3, "m")], -NUMBER_WEIGHT),
        ([("2 boats", 2, "boat")], [("2 vessels", 2, "vessel")], NUMBER_WEIGHT),
        ([("2 boats", 2, "boat")], [("3 boats", 3, "boat")], -1.0),
        ([("2 boats", 2, "boat"), ("3 metres", 3, "metre")], [("3 boats", 3, "boat"), ("3 metres", 3, "metre")],
         NUMBER_WEIGHT),
        ([], [], 0.0),
        ([("2", 2, None)], [("3", 3, None)], 0.0),
    ],
    ids=["same-figure", "only-one-gives-one", "other-kinds", "one-count-by-two-nouns", "different-figures",
         "one-in-common", "none", "no-units"],
)  # fmt: skip
def test_number_bonus(a: list[tuple[str, float, str]], b: list[tuple[str, float, str]], bonus: float) -> None:
    found = number_bonus([claim("c1", "a1", "One.", *a), claim("c2", "a2", "Two.", *b)])
    assert found[0, 1] == found[1, 0] == pytest.approx(bonus)
    assert found[0, 0] == found[1, 1] == 0


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ([("17", 17, None)], [("Four", 4, None)], True),
        ([("17", 17, None)], [("seventeen people", 17, "person")], False),
        ([("12", 12, None)], [("17", 17, None)], True),
        ([("40-year-old", 40, "year")], [("1984", 1984, None)], False),
        ([("7 p.m.", 7, None), ("14 people", 14, "person")], [("14", 14, None)], False),
        ([("17", 17, None)], [], False),
        ([], [], False),
        ([("2.3 million customers", 2.3e6, "customers")], [("11 weeks", 11, "week")], True),
        ([("2.3 million customers", 2.3e6, "customers")], [("in 2019", 2019, "year-date")], False),
        ([("1.2 million people", 1.2e6, "people")], [("two shops", 2, "shops"), ("70 percent", 70, "%")], True),
        ([("4,000 people", 4000, "people")], [("two shops", 2, "shops"), ("about 4,000", 4000, "people")], False),
        ([("17 people", 17, "people")], [("two shops", 2, "shops"), ("2019", 2019, "year-date")], False),
    ],
    ids=["different", "same-value", "another-value", "figures-of-other-kinds", "one-in-common", "one-gives-none",
         "none", "only-other-kinds", "a-year-beside", "counts-of-other-things", "a-count-in-common",
         "other-counts-beside-a-year"],
)  # fmt: skip
def test_figures_none_in_common(
    a: list[tuple[str, float, str]], b: list[tuple[str, float, str]], apart: bool
) -> None:
    assert no_figure_in_common(claim("c1", "a1", "One.", *a), claim("c2", "a2", "Two.", *b), 0.0) is apart


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ([("Six people", 6, "people", "deaths")], [("210 homes", 210, "homes", "damage")], True),
        ([("Six people", 6, "people", "deaths"), ("210 homes", 210, "homes", "damage")],
         [("200 homes", 200, "homes", "damage")], True),
        ([("Six people", 6, "people", "deaths")], [("six people", 6, "people", "deaths")], False),
        ([("Six people", 6, "people", "deaths"), ("210 homes", 210, "homes", "damage")],
         [("six", 6, "people", "deaths")], False),
    ],
    ids=["measures-apart", "shared-measure-other-value", "same-figure", "one-measure-in-common"],
)  # fmt: skip
def test_claims_that_measure_only_different_things_are_no_one_point(
    a: list[tuple[str, float, str, str]], b: list[tuple[str, float, str, str]], apart: bool
) -> None:
    one, two = measured("c1", "a1", "One.", *a), measured("c2", "a2", "Two.", *b)
    assert no_figure_in_common(one, two, 0.0) is apart


def test_one_measured_figure_links_claims_worded_apart_that_are_no_best_matches() -> None:
    """The wire's lead and the union's sentence give one figure of jobs; each has a closer
    claim in the other's article, so only the figure joins them."""
    lead = measured(
        "c1", "a1", "Quenmore will close its mill, cutting 900 jobs.", ("900 jobs", 900, "jobs", "jobs")
    )
    strike = claim("c2", "a1", "Quenmore workers will strike on Monday.")
    union = measured(
        "c3", "a2", "The closure will cost 900 jobs, the union says.", ("900 jobs", 900, "jobs", "jobs")
    )
    rally = claim("c4", "a2", "Quenmore workers plan a rally before they strike.")
    pairs = {(0, 2): 0.4, (0, 3): 0.5, (1, 3): 0.7, (1, 2): 0.45}
    groups = group_claims(
        [lead, strike, union, rally], cosines(4, pairs), np.zeros((4, 4)), claim_names([lead], []) * 4,
        [], [], OUTLET,
    )  # fmt: skip
    links = {(link.a, link.b): (link.kind, link.score) for g in groups for link in g.links}
    assert links[("c1", "c3")] == ("same figure", round(0.4 + NUMBER_WEIGHT, 3))
    far = group_claims(
        [lead, strike, union, rally], cosines(4, {**pairs, (0, 2): 0.3}), np.zeros((4, 4)),
        claim_names([lead], []) * 4, [], [], OUTLET,
    )  # fmt: skip
    assert ("c1", "c3") not in {(link.a, link.b) for g in far for link in g.links}


def test_two_headlines_are_no_one_point_as_best_matches() -> None:
    """Two outlets' headlines on one event, each the other's best match: a match in topic."""
    first = claim("c1", "a1", "Quenmore mill to close as strike looms")
    second = claim("c2", "a2", "Workers vow to fight closure of the Quenmore plant")
    claims = [first, second]
    apart = group_claims(
        claims, cosines(2, {(0, 1): 0.62}), np.zeros((2, 2)), claim_names(claims, []), [], [], OUTLET,
        headlines=frozenset({"c1", "c2"}),
    )  # fmt: skip
    assert [g.claims for g in apart] == [["c1"], ["c2"]]
    together = group_claims(
        claims, cosines(2, {(0, 1): 0.62}), np.zeros((2, 2)), claim_names(claims, []), [], [], OUTLET,
        headlines=frozenset({"c1"}),
    )  # fmt: skip
    assert [g.claims for g in together] == [["c1", "c2"]]


def test_omissions_are_the_corroborated_groups_an_article_lacks() -> None:
    claims = [SHUT, SHUT_TOO, DEPOT]
    groups = [
        Group(id="g1", claims=["c1", "c2"], status="corroborated"),
        Group(id="g2", claims=["c3"], status="single_source"),
    ]
    assert omissions_of(groups, claims, ["a1", "a2", "a3", "a4"]) == {"a3": ["g1"], "a4": ["g1"]}
    assert omissions_of([], [], ["a1"]) == {}


def test_each_group_carries_the_links_that_joined_it() -> None:
    reuse = Reuse.model_validate({"from": "a1", "to": "a3", "shared": 0.4, "passages": [
        {"from_start": 0, "to_start": 0, "from_end": 37, "to_end": 37, "kind": "verbatim"}]})  # fmt: skip
    claims = [SHUT, SHUT_TOO, claim("c3", "a3", "The trust shut the sluice on Tuesday."),
              claim("c4", "a1", "Boats are stuck.", start=40), claim("c5", "a2", "The gates jammed.", start=40)]  # fmt: skip
    groups = group_claims(
        claims, cosines(5, {(0, 1): 0.9, (3, 4): 0.65}), np.zeros((5, 5)), claim_names(claims, []),
        [], [reuse], OUTLET,
    )  # fmt: skip
    links = {(link.a, link.b): (link.kind, link.score) for g in groups for link in g.links}
    assert links.keys() == {("c1", "c2"), ("c1", "c3"), ("c4", "c5")}
    assert links[("c1", "c3")] == ("reused passage", None)
    kind, score = links[("c1", "c2")]
    assert kind == "paraphrase"
    assert score is not None
    assert score >= DEFAULTS.paraphrase
    assert links[("c4", "c5")] == ("best match", 0.65)
    assert all(link.a in g.claims and link.b in g.claims for g in groups for link in g.links)


def negated(cid: str, article: str, text: str, lemma: str, denied: bool) -> Claim:
    """A claim whose frame's predicate (its first word's stand-in) has this lemma and is denied or not."""
    frame = Frame(predicate=Words(start=0, end=3, text=text[:3]), lemma=lemma, negated=denied)
    return claim(cid, article, text).model_copy(update={"frame": frame})


@pytest.mark.parametrize(
    ("a", "b", "one_point"),
    [
        (negated("c1", "a1", "Its pumps did not flood the mine.", "flood", True),
         negated("c2", "a2", "A burst main flooded the mine.", "flood", False), False),
        (negated("c1", "a1", "Its pumps did not flood the mine.", "flood", True),
         negated("c2", "a2", "The pumps never flooded the mine.", "flood", True), True),
        (negated("c1", "a1", "The firm denied that any pumps were run.", "run", True),
         negated("c2", "a2", "The firm said it ran no pumps that night.", "run", False), True),
        (negated("c1", "a1", "The owner, who feared a flood, did not sell the mine.", "sell", True),
         negated("c2", "a2", "The owner feared the mine would flood.", "fear", False), True),
    ],
    ids=["denied-and-affirmed", "both-denied", "a-denial-in-other-words", "a-denial-of-something-else"],
)  # fmt: skip
def test_a_denied_claim_is_no_best_match_for_one_that_denies_nothing(
    a: Claim, b: Claim, one_point: bool
) -> None:
    groups = grouped([a, b], {(0, 1): 0.7})  # a fair best match, not a paraphrase
    assert (len(groups) == 1) is one_point


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("Tamsin Grey declined to comment.", True),
        ("Orlow Freight, which owns the depot, did not respond to requests for comment.", True),
        ("The harbour master could not be reached for comment on Monday.", True),
        ("Orlow Freight denied that it had been warned about the crane.", False),
        ("Tamsin Grey declined to comment on the figures but said the depot would stay open.", False),
        ("Orlow Freight declined to answer questions about its safety record.", False),
    ],
    ids=[
        "declined",
        "did-not-respond",
        "not-reached",
        "a-denial",
        "goes-on-to-say",
        "a-refusal-of-something",
    ],
)
def test_a_claim_that_someone_gave_no_comment(text: str, refusal: bool) -> None:
    assert no_comment(claim("c1", "a1", text)) is refusal


def test_a_refusal_to_comment_is_no_best_match_of_a_statement() -> None:
    denial = claim("c1", "a1", "Orlow Freight denied that it had been warned about the crane.")
    silent = claim(
        "c2", "a2", "Orlow Freight, which owns the depot, did not respond to requests for comment."
    )
    groups = group_claims(
        [denial, silent], cosines(2, {(0, 1): 0.8}), np.zeros((2, 2), np.float32),
        [frozenset(), frozenset()], [], [], {"a1": "Gazette", "a2": "Courier"},
    )  # fmt: skip
    assert [g.claims for g in groups] == [["c1"], ["c2"]]


def test_claims_whose_predicates_cannot_both_hold_are_no_one_point_unless_disputed() -> None:
    upheld = claim("c1", "a1", "The Orlow court upheld the ban on the quarry on Monday.")
    overturned = claim("c2", "a2", "The quarry firm won on Monday when the Orlow court overturned the ban.")
    claims = [upheld, overturned]
    opposed = opposed_pairs(claims, Lexicon())
    assert opposed == {(0, 1)}
    outlets = {"a1": "Gazette", "a2": "Courier"}
    none: list[frozenset[str]] = [frozenset(), frozenset()]
    similar, no_bonus = cosines(2, {(0, 1): 0.8}), np.zeros((2, 2), np.float32)
    apart = group_claims(claims, similar, no_bonus, none, [], [], outlets, opposed=opposed)
    assert [g.claims for g in apart] == [["c1"], ["c2"]]
    dispute = Contradiction(a="c1", b="c2", reason="opposite predicates: “upheld” against “overturned”")
    [contested] = group_claims(claims, similar, no_bonus, none, [dispute], [], outlets, opposed=opposed)
    assert contested.status == "contested"
    assert opposed_pairs([upheld, claim("c3", "a2", "The quarry will close in May.")], Lexicon()) == set()
    rose = claim("c4", "a1", "Orlow Freight's sales rose 5 percent while its costs fell.")
    assert (
        opposed_pairs([rose, claim("c5", "a2", "Sales at Orlow Freight rose 5 percent.")], Lexicon()) == set()
    )


def test_two_headlines_are_one_point_as_paraphrases_only_when_surely_one_fact() -> None:
    wins = claim("c1", "a1", "Orlow developer wins court fight over quarry")
    loses = claim("c2", "a2", "Court throws out Orlow quarry challenge")
    outlets = {"a1": "Gazette", "a2": "Courier"}
    none: list[frozenset[str]] = [frozenset(), frozenset()]
    similar, no_bonus = cosines(2, {(0, 1): 0.78}), np.zeros((2, 2), np.float32)
    as_sentences = group_claims([wins, loses], similar, no_bonus, none, [], [], outlets)
    assert [g.claims for g in as_sentences] == [["c1", "c2"]]
    as_headlines = group_claims(
        [wins, loses], similar, no_bonus, none, [], [], outlets, headlines={"c1", "c2"}
    )
    assert [g.claims for g in as_headlines] == [["c1"], ["c2"]]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("first", "second", "other"),
    [
        ("The Orlow bridge was closed on Monday, police said.", "The Orlow bridge collapsed on Monday, police said.", True),
        ("The Orlow mayor was arrested on Tuesday, officials said.", "The Orlow mayor resigned on Tuesday, officials said.", True),
        ("The Orlow driver was injured in the crash, police said.", "The Orlow driver was hurt in the crash, police said.", False),
        ("The Orlow mayor resigned on Tuesday.", "The Orlow mayor stepped down on Tuesday.", False),
        ("The Orlow bridge was closed on Monday.", "The Orlow tunnel collapsed on Monday.", False),  # more differs
    ],
    ids=["closed-collapsed", "arrested-resigned", "injured-hurt", "resigned-stepped-down", "two-things"],
)  # fmt: skip
def test_two_acts_of_the_same_words_are_no_one_point(first: str, second: str, other: bool) -> None:
    both = framed.claims(first, "a1") + framed.claims(second, "a2")
    assert (other_acts(both, Lexicon(), measures()) == {(0, 1)}) is other


def test_a_reused_passage_does_not_join_claims_that_cannot_be_one_point() -> None:
    closed = claim("c1", "a1", "The Orlow bridge was closed on Monday.")
    collapsed = claim("c2", "a2", "The Orlow bridge collapsed on Monday.")
    passage = {"from_start": 0, "from_end": len(closed.text), "to_start": 0, "to_end": len(collapsed.text),
               "kind": "paraphrase"}  # fmt: skip
    rewrite = Reuse.model_validate({"from": "a1", "to": "a2", "shared": 0.3, "passages": [passage]})
    none: list[frozenset[str]] = [frozenset(), frozenset()]
    similar, no_bonus = cosines(2, {(0, 1): 0.9}), np.zeros((2, 2), np.float32)
    outlets = {"a1": "Gazette", "a2": "Courier"}
    found = group_claims(
        [closed, collapsed], similar, no_bonus, none, [], [rewrite], outlets, opposed={(0, 1)}
    )
    assert [g.claims for g in found] == [["c1"], ["c2"]]


def test_a_rewrite_s_changed_figure_joins_no_other_sentence_of_its_source() -> None:
    lead = claim("c1", "a1", "Orlow Athletic signed Tessel for £45 million.", ("£45 million", 45e6, "GBP"))
    view = claim("c2", "a1", "The Orlow manager said Tessel was the player the club needed.")
    changed = claim(
        "c3", "a2", "Orlow Athletic signed Tessel for £4.5 million.", ("£4.5 million", 4.5e6, "GBP")
    )
    copy = Reuse.model_validate({"from": "a1", "to": "a2", "shared": 0.8, "passages": [], "directed": True})
    claims = [lead, view, changed]
    similar = cosines(3, {(0, 2): 0.95, (1, 2): 0.6})
    groups = group_claims(
        claims, similar, number_bonus(claims), claim_names(claims, []), [], [copy], OUTLET, DEFAULTS
    )
    assert ["c2"] in [g.claims for g in groups]  # not the copy's changed lead's point
