"""Times of day read from the words of a time and from the frames of sentences the tests
write (invented names), and the contradictions they make between two outlets."""

from __future__ import annotations

import pytest

from newsprism.compare.clock import apart, onset_times, time_of_day
from tests.compare.framed import claims, contradictions

H = 60  # minutes an hour


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("at 6.40 p.m.", 18 * H + 35, 18 * H + 45),  # to the minute
        ("6:40pm", 18 * H + 35, 18 * H + 45),
        ("at 6 p.m.", 17 * H + 45, 18 * H + 15),  # on the hour
        ("shortly after 6 p.m.", 18 * H, 18 * H + 30),
        ("just before 9 p.m.", 20 * H + 30, 21 * H),
        ("about 9 a.m.", 8 * H + 30, 9 * H + 30),
        ("at around 11 p.m.", 22 * H + 30, 23 * H + 30),
        ("after 10 a.m.", 10 * H, 12 * H),
        ("shortly after noon", 12 * H, 12 * H + 30),
        ("just before midnight", -30, 0),  # the day before's last half hour
        ("12.15 a.m.", 0, 30),
    ],
)
def test_the_minutes_a_time_of_day_allows(text: str, earliest: int, latest: int) -> None:
    found = time_of_day(text)
    assert found is not None
    assert (found.earliest, found.latest) == (earliest, latest)


@pytest.mark.parametrize("text", ["Thursday evening", "in 2024", "six hours", "13 p.m."])
def test_no_time_of_day(text: str) -> None:
    assert time_of_day(text) is None


@pytest.mark.parametrize(
    ("x", "y", "conflict"),
    [
        ("shortly after 6 p.m.", "just before 9 p.m.", True),
        ("shortly after 6 p.m.", "about 6.20 p.m.", False),
        ("at 6.40 p.m.", "at 6.50 p.m.", False),
        ("at 6.40 p.m.", "at 7.40 p.m.", True),
        ("at 9.14 a.m.", "at 9.41 a.m.", True),
    ],
)
def test_two_times_that_cannot_both_hold(x: str, y: str, conflict: bool) -> None:
    first, second = time_of_day(x), time_of_day(y)
    assert first is not None
    assert second is not None
    assert apart(first, second) is conflict


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The power cut in Orvik began shortly after 6 p.m. on Monday.", ["shortly after 6 p.m."]),
        ("The lights in Orvik went out just before 9 p.m., residents said.", ["just before 9 p.m."]),
        ("The fire at the Orvik depot broke out at about 3 a.m.", ["about 3 a.m."]),
        ("The Orvik rocket lifted off at 9.14 a.m. on Tuesday.", ["at 9.14 a.m."]),
        ("Firefighters arrived at the Orvik depot at 3.20 a.m.", []),  # a later act
        ("The Orvik council said at 6 p.m. that the roads were closed.", []),  # the time of saying
    ],
)
def test_the_time_a_thing_began(text: str, words: list[str]) -> None:
    [claim] = claims(text)
    assert [t.words for t in onset_times(claim)] == words


@pytest.mark.slow
def test_one_happening_at_two_times_contradicts() -> None:
    assert contradictions(
        "The power cut in Orvik began shortly after 6 p.m. on Monday.",
        "The lights in Orvik went out just before 9 p.m. on Monday, residents said.",
    ) == ["different times of day for one happening: “shortly after 6 p.m.” against “just before 9 p.m.”"]
    assert (
        contradictions(  # times that can both hold
            "The power cut in Orvik began shortly after 6 p.m. on Monday.",
            "The lights in Orvik went out at about 6.20 p.m. on Monday, residents said.",
        )
        == []
    )
    assert (
        contradictions(  # two days
            "The power cut in Orvik began shortly after 6 p.m. on Monday.",
            "The lights in Orvik went out just before 9 p.m. on Tuesday, residents said.",
        )
        == []
    )
    assert (
        contradictions(  # an article that times two starts times none of the story's
            "The power cut in Orvik began shortly after 6 p.m. on Monday. A second cut began at 11 p.m.",
            "The lights in Orvik went out just before 9 p.m. on Monday, residents said.",
        )
        == []
    )
