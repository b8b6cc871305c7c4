"""Names as compared across spellings: keys, transliteration skeletons, acronyms, titles.

A *key* folds case, accents, a leading "the" and a possessive ("The Tessel Group's" ->
"tessel group"). A *skeleton* keeps a name's consonants after folding the usual
romanisation variants of Slavic, Arabic and other names (Dmytro / Dmitry -> dmtr;
Kovalskyy / Kovalsky / Kovalskiy -> kvlsk; Mykhailo / Mikhail -> mhl; Serhiy / Sergei ->
srh), so spellings of one name meet while different names (John / Joan) stay apart.
"""

from __future__ import annotations

import re

from anyascii import anyascii

_POSSESSIVE = re.compile(r"['’]s?$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w\s&]")
_SPACES = re.compile(r"\s+")
# Romanisation variants folded before vowels are dropped: kh/h/g (Ukrainian h for
# Russian g), ph/f, w/v, ck/k/c/q, x/ks, j/y/i, doubled letters.
_FOLDS = (("kh", "h"), ("gh", "h"), ("g", "h"), ("ph", "f"), ("w", "v"), ("ck", "k"), ("q", "k"),
          ("x", "ks"), ("c", "k"), ("j", "y"), ("ts", "c"), ("tz", "c"))  # fmt: skip
_VOWELS = re.compile(r"[aeiouy]")
_LEADING_VOWEL = re.compile(r"^[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_ROLE_WINDOW = 4  # words before a name searched for a role word
_MIN_SKELETON = 3  # shorter skeletons (Yuri -> yr, Ira -> ir) say too little
# Romanised endings of one name: -iy, -yy, -yi, -ii, -ij, -y, -i (Yuriy / Yuri / Yury).
_ENDING = re.compile(r"(iy|yy|yi|ii|ij|y|i)$")

# Words that name a role when they stand before a person's name. Sources: the titles in
# the AP Stylebook's "titles" entry (with its local-government titles, and their British
# spellings) and the role words of OntoNotes' PERSON annotations.
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
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def key(name: str) -> str:
    """A name folded for comparison: accents, case, "the", possessive and punctuation."""
    name = _POSSESSIVE.sub("", _LEADING_THE.sub("", anyascii(name).strip()))
    return _SPACES.sub(" ", _NON_WORD.sub(" ", name)).strip().lower()


def skeleton(word: str) -> str:
    """The consonants of a romanised name, after folding its usual spelling variants."""
    text = key(word).replace(" ", "")
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", text[1:]).join([text[:1], ""]))


def same_name_word(a: str, b: str) -> bool:
    """Two spellings of one name word (surname or first name); a family name written with
    its particle apart or joined is one ("ter Haaf", "Terhaaf")."""
    ka, kb = key(a).replace(" ", ""), key(b).replace(" ", "")
    if ka == kb:
        return True
    ea, eb = _ENDING.sub("", ka), _ENDING.sub("", kb)
    if len(ea) >= _MIN_SKELETON and ea == eb:
        return True
    sa, sb = skeleton(a), skeleton(b)
    return len(sa) >= _MIN_SKELETON and sa == sb and ka[:1] == kb[:1]


def first_name_variant(a: str, b: str) -> bool:
    """First names that differ beyond spelling but are one name in two languages: the
    same skeleton once a leading vowel is set aside (Oleksandr / Aleksandr, Yevhen / Evgeny)."""
    sa, sb = (_LEADING_VOWEL.sub("", skeleton(x)) for x in (a, b))
    return len(sa) >= _MIN_SKELETON and sa == sb


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
