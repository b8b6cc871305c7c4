"""The outlet, when an article names itself plainly.

Only self-references count, the phrasings newsrooms use of themselves: "X reached out
to ... for comment", "X could not independently verify ...", "© 2024 X". A name that
is merely mentioned ("he told X") is never taken, and when two names compete there is no
answer: the outlet is left unknown rather than guessed.
"""

from __future__ import annotations

import re
from collections import Counter

_NAME = r"(?P<name>(?:The )?[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,3})"
_SELF_REFERENCES = (
    re.compile(
        _NAME + r" (?:has |had )?(?:reached out to|contacted|emailed|asked|approached|"
        r"requested comment from)\b[^.]{0,150}?\bfor (?:a |further )?(?:comment|response)"
    ),
    re.compile(
        _NAME + r" (?:could not|cannot|can ?not|was unable to|has been unable to|"
        r"has not been able to) (?:independently )?(?:verify|confirm)\b"
    ),
    re.compile(r"(?:©|\([cC]\)|Copyright)\s*(?:\d{4}\s*)?" + _NAME),
)
# Words that begin such sentences without being a name.
_NOT_NAMES = {
    "He", "She", "They", "We", "I", "It", "This", "That", "The", "Officials", "Police",
    "Reporters", "Journalists", "A", "An", "Attempts", "Requests", "All", "Copyright",
}  # fmt: skip


def outlet_named_in(lines: list[str]) -> str | None:
    """The one name the text uses of itself as a newsroom, or None."""
    votes: Counter[str] = Counter()
    for line in lines:
        for pattern in _SELF_REFERENCES:
            for match in pattern.finditer(line):
                name = match.group("name").rstrip(".’'")
                if name not in _NOT_NAMES and not _sentence_word(line, match.start("name")):
                    votes[name] += 1
    if len(votes) != 1:
        return None
    return next(iter(votes))


def _sentence_word(line: str, start: int) -> bool:
    """True when the name is a capitalised common word opening a clause ("Staff", "Editors")."""
    word = line[start:].split(" ", 1)[0]
    return word.lower() in {"staff", "editors", "investigators", "authorities", "officials"}
