"""What the story's articles together say of names: one type for a name the articles type
differently, titles written capitalised before a name, family names with particles,
legal forms of companies. Readings are written by the tests (invented names), so the
cases do not depend on what the tagger makes of them."""

from __future__ import annotations

import re

import pytest

from newsprism.compare.entities import join_entities, lower_case_titles, story_types
from newsprism.model import Article, ArticleEntity, Mention, Reading
from newsprism.read.entities import Names, split_name, stated_aliases
from newsprism.read.gender import given_names

NAMES = Names(aliases={}, acronyms={}, places=re.compile("(?!)"))


def article(number: int, text: str) -> Article:
    return Article(id=f"a{number}", path=f"{number}.txt", text=text)


def entity(art: Article, number: int, form: str, label: str, first: str | None = None) -> ArticleEntity:
    start = art.text.index(form)
    words = form.split()
    last = split_name(words)[1] if label == "PERSON" else None
    return ArticleEntity(
        id=f"e{number}",
        name=form,
        type=label,
        mentions=[Mention(article=art.id, start=start, end=start + len(form))],
        forms=[{"text": form, "articles": [art.id]}],
        labels={label: 1},
        first=first if first is not None else (words[0] if label == "PERSON" and len(words) > 1 else None),
        last=last,
    )


def story(*typed: tuple[str, str, str]) -> tuple[list[Article], list[Reading]]:
    """Articles of one sentence each, `text` naming `form` typed `label`."""
    articles = [article(i, text) for i, (text, _, _) in enumerate(typed, start=1)]
    readings = [
        Reading(article=a.id, hash="", version="", entities=[entity(a, 1, form, label)])
        for a, (_, form, label) in zip(articles, typed, strict=True)
    ]
    return articles, readings


def holders(articles: list[Article], readings: list[Reading]) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in join_entities(articles, readings).entities]


@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        (["Maren", "ter", "Haaf"], "Maren", "ter Haaf"),
        (["Maren", "van", "der", "Voort"], "Maren", "van der Voort"),
        (["van", "der", "Voort"], None, "van der Voort"),
        (["Van", "Oddley"], "Van", "Oddley"),  # a given name written first
        (["Jorna", "De", "Vries"], "Jorna", "De Vries"),
        (["Jorna", "Maud", "Kessler"], "Jorna", "Kessler"),
        (["Kessler"], None, "Kessler"),
    ],
)
def test_a_family_name_is_written_from_its_particle(words: list[str], first: str | None, last: str) -> None:
    assert split_name(words) == (first, last)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Orvane Rovers FC", "Orvane Rovers"),
        ("Tessling Marine GmbH", "Tessling Marine"),
        ("Quell Pty", "Quell"),
    ],
)
def test_legal_forms_and_club_designators_do_not_tell_organisations_apart(a: str, b: str) -> None:
    assert NAMES.canonical(a) == NAMES.canonical(b)


def test_a_club_named_for_its_town_alone_is_not_the_town() -> None:
    assert NAMES.canonical("Orvane FC") != NAMES.canonical("Orvane")


def test_a_company_typed_a_person_by_half_the_articles_is_one_organisation() -> None:
    articles, readings = story(
        ("Shares of Corvane Optics rose on Monday.", "Corvane Optics", "ORG"),
        ("Corvane Optics said the lens plant would reopen.", "Corvane Optics", "PERSON"),
        ("Analysts praised Corvane Optics for the results.", "Corvane Optics", "ORG"),
        ("Corvane Optics hired 40 engineers.", "Corvane Optics", "PERSON"),
    )
    assert story_types(readings, given_names()) == {"corvane optics": "ORG"}
    assert holders(articles, readings) == [("Corvane Optics", "ORG")]


def test_a_company_typed_three_ways_is_one_entity_of_the_type_most_articles_give() -> None:
    articles, readings = story(
        ("Shares of Tessenby Freight rose on Monday.", "Tessenby Freight", "ORG"),
        ("Tessenby Freight said the depot would reopen.", "Tessenby Freight", "PERSON"),
        ("Lorries left Tessenby Freight at dawn.", "Tessenby Freight", "GPE"),
        ("Analysts praised Tessenby Freight for the results.", "Tessenby Freight", "ORG"),
    )
    assert holders(articles, readings) == [("Tessenby Freight", "ORG")]


def test_a_tie_goes_to_the_person_when_the_name_starts_with_a_given_name() -> None:
    articles, readings = story(
        ("Margaret Olstrand said the pier was safe.", "Margaret Olstrand", "PERSON"),
        ("The report by Margaret Olstrand was published.", "Margaret Olstrand", "ORG"),
    )
    assert story_types(readings, given_names()) == {"margaret olstrand": "PERSON"}
    assert holders(articles, readings) == [("Margaret Olstrand", "PERSON")]


def test_a_town_typed_a_person_in_one_headline_is_the_place_of_the_others() -> None:
    articles, readings = story(
        ("Quenmore to close Tavelbridge mill", "Tavelbridge", "PERSON"),
        ("Workers in Tavelbridge will strike.", "Tavelbridge", "GPE"),
        ("The mill is the largest employer in Tavelbridge.", "Tavelbridge", "GPE"),
    )
    assert story_types(readings, given_names()) == {"tavelbridge": "GPE"}
    assert holders(articles, readings) == [("Tavelbridge", "GPE")]


@pytest.mark.parametrize(
    ("typed", "joined"),
    [
        ([("Quenmore Motors will close the mill.", "Quenmore Motors", "ORG"),
          ("Quenmore said the mill would close.", "Quenmore", "PERSON")],
         [("Quenmore Motors", "ORG")]),
        ([("Quenmore Motors will close the mill.", "Quenmore Motors", "ORG"),
          ("Quenmore Foods will buy the mill.", "Quenmore Foods", "ORG"),
          ("Quenmore said the mill would close.", "Quenmore", "PERSON")],
         [("Quenmore Motors", "ORG"), ("Quenmore Foods", "ORG"), ("Quenmore", "PERSON")]),
        ([("The Tavelbridge Port Authority shut the quay.", "Tavelbridge Port Authority", "ORG"),
          ("Tavelbridge counted the cost of the storm.", "Tavelbridge", "PERSON")],
         [("Tavelbridge Port Authority", "ORG"), ("Tavelbridge", "GPE")]),
        ([("Margaret Holdings will close the mill.", "Margaret Holdings", "ORG"),
          ("Margaret said the mill would close.", "Margaret", "PERSON")],
         [("Margaret Holdings", "ORG"), ("Margaret", "PERSON")]),
        ([("The jet returned to Tavelbridge Airport.", "Tavelbridge Airport", "FAC"),
          ("Flights from Tavelbridge were delayed.", "Tavelbridge", "ORG")],
         [("Tavelbridge Airport", "FAC"), ("Tavelbridge", "GPE")]),
    ],
    ids=["a-company-written-short", "two-companies-of-one-word", "the-place-of-an-institution", "a-given-name",
         "the-place-of-a-facility"],
)  # fmt: skip
def test_a_name_of_one_word_that_begins_one_organisation_s_name(
    typed: list[tuple[str, str, str]], joined: list[tuple[str, str]]
) -> None:
    assert holders(*story(*typed)) == joined


def test_a_name_read_short_inside_another_article_s_longer_name_is_that_name() -> None:
    articles, readings = story(
        ("Quenmore Motors will close the mill.", "Quenmore Motors", "ORG"),
        ("Quenmore Motors is closing its mill in Tavelbridge.", "Quenmore", "PERSON"),
    )
    [found] = join_entities(articles, readings).entities
    assert (found.name, found.type) == ("Quenmore Motors", "ORG")
    assert [articles[1].text[m.start : m.end] for m in found.mentions if m.article == "a2"] == [
        "Quenmore Motors"
    ]


def test_a_name_of_one_word_typed_a_place_once_is_the_place_unless_someone_s_name() -> None:
    typed = [
        ("The mayor of Tavelbridge spoke.", "Tavelbridge", "GPE"),
        ("Tavelbridge voted on Sunday.", "Tavelbridge", "PERSON"),
        ("Tavelbridge chose a mayor.", "Tavelbridge", "PERSON"),
    ]
    assert story_types(story(*typed)[1], given_names()) == {"tavelbridge": "GPE"}
    _, readings = story(*typed, ("Lena Tavelbridge spoke.", "Lena Tavelbridge", "PERSON"))
    assert story_types(readings, given_names()).get("tavelbridge") != "GPE"


def test_a_family_name_read_alone_inside_a_full_name_of_another_article_is_that_name() -> None:
    articles, readings = story(
        ("Orsola Denz won the vote.", "Orsola Denz", "PERSON"),
        ("Orsola Denz won the race.", "Denz", "PERSON"),
    )
    [found] = join_entities(articles, readings).entities
    assert [articles[1].text[m.start : m.end] for m in found.mentions if m.article == "a2"] == ["Orsola Denz"]


def test_names_typed_alike_are_left_to_their_articles() -> None:
    _, readings = story(
        ("Corvane Optics rose.", "Corvane Optics", "ORG"),
        ("Corvane Optics fell.", "Corvane Optics", "ORG"),
    )
    assert story_types(readings, given_names()) == {}


def test_a_title_another_article_writes_in_lower_case_is_not_a_given_name() -> None:
    articles, readings = story(
        ("The crane fell, quaymaster Odvin Raskeby said.", "Odvin Raskeby", "PERSON"),
        ("Quaymaster Odvin Raskeby said divers were at work.", "Quaymaster Odvin Raskeby", "PERSON"),
    )
    assert lower_case_titles(articles, readings) == {"quaymaster"}
    found = join_entities(articles, readings).entities
    assert [sorted({m.article for m in e.mentions}) for e in found] == [["a1", "a2"]]


def test_a_lower_case_word_that_is_no_title_here_changes_nothing() -> None:
    articles, readings = story(
        ("The crane fell, quaymaster Odvin Raskeby said.", "Odvin Raskeby", "PERSON"),
        ("Brannor Odvin Raskeby said divers were at work.", "Brannor Odvin Raskeby", "PERSON"),
    )
    assert len(join_entities(articles, readings).entities) == 2


def test_a_family_name_with_its_particle_apart_or_joined_is_one_person() -> None:
    articles, readings = story(
        ("Maren ter Haaf led the trial.", "Maren ter Haaf", "PERSON"),
        ("The trial was led by Maren Terhaaf.", "Maren Terhaaf", "PERSON"),
        ("Jorna Haaf, a nurse, was there.", "Jorna Haaf", "PERSON"),
    )
    found = join_entities(articles, readings).entities
    assert [sorted({m.article for m in e.mentions}) for e in found] == [["a1", "a2"], ["a3"]]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            "Crews left Alder Bay – known as Ellerwick in Norland – at dawn.",
            {"alder bay": "alder bay", "ellerwick": "alder bay"},
        ),
        (
            "Alder Bay, known in Norland as Ellerwick, was shelled.",
            {"alder bay": "alder bay", "ellerwick": "alder bay"},
        ),
        (
            "Tessel Marine, formerly Tessel Shipping, said so.",
            {"tessel marine": "tessel marine", "tessel shipping": "tessel marine"},
        ),
        (
            "Port Ardan (also called Ardanmouth) reopened.",
            {"port ardan": "port ardan", "ardanmouth": "port ardan"},
        ),
        ("Patients took velotrexin (VTX-114) weekly.", {"velotrexin": "velotrexin", "vtx 114": "velotrexin"}),
        ("Corvax (BX7b) and the Corvax plant (Ardan)", {"corvax": "corvax", "bx7b": "corvax"}),
        ("The mayor, known for her views, spoke. Mr Brun, known as a critic, left.", {}),
        ("The vote (2-1) passed; the unit (ABC) closed.", {}),
        ("Cases of the disease (COVID-19) rose at the Group of Seven (G7).", {}),
    ],
)
def test_other_names_the_text_gives(text: str, stated: dict[str, str]) -> None:
    assert stated_aliases([article(1, text)]) == stated


def test_a_name_the_text_gives_joins_the_places_of_every_article() -> None:
    articles, readings = story(
        ("Shells fell on Alder Bay – known as Ellerwick in Norland – overnight.", "Alder Bay", "GPE"),
        ("Norland said its troops took Ellerwick.", "Ellerwick", "GPE"),
        ("Ellerwood was quiet.", "Ellerwood", "GPE"),
    )
    first = articles[0].text.index("Ellerwick")
    readings[0].entities.append(
        entity(articles[0], 2, "Ellerwick", "GPE").model_copy(
            update={"mentions": [Mention(article="a1", start=first, end=first + len("Ellerwick"))]}
        )
    )
    assert holders(articles, readings) == [("Alder Bay", "GPE"), ("Ellerwood", "GPE")]
