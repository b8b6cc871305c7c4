"""The local store: saved analyses and the corpus, in one SQLite file.

Two kinds of thing live here, named apart. An *analysis* is a story document the user
saved (`Store.save`: `newsprism analyze --save`, the web app), listed by `Store.analyses`.
A *corpus story* is a cluster of articles that ingest formed (`Store.corpus`,
`CorpusTables`), listed by `newsprism stories`; analysing one saves an analysis.

Open it with any SQLite tool. Tables:

    meta(key, value)            the schema version ("schema" = SCHEMA_VERSION), the story
                                vectors and signatures of a corpus ("corpus_scheme"), the
                                highest corpus story number merged away ("corpus_last_story"),
                                the saved analyses' revision, counting their changes ("revision")
    analyses(id, title, saved, outlets, articles, corroborated, contested, single_source, document)
    articles(analysis, id, source, title, url, published, text)
    entities(analysis, id, name, type, mentions)
    quotes(analysis, id, article, start, end, text, speaker, kind)
    claims(analysis, id, article, start, end, text, attributed_to, attribution, hedged, status, "group")
    contradictions(analysis, a, b, reason, confidence, uncertain)
    search                      FTS5 index over the analyses' article titles and texts
                                (analysis, article, title, text)
    findings_search             FTS5 index over their claims and quotes
                                (analysis, kind: "claim" or "quote", id, article, text)
    corpus(id, input, url, source, title, published, author, text, hash, signature, duplicate_of, story)
    corpus_stories(id, size, first, last, total, changed, names)
    corpus_bands(key, article)  articles ingested from corpora, the corpus stories they form,
                                and the MinHash LSH band keys that find near-duplicates
    corpus_words(bucket, articles)  how many of the corpus' articles that copy no other hold
                                a word, by its hash's bucket (the story vectors' document frequencies)
    readings(hash, version, reading)  each article's reading (JSON), by the hash of its clean
                                text and the reading's version: an article is parsed once

`document` is the story document (JSON, the contract) as written, so an analysis loads
back exactly. Each save is one transaction; the database runs in WAL mode, so readers go
on while an analysis is written, and a process killed mid-write leaves the analyses saved
before it intact. The schema is versioned: an older file is migrated on open (version 6
renamed the saved side from "stories" to "analyses"); a file written by a newer newsprism
is refused with a clear message. The corpus' writes go in the caller's transaction, so
one batch of ingest is one transaction (`Store.transaction`).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import BaseModel, ConfigDict

from newsprism.errors import DocumentError, StoreError
from newsprism.model import Article, Reading, Story, outlet_names, story_title

if TYPE_CHECKING:
    import numpy as np

DEFAULT_PATH = Path("newsprism.db")
SCHEMA_VERSION = 10
_BUSY_SECONDS = 30  # how long a connection waits for another's write before failing
_IN_CHUNK = 500  # values bound in one IN (...): below SQLite's limit of 999 variables in older builds

# Each migration takes the database from the version before it to its own number.
MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        saved TEXT NOT NULL,
        outlets TEXT NOT NULL,
        articles INTEGER NOT NULL,
        corroborated INTEGER NOT NULL,
        contested INTEGER NOT NULL,
        single_source INTEGER NOT NULL,
        document TEXT NOT NULL
    );
    CREATE TABLE articles (
        story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        source TEXT,
        title TEXT,
        url TEXT,
        published TEXT,
        text TEXT NOT NULL,
        PRIMARY KEY (story, id)
    );
    CREATE TABLE entities (
        story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL,
        PRIMARY KEY (story, id)
    );
    CREATE TABLE quotes (
        story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        id TEXT NOT NULL, article TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, speaker TEXT, kind TEXT NOT NULL,
        PRIMARY KEY (story, id)
    );
    CREATE TABLE claims (
        story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        id TEXT NOT NULL, article TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, attributed_to TEXT, attribution TEXT, hedged INTEGER NOT NULL,
        status TEXT, "group" TEXT,
        PRIMARY KEY (story, id)
    );
    CREATE TABLE contradictions (
        story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        a TEXT NOT NULL, b TEXT NOT NULL, reason TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE search USING fts5(story UNINDEXED, article UNINDEXED, title, text);
    """,
    2: """
    CREATE TABLE corpus_stories (
        id INTEGER PRIMARY KEY,
        size INTEGER NOT NULL,
        first TEXT,
        last TEXT,
        total BLOB NOT NULL,
        changed INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE corpus (
        id INTEGER PRIMARY KEY,
        input TEXT NOT NULL,
        url TEXT,
        source TEXT,
        title TEXT,
        published TEXT,
        author TEXT,
        text TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        signature BLOB NOT NULL,
        duplicate_of INTEGER REFERENCES corpus(id),
        story INTEGER NOT NULL REFERENCES corpus_stories(id)
    );
    CREATE UNIQUE INDEX corpus_url ON corpus(url) WHERE url IS NOT NULL;
    CREATE INDEX corpus_story ON corpus(story);
    """,
    3: """
    ALTER TABLE corpus_stories ADD COLUMN names TEXT NOT NULL DEFAULT '[]';
    """,
    4: """
    CREATE TABLE corpus_bands (
        key INTEGER NOT NULL,
        article INTEGER NOT NULL REFERENCES corpus(id),
        PRIMARY KEY (key, article)
    ) WITHOUT ROWID;
    """,
    5: """
    CREATE INDEX corpus_copies ON corpus(duplicate_of) WHERE duplicate_of IS NOT NULL;
    """,
    # A saved analysis is named apart from a story (and a corpus story). FTS5 renames no
    # column: the index is made anew under the old name and filled from the old one.
    6: """
    ALTER TABLE stories RENAME TO analyses;
    ALTER TABLE articles RENAME COLUMN story TO analysis;
    ALTER TABLE entities RENAME COLUMN story TO analysis;
    ALTER TABLE quotes RENAME COLUMN story TO analysis;
    ALTER TABLE claims RENAME COLUMN story TO analysis;
    ALTER TABLE contradictions RENAME COLUMN story TO analysis;
    ALTER TABLE search RENAME TO search_5;
    CREATE VIRTUAL TABLE search USING fts5(analysis UNINDEXED, article UNINDEXED, title, text);
    INSERT INTO search (rowid, analysis, article, title, text) SELECT rowid, story, article, title, text FROM search_5;
    DROP TABLE search_5;
    """,
    7: """
    CREATE TABLE readings (
        hash TEXT NOT NULL,
        version TEXT NOT NULL,
        reading TEXT NOT NULL,
        PRIMARY KEY (hash, version)
    ) WITHOUT ROWID;
    """,
    # Claims and quotes searched as articles are, filled from their tables.
    8: """
    CREATE VIRTUAL TABLE findings_search USING fts5(analysis UNINDEXED, kind UNINDEXED, id UNINDEXED,
        article UNINDEXED, text);
    INSERT INTO findings_search SELECT analysis, 'claim', id, article, text FROM claims;
    INSERT INTO findings_search SELECT analysis, 'quote', id, article, text FROM quotes;
    CREATE INDEX entities_name ON entities(name);
    """,
    # Contradictions carry their confidence (compare/confidence.py); those saved before have none.
    9: """
    ALTER TABLE contradictions ADD COLUMN confidence REAL;
    ALTER TABLE contradictions ADD COLUMN uncertain INTEGER NOT NULL DEFAULT 0;
    """,
    # Story vectors weigh words by their document frequencies in the corpus (corpus/vectors.py).
    10: """
    CREATE TABLE corpus_words (bucket INTEGER PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID;
    """,
}
_RELABELLED = 8  # the migration after which outlets are labelled anew (`_relabel_outlets`)
SearchKind = Literal["article", "claim", "quote"]


class AnalysisRow(BaseModel):
    """A saved analysis as listed: its story's title, outlets and counts, not its document."""

    model_config = ConfigDict(frozen=True)

    id: int
    title: str
    saved: str
    outlets: list[str]
    articles: int
    corroborated: int
    contested: int
    single_source: int


class Hit(BaseModel):
    """An article, claim or quote of a saved analysis matching a search, with a short
    excerpt around the match."""

    model_config = ConfigDict(frozen=True)

    analysis: int
    analysis_title: str
    kind: SearchKind = "article"
    id: str | None = None  # the claim's or quote's id; None for an article
    article: str
    title: str  # the article's
    excerpt: str


class EntityRow(BaseModel):
    """An entity name as the saved analyses know it: its types, analyses and mentions."""

    model_config = ConfigDict(frozen=True)

    name: str
    types: list[str]
    analyses: int
    mentions: int


class Store:
    """One SQLite file of saved analyses and a corpus (`corpus`). Open one per thread; each
    call is its own transaction, but for the corpus' writes, which go in the caller's."""

    def __init__(self, path: str | Path = DEFAULT_PATH) -> None:
        self.path = Path(path)
        try:
            # isolation_level None: transactions are the explicit BEGIN ... COMMIT of transaction()
            self.db = sqlite3.connect(
                self.path, timeout=_BUSY_SECONDS, check_same_thread=False, isolation_level=None
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from None
        self.db.row_factory = sqlite3.Row
        self.db.create_function("casefold", 1, _casefold, deterministic=True)
        try:
            self._use_wal()
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{self.path} is not a newsprism store: {exc}") from None
        self.corpus = CorpusTables(self)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _use_wal(self) -> None:
        """Write-ahead logging, so readers go on while one writes. Turning it on takes the file
        for a moment without waiting for a busy one (SQLite's busy timeout does not cover it),
        so a second process opening a new store at that moment tries again."""
        deadline = time.monotonic() + _BUSY_SECONDS
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _migrate(self) -> None:
        """Bring the file to this schema. A store already there is only read; otherwise the
        migrations run in one transaction that holds the write lock from its start, so of two
        processes opening a new store at once the second waits, then finds it done."""
        if self._version() == SCHEMA_VERSION:
            return
        with self.transaction():
            version = self._version()
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer newsprism (store schema {version}; this one reads "
                    f"up to {SCHEMA_VERSION}): upgrade newsprism to open it"
                )
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            for number in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _statements(MIGRATIONS[number]):
                    self.db.execute(statement)
                if number == _RELABELLED:
                    self._relabel_outlets()
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(number),))

    def _relabel_outlets(self) -> None:
        """The outlets of each saved analysis as `outlet_names` now names them (an article of
        unknown outlet by its id, not its file); the documents themselves stay as written."""
        rows = self.db.execute("SELECT id, document FROM analyses").fetchall()
        for row in rows:
            try:
                articles = Story.from_json(row["document"]).articles
            except ValueError:
                continue  # a damaged document keeps its row; loading it reports the damage
            outlets = list(dict.fromkeys(outlet_names(articles).values()))
            self.db.execute("UPDATE analyses SET outlets = ? WHERE id = ?", (json.dumps(outlets), row["id"]))

    def _version(self) -> int:
        """The store's schema version; 0 for a new file."""
        if not self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone():
            return 0
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        return int(row[0]) if row else 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: everything inside is written, or nothing."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def revision(self) -> int:
        """A number that grows whenever the saved analyses change (each `save`), so that what
        was made of them (the web app's pages) is known to be current."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def data_version(self) -> int:
        """A number that changes when another connection, in this process or another, commits
        to the store (SQLite's `PRAGMA data_version`); this connection's own commits leave it."""
        version: int = self.db.execute("PRAGMA data_version").fetchone()[0]
        return version

    def save(self, story: Story, title: str | None = None) -> int:
        """Save a story document as an analysis; its number in the store."""
        statuses = Counter(g.status for g in story.groups)
        outlets = list(dict.fromkeys(outlet_names(story.articles).values()))
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO analyses (title, saved, outlets, articles, corroborated, contested, single_source,"
                " document) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    title or story_title(story),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    json.dumps(outlets),
                    len(story.articles),
                    statuses["corroborated"],
                    statuses["contested"],
                    statuses["single_source"],
                    story.to_json(indent=None),
                ),
            )
            number = int(cursor.lastrowid or 0)
            self._revised()
            for a in story.articles:
                self.db.execute(
                    "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (number, a.id, a.source, a.title, a.url, a.published, a.text),
                )
                self.db.execute(
                    "INSERT INTO search VALUES (?, ?, ?, ?)", (number, a.id, a.title or "", a.text)
                )
            self._save_findings(number, story)
        return number

    def _revised(self) -> None:
        self.db.execute(
            "INSERT INTO meta VALUES ('revision', '1')"
            " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def rename(self, number: int, title: str) -> bool:
        """Give saved analysis `number` a title of the user's; False when there is none."""
        with self.transaction():
            changed = self.db.execute("UPDATE analyses SET title = ? WHERE id = ?", (title, number)).rowcount
            if changed:
                self._revised()
        return bool(changed)

    def delete(self, number: int) -> bool:
        """Remove saved analysis `number`, its rows and its search entries; False when there is none."""
        with self.transaction():
            self.db.execute("DELETE FROM search WHERE analysis = ?", (number,))
            self.db.execute("DELETE FROM findings_search WHERE analysis = ?", (number,))
            removed = self.db.execute("DELETE FROM analyses WHERE id = ?", (number,)).rowcount
            if removed:
                self._revised()
        return bool(removed)

    def _save_findings(self, number: int, story: Story) -> None:
        """The findings as rows, for reading with SQL; the document stays the record."""
        group_of = {c: g for g in story.groups for c in g.claims}
        self.db.executemany(
            "INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
            [(number, e.id, e.name, e.type, len(e.mentions)) for e in story.entities],
        )
        self.db.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(number, q.id, q.article, q.start, q.end, q.text, q.speaker, q.kind) for q in story.quotes],
        )
        claims = []
        for c in story.claims:
            group = group_of.get(c.id)
            status, group_id = (group.status, group.id) if group else (None, None)
            claims.append(
                (
                    number,
                    c.id,
                    c.article,
                    c.start,
                    c.end,
                    c.text,
                    c.attributed_to,
                    c.attribution,
                    c.hedged,
                    status,
                    group_id,
                )
            )
        self.db.executemany("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claims)
        self.db.executemany(
            "INSERT INTO findings_search VALUES (?, ?, ?, ?, ?)",
            [(number, "claim", c.id, c.article, c.text) for c in story.claims]
            + [(number, "quote", q.id, q.article, q.text) for q in story.quotes],
        )
        self.db.executemany(
            "INSERT INTO contradictions VALUES (?, ?, ?, ?, ?, ?)",
            [(number, x.a, x.b, x.reason, x.confidence, x.uncertain) for x in story.contradictions],
        )

    def analyses(self) -> list[AnalysisRow]:
        """The saved analyses, newest first."""
        rows = self.db.execute(
            "SELECT id, title, saved, outlets, articles, corroborated, contested, single_source FROM analyses"
            " ORDER BY id DESC"
        )
        return [_row(r) for r in rows]

    def title(self, number: int) -> str | None:
        """The title of saved analysis `number`."""
        row = self.db.execute("SELECT title FROM analyses WHERE id = ?", (number,)).fetchone()
        return None if row is None else str(row[0])

    def document(self, number: int) -> str | None:
        """The story document of saved analysis `number`, as the JSON text it was saved as."""
        row = self.db.execute("SELECT document FROM analyses WHERE id = ?", (number,)).fetchone()
        return None if row is None else str(row[0])

    def load(self, number: int) -> Story | None:
        """The story document of saved analysis `number`, as it was saved."""
        document = self.document(number)
        if document is None:
            return None
        try:
            return Story.from_json(document)
        except ValueError as exc:
            raise DocumentError(
                f"analysis {number} in {self.path} is not a valid story document: {exc}"
            ) from None

    def article(self, number: int, article: str) -> Article | None:
        """An article of saved analysis `number`."""
        story = self.load(number)
        return next((a for a in story.articles if a.id == article), None) if story else None

    def readings(self, hashes: list[str], version: str) -> dict[str, Reading]:
        """The kept readings of this version of the articles whose text hashes are given."""
        found: dict[str, Reading] = {}
        for start in range(0, len(hashes), _IN_CHUNK):
            chunk = hashes[start : start + _IN_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT hash, reading FROM readings WHERE version = ? AND hash IN ({marks})",
                (version, *chunk),
            )
            for row in rows:
                try:
                    found[row[0]] = Reading.model_validate_json(row[1])
                except ValueError:
                    continue  # a damaged row: the article is read again and the row replaced
        return found

    def keep_readings(self, readings: list[Reading]) -> None:
        """Keep articles' readings, replacing any of the same text hash and version."""
        if not readings:
            return
        with self.transaction():
            self.db.executemany(
                "INSERT OR REPLACE INTO readings VALUES (?, ?, ?)",
                [(r.hash, r.version, r.model_dump_json()) for r in readings],
            )

    def search(self, query: str, kind: SearchKind = "article", limit: int = 50) -> list[Hit]:
        """Articles (their title or text), claims or quotes of the saved analyses that match
        `query` (words, all of them), best first, with the title of their analysis."""
        printable = "".join(c if c.isprintable() else " " for c in query)  # FTS5 stops at a NUL
        words = [w.replace('"', '""') for w in printable.split()]
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        if kind == "article":
            sql = (
                "SELECT s.analysis, NULL, s.article, s.title, snippet(search, 3, '', '', ' … ', 24), n.title"
                " FROM search s JOIN analyses n ON n.id = s.analysis"
                " WHERE search MATCH ? ORDER BY rank LIMIT ?"
            )
            rows = self.db.execute(sql, (match, limit))
        else:
            sql = (
                "SELECT f.analysis, f.id, f.article, coalesce(a.title, ''),"
                " snippet(findings_search, 4, '', '', ' … ', 24), n.title"
                " FROM findings_search f JOIN analyses n ON n.id = f.analysis"
                " LEFT JOIN articles a ON a.analysis = f.analysis AND a.id = f.article"
                " WHERE findings_search MATCH ? AND f.kind = ? ORDER BY rank LIMIT ?"
            )
            rows = self.db.execute(sql, (match, kind, limit))
        return [
            Hit(analysis=int(r[0]), analysis_title=str(r[5]), kind=kind, id=r[1], article=str(r[2]),
                title=str(r[3] or ""), excerpt=str(r[4]))
            for r in rows
        ]  # fmt: skip

    def entities(self, query: str = "", limit: int = 500) -> list[EntityRow]:
        """The entity names of the saved analyses (those containing `query`, in any case of
        any script), the most analyses and mentions first."""
        rows = self.db.execute(
            "SELECT name, group_concat(DISTINCT type), count(DISTINCT analysis), sum(mentions) FROM entities"
            " WHERE instr(casefold(name), ?) > 0 GROUP BY name"
            " ORDER BY count(DISTINCT analysis) DESC, sum(mentions) DESC, name LIMIT ?",
            (query.casefold(), limit),
        )
        return [
            EntityRow(
                name=str(r[0]), types=sorted(str(r[1]).split(",")), analyses=int(r[2]), mentions=int(r[3])
            )
            for r in rows
        ]

    def analyses_naming(self, entity: str) -> list[int]:
        """The saved analyses with an entity of this name, newest first."""
        rows = self.db.execute(
            "SELECT DISTINCT analysis FROM entities WHERE name = ? ORDER BY analysis DESC", (entity,)
        )
        return [int(r[0]) for r in rows]

    def analyses_of(self, outlet: str) -> list[int]:
        """The saved analyses with an article of this outlet, newest first."""
        rows = self.db.execute(
            "SELECT a.id FROM analyses a, json_each(a.outlets) o WHERE o.value = ? ORDER BY a.id DESC",
            (outlet,),
        )
        return [int(r[0]) for r in rows]

    def outlets(self) -> list[tuple[str, int]]:
        """Every outlet of the saved analyses with how many analyses it is in, most first."""
        rows = self.db.execute(
            "SELECT o.value, count(*) FROM analyses a, json_each(a.outlets) o"
            " GROUP BY o.value ORDER BY count(*) DESC, o.value"
        )
        return [(str(r[0]), int(r[1])) for r in rows]


class CorpusStory(BaseModel):
    """A corpus story as listed: how many articles, their dates, and the first one's title."""

    model_config = ConfigDict(frozen=True)

    id: int
    size: int
    first: str | None
    last: str | None
    title: str
    changed: bool


class Cluster(Protocol):
    """A corpus story's record as clustering holds it (`corpus.clusters.StoryCluster`)."""

    @property
    def id(self) -> int: ...
    @property
    def size(self) -> int: ...
    @property
    def first(self) -> str | None: ...
    @property
    def last(self) -> str | None: ...
    @property
    def total(self) -> np.ndarray: ...  # the sum of its articles' story vectors
    @property
    def names(self) -> Set[str]: ...


ClusterFields = tuple[int, int, str | None, str | None, "np.ndarray", set[str]]
"""A corpus story's record as stored: id, size, first, last, total, names (`Cluster`'s order)."""


@dataclass(frozen=True, slots=True)
class Original:
    """An article of a corpus story that copies no other: its number in the corpus, the
    article, how many it and its near-copies are, and their dates."""

    number: int
    article: Article
    size: int
    dates: tuple[str, ...]


class CorpusTables:
    """The corpus that ingest builds, in the store's file: its articles (`corpus`), the
    corpus stories they form (`corpus_stories`) and their LSH band keys (`corpus_bands`).
    Writes go in the caller's transaction (`Store.transaction`): one batch of ingest is one."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    def scheme(self) -> str | None:
        """What the corpus' story vectors and signatures were made with, if it was recorded."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'corpus_scheme'").fetchone()
        return None if row is None else str(row[0])

    def record_scheme(self, scheme: str) -> None:
        """Record the scheme of a corpus that has none yet."""
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('corpus_scheme', ?)", (scheme,))

    def is_empty(self) -> bool:
        return self.db.execute("SELECT 1 FROM corpus LIMIT 1").fetchone() is None

    def seen(self, digest: str, url: str | None) -> bool:
        """Whether an article of this content hash or URL is stored."""
        query = "SELECT 1 FROM corpus WHERE hash = ? OR url = ?"
        return self.db.execute(query, (digest, url)).fetchone() is not None

    def add_article(
        self, a: Article, digest: str, signature: np.ndarray, duplicate_of: int | None, story: int
    ) -> int:
        """Store an article in a corpus story; its number in the corpus."""
        cursor = self.db.execute(
            "INSERT INTO corpus (input, url, source, title, published, author, text, hash, signature,"
            " duplicate_of, story) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.path, a.url, a.source, a.title, a.published, a.author, a.text, digest,
             signature.tobytes(), duplicate_of, story),
        )  # fmt: skip
        return int(cursor.lastrowid or 0)

    def add_bands(self, article: int, keys: Sequence[int]) -> None:
        """The LSH band keys of an article's signature."""
        self.db.executemany(
            "INSERT OR IGNORE INTO corpus_bands VALUES (?, ?)", [(key, article) for key in keys]
        )

    def first_in_bands(self, keys: Sequence[int]) -> int | None:
        """The earliest stored article sharing an LSH band key with `keys`."""
        row = self.db.execute(
            f"SELECT min(article) FROM corpus_bands WHERE key IN ({', '.join('?' * len(keys))})", keys
        ).fetchone()
        return None if row[0] is None else int(row[0])

    def story_of(self, article: int) -> int:
        """The corpus story an article is in."""
        return int(self.db.execute("SELECT story FROM corpus WHERE id = ?", (article,)).fetchone()[0])

    def stories_of(self) -> dict[int, int]:
        """Every stored article's corpus story, by its number."""
        return {int(r[0]): int(r[1]) for r in self.db.execute("SELECT id, story FROM corpus")}

    def story_totals(self) -> tuple[list[int], list[np.ndarray]]:
        """Every corpus story's number and the sum of its articles' story vectors."""
        import numpy as np

        rows = self.db.execute("SELECT id, total FROM corpus_stories").fetchall()
        return [r[0] for r in rows], [np.frombuffer(r[1], dtype=np.float32) for r in rows]

    def word_counts(self, buckets: int) -> tuple[int, np.ndarray]:
        """How many articles copy no other, and how many of them hold each of `buckets` word buckets."""
        import numpy as np

        counts = np.zeros(buckets, dtype=np.uint32)
        rows = self.db.execute("SELECT bucket, articles FROM corpus_words").fetchall()
        if rows:
            found = np.array(rows, dtype=np.int64)
            counts[found[:, 0]] = found[:, 1]
        articles = self.db.execute("SELECT count(*) FROM corpus WHERE duplicate_of IS NULL").fetchone()[0]
        return int(articles), counts

    def add_word_counts(self, buckets: np.ndarray) -> None:
        """One more article for each entry of `buckets` (a bucket as often as articles added to it)."""
        import numpy as np

        found, times = np.unique(buckets, return_counts=True)
        self.db.executemany(
            "INSERT INTO corpus_words VALUES (?, ?)"
            " ON CONFLICT(bucket) DO UPDATE SET articles = articles + excluded.articles",
            zip(found.tolist(), times.tolist(), strict=True),
        )

    def story(self, story_id: int) -> ClusterFields:
        """A corpus story's record."""
        import numpy as np

        row = self.db.execute(
            "SELECT id, size, first, last, total, names FROM corpus_stories WHERE id = ?", (story_id,)
        ).fetchone()
        total = np.frombuffer(row["total"], dtype=np.float32).copy()
        return row["id"], row["size"], row["first"], row["last"], total, set(json.loads(row["names"]))

    def put_story(self, story: Cluster) -> None:
        """Write a corpus story's record, marked as changed since its last analysis."""
        self.db.execute(
            "INSERT INTO corpus_stories (id, size, first, last, total, changed, names) VALUES (?, ?, ?, ?, ?, 1, ?)"
            " ON CONFLICT(id) DO UPDATE SET size = excluded.size, first = excluded.first,"
            " last = excluded.last, total = excluded.total, changed = 1, names = excluded.names",
            (story.id, story.size, story.first, story.last, story.total.astype("float32").tobytes(),
             json.dumps(sorted(story.names))),
        )  # fmt: skip

    def merge_stories(self, kept: Cluster, folded: int) -> None:
        """`kept` now holds the articles of corpus story `folded`, which is no more."""
        self.put_story(kept)
        self.db.execute("UPDATE corpus SET story = ? WHERE story = ?", (kept.id, folded))
        self.db.execute("DELETE FROM corpus_stories WHERE id = ?", (folded,))
        self.db.execute(  # a folded story's number is never given to another
            "INSERT INTO meta VALUES ('corpus_last_story', ?) ON CONFLICT(key) DO UPDATE"
            " SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
            (folded,),
        )

    def split_story(self, kept: Cluster, new: Cluster, moved: Iterable[int]) -> None:
        """The articles `moved` (and their near-copies) leave `kept` for the `new` corpus story."""
        self.put_story(kept)
        self.put_story(new)
        self.db.executemany(
            "UPDATE corpus SET story = ? WHERE id = ? OR duplicate_of = ?",
            [(new.id, article, article) for article in moved],
        )

    def originals(self, story_id: int) -> list[Original]:
        """The articles of a corpus story that copy no other, oldest first (the article's
        id is "a" and its number, its text the whole stored text)."""
        rows = self.db.execute(
            "SELECT c.id, c.input, c.title, c.text, c.published,"
            " (SELECT json_group_array(d.published) FROM corpus d WHERE d.duplicate_of = c.id) AS copies"
            " FROM corpus c WHERE c.story = ? AND c.duplicate_of IS NULL ORDER BY c.id",
            (story_id,),
        ).fetchall()
        originals = []
        for r in rows:
            copies = json.loads(r["copies"])
            article = Article(id=f"a{r['id']}", path=r["input"], title=r["title"], text=r["text"])
            dates = tuple(d for d in [r["published"], *copies] if d)
            originals.append(Original(r["id"], article, 1 + len(copies), dates))
        return originals

    def next_story_id(self) -> int:
        """The number the next new corpus story gets: never one a story had before."""
        return 1 + int(
            self.db.execute(
                "SELECT max(coalesce((SELECT max(id) FROM corpus_stories), 0),"
                " coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'corpus_last_story'), 0))"
            ).fetchone()[0]
        )

    def stories(self) -> list[CorpusStory]:
        """The corpus stories, largest first."""
        rows = self.db.execute(
            "SELECT s.id, s.size, s.first, s.last, s.changed,"
            " (SELECT coalesce(c.title, substr(c.text, 1, 80)) FROM corpus c WHERE c.story = s.id ORDER BY c.id LIMIT 1)"
            " AS title FROM corpus_stories s ORDER BY s.size DESC, s.id"
        )
        return [
            CorpusStory(id=r["id"], size=r["size"], first=r["first"], last=r["last"], title=r["title"] or "",
                        changed=bool(r["changed"]))
            for r in rows
        ]  # fmt: skip

    def articles(self, story: int) -> list[Article]:
        """The articles of a corpus story, in the order they came in."""
        rows = self.db.execute(
            "SELECT id, input, url, source, title, published, author, text FROM corpus WHERE story = ? ORDER BY id",
            (story,),
        )
        return [
            Article(id=f"a{k}", path=r["input"], url=r["url"], source=r["source"], title=r["title"],
                    published=r["published"], author=r["author"], text=r["text"])
            for k, r in enumerate(rows, start=1)
        ]  # fmt: skip

    def analysed(self, story: int) -> None:
        """Mark a corpus story as analysed since its last change (its own transaction)."""
        with self.store.transaction():
            self.db.execute("UPDATE corpus_stories SET changed = 0 WHERE id = ?", (story,))


def _row(row: sqlite3.Row) -> AnalysisRow:
    return AnalysisRow(
        id=int(row["id"]),
        title=str(row["title"]),
        saved=str(row["saved"]),
        outlets=list(json.loads(row["outlets"])),
        articles=int(row["articles"]),
        corroborated=int(row["corroborated"]),
        contested=int(row["contested"]),
        single_source=int(row["single_source"]),
    )


def _casefold(text: object) -> str:
    return str(text).casefold()


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
