"""Small tests on text that more than one stage makes, defined once here."""

from __future__ import annotations

import re

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def title_case(text: str, share: float) -> bool:
    """At least `share` of the longer words (four letters or more) capitalised, as in a
    headline ("Fire Destroys Mill in Osk") or a work's title ("Salt Roads"), not as in a
    sentence with names ("Crews reached Osk by Friday")."""
    words = _LONG_WORD.findall(text)
    return bool(words) and sum(w[0].isupper() for w in words) >= share * len(words)
