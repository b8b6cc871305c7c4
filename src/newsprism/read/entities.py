"""Entities: who and what one article names, resolved within the article.

Mentions come from spaCy's NER, from acronyms the article defines ("Corvale Institute for
Water Policy (CIWP)") and from every further occurrence of a name it has already used (NER
misses many). A surname joins the one full name it belongs to; a role word before a name
("President", "General") is kept as the person's role.

The rules that join two clusters of mentions serve the article and, in comparing
(`compare/entities.py`), the story: people join when their surnames are spellings of one
name and their first names are the same (or one is missing) or the Ukrainian and Russian
forms of one given name (Oleksandr / Aleksandr, by the pairs of `romanisation.toml`), and
no roles disagree. People who share only a first name or only a surname with different
first names never join. Places join through the
alias table (`places.toml`), organisations through acronyms and generic suffixes ("Tessel
Group" / "Tessel"). An entity's type is the majority of the labels NER gave its mentions,
so a city tagged ORG once is still a place.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsprism.lexicon import tables
from newsprism.model import Article, ArticleEntity, Entity, EntityForm, Mention, NameCandidate
from newsprism.read.gender import given_names
from newsprism.read.names import (
    ROLE_WORDS,
    acronym_expansion,
    key,
    name_word_keys,
    roles_before,
    same_name_word,
)
from newsprism.read.romanisation import given_name_pair
from newsprism.read.speech import SUBJECTS, speaker_names
from newsprism.thresholds import DEFAULTS
from newsprism.words import title_case

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NER_LABELS = ("PERSON", "GPE", "ORG", "LOC", "NORP", "FAC", "EVENT")  # the tagger's labels kept
# Every entity type, in the order that breaks ties in votes: a product only where the text
# writes a name with its code ("velotrexin (VTX-114)", `_CODED`), never from the tagger.
LABELS = (*NER_LABELS, "PRODUCT")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"}
# Words that end an organisation's name without telling one organisation from another, so
# "Tessel Group" is "Tessel": generic nouns, and the abbreviated legal forms of companies
# most often written in English-language news (from the ISO 20275 Entity Legal Forms code
# list: the UK's, US, German, French, Dutch, Nordic, Italian, Spanish and Australian forms).
_GENERIC_SUFFIXES = {"group", "company", "co", "corporation", "corp", "inc", "ltd", "llc", "plc",
                     "party", "organization", "organisation", "agency", "foundation", "movement",
                     "llp", "lp", "ag", "gmbh", "se", "sa", "sas", "nv", "bv", "ab", "asa", "oy",
                     "oyj", "spa", "srl", "sl", "pty"}  # fmt: skip
# The designators of sports clubs, dropped only where two words remain ("Orvane
# Rovers FC" is "Orvane Rovers"): a club named for its town alone is not the town.
_CLUB_DESIGNATORS = {"fc", "afc", "cf", "sc"}
# Particles that begin a family name ("ter Haaf", "de la Vionne", "von Oddach"): the
# family name is written from the first of them. Judgement: the common particles of
# Dutch, German, French, Spanish, Portuguese and Italian family names.
SURNAME_PARTICLES = frozenset(
    """
    van von vom zu der den de del della di da das do dos du la le ter ten
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Nouns that end the names of organisations and facilities, and hardly ever a person's
# name: a "person" NER found whose name ends in one is an organisation ("Brenmoor Water",
# "Orlow Airport"). After the designators of OntoNotes' ORG and FAC annotation guidelines,
# with the nouns of trades that end companies' names ("... Bank", "... Motors", "... Shipping");
# nouns that are common surnames too (Park, Hall, Street, Church, Steel) are left out.
_ORGANISATION_ENDINGS = {"water", "energy", "airlines", "airways", "council", "authority", "university",
                         "college", "hospital", "reservoir", "airport", "museum", "corporation", "agency",
                         "ministry", "committee", "association", "institute", "foundation", "railway",
                         "railways", "commission", "department", "holdings", "services", "technologies",
                         "group", "company", "inc", "ltd", "llc", "plc", "bank", "motors", "trucks",
                         "shipping", "rail", "mutual", "insurance", "chemicals", "pharmaceuticals", "foods",
                         "logistics", "industries", "systems", "biosciences", "therapeutics", "partners",
                         "board", "union", "forum", "trust", "federation", "society", "service", "police",
                         "tribunal", "party", "league"}  # fmt: skip
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# "the", quotes and brackets, and a day of the week the tagger ran into a name ("on Monday
# Orvell resigned")
_TRIM_LEFT = re.compile(rf"^(?:the\s+|(?:{'|'.join(sorted(_WEEKDAYS))})\s+|[\s\"“”'‘’(\[-]+)+", re.IGNORECASE)
_TRIM_RIGHT = re.compile(r"(?:['’]s|['’]|[\s\"“”'‘’()\[\],.;:!?-])+$")
_ABBREVIATED = {"inc", "corp", "ltd", "co", "jr", "sr", "st", "bros", "plc", "mt"}  # "Tessel Shipping Inc."
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$")  # U.S., U.K.: the last period is the name's
_LOWER_LAST = re.compile(r"\s+[a-z]+$")  # a last word in lower case (`_lower_end`)
# A last word of letters and digits: a model's code ("Orlow Air A320").
_MODEL_LAST = re.compile(r"\s+(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]+$")
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+$")  # a word as a person's name is written: "Reyn", "O'Dane"
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")
# A name, then the other name the text gives it: "Alder Bay – known as Ellerwick in
# Norland –", "Tessel Marine, formerly Tessel Shipping", "Port Ardan (also called Ardanmouth)".
_NAME_WORDS = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
# A name and the code the text writes beside it: "velotrexin (VTX-114)", "Corvax (BX-7)";
# the name a word rarer than `_EVERYDAY_ZIPF` on wordfreq's Zipf scale, so that no noun of
# everyday English ("disease (COVID-19)", "Seven (G7)") is taken for a product's name.
_CODED = re.compile(
    r"\b(?P<name>[A-Za-z][a-z]{3,}(?:-[a-z]+)?) \((?P<code>[A-Z]{1,5}-?\d{1,6}[a-z\d]{0,3})\)"
)
# About three in a million words, the frequency of everyday English (judgement: common drug
# names such as "aspirin", 3.3, fall under it; nouns a code may follow, "vaccine" 4.0 or
# "disease" 4.9, over it).
_EVERYDAY_ZIPF = 3.5
_CACHED_WORDS = 65_536  # words whose frequency is kept: memory bounded on a corpus
_COMMON_NOUNS = ("NN", "NNS")  # Penn Treebank tags
_PROPER_NOUNS = ("NNP", "NNPS")
_STATED_ALIAS = re.compile(
    rf"(?P<name>{_NAME_WORDS}),?\s*(?:[–—(]|--?|,)\s*(?:also |better |widely |commonly |once |previously |formerly )?"
    rf"(?:(?:known|called|named)(?: in [A-Z][\w-]+)?(?: as)? |formerly )(?P<alias>{_NAME_WORDS})"
)


@dataclass
class Cluster:
    """One entity as one article names it."""

    article: str
    label: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    roles: set[str] = field(default_factory=set)
    first: str | None = None
    last: str | None = None
    keys: set[str] = field(default_factory=set)
    origin: str | None = None  # the id of the article's entity it stands for, once read

    @property
    def person(self) -> bool:
        return self.label == "PERSON"


def find_entities(article: Article, doc: Doc, places: Path | None = None) -> list[ArticleEntity]:
    """The article's entities with every mention, resolved across the spellings it uses;
    ids `e1`, `e2`, ... in order of first mention."""
    aliases, pattern = place_table(places)
    outlets = frozenset({key(article.source)} if article.source else ())
    names = Names(aliases, acronyms_of([article]), pattern, outlets, stated_aliases([article]))
    groups = merge_clusters(article_clusters(article, doc, names))
    found = [_article_entity(group, article, names.shown) for group in groups]
    found.sort(key=lambda e: e.mentions[0].start)
    return [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(found, start=1)]


def _article_entity(group: list[Cluster], article: Article, aliases: dict[str, str]) -> ArticleEntity:
    entity = entity_of(group, {article.id: article.text}, aliases, {article.id: 0})
    votes: Counter[str] = sum((c.votes for c in group), Counter())
    named = next((c for c in group if c.first), group[0])
    return ArticleEntity(
        **entity.model_dump(),
        labels=dict(votes),
        roles=sorted(set().union(*(c.roles for c in group))),
        first=named.first,
        last=named.last,
    )


@dataclass(frozen=True)
class Names:
    """What the story knows of names beyond one article: place aliases, acronyms, outlets
    and the other names and codes the articles give names."""

    aliases: dict[str, str]  # the places table's (`place_table`)
    acronyms: dict[str, str]
    places: re.Pattern[str]
    outlets: frozenset[str] = frozenset()
    stated: dict[str, str] = field(default_factory=dict)  # the articles' own (`stated_aliases`)

    @property
    def shown(self) -> dict[str, str]:
        """Key of every other name of a place or of a stated name -> key of the name shown,
        the table's before the articles' own."""
        return {**self.stated, **self.aliases}

    def canonical(self, name: str) -> str:
        """The key an organisation, place or product is compared by: acronyms and aliases
        expanded, generic suffixes and club designators dropped ("CIWP" -> "corvale institute
        for water policy", "The Tessel Group's" -> "tessel", "Kiev" -> "kyiv")."""
        k = key(name)
        k = self.acronyms.get(k, k)
        k = self.stated.get(k, k)
        k = self.aliases.get(k, k)
        words = k.split()
        while len(words) > 1 and (
            words[-1] in _GENERIC_SUFFIXES or (len(words) > 2 and words[-1] in _CLUB_DESIGNATORS)
        ):
            words.pop()
        return " ".join(words)


def article_clusters(article: Article, doc: Doc, names: Names) -> list[Cluster]:
    text = article.text
    labels = _labelled_spans(text, doc, names)
    spans = _split_headline_slips(text, list(labels), labels)
    people = _people(article, text, [s for s in spans if labels[s] == "PERSON"])
    others = _others(article, text, [s for s in spans if labels[s] != "PERSON"], labels, names)
    _fold_label_slips(text, people, others)
    clusters = [c for c in people + others if c.spans]
    _propagate(text, clusters)
    return [c for c in clusters if not _everyday_word_opening_sentences(text, doc, c)]


def _everyday_word_opening_sentences(text: str, doc: Doc, cluster: Cluster) -> bool:
    """Whether a "person", or a name the tagger itself reads as a common noun ("Agency
    nurses cost ..."), is one everyday word of English (`_EVERYDAY_ZIPF`) that the article
    writes only where any word is capitalised, opening a sentence or a headline ("Attendance
    fell sharply"), and no given name: no one and nothing named."""
    written = {text[s:e] for s, e in cluster.spans}
    word = next(iter(written))
    if cluster.first or len(written) > 1 or not word.isalpha():
        return False
    if not cluster.person and any(
        (span := doc.char_span(s, e)) is None or any(t.tag_ not in _COMMON_NOUNS for t in span)
        for s, e in cluster.spans
    ):
        return False
    starts = {t.idx for t in doc if t.is_sent_start}
    if not all(s in starts for s, _ in cluster.spans) or key(word) in given_names():
        return False
    return everyday_word(word)


@lru_cache(maxsize=_CACHED_WORDS)
def everyday_word(word: str) -> bool:
    """Whether a word is one of everyday English (`_EVERYDAY_ZIPF`)."""
    from wordfreq import zipf_frequency  # read only for such a word

    return bool(zipf_frequency(word.lower(), "en") >= _EVERYDAY_ZIPF)


def _labelled_spans(text: str, doc: Doc, names: Names) -> dict[tuple[int, int], str]:
    """Every name in the text with its label: NER's, products the text names with their
    code in their place, then names NER missed (acronyms the text defines, subjects of
    speech verbs, places from the table), then corrected by
    what the story knows (a place in the table is a place, an outlet an organisation), by
    how organisations are named (`_ORGANISATION_ENDINGS`) and by what the text sets
    beside a name (a role, a place noun, an organisation's noun)."""
    labels: dict[tuple[int, int], str] = {}
    for ent in doc.ents:
        span = _trim(text, ent.start_char, _whole_compound(ent))
        # a name written all in lower case is a description NER took for one ("the rookie defenceman")
        if span and ent.label_ in NER_LABELS and not text[span[0] : span[1]].islower():
            labels.setdefault(span, ent.label_)
    missed = [(s, "ORG") for s in _acronym_spans(text)]
    missed += [(span, "PERSON") for s, e in speaker_names(doc) if (span := _trim(text, s, e))]
    missed += [(s, "GPE") for s in _place_spans(text, names)]
    products = _product_spans(text)
    labels = {span: label for span, label in labels.items() if not any(_overlap(span, p) for p in products)}
    labels.update(dict.fromkeys(products, "PRODUCT"))
    for span, label in missed:
        if not any(_overlap(span, other) for other in labels):
            labels[span] = label
    for span, label in labels.items():
        labels[span] = known_label(label, text[span[0] : span[1]], names)
    labels = _given_names_before(text, doc, labels)
    _people_tagged_organisations(text, labels)
    _people_by_role(text, labels)
    _places_by_context(text, labels)
    _organisations_by_apposition(text, labels)
    return labels


def name_candidates(article: Article, doc: Doc, entities: list[ArticleEntity]) -> list[NameCandidate]:
    """Runs of proper nouns (the parser's tags) that no entity covers: names the tagger
    missed, kept with what the text says of each (written where a place is written, the
    subject of a verb) for comparing to confirm across the story (`compare.entities`).
    A run of everyday words only, or one in a headline in title case, is none."""
    text = article.text
    taken = overlaps([(m.start, m.end) for e in entities for m in e.mentions])
    found = []
    for s, e, subject in _proper_noun_runs(text, doc):
        if taken(s, e):
            continue
        before = text[max(0, s - 20) : s]
        last = before.split()[-1:]
        place = bool(
            _PLACE_BEFORE.search(before)
            or _PLACE_AFTER.match(text[e : e + 40])
            or (last and last[0] in _LOCATIVE)
        )
        found.append(NameCandidate(start=s, end=e, text=text[s:e], place=place, subject=subject))
    return found


def _proper_noun_runs(text: str, doc: Doc) -> list[tuple[int, int, bool]]:
    """Each run of capitalised proper nouns, with whether it is the subject of a verb; a
    word alone that opens a sentence only where the text also writes it capitalised inside
    one, since any word opening a sentence has a capital ("Footbridge collapses")."""
    runs: list[list[Token]] = []
    for token in doc:
        if token.tag_ in _PROPER_NOUNS and token.text[:1].isupper() and token.is_alpha:
            if runs and runs[-1][-1].i == token.i - 1 and not token.is_sent_start:
                runs[-1].append(token)
            else:
                runs.append([token])
    inside_sentences = {t.text for run in runs for t in run if not t.is_sent_start}
    in_title_case = _lines_in_title_case(text)
    out = []
    for run in runs:
        if len(run) == 1 and run[0].is_sent_start and run[0].text not in inside_sentences:
            continue
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        if all(everyday_word(t.text) for t in run) or in_title_case(start) or _unit(run):
            continue
        inside = {t.i for t in run}
        subject = any(t.dep_ in SUBJECTS and t.head.i not in inside for t in run)
        out.append((start, end, subject))
    return out


def overlaps(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span overlaps any of `spans`, each answer in time of the span's length."""
    covered = bytearray(max((e for _, e in spans), default=0))
    for s, e in spans:
        covered[s:e] = b"\x01" * (e - s)
    return lambda start, end: any(covered[start:end])


def _lines_in_title_case(text: str) -> Callable[[int], bool]:
    """Whether the line holding a position of the text is in title case (a headline), each
    line judged once, the line found by bisection: time linear in the text's length."""
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    judged: dict[int, bool] = {}

    def holds(position: int) -> bool:
        line = bisect.bisect_right(starts, position) - 1
        if line not in judged:
            end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
            judged[line] = title_case(text[starts[line] : end], DEFAULTS.title_case_share)
        return judged[line]

    return holds


def _unit(run: list[Token]) -> bool:
    """A word in capitals beside a figure is a unit or a code ("EUR 9.5 million", "70 MW"), no name."""
    word = run[0]
    beside = [word.doc[i] for i in (word.i - 1, word.i + 1) if 0 <= i < len(word.doc)]
    return len(run) == 1 and word.text.isupper() and any(t.like_num for t in beside)


def _whole_compound(ent: Span) -> int:
    """Where a name the tagger cut before the proper noun it is a compound of ends: "Ashby
    Fold", of which it tagged "Ashby"."""
    last = ent[-1]
    while (
        last.dep_ == "compound"
        and last.head.i == last.i + 1
        and last.head.tag_ == "NNP"
        and last.head.text[:1].isupper()
    ):
        last = last.head
    return last.idx + len(last)


def _product_spans(text: str) -> list[tuple[int, int]]:
    """Every place the text writes a product it names with its code, by either form."""
    forms = {form for pair in _coded(text) for form in pair}
    if not forms:
        return []
    return [m.span() for m in forms_pattern(sorted(forms, key=len, reverse=True)).finditer(text)]


def forms_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of `forms`, as written and as whole words, tried in the order given."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(f) for f in forms)})(?![\w-])")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def known_label(label: str, name: str, names: Names) -> str:
    """A name's label as what is known of names corrects it: a place in the table is a
    place, an outlet or a defined acronym an organisation, and so is a "person" named as
    organisations are (`_ORGANISATION_ENDINGS`)."""
    name = key(name)
    if label in ("PERSON", "ORG") and name in names.aliases:
        return "GPE"
    if name in names.outlets or name in names.acronyms:
        return "ORG"
    if label == "PERSON" and name.rsplit(" ", 1)[-1] in _ORGANISATION_ENDINGS:
        return "ORG"
    return label


def _given_names_before(
    text: str, doc: Doc, labels: dict[tuple[int, int], str]
) -> dict[tuple[int, int], str]:
    """A person NER found by family name alone, right after a proper noun that is no role, no
    title and no other name, is named by both ("Ilka Varo", where the tagger took "Varo"
    only): a given name the tagger did not know."""
    at = {t.idx: t for t in doc}
    taken = {i for s, e in labels for i in range(s, e)}
    out = {}
    for (s, e), label in labels.items():
        token = at.get(s)
        before = token.nbor(-1) if token is not None and token.i > 0 else None
        if (
            label == "PERSON"
            and before is not None
            and " " not in text[s:e]
            and before.pos_ == "PROPN"
            and _NAME_WORD.match(before.text)
            and text[before.idx + len(before) : s] == " "
            and before.lower_ not in ROLE_WORDS | _HONORIFICS | _WEEKDAYS
            and before.idx not in taken
        ):
            s = before.idx
        out[(s, e)] = label
    return out


def _people_tagged_organisations(text: str, labels: dict[tuple[int, int], str]) -> None:
    """An "organisation" of two or three words whose last word the article also writes alone
    as a person is that person ("chair Odile Reyn said ... Reyn said")."""
    alone = {key(text[s:e]) for (s, e), label in labels.items() if label == "PERSON" and " " not in text[s:e]}
    for (s, e), label in labels.items():
        words = text[s:e].split()
        if (
            label == "ORG"
            and 2 <= len(words) <= 3
            and key(words[-1]) in alone
            and all(map(_NAME_WORD.match, words))
        ):
            labels[(s, e)] = "PERSON"


def _people_by_role(text: str, labels: dict[tuple[int, int], str]) -> None:
    """An "organisation" of two or three words written as a person's name, right after a
    role word, is a person ("spokeswoman Lieutenant Ada Brun", "brigade officer Colm Reyn")."""
    for (s, e), label in labels.items():
        words = text[s:e].split()
        before = text[max(0, s - 40) : s].split()[-1:]
        if (
            label == "ORG"
            and 2 <= len(words) <= 3
            and all(map(_NAME_WORD.match, words))
            and key(words[-1]) not in _ORGANISATION_ENDINGS | _GENERIC_SUFFIXES
            and before
            and before[0].lower().strip(".,") in ROLE_WORDS
        ):
            labels[(s, e)] = "PERSON"


# Where a name is a place: right after a preposition of place ("in Orlow", "near Orlow"),
# after a place noun ("the town of Orlow") or a journey's word ("bound for Orlow", "a
# flight to Orlow"), or before a place noun in apposition ("Orlow, a port on ..."), as an
# organisation's name hardly ever is, except an institution's.
_LOCATIVE = {"in", "near", "outside", "around", "across", "towards", "toward"}
_PLACE_NOUNS = "city|town|village|port|district|region|province|county|municipality"
_JOURNEYS = "bound|headed|heading|flight|flights|train|trains|ferry|ferries|route|road"
_PLACE_BEFORE = re.compile(
    rf"\b(?:(?:{_PLACE_NOUNS}|mayor) of|(?:{_JOURNEYS}) (?:for|to|from)) $", re.IGNORECASE
)
_PLACE_AFTER = re.compile(rf"^\s*, (?:a|an|the) (?:[a-z-]+ ){{0,2}}(?:{_PLACE_NOUNS})\b")
_INSTITUTIONS = {"parliament", "congress", "senate", "government", "cabinet", "court", "assembly", "office"}


# Nouns of businesses and bodies that news sets in apposition after an organisation's name
# ("Tessel, the shipping company, said"); after the designators of OntoNotes' ORG
# annotation guidelines and the trades of `_ORGANISATION_ENDINGS`.
_ORGANISATION_NOUNS = (
    "chain|company|firm|retailer|group|maker|manufacturer|bank|lender|insurer|airline|carrier|operator|"
    "supermarket|charity|start-up|startup|publisher|broadcaster|developer|brand|utility|union"
)
_ORGANISATION_AFTER = re.compile(
    rf"^\s*, (?:a|an|the) (?:[\w-]+ ){{0,2}}(?:{_ORGANISATION_NOUNS})(?=\s*[,.;])"
)


def _organisations_by_apposition(text: str, labels: dict[tuple[int, int], str]) -> None:
    """A name set before an organisation's noun in apposition is an organisation ("Orlow
    Home, the DIY chain, said"), wherever the article writes it and whatever the tagger
    took it for: the apposition says what it is."""
    defined = {key(text[s:e]) for s, e in labels if _ORGANISATION_AFTER.match(text[e : e + 60])}
    for s, e in labels:
        if key(text[s:e]) in defined:
            labels[(s, e)] = "ORG"


def _places_by_context(text: str, labels: dict[tuple[int, int], str]) -> None:
    """An "organisation" of one word written where a place is written (after a preposition
    of place or a place noun, or before a place noun in apposition) is a place there,
    unless it is an institution's word; so is a "person" of one word written there that is
    no one's family name in the article and stands before no possessive ("in Orlow", "the
    mayor of Orlow"; not "in Dane's view"). The entity's type is then what most of its
    mentions say (a town's name, not a company of several words invested in)."""
    surnames = {
        key(text[s:e].split()[-1])
        for (s, e), label in labels.items()
        if label == "PERSON" and " " in text[s:e]
    }
    for (s, e), label in labels.items():
        before = text[max(0, s - 20) : s]
        name = key(text[s:e])
        last = before.split()[-1:]
        named = bool(_PLACE_BEFORE.search(before) or _PLACE_AFTER.match(text[e : e + 40]))
        placed = named or bool(last and last[0] in _LOCATIVE)
        someone = name in surnames or text[e : e + 2] in ("'s", "’s")  # "in Dane's view"
        if (
            ((label == "ORG" and placed) or (label == "PERSON" and (named or (placed and not someone))))
            and " " not in name
            and name not in _ORGANISATION_ENDINGS | _GENERIC_SUFFIXES | _INSTITUTIONS
        ):
            labels[(s, e)] = "GPE"


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A name without "the", a day, quotes, brackets, a possessive or a model's code ("A320");
    None across a line break (a name that ends a headline may take the break after it,
    unless the headline is in title case, where capitals are no sign of a name)."""
    if "\n" in text[start:end].strip():
        return None
    if "\n" in text[start:end]:
        line = text[text.rfind("\n", 0, start) + 1 : start + text[start:].index("\n")]
        if title_case(line, DEFAULTS.title_case_share):
            return None
    left = _TRIM_LEFT.match(text[start:end])
    start += left.end() if left else 0
    right = _TRIM_RIGHT.search(text[start:end])
    end -= len(right.group()) if right else 0
    while (last := _LOWER_LAST.search(text[start:end])) and last.start() > 0 and _lower_end(last.group()):
        end = start + last.start()
    if (model := _MODEL_LAST.search(text[start:end])) and model.start() > 0:
        end = start + model.start()  # "Orlow Air A320": the maker, not its model
    last_word = text[start:end].rsplit(" ", 1)[-1].lower()
    if _ABBREVIATION.search(text[start : end + 1]) or (
        text[end : end + 1] == "." and last_word in _ABBREVIATED
    ):
        end += 1
    if _FIGURE.fullmatch(text[start:end]):
        return None  # "41.4C", "2.5bn": a figure the tagger took for a name
    return (start, end) if end > start and text[start:end][:1].isalnum() else None


# A figure, not a name: a decimal number with a unit's letters, or a temperature ("41.4C",
# "104F"); "3M" and "7-Eleven" stay names.
_FIGURE = re.compile(r"\d+[.,]\d+\s?°?[A-Za-z]{0,3}|\d+\s?°?[CF]")


def _lower_end(word: str) -> bool:
    """A word in lower case that ends no name ("Orlow bus depot"), unlike an organisation's
    noun ("Orlow council")."""
    return word.strip() not in _ORGANISATION_ENDINGS


def _split_headline_slips(
    text: str, spans: list[tuple[int, int]], labels: dict[tuple[int, int], str]
) -> list[tuple[int, int]]:
    """ "Zelda Refuses" in a title-case headline: a known surname, then a capitalised word
    that is no one's name ("Zelda Marsh" stays whole where another person is a Marsh)."""
    people = [text[s:e].split() for s, e in spans if labels[(s, e)] == "PERSON"]
    out = []
    for s, e in spans:
        words = text[s:e].split()
        others = [w for w in people if len(w) > 1 and w != words]
        surnames, firsts = {key(w[-1]) for w in others}, {key(w[0]) for w in others}
        if (
            labels[(s, e)] == "PERSON"
            and len(words) == 2
            and key(words[0]) in surnames - firsts
            and key(words[1]) not in surnames | firsts
        ):
            labels[(s, s + len(words[0]))] = "PERSON"
            e = s + len(words[0])
        out.append((s, e))
    return out


def _people(article: Article, text: str, spans: list[tuple[int, int]]) -> list[Cluster]:
    clusters: list[Cluster] = []
    named = [(s, _name_words(text[s[0] : s[1]])) for s in spans]
    for span, words in sorted(named, key=lambda x: -len(x[1])):
        if not words:
            continue
        first, last = split_name(words)
        match = next((c for c in clusters if _same_person_in_article(c, first, last)), None)
        if match is None:
            match = Cluster(article.id, "PERSON", first=first, last=last)
            clusters.append(match)
        match.spans.append(span)
        match.votes["PERSON"] += 1
        match.roles |= roles_before(text, span[0])
    return clusters


def split_name(words: list[str]) -> tuple[str | None, str]:
    """A person's given name and family name from the words of their name: the first word,
    and the last word or the words from a particle on ("Maren ter Haaf" -> "Maren",
    "ter Haaf"); a name of one word, or one that starts with a lower-case particle, has
    no given name ("Van Morrison" is a given name and a family name)."""
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in SURNAME_PARTICLES:
        start -= 1
    if start == 1 and words[0] in SURNAME_PARTICLES:  # written lower case: "ter Haaf"
        start = 0
    return (words[0] if start else None), " ".join(words[start:])


def _same_person_in_article(c: Cluster, first: str | None, last: str) -> bool:
    if c.last is not None and same_name_word(c.last, last):
        return first is None or c.first is None or same_name_word(c.first, first)
    # a lone family name written first (Kim Jong-un ... Kim)
    return first is None and c.first is not None and key(c.first) == key(last)


def _name_words(name: str) -> list[str]:
    words = name.split()
    while words and words[0].lower().rstrip(".") in (_HONORIFICS | ROLE_WORDS):
        words = words[1:]
    return words


def _others(
    article: Article,
    text: str,
    spans: list[tuple[int, int]],
    labels: dict[tuple[int, int], str],
    names: Names,
) -> list[Cluster]:
    by_key: dict[str, Cluster] = {}
    for span in spans:
        surface = text[span[0] : span[1]]
        name = names.canonical(surface)
        cluster = by_key.setdefault(
            name, Cluster(article.id, labels[span], keys={name, *initials_key(surface, labels[span])})
        )
        cluster.spans.append(span)
        cluster.votes[labels[span]] += 1
    return list(by_key.values())


def initials_key(surface: str, label: str) -> set[str]:
    """ "AP" has the key "@ORG:ap" and "Associated Press" the key "@ORG:ap" + `SPELLED_OUT`
    (within one label family): an acronym joins the name it stands for, but two names with
    the same initials ("National Bank", "Norrfjord Bank") are not one."""
    family = "ORG" if label == "ORG" else "PLACE" if label in ("GPE", "LOC", "FAC") else label
    words = surface.replace(".", "").split()
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
        return {f"@{family}:{words[0].lower()}"}
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) >= 2:
        return {f"@{family}:{''.join(w[0] for w in capitals).lower()}{SPELLED_OUT}"}
    return set()


SPELLED_OUT = "+"  # ends the initials key of a name written in full


def _fold_label_slips(text: str, people: list[Cluster], others: list[Cluster]) -> None:
    """A one-word "organisation" that is the surname of one person in the article is that
    person (a "place" only when the person is named in full: "Orlow" typed a place once and
    a person twice is the town); so is one only ever tagged an organisation that is the first name of one person
    and nobody's surname (a person the article calls by first name: "Reyn Dane ... Reyn
    told police")."""
    for other in others:
        words = {key(text[s:e]) for s, e in other.spans}
        if len(words) != 1 or any(" " in text[s:e] for s, e in other.spans):  # one word ("Varga-Marrow" too)
            continue
        owners = [
            p for p in people if p.last and key(p.last) in words and (p.first or set(other.votes) <= {"ORG"})
        ]
        if not owners and set(other.votes) == {"ORG"}:
            owners = [p for p in people if p.first and key(p.first) in words]
        if len(owners) == 1:  # the slipped labels are not votes: the surname is the person's
            owners[0].spans += other.spans
            other.spans.clear()


def _propagate(text: str, clusters: list[Cluster]) -> None:
    """Every further occurrence of a name the article already used for one entity, the
    longer names first ("Lake Orla" before "Orla"), so the result never depends on order."""
    owners: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(clusters):
        family = (
            {c.last, c.last[:1].upper() + c.last[1:]} if c.person and c.last else set()
        )  # "ter Haaf" starting a sentence
        for form in {text[s:e] for s, e in c.spans} | family:
            owners[form].add(i)
    taken = [s for c in clusters for s in c.spans]
    for form, which in sorted(owners.items(), key=lambda item: (-len(item[0]), item[0])):
        if len(which) != 1 or len(form) < 2:
            continue
        cluster = clusters[next(iter(which))]
        for span in _whole_words(text, form):
            if not any(s < span[1] and span[0] < e for s, e in taken):
                cluster.spans.append(span)
                taken.append(span)


def _whole_words(text: str, form: str) -> Iterable[tuple[int, int]]:
    """Where `text` writes `form` as whole words (no letter, digit, "_" or "-" either
    side), as `forms_pattern` finds it; by string search, as a pattern compiled for each
    name of each article costs more than the search."""
    start = text.find(form)
    while start != -1:
        end = start + len(form)
        if not (_word_character(text, start - 1) or _word_character(text, end)):
            yield start, end
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)


def _word_character(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def _place_spans(text: str, names: Names) -> list[tuple[int, int]]:
    """Names from the place table that the text uses, whether or not NER saw them."""
    return [(m.start(), m.end()) for m in names.places.finditer(text)]


def _acronym_spans(text: str) -> list[tuple[int, int]]:
    """Spans of defined acronyms and of what they stand for."""
    spans = []
    for match in _ACRONYM.finditer(text):
        words = text[max(0, match.start() - 120) : match.start()].split()
        expansion = acronym_expansion(words, match.group(1))
        if expansion:
            long_end = match.start() - 1
            long_start = text.rfind(expansion[0], 0, long_end)
            spans += [(long_start, long_end), (match.start(1), match.end(1))]
    return spans


def acronyms_of(articles: Iterable[Article]) -> dict[str, str]:
    """Acronym key -> key of its expansion, from every definition in the story."""
    found = {}
    for article in articles:
        for match in _ACRONYM.finditer(article.text):
            words = article.text[max(0, match.start() - 120) : match.start()].split()
            expansion = acronym_expansion(words, match.group(1))
            if expansion:
                found[key(match.group(1))] = key(" ".join(expansion))
    return found


def stated_aliases(articles: Iterable[Article]) -> dict[str, str]:
    """Key of every name the articles themselves give another name (`_STATED_ALIAS`) or a
    code (`_CODED`) -> key of the name shown, the one first written."""
    found: dict[str, str] = {}
    for article in articles:
        pairs = [(m.group("name"), m.group("alias")) for m in _STATED_ALIAS.finditer(article.text)]
        pairs += _coded(article.text)
        for name, other in pairs:
            shown = found.setdefault(key(name), key(name))
            found.setdefault(key(other), shown)
    return found


def _coded(text: str) -> list[tuple[str, str]]:
    """The products the text names with their code, as (name, code) as written."""
    found = [(m.group("name"), m.group("code")) for m in _CODED.finditer(text)]
    if not found:
        return []
    from wordfreq import zipf_frequency  # read only where a code stands beside a word

    return [(name, code) for name, code in found if zipf_frequency(name, "en") < _EVERYDAY_ZIPF]


class UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def merge_clusters(clusters: list[Cluster]) -> list[list[Cluster]]:
    """The clusters that name one entity, by the rules of the module's docstring."""
    sets = UnionFind(len(clusters))
    _merge_people(clusters, sets)
    _merge_others(clusters, sets)
    groups: dict[int, list[Cluster]] = defaultdict(list)
    for i, c in enumerate(clusters):
        groups[sets.find(i)].append(c)
    return list(groups.values())


def _merge_people(clusters: list[Cluster], sets: UnionFind) -> None:
    people = [i for i, c in enumerate(clusters) if c.person and c.last]
    by_key: dict[str, list[int]] = defaultdict(list)
    for i in people:
        for k in name_word_keys(clusters[i].last or ""):
            by_key[k].append(i)
    # for each person, the people whose family name is a spelling of theirs
    near = {i: sorted({j for k in name_word_keys(clusters[i].last or "") for j in by_key[k]}) for i in people}
    for i in people:
        for j in near[i]:
            if (
                j > i
                and clusters[i].first
                and clusters[j].first
                and _same_person_across(clusters[i], clusters[j])
            ):
                sets.union(i, j)
    for i in people:
        if not clusters[i].first:
            _merge_surname(i, near[i], [j for j in near[i] if clusters[j].first], clusters, sets)


def _merge_surname(
    i: int, bucket: list[int], full: list[int], clusters: list[Cluster], sets: UnionFind
) -> None:
    """A bare surname joins the one person of that surname, or other bare mentions of it."""
    last = clusters[i].last or ""
    roots = {sets.find(j) for j in full if same_name_word(clusters[j].last or "", last)}
    if len(roots) == 1:
        sets.union(i, roots.pop())
    elif not roots:
        for j in bucket:
            if j != i and not clusters[j].first and same_name_word(clusters[j].last or "", last):
                sets.union(i, j)


def _same_person_across(a: Cluster, b: Cluster) -> bool:
    if not same_name_word(a.last or "", b.last or ""):
        return False
    if a.roles and b.roles and not a.roles & b.roles:
        return False
    return same_name_word(a.first or "", b.first or "") or given_name_pair(a.first or "", b.first or "")


def _merge_others(clusters: list[Cluster], sets: UnionFind) -> None:
    """Clusters that share a key; and a name written in full with the acronym of its
    initials (`initials_key`)."""
    seen: dict[str, int] = {}
    spelled: list[tuple[int, str]] = []
    for i, c in enumerate(clusters):
        for name in c.keys:
            if name.endswith(SPELLED_OUT):
                spelled.append((i, name[: -len(SPELLED_OUT)]))
            elif name in seen:
                sets.union(i, seen[name])
            else:
                seen[name] = i
    for i, initials in spelled:
        if initials in seen:
            sets.union(i, seen[initials])


def entity_of(
    group: list[Cluster], text: dict[str, str], aliases: dict[str, str], position: dict[str, int]
) -> Entity:
    """The entity the clusters of `group` name (its id left empty): every mention, the
    majority label, the forms the articles write and the name shown."""
    mentions = sorted(
        (Mention(article=c.article, start=s, end=e) for c in group for s, e in c.spans),
        key=lambda m: (position[m.article], m.start),
    )
    votes: Counter[str] = sum((c.votes for c in group), Counter())
    label = max(LABELS, key=lambda lab: (votes[lab], -LABELS.index(lab)))
    used: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        form = text[m.article][m.start : m.end]
        if m.article not in used[form]:
            used[form].append(m.article)
    name = _display_name(used, label, aliases)
    forms = [EntityForm(text=form, articles=arts) for form, arts in used.items()]
    return Entity(
        id="", name=name, type=label, aliases=[f for f in used if f != name], mentions=mentions, forms=forms
    )


def _display_name(used: dict[str, list[str]], label: str, aliases: dict[str, str]) -> str:
    counts = {form: len(arts) for form, arts in used.items()}
    if label in ("GPE", "LOC", "FAC"):
        for form in counts:
            if key(form) in aliases and aliases[key(form)] == key(form):
                return form
    # a person's full name first; a name as sentences write it before a dateline's capitals
    return max(
        counts,
        key=lambda f: (len(f.split()) > 1 if label == "PERSON" else 0, not f.isupper(), counts[f], len(f)),
    )


@cache  # read once a process: every article is read with the same tables
def place_table(extra: Path | None = None) -> tuple[dict[str, str], re.Pattern[str]]:
    """Key of every known name of a place -> key of the name shown for it; and a pattern
    that finds any of those names, as written, in a text."""
    aliases: dict[str, str] = {}
    written: set[str] = set()
    for table in tables("newsprism.read", "places.toml", extra):
        for place in table.get("place", []):
            names = place.get("names", [])
            written.update(names)
            for name in names:
                aliases[key(name)] = key(names[0])
    alternatives = "|".join(re.escape(n) for n in sorted(written, key=len, reverse=True))
    return aliases, re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])")
