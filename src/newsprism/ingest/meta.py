"""Metadata values as the story document holds them: ISO dates, outlet names."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_HOSTNAME = re.compile(r"^(www\d?\.)?[\w-]+(\.[\w-]+)+$", re.IGNORECASE)


def iso_date(value: object) -> str | None:
    """An ISO 8601 date or date-time from what metadata gives, or None when unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def outlet_name(value: object) -> str | None:
    """An outlet name, or None for blanks and for bare hostnames, which name no outlet."""
    if not isinstance(value, str):
        return None
    name = " ".join(value.split())
    if not name or _HOSTNAME.match(name):
        return None
    return name


def text_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
