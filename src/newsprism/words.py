"""Text helpers shared by the stages above: `read/`, `compare/` and `corpus/` import them,
and this module imports nothing of newsprism, so none depends on another."""

from __future__ import annotations

import re

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)(?<!\n)\b[A-Z][\w'’-]{2,}")
# Capitalised words that are not names: sentence openers inside quotes, weekdays, titles.
_NOT_NAMES = frozenset(
    """The This That These Those They There Their Then But And For With When Where What Which Who
    After Before According While His Her She Its Some One Two Three Many Most Mr Mrs Ms Dr
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()  # noqa: SIM905 - a word list reads better as text
)

# Function words, which tell no point or name from another: the closed classes of English
# (articles, pronouns, auxiliaries, prepositions, conjunctions), after spaCy's English stop list.
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those some any each every no i you he she it we they me him her us
    them my your his its our their is are was were be been being am do does did have has had
    will would shall should can could may might must of in on at by for with from to into onto
    over under about after before between through during and or but if so as than then there
    here who whom whose which what when where why how also just very too
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def names_of(text: str) -> frozenset[str]:
    """The capitalised words inside sentences of a text: a cheap, language-model-free stand-in
    for its named people, places and organisations."""
    return frozenset(w for w in _NAME.findall(text) if w not in _NOT_NAMES)


def title_case(text: str, share: float) -> bool:
    """At least `share` of the longer words (four letters or more) capitalised, as in a
    headline ("Fire Destroys Mill in Osk") or a work's title ("Salt Roads"), not as in a
    sentence with names ("Crews reached Osk by Friday")."""
    words = _LONG_WORD.findall(text)
    return bool(words) and sum(w[0].isupper() for w in words) >= share * len(words)


def same_words(a: str, b: str) -> bool:
    """Whether two texts are of the same words, case and spacing aside (a copy's sentence)."""
    return a.lower().split() == b.lower().split()


def head_phrase(phrase: str) -> str:
    """A noun phrase up to its head, without a phrase or clause after it ("the ban on its
    wind farm": "the ban"; "Dane's appeal against the fine": "Dane's appeal")."""
    return _AFTER_HEAD.split(phrase, maxsplit=1)[0]


_AFTER_HEAD = re.compile(
    r"\s+(?:of|for|to|in|on|at|from|with|by|over|under|against|near|who|which|that)\s+|,", re.IGNORECASE
)


def stem(word: str) -> str:
    """A word in lower case without an ending of inflection ("warned", "warnings": "warn"),
    where at least four letters are left."""
    word = word.lower()
    bare = _INFLECTION.sub("", word)
    return bare if len(bare) >= 4 else word


_INFLECTION = re.compile(r"(?:ings?|ed|es|s)$")
