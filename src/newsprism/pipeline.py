"""The library's entry points: analyse inputs into a story, load a story document."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from newsprism import nlp
from newsprism.clean import clean_documents, language
from newsprism.errors import DocumentError, NoUsableInput, SettingsError
from newsprism.ingest import count_inputs, read_inputs
from newsprism.ingest.manifest import Manifest, read_manifest
from newsprism.model import Article, Document, InputReport, Reading, Story, text_hash
from newsprism.settings import Settings
from newsprism.store import Store

log = logging.getLogger("newsprism")

Progress = Callable[[str, int | None], None]
"""Called with a stage name and how many items that stage will see (None when not known):
"read" each time one input is read (the total known when the inputs are files of one
article each, `ingest.count_inputs`), "clean" each time one is cleaned, "reading" each
time an article is read, "comparing" once, as comparing starts."""


def analyze(
    inputs: Iterable[str | Path],
    *,
    manifest: str | Path | Manifest | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    public_only: bool = False,
) -> Story:
    """The story told by `inputs`: files, directories, globs, URLs, feeds, corpora or "-".

    `manifest`: a manifest file, or its rows by input name (`ingest.manifest`). Every input
    ends in `Story.inputs` as ok, skipped or failed with its reason. Raises
    NoUsableInput, carrying those reports, when no input gave an article. `public_only`
    refuses URLs on addresses that are not public (loopback, private, link-local, ...),
    as a server fetching for others must.
    """
    settings = settings or Settings()
    table = read_manifest(Path(manifest)) if isinstance(manifest, str | Path) else manifest
    _load_models(settings)
    names = [str(i) for i in inputs]
    planned = count_inputs(names) if progress else None
    read: list[Document | InputReport] = []
    for item in read_inputs(names, settings, table, public_only):
        read.append(item)
        _log(item)
        if progress:
            progress("read", planned)
    docs = [item for item in read if isinstance(item, Document)]
    cleaned = iter(clean_documents(docs, settings, progress and (lambda: progress("clean", len(docs)))))
    reports: list[InputReport] = []
    articles: list[Article] = []
    for item in read:
        outcome = next(cleaned) if isinstance(item, Document) else item
        if isinstance(outcome, Article):
            articles.append(outcome)
            warnings = list(item.warnings) if isinstance(item, Document) else []
            outcome = InputReport(input=outcome.path, status="ok", article=outcome.id, warnings=warnings)
        else:
            _log(outcome)
        reports.append(outcome)
    if not articles:
        raise NoUsableInput("no input gave an article", reports)
    return analyze_articles(Story(articles=articles, inputs=reports), settings, progress)


def _load_models(settings: Settings) -> None:
    """Load the models in the background while the inputs are read, each in a thread of its
    own: the language model (for cleaning), spaCy (for reading) and the sentence model (for
    comparing). Decompressing the first and ONNX Runtime's loading of the last let go of
    the interpreter, so on two cores they cost little beside spaCy. A stage that needs one
    first waits for it. A failure is raised again, with its message, by the stage that
    needs the model."""
    sentence_model = str(settings.sentence_model) if settings.sentence_model else None
    for load in (
        language.load,
        lambda: nlp.spacy_pipeline(settings.spacy_model),
        nlp.encoder(sentence_model).load,
    ):
        # Not daemons: a process ending early (no usable input) waits for them, as one that
        # ends inside ONNX Runtime's loading is aborted by its threads.
        threading.Thread(target=_quietly(load), name="newsprism-models").start()


def _quietly(load: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        with contextlib.suppress(Exception):
            load()

    return run


def analyze_articles(
    story: Story, settings: Settings, progress: Progress | None = None, store: Store | None = None
) -> Story:
    """A story of clean articles read and compared: entities, quotes, claims, and everything
    across them. With a store, the readings it keeps are reused and the new ones kept."""
    from newsprism.compare import compare_story

    story, readings = read_story(story, settings, store, progress)
    if progress:
        progress("comparing", None)
    return compare_story(story, readings, settings)


def read_story(
    story: Story, settings: Settings, store: Store | None = None, progress: Progress | None = None
) -> tuple[Story, list[Reading]]:
    """Every article's reading; an article that could not be read, or is in a language the
    models do not read, is left out of the story, its input reported as failed or skipped
    with the reason. Raises NoUsableInput when none was read."""
    from newsprism.read import read_articles, reading_version

    known = (
        store.readings([text_hash(a.text) for a in story.articles], reading_version(settings))
        if store
        else {}
    )
    total = len(story.articles)
    read = read_articles(story.articles, settings, known, progress and (lambda: progress("reading", total)))
    if store:
        store.keep_readings([r for r in read if isinstance(r, Reading) and r.hash not in known])
    unread = {a.id: r for a, r in zip(story.articles, read, strict=True) if isinstance(r, InputReport)}
    for report in unread.values():
        _log(report)
    inputs = [_kept_warnings(unread[r.article], r) if r.article in unread else r for r in story.inputs]
    articles = [a for a in story.articles if a.id not in unread]
    if not articles:
        raise NoUsableInput("no article could be read", inputs)
    kept = story.model_copy(update={"articles": articles, "inputs": inputs})
    return kept, [r for r in read if isinstance(r, Reading)]


def analyze_corpus_story(
    store: Store, number: int, settings: Settings, progress: Progress | None = None
) -> Story:
    """A corpus story (one that ingest formed in the store), read and compared; marked as analysed."""
    articles = store.corpus.articles(number)
    if not articles:
        raise SettingsError(f"no corpus story {number} in {store.path} (see `newsprism stories`)")
    reports = [InputReport(input=a.path, status="ok", article=a.id) for a in articles]
    story = analyze_articles(Story(articles=articles, inputs=reports), settings, progress, store)
    store.corpus.analysed(number)
    return story


def analyze_changed(db: str | Path, settings: Settings, jobs: int = 1) -> list[tuple[int, int]]:
    """Every corpus story that changed since it was last analysed, read, compared and saved
    in the store as an analysis, `jobs` stories at a time (each worker process loads the
    models once). Returns (corpus story, saved analysis) pairs."""
    from newsprism.workers import worker_pool

    with Store(db) as store:
        changed = [s.id for s in store.corpus.stories() if s.changed]
    if jobs <= 1 or len(changed) <= 1:
        return [(number, _analyze_and_save(db, number, settings)) for number in changed]
    with worker_pool(jobs) as pool:
        saved = pool.map(_analyze_and_save, [db] * len(changed), changed, [settings] * len(changed))
        return list(zip(changed, saved, strict=True))


def _analyze_and_save(db: str | Path, number: int, settings: Settings) -> int:
    with Store(db) as store:
        return store.save(analyze_corpus_story(store, number, settings))


def _kept_warnings(report: InputReport, read: InputReport) -> InputReport:
    return report.model_copy(update={"warnings": read.warnings})


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
