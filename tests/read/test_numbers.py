from __future__ import annotations

import pytest

from newsprism.model import Number
from newsprism.read.numbers import (
    counts,
    find_numbers,
    in_common_unit,
    same_quantity,
    unit_kind,
    whole_of_a_part,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army holds about 65% of Orlow.", [("65%", 65.0, "%")]),
        ("It seized five percent more this week.", [("five percent", 5.0, "%")]),
        ("The repair cost $4.5 million and 3 billion euros.", [("$4.5 million", 4.5e6, "USD"), ("3 billion euros", 3e9, "EUR")]),
        ("A 70km line built in 2014.", [("70km", 70.0, "km"), ("2014", 2014.0, "year-date")]),
        ("Fourteen people were hurt and twenty-five workers left.", [("Fourteen people", 14.0, "people"), ("twenty-five workers", 25.0, "workers")]),
        ("The siege has lasted seven months.", [("seven months", 7.0, "month")]),
        ("A town of roughly 70,000 residents.", [("70,000 residents", 70000.0, "people")]),
        ("One of his ministers resigned, and no one replaced him.", []),
        ("It annexed four Ukrainian regions.", [("four", 4.0, None)]),
        ("He paid £12m for it.", [("£12m", 12e6, "GBP")]),
        ("A$12 million, US$40 million, C$4.5 billion and R$2 billion.",
         [("A$12 million", 12e6, "AUD"), ("US$40 million", 40e6, "USD"), ("C$4.5 billion", 4.5e9, "CAD"),
          ("R$2 billion", 2e9, "BRL")]),
        ("Fines of 6 million kroner, 3 million Swiss francs and 800 million Swedish kronor.",
         [("6 million kroner", 6e6, "NOK"), ("3 million Swiss francs", 3e6, "CHF"),
          ("800 million Swedish kronor", 800e6, "SEK")]),
        ("It cost Rs 50 crore, about ₹2 lakh a flat, and 40 million US dollars.",
         [("Rs 50 crore", 5e8, "INR"), ("₹2 lakh", 2e5, "INR"), ("40 million US dollars", 40e6, "USD")]),
        ("A 2.5 trillion won deal; of the 12 won by Orlow, 12 Canadian soldiers.",
         [("2.5 trillion won", 2.5e12, "KRW"), ("12", 12.0, None), ("12", 12.0, None)]),
        ("Quarrow beat Orlow 3-1 and drew 2-2; the bill passed 212-190 with 10-12 absent.", [("10-12", 10.0, None)]),
        ("It hit 41.2C (106F), a high of 39 °C, or 42 degrees Celsius; gusts of 75mph or 120 km/h; 120mm of rain.",
         [("41.2C", 41.2, "°C"), ("106F", 106.0, "°F"), ("39 °C", 39.0, "°C"), ("42 degrees Celsius", 42.0, "°C"),
          ("75mph", 75.0, "mph"), ("120 km/h", 120.0, "km/h"), ("120mm", 120.0, "mm")]),
        ("Group 4 C and 3 F grades.", [("4", 4.0, None), ("3", 3.0, None)]),
        ("It paid 20 million zlotys and 1.5 million rand.", [("20 million zlotys", 20e6, "PLN"), ("1.5 million rand", 1.5e6, "ZAR")]),
        ("Crews pulled 40 stranded hikers off the ridge.", [("40 stranded hikers", 40.0, "hikers")]),
        ("Two injured workers and 300 displaced residents.", [("Two injured workers", 2.0, "workers"), ("300 displaced residents", 300.0, "people")]),
        ("It counts 2 million displaced people.", [("2 million displaced people", 2e6, "people")]),
        ("Clinics saw 12 confirmed cases.", [("12 confirmed cases", 12.0, "cases")]),
        ("Gunmen seized 12 aid workers and three new cases were found.",
         [("12 aid workers", 12.0, "workers"), ("three new cases", 3.0, "cases")]),
        ("Riots broke out in 1987 during protests.", [("1987", 1987.0, "year-date")]),
        ("A ban on a 40-turbine wind farm.", [("40-turbine", 40.0, "turbines")]),
        ("It rose by a quarter of a percentage point to 4.25 percent.",
         [("a quarter of a percentage point", 0.25, "percentage points"), ("4.25 percent", 4.25, "%")]),
        ("It cut rates by 25 basis points; the index rose half a point.", [("25 basis points", 0.25, "percentage points")]),
        ("A 40-strong crowd and a 300-bed hospital.", [("40", 40.0, None), ("300-bed", 300.0, "beds")]),
        ("She named 12 leading figures, including 3 during talks.", [("12 leading figures", 12.0, "figures"), ("3", 3.0, None)]),
        ("Four Killed In Tessel Crash", [("Four", 4.0, None)]),
        ("Police said 40 needed help.", [("40", 40.0, None)]),
        ("The crash left 14 hurt and three dead.", [("14 hurt", 14.0, "people"), ("three dead", 3.0, "people")]),
        ("Seventeen injured as the span falls; 2 missing", [("Seventeen injured", 17.0, "people"), ("2 missing", 2.0, "people")]),
        ("Dozens were hurt and hundreds fled.", []),
        ("Children there are twice as likely to fall ill.", [("twice", 100.0, "%")]),
        ("Three times as many voted; half as many stayed home.", [("Three times", 200.0, "%"), ("half", -50.0, "%")]),
        ("She called twice as the storm hit.", []),
        ("A magnitude 6.1 quake, then a 5.2-magnitude one; a magnitude of 4.8.",
         [("6.1", 6.1, "magnitude"), ("5.2-magnitude", 5.2, "magnitude"), ("4.8", 4.8, "magnitude")]),
        ("Families slept in tents near its 12th-century church.", []),
        ("It struck at 3:12 a.m., and again shortly after 5 a.m. and at 7pm.", []),
        ("Twenty-five workers and ten people left.", [("Twenty-five workers", 25.0, "workers"), ("ten people", 10.0, "people")]),
    ],
)  # fmt: skip
def test_numbers_with_their_value_and_unit(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    found = [(n.text, n.value, n.unit) for n in find_numbers(text)]
    assert found == expected
    for n in find_numbers(text):
        assert n.text in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 12 died.", [("12", "at least")]),
        ("Up to 40 trucks, about 9 vans and over 500 people.", [("40 trucks", "at most"), ("9 vans", "about"), ("500 people", "more than")]),
        ("Fewer than 30 homes.", [("30 homes", "less than")]),
        ("Prices fell over 18 months.", [("18 months", None)]),
        ("Over two days of talks, nothing moved.", [("two days", None)]),
        ("It was closed for over 18 months.", [("18 months", "more than")]),
        ("Repairs took over three hours.", [("three hours", "more than")]),
        ("The first rise in over 2 years.", [("2 years", "more than")]),
    ],
)  # fmt: skip
def test_qualifiers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(n.text, n.qualifier) for n in find_numbers(text)] == expected


def test_a_count_named_by_what_befell_people_is_people_with_that_measure() -> None:
    found = [(n.text, n.measure) for n in find_numbers("The crash left 14 hurt, three dead and 2 missing.")]
    assert found == [("14 hurt", "injuries"), ("three dead", "deaths"), ("2 missing", "missing")]


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        (Number(text="7", value=7, unit="people", measure="deaths"), Number(text="5", value=5, unit="people", measure="deaths"), True),
        (Number(text="7", value=7, unit="people", measure="deaths"), Number(text="5", value=5, unit="people"), True),
        (Number(text="7", value=7, unit="people", measure="deaths"), Number(text="5", value=5, unit="people", measure="injuries"), False),
        (Number(text="7", value=7, unit="people"), Number(text="5", value=5, unit="boats"), False),
        (Number(text="7", value=7), Number(text="5", value=5), False),
        (Number(text="$4m", value=4e6, unit="USD", measure="damage"), Number(text="$40m", value=4e7, unit="USD", measure="cost"), True),
        (Number(text="48-hour", value=48, unit="hour"), Number(text="two-day", value=2, unit="day"), True),
        (Number(text="18 months", value=18, unit="month"), Number(text="two people", value=2, unit="people"), False),
        (Number(text="9,000 vans", value=9e3, unit="vans", kind="vehicles"), Number(text="90,000 vehicles", value=9e4, unit="vehicles", kind="vehicles"), True),
        (Number(text="9,000 vans", value=9e3, unit="vans", kind="vehicles"), Number(text="900 buses", value=900, unit="buses", kind="vehicles"), False),
        (Number(text="9 jets", value=9, unit="jets", kind="aircraft"), Number(text="90 vehicles", value=90, unit="vehicles", kind="vehicles"), False),
        (Number(text="9,000 homes", value=9e3, unit="homes", remaining=True), Number(text="90,000 homes", value=9e4, unit="homes"), False),
        (Number(text="9,000 homes", value=9e3, unit="homes", remaining=True), Number(text="900 homes", value=900, unit="homes", remaining=True), True),
    ],
    ids=["one-measure", "one-unmeasured", "two-measures", "two-units", "no-unit", "a-sum-named-two-ways",
         "two-units-of-time", "time-and-people", "a-kind-and-its-general-noun", "two-nouns-of-one-kind",
         "two-kinds", "still-so-and-the-event-s-count", "both-still-so"],
)  # fmt: skip
def test_same_quantity(x: Number, y: Number, same: bool) -> None:
    assert same_quantity(x, y) is same
    assert same_quantity(y, x) is same


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("a 48-hour strike", 2.0),
        ("a two-day strike", 2.0),
        ("a 90-minute delay", 0.0625),
        ("closed for three weeks", 21.0),
        ("jailed for 18 months", 547.875),
        ("40 people", 40.0),
    ],
)
def test_lengths_of_time_in_days(text: str, days: float) -> None:
    assert in_common_unit(find_numbers(text)[0]) == (days, None)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("104F", "40C"),
        ("75 mph", "120.7008 km/h"),
        ("120mm", "12 cm"),
        ("800 metres", "0.8 km"),
        ("5 miles", "8.04672 km"),
    ],
)
def test_one_quantity_in_two_units_is_one_value(one: str, other: str) -> None:
    [x], [y] = find_numbers(one), find_numbers(other)
    assert unit_kind(x.unit or "") == unit_kind(y.unit or "")
    assert in_common_unit(x) == in_common_unit(y)


def test_twelve_months_are_a_year() -> None:
    months, year = find_numbers("12 months"), find_numbers("one year")
    assert in_common_unit(months[0]) == in_common_unit(year[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No injuries have been reported, the company said.", [("No injuries", "injuries")]),
        ("Officials said no one in the village was seriously injured.", [("no one", "injuries")]),
        ("Nobody was killed in the blast.", [("Nobody", "deaths")]),
        ("There were no deaths.", [("no deaths", "deaths")]),
        ("No plans have been made and no one knows why.", []),
        ("No one else is missing, the coastguard said.", [("No one", "missing")]),
    ],
    ids=[
        "no-injuries",
        "no-one-hurt",
        "nobody-killed",
        "no-deaths",
        "none-of-something-else",
        "no-one-missing",
    ],
)
def test_a_count_of_no_casualties_is_the_figure_zero(text: str, expected: list[tuple[str, str]]) -> None:
    found = [n for n in find_numbers(text) if n.value == 0]
    assert [(n.text, n.measure) for n in found] == expected
    assert all(n.unit == "people" for n in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orlow offered $12 a share in cash.", [("$12 a share", 12.0, "USD/share")]),
        ("It made a $12.50-a-share offer.", [("$12.50-a-share", 12.5, "USD/share")]),
        ("Oil rose to $80 per barrel.", [("$80 per barrel", 80.0, "USD/barrel")]),
        ("Cleaners are paid £11 an hour.", [("£11 an hour", 11.0, "GBP/hour")]),
        ("The deal values it at $3.4 billion.", [("$3.4 billion", 3.4e9, "USD")]),
    ],
    ids=["a-share", "hyphenated", "per-barrel", "an-hour", "a-sum"],
)
def test_a_price_of_one_thing_is_its_own_quantity(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = find_numbers(text)
    assert [(n.text, n.value, n.unit) for n in found] == expected
    assert not any(counts(n) for n in found)
    if len(found) == 1 and "/" in (found[0].unit or ""):
        assert not same_quantity(found[0], Number(text="$3.4bn", value=3.4e9, unit="USD"))


@pytest.mark.parametrize(
    ("text", "figure", "whole"),
    [
        ("Orlow cut 300 of the 900 jobs.", "900", True),
        ("Ten of the 12 aid workers were freed.", "12", True),
        ("It is one of the two areas of Orlow.", "two", True),
        ("Some of the 40 boats sank.", "40", False),  # no count of the part
        ("Orlow cut 900 jobs.", "900", False),
    ],
)
def test_the_whole_a_part_is_counted_of(text: str, figure: str, whole: bool) -> None:
    assert whole_of_a_part(text, text.index(figure)) is whole
