"""The story's entities: each article's own entities joined across the articles of short
stories the tests write, with invented names. Loads spaCy: slow."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.compare.entities import join_entities, known_names_elsewhere
from newsprism.model import Article, Entity, Reading
from newsprism.nlp import parse
from newsprism.read.entities import Cluster, find_entities, name_candidates

pytestmark = pytest.mark.slow


def entities(*texts: str, sources: tuple[str | None, ...] = (), places: Path | None = None) -> list[Entity]:
    articles = [
        Article(id=f"a{i}", path=f"{i}.txt", text=t, source=(sources[i - 1] if i <= len(sources) else None))
        for i, t in enumerate(texts, start=1)
    ]
    docs = parse(texts, "en_core_web_sm")
    readings = []
    for a, doc in zip(articles, docs, strict=True):
        found = find_entities(a, doc, places)
        readings.append(
            Reading(
                article=a.id, hash="", version="", entities=found, candidates=name_candidates(a, doc, found)
            )
        )
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


def test_people_sharing_only_a_first_name_stay_apart() -> None:
    t1 = "Mayor Lena Dorsey opened the bridge on Friday. Dorsey said it cost 4 million euros."
    t2 = "Lena Voss, a local engineer, said the bridge was safe. Voss inspected it in May."
    found = entities(t1, t2)
    assert holder(found, "a1", t1, "Lena Dorsey") != holder(found, "a2", t2, "Lena Voss")


def test_users_can_add_place_names(tmp_path: Path) -> None:
    table = tmp_path / "places.toml"
    table.write_text('[[place]]\nnames = ["Orlow", "Orlovo"]\n')
    t1, t2 = (
        "The storm reached Orlow on Monday night.",
        "The storm reached Orlovo on Monday night, witnesses said.",
    )
    found = entities(t1, t2, places=table)
    assert holder(found, "a1", t1, "Orlow") == holder(found, "a2", t2, "Orlovo")


def test_another_article_s_outlet_is_an_organisation_in_the_story() -> None:
    t1 = "The ferry will stop on Friday, Harbour Weekly reported, citing the port office."
    t2 = "The ferry line will close for a month, the port office told reporters on Tuesday."
    found = entities(t1, t2, sources=(None, "Harbour Weekly"))
    outlet = next(e for e in found if e.name == "Harbour Weekly")
    assert outlet.type == "ORG"


@pytest.mark.parametrize(
    ("t1", "t2", "name"),
    [
        # a name one article gives, found where the model missed it
        (
            "Odile Reyn, the harbour master, said the ferry would stop. Reyn gave no date.",
            "the ferry will stop, according to odile reyn's office. Later Odile Reyn confirmed it.",
            "Odile Reyn",
        ),
        # a name the model misses in every article, found where the story repeats it
        (
            "Floodwater reached Brackwater on Tuesday after the river rose overnight.",
            "Residents left Brackwater by boat as the water rose.",
            "Brackwater",
        ),
    ],
)
def test_a_name_is_found_in_each_article_where_the_model_missed_it(t1: str, t2: str, name: str) -> None:
    found = entities(t1, t2)
    one = holder(found, "a1", t1, name)
    assert one is not None
    assert holder(found, "a2", t2, name) == one


def test_a_place_inside_an_organisation_s_name_another_article_gives_stays_the_place() -> None:
    """Where the model read only the place of "the Orlowby and Fenmere Health Board" that
    another article names whole, the board is found there, and the place written alone in
    the same article stays the place."""
    board = "Orlowby and Fenmere Health Board"
    t1 = f"The {board} said 400 nurses were absent."
    t2 = f"Nurses in Orlowby walked out, and the {board} cancelled operations."
    articles = [Article(id="a1", path="1.txt", text=t1), Article(id="a2", path="2.txt", text=t2)]
    named = Cluster("a1", "ORG", [(t1.index(board), t1.index(board) + len(board))], keys={"board"})
    alone, inside = t2.index("Orlowby"), t2.index(board)
    place = Cluster("a2", "GPE", [(alone, alone + 7), (inside, inside + 7)], keys={"orlowby"})
    found = known_names_elsewhere(articles, [named, place])
    assert (place.label, place.spans, place.keys) == ("GPE", [(alone, alone + 7)], {"orlowby"})
    assert [(c.article, c.label, c.spans) for c in found] == [("a2", "ORG", [(inside, inside + len(board))])]


def test_a_name_read_as_two_names_inside_one_another_article_gives_is_that_name() -> None:
    """Where the model read "Quarrow" (the town) and "Wanderers" inside "Quarrow Wanderers"
    that another article names whole, each also written alone in the article, the club is
    found there and the two stay where they stand alone."""
    club = "Quarrow Wanderers"
    t1 = f"{club} won the final."
    t2 = f"Fans in Quarrow cheered as {club} won. Wanderers last won in 1990."
    articles = [Article(id="a1", path="1.txt", text=t1), Article(id="a2", path="2.txt", text=t2)]
    named = Cluster("a1", "ORG", [(0, len(club))], keys={"quarrow wanderers"})
    at, alone, short = t2.index(club), t2.index("Quarrow"), t2.index("Wanderers last")
    town = Cluster("a2", "GPE", [(alone, alone + 7), (at, at + 7)], keys={"quarrow"})
    team = Cluster("a2", "ORG", [(at + 8, at + len(club)), (short, short + 9)], keys={"wanderers"})
    found = known_names_elsewhere(articles, [named, town, team])
    assert (town.spans, team.spans) == ([(alone, alone + 7)], [(short, short + 9)])
    assert [(c.article, c.label, c.spans) for c in found] == [("a2", "ORG", [(at, at + len(club))])]


def test_a_family_name_another_article_gives_with_the_given_name_is_found_alone() -> None:
    """ "Orsmark" alone in a headline the model misses is the Ysolde Orsmark another article
    names in full; an everyday word as a family name ("Young") is not looked for."""
    t1 = "Prime Minister Ysolde Orsmark accepted the resignation. Minister Ada Young left."
    t2 = "Orsmark sacks transport minister after audit\n\nThe minister was sacked. Young people protested."
    articles = [Article(id="a1", path="1.txt", text=t1), Article(id="a2", path="2.txt", text=t2)]
    full = Cluster(
        "a1", "PERSON", [(t1.index("Ysolde"), t1.index(" accepted"))], first="Ysolde", last="Orsmark"
    )
    young = Cluster("a1", "PERSON", [(t1.index("Ada"), t1.index(" left"))], first="Ada", last="Young")
    found = known_names_elsewhere(articles, [full, young])
    assert [(c.article, c.first, c.last, c.spans) for c in found] == [("a2", "Ysolde", "Orsmark", [(0, 7)])]


def test_each_article_entity_becomes_one_story_entity() -> None:
    t1 = "Mayor Lena Dorsey opened the bridge on Friday. Dorsey said it cost 4 million euros."
    t2 = "Lena Dorsey, the mayor, said the bridge was safe. The Orlow council approved it."
    articles = [Article(id=f"a{i}", path=f"{i}.txt", text=t) for i, t in enumerate((t1, t2), start=1)]
    readings = [
        Reading(article=a.id, hash="", version="", entities=find_entities(a, doc))
        for a, doc in zip(articles, parse([t1, t2], "en_core_web_sm"), strict=True)
    ]
    joined = join_entities(articles, readings)
    story_ids = {e.id for e in joined.entities}
    for r in readings:
        for e in r.entities:
            assert joined.of(r.article, e.id) in story_ids
    dorsey = {joined.of(r.article, e.id) for r in readings for e in r.entities if e.last == "Dorsey"}
    assert len(dorsey) == 1
    assert joined.of("a1", None) is None


def test_a_drug_named_with_its_code_in_one_article_is_one_product_in_all() -> None:
    texts = (
        "Orrin Biotech said velotrexin (VTX-114) slowed the disease in 400 patients.",
        "Shares rose after the VTX-114 results were published on Monday.",
        "Doctors said velotrexin was well tolerated, but costly.",
        "Orrin Biotech also tests a second drug, which it has not named.",
    )
    found = entities(*texts)
    drug = {
        holder(found, f"a{i}", t, form)
        for i, t in enumerate(texts, start=1)
        for form in ("VTX-114", "velotrexin")
    }
    assert len(drug - {None}) == 1
    [product] = [e for e in found if e.id in drug]
    assert product.type == "PRODUCT"
    assert {m.article for m in product.mentions} == {"a1", "a2", "a3"}


def test_ukrainian_and_russian_romanisations_of_one_person_meet_and_namesakes_stay_apart() -> None:
    t1 = (
        "Mykhailo Hrytsenko, the head of the regional water company, said on Tuesday that the dam had held. "
        "His deputy, Tetiana Hrytsenko, said the repairs would take a month."
    )
    t2 = (
        "Mikhail Gritsenko, who runs the regional water company, told reporters that the dam had held. "
        "Oxana Melnik, an engineer, said cracks had appeared in the wall."
    )
    t3 = (
        "The engineer Oksana Melnyk said the cracks were small. "
        "Tatyana Gritsenko, the company's deputy head, said the repairs would take a month."
    )
    found = entities(t1, t2, t3)
    mykhailo = holder(found, "a1", t1, "Mykhailo Hrytsenko")
    tetiana = holder(found, "a1", t1, "Tetiana Hrytsenko")
    assert None not in (mykhailo, tetiana)
    assert mykhailo != tetiana, "two people who share only a family name"
    assert holder(found, "a2", t2, "Mikhail Gritsenko") == mykhailo
    assert holder(found, "a3", t3, "Tatyana Gritsenko") == tetiana
    assert holder(found, "a2", t2, "Oxana Melnik") == holder(found, "a3", t3, "Oksana Melnyk") is not None


def test_a_town_the_model_misses_in_some_articles_is_the_place_another_names() -> None:
    t1 = "Floodwater reached Quenby on Tuesday after the river rose overnight."
    t2 = "The river burst its banks near Quenby, and the army sent two boats."
    t3 = "Emergency crews said Quenby had not flooded so badly in forty years."
    found = entities(t1, t2, t3)
    town = holder(found, "a1", t1, "Quenby")
    assert town is not None
    assert holder(found, "a2", t2, "Quenby") == town
    assert holder(found, "a3", t3, "Quenby") == town
    assert next(e for e in found if e.id == town).type == "GPE"


def test_a_proper_noun_written_once_and_nowhere_shown_to_be_a_name_is_left_alone() -> None:
    t1 = "Floodwater reached Quenby on Tuesday after the river rose overnight."
    t2 = "The army sent two boats to the valley on Wednesday."
    found = entities(t1, t2)
    assert holder(found, "a1", t1, "Quenby") is None


def test_an_organisation_named_with_its_place_is_the_one_named_without() -> None:
    first = "The Pellwick National Bank raised its main rate on Thursday. Shops in Pellwick have raised prices all year."
    second = "The National Bank raised its key rate on Thursday, the bank said."
    found = entities(first, second)
    bank = holder(found, "a1", first, "Pellwick National Bank")
    assert bank is not None
    assert holder(found, "a2", second, "National Bank") == bank
    assert holder(found, "a1", first, "Pellwick") not in (None, bank)
