"""Names as compared across spellings: keys, romanisations, acronyms, titles.

A *key* folds case, accents, a leading "the" and a possessive ("The Tessel Group's" ->
"tessel group"). Spellings of one name word meet when their keys are equal or they are
romanisations of one name by the table of `romanisation.py` (Dmytro / Dmitry, Kovalskyy /
Kovalsky / Kovalskiy, Hrytsenko / Gritsenko, Serhiy / Sergei), while different names
(John / Joan) stay apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from newsprism.read.romanisation import readings

_POSSESSIVE = re.compile(r"['’]s?$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w\s&]")
_SPACES = re.compile(r"\s+")
_ROLE_WINDOW = 4  # words before a name searched for a role word
_CACHED_WORDS = 65_536  # name words whose keys are kept: memory bounded on a corpus

# Words that name a role when they stand before a person's name. Sources: the titles in
# the AP Stylebook's "titles" entry (with its local-government titles, and their British
# spellings), the role words of OntoNotes' PERSON annotations, and the positions and
# officials sports reports put before a player's name ("Striker Tomas Verhoek"; the Laws of
# the Game's and other codes' positions).
ROLE_WORDS = frozenset(
    """
    president vice-president premier chancellor minister secretary general gen lieutenant lt
    colonel col major maj captain capt admiral adm commander commander-in-chief marshal
    sergeant sgt mayor governor gov senator sen representative rep congressman congresswoman
    speaker judge justice prosecutor attorney sheriff chief commissioner director ceo chairman chairwoman
    chair spokesperson spokesman spokeswoman ambassador envoy king queen prince princess pope
    cardinal bishop archbishop rabbi imam sheikh emir sultan ayatollah professor prof dr coach
    manager founder leader engineer inspector officer detective analyst economist lawyer
    councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman
    magistrate coroner constable superintendent executive researcher scientist editor correspondent
    striker forward midfielder defender goalkeeper goalie keeper winger fullback full-back skipper
    referee umpire batsman batter bowler pitcher quarterback jockey
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def key(name: str) -> str:
    """A name folded for comparison: accents, case, "the", possessive and punctuation."""
    name = _POSSESSIVE.sub("", _LEADING_THE.sub("", anyascii(name).strip()))
    return _SPACES.sub(" ", _NON_WORD.sub(" ", name)).strip().lower()


def same_name_word(a: str, b: str) -> bool:
    """Two spellings of one name word (surname or first name); a family name written with
    its particle apart or joined is one ("ter Haaf", "Terhaaf")."""
    return bool(name_word_keys(a) & name_word_keys(b))


@lru_cache(maxsize=_CACHED_WORDS)
def name_word_keys(word: str) -> frozenset[str]:
    """What a name word is compared by: its folded spelling, and its readings as a
    romanisation (`romanisation.readings`); two words share one exactly when they are
    spellings of one name, so the keys can also index words."""
    spelling = _POSSESSIVE.sub("", word.strip()).replace(" ", "")
    return frozenset({"=" + key(word).replace(" ", ""), *readings(spelling)})


def initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def acronym_expansion(words: list[str], acronym: str) -> list[str] | None:
    """The shortest tail of `words` whose capitalised initials spell `acronym`, if any."""
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if tail[0][:1].isupper() and initials(tail).upper() == acronym.upper():
            return tail
    return None


def roles_before(text: str, start: int) -> set[str]:
    """The role words ("President", "General") in the few words before a name."""
    before = text[max(0, start - 60) : start].split()[-_ROLE_WINDOW:]
    return {w.lower().strip(".,") for w in before if w.lower().strip(".,") in ROLE_WORDS}
