"""Entities on short stories the tests write, with invented names. Loads spaCy: slow."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsprism.compare.entities import join_entities
from newsprism.model import Article, Entity, Reading
from newsprism.nlp import parse
from newsprism.read.entities import (
    Cluster,
    Names,
    _fold_label_slips,
    _labelled_spans,
    _split_headline_slips,
    find_entities,
)

pytestmark = pytest.mark.slow


def entities(*texts: str, sources: tuple[str | None, ...] = (), places: Path | None = None) -> list[Entity]:
    articles = [
        Article(id=f"a{i}", path=f"{i}.txt", text=t, source=(sources[i - 1] if i <= len(sources) else None))
        for i, t in enumerate(texts, start=1)
    ]
    docs = parse(texts, "en_core_web_sm")
    readings = [
        Reading(article=a.id, hash="", version="", entities=find_entities(a, doc, places))
        for a, doc in zip(articles, docs, strict=True)
    ]
    return join_entities(articles, readings, places).entities


def holder(found: list[Entity], article: str, text: str, form: str) -> str | None:
    """The id of the entity with a mention of `form` in the article."""
    for e in found:
        for m in e.mentions:
            if m.article == article and text[m.start : m.end] == form:
                return e.id
    return None


A1 = (
    "Ukrainian President Oleksandr Marchenko said on Monday that the city of Kharkiv would be defended. "
    "Marchenko told reporters that the army had enough ammunition. "
    "Russian President Dmitri Volkov said his forces would take the city."
)
A2 = (
    "President Aleksandr Marchenko of Ukraine has refused to withdraw from Kharkov, officials said. "
    "Marchenko's chief of staff, General Ivan Marchenko, disagreed with the decision."
)


def test_one_person_across_transliterations_and_surnames() -> None:
    found = entities(A1, A2)
    first = holder(found, "a1", A1, "Oleksandr Marchenko")
    assert first is not None
    assert holder(found, "a1", A1, "Marchenko") == first
    assert holder(found, "a2", A2, "Aleksandr Marchenko") == first, (
        "same surname, variant first name, same role"
    )
    assert holder(found, "a2", A2, "Ivan Marchenko") not in (None, first), (
        "a different first name is another person"
    )
    assert holder(found, "a1", A1, "Dmitri Volkov") not in (None, first)


def test_places_known_by_two_names_are_one_place() -> None:
    found = entities(A1, A2)
    kharkiv = holder(found, "a1", A1, "Kharkiv")
    assert kharkiv is not None
    assert holder(found, "a2", A2, "Kharkov") == kharkiv
    entity = next(e for e in found if e.id == kharkiv)
    assert entity.type == "GPE"
    assert entity.name == "Kharkiv"
    assert {f.text: f.articles for f in entity.forms} == {"Kharkiv": ["a1"], "Kharkov": ["a2"]}


def test_an_acronym_defined_in_one_article_is_known_in_another() -> None:
    t1 = "The Corvale Institute for Water Policy (CIWP) said the reservoir was half empty."
    t2 = (
        "CIWP analysts warned that the reservoir would be empty by August, and the CIWP report was published."
    )
    found = entities(t1, t2)
    long = holder(found, "a1", t1, "Corvale Institute for Water Policy")
    assert long is not None
    assert holder(found, "a1", t1, "CIWP") == long
    assert holder(found, "a2", t2, "CIWP") == long


def test_initials_join_a_name_without_a_definition() -> None:
    text = "The Orlow Broadcasting Corporation reported the vote. Later the OBC said the count was final."
    found = entities(text)
    assert holder(found, "a1", text, "OBC") == holder(found, "a1", text, "Orlow Broadcasting Corporation")


def test_people_sharing_only_a_first_name_stay_apart() -> None:
    t1 = "Mayor Lena Dorsey opened the bridge on Friday. Dorsey said it cost 4 million euros."
    t2 = "Lena Voss, a local engineer, said the bridge was safe. Voss inspected it in May."
    found = entities(t1, t2)
    assert holder(found, "a1", t1, "Lena Dorsey") != holder(found, "a2", t2, "Lena Voss")


def test_an_outlet_of_the_story_is_an_organisation() -> None:
    text = "Harbour Weekly reported on Tuesday that the ferry would stop. Harbour Weekly could not confirm the date."
    found = entities(text, sources=("Harbour Weekly",))
    outlet = next(e for e in found if e.name == "Harbour Weekly")
    assert outlet.type == "ORG"


def test_users_can_add_place_names(tmp_path: Path) -> None:
    table = tmp_path / "places.toml"
    table.write_text('[[place]]\nnames = ["Orlow", "Orlovo"]\n')
    t1, t2 = (
        "The storm reached Orlow on Monday night.",
        "The storm reached Orlovo on Monday night, witnesses said.",
    )
    found = entities(t1, t2, places=table)
    assert holder(found, "a1", t1, "Orlow") == holder(found, "a2", t2, "Orlovo")


def test_every_mention_is_a_span_of_its_article() -> None:
    texts = (A1, A2)
    for e in entities(*texts):
        for m in e.mentions:
            form = texts[int(m.article[1:]) - 1][m.start : m.end]
            assert form
            assert form == form.strip()
            assert "\n" not in form


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
        ("Calder Water and Anna Calder met", [(0, 2, "PERSON"), (3, 5, "PERSON")], ["ORG", "PERSON"]),
        ("chair Odile Reyn said so and Reyn left", [(1, 3, "ORG"), (6, 7, "PERSON")], ["PERSON", "PERSON"]),
        ("Orlow Transit said so and Reyn left", [(0, 2, "ORG"), (5, 6, "PERSON")], ["ORG", "PERSON"]),
    ],
    ids=[
        "a-name-in-lower-case-is-no-name",
        "a-person-named-like-an-organisation-is-one",
        "an-organisation-named-like-a-person-written-alone-is-that-person",
        "an-organisation-stays-one",
    ],
)
def test_labels_corrected_by_how_names_are_written(
    text: str, ents: list[tuple[int, int, str]], labels: list[str]
) -> None:
    doc = Doc(spacy.blank("en").vocab, words=text.split())
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    names = Names(aliases={}, acronyms={}, places=re.compile(r"(?!)"))
    assert list(_labelled_spans(text, doc, names).values()) == labels
