"""Entities on short stories the tests write, with invented names. Loads spaCy: slow."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from newsprism.model import Article, ArticleEntity
from newsprism.nlp import parse
from newsprism.read.entities import (
    Cluster,
    Names,
    _everyday_word_opening_sentences,
    _fold_label_slips,
    _labelled_spans,
    _split_headline_slips,
    _whole_words,
    find_entities,
    name_candidates,
    overlaps,
)

pytestmark = pytest.mark.slow


def entities(text: str, source: str | None = None) -> list[ArticleEntity]:
    article = Article(id="a1", path="1.txt", text=text, source=source)
    return find_entities(article, next(parse([text], "en_core_web_sm")))


def holder(found: list[ArticleEntity], text: str, form: str) -> str | None:
    """The id of the entity with a mention of `form`."""
    return next((e.id for e in found for m in e.mentions if text[m.start : m.end] == form), None)


def test_initials_join_a_name_without_a_definition() -> None:
    text = "The Orlow Broadcasting Corporation reported the vote. Later the OBC said the count was final."
    found = entities(text)
    assert holder(found, text, "OBC") == holder(found, text, "Orlow Broadcasting Corporation")


def test_two_names_with_the_same_initials_are_two() -> None:
    text = "The National Bank raised its rate. Economists at Norvel Bank had expected a smaller rise."
    found = entities(text)
    assert holder(found, text, "National Bank") != holder(found, text, "Norvel Bank")


def test_an_outlet_of_the_story_is_an_organisation() -> None:
    text = "Harbour Weekly reported on Tuesday that the ferry would stop. Harbour Weekly could not confirm the date."
    found = entities(text, source="Harbour Weekly")
    outlet = next(e for e in found if e.name == "Harbour Weekly")
    assert outlet.type == "ORG"


TEXT = (
    "Mayor Lena Dorsey opened the bridge on Friday. Dorsey said the Orlow Transit Authority "
    "would run the buses. Critics said the fare was too high, but Dorsey disagreed."
)


def test_every_mention_is_a_span_of_its_article() -> None:
    for e in entities(TEXT):
        for m in e.mentions:
            form = TEXT[m.start : m.end]
            assert form
            assert form == form.strip()
            assert "\n" not in form


def test_an_article_s_entities_carry_what_joins_them_across_articles() -> None:
    found = entities(TEXT)
    assert [e.id for e in found] == [f"e{i}" for i in range(1, len(found) + 1)]
    dorsey = next(e for e in found if e.id == holder(found, TEXT, "Lena Dorsey"))
    assert (dorsey.type, dorsey.first, dorsey.last, dorsey.roles) == ("PERSON", "Lena", "Dorsey", ["mayor"])
    assert dorsey.labels["PERSON"] >= 1
    assert holder(found, TEXT, "Dorsey") == dorsey.id
    assert {m.article for e in found for m in e.mentions} == {"a1"}


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["Anna Zelda", "Zelda Refuses"], "Zelda"),
        (["Everyday Mara", "Mara Linden", "Joel Linden"], "Mara Linden"),
    ],
    ids=["a-known-surname-then-a-headline-verb", "a-first-name-that-is-another-s-surname-then-a-surname"],
)
def test_a_name_is_cut_only_where_its_second_word_is_no_one_s_name(names: list[str], kept: str) -> None:
    text = ". ".join(names)
    starts = [text.index(n) for n in names]
    labels = {(s, s + len(n)): "PERSON" for s, n in zip(starts, names, strict=True)}
    spans = _split_headline_slips(text, list(labels), labels)
    assert text[slice(*spans[1])] == kept


@pytest.mark.parametrize(
    ("votes", "folded"),
    [(Counter(ORG=3), True), (Counter(ORG=2, GPE=1), False)],
    ids=["only-ever-an-organisation", "also-tagged-a-place"],
)
def test_a_first_name_tagged_an_organisation_is_the_person(votes: Counter[str], folded: bool) -> None:
    text = "Reyn Closs went home. Reyn told police. Reyn slept."
    person = Cluster("a1", "PERSON", spans=[(0, 10)], first="Reyn", last="Closs")
    slip = Cluster("a1", "ORG", spans=[(22, 26), (40, 44)], votes=votes)
    _fold_label_slips(text, [person], [slip])
    assert (person.spans == [(0, 10), (22, 26), (40, 44)]) is folded
    assert (not slip.spans) is folded


@pytest.mark.parametrize(
    ("text", "ents", "labels"),
    [
        ("said the rookie defenceman in Orlow", [(1, 4, "ORG"), (5, 6, "GPE")], ["GPE"]),
        ("Brenmoor Water and Anna Brenmoor met", [(0, 2, "PERSON"), (3, 5, "PERSON")], ["ORG", "PERSON"]),
        ("chair Odile Reyn said so and Reyn left", [(1, 3, "ORG"), (6, 7, "PERSON")], ["PERSON", "PERSON"]),
        ("Orlow Transit said so and Reyn left", [(0, 2, "ORG"), (5, 6, "PERSON")], ["ORG", "PERSON"]),
        ("spokeswoman Lieutenant Ada Brun said so", [(2, 4, "ORG")], ["PERSON"]),
        ("the agency Orlow Transit said so", [(2, 4, "ORG")], ["ORG"]),
        ("fighting in Orlow went on", [(2, 3, "ORG")], ["GPE"]),
        ("shares in Orlow Transit fell", [(2, 4, "ORG")], ["ORG"]),
        ("a vote in Parliament", [(3, 4, "ORG")], ["ORG"]),
        ("the port of Orlow reopened", [(3, 4, "ORG")], ["GPE"]),
        ("Orlow , a fishing port , reopened", [(0, 1, "ORG")], ["GPE"]),
        ("Orlow , a maker of vans , said", [(0, 1, "ORG")], ["ORG"]),
        ("the mayor of Orlow won", [(3, 4, "PERSON")], ["GPE"]),
        ("votes in Orlow were counted", [(2, 3, "PERSON")], ["GPE"]),
        ("Ada Orlow won the vote in Orlow", [(0, 2, "PERSON"), (6, 7, "PERSON")], ["PERSON", "PERSON"]),
        ("the Orlow Health Board met", [(1, 4, "PERSON")], ["ORG"]),
        (
            "Tessel Home , the DIY chain , said Tessel Home fell",
            [(0, 2, "PERSON"), (8, 10, "PERSON")],
            ["ORG", "ORG"],
        ),
        ("Tessel Home , the founder , said", [(0, 2, "PERSON")], ["PERSON"]),
        ("said chief executive Ada Brun", [(3, 5, "ORG")], ["PERSON"]),
        ("a flight bound for Orlow", [(4, 5, "PERSON")], ["GPE"]),
        ("the ferry to Orlow left", [(3, 4, "ORG")], ["GPE"]),
    ],
    ids=[
        "a-name-in-lower-case-is-no-name",
        "a-person-named-like-an-organisation-is-one",
        "an-organisation-named-like-a-person-written-alone-is-that-person",
        "an-organisation-stays-one",
        "an-organisation-after-a-role-word-is-a-person",
        "an-organisation-after-another-noun-stays-one",
        "a-one-word-organisation-where-something-is-is-a-place",
        "an-organisation-of-several-words-stays-one",
        "an-institution-stays-one",
        "after-a-place-noun",
        "before-a-place-noun-in-apposition",
        "before-another-noun-in-apposition",
        "a-person-after-mayor-of",
        "a-person-after-in",
        "a-family-name-after-in",
        "a-board",
        "an-organisation-s-noun-in-apposition",
        "a-person-s-noun-in-apposition",
        "after-chief-executive",
        "bound-for",
        "a-ferry-to",
    ],
)
def test_labels_corrected_by_how_names_are_written(
    text: str, ents: list[tuple[int, int, str]], labels: list[str]
) -> None:
    doc = Doc(spacy.blank("en").vocab, words=text.split())
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    names = Names(aliases={}, acronyms={}, places=re.compile(r"(?!)"))
    assert list(_labelled_spans(text, doc, names).values()) == labels


@pytest.mark.parametrize(
    ("text", "ent", "name"),
    [
        ("Quenmore to close Tavelbridge van plant", (3, 5), "Tavelbridge"),
        ("Quenmore to close Tavelbridge van depot plant", (3, 6), "Tavelbridge"),
        ("Talks with Maren van Oddley ended", (2, 5), "Maren van Oddley"),
        ("The Tavelbridge city council voted", (1, 4), "Tavelbridge city council"),
        ("Late on Sunday Arkwell conceded", (2, 4), "Arkwell"),
        ("An Orlow Air A320 landed", (1, 4), "Orlow Air"),
    ],
    ids=[
        "a-word-in-lower-case-after-a-name",
        "two-words",
        "a-particle-inside-a-name",
        "an-organisation-s-noun",
        "a-day-before-a-name",
        "a-model-s-code",
    ],
)
def test_no_name_ends_in_a_word_in_lower_case(text: str, ent: tuple[int, int], name: str) -> None:
    doc = Doc(spacy.blank("en").vocab, words=text.split())
    doc.ents = [Span(doc, *ent, label="PERSON")]
    names = Names(aliases={}, acronyms={}, places=re.compile(r"(?!)"))
    assert [text[s:e] for s, e in _labelled_spans(text, doc, names)] == [name]


def test_a_drug_and_its_code_are_one_product() -> None:
    text = (
        "Orrin Biotech said velotrexin (VTX-114) slowed the disease in a trial of 400 patients.\n\n"
        "VTX-114 is given once a week. Doctors said velotrexin was well tolerated."
    )
    found = entities(text)
    drug = next(e for e in found if e.id == holder(found, text, "velotrexin"))
    assert drug.type == "PRODUCT"
    assert sorted({text[m.start : m.end] for m in drug.mentions}) == ["VTX-114", "velotrexin"]
    assert len(drug.mentions) == 4


@pytest.mark.parametrize(
    ("words", "before", "name"),
    [
        (["Talks", "with", "Orsola", "Denz", "ended"], "PROPN", "Orsola Denz"),
        (["Talks", "with", "President", "Denz", "ended"], "PROPN", "Denz"),
        (["Talks", "with", "the", "Denz", "family"], "DET", "Denz"),
    ],
    ids=["a-given-name-the-tagger-missed", "a-role", "no-proper-noun"],
)
def test_a_proper_noun_before_a_family_name_is_the_given_name(
    words: list[str], before: str, name: str
) -> None:
    text = " ".join(words)
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN" if w[0].isupper() else "X" for w in words])
    doc[2].pos_ = before
    doc.ents = [Span(doc, 3, 4, label="PERSON")]
    names = Names(aliases={}, acronyms={}, places=re.compile(r"(?!)"))
    assert [text[s:e] for s, e in _labelled_spans(text, doc, names)] == [name]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Turnout was 62 percent in the Orlow election.", None),
        ("The count was fair, said Turnout, a clerk in Orlow.", "Turnout"),
    ],
    ids=["an-everyday-word-opening-a-sentence", "written-inside-a-sentence"],
)
def test_an_everyday_word_that_only_opens_sentences_is_no_one(text: str, person: str | None) -> None:
    people = [e.name for e in entities(text) if e.type == "PERSON"]
    assert people == ([person] if person else [])


@pytest.mark.parametrize(
    ("words", "names"),
    [
        (["Wards", "shut", "in", "Tessbury", "\n\n", "Staff", "left", "."], ["Tessbury"]),
        (["Wards", "Shut", "Down", "in", "Tessbury", "\n\n", "Staff", "left", "."], []),
    ],
    ids=["a-name-ending-a-headline", "a-headline-in-title-case"],
)
def test_a_name_may_end_its_line_unless_the_line_is_in_title_case(words: list[str], names: list[str]) -> None:
    spaces = [w not in {"Tessbury", "\n\n", "left"} for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    at = words.index("Tessbury")
    doc.ents = [Span(doc, at, at + 2, label="GPE")]
    text = doc.text
    found = _labelled_spans(text, doc, Names(aliases={}, acronyms={}, places=re.compile(r"(?!)")))
    assert [text[s:e] for s, e in found] == names


@pytest.mark.parametrize(
    ("tag", "named"),
    [("NNS", False), ("NNP", True)],
    ids=["read-as-a-common-noun", "read-as-a-proper-noun"],
)
def test_an_everyday_word_opening_a_headline_that_the_tagger_reads_as_a_common_noun_is_nothing_named(
    tag: str, named: bool
) -> None:
    words = ["Operations", "postponed", "in", "Tessbury"]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=[tag, "VBD", "IN", "NNP"],
              sent_starts=[True, False, False, False])  # fmt: skip
    cluster = Cluster("a1", "ORG", [(0, len("Operations"))])
    assert _everyday_word_opening_sentences(doc.text, doc, cluster) is not named


def test_a_name_the_tagger_cut_before_the_proper_noun_it_is_a_compound_of_is_whole() -> None:
    words = ["beds", "move", "to", "Ashby", "Fold", "by", "2028"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2, 1, 5],
              deps=["nsubj", "ROOT", "prep", "compound", "pobj", "prep", "pobj"],
              tags=["NNS", "VBP", "IN", "NNP", "NNP", "IN", "CD"])  # fmt: skip
    doc.ents = [Span(doc, 3, 4, label="GPE")]
    text = doc.text
    found = _labelled_spans(text, doc, Names(aliases={}, acronyms={}, places=re.compile(r"(?!)")))
    assert [text[s:e] for s, e in found] == ["Ashby Fold"]


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("Residents left Larrow by boat.", [("Larrow", False, False)]),
        ("Engineers at Tollmarsh said the dam held.", [("Tollmarsh", False, False)]),
        ("Footbridge collapses in the storm.", []),  # any word opening a sentence has a capital
        ("Families in Larrow left by boat.", []),  # the tagger's place: an entity already
        # everyday words only, and a headline in title case, are no evidence of a name
        ("Water Levels Fall in Quenby\n\nThe river fell overnight.", []),
    ],
)
def test_proper_nouns_in_no_entity_are_kept_as_candidates(
    text: str, candidates: list[tuple[str, bool, bool]]
) -> None:
    article = Article(id="a1", path="1.txt", text=text)
    doc = next(parse([text], "en_core_web_sm"))
    found = name_candidates(article, doc, find_entities(article, doc))
    assert [(c.text, c.place, c.subject) for c in found] == candidates
    assert all(text[c.start : c.end] == c.text for c in found)


@given(st.text(alphabet="Ab -_.1", max_size=30), st.text(alphabet="Ab -", min_size=1, max_size=4))
def test_whole_words_are_where_the_pattern_finds_the_name(text: str, form: str) -> None:
    pattern = rf"(?<![\w-]){re.escape(form)}(?![\w-])"
    assert list(_whole_words(text, form)) == [m.span() for m in re.finditer(pattern, text)]


spans = st.tuples(st.integers(0, 40), st.integers(1, 10)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(spans, max_size=8), spans)
def test_a_span_overlaps_the_spans_it_shares_a_character_with(
    taken: list[tuple[int, int]], span: tuple[int, int]
) -> None:
    expected = any(s < span[1] and span[0] < e for s, e in taken)
    assert overlaps(taken)(*span) is expected


@pytest.mark.parametrize("role", ["Striker", "Goalkeeper", "Referee"])
def test_a_player_s_position_before_the_name_is_a_role_not_the_name(role: str) -> None:
    text = f"{role} Oskar Brennvik scored in the final. Brennvik left the pitch in tears."
    found = entities(text)
    player = next(e for e in found if e.id == holder(found, text, "Brennvik"))
    assert (player.first, player.last) == ("Oskar", "Brennvik")


def test_a_figure_the_tagger_takes_for_a_name_is_no_entity() -> None:
    text = "The thermometer at Orvik airport showed 41.4C on Wednesday, and 3M shares rose."
    assert not any(text[m.start : m.end] == "41.4C" for e in entities(text) for m in e.mentions)
