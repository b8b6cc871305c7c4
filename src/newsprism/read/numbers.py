"""Numbers in a claim, with their value and unit: "65%", "five percent", "$4.5 million",
"EUR 12 million", "40 million euros", "70km", "seven months", "Fourteen people", "1987".

The unit is a percent sign, percentage points, a currency (its ISO 4217 code, from a sign
or a code before the number, "A$" and "US$" among them, or a name or code after it, "6
million kroner", "3 million Swiss francs"; "lakh" and "crore" are scales), a measure, a duration, or the
noun counted ("people", "workers"), so that two claims can be compared quantity by
quantity; nouns that count people as such ("residents", "inhabitants", "people") are one
unit, "people", and so is a count named by what befell people ("14 hurt", "three dead"),
with that as its measure (`read/measures.py` reads the measure of the others from the
parse: two figures are of one quantity when unit and measure agree, `same_quantity`).
A four-digit number from 1800 to 2100 standing alone is a year; a plural number word
("dozens", "hundreds") is no figure.

A figure may be qualified by the words before it (`QUALIFIERS`: "at least 12" is 12 or
more, "up to 12" at most 12, "about 12" near 12; "over" before a duration is a period,
"fell over 18 months", except after a word of how long, "for over 18 months") or be a
range ("10 to 12", "10-12", "between 10 and 12": `value` 10, `high` 12). A comparison by
a multiple ("twice as likely") is the increase in percent it stands for. Each number is a
span of the article's text.
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
# Scales after a figure; "lakh" and "crore" are the Indian system's hundred thousand and ten
# million ("Rs 50 crore").
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3,
    "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
# Signs before a figure and the ISO 4217 code of their currency ("Rs" is the rupee's written sign).
_CURRENCIES = {
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₹": "INR", "₩": "KRW", "₺": "TRY",
    "₪": "ILS", "₦": "NGN", "₱": "PHP", "Rs": "INR", "Rs.": "INR",
}  # fmt: skip
_SIGNS = "".join(sign for sign in _CURRENCIES if len(sign) == 1)
# The letters of a country written before "$" ("A$12 million", "US$40 million", "R$2 billion"),
# as the Reuters and AP styles write other dollars and Brazil's real.
_PREFIXED = {
    "US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD", "HK": "HKD", "S": "SGD",
    "SG": "SGD", "NT": "TWD", "R": "BRL",
}  # fmt: skip
_PREFIX = "|".join(sorted(_PREFIXED, key=len, reverse=True))
# ISO 4217 codes written beside a figure ("EUR 12 million", "12m GBP"): the currencies above
# and the other most traded ones (BIS Triennial Survey 2022).
_CODES = frozenset({
    "USD", "EUR", "GBP", "JPY", "UAH", "RUB", "CHF", "CAD", "AUD", "CNY", "HKD", "SEK", "NOK", "INR", "KRW",
    "SGD", "NZD", "MXN", "PLN", "ZAR", "TRY", "BRL", "DKK", "TWD", "ILS", "HUF", "CZK", "THB", "MYR", "IDR",
    "NGN", "SAR", "AED", "PKR", "PHP", "EGP",
})  # fmt: skip
_CODE = "|".join(sorted(_CODES))
# Words before a figure that say what it bounds, by the comparison they stand for. After
# the approximators and bounding expressions of Solt (2015) and Nouwen (2010), in their
# common news wordings; "nearly" and "almost" put a figure as close, not as a bound.
QUALIFIERS = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least", "a minimum of": "at least",
    "more than": "more than", "over": "more than", "upwards of": "more than", "in excess of": "more than",
    "at most": "at most", "up to": "at most", "no more than": "at most", "a maximum of": "at most",
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "nearly": "about",
    "almost": "about", "some": "about", "an estimated": "about", "close to": "about",
}  # fmt: skip
_QUALIFIER = re.compile(
    rf"(?:^|\W)({'|'.join(sorted(QUALIFIERS, key=len, reverse=True))})\s+$", re.IGNORECASE
)
# The words before a period a fact is measured over, which dates nothing and measures
# nothing that happened: "since records began in 1884", "the first strike in more than 30
# years", "the smallest crowd for a decade".
MEASURED_OVER = re.compile(
    r"(?:\bsince(?: \w+){0,3}|\b(?:first|last|only|best|worst|most|least|highest|lowest|biggest|largest|smallest"
    r"|longest|shortest|strongest|weakest|hottest|coldest|wettest|warmest|fastest|slowest|greatest|\w+iest)\b"
    r"(?: [\w'-]+){0,6} (?:in|for))"
    r"(?: (?:more than|over|almost|nearly|about|some))? $",
    re.IGNORECASE,
)
# A score or a tally, two figures joined by a dash, the first not below the second ("beat
# Dunloe 3-1", "drew 1-1", "passed 212-190"): a result, no quantity (a range rises: "10-12").
TALLY = re.compile(r"(?<![\w.,])(\d{1,3})[-–](\d{1,3})(?![\w.,]\d)")
# Between the two figures of a range: "10 to 12", "10-12", "10–12", "between 10 and 12".
_RANGE = re.compile(r"\s?(?:-|–|to)\s?$|\s(?:and)\s$")
# Currency names after a figure, singular or plural ("40 million euros", "6 million kroner"):
# each the ISO 4217 code of the most traded currency of that name (BIS Triennial Survey
# 2022), unless a nation's adjective before it names another (`_NATIONS`).
_CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "hryvnia": "UAH", "rouble": "RUB", "ruble": "RUB",
    "yen": "JPY", "franc": "CHF", "krone": "NOK", "kroner": "NOK", "krona": "SEK", "kronor": "SEK",
    "rupee": "INR", "yuan": "CNY", "renminbi": "CNY", "zloty": "PLN", "zlotych": "PLN", "rand": "ZAR",
    "peso": "MXN", "reais": "BRL", "lira": "TRY", "lire": "TRY", "shekel": "ILS", "forint": "HUF",
    "koruna": "CZK", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "naira": "NGN", "riyal": "SAR",
    "dirham": "AED", "won": "KRW",
}  # fmt: skip
# A currency name that is also a common word reads as money only after a scale or a nation
# ("2.5 trillion won", "South Korean won"; not "the 12 won by Labour").
_AMBIGUOUS_CURRENCY = frozenset({"won"})
# The adjectives of the nations whose currency shares its name with another's, and that
# currency ("Canadian dollars", "Danish kroner", "Swiss francs").
_NATIONS = {
    "US": "USD", "U.S.": "USD", "American": "USD", "Canadian": "CAD", "Australian": "AUD", "New Zealand": "NZD",
    "Hong Kong": "HKD", "Singapore": "SGD", "Taiwan": "TWD", "Swiss": "CHF", "Norwegian": "NOK", "Danish": "DKK",
    "Swedish": "SEK", "Indian": "INR", "Pakistani": "PKR", "Mexican": "MXN", "Philippine": "PHP",
    "Egyptian": "EGP", "South African": "ZAR", "Brazilian": "BRL", "Chinese": "CNY", "Turkish": "TRY",
    "Polish": "PLN", "South Korean": "KRW", "Korean": "KRW", "Japanese": "JPY", "Russian": "RUB",
}  # fmt: skip
_NATION = "|".join(re.escape(n) for n in sorted(_NATIONS, key=len, reverse=True))
_CURRENCY_NAME = "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True))
_UNITS = {
    "%": "%", "percent": "%", "per cent": "%", "percentage point": "percentage points",
    "percentage points": "percentage points",
    "km": "km", "kilometre": "km", "kilometer": "km", "mile": "mile", "metre": "m", "meter": "m",
    "cm": "cm", "centimetre": "cm", "centimeter": "cm", "mm": "mm", "millimetre": "mm", "millimeter": "mm",
    "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "mph": "mph",
    "°c": "°C", "° c": "°C", "degrees celsius": "°C", "degree celsius": "°C", "degrees centigrade": "°C",
    "°f": "°F", "° f": "°F", "degrees fahrenheit": "°F", "degree fahrenheit": "°F",
    "kg": "kg", "tonne": "tonne", "ton": "tonne",
    "year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour", "minute": "minute",
    "magnitude": "magnitude",
}  # fmt: skip
# A price of one thing after a sum: "$12 a share", "$80 per barrel", "£11 an hour".
_PER = re.compile(
    r"[ -](?:a|an|per)[ -](share|barrel|tonne|ton|litre|liter|gallon|kilo|kilogram|hour|day|week|month|"
    r"year|night|person|head|ticket|unit)\b",
    re.IGNORECASE,
)
# the units of `_UNITS` that measure
_MEASURED = frozenset({"km", "mile", "m", "cm", "mm", "kg", "tonne", "magnitude", "km/h", "mph", "°C", "°F"})
# Units compared in another (`in_common_unit`): each as (that unit, factor, offset), by the
# SI and NIST definitions (a mile 1.609344 km, °C = (°F - 32) × 5/9).
_CONVERTED = {
    "mile": ("km", 1.609344, 0.0), "m": ("km", 1e-3, 0.0), "cm": ("km", 1e-5, 0.0), "mm": ("km", 1e-6, 0.0),
    "mph": ("km/h", 1.609344, 0.0), "°F": ("°C", 5 / 9, -32 * 5 / 9),
}  # fmt: skip
# A temperature's letter written right after its figure, as weather reports write it: "41.2C".
_DEGREES_GLUED = re.compile(r"(?-i:[CF])(?![\w°])")
# A magnitude written before its figure ("a magnitude 6.1 earthquake", "a magnitude of 6.1").
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?: of)?[ -]$", re.IGNORECASE)
# What makes digits no quantity: an ordinal ("12th-century"), a time of day ("3:12 a.m.", "at 7 p.m.").
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r":\d\d|\s?[ap]\.?m\b\.?", re.IGNORECASE)
_NUMBER_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_PATTERN = re.compile(
    rf"(?<![\w.,])(?:(?P<code>(?-i:{_CODE}|Rs\.?))\s?)?(?:(?P<prefix>(?-i:{_PREFIX}))(?=\$))?(?P<currency>[{_SIGNS}])?\s?"
    rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{_NUMBER_WORD})\b(?:[- ](?:{_NUMBER_WORD})\b)?)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|m|k|lakh|crore)\b)?"
    rf"(?:\s(?P<nation>(?-i:{_NATION}))(?=\s(?:{_CURRENCY_NAME})s?\b))?"
    r"(?:[ -]?(?P<unit>%|percentage points?|per ?cent\b|km/h\b|kph\b|kmh\b|mph\b|km|kilomet(?:re|er)s?|miles?"
    r"|° ?[cf]\b|degrees? (?:celsius|centigrade|fahrenheit)\b|(?:centi|milli)met(?:re|er)s?|cm\b|mm\b"
    r"|met(?:re|er)s?|kg|tonnes?|tons?"
    rf"|years?|months?|weeks?|days?|hours?|minutes?|dollars?|euros?|pounds?|hryvnias?|roubles?|rubles?|yen|(?-i:{_CODE})"
    r"|(?:[a-z]+(?=\b)))?)?",
    re.IGNORECASE,
)
# A participle between a number and the noun it counts ("40 stranded hikers"), in lower case.
_MODIFIED = re.compile(r"[ -](?P<modifier>[a-z]+) (?P<noun>[a-z]+)\b")
# Prepositions that end like participles: "in 1987 during riots" counts no riots.
_NOT_MODIFIERS = {"during", "including", "following", "according", "regarding", "concerning", "excluding",
                  "considering", "pending", "barring", "involving", "exceeding", "totalling", "totaling",
                  "compared", "notwithstanding"}  # fmt: skip
_NOT_COUNTED = {"of", "and", "or", "to", "in", "on", "at", "the", "a", "an", "for", "from", "by", "with", "than",
                "times", "as", "after", "before", "more", "less", "is", "was", "were", "are", "had", "has", "have"}  # fmt: skip


def find_numbers(text: str, offset: int = 0) -> list[Number]:
    """The numbers of `text`, which starts at `offset` of its article: spans of the article."""
    out: list[tuple[Number, int, int]] = []  # each number and its span in `text`
    results = [t.span() for t in TALLY.finditer(text) if int(t.group(1)) >= int(t.group(2))]
    for m in _PATTERN.finditer(text):
        value = _value(m.group("number"))
        if value is None or any(s <= m.start("number") < e for s, e in results):
            continue
        value *= _SCALES.get((m.group("scale") or "").lower(), 1)
        digits = m.group("number")[0].isdigit()
        if digits and _not_a_quantity(text, m.start("number"), m.end("number")):
            continue
        measure = None
        word = m.group("unit")
        if (word or "").lower() in _AMBIGUOUS_CURRENCY and not (m.group("scale") or m.group("nation")):
            word = None
        unit, from_word = _unit(_currency(m), word, m.group("number"), value)
        end = m.end("unit") if from_word else m.end("scale") if m.group("scale") else m.end("number")
        if unit is None and not m.group("scale") and (glued := _DEGREES_GLUED.match(text, m.end("number"))):
            unit, end = ("°C" if glued.group() == "C" else "°F"), glued.end()  # "41.2C"
        if unit in _CODES and (per := _PER.match(text, end)):  # "$12 a share": a price of one
            unit, end = f"{unit}/{per.group(1).lower()}", per.end()
        if unit is None and (modified := _modified_count(text, end)):
            unit, end = modified
        elif unit is None and digits and (compound := _compound_count(text, m)):  # "a 40-turbine wind farm"
            unit, end = compound
        elif unit is None and m.group("unit") in _CASUALTIES:  # "14 hurt", "three dead"; lower case
            unit, measure, end = "people", _CASUALTIES[m.group("unit")], m.end("unit")
        if (
            digits
            and unit is None
            and _MAGNITUDE_BEFORE.search(text[max(0, m.start("number") - 14) : m.start("number")])
        ):
            unit = "magnitude"
        if m.group("number").lower() == "one" and unit is None and not m.group("scale"):
            continue  # "one of", "no one": a pronoun, not a quantity
        if m.group("unit") == "s" and not digits:
            continue  # "dozens", "hundreds": no figure
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = start + len(text[start:end].rstrip())
        found = Number(
            text=text[start:end],
            value=value,
            unit=unit,
            measure=measure,
            start=offset + start,
            end=offset + end,
        )
        if out and (joined := _range(text, out[-1], (found, start, end))):
            out[-1] = joined
            continue
        qualifier = _QUALIFIER.search(text[max(0, start - 20) : start])
        if qualifier and not _period(qualifier, found):
            found = found.model_copy(update={"qualifier": QUALIFIERS[qualifier.group(1).lower()]})
        out.append((found, start, end))
    written = _multiples(text, offset) + _points(text, offset)
    out = [n for n in out if not any(s <= n[1] < e for _, s, e in written)]  # "three" of "three times as"
    return [number for number, _, _ in sorted(out + written + _none_of(text, offset), key=lambda n: n[1])]


def _none_of(text: str, offset: int) -> list[Placed]:
    """A count of casualties that is none (`_NONE_OF`) as the figure 0 of people, so that it
    meets "two drivers were hurt"."""
    found = []
    for m in _NONE_OF.finditer(text):
        measure = _NONE_COUNTED[(m.group("noun") or m.group("verb")).lower()]
        start, end = m.span()
        number = Number(
            text=m.group(), value=0.0, unit="people", measure=measure, start=offset + start, end=offset + end
        )
        found.append((number, start, end))
    return found


def _not_a_quantity(text: str, start: int, end: int) -> bool:
    """Digits of an ordinal or of a time of day."""
    return bool(
        _ORDINAL_AFTER.match(text, end)
        or _CLOCK_AFTER.match(text, end)
        or text[max(0, start - 1) : start] == ":"
    )


def _multiples(text: str, offset: int) -> list[Placed]:
    """A comparison by a multiple, "twice as likely", "three times as many", as the increase
    in percent it stands for (100, 200), so that it meets "30 percent more likely"."""
    found = []
    for m in _MULTIPLE.finditer(text):
        start, end = m.span(1)
        value = _MULTIPLES[m.group(1).lower()]
        found.append(
            (
                Number(text=m.group(1), value=value, unit="%", start=offset + start, end=offset + end),
                start,
                end,
            )
        )
    return found


def _points(text: str, offset: int) -> list[Placed]:
    """A change of a rate written as a fraction of a percentage point or in basis points
    ("a quarter of a percentage point", "25 basis points"), in percentage
    points, so that "a quarter of a percentage point" meets "25 basis points"."""
    found = []
    for m in _POINTS.finditer(text):
        if m.group("basis"):
            value = float(m.group("basis").replace(",", "")) / 100
        else:
            value = _FRACTIONS[" ".join(m.group("fraction").lower().split())]
        start, end = m.span()
        number = Number(
            text=m.group(), value=value, unit="percentage points", start=offset + start, end=offset + end
        )
        found.append((number, start, end))
    return found


# Fractions of a percentage point, as news writes a change of an interest rate.
_FRACTIONS = {"a quarter of a": 0.25, "one quarter of a": 0.25, "half a": 0.5, "three quarters of a": 0.75}
_POINTS = re.compile(
    rf"\b(?:(?P<fraction>{'|'.join(_FRACTIONS)})\s+percentage[- ]point"
    r"|(?P<basis>\d{1,3}(?:,\d{3})*)\s+basis[- ]points?)\b",
    re.IGNORECASE,
)


# The increase in percent each multiple stands for ("twice as likely" is 100 percent more).
_MULTIPLES = {"twice": 100.0, "three times": 200.0, "four times": 300.0, "five times": 400.0, "half": -50.0}
_MULTIPLE = re.compile(
    rf"\b({'|'.join(_MULTIPLES)}) as (?:likely|many|much|high|large|often|common|big)\b", re.IGNORECASE
)


Placed = tuple[Number, int, int]

DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute"})
# Each unit of time in days (a month the twelfth of the mean Gregorian year of 365.25
# days), or how many make a day: lengths of time compared in one unit (`in_common_unit`).
_DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}
_PER_DAY = {"hour": 24, "minute": 1440}
# Words after which "over" and a duration is how long ("for over 18 months", "it took over
# three hours", "in over a decade"): a length of time more than the figure.
_LASTING = re.compile(r"\b(?:for|in|after|took|take|takes|taking|lasted|lasts|lasting|spent|spend|spending)\s+$",
                      re.IGNORECASE)  # fmt: skip


def _period(qualifier: re.Match[str], number: Number) -> bool:
    """Whether "over" before a duration says when rather than how much: "declined over 18
    months" is a period of 18 months, "for over 18 months" more than 18 (`_LASTING`)."""
    if qualifier.group(1).lower() != "over" or number.unit not in DURATIONS:
        return False
    return not _LASTING.search(qualifier.string[: qualifier.start(1)])


def _range(text: str, low: Placed, high: Placed) -> Placed | None:
    """The two figures as one range ("10 to 12 people"), when only a range word parts them
    and they measure one thing (the first has no unit of its own, or the second's)."""
    (first, start, first_end), (second, second_start, end) = low, high
    between = text[first_end:second_start]
    bounded = between.strip() != "and" or text[:start].rstrip().lower().endswith("between")
    if not (_RANGE.search(between) and len(between) <= 5 and bounded and first.unit in (None, second.unit)):
        return None
    if first.value >= second.value or first.qualifier:
        return None
    update = {"text": text[start:end], "end": second.end, "unit": second.unit, "high": second.value}
    return first.model_copy(update=update), start, end


def whole_of_a_part(text: str, start: int) -> bool:
    """Whether the figure at `start` of `text` is the whole a part is counted of ("300 of the
    900 jobs", "Ten of the 12 aid workers"): what is said of it is said of the part."""
    before = _WHOLE.search(text[max(0, start - 24) : start])
    return before is not None and small_number(before["part"].replace(",", "")) is not None


_WHOLE = re.compile(r"\b(?P<part>[\w,.]+)\s+of\s+(?:(?:the|its|their)\s+)?$")


def small_number(word: str) -> float | None:
    """The value of a word that is a figure or a number word ("12", "ten"), or none."""
    return _value(word) if word.isdigit() or word.lower() in _WORDS else None


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
# A count of people named by what befell them, standing for the noun ("14 hurt"): people,
# each kind its own measure (`read/measures.toml`), so that "3 dead" and "12 injured" are
# not two figures for one quantity.
_CASUALTIES = {"dead": "deaths", "killed": "deaths", "injured": "injuries", "hurt": "injuries",
               "wounded": "injuries", "missing": "missing"}  # fmt: skip
_PEOPLE = {"people", "persons", "residents", "inhabitants", "citizens", "individuals", "villagers", "locals"}
# A count of casualties that is none: "no injuries", "no one was hurt", "nobody died", "no one
# else is missing"; what it counts is the casualty noun's or the verb's measure.
_NONE_COUNTED = {"injuries": "injuries", "casualties": "injuries", "deaths": "deaths", "fatalities": "deaths",
                 "hurt": "injuries", "injured": "injuries", "wounded": "injuries", "harmed": "injuries",
                 "killed": "deaths", "died": "deaths", "dead": "deaths", "missing": "missing"}  # fmt: skip
_NONE_OF = re.compile(
    r"\bno (?P<noun>injuries|casualties|deaths|fatalities)\b"
    r"|\b(?:no one|nobody)\b(?=(?: \w+){0,5}? (?P<verb>hurt|injured|wounded|harmed|killed|died|dead|missing)\b)",
    re.IGNORECASE,
)


def _plural_noun(word: str) -> bool:
    return word.isalpha() and (
        word in _COLLECTIVES or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
    )


def _compound_count(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The things counted by a figure joined to a singular noun before another word, as a
    compound that describes it ("a 40-turbine wind farm", "a 300-bed hospital"): the noun's
    plural, and where it ends; not an adjective ("a 40-strong crowd", "20-odd")."""
    word = m.group("unit") or ""
    if not (word.isalpha() and word.islower() and text[m.end("number") : m.start("unit")] == "-"):
        return None
    if word in _NOT_COUNTED or word in _NOT_COMPOUND_NOUNS or word.endswith("s"):
        return None
    return (
        (word + "s", m.end("unit")) if re.match(r" [a-z]", text[m.end("unit") : m.end("unit") + 2]) else None
    )


# Words joined to a figure that describe, not count: "a 40-strong crowd", "20-odd", "a 10-fold rise".
_NOT_COMPOUND_NOUNS = {
    "strong",
    "odd",
    "plus",
    "fold",
    "something",
    "old",
    "long",
    "wide",
    "high",
    "deep",
    "tall",
}


def _modified_count(text: str, at: int) -> tuple[str, int] | None:
    """The noun counted after a word that follows the number at `at` and describes it, a
    participle, an adjective or a noun of a compound ("40 stranded hikers", "three new
    cases", "12 aid workers"), and where it ends."""
    m = _MODIFIED.match(text, at)
    modifier = m.group("modifier") if m else ""
    if m is None or modifier in _NOT_MODIFIERS or modifier in _NOT_COUNTED or _plural_noun(modifier):
        return None
    noun = m.group("noun")
    if noun in _NOT_COUNTED or not _plural_noun(noun):
        return None
    return ("people" if noun in _PEOPLE else noun), m.end()


def _currency(m: re.Match[str]) -> str | None:
    """The currency a match names, as its code or sign: by a sign or a code before the
    figure, by a nation's adjective before a currency name after it, and otherwise none
    (the name itself is read by `_unit`)."""
    if m.group("prefix"):
        return _PREFIXED[m.group("prefix")]
    if m.group("nation"):
        return _NATIONS[m.group("nation")]
    return m.group("code") or m.group("currency")


def _unit(currency: str | None, unit: str | None, number: str, value: float) -> tuple[str | None, bool]:
    """The unit, and whether the word after the number is part of it."""
    if unit and unit.upper() in _CODES and unit.isupper():
        return unit, True
    word = (unit or "").lower()
    singular = word[:-1] if word.endswith("s") and word[:-1] in _UNITS | _CURRENCY_WORDS else word
    if singular.replace(" ", "") in ("percent", "%"):
        return "%", True
    if singular in _UNITS:
        return _UNITS[singular], True
    if singular in _CURRENCY_WORDS:
        named = currency if currency in _CODES else _CURRENCY_WORDS[singular]
        return named, True
    if currency:
        return _CURRENCIES.get(currency, currency.upper()), False
    counts_a_noun = bool(word) and word not in _NOT_COUNTED and unit == word and _plural_noun(word)
    if not counts_a_noun and number.isdigit() and len(number) == 4 and 1800 <= value <= 2100:
        return "year-date", False  # "in 2024", "In 2024 Kettle paid"
    if counts_a_noun:
        counted = "people" if word in _PEOPLE else word
        return counted, True  # the noun counted ("14 people"), lower case: not "four Ukrainian ..."
    return None, False


def same_quantity(x: Number, y: Number) -> bool:
    """Whether two figures may be values of one quantity: the same unit (any unit of time
    for a length of time), and for a count the same measure where both say what they
    measure ("eleven people" killed and "30 people" injured are not), and both or neither
    counting what is still so ("still without power": `Number.remaining`). Sums and shares are
    told by their unit alone: outlets call one sum the damage, the cost of repairs or the
    losses."""
    if x.unit is None or y.unit is None or not same_unit(x, y) or x.remaining != y.remaining:
        return False
    return None in (x.measure, y.measure) or x.measure == y.measure or _amount(x.unit)


def same_unit(x: Number, y: Number) -> bool:
    """Whether two figures are in one unit (`unit_kind`), or count one kind of thing, one by
    the kind's general noun ("120,000 cars", "1.2 million vehicles": `Number.kind`)."""
    if x.unit is None or y.unit is None:
        return False
    return unit_kind(x.unit) == unit_kind(y.unit) or x.unit == y.kind or y.unit == x.kind


def in_common_unit(number: Number) -> tuple[float, float | None]:
    """The figure's value and upper value, a length of time in days, a length in kilometres,
    a speed in km/h and a temperature in °C, so that one quantity written in two units is one
    figure ("a 48-hour strike", "a two-day strike"; "104F", "40C")."""
    unit = number.unit or ""
    if unit in _PER_DAY:
        return number.value / _PER_DAY[unit], None if number.high is None else number.high / _PER_DAY[unit]
    if unit in _CONVERTED:
        _, factor, offset = _CONVERTED[unit]

        def converted(value: float) -> float:
            return float(f"{value * factor + offset:.10g}")  # 120 mm and 12 cm: one value

        return converted(number.value), None if number.high is None else converted(number.high)
    days = _DAYS.get(unit, 1.0)
    return number.value * days, None if number.high is None else number.high * days


# The dimensions a measure may be read only of (`measures.toml`'s `dimension`), by unit.
_DIMENSIONS = {
    **{u: "time" for u in ("year", "month", "week", "day", "hour", "minute")},
    **{u: "length" for u in ("km", "mile", "m", "cm", "mm")},
    "°C": "temperature", "°F": "temperature", "km/h": "speed", "mph": "speed",
}  # fmt: skip


def dimension(unit: str | None) -> str | None:
    """A figure's dimension by its unit: "time", "length", "temperature", "speed", or none."""
    return _DIMENSIONS.get(unit or "")


def unit_kind(unit: str) -> str:
    """The unit figures are compared in (`in_common_unit`): "time" for any unit of time,
    kilometres for a length, km/h for a speed, °C for a temperature."""
    return "time" if unit in DURATIONS else _CONVERTED.get(unit, (unit,))[0]


def figure_kind(number: Number) -> str:
    """What a figure is a value of: a count (whatever it counts), a length of time, a sum
    in its currency, a share."""
    return "count" if counts(number) else unit_kind(number.unit or "")


def counts(number: Number) -> bool:
    """Whether a figure is a count of things it names: not a sum, a share, a length of time,
    a date or a measurement ("9 km", "40 tonnes")."""
    return (
        number.unit is not None
        and not _amount(number.unit)
        and number.unit not in DURATIONS | {"year-date"}
        and number.unit not in _MEASURED
    )


def _amount(unit: str) -> bool:
    """A sum of money (or a price of one thing, "USD/share") or a share, not a count."""
    return unit.split("/")[0] in _CODES or unit in ("%", "percentage points")
