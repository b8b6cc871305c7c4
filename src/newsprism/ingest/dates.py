"""Publication dates and times, read once from whatever an input gives.

A manifest, a corpus record or a feed may give a date in any common form ("2023-03-07",
"March 7, 2023", "07/03/2023 09:30", "Tue, 07 Mar 2023 09:30:00 GMT"). Each is read by
python-dateutil, a numeric day and month in the order the `date_order` setting names
(a manifest written in the US is MDY), into ISO 8601: a date alone stays a date, a time
is kept to the minute or second given, with its zone when it has one. A date that cannot
be read, or lacks its year, is left empty with a warning naming what was given; a
numeric one that would read the other way too is kept with a warning saying how it was
read.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime

from newsprism.settings import DateOrder

_YEAR_FIRST = re.compile(r"^\d{4}[./-]")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})(?!\d)")
# Two defaults that differ in every field: a field the text does not give differs between
# the two readings, which is how a date alone is told from a midnight.
_DEFAULTS = (datetime(2000, 1, 1, 0, 0, 0), datetime(2001, 2, 2, 1, 1, 1))
# Zone abbreviations as English-language outlets print them, in hours from UTC (the US
# and European ones of the IANA database's abbreviations); another one is dropped, the
# time kept without a zone.
_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "WET": 0, "WEST": 1, "CET": 1, "CEST": 2, "EET": 2,
    "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Dated:
    """A date read: its ISO 8601 form (None when unreadable) and a warning, if any."""

    iso: str | None
    warning: str | None = None


def read_date(value: object, order: DateOrder = "DMY") -> Dated:
    """`value` (a string, date or datetime) as ISO 8601, with a warning when it could not
    be read or could be read another way."""
    if isinstance(value, datetime | date):
        return Dated(value.isoformat())
    text = " ".join(str(value).split()) if value is not None else ""
    if not text:
        return Dated(None)
    iso = _iso(text)
    if iso:
        return Dated(iso)
    if _YEAR_FIRST.match(text):  # 2024-13-01 is no date, not 13 January
        order = "YMD"
    first, second = (_parse(text, order, default) for default in _DEFAULTS)
    if first is None or second is None or first.date() != second.date():
        return Dated(None, f"date {text[:60]!r} cannot be read as a day, month and year; left empty")
    if first.hour != second.hour:  # no time given
        return Dated(first.date().isoformat(), _ambiguous(text, order, first))
    # a time to the hour ("9am") or the minute: what it does not give is zero
    minute = first.minute if first.minute == second.minute else 0
    second_ = first.second if first.second == second.second else None
    moment = first.replace(minute=minute, second=second_ or 0)
    iso = moment.isoformat(timespec="minutes" if second_ is None else "seconds")
    return Dated(iso, _ambiguous(text, order, first))


def _iso(text: str) -> str | None:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None


def _parse(text: str, order: DateOrder, default: datetime) -> datetime | None:
    from dateutil import parser

    with warnings.catch_warnings():  # an unknown zone name ("EST") is dropped, not fatal
        warnings.simplefilter("ignore")
        try:
            read: datetime = parser.parse(
                text,
                default=default,
                dayfirst=order == "DMY",
                yearfirst=order == "YMD",
                tzinfos={name: hours * 3600 for name, hours in _ZONES.items()},
            )
        except (ValueError, OverflowError):
            return None
    return read


def _ambiguous(text: str, order: DateOrder, read: datetime) -> str | None:
    """A warning when a numeric date reads as another valid date in the other order."""
    match = _NUMERIC.match(text)
    if not match:
        return None
    a, b = int(match.group(1)), int(match.group(2))
    if a == b or a > 12 or b > 12:
        return None
    return f"date {text[:60]!r} read as {read.day} {read:%B %Y} (setting date_order is {order})"
