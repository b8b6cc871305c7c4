"""Publication dates read from what an input gives: ISO 8601 out, times kept, a warning
for a date that cannot be read or reads two ways."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.ingest.dates import Dated, read_date


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        ("2024-03-05", "DMY", "2024-03-05"),
        ("  2024-03-05 ", "DMY", "2024-03-05"),
        ("2024-03-05T10:00:00Z", "DMY", "2024-03-05T10:00:00+00:00"),
        ("2024-03-05T10:00:00+02:00", "DMY", "2024-03-05T10:00:00+02:00"),
        ("2024-03-05 10:00", "DMY", "2024-03-05T10:00:00"),
        ("Tue, 05 Mar 2024 10:00:00 GMT", "DMY", "2024-03-05T10:00:00+00:00"),
        ("Tue, 5 Mar 2024 10:00 -0500", "DMY", "2024-03-05T10:00-05:00"),
        ("March 5, 2024", "DMY", "2024-03-05"),
        ("5 March 2024", "MDY", "2024-03-05"),
        ("March 5, 2024, 9:30 AM EST", "DMY", "2024-03-05T09:30-05:00"),
        ("March 5, 2024 21:45", "DMY", "2024-03-05T21:45"),
        ("05/03/2024", "DMY", "2024-03-05"),
        ("05/03/2024", "MDY", "2024-05-03"),
        ("25/12/2024", "MDY", "2024-12-25"),
        ("12/25/2024", "DMY", "2024-12-25"),
        ("05.03.2024 08:15", "DMY", "2024-03-05T08:15"),
        ("2024/03/05", "YMD", "2024-03-05"),
        ("March 5, 2024 9am", "DMY", "2024-03-05T09:00"),
        ("05/03/2024 09:30:15", "DMY", "2024-03-05T09:30:15"),
        ("05/03/2024T09:30", "DMY", "2024-03-05T09:30"),
        (date(2024, 3, 5), "DMY", "2024-03-05"),
        (
            datetime(2024, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=1))),
            "DMY",
            "2024-03-05T09:30:00+01:00",
        ),
    ],
)
def test_readable_dates_become_iso(value: object, order: str, expected: str) -> None:
    assert read_date(value, order).iso == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        "yesterday",
        "2024-13-01",
        "5 March",
        "March 2024",
        "Mon, 99 Foo",
        "\x00",
        "0",
        "12345",
        "2024-03-05 noon",
    ],
)
def test_an_unreadable_date_is_left_empty_with_a_warning(value: str) -> None:
    dated = read_date(value)
    assert dated.iso is None
    assert dated.warning
    assert "cannot be read" in dated.warning


@pytest.mark.parametrize("value", [None, "", "   "])
def test_no_date_is_no_warning(value: str | None) -> None:
    assert read_date(value) == Dated(None)


def test_a_date_that_reads_both_ways_says_how_it_was_read() -> None:
    dated = read_date("07/03/2023", "DMY")
    assert dated.iso == "2023-03-07"
    assert dated.warning == "date '07/03/2023' read as 7 March 2023 (setting date_order is DMY)"
    assert (
        read_date("07/03/2023", "YMD").warning
        == "date '07/03/2023' read as 3 July 2023 (setting date_order is YMD)"
    )
    assert read_date("07/03/2023T09:30", "DMY").warning is not None
    assert read_date("25/03/2023", "DMY").warning is None  # only one reading is a date
    assert read_date("03/03/2023", "DMY").warning is None  # both readings agree


@given(st.one_of(st.text(max_size=40), st.integers(), st.none()))
def test_any_value_gives_an_iso_date_or_none(value: object) -> None:
    found = read_date(value).iso
    if found is not None:
        assert datetime.fromisoformat(found).isoformat().startswith(found[:10])


@given(st.datetimes(timezones=st.none() | st.timezones()))
def test_a_datetime_round_trips(value: datetime) -> None:
    assert read_date(value.isoformat()).iso == value.isoformat()
