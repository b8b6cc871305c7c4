"""The exception hierarchy: everything newsprism raises is a NewsprismError, and carries what it says."""

from __future__ import annotations

import re

import pytest

from newsprism.errors import (
    DocumentError,
    InputError,
    MissingExtra,
    NewsprismError,
    NoUsableInput,
    SettingsError,
    StoreError,
)
from newsprism.model import InputReport


@pytest.mark.parametrize(
    "error",
    [
        InputError("binary file"),
        NoUsableInput("no input gave an article", []),
        SettingsError("unknown setting 'colour'"),
        DocumentError("not JSON"),
        StoreError("written by a newer newsprism"),
        MissingExtra("pip install newsprism[ray]"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_every_error_is_a_newsprism_error_with_its_message(error: NewsprismError) -> None:
    assert isinstance(error, NewsprismError)
    assert not isinstance(error, (KeyError, ValueError, OSError))
    with pytest.raises(NewsprismError, match=re.escape(str(error))):
        raise error


def test_an_input_error_keeps_its_reason() -> None:
    error = InputError("no article text found in the page")
    assert (error.reason, str(error)) == ("no article text found in the page", error.reason)


def test_no_usable_input_carries_every_report() -> None:
    reports = [
        InputReport(input="brackwater.txt", status="skipped", reason="empty file"),
        InputReport(input="https://tarrow.invalid/x", status="failed", reason="unreachable"),
    ]
    error = NoUsableInput("no input gave an article", reports)
    assert (str(error), error.reports) == ("no input gave an article", reports)


@pytest.mark.parametrize(
    ("error", "other"),
    [(InputError("x"), SettingsError), (SettingsError("x"), DocumentError), (StoreError("x"), MissingExtra)],
)
def test_the_kinds_are_distinct(error: NewsprismError, other: type[NewsprismError]) -> None:
    assert not isinstance(error, other)
