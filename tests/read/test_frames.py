"""Claim frames on sentences the tests write, with invented names. Slow: spaCy."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsprism.model import Article, Claim, Frame
from newsprism.nlp import parse
from newsprism.read.claims import find_claims
from newsprism.read.entities import find_entities
from newsprism.read.frames import _negated
from newsprism.read.quotes import find_quotes

pytestmark = pytest.mark.slow


def claims(text: str) -> list[Claim]:
    article = Article(id="a1", path="a.txt", text=text)
    [doc] = parse([text], "en_core_web_sm")
    entities = find_entities(article, doc)
    return find_claims(article, doc, entities, find_quotes(article, doc, entities))


def frame(text: str) -> Frame:
    [claim] = claims(text)
    assert claim.frame is not None
    return claim.frame


@pytest.mark.parametrize(
    ("text", "lemma", "negated", "modality"),
    [
        ("The Orlow ferry stopped running on Monday.", "stop", False, None),
        ("The Orlow ferry did not stop running on Monday.", "stop", True, None),
        ("The council never approved the new fares for the ferry.", "approve", True, None),
        ("The ferry could stop running by the end of the month.", "stop", False, "could"),
        ("Officials said the ferry had stopped running on Monday.", "stop", False, None),
        ("The harbour bridge is safe for walkers again.", "be safe", False, None),
        ("Officials said no one was hurt when the Orlow ferry ran aground.", "hurt", True, None),
        ("The Orlow ferry company received no warning about the storm.", "receive", True, None),
        ("The ferry company denied that it had cut the crew on the Orlow route.", "cut", True, None),
        ("The ferry company said that it had cut the crew on the Orlow route.", "cut", False, None),
        ("The Orlow ferry trial failed to meet its target for the year.", "meet", True, None),
        ("Officials said the council refused to approve the new fares.", "approve", True, None),
        ("The Orlow ferry trial did not fail to meet its target.", "meet", False, None),
        ("The Orlow ferry trial could fail to meet its target.", "meet", True, "could"),
        (
            "The ferry company said in a statement that the pier had never received public money.",
            "receive",
            True,
            None,
        ),
        ("Officials said the Orlow ferry company had no plans to sell its boats.", "sell", True, None),
        ("Officials said the Orlow ferry company was in talks to sell its boats.", "sell", False, None),
        ("The Orlow ferry company has no intention of closing the route.", "close", True, None),
        ("The Orlow ferry company said it had no plans for a fare rise.", "plan", True, None),
        ("The Orlow ferry was not overloaded.", "be overload", True, None),  # "not" under "overloaded"
        ("The Orlow fraud cost investors £80 million.", "cost", False, None),  # "cost" tagged a noun
    ],
    ids=[
        "verb",
        "negated",
        "never",
        "modal",
        "reported",
        "copula",
        "no-one",
        "no-object",
        "denied",
        "said",
        "failed-to",
        "refused-to",
        "did-not-fail",
        "could-fail",
        "said-in-a-statement-that",
        "no-plans-to",
        "in-talks-to",
        "no-intention-of",
        "no-plans-for",
        "a-negator-on-the-word-a-copula-links",
        "a-verb-tagged-a-noun",
    ],
)
def test_the_predicate_its_negation_and_its_modality(
    text: str, lemma: str, negated: bool, modality: str | None
) -> None:
    found = frame(text)
    assert (found.lemma, found.negated, found.modality) == (lemma, negated, modality)


def test_the_object_of_the_predicate() -> None:
    found = frame("The Orlow harbour master had warned the ferry crews.")
    assert found.object is not None
    assert found.object.text == "the ferry crews"


def test_a_length_of_time_or_an_age_dates_nothing() -> None:
    assert (
        frame("Tomas Reyn, 24, has signed a five-year contract with Orlow on Friday.").time[0].text
        == "Friday"
    )
    assert [t.text for t in frame("The Orlow plant was closed for six years until last week.").time] == [
        "last week"
    ]


def test_the_day_of_the_saying_dates_no_fact_of_what_is_said() -> None:
    found = frame(
        "Twelve workers seized in Orlow last month were freed on Saturday, the ministry said on Sunday."
    )
    assert [t.text for t in found.time] == ["last month", "Saturday"]
    [claim] = claims(
        "A fire tore through the Orlow depot on Friday night, injuring two workers, the fire service said."
    )
    assert [[t.text for t in f.time] for f in claim.clauses] == [
        ["Friday night"]
    ]  # dated by the verb between


def test_a_subject_the_parser_hangs_on_the_auxiliary() -> None:
    found = frame("The bridge was still closed on Monday.")  # "bridge" under "was", not "closed"
    assert (found.subject.text if found.subject else None, found.lemma) == ("The bridge", "close")


def test_the_thing_a_plan_is_for_is_its_object() -> None:
    found = frame("The Orlow ferry company said it had no plans for a fare rise.")
    assert (found.object.text if found.object else None, found.negated) == ("a fare rise", True)


def test_the_act_a_noun_of_intent_names_has_the_light_verb_s_subject() -> None:
    found = frame("Officials said the Orlow ferry company had no plans to sell its boats.")
    assert (found.subject.text if found.subject else None, found.object.text if found.object else None) == (
        "the Orlow ferry company",
        "its boats",
    )


def test_the_subject_names_its_entities_and_the_claim_its_time_and_place() -> None:
    text = "Mayor Lena Dorsey closed the Kelmar bridge in Orlow on Friday after an inspection."
    [claim] = claims(text)
    found = claim.frame
    assert found is not None
    assert found.subject is not None
    assert found.subject.text == "Mayor Lena Dorsey"
    assert len(found.subject_entities) == 1
    assert [t.text for t in found.time] == ["Friday"]
    assert found.places


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("Quenmore Freight said its pumps did not flood the tunnel.", True),
        ("Quenmore Freight said their engineers had checked the pumps.", True),
        ("Quenmore Freight said the pumps did not flood the tunnel.", False),
        ("Quenmore Shipping said it would appeal against the fine.", True),
        ("Mayor Lena Dorsey said she would resign on Friday.", True),
        ("Mayor Lena Dorsey said it was a sad day for Orlow.", False),
        ("His lawyer, Lena Dorsey, said he would appeal against the fine.", False),
    ],
    ids=["its", "their", "no-possessive", "it-of-a-body", "she-of-a-person", "it-of-a-person", "he-of-her"],
)
def test_a_subject_the_source_calls_its_own_names_the_source(text: str, owned: bool) -> None:
    [claim] = claims(text)
    assert claim.attributed_to is not None
    assert claim.frame is not None
    assert (claim.frame.subject_entities == [claim.attributed_to]) is owned


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "The Orlow ferry company said it was reviewing the fine and had not decided whether to pay.",
            [("it", "decide", None, True)],
        ),
        (
            "Quenmore Freight won its appeal on Monday when the Orlow tribunal quashed the fine on its ferries.",
            [("the Orlow tribunal", "quash", "the fine", False)],
        ),
        ("The Orlow ferry stopped running on Monday.", []),
    ],
    ids=["joined-verb-its-subject-shared", "clause-of-time", "none"],
)
def test_the_frames_of_the_other_clauses(text: str, clauses: list[tuple[str, str, str | None, bool]]) -> None:
    [claim] = claims(text)
    found = [
        (f.subject.text if f.subject else None, f.lemma, f.object.text if f.object else None, f.negated)
        for f in claim.clauses
    ]
    assert found == clauses


def test_every_part_of_a_frame_is_a_span_of_the_text() -> None:
    text = (
        "The Orlow council voted on Tuesday to close the ferry. Officials said the line could reopen in May, "
        "but engineers did not agree. The fare is too high, residents said. The crew stayed on board and "
        "waited until the tide turned."
    )
    found = claims(text)
    assert found
    assert any(claim.clauses for claim in found)
    for claim in found:
        assert claim.frame is not None
        for frame in (claim.frame, *claim.clauses):
            parts = [frame.subject, frame.predicate, frame.object, *frame.time]
            for part in (p for p in parts if p is not None):
                assert text[part.start : part.end] == part.text


def test_a_fragment_has_an_empty_frame() -> None:
    text = "Ferry line: what we know so far"
    assert all(c.frame in (None, Frame()) for c in claims(text))


@pytest.mark.parametrize(
    ("head_of_no", "negated"),
    [(2, True), (1, True)],
    ids=["on-the-noun", "on-the-noun-before-it"],
)
def test_a_subject_of_none_denies_wherever_the_parser_hangs_its_no(head_of_no: int, negated: bool) -> None:
    """ "No flood warning was issued": the parser may hang "No" on "flood", not "warning"."""
    words = ["No", "flood", "warning", "was", "issued", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[head_of_no, 2, 4, 4, 4, 4],
              deps=["det", "compound", "nsubjpass", "auxpass", "ROOT", "punct"])  # fmt: skip
    assert _negated(doc[4], [doc[2]], {t.i for t in doc}) is negated
