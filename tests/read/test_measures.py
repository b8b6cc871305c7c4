"""What each figure measures, on sentences the tests write with invented names. Slow: spaCy."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.model import Article
from newsprism.nlp import parse
from newsprism.read.claims import find_claims
from newsprism.read.entities import find_entities
from newsprism.read.measures import Measures, measures
from newsprism.read.quotes import find_quotes

pytestmark = pytest.mark.slow


def figures(text: str, table: Measures | None = None) -> list[tuple[str, str | None, str | None]]:
    """Each figure of a one-article text: its words, unit and measure."""
    article = Article(id="a1", path="a.txt", text=text)
    [doc] = parse([text], "en_core_web_sm")
    entities = find_entities(article, doc)
    found = find_claims(article, doc, entities, find_quotes(article, doc, entities), table=table)
    return [(n.text, n.unit, n.measure) for c in found for n in c.numbers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The landslide above Orvik killed at least eleven people and injured 30.",
         [("eleven people", "people", "deaths"), ("30", "people", "injuries")]),
        ("Six people died when the Orvik ferry capsized on Sunday.", [("Six people", "people", "deaths")]),
        ("The death toll in Orvik stood at 14 on Monday evening.", [("14", "people", "deaths")]),
        ("Four miners were killed in the collapse at the Brenholt pit.", [("Four miners", "people", "deaths")]),
        ("The clinic in Orvik treated 40 people injured in the stampede.", [("40 people", "people", "injuries")]),
        ("Twelve dead as floods sweep through Orvik.", [("Twelve dead", "people", "deaths")]),
        ("The flood caused an estimated $7.5 million in damage across Orvik.",
         [("$7.5 million", "USD", "damage")]),
        ("The harbour board put the damage at EUR 3 million.", [("EUR 3 million", "EUR", "damage")]),
        ("The Orvik river crested at 3.9 metres on Sunday.", [("3.9 metres", "m", "water level")]),
        ("The river reached 3.4 metres, the Orvik agency said.", [("3.4 metres", "m", "water level")]),
        ("The shaft flooded about 700 metres below the surface near Orvik.", [("700 metres", "m", "depth")]),
        ("The Orvik seam lies 500 metres underground.", [("500 metres", "m", "depth")]),
        ("Orvik played the final in front of 40,000 fans.", [("40,000 fans", "people", "crowd")]),
        ("Temperatures reached 41.2C in Orvik on Tuesday.", [("41.2C", "°C", "temperature")]),
        ("The heat killed at least 12 people in Orvik.", [("12 people", "people", "deaths")]),
        ("Gusts of 120 km/h hit Orvik.", [("120 km/h", "km/h", "wind speed")]),
        ("About 120 millimetres of rain fell on Orvik.", [("120 millimetres", "mm", "rainfall")]),
        ("Heavy rain killed 12 people in Orvik.", [("12 people", "people", "deaths")]),
        ("The river swept away 40 homes in Orvik.", [("40 homes", "homes", None)]),
        ("An armed gang stole £2.4 million from an Orvik depot.", [("£2.4 million", "GBP", "stolen")]),
        ("The raiders took about £2.4 million in Orvik.", [("£2.4 million", "GBP", "stolen")]),
        ("Rebuilding the Orvik pier will cost 12 million euros, the harbour board said.",
         [("12 million euros", "EUR", "cost")]),
        ("Police arrested 23 people after the match in Orvik.", [("23 people", "people", "arrests")]),
        ("Shares in Brenholt Mining fell 18 per cent on Tuesday.", [("18 per cent", "%", "share price")]),
        ("The Orvik ferry sailed with about 90 passengers.", [("90 passengers", "passengers", None)]),
        ("Rescuers said 12 may have died in the Orvik landslide.", [("12", "people", "deaths")]),
        ("The Orvik landslide caused 12 deaths.", [("12 deaths", "people", "deaths")]),
        ("The Orvik landslide claimed 14 lives.", [("14 lives", "people", "deaths")]),
        ("Two employees were injured in the Orvik blaze.", [("Two employees", "people", "injuries")]),
        ("A court in Orvik jailed the ferry captain for seven years.", [("seven years", "year", "sentence")]),
        ("Police in Orvik jailed 12 protesters on Friday.", [("12 protesters", "people", "arrests")]),
        ("The ferry captain will spend nine years in prison.", [("nine years", "year", "sentence")]),
        ("The ferry firm has paid £3 million in compensation to the families.",
         [("£3 million", "GBP", "compensation")]),
        ("Ilse Doran won 54 percent of the vote in Orvik.", [("54 percent", "%", "votes")]),
        ("Researchers in Orvik followed 4,000 children for ten years.",
         [("4,000 children", "people", "enrolled"), ("ten years", "year", None)]),
        ("Nurses in Orvik began a 48-hour strike on Monday.", [("48-hour", "hour", "stoppage")]),
        ("More than 2,000 people spent the night in tents in Orvik.", [("2,000 people", "people", None)]),
        ("The Orvik Geophysical Survey measured the quake at magnitude 6.4.", [("6.4", "magnitude", "magnitude")]),
        ("The quake struck at a depth of 10 kilometres near Orvik.", [("10 kilometres", "km", "depth")]),
        ("The Orvik ministry had paid €2.8 million to a consultancy.", [("€2.8 million", "EUR", "cost")]),
        ("Some 20,000 protesters poured into Orvik.", [("20,000 protesters", "people", "crowd")]),
        ("About 5,000 people marched through Orvik.", [("5,000 people", "people", "crowd")]),
        ("Police arrested 12 protesters in Orvik.", [("12 protesters", "people", "arrests")]),
        ("The fire cost 12 lives in Orvik.", [("12 lives", "people", "deaths")]),
        ("Rescuers pulled 31 miners out alive at the Brenholt pit.", [("31 miners", "people", "rescued")]),
        ("About 45 miners were working in the Brenholt pit.", [("45 miners", "miners", None)]),
        ("The harbour board said the cost of the damage could reach £9 million.", [("£9 million", "GBP", "damage")]),
        ("Brenholt Mining had asked for 18 million euros in damages.", [("18 million euros", "EUR", "compensation")]),
        ("The Orvik central bank raised its main interest rate to 4.25 percent.", [("4.25 percent", "%", "interest rate")]),
        ("The unemployment rate in Orvik rose to 5.1 percent.", [("5.1 percent", "%", "unemployment")]),
        ("Brenholt Mining was fined 1.2 million dollars in 2024.",
         [("1.2 million dollars", "USD", "fine"), ("2024", "year-date", None)]),
        ("About 3,000 tonnes of crude oil leaked into Orvik Bay on Sunday.", [("3,000 tonnes", "tonne", "spilled")]),
        ("Some 40,000 litres of diesel escaped from the Orvik depot.", [("40,000 litres", "litres", "spilled")]),
        ("The Orvik tanker carried 80,000 tonnes of crude.", [("80,000 tonnes", "tonne", "on board")]),
        ("About 90,000 homes in Orvik lost power on Monday.", [("90,000 homes", "homes", "without power")]),
        ("The storm left 40,000 homes without electricity.", [("40,000 homes", "homes", "without power")]),
        ("Ten of the 12 aid workers seized in Orvik were freed.", [("Ten", "people", "rescued"), ("12 aid workers", "workers", None)]),
        ("The Orvik hostages had been held for 19 days.", [("19 days", "day", "held")]),
        ("He stole £1.2 million from the Orvik council over six years.", [("£1.2 million", "GBP", "stolen"), ("six years", "year", "period")]),
        ("He had worked for the Orvik council for 22 years.", [("22 years", "year", None)]),
        ("The Orvik ferry was carrying 120 passengers.", [("120 passengers", "people", "on board")]),
        ("Storm damages 40 homes in Orvik", [("40 homes", "homes", "damage")]),
        ("Flood damages six shops in Orvik", [("six shops", "shops", "damage")]),  # "damages" tagged a noun
        ("Forty-two passengers were taken to hospital in Orvik.", [("Forty-two passengers", "people", "injuries")]),
        ("Eight of them were taken to hospital in Orvik.", [("Eight", "people", "injuries")]),
    ],
    ids=["killed-and-injured", "died", "toll", "miners", "participle", "casualty-word", "in-damage",
         "put-at", "a-river-s-crest", "a-river-s-level", "a-depth-below", "a-depth-underground", "an-attendance",
         "a-temperature", "the-heat-s-toll-no-temperature", "a-gust", "rainfall", "the-rain-s-toll-no-rainfall",
         "homes-a-river-swept-away-no-level", "a-sum-stolen", "a-sum-raiders-took", "cost", "arrests", "shares", "no-measure", "may-is-no-month", "deaths", "lives", "a-role-is-no-measure",
         "a-prison-term", "jailed-people", "spend-time", "compensation", "a-share-of-the-vote", "a-study-s-people",
         "a-strike-s-length", "people-are-no-sum-spent", "a-name-says-no-measure", "a-depth",
         "a-sum-paid", "protesters", "marched", "protesters-arrested", "lives-a-fire-cost",
         "brought-out-alive", "people-by-what-they-are-without-a-measure", "the-cost-of-the-damage", "damages-a-court-awards", "a-rate-raised", "a-rate-by-its-compound", "fined-and-a-year",
         "a-spill-by-the-participle-on-what-spilled", "a-spill-escaped", "a-cargo-is-no-spill",
         "homes-that-lost-power", "homes-left-without-power", "a-part-by-its-verb-the-whole-by-none",
         "a-captivity-s-length", "the-span-an-act-went-on-over", "a-length-of-service-no-period",
         "people-on-board", "damages-a-verb", "damages-a-verb-tagged-a-noun", "taken-to-hospital",
         "a-part-taken-to-hospital"],
)  # fmt: skip
def test_what_a_figure_measures(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Another three people died in hospital in Orvik on Monday.",
        "Two of the injured were flown to a hospital outside Orvik.",
        "Three more people were killed in Orvik overnight.",
        "The Orvik ferry captain died on Sept. 4 at a hospital.",
        "Ilse Doran, 81, died in the Orvik ferry fire.",
        "The strike is the first by Orvik nurses in more than 30 years.",
    ],
    ids=["another", "of-the", "more", "date", "age", "a-period-measured-over"],
)
def test_a_part_an_increment_a_date_or_an_age_measures_no_total(text: str) -> None:
    assert [m for _, _, m in figures(text)] == [None]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Quarrow Motors is recalling 60,000 vans and 4,000 vehicles.", ["vehicles", "vehicles"]),
        ("The storm sank 14 trawlers off Quarrow.", ["vessels"]),
        ("The storm destroyed 40 homes in Quarrow.", [None]),
        ("Some 300 people gathered in Quarrow.", [None]),
    ],
    ids=["vehicles", "vessels", "homes-no-kind", "people-no-kind"],
)
def test_a_count_has_the_kind_of_its_noun(text: str, kinds: list[str | None]) -> None:
    article = Article(id="a1", path="a.txt", text=text)
    [doc] = parse([text], "en_core_web_sm")
    entities = find_entities(article, doc)
    found = find_claims(article, doc, entities, find_quotes(article, doc, entities))
    assert [n.kind for c in found for n in c.numbers] == kinds


@pytest.mark.parametrize(
    ("text", "remaining"),
    [
        ("About 9,000 homes in Orvik were still without power on Tuesday.", [True]),
        ("Two people remain in hospital in Orvik.", [True]),
        ("The remaining 40 passengers were flown to Orvik.", [True]),
        ("About 90,000 homes in Orvik lost power on Monday.", [False]),
        ("Orvik Power still expects to cut 300 jobs.", [False]),  # "still" on another verb
    ],
    ids=["still-without", "remain", "the-remaining", "the-event-s-own-count", "still-on-another-verb"],
)
def test_a_count_of_what_is_still_so(text: str, remaining: list[bool]) -> None:
    article = Article(id="a1", path="a.txt", text=text)
    [doc] = parse([text], "en_core_web_sm")
    entities = find_entities(article, doc)
    found = find_claims(article, doc, entities, find_quotes(article, doc, entities))
    assert [n.remaining for c in found for n in c.numbers] == remaining


def test_a_users_table_adds_words_to_a_measure(tmp_path: Path) -> None:
    text = "The Orvik ferry company sold 90 tickets."
    assert figures(text) == [("90 tickets", "tickets", None)]
    extra = tmp_path / "measures.toml"
    extra.write_text('[[measure]]\nname = "tickets"\nwords = ["sell"]\n', encoding="utf-8")
    assert figures(text, measures(extra)) == [("90 tickets", "tickets", "tickets")]


def test_a_users_table_adds_a_kind(tmp_path: Path) -> None:
    extra = tmp_path / "measures.toml"
    extra.write_text('[[kind]]\nname = "animals"\nnouns = ["sheep", "cattle"]\n', encoding="utf-8")
    assert measures(extra).kind_of["sheep"] == "animals"
    assert measures(extra).kind_of["cars"] == "vehicles"  # the built-in kinds stay
    assert "sheep" not in measures().kind_of
