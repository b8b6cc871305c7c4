"""Quotes and speakers on short texts the tests write, with invented names. Loads spaCy: slow."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
import spacy

from newsprism.model import Article, Entity, Mention, Quote
from newsprism.nlp import parse
from newsprism.read.entities import find_entities
from newsprism.read.gender import Gender, given_names
from newsprism.read.quotes import Speakers, find_quotes, quotation_marks

pytestmark = pytest.mark.slow


def quotes(text: str, given: Mapping[str, Gender] | None = None) -> list[tuple[str, str | None, str]]:
    """(quote text, speaker name, kind) for every quote of a one-article story."""
    article = Article(id="a1", path="t.txt", text=text)
    [doc] = parse([text], "en_core_web_sm")
    entities = find_entities(article, doc)
    names = {e.id: e.name for e in entities}
    found: list[Quote] = find_quotes(article, doc, entities, given)
    for q in found:
        assert text[q.start : q.end] == q.text
    return [(q.text, names.get(q.speaker or ""), q.kind) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will rebuild the pier," Mayor Lena Dorsey said on Monday.',
         [("We will rebuild the pier,", "Lena Dorsey", "direct")]),
        ("“We will rebuild the pier,” said Lena Dorsey, the mayor of Orlow.",
         [("We will rebuild the pier,", "Lena Dorsey", "direct")]),
        ("Lena Dorsey told reporters: “The pier will reopen in May.”",
         [("The pier will reopen in May.", "Lena Dorsey", "direct")]),
        ("Mayor Lena Dorsey spoke after the vote. She said: \"The pier will reopen in May.\"",
         [("The pier will reopen in May.", "Lena Dorsey", "direct")]),
        ('"The pier will reopen," Lena Dorsey said. "It has to. The island depends on it."',
         [("The pier will reopen,", "Lena Dorsey", "direct"), ("It has to. The island depends on it.", "Lena Dorsey", "direct")]),
        ("Lena Dorsey said the repairs were a “temporary fix” and would not last.",
         [("temporary fix", "Lena Dorsey", "partial")]),
        ("Engineer Tomas Reyn said on Monday. He added: ‘The bolts had rusted through.’",
         [("The bolts had rusted through.", "Tomas Reyn", "direct")]),
        ("According to Tomas Reyn, “the bolts had rusted through long ago.”",
         [("the bolts had rusted through long ago.", "Tomas Reyn", "partial")]),
        ('Tomas Reyn, the engineer who inspected it in March, is more blunt: "The bolts were rotten."',
         [("The bolts were rotten.", "Tomas Reyn", "direct")]),
        ("Engineer Tomas Reyn inspected the bridge. The bolts failed, he says, and nobody checked them.\n\n"
         '"Nobody had looked at those bolts in ten years."',
         [("Nobody had looked at those bolts in ten years.", "Tomas Reyn", "direct")]),
        ("“The pier is not for sale,” retorted Lena Dorsey after the meeting.",
         [("The pier is not for sale,", "Lena Dorsey", "direct")]),
        ("Lena Dorsey criticised the council on Monday, saying the plan was “a gift to developers.”",
         [("a gift to developers.", "Lena Dorsey", "partial")]),
        ("Lena Dorsey, who chairs the harbour board, is hopeful Tomas Reyn will sign the plan.\n\n"
         "“We have waited long enough,” she said.",
         [("We have waited long enough,", "Lena Dorsey", "direct")]),
        ("The Velmar Water Authority closed the spillway road on Monday. “Repairs will take a month,” it said.",
         [("Repairs will take a month,", "Velmar Water Authority", "direct")]),
        ("Lena Dorsey stood up after the vote and retorted, “The pier is not for sale.”",
         [("The pier is not for sale.", "Lena Dorsey", "direct")]),
        ("Engineer Tomas Reyn inspected the spillway for the Velmar Water Authority. "
         "“The concrete is sound,” the report said.",
         [("The concrete is sound,", "Velmar Water Authority", "direct")]),
        ("Lena Dorsey chairs the harbour board.\n\n“Tomas Reyn has rebuilt three piers,” she said.",
         [("Tomas Reyn has rebuilt three piers,", "Lena Dorsey", "direct")]),
        ("The ferry service ends in May. Tomas Reyn said the crews would move to Orlow. "
         "“Nobody here will lose a job.”",
         [("Nobody here will lose a job.", "Tomas Reyn", "direct")]),
        ("“We have never closed this pier,” Ilse Varga-Marrow said.",
         [("We have never closed this pier,", "Ilse Varga-Marrow", "direct")]),
    ],
    ids=["straight-after", "curly-said-name", "colon-lead-in", "previous-sentence-colon", "continued",
         "scare-quote", "single-curly-pronoun", "according-to", "colon-after-apposition", "heard-before",
         "manner-of-speaking-verb", "participle-cue", "pronoun-main-clause-subject", "it-an-organisation", "second-of-two-verbs", "a-document-is-not-a-person", "a-subject-inside-a-quote-is-no-antecedent",
         "a-sentence-quoting-the-last-speaker", "hyphenated-name"],
)  # fmt: skip
def test_direct_and_partial_quotes_with_their_speakers(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [q for q in quotes(text) if q[2] != "indirect"] == expected


def test_a_continued_quote_keeps_an_unnamed_source() -> None:
    text = '"The pier will reopen," a harbour official said on Monday. "The island depends on it."'
    article = Article(id="a1", path="t.txt", text=text)
    [doc] = parse([text], "en_core_web_sm")
    found = [q for q in find_quotes(article, doc, find_entities(article, doc)) if q.kind == "direct"]
    assert [(q.text, q.speaker, q.source.text if q.source else None) for q in found] == [
        ("The pier will reopen,", None, "a harbour official"),
        ("The island depends on it.", None, "a harbour official"),
    ]


def test_a_quote_running_over_paragraphs_keeps_its_speaker() -> None:
    text = (
        "Lena Dorsey, the mayor, spoke for an hour.\n\n"
        '"We have waited three years for this bridge. The contractors failed us.\n\n'
        '"Now the island will have its crossing back," she said.'
    )
    found = [q for q in quotes(text) if q[2] != "indirect"]
    assert [q[0][:20] for q in found] == ["We have waited three", "Now the island will "]
    assert {q[1] for q in found} == {"Lena Dorsey"}


def test_reported_speech_is_indirect() -> None:
    text = "Lena Dorsey said that the pier would reopen in May after repairs costing four million euros."
    assert quotes(text) == [
        ("the pier would reopen in May after repairs costing four million euros", "Lena Dorsey", "indirect")
    ]


def test_pronoun_resolves_to_the_last_person_named() -> None:
    text = 'Tomas Reyn inspected the bridge in March. "It was safe then," he said.'
    assert quotes(text)[0][1] == "Tomas Reyn"


@pytest.mark.parametrize(
    "text",
    [
        "The council's plan didn't include the island's ferry, and residents weren't told.",
        "She read the novel “Salt Roads” twice before the trial began in the spring.",
        'The old 12" pipe burst under the street on Tuesday, flooding three houses nearby.',
        "The ’90s were a hard decade for the island, when the ferry ran twice a week.",
    ],
    ids=["apostrophes", "book-title", "inch-mark", "decade-apostrophe"],
)
def test_cases_that_must_yield_no_quote(text: str) -> None:
    assert quotation_marks(text) == []


def test_reported_clauses_run_on_and_may_hold_a_partial_quote() -> None:
    text = "Tomas Reyn says he inspected the bridge, found rust and warned the council in May."
    assert quotes(text) == [
        ("he inspected the bridge, found rust and warned the council in May", "Tomas Reyn", "indirect")
    ]
    text = 'Lena Dorsey said the repairs were "a temporary fix" that would not survive the winter storms.'
    found = quotes(text)
    assert ("a temporary fix", "Lena Dorsey", "partial") in found
    assert (
        'the repairs were "a temporary fix" that would not survive the winter storms',
        "Lena Dorsey",
        "indirect",
    ) in found


def test_a_pronoun_means_the_last_person_who_was_a_subject() -> None:
    text = (
        "Lena Dorsey said she wrote to the council after the death of Tomas Reyn in March. "
        '"Nobody answered for weeks," she said.'
    )
    direct = [q for q in quotes(text) if q[2] == "direct"]
    assert direct == [("Nobody answered for weeks,", "Lena Dorsey", "direct")]


def test_a_speaker_the_name_tagger_missed_is_still_found() -> None:
    text = '"The pier will not reopen this year," Quoxley said on Tuesday after the council meeting ended.'
    assert quotes(text)[0][1] == "Quoxley"


def test_a_quote_keeps_its_cue_and_source_words() -> None:
    text = '"We will rebuild the pier," the mayor of Orlow, Lena Dorsey, told reporters on Monday.'
    article = Article(id="a1", path="t.txt", text=text)
    [doc] = parse([text], "en_core_web_sm")
    [quote] = [q for q in find_quotes(article, doc, find_entities(article, doc)) if q.kind == "direct"]
    assert quote.cue is not None
    assert quote.source is not None
    assert (quote.cue.text, quote.source.text) == ("told", "the mayor of Orlow")  # not the apposition


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sources familiar with the talks said the pier would be sold.", "Sources familiar with the talks"),
        (
            "Several harbour engineers and divers said the bolts had failed.",
            "Several harbour engineers and divers",
        ),
        ("Two officials, who asked not to be named, said the pier would close.", "Two officials"),
    ],
)
def test_a_source_is_the_whole_noun_phrase_without_a_clause(text: str, source: str) -> None:
    article = Article(id="a1", path="t.txt", text=text)
    [doc] = parse([text], "en_core_web_sm")
    [quote] = find_quotes(article, doc, find_entities(article, doc))
    assert quote.source is not None
    assert quote.source.text == source


def test_a_reported_clause_stops_before_a_photo_credit() -> None:
    text = "Tomas Reyn says the bolts rusted through in the salt air. (Ivo Sand/Orlow Gazette)"
    assert quotes(text) == [("the bolts rusted through in the salt air", "Tomas Reyn", "indirect")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tessel Shipping Inc. cut its timetable in May. The company said that the last crossing would run in June.",
         "Tessel Shipping Inc."),
        ("Mayor Lena Dorsey met engineers on Monday. Tomas Reyn showed her the bolts. "
         "The mayor said that the bridge would stay closed all summer.", "Lena Dorsey"),
        ("Calder Water Services cut supplies to Orlow on Monday. The utility said that tests would take a week.",
         "Calder Water Services"),
    ],
    ids=["organisation", "role", "a-utility"],
)  # fmt: skip
def test_a_definite_description_stands_for_what_the_article_named(text: str, speaker: str) -> None:
    assert quotes(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbour chief Lena Dorsey hired Tomas Reyn in May. Tomas Reyn inspected the pier on Monday.\n\n"
         "“The bolts are sound,” she said.", "Lena Dorsey"),
        ("Engineer Tomas Reyn works for Lena Dorsey. Lena Dorsey signed the contract on Monday.\n\n"
         "“The bolts are sound,” he said.", "Tomas Reyn"),
        ("Harbour chief Ximo Vantrel hired Tomas Reyn in May. Tomas Reyn inspected the pier on Monday.\n\n"
         "“The bolts are sound,” she said.", "Tomas Reyn"),
        ("Ms. Vantrel hired Tomas Reyn in May. Tomas Reyn inspected the pier on Monday.\n\n"
         "“The bolts are sound,” she said.", "Vantrel"),
        ("Engineer Tomas Reyn hired Lena Dorsey in May. Lena Dorsey inspected the pier on Monday.\n\n"
         "“The bolts are sound,” she said.", "Lena Dorsey"),
    ],
    ids=["she-not-the-man-named-last", "he-not-the-woman-named-last", "a-name-the-table-lacks-says-nothing",
         "an-honorific", "the-nearest-agrees"],
)  # fmt: skip
def test_he_and_she_mean_a_person_whose_gender_agrees(text: str, speaker: str) -> None:
    assert quotes(text)[-1][1] == speaker


def test_users_can_add_given_names(tmp_path: Path) -> None:
    extra = tmp_path / "names.toml"
    extra.write_text('female = ["Ximo"]\n', encoding="utf-8")
    text = (
        "Harbour chief Ximo Vantrel hired Tomas Reyn in May. Tomas Reyn inspected the pier on Monday.\n\n"
        "“The bolts are sound,” she said."
    )
    [(_, speaker, _)] = [q for q in quotes(text, given_names(extra)) if q[2] == "direct"]
    assert speaker == "Ximo Vantrel"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Velmar Water Authority would not discuss the Tessel Shipping contract. "
         "“We do not comment on contracts,” it said.", "Velmar Water Authority"),
        ("“Crossings resume in May,” the Velmar County harbour commissioner said.", None),
        ("Lena Dorsey runs the ferry. “Crossings resume in May,” a spokeswoman for Lena Dorsey said.", None),
        ("“Crossings resume in May,” said the ferry captain, Tomas Reyn.", "Tomas Reyn"),
        ("Tessel Shipping Inc. cut its timetable in May. A statement from Tessel Shipping Inc. said that the "
         "last crossing would run in June.", "Tessel Shipping Inc."),
        ("Lena Dorsey met the crews. “Crossings resume in May,” a spokesperson for Tessel Shipping said.", None),
        ("Harbour chief Lena Varga-Dorsey met the crews on Monday.\n\n“We have never closed this pier,” "
         "Varga-Dorsey said.", "Lena Varga-Dorsey"),
    ],
    ids=["it-the-organisation-last-a-subject", "a-name-inside-a-description-only-describes", "a-spokeswoman-for-x-is-not-x",
         "a-name-beside-the-description", "a-document-is-its-issuer-s", "a-nameless-source-is-not-the-person-in-focus",
         "a-hyphenated-surname-tagged-an-organisation"],
)  # fmt: skip
def test_who_a_phrase_names_as_the_speaker(text: str, speaker: str | None) -> None:
    assert quotes(text)[-1][1] == speaker


def test_a_token_inside_a_longer_name_finds_that_name() -> None:
    """The parser may cut "Varga-Dorsey said" so that "Varga" alone is the subject."""
    text = "Varga-Dorsey said so. Tomas Reyn agreed."
    article = Article(id="a1", path="t.txt", text=text)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    mentions = [Mention(article="a1", start=0, end=12), Mention(article="a1", start=22, end=32)]
    people = [
        Entity(id=f"e{i}", name=text[m.start : m.end], type="PERSON", mentions=[m])
        for i, m in enumerate(mentions)
    ]
    speakers = Speakers(article, nlp(text), people, [])
    assert [m[2] for m in speakers._mentions_at(0, 5)] == ["e0"]
    assert [m[2] for m in speakers._mentions_at(27, 32)] == ["e1"]
    assert speakers._mentions_at(13, 20) == []
