"""Numbers in a claim, with their value and unit: "65%", "five percent", "$4.5 million",
"70km", "seven months", "Fourteen people", "1987".

The unit is a percent sign, a currency, a measure, a duration, or the noun counted
("people", "workers"), so that two claims can be compared quantity by quantity; nouns
that count people as such ("residents", "inhabitants", "people") are one unit, "people".
A four-digit number from 1800 to 2100 standing alone is a year.
"""

from __future__ import annotations

import re

from newsprism.model import Number

_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3}
_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB"}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "hryvnia": "UAH",
    "rouble": "RUB",
    "ruble": "RUB",
    "yen": "JPY",
}
_UNITS = {
    "%": "%", "percent": "%", "per cent": "%", "percentage points": "percentage points",
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "mile", "metre": "m", "meter": "m",
    "kg": "kg", "tonne": "tonne", "ton": "tonne",
    "year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour", "minute": "minute",
}  # fmt: skip
_NUMBER_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_PATTERN = re.compile(
    r"(?<![\w.,])(?P<currency>[$€£¥₴₽])?\s?"
    rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|m|k)\b)?"
    r"(?:[ -]?(?P<unit>%|per ?cent|percentage points|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|kg|tonnes?|tons?"
    r"|years?|months?|weeks?|days?|hours?|minutes?|dollars?|euros?|pounds?|hryvnias?|roubles?|rubles?|yen"
    r"|(?:[a-z]+(?=\b)))?)?",
    re.IGNORECASE,
)
# A participle between a number and the noun it counts ("40 stranded hikers"), in lower case.
_MODIFIED = re.compile(r"[ -](?P<modifier>[a-z]+(?:ed|ing)) (?P<noun>[a-z]+)\b")
# Prepositions that end like participles: "in 1987 during riots" counts no riots.
_NOT_MODIFIERS = {"during", "including", "following", "according", "regarding", "concerning", "excluding",
                  "considering", "pending", "barring", "involving", "exceeding", "totalling", "totaling",
                  "compared", "notwithstanding"}  # fmt: skip
_NOT_COUNTED = {"of", "and", "or", "to", "in", "on", "at", "the", "a", "an", "for", "from", "by", "with", "than",
                "times", "as", "after", "before", "more", "less", "is", "was", "were", "are", "had", "has", "have"}  # fmt: skip


def find_numbers(text: str) -> list[Number]:
    out = []
    for m in _PATTERN.finditer(text):
        value = _value(m.group("number"))
        if value is None:
            continue
        value *= _SCALES.get((m.group("scale") or "").lower(), 1)
        unit, from_word = _unit(m.group("currency"), m.group("unit"), m.group("number"), value)
        end = m.end("unit") if from_word else m.end("scale") if m.group("scale") else m.end("number")
        if unit is None and (modified := _modified_count(text, end)):
            unit, end = modified
        if m.group("number").lower() == "one" and unit is None and not m.group("scale"):
            continue  # "one of", "no one": a pronoun, not a quantity
        out.append(Number(text=text[m.start() : end].strip(), value=value, unit=unit))
    return out


def _value(number: str) -> float | None:
    if number[0].isdigit():
        return float(number.replace(",", ""))
    parts = re.split(r"[- ]", number.lower())
    if len(parts) == 1:
        return float(_WORDS[parts[0]])
    tens, ones = _WORDS[parts[0]], _WORDS[parts[1]]
    return float(tens + ones) if tens >= 20 and ones < 10 else None


_COLLECTIVES = {"people", "children", "men", "women", "police", "staff", "personnel", "troops", "cattle"}
# Nouns by which news counts people as such, not by a role they hold: one quantity, "people".
_PEOPLE = {"people", "persons", "residents", "inhabitants", "citizens", "individuals", "villagers", "locals"}


def _plural_noun(word: str) -> bool:
    return word.isalpha() and (
        word in _COLLECTIVES or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
    )


def _modified_count(text: str, at: int) -> tuple[str, int] | None:
    """The noun counted after a participle that follows the number at `at`, and where it ends."""
    m = _MODIFIED.match(text, at)
    if m is None or m.group("modifier") in _NOT_MODIFIERS:
        return None
    noun = m.group("noun")
    if noun in _NOT_COUNTED or not _plural_noun(noun):
        return None
    return ("people" if noun in _PEOPLE else noun), m.end()


def _unit(currency: str | None, unit: str | None, number: str, value: float) -> tuple[str | None, bool]:
    """The unit, and whether the word after the number is part of it."""
    word = (unit or "").lower()
    singular = word[:-1] if word.endswith("s") and word[:-1] in _UNITS | _CURRENCY_WORDS else word
    if singular.replace(" ", "") in ("percent", "%"):
        return "%", True
    if singular in _UNITS:
        return _UNITS[singular], True
    if singular in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[singular], True
    if currency:
        return _CURRENCIES[currency], False
    if not word and number.isdigit() and len(number) == 4 and 1800 <= value <= 2100:
        return "year-date", False
    if word and word not in _NOT_COUNTED and unit == word and _plural_noun(word):
        counted = "people" if word in _PEOPLE else word
        return counted, True  # the noun counted ("14 people"), lower case: not "four Ukrainian ..."
    return None, False
