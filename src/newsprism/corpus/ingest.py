"""Ingest: articles streamed from corpora into the store, de-duplicated and clustered.

Inputs are read and cleaned in batches (`read_inputs`, `clean_documents`), so a crawl of
any size streams through. An article whose URL or clean text (`near.content_hash`) is
already in the store is a duplicate and is not stored again; one whose text nearly
duplicates a stored article (`near.py`) is stored, linked to it, and joins its story;
any other joins or starts a story (`clusters.py`). Each batch is written in one
transaction, so a run interrupted and run again loses nothing and stores nothing twice.
The corpus is read and written through the store's corpus tables (`Store.corpus`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from itertools import islice

import numpy as np

from newsprism.clean import clean_documents
from newsprism.corpus import near, vectors
from newsprism.corpus.centroids import CentroidIndex
from newsprism.corpus.clusters import Member, StoryCluster, StoryIndex, joined
from newsprism.corpus.near import band_keys, content_hash, signature
from newsprism.corpus.vectors import DocumentFrequencies, lead, lead_words
from newsprism.errors import StoreError
from newsprism.ingest import count_inputs, read_inputs
from newsprism.ingest.manifest import Manifest
from newsprism.model import Article, Document, InputReport
from newsprism.read import in_other_language
from newsprism.settings import Settings
from newsprism.store import Store
from newsprism.thresholds import DEFAULTS, Thresholds
from newsprism.words import names_of
from newsprism.workers import worker_pool

BATCH = 64
SCHEME = f"{vectors.VERSION}, {near.VERSION}"  # what a corpus' stored vectors and signatures are


@dataclass
class Ingested:
    """How the inputs of an ingest ended."""

    ok: int = 0
    duplicate: int = 0
    skipped: int = 0
    failed: int = 0
    reports: list[InputReport] = field(default_factory=list)

    def count(self, report: InputReport) -> None:
        """An input that gave no new article: a duplicate, skipped, or failed."""
        if _is_duplicate(report):
            self.duplicate += 1
        elif report.status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
        self.reports.append(report)

    def note(self, doc: Document) -> None:
        """What was noticed about an input read (its warnings), whatever became of it."""
        if doc.warnings:
            self.reports.append(InputReport(input=doc.input, status="ok", warnings=list(doc.warnings)))

    @property
    def problems(self) -> list[InputReport]:
        """The inputs skipped or failed for a reason other than being a duplicate, and the
        warnings about inputs read."""
        return [r for r in self.reports if not _is_duplicate(r)]


@dataclass(frozen=True)
class Prepared:
    """A clean article with what the corpus needs of it: its content hash, MinHash signature
    and the words of its lead (`vectors.WORDS`), weighed into its story vector as it is stored."""

    article: Article
    digest: str
    signature: np.ndarray
    words: np.ndarray


Placed = tuple[int, int, int | None] | None
"""Where an article went: its number in the corpus, its story, the article it nearly copies."""


def prepare(articles: list[Article]) -> list[Prepared]:
    """The articles with their hashes, signatures and lead words (no model: any process)."""
    return [Prepared(a, content_hash(a.text), signature(a.text), lead_words(a)) for a in articles]


class Corpus:
    """A store's corpus, ready to take articles: story centroids and the words' document
    frequencies in memory, the rest on disk; `thresholds` say when an article joins a story
    and when stories merge or split."""

    def __init__(self, store: Store, thresholds: Thresholds = DEFAULTS) -> None:
        self.store = store
        self.tables = store.corpus
        self._check_scheme()
        self.frequencies = DocumentFrequencies()
        self.index = StoryIndex(StoredStories(store, self.frequencies), vectors.DIMENSIONS, thresholds)
        self._load()

    def _load(self) -> None:
        """The stories' centroids and the words' counts as the store holds them now, and the
        store's data version then."""
        self.frequencies.articles, self.frequencies.counts = self.tables.word_counts(vectors.BUCKETS)
        self.index.centroids = CentroidIndex(vectors.DIMENSIONS)
        ids, found = self.tables.story_totals()
        if ids:
            totals = np.array(found)
            norms = np.linalg.norm(totals, axis=1, keepdims=True)
            self.index.centroids.put_many(np.array(ids, dtype=np.int64), totals / np.where(norms, norms, 1.0))
        self._loaded_at = self.store.data_version()

    def _check_scheme(self) -> None:
        made_with = self.tables.scheme()
        if made_with is None and not self.tables.is_empty():
            made_with = "an older newsprism's"
        if made_with not in (None, SCHEME):
            raise StoreError(
                f"the corpus in {self.store.path} was made with {made_with} story vectors and signatures,"
                f" this newsprism uses {SCHEME}: ingest the inputs into a new store"
            )

    def add(self, batch: list[Prepared], outcome: Ingested) -> list[Placed]:
        """Store a batch of prepared articles, each a duplicate, a near-duplicate or new; where
        each went, in order (None: a duplicate, not stored). The batch is one transaction that
        holds the store's write lock from its start, so another ingest into the same store
        waits; when one has written since, the centroids are read again first, and stories
        form as they would had the runs been one after the other."""
        placed: list[Placed] = []
        tables = self.tables
        with self.store.transaction():
            if self.store.data_version() != self._loaded_at:
                self._load()
            tables.record_scheme(SCHEME)
            counted: list[np.ndarray] = []
            for item in batch:
                article = item.article
                if tables.seen(item.digest, article.url):
                    outcome.count(_duplicate(article))
                    placed.append(None)
                    continue
                keys = band_keys(item.signature)
                original = tables.first_in_bands(keys)
                if original is None:
                    counted.append(self.frequencies.count(item.words))
                    vector = self.frequencies.vector(item.words)
                    story = self.index.assign(vector, names_of(lead(article)), article.published)
                    outcome.ok += 1
                else:  # stored, linked to what it copies, in its story
                    story = self.index.stories.get(tables.story_of(original))
                    joined(story, None, frozenset(), article.published)
                    self.index.stories.put(story)
                    outcome.duplicate += 1
                number = tables.add_article(article, item.digest, item.signature, original, story.id)
                tables.add_bands(number, keys)
                self.index.reconsider(story.id)
                placed.append((number, tables.story_of(number), original))
            if counted:
                tables.add_word_counts(np.concatenate(counted))
        return placed


class StoredStories:
    """The corpus stories in the store (`clusters.Stories`), written in the caller's transaction;
    an article's vector weighed by the corpus' `frequencies` as they stand."""

    def __init__(self, store: Store, frequencies: DocumentFrequencies) -> None:
        self.tables = store.corpus
        self.frequencies = frequencies

    def get(self, story_id: int) -> StoryCluster:
        return StoryCluster(*self.tables.story(story_id))

    def put(self, story: StoryCluster) -> None:
        self.tables.put_story(story)

    def merge(self, kept: StoryCluster, folded: int) -> None:
        self.tables.merge_stories(kept, folded)

    def members(self, story_id: int) -> list[Member]:
        return [
            Member(
                o.number,
                self.frequencies.vector(lead_words(o.article)),
                names_of(lead(o.article)),
                o.size,
                o.dates,
            )
            for o in self.tables.originals(story_id)
        ]

    def split(self, kept: StoryCluster, new: StoryCluster, moved: list[int]) -> None:
        self.tables.split_story(kept, new, moved)

    def next_id(self) -> int:
        return self.tables.next_story_id()


def _is_duplicate(report: InputReport) -> bool:
    return report.status == "skipped" and (report.reason or "").startswith("duplicate")


def _duplicate(article: Article) -> InputReport:
    return InputReport(input=article.path, status="skipped", reason="duplicate: already in the store")


def ingest(
    inputs: Iterable[str],
    store: Store,
    settings: Settings,
    progress: Callable[[str, int | None], None] | None = None,
    jobs: int = 1,
    manifest: Manifest | None = None,
) -> Ingested:
    """Stream `inputs` into the store, cleaning in `jobs` worker processes, with what a
    manifest says of each; how each input ended. `progress` is called with "ingest" and
    the inputs' count, when known, as each is stored (`pipeline.Progress`)."""
    corpus = Corpus(store, settings.thresholds)
    outcome = Ingested()
    names = list(inputs)
    planned = count_inputs(names) if progress else None
    items = read_inputs(names, settings, manifest)
    for batch, cleaned in _cleaned(_batches(items, BATCH), settings, jobs):
        for item in [*batch, *cleaned]:
            if isinstance(item, InputReport):
                outcome.count(item)
            elif isinstance(item, Document):
                outcome.note(item)
        corpus.add([p for p in cleaned if isinstance(p, Prepared)], outcome)
        if progress:
            for _ in batch:
                progress("ingest", planned)
    return outcome


Batch = list[Document | InputReport]


def _cleaned(
    batches: Iterator[Batch], settings: Settings, jobs: int
) -> Iterator[tuple[Batch, list[Prepared | InputReport]]]:
    """Each batch with its documents cleaned and prepared, in order; with `jobs` > 1, in worker
    processes, at most two batches a worker ahead of the caller, so memory stays flat."""
    if jobs <= 1:
        yield from ((batch, _clean_and_prepare(batch, settings)) for batch in batches)
        return
    with worker_pool(jobs) as pool:
        pending: deque[tuple[Batch, Future[list[Prepared | InputReport]]]] = deque()
        for batch in batches:
            pending.append((batch, pool.submit(_clean_and_prepare, batch, settings)))
            if len(pending) >= 2 * jobs:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


def _clean_and_prepare(batch: Batch, settings: Settings) -> list[Prepared | InputReport]:
    cleaned = clean_documents([item for item in batch if isinstance(item, Document)], settings, outside=False)
    cleaned = [(in_other_language(a, settings) or a) if isinstance(a, Article) else a for a in cleaned]
    ready = iter(prepare([a for a in cleaned if isinstance(a, Article)]))
    return [next(ready) if isinstance(a, Article) else a for a in cleaned]


def _batches(items: Iterator[Document | InputReport], size: int) -> Iterator[Batch]:
    while batch := list(islice(items, size)):
        yield batch
