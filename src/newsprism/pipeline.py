"""The library's entry points: analyse inputs into a story, load a story document."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from newsprism.clean import clean_documents
from newsprism.errors import DocumentError, NoUsableInput, SettingsError
from newsprism.ingest import read_inputs
from newsprism.ingest.manifest import read_manifest
from newsprism.model import Article, Claim, Document, InputReport, Quote, Story
from newsprism.settings import Settings
from newsprism.store import Store

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger("newsprism")

Progress = Callable[[str], None]
"""Called with a stage name: "read" and "clean" each time one input passes that stage,
"reading" and "comparing" once, as those stages start."""


def analyze(
    inputs: Iterable[str | Path],
    *,
    manifest: str | Path | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> Story:
    """The story told by `inputs`: files, directories, globs, URLs, feeds, corpora or "-".

    Every input ends in `Story.inputs` as ok, skipped or failed with its reason. Raises
    NoUsableInput, carrying those reports, when no input gave an article.
    """
    settings = settings or Settings()
    table = read_manifest(Path(manifest)) if manifest else None
    read: list[Document | InputReport] = []
    for item in read_inputs([str(i) for i in inputs], settings, table):
        read.append(item)
        _log(item)
        if progress:
            progress("read")
    docs = [item for item in read if isinstance(item, Document)]
    cleaned = iter(clean_documents(docs, settings, progress))
    reports: list[InputReport] = []
    articles: list[Article] = []
    for item in read:
        outcome = next(cleaned) if isinstance(item, Document) else item
        if isinstance(outcome, Article):
            articles.append(outcome)
            outcome = InputReport(input=outcome.path, status="ok", article=outcome.id)
        else:
            _log(outcome)
        reports.append(outcome)
    if not articles:
        raise NoUsableInput("no input gave an article", reports)
    return analyze_articles(Story(articles=articles, inputs=reports), settings, progress)


def analyze_articles(story: Story, settings: Settings, progress: Progress | None = None) -> Story:
    """A story of clean articles read and compared: entities, quotes, claims, and everything across them."""
    from newsprism.compare import compare_story

    if progress:
        progress("reading")
    story = read_articles(story, settings)
    if progress:
        progress("comparing")
    return compare_story(story, settings)


def read_articles(story: Story, settings: Settings) -> Story:
    """The story with its entities, and every article's quotes, claims and framing."""
    from newsprism.nlp import parse

    return _read(story, parse([a.text for a in story.articles], settings.spacy_model), settings)


def read_each(articles: list[Article], settings: Settings) -> list[Story]:
    """Each article read alone, as a story of its own (its entities its own), parsed in one batch."""
    from newsprism.nlp import parse

    docs = parse([a.text for a in articles], settings.spacy_model)
    return [_read(Story(articles=[a]), [doc], settings) for a, doc in zip(articles, docs, strict=True)]


def _read(story: Story, docs: list[Doc], settings: Settings) -> Story:
    from newsprism.read.claims import find_claims
    from newsprism.read.entities import resolve_entities
    from newsprism.read.framing import find_framing
    from newsprism.read.gender import given_names
    from newsprism.read.quotes import find_quotes

    articles = story.articles
    entities = resolve_entities(articles, docs, settings.place_aliases)
    names = given_names(settings.given_names)
    quotes: list[Quote] = []
    claims: list[Claim] = []
    for article, doc in zip(articles, docs, strict=True):
        found = find_quotes(article, doc, entities, names, settings.thresholds)
        quotes += found
        claims += find_claims(article, doc, entities, found, names, settings.thresholds)
    quotes = [q.model_copy(update={"id": f"q{i}"}) for i, q in enumerate(quotes, start=1)]
    claims = [c.model_copy(update={"id": f"c{i}"}) for i, c in enumerate(claims, start=1)]
    framing = find_framing(articles, docs, entities, quotes, claims, settings.loaded_words)
    return story.model_copy(
        update={"entities": entities, "quotes": quotes, "claims": claims, "framing": framing}
    )


def analyze_corpus_story(
    store: Store, number: int, settings: Settings, progress: Progress | None = None
) -> Story:
    """One story that ingest formed in the store, read and compared; marked as analysed."""
    articles = store.corpus_articles(number)
    if not articles:
        raise SettingsError(f"no story {number} in the corpus of {store.path} (see `newsprism stories`)")
    reports = [InputReport(input=a.path, status="ok", article=a.id) for a in articles]
    story = analyze_articles(Story(articles=articles, inputs=reports), settings, progress)
    store.analysed(number)
    return story


def analyze_changed(db: str | Path, settings: Settings, jobs: int = 1) -> list[tuple[int, int]]:
    """Every ingested story that changed since it was last analysed, read, compared and saved
    in the store, `jobs` stories at a time (each worker process loads the models once).
    Returns (corpus story, saved story) pairs."""
    from newsprism.workers import worker_pool

    with Store(db) as store:
        changed = [s.id for s in store.corpus_stories() if s.changed]
    if jobs <= 1 or len(changed) <= 1:
        return [(number, _analyze_and_save(db, number, settings)) for number in changed]
    with worker_pool(jobs) as pool:
        saved = pool.map(_analyze_and_save, [db] * len(changed), changed, [settings] * len(changed))
        return list(zip(changed, saved, strict=True))


def _analyze_and_save(db: str | Path, number: int, settings: Settings) -> int:
    with Store(db) as store:
        return store.save(analyze_corpus_story(store, number, settings))


def _log(item: Document | InputReport) -> None:
    if isinstance(item, InputReport) and item.status != "ok":
        log.info("%s %s: %s", item.status, item.input, item.reason)


def load(path: str | Path) -> Story:
    """A story document written by newsprism, validated against the contract."""
    try:
        return Story.from_json(Path(path).read_bytes())
    except OSError as exc:
        raise DocumentError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise DocumentError(f"{path} is not a valid story document: {exc}") from None
