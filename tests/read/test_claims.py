"""Claims and their sources on short texts the tests write, with invented names. Slow: spaCy."""

from __future__ import annotations

import pytest

from newsprism.model import Article, Claim
from newsprism.nlp import parse
from newsprism.read.claims import find_claims
from newsprism.read.entities import find_entities
from newsprism.read.quotes import find_quotes

pytestmark = pytest.mark.slow


def claims(text: str) -> list[tuple[Claim, str | None]]:
    """Every claim of a one-article story, with the name of the entity it is attributed to."""
    article = Article(id="a1", path="t.txt", text=text)
    [doc] = parse([text], "en_core_web_sm")
    entities = find_entities(article, doc)
    names = {e.id: e.name for e in entities}
    found = find_claims(article, doc, entities, find_quotes(article, doc, entities))
    for c in found:
        assert text[c.start : c.end] == c.text
    return [(c, names.get(c.attributed_to or "")) for c in found]


@pytest.mark.parametrize(
    ("text", "attribution", "source"),
    [
        ("The reservoir is half empty, according to the Corvale Water Board, which monitors it daily.",
         "according to the Corvale Water Board", "Corvale Water Board"),
        ("According to two officials cited by the Orlow Gazette, the mayor will resign on Friday.",
         "According to two officials cited by the Orlow Gazette", "Orlow Gazette"),
        ("Engineer Tomas Reyn told the Orlow Gazette that the bolts had rusted through.",
         "Engineer Tomas Reyn told the Orlow Gazette", "Tomas Reyn"),
        ("Two officials said the mayor would resign on Friday after the vote.", "Two officials said", None),
        ("The bridge swayed for months before it fell, said Dara Finch, a local volunteer.", "said Dara Finch", "Dara Finch"),
        ("The ferry terminal closed in March after sixty years of service.", None, None),
        ("Tomas Reyn has not said whether the bridge will reopen this year.", None, None),
        ("The quarry failed its inspection, according to a report that Dunvale Council published on Monday.",
         "according to a report that Dunvale Council published on Monday", "Dunvale Council"),
        ("The quarry failed its inspection, according to residents who spoke to the Orlow Gazette.",
         "according to residents", None),
        ("The mill will need 40 more workers by next spring, the Corvale trade federation estimates.",
         "Corvale trade federation estimates", None),
        ("About 3,000 people joined the march through Orlow, the police estimate.", "police estimate", None),
    ],
    ids=["according-to", "chained", "told", "anonymous", "inverted", "own-assertion", "negated-speech",
         "according-to-a-document-its-author-made", "according-to-people-who-spoke", "closing-cue-read-as-a-noun",
         "closing-cue-without-a-subject"],
)  # fmt: skip
def test_attribution(text: str, attribution: str | None, source: str | None) -> None:
    [(claim, name)] = claims(text)
    assert (claim.attribution, name) == (attribution, source)


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The bridge could collapse within a year, engineers warned.", True),
        ("The mayor reportedly offered to resign on Friday.", True),
        ("Rumours have circulated for months that the mayor will resign.", True),
        ("The council made a settlement less likely, critics said.", False),
        ("The bridge collapsed on Saturday evening during the festival.", False),
        ("The vote is expected in May, officials said.", False),
        ("The smoke was so thick that residents could not open their windows.", False),
        ("The children couldn't sleep because of the smell, Lena Dorsey said.", False),
    ],
)
def test_hedging(text: str, hedged: bool) -> None:
    assert claims(text)[0][0].hedged is hedged


def test_two_assertions_joined_by_but_are_two_claims() -> None:
    text = (
        "Tomas Reyn advised the council to close the bridge, but Mayor Lena Dorsey said it would stay open."
    )
    found = claims(text)
    assert [c.text for c, _ in found] == [
        "Tomas Reyn advised the council to close the bridge",
        "Mayor Lena Dorsey said it would stay open.",
    ]
    assert found[1][1] == "Lena Dorsey"


def test_he_or_she_of_the_article_s_own_claim_is_the_person_the_claim_before_was_about() -> None:
    found = claims(
        "Tomas Reyn, 24, has signed a contract with Orlow Athletic. He passed his medical on Thursday."
    )
    assert found[1][0].frame is not None
    assert found[1][0].frame.subject_entities == found[0][0].frame.subject_entities != []
    other = claims(
        "Tomas Reyn, 24, has signed a contract with Orlow Athletic. She passed her medical on Thursday."
    )
    assert other[1][0].frame is not None
    assert other[1][0].frame.subject_entities == []  # "She" is not Tomas


def test_a_credit_the_parser_joins_to_the_sentence_is_no_claim_of_its_own() -> None:
    text = "The Orlow barge was not overloaded, the owner, Tessel Shipping, said in a statement."  # "said" under "was"
    [(claim, source)] = claims(text)
    assert (claim.text, claim.attribution, source) == (
        text,
        "the owner, Tessel Shipping, said",
        "Tessel Shipping",
    )
    found = claims(
        "Officials suspect the Orlow pump failed, Tomas Reyn said, but the cause has not been confirmed."
    )
    assert [c.text for c, _ in found][1] == "the cause has not been confirmed."  # a passive verb of speech


@pytest.mark.parametrize(
    "text",
    [
        "Will the bridge reopen before the winter storms arrive?",
        "Photo gallery",
        '"Will it ever reopen?" she asked.',
    ],
    ids=["question", "fragment", "quoted-question"],
)
def test_what_is_not_a_claim(text: str) -> None:
    assert claims(text) == []


def test_each_sentence_of_a_direct_quote_is_a_claim_of_its_speaker() -> None:
    text = (
        'Mayor Lena Dorsey spoke on Monday. "We will rebuild it. The river will not stop us," Dorsey said. '
        '"A new crossing will open by spring," she added.'
    )
    found = [(c.text, c.attribution, name) for c, name in claims(text) if c.attribution]
    assert found == [
        ("We will rebuild it.", "Dorsey said", "Lena Dorsey"),
        ("The river will not stop us", "Dorsey said", "Lena Dorsey"),
        ("A new crossing will open by spring", "she added", "Lena Dorsey"),
    ]


def test_attribution_is_carried_into_a_sentence_that_continues_the_report() -> None:
    text = (
        "According to the Corvale Water Board, the reservoir is half empty. "
        "It also found that two pumps had failed in March.\n\n"
        "It rained heavily in the valley on Sunday night, flooding three roads."
    )
    found = claims(text)
    assert [(c.carried, c.attribution) for c, _ in found] == [
        (False, "According to the Corvale Water Board"),
        (True, "According to the Corvale Water Board"),
        (False, None),
    ]
