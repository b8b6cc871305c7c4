"""Metadata values as the story document holds them: outlet names, text (dates: `ingest.dates`)."""

from __future__ import annotations

import re

from newsprism.model import UNKNOWN_OUTLET

_HOSTNAME = re.compile(r"^(www\d?\.)?[\w-]+(\.[\w-]+)+$", re.IGNORECASE)


def outlet_name(value: object) -> str | None:
    """An outlet name, or None for blanks and for bare hostnames, which name no outlet."""
    if not isinstance(value, str):
        return None
    name = " ".join(value.split())
    if not name or _HOSTNAME.match(name) or name.casefold().startswith(UNKNOWN_OUTLET):
        return None  # "unknown outlet (a2)" is the label of an article of none
    return name


def text_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
