"""Ingest: articles streamed from corpora into the store, de-duplicated and clustered.

Inputs are read and cleaned in batches (`read_inputs`, `clean_documents`), so a crawl of
any size streams through. An article whose URL or clean text (`near.content_hash`) is
already in the store is a duplicate and is not stored again; one whose text nearly
duplicates a stored article (`near.py`) is stored, linked to it, and joins its story;
any other joins or starts a story (`clusters.py`). Each batch is written in one
transaction, so a run interrupted and run again loses nothing and stores nothing twice.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

import numpy as np

from newsprism.clean import clean_documents
from newsprism.corpus.clusters import StoryCluster, StoryIndex, names_of
from newsprism.corpus.near import NearDuplicates, content_hash, signature
from newsprism.ingest import read_inputs
from newsprism.model import Article, Document, InputReport
from newsprism.nlp import encoder
from newsprism.settings import Settings
from newsprism.store import Store

BATCH = 64
_LEAD = 1_000  # characters of title and text that stand for an article when clustering


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

    @property
    def problems(self) -> list[InputReport]:
        """The inputs skipped or failed for a reason other than being a duplicate."""
        return [r for r in self.reports if not _is_duplicate(r)]


class Corpus:
    """What the store already holds, in memory: URLs, hashes, signatures and story centroids."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.urls: set[str] = set()
        self.hashes: set[str] = set()
        self.near = NearDuplicates()
        self.story_of: dict[int, int] = {}
        self.index = StoryIndex()
        for row in store.db.execute("SELECT id, url, hash, signature, story FROM corpus"):
            self.urls |= {row["url"]} if row["url"] else set()
            self.hashes.add(row["hash"])
            self.near.add(row["id"], np.frombuffer(row["signature"], dtype=np.uint32))
            self.story_of[row["id"]] = row["story"]
        for row in store.db.execute(
            "SELECT id, size, first, last, total, names FROM corpus_stories ORDER BY id"
        ):
            story = StoryCluster(
                row["id"], row["size"], row["first"], row["last"], set(json.loads(row["names"]))
            )
            self.index.add_story(story, np.frombuffer(row["total"], dtype=np.float32).copy())

    def add(self, articles: list[Article], outcome: Ingested) -> None:
        """Store a batch of cleaned articles, each a duplicate, a near-duplicate or new."""
        hashes = [content_hash(a.text) for a in articles]
        seen = [self._seen(a, h) for a, h in zip(articles, hashes, strict=True)]
        for article, known in zip(articles, seen, strict=True):
            if known:
                outcome.count(_duplicate(article))
        fresh = [(a, h) for a, h, known in zip(articles, hashes, seen, strict=True) if not known]
        leads = [f"{a.title or ''}\n{a.text}"[:_LEAD] for a, _ in fresh]
        vectors = encoder().encode(leads)
        with self.store.transaction():
            for (article, digest), lead, vector in zip(fresh, leads, vectors, strict=True):
                if self._seen(article, digest):  # a repeat within this batch
                    outcome.count(_duplicate(article))
                    continue
                values = signature(article.text)
                original = self.near.original(values)
                if original is not None:
                    story = self.index.joined(
                        self.index.story(self.story_of[original]), frozenset(), article.published
                    )
                else:
                    next_id = self.index.stories[-1].id + 1 if self.index.stories else 1
                    story = self.index.assign(vector, names_of(lead), article.published, next_id)
                self._save_story(story)
                number = self._insert(article, digest, values, original, story.id)
                self.near.add(number, values)
                self.story_of[number] = story.id
                self.urls |= {article.url} if article.url else set()
                self.hashes.add(digest)
                if original is None:
                    outcome.ok += 1
                else:  # stored, linked to what it copies
                    outcome.duplicate += 1

    def _save_story(self, story: StoryCluster) -> None:
        self.store.db.execute(
            "INSERT INTO corpus_stories (id, size, first, last, total, changed, names) VALUES (?, ?, ?, ?, ?, 1, ?)"
            " ON CONFLICT(id) DO UPDATE SET size = excluded.size, first = excluded.first,"
            " last = excluded.last, total = excluded.total, changed = 1, names = excluded.names",
            (
                story.id,
                story.size,
                story.first,
                story.last,
                self.index.total(story.id).tobytes(),
                json.dumps(sorted(story.names)),
            ),
        )

    def _seen(self, article: Article, digest: str) -> bool:
        return (article.url is not None and article.url in self.urls) or digest in self.hashes

    def _insert(self, a: Article, digest: str, values: np.ndarray, original: int | None, story: int) -> int:
        cursor = self.store.db.execute(
            "INSERT INTO corpus (input, url, source, title, published, author, text, hash, signature,"
            " duplicate_of, story) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.path, a.url, a.source, a.title, a.published, a.author, a.text, digest,
             values.tobytes(), original, story),
        )  # fmt: skip
        return int(cursor.lastrowid or 0)


def _is_duplicate(report: InputReport) -> bool:
    return report.status == "skipped" and (report.reason or "").startswith("duplicate")


def _duplicate(article: Article) -> InputReport:
    return InputReport(input=article.path, status="skipped", reason="duplicate: already in the store")


def ingest(
    inputs: Iterable[str], store: Store, settings: Settings, progress: Callable[[str], None] | None = None
) -> Ingested:
    """Stream `inputs` into the store; how each ended."""
    corpus = Corpus(store)
    outcome = Ingested()
    for batch in _batches(read_inputs(inputs, settings), BATCH):
        docs = [item for item in batch if isinstance(item, Document)]
        cleaned = clean_documents(docs, settings)
        for report in [*batch, *cleaned]:
            if isinstance(report, InputReport):
                outcome.count(report)
        corpus.add([a for a in cleaned if isinstance(a, Article)], outcome)
        if progress:
            for _ in batch:
                progress("ingest")
    return outcome


def _batches(items: Iterator[Document | InputReport], size: int) -> Iterator[list[Document | InputReport]]:
    while batch := list(islice(items, size)):
        yield batch
