"""The confidence of findings: the relation model's probability of what each asserts, on
invented claims, and the cut-off that makes a finding uncertain."""

from __future__ import annotations

import pytest

from newsprism.compare.confidence import Findings, assess
from newsprism.compare.reuse import same_fact
from newsprism.model import Article, Claim, Contradiction, Frame, Group, Link, Passage, Reuse, Words
from newsprism.nlp import encoder
from newsprism.thresholds import DEFAULTS

pytestmark = pytest.mark.slow  # the sentence encoder

OUTLET = {"a1": "Brekka Courier", "a2": "Tidewater Radio", "a3": "Brekka Courier"}
TEXTS = {
    "a1": [
        "The coastguard said the ferry Marisol sank off Brekka on Tuesday night.",
        "Tolls on the Orlow bridge will rise next year.",
        "Nine fishermen were rescued from the water by a lifeboat crew.",
        "A new harbour wall will be built at Brekka by the spring.",
    ],
    "a2": [
        "The ferry Marisol went down off Brekka late on Tuesday, according to the coastguard.",
        "The Orlow tunnel reopened on Monday after three weeks of repairs.",
        "Nineteen fishermen were rescued from the water by a lifeboat crew.",
    ],
    "a3": ["Nine fishermen were rescued from the water by a lifeboat crew."],
}


def story() -> tuple[list[Article], list[Claim]]:
    articles, claims = [], []
    for article, sentences in TEXTS.items():
        text = " ".join(sentences)
        articles.append(Article(id=article, path=f"{article}.txt", text=text, source=OUTLET[article]))
        start = 0
        for sentence in sentences:
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}",
                    article=article,
                    start=start,
                    end=start + len(sentence),
                    text=sentence,
                )
            )
            start += len(sentence) + 1
    return articles, claims


def group(gid: str, status: str, links: list[tuple[str, str]], claims: list[str]) -> Group:
    independent = list(dict.fromkeys(OUTLET[a] for a in ("a1", "a2")))
    return Group.model_validate(
        {"id": gid, "claims": claims, "status": status, "independent": independent[: 1 + (status != "single_source")],
         "links": [Link(a=a, b=b, kind="best match") for a, b in links]}
    )  # fmt: skip


def assessed() -> Findings:
    articles, claims = story()
    a1, a3 = articles[0], articles[2]
    findings = Findings(
        groups=[
            group("g1", "corroborated", [("c1", "c5")], ["c1", "c5"]),  # one fact, two wordings
            group("g2", "corroborated", [("c2", "c6")], ["c2", "c6"]),  # a bridge and a tunnel
            group("g3", "contested", [("c3", "c8")], ["c3", "c8", "c7"]),
            group("g4", "single_source", [], ["c4"]),
        ],
        contradictions=[Contradiction(a="c3", b="c7", reason="nine against nineteen")],
        reuse=[
            Reuse.model_validate(
                {"from": "a1", "to": "a3", "shared": 1.0,
                 "passages": [Passage(from_start=claims[2].start, from_end=claims[2].end, to_start=0,
                                      to_end=len(a3.text), kind="verbatim")]}
            )
        ],
    )  # fmt: skip
    assert a1.text[claims[2].start : claims[2].end] == a3.text
    vectors = encoder().encode([c.text for c in claims])
    return assess(findings, claims, vectors, articles, OUTLET, encoder())


@pytest.fixture(scope="module")
def findings() -> Findings:
    return assessed()


def test_one_fact_in_two_wordings_is_a_sure_corroboration(findings: Findings) -> None:
    one = findings.groups[0]
    assert one.confidence is not None
    assert one.confidence >= DEFAULTS.finding_confidence
    assert not one.uncertain
    assert one.links[0].confidence == one.confidence


def test_two_facts_grouped_by_mistake_are_uncertain(findings: Findings) -> None:
    wrong = findings.groups[1]
    assert wrong.uncertain
    assert wrong.confidence is not None
    assert wrong.confidence < DEFAULTS.finding_confidence


def test_a_figure_contradicted_is_sure_and_its_group_as_sure(findings: Findings) -> None:
    [contradiction] = findings.contradictions
    assert contradiction.confidence is not None
    assert contradiction.confidence >= DEFAULTS.finding_confidence
    assert findings.groups[2].confidence == contradiction.confidence


def test_a_contested_group_is_as_sure_as_its_surest_contradiction() -> None:
    """Claims of the group each in a second, weaker contradiction (with a claim of another
    point) leave the group as sure as its surest."""
    articles, claims = story()
    sure = Contradiction(a="c3", b="c7", reason="nine against nineteen")
    weak = [
        Contradiction(a="c3", b="c6", reason="reopened"),
        Contradiction(a="c7", b="c1", reason="went down"),
    ]
    findings = Findings([group("g3", "contested", [], ["c3", "c7"])], [sure, *weak], [])
    vectors = encoder().encode([c.text for c in claims])
    found = assess(findings, claims, vectors, articles, OUTLET, encoder())
    assert all(x.confidence < found.contradictions[0].confidence for x in found.contradictions[1:])  # type: ignore[operator]
    assert found.groups[0].confidence == found.contradictions[0].confidence


def test_a_point_no_other_outlet_makes_is_surely_single_source(findings: Findings) -> None:
    single = findings.groups[3]
    assert single.confidence is not None
    assert single.confidence >= DEFAULTS.finding_confidence


def test_a_verbatim_copy_is_as_sure_as_the_calibration_allows(findings: Findings) -> None:
    [reuse] = findings.reuse
    assert reuse.confidence == round(same_fact(1.0), 3)
    assert not reuse.uncertain


def test_uncertain_is_exactly_under_the_cut_off(findings: Findings) -> None:
    judged = [*findings.groups, *findings.contradictions, *findings.reuse]
    assert all(x.confidence is not None for x in judged)
    assert all(x.uncertain == (x.confidence < DEFAULTS.finding_confidence) for x in judged)  # type: ignore[operator]


def framed(cid: str, article: str, text: str, parts: list[str]) -> Claim:
    """A claim whose frame's subject, predicate and object are these words of its text."""
    spans = [Words(start=text.index(p), end=text.index(p) + len(p), text=p) for p in parts]
    frame = Frame(**dict(zip(("subject", "predicate", "object"), spans, strict=False)))
    return Claim(id=cid, article=article, start=0, end=len(text), text=text, frame=frame)


def disputed(a: Claim, b: Claim, reason: str) -> float:
    """The confidence of a contradiction between claims `a` and `b` (of articles a1, a2) for `reason`."""
    claims = [a, b]
    articles = [
        Article(id=c.article, path=f"{c.article}.txt", text=c.text, source=OUTLET[c.article]) for c in claims
    ]
    vectors = encoder().encode([c.text for c in claims])
    found = Findings([], [Contradiction(a=a.id, b=b.id, reason=reason)], [])
    [x] = assess(found, claims, vectors, articles, OUTLET, encoder()).contradictions
    assert x.confidence is not None
    return x.confidence


def test_a_dispute_over_one_predicate_is_as_sure_as_the_frames_make_one_statement() -> None:
    """Two claims that deny and affirm one point, each with clauses of its own beside it: the
    wording alone makes them far apart, their frames make one statement."""
    conceded = framed("c1", "a1", "Dane conceded defeat late on Sunday and thanked his staff at the town hall.",
                      ["Dane", "conceded", "defeat"])  # fmt: skip
    refused = framed("c2", "a2", "Piet Dane refused to concede, saying he would ask the court for a recount.",
                     ["Piet Dane", "concede"])  # fmt: skip
    over_predicates = disputed(
        conceded,
        refused,
        "the same point affirmed and denied (concede): “conceded … defeat” against “concede”",
    )
    assert over_predicates >= DEFAULTS.finding_confidence
    over_figures = disputed(
        conceded, refused, "different figures for the same quantity: “conceded” against “concede”"
    )
    assert over_figures < over_predicates


def test_figures_one_subject_gives_by_one_predicate_are_as_sure_as_subject_and_predicate_are_one() -> None:
    """The figures differ and the objects name them differently ("4.5 percent", "a rise of 5
    percent"): what makes the one statement is the subject and the predicate."""
    offered = framed("c1", "a1", "The Orlow board has offered 4.5 percent, its chair said on Tuesday evening.",
                     ["The Orlow board", "offered", "4.5 percent"])  # fmt: skip
    also = framed("c2", "a2", "The Orlow board offered nurses a rise of 5 percent, which the union rejected.",
                  ["The Orlow board", "offered", "a rise"])  # fmt: skip
    reason = "different figures for the same quantity: “4.5 percent” against “5 percent”"
    one_subject = disputed(offered, also, f"{reason}, said of one subject: “The Orlow board”")
    assert one_subject >= DEFAULTS.finding_confidence
    assert disputed(offered, also, reason) < one_subject


def test_the_subject_two_claims_share_is_not_set_aside_with_what_conflicts() -> None:
    """The reason names the frames' subject as theirs ("said of one subject: “the crane”"):
    it is what makes the two claims one statement, not what conflicts."""
    passed = framed("c1", "a1", "The Orlow depot's owner said the crane had passed a safety inspection in May.",
                    ["the crane", "passed", "a safety inspection"])  # fmt: skip
    failed = framed("c2", "a2", "The crane had failed a safety inspection in May, according to papers.",
                    ["The crane", "failed", "a safety inspection"])  # fmt: skip
    reason = (
        "opposite predicates: “passed a safety inspection” against “failed a safety inspection”, "
        "said of one subject: “the crane”"
    )
    assert disputed(passed, failed, reason) >= DEFAULTS.finding_confidence


def test_a_dispute_in_a_clause_is_as_sure_as_that_clause_s_frame_makes_one_statement() -> None:
    """The predicate in conflict is in a clause of one claim ("won its appeal ... when the
    tribunal quashed the fine"): that clause's frame, not the claim's own, is set against the
    other's."""
    upheld = framed("c1", "a1", "The Tarvel tribunal upheld the fine on the Orlow ferries on Monday.",
                    ["The Tarvel tribunal", "upheld", "the fine"])  # fmt: skip
    text = "Quenmore Freight won its long appeal on Monday when the Tarvel tribunal quashed the fine on its ferries."
    own = framed("c2", "a2", text, ["Quenmore Freight", "won", "its long appeal"])
    quashed = own.model_copy(
        update={"clauses": [framed("c2", "a2", text, ["the Tarvel tribunal", "quashed", "the fine"]).frame]}
    )
    reason = (
        "opposite predicates: “upheld” against “quashed”, said of one thing: “The Tarvel tribunal … the fine”"
    )
    assert disputed(upheld, quashed, reason) >= DEFAULTS.finding_confidence
    assert disputed(upheld, own, reason) < DEFAULTS.finding_confidence


def test_figures_of_one_named_measure_are_as_sure_as_subject_and_predicate_make_one_statement() -> None:
    """Two outlets give a river's crest in sentences that say other things beside it: the
    measure both figures are read as, and the frames' subject and predicate, make the one
    statement; figures of no named measure rest on the whole wording."""
    crested = framed("c1", "a1", "The Varne crested at 3.9 metres late on Sunday, its highest since records began.",
                     ["The Varne", "crested", "3.9 metres"])  # fmt: skip
    reached = framed("c2", "a2", "The Varne reached 3.4 metres, the Orvik water agency said in a statement.",
                     ["The Varne", "reached", "3.4 metres"])  # fmt: skip
    measured = "different figures for the same quantity (water level): “3.9 metres” against “3.4 metres”"
    assert disputed(crested, reached, measured) >= DEFAULTS.finding_confidence
    assert disputed(crested, reached, measured.replace(" (water level)", "")) < DEFAULTS.finding_confidence
