"""What each figure of a claim measures: "killing eleven people" and "the death toll stood
at 14" are deaths, "injuring 30" and "40 people injured" injuries, "will cost 12 million
euros" a cost, so that two outlets' figures are set against each other only when they
measure the same thing (`read/numbers.same_quantity`).

The measure is read from spaCy's parse of the claim, nearest words first: the figure's own
words ("12 deaths"), the words on the noun it counts ("40 people injured", "$7.5 million in
damage"), then up the figure's heads through prepositions and nouns to the first verb:
that verb's subject and object, each after its own "of" phrase and the nouns compounded
with it ("the death toll stood at 14", "put the damage at EUR 3 million", "the cost of
the damage could reach £40 million": damage; "the unemployment rate rose to 5 percent":
unemployment; "raised its main rate to 4.25 percent": an interest rate, not a sum raised),
then the verb, and last its "in" or "of" phrase ("will spend six years in prison").
A word is looked up by its form, then by its lemma ("damages" are a court's award).
The words and their measures are the table `measures.toml`, extensible by the setting
`measure_words`; a length of time gets only a measure of time ("jailed for six years", a
sentence), a length, a temperature or a speed only one of its dimension ("120 millimetres
of rain", "temperatures reached 41.2C"), and a count or a sum none of these ("heavy rain
killed 12": deaths). A figure that is a part or an increment ("another
three", "two of the injured", "five more") measures no total and gets none, but a share of
something does ("47 percent of the vote"), nor does a date or an age ("died on June 9 at
age 74").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsprism.lexicon import tables
from newsprism.model import Number
from newsprism.read.frames import verbal
from newsprism.read.numbers import MEASURED_OVER, dimension, whole_of_a_part

if TYPE_CHECKING:
    from spacy.tokens import Token

# A verb's words read for a figure's measure: its subject and object, and a state it says
# of them ("200 have fallen ill").
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "acomp", "advmod")
_MODIFIERS = ("amod", "acl", "compound")
_CLIMB = 4  # heads walked up from a figure: two prepositions and their nouns, then a verb
_INCREMENT = re.compile(r"\b(?:another|a further|further|additional|an additional|other)\s+$", re.IGNORECASE)
_PART = re.compile(r"^\s*(?:more|others?|of (?:the|them|those|whom|these))\b", re.IGNORECASE)
_PART_OF = re.compile(r"^\s*of (?:the|them|those|these)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Measures:
    """Each word's measures (a word may say two: "jailed 12" is arrests, "jailed for nine
    years" a sentence), the measures that count people and those that are a length of time."""

    of_word: dict[str, tuple[str, ...]]
    people: frozenset[str]
    dimensions: dict[str, str] = field(default_factory=dict)  # a measure's dimension (`numbers.dimension`)
    kind_of: dict[str, str] = field(default_factory=dict)  # a counted noun's kind (`Number.kind`)
    persons: frozenset[str] = frozenset()  # nouns that count people by what they are ("miners")

    def of(self, word: str, dimension: str | None) -> str | None:
        """The measure the word says of a figure of this dimension (a length of time, a
        temperature, a speed: `numbers.dimension`), or of one of none (a count, a sum)."""
        return next((m for m in self.of_word.get(word, ()) if self.dimensions.get(m) == dimension), None)


@cache
def _packaged() -> Measures:
    return _measures(None)


def measures(extra: Path | None = None) -> Measures:
    """The packaged table, with the user's file `extra` added when one is given."""
    return _packaged() if extra is None else _measures(extra)


def _measures(extra: Path | None) -> Measures:
    of_word: dict[str, tuple[str, ...]] = {}
    people: set[str] = set()
    dimensions: dict[str, str] = {}
    kind_of: dict[str, str] = {}
    persons: set[str] = set()
    for table in tables("newsprism.read", "measures.toml", extra):
        persons |= {noun.lower() for noun in table.get("persons", [])}
        for entry in table.get("kind", []):
            kind_of |= {noun.lower(): entry["name"] for noun in [entry["name"], *entry.get("nouns", [])]}
        for entry in table.get("measure", []):
            for word in entry.get("words", []):
                of_word[word.lower()] = tuple(dict.fromkeys((*of_word.get(word.lower(), ()), entry["name"])))
            if entry.get("people"):
                people.add(entry["name"])
            if entry.get("duration"):
                dimensions[entry["name"]] = "time"
            if entry.get("dimension"):
                dimensions[entry["name"]] = entry["dimension"]
    return Measures(of_word, frozenset(people), dimensions, kind_of, frozenset(persons))


def measured(numbers: list[Number], text: str, tokens: Sequence[Token], table: Measures) -> list[Number]:
    """`numbers` (spans of the article's `text`) with what each measures, read from the parse
    of the claim's `tokens`; a bare figure of a measure that counts people counts "people", and
    so does a figure of a noun of such a measure ("12 deaths", "14 lives") and one of such a
    measure by a noun of people (`persons`: "Nineteen miners died"); a count, the kind of
    thing its noun names ("120,000 cars": vehicles)."""
    inside = {t.i for t in tokens}
    out = []
    for number in numbers:
        measure = number.measure
        own = [t for t in tokens if number.start is not None and number.start <= t.idx < (number.end or 0)]
        dim = dimension(number.unit)
        part = _part_or_increment(text, number) and number.unit != "%"  # "47 percent of the vote" is a share
        counted_at_all = measure is None and own and number.unit != "year-date" and not _date_or_age(own)
        if counted_at_all and not part and not whole_of_a_part(text, number.start or 0):
            measure = _measure(own, inside, table, dim)
        elif counted_at_all and _PART_OF.match(text[number.end or 0 :]):  # "Ten of the 12 were freed"
            measure = _of_a_part(_head(own), inside, table, dim)
        if number.unit == "people" and measure not in table.people:
            measure = None  # "2,000 people spent the night": people are no sum spent
        counted = table.of(own[-1].lemma_.lower(), dim) if own and number.unit else None
        if counted in table.people:  # "12 deaths", "14 lives": people, by what befell them
            unit: str | None = "people"
        elif measure in table.people and number.unit in table.persons:  # "Nineteen miners died"
            unit = "people"
        else:
            unit = number.unit or ("people" if measure in table.people else None)
        kind = table.kind_of.get(unit) if unit else None
        remaining = bool(own) and _remaining(own, inside)
        out.append(
            number.model_copy(update={"measure": measure, "unit": unit, "kind": kind, "remaining": remaining})
        )
    return out


def _remaining(own: list[Token], inside: set[int]) -> bool:
    """Whether a figure counts what is still so: its noun "remaining" ("the remaining 40
    passengers"), or the first verb over it "remain" or said "still" ("18,000 homes were
    still without power", "two remain in hospital")."""
    node = _head(own)
    if any(c.lower_ == "remaining" for c in node.children):
        return True
    for _ in range(_CLIMB):
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_ == "remain" or any(
                c.dep_ == "advmod" and c.lower_ == "still" for c in node.children
            )
        if node.head == node or node.head.i not in inside:
            return False
        node = node.head
    return False


def _of_a_part(head: Token, inside: set[int], table: Measures, dim: str | None) -> str | None:
    """The measure of a part ("Ten of the 12 aid workers were freed": rescued), by the words
    over it, but none where its whole already says that measure: a part of the injured taken
    to hospital is no count of the injured ("Two of the injured were flown to hospital")."""
    measure = _climbed(head, inside, table, dim)
    whole = [w for p in head.children if p.lower_ == "of" for o in p.children for w in o.subtree]
    return None if measure is not None and _first(whole, table, dim) == measure else measure


def _part_or_increment(text: str, number: Number) -> bool:
    """A part or an increment ("another three", "two of the injured"), or a period a fact
    is measured over ("the first strike in 30 years": `numbers.MEASURED_OVER`)."""
    start, end = number.start or 0, number.end or 0
    before = text[max(0, start - 80) : start]
    return bool(
        _INCREMENT.search(before[-20:]) or _PART.match(text[end : end + 16]) or MEASURED_OVER.search(before)
    )


def _date_or_age(own: list[Token]) -> bool:
    """A figure of a date or a time, next to a month's name or "a.m." ("died on June 9",
    "at 6.40 a.m."), or a person's age ("Orla Venn, 74,", "at age 81", "aged 81"): it counts
    nothing that happened. (The tagger's DATE is not trusted: it took a count of the injured for one.)"""
    first, last = own[0], own[-1]
    beside = [first.nbor(-1) if first.i > 0 else None, last.nbor(1) if last.i + 1 < len(last.doc) else None]
    if any(t is not None and _CALENDAR.match(t.text) for t in beside):
        return True
    ages = (last.head.lemma_.lower(), last.head.head.lemma_.lower())
    return any(t.dep_ == "appos" or t.ent_type_ == "ORDINAL" for t in own) or "age" in ages


_CALENDAR = re.compile(  # month names capitalised, as news writes them: "may" is a verb
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$|^[AaPp]\.?[Mm]\.?$"
)


def _measure(own: list[Token], inside: set[int], table: Measures, dim: str | None) -> str | None:
    """The measure of the figure made of the tokens `own`, nearest words first: one of the
    figure's dimension (`dim`: a length of time, a temperature, a speed) or, of none, of none;
    of people counted by a noun of a measure of people ("protesters"), the one the words
    over it say if they say one ("were arrested")."""
    head = _head(own)
    of = _objects_of_in_or_of(head)  # with the participle on it: "3,000 tonnes of crude oil leaked"
    near = [
        *own,
        *(c for c in head.children if c.dep_ in _MODIFIERS),
        *of,
        *(c for o in of for c in o.children if c.dep_ == "acl"),
    ]
    found = _first(near, table, dim)
    if found is not None and found not in table.people:
        return found
    climbed = _climbed(head, inside, table, dim)
    if found is None or climbed in table.people:  # "12 protesters were arrested": arrests
        return climbed
    return found


def _head(own: list[Token]) -> Token:
    """The figure's word that its other words hang from."""
    span = {t.i for t in own}
    return next((t for t in own if t.head.i not in span or t.head == t), own[-1])


def _climbed(head: Token, inside: set[int], table: Measures, dim: str | None) -> str | None:
    """The measure the words over a figure's head say, nearest first, within the claim."""
    node = head
    for _ in range(_CLIMB):
        parent = node.head
        if parent == node or parent.i not in inside:
            return None
        arguments = [c for c in parent.children if c != node and _argument(c)]
        words = [  # the arguments before the verb, each after its "of" phrase and compounds
            *(
                w
                for a in arguments
                for w in (*_objects_of_in_or_of(a), *(c for c in a.children if c.dep_ == "compound"), a)
            ),
            parent,
        ]
        if found := _first(words, table, dim):
            return found
        if parent.pos_ in ("VERB", "AUX"):  # last, the verb's "in" phrase: "spend six years in prison"
            if any(
                p.lower_ == "to" and any(o.lemma_.lower() == "hospital" for o in p.children)
                for p in parent.children
            ):
                return table.of("hospitalise", dim)  # "were taken to hospital": hospitalised
            return _first(_objects_of_in_or_of(parent), table, dim)
        node = parent
    return None


def _argument(token: Token) -> bool:
    """A verb's subject, object or a state it says of them, an adjective the parser may hang
    as a clause of its own ("pulled 31 miners out alive")."""
    return token.dep_ in _ARGUMENTS or (token.dep_ == "advcl" and token.pos_ == "ADJ")


def _objects_of_in_or_of(token: Token) -> list[Token]:
    """The nouns of "in", "of", "for" and "without" phrases on `token` ("$7.5 million in
    damage", "treated for minor injuries", "left 180,000 homes without power")."""
    return [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in ("in", "of", "for", "without")
        for o in p.children
    ]


def _first(words: Sequence[Token], table: Measures, dim: str | None) -> str | None:
    """The measure of the first word that says one, by its form where the table has it (the
    tagger's lemma of "fined" is "fin"; "damages" are a court's award, not damage), else by
    its lemma, which a verb's lemma the table knows goes before ("a storm damages 40 homes",
    "damages" also where the tagger took it for a noun); not of a name ("the Orlow Survey
    measured")."""
    for w in words:
        if w.pos_ == "PROPN":
            continue
        lemma = table.of(w.lemma_.lower(), dim)
        if found := (lemma if verbal(w) and lemma else None) or table.of(w.lower_, dim) or lemma:
            return found
    return None
