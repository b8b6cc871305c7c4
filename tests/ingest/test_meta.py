"""Metadata values as the story document holds them: ISO dates, outlet names, plain text."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.ingest.meta import iso_date, outlet_name, text_or_none


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("  2024-03-05 ", "2024-03-05"),
        ("2024-03-05T10:00:00Z", "2024-03-05T10:00:00+00:00"),
        ("2024-03-05T10:00:00+02:00", "2024-03-05T10:00:00+02:00"),
        ("2024-03-05 10:00", "2024-03-05T10:00:00"),
        ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00+00:00"),
        (date(2024, 3, 5), "2024-03-05"),
        (datetime(2024, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=1))), "2024-03-05T09:30:00+01:00"),
    ],
)
def test_readable_dates_become_iso(value: object, expected: str) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    "value", [None, "", "yesterday", "2024-13-01", "12345", "0", "Mon, 99 Foo", "\x00", "5 March"]
)
def test_unreadable_dates_are_none(value: object) -> None:
    assert iso_date(value) is None


@given(st.one_of(st.text(max_size=40), st.integers(), st.none()))
def test_any_value_gives_none_or_an_iso_date(value: object) -> None:
    found = iso_date(value)
    if found is not None:
        assert datetime.fromisoformat(found).isoformat().startswith(found[:10])


@given(st.datetimes(timezones=st.none() | st.timezones()))
def test_a_datetime_round_trips(value: datetime) -> None:
    assert iso_date(value.isoformat()) == value.isoformat()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("The Brackwater Courier", "The Brackwater Courier"),
        ("  The  Brackwater\nCourier ", "The Brackwater Courier"),
        ("Radio Dunhaven 4", "Radio Dunhaven 4"),
        ("www.brackwatercourier.example", None),
        ("brackwater-courier.co.uk", None),
        ("www2.fenwick-post.example", None),
        ("", None),
        ("   ", None),
        (None, None),
        (42, None),
    ],
)
def test_outlet_names_leave_out_blanks_and_hostnames(value: object, expected: str | None) -> None:
    assert outlet_name(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("", None), (" \n\t", None), (" Orrin \n Pellow ", "Orrin Pellow"), (0, "0")],
)
def test_text_or_none(value: object, expected: str | None) -> None:
    assert text_or_none(value) == expected
