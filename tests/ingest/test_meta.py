"""Metadata values as the story document holds them: outlet names, plain text."""

from __future__ import annotations

import pytest

from newsprism.ingest.meta import outlet_name, text_or_none


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("The Brackwater Courier", "The Brackwater Courier"),
        ("  The  Brackwater\nCourier ", "The Brackwater Courier"),
        ("Radio Dunhaven 4", "Radio Dunhaven 4"),
        ("www.brackwatercourier.example", None),
        ("brackwater-courier.co.uk", None),
        ("www2.fenwick-post.example", None),
        ("unknown outlet (a2)", None),
        ("Unknown Outlet (a1)", None),
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
