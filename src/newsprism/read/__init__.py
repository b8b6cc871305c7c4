"""Reading each article alone: its entities, quotes, claims and framing, as spans of its text.

The read stage is a declared list of steps (`STEPS`), as spaCy declares its pipeline: each
step takes the article, its parse and the reading so far, and returns the reading with its
own findings added. Nothing a step finds depends on another article, so an article is read
once and its reading kept (`Reading`, stored by its text hash and `reading_version`);
what the articles say together is found in comparing (`newsprism.compare`).

An article a step fails on ends failed with the step's name and the error, and so does an
article longer than the spaCy model parses (its `max_length`, 1,000,000 characters for
the default); an article written in a language the models do not read (the `languages`
setting) is skipped, its language named; the other articles are read.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Final

from newsprism.clean.language import Language
from newsprism.model import Article, InputReport, Reading, text_hash
from newsprism.read.claims import find_claims
from newsprism.read.entities import find_entities, name_candidates
from newsprism.read.framing import find_framing
from newsprism.read.gender import Gender, given_names
from newsprism.read.measures import Measures, measures
from newsprism.read.quotes import find_quotes
from newsprism.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger("newsprism")

# Raise it with any change to reading that changes what it finds: stored readings of an
# older scheme are read again.
SCHEME: Final = "newsprism.reading/26"


@dataclass(frozen=True)
class Reader:
    """What the steps need besides the article: the settings and the tables they name."""

    settings: Settings

    @cached_property
    def names(self) -> Mapping[str, Gender]:
        return given_names(self.settings.given_names)

    @cached_property
    def measures(self) -> Measures:
        return measures(self.settings.measure_words)

    @cached_property
    def version(self) -> str:
        return reading_version(self.settings)


Step = Callable[[Reading, Article, "Doc", Reader], Reading]


def _entities(reading: Reading, article: Article, doc: Doc, reader: Reader) -> Reading:
    entities = find_entities(article, doc, reader.settings.place_aliases)
    return reading.model_copy(
        update={"entities": entities, "candidates": name_candidates(article, doc, entities)}
    )


def _quotes(reading: Reading, article: Article, doc: Doc, reader: Reader) -> Reading:
    found = find_quotes(article, doc, reading.entities, reader.names)
    numbered = [q.model_copy(update={"id": f"q{i}"}) for i, q in enumerate(found, start=1)]
    return reading.model_copy(update={"quotes": numbered})


def _claims(reading: Reading, article: Article, doc: Doc, reader: Reader) -> Reading:
    found = find_claims(
        article,
        doc,
        reading.entities,
        reading.quotes,
        reader.names,
        reader.settings.thresholds,
        reader.measures,
    )
    numbered = [c.model_copy(update={"id": f"c{i}"}) for i, c in enumerate(found, start=1)]
    return reading.model_copy(update={"claims": numbered})


def _framing(reading: Reading, article: Article, doc: Doc, reader: Reader) -> Reading:
    marks = find_framing(article, doc, reading.quotes, reading.claims, reader.settings.loaded_words)
    return reading.model_copy(update={"framing": marks})


STEPS: Final[tuple[tuple[str, Step], ...]] = (
    ("entities", _entities),
    ("quotes", _quotes),
    ("claims", _claims),
    ("framing", _framing),
)


def read_article(article: Article, doc: Doc, reader: Reader) -> Reading | InputReport:
    """The article's reading, or its report as failed, naming the step that failed and why."""
    reading = Reading(article=article.id, hash=text_hash(article.text), version=reader.version)
    for name, step in STEPS:
        try:
            reading = step(reading, article, doc, reader)
        except Exception as exc:  # one article's failure is reported, the run goes on
            log.warning("reading %s failed in step %s", article.path, name, exc_info=True)
            reason = f"reading failed in step {name}: {type(exc).__name__}: {exc}"
            return InputReport(input=article.path, status="failed", reason=reason)
    return reading


def read_articles(
    articles: Sequence[Article],
    settings: Settings,
    known: Mapping[str, Reading] | None = None,
    progress: Callable[[], None] | None = None,
) -> list[Reading | InputReport]:
    """Each article's reading, in order: one in `known` (by text hash, of this version)
    reused, the others parsed in one batch and read; one in a language the models do not
    read, its report as skipped. `progress` is called as each article is done."""
    reader = Reader(settings)
    known = {h: r for h, r in (known or {}).items() if r.version == reader.version}
    hashes = [text_hash(a.text) for a in articles]
    read: dict[int, Reading | InputReport] = {}
    for k, article in enumerate(articles):
        if other := in_other_language(article, settings):
            read[k] = other
    missing = [k for k, h in enumerate(hashes) if h not in known and k not in read]
    tick = progress or (lambda: None)
    for _ in range(len(articles) - len(missing)):  # skipped or known: done already
        tick()
    if missing:
        from newsprism.nlp import parse, spacy_pipeline

        limit = spacy_pipeline(settings.spacy_model).max_length
        for k in missing:
            if len(articles[k].text) > limit:
                read[k] = _too_long(articles[k], limit)
                tick()
        missing = [k for k in missing if k not in read]
        docs = parse([articles[k].text for k in missing], settings.spacy_model)
        for k, doc in zip(missing, docs, strict=True):
            read[k] = read_article(articles[k], doc, reader)
            tick()
    return [
        read[k] if k in read else known[h].of(a.id)
        for k, (a, h) in enumerate(zip(articles, hashes, strict=True))
    ]


def in_other_language(article: Article, settings: Settings) -> InputReport | None:
    """The report of an article surely written in a language the models do not read (the
    `languages` setting), skipped before reading; None for an article they read."""
    code, probability = article.language, article.language_probability or 0.0
    if not settings.languages or code is None or code in settings.languages:
        return None
    if not Language(code, probability).sure:
        return None
    reason = (
        f"written in language {code!r} (probability {probability:.2f}); the models read "
        f"{', '.join(settings.languages)} (setting languages)"
    )
    return InputReport(input=article.path, status="skipped", reason=reason)


def _too_long(article: Article, limit: int) -> InputReport:
    reason = (
        f"the article's clean text is {len(article.text):,} characters, longer than the parser reads "
        f"(the spaCy model's max_length, {limit:,})"
    )
    return InputReport(input=article.path, status="failed", reason=reason)


def reading_version(settings: Settings) -> str:
    """What a reading depends on besides the text: the scheme, the spaCy model and the
    contents of the tables the settings add (places, given names, loaded words, measures)."""
    files = (settings.place_aliases, settings.given_names, settings.loaded_words, settings.measure_words)
    digest = hashlib.sha256()
    for path in files:
        digest.update(_contents(path))
    return f"{SCHEME} {settings.spacy_model} {digest.hexdigest()[:12]}"


def _contents(path: Path | None) -> bytes:
    if path is None:
        return b"-"
    try:
        return path.read_bytes()
    except OSError:
        return str(path).encode()  # the step that reads it reports the error
