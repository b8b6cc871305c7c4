"""The SQLite store: exact round trips of saved analyses, search, a writer killed mid-save,
schema versions."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.errors import StoreError
from newsprism.model import (
    Article,
    ArticleEntity,
    Claim,
    Contradiction,
    Entity,
    EntityForm,
    Group,
    Mention,
    Quote,
    Reading,
    Story,
    text_hash,
)
from newsprism.store import MIGRATIONS, SCHEMA_VERSION, Store

TEXT = "Crews closed the Hallam bridge on Monday. Engineers found cracks in two piers."


def story(
    text: str = TEXT, source: str | None = "Hallam Post", title: str | None = "Hallam bridge shut"
) -> Story:
    end = text.index(".") + 1 if "." in text else len(text)
    return Story(
        articles=[Article(id="a1", path="hallam.txt", source=source, title=title, text=text)],
        claims=[Claim(id="c1", article="a1", start=0, end=end, text=text[:end])],
        groups=[Group(id="g1", claims=["c1"], status="single_source", sources=[source or "a1"])],
    )


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=300),
    source=st.none() | st.text(max_size=30),
    title=st.none() | st.text(max_size=60),
)
def test_a_saved_analysis_round_trips_exactly(
    tmp_path: Path, text: str, source: str | None, title: str | None
) -> None:
    with Store(tmp_path / "round.db") as store:
        kept = story(text, source, title)
        assert store.load(store.save(kept)) == kept


def test_analyses_are_listed_with_their_counts_and_found_by_search(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        first = store.save(story())
        second = store.save(
            story("Floods reached the Orlin valley overnight. Two roads were closed.", "Orlin Times", None)
        )
        rows = store.analyses()
        assert [r.id for r in rows] == [second, first]
        assert (rows[1].title, rows[1].outlets, rows[1].single_source) == (
            "Hallam bridge shut",
            ["Hallam Post"],
            1,
        )
        assert rows[0].title == "Floods reached the Orlin valley overnight"
        [hit] = store.search("cracks piers")
        assert (hit.analysis, hit.article) == (first, "a1")
        assert "cracks" in hit.excerpt
        for odd in ('"unbalanced quote', "nul\x00byte", "AND OR NOT", "*", "piers\x07"):
            assert isinstance(store.search(odd), list), odd
        assert store.search("\x00\x00") == []
        assert store.load(999) is None


def quoted_story(text: str, source: str, entity: str) -> Story:
    start = text.index(entity)
    said = text.index('"') + 1
    return Story(
        articles=[Article(id="a1", path="x.txt", source=source, text=text)],
        entities=[Entity(id="e1", name=entity, type="PERSON",
                         mentions=[Mention(article="a1", start=start, end=start + len(entity))])],
        quotes=[Quote(id="q1", article="a1", start=said, end=text.index('"', said),
                      text=text[said : text.index('"', said)], speaker="e1")],
        claims=[Claim(id="c1", article="a1", start=0, end=text.index(".") + 1, text=text[: text.index(".") + 1])],
        groups=[Group(id="g1", claims=["c1"], status="single_source", sources=[source])],
    )  # fmt: skip


def test_claims_quotes_entities_and_outlets_are_found_across_analyses(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        one = store.save(
            quoted_story('The Hallam pier reopened. "We are open," Ida Fenn said.', "Hallam Post", "Ida Fenn")
        )
        two = store.save(
            quoted_story(
                'Ferries returned to Hallam. "Back at last," Ida Fenn said.', "Orlin Times", "Ida Fenn"
            )
        )
        [claim] = store.search("pier reopened", "claim")
        assert (claim.analysis, claim.kind, claim.id, claim.analysis_title) == (
            one,
            "claim",
            "c1",
            "The Hallam pier reopened",
        )
        [quote] = store.search("back last", "quote")
        assert (quote.analysis, quote.id, quote.excerpt) == (two, "q1", "Back at last,")
        assert store.search("Ida", "claim") == []  # a name in a quote's sentence is not in the claim
        [ida] = store.entities("fenn")
        assert (ida.name, ida.types, ida.analyses, ida.mentions) == ("Ida Fenn", ["PERSON"], 2, 2)
        assert store.analyses_naming("Ida Fenn") == [two, one]
        assert store.outlets() == [("Hallam Post", 1), ("Orlin Times", 1)]
        assert store.analyses_of("Orlin Times") == [two]


def test_an_analysis_is_renamed_and_deleted_with_everything_it_saved(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        kept, gone = (
            store.save(story()),
            store.save(quoted_story('Ida went. "Bye," Ida Fenn said.', "Orlin Times", "Ida Fenn")),
        )
        revision = store.revision()
        assert store.rename(kept, "The Hallam bridge, May")
        assert store.title(kept) == "The Hallam bridge, May"
        assert store.delete(gone)
        assert store.revision() == revision + 2
        assert (store.rename(gone, "x"), store.delete(gone), store.load(gone)) == (False, False, None)
        assert [r.id for r in store.analyses()] == [kept]
        assert store.search("bye", "quote") == []
        assert store.entities() == []
    with sqlite3.connect(tmp_path / "s.db") as db:
        for table in ("articles", "claims", "entities", "quotes", "search", "findings_search"):
            assert (
                db.execute(f"SELECT count(*) FROM {table} WHERE analysis = ?", (gone,)).fetchone()[0] == 0
            ), table


@contextmanager
def older_store(path: Path, version: int) -> Iterator[sqlite3.Connection]:
    """A store as the newsprism of schema `version` wrote it, with its DDL, to fill."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        for number in range(1, version + 1):
            db.executescript(MIGRATIONS[number])
        db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(version),))
        yield db


def saved_row(db: sqlite3.Connection, table: str, number: int, title: str, outlet: str, kept: Story) -> None:
    """A saved analysis as an older store's table of them holds it: one article, one single-source group."""
    db.execute(
        f"INSERT INTO {table} VALUES (?, ?, '2024-05-01T10:00:00+00:00', ?, 1, 0, 0, 1, ?)",
        (number, title, json.dumps([outlet]), kept.to_json(indent=None)),
    )


def test_a_version_7_store_gets_its_outlets_labelled_anew_and_its_findings_indexed(tmp_path: Path) -> None:
    path = tmp_path / "seven.db"
    kept = story(source=None)
    with older_store(path, 7) as db:
        saved_row(db, "analyses", 3, "Hallam", "unknown outlet (hallam.txt)", kept)
        db.execute(
            "INSERT INTO claims VALUES (3, 'c1', 'a1', 0, 41, 'Crews closed the bridge.', NULL, NULL, 0, NULL, NULL)"
        )
    with Store(path) as store:
        assert store.analyses()[0].outlets == ["unknown outlet (a1)"]
        assert store.load(3) == kept  # the document as written
        assert [h.id for h in store.search("crews", "claim")] == ["c1"]


def test_entity_names_are_filtered_in_any_case_of_any_script(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(quoted_story('Ölgen spoke. "Yes," Ödön Ärvi said.', "Hallam Post", "Ödön Ärvi"))
        assert [e.name for e in store.entities("ÖDÖN")] == ["Ödön Ärvi"]
        assert [e.name for e in store.entities("ärvi")] == ["Ödön Ärvi"]


def test_findings_are_rows_for_sql(tmp_path: Path) -> None:
    with Store(tmp_path / "rows.db") as store:
        number = store.save(story())
    with sqlite3.connect(tmp_path / "rows.db") as db:
        rows = db.execute(
            'SELECT id, article, text, status, "group" FROM claims WHERE analysis = ?', (number,)
        ).fetchall()
    assert rows == [("c1", "a1", "Crews closed the Hallam bridge on Monday.", "single_source", "g1")]


def test_a_contradiction_is_a_row_with_its_confidence(tmp_path: Path) -> None:
    text = "Crews closed the Hallam bridge on Monday. Crews reopened the Hallam bridge on Monday."
    kept = story(text).model_copy(deep=True)
    second = Claim(id="c2", article="a2", start=42, end=len(text), text=text[42:])
    kept.articles.append(Article(id="a2", path="b.txt", source="Velk Radio", text=text))
    kept.claims.append(second)
    kept.groups[0] = Group(
        id="g1", claims=["c1", "c2"], status="contested", sources=["Hallam Post", "Velk Radio"]
    )
    kept.contradictions.append(
        Contradiction(a="c1", b="c2", reason="closed against reopened", confidence=0.4, uncertain=True)
    )
    with Store(tmp_path / "rows.db") as store:
        number = store.save(kept)
        assert store.load(number) == kept
    with sqlite3.connect(tmp_path / "rows.db") as db:
        rows = db.execute("SELECT a, b, reason, confidence, uncertain FROM contradictions").fetchall()
    assert rows == [("c1", "c2", "closed against reopened", 0.4, 1)]


def test_readers_go_on_while_an_analysis_is_written(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    with Store(path) as store:
        kept = store.save(story())
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO analyses (title, saved, outlets, articles, corroborated, contested, single_source,"
                   " document) VALUES ('half', '', '[]', 0, 0, 0, 0, '{}')")  # fmt: skip
    with Store(path) as reader:
        assert [r.id for r in reader.analyses()] == [kept]
        assert reader.load(kept) == story()
    writer.execute("ROLLBACK")
    writer.close()


def test_a_writer_killed_mid_save_leaves_the_earlier_analyses(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    with Store(path) as store:
        kept = store.save(story())
    script = (
        "import sys; from newsprism.store import Store; from newsprism.model import Article, Story\n"
        "big = Story(articles=[Article(id=f'a{i}', path='x', text='word ' * 100_000) for i in range(200)])\n"
        "print('ready', flush=True); Store(sys.argv[1]).save(big)\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    wal = path.with_name(path.name + "-wal")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not wal.exists() or wal.stat().st_size < 5_000_000):
        time.sleep(0.01)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    with Store(path) as store:
        assert [r.id for r in store.analyses()] == [kept]
        assert store.load(kept) == story()
        assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_an_older_store_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with older_store(path, 2) as db:
        db.execute(
            "INSERT INTO corpus_stories (id, size, first, last, total) VALUES (1, 1, NULL, NULL, x'00')"
        )
    with Store(path) as store:
        assert store.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == str(
            SCHEMA_VERSION
        )
        assert [tuple(r) for r in store.db.execute("SELECT names FROM corpus_stories")] == [("[]",)]


def test_a_version_5_store_of_stories_migrates_to_analyses_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "five.db"
    kept = story()
    with older_store(path, 5) as db:
        saved_row(db, "stories", 7, "Hallam bridge shut", "Hallam Post", kept)
        db.execute(
            "INSERT INTO articles VALUES (7, 'a1', 'Hallam Post', 'Hallam bridge shut', NULL, NULL, ?)",
            (TEXT,),
        )
        db.execute(
            "INSERT INTO claims VALUES (7, 'c1', 'a1', 0, 41, 'Crews closed.', NULL, NULL, 0, 'single_source', 'g1')"
        )
        db.execute("INSERT INTO entities VALUES (7, 'e1', 'Hallam', 'GPE', 1)")
        db.execute("INSERT INTO quotes VALUES (7, 'q1', 'a1', 0, 5, 'Crews', NULL, 'direct')")
        db.execute("INSERT INTO contradictions VALUES (7, 'c1', 'c2', 'figures')")
        db.execute("INSERT INTO search VALUES (7, 'a1', 'Hallam bridge shut', ?)", (TEXT,))
    with Store(path) as store:
        assert [(r.id, r.title, r.outlets) for r in store.analyses()] == [
            (7, "Hallam bridge shut", ["Hallam Post"])
        ]
        assert store.load(7) == kept
        [hit] = store.search("cracks piers")
        assert (hit.analysis, hit.article) == (7, "a1")
        [claim] = store.search("crews", "claim")  # the claims and quotes indexed on migrating
        [quote] = store.search("crews", "quote")
        assert (claim.id, quote.id) == ("c1", "q1")
        assert store.save(story()) == 8
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == str(SCHEMA_VERSION)
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "stories" not in tables
        assert not any(t.startswith("search_5") for t in tables)
        for table in ("articles", "claims", "entities", "quotes", "contradictions"):
            assert db.execute(f"SELECT count(*) FROM {table} WHERE analysis = 7").fetchone()[0] == 1, table
        assert db.execute("SELECT count(*) FROM search WHERE analysis = 8").fetchone()[0] == 1
        # saved before contradictions had a confidence: none, and not marked uncertain
        assert db.execute(
            "SELECT confidence, uncertain FROM contradictions WHERE analysis = 7"
        ).fetchall() == [(None, 0)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM analyses WHERE id = 7")  # the rows go with their analysis
        assert db.execute("SELECT count(*) FROM claims WHERE analysis = 7").fetchone()[0] == 0


def test_a_store_of_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(StoreError, match="newer newsprism"):
        Store(path)


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list: milk, eggs\n" * 100)
    with pytest.raises(StoreError, match="not a newsprism store"):
        Store(path)


@dataclass
class Record:
    """A corpus story's record, as clustering holds one (`store.Cluster`)."""

    id: int
    size: int
    first: str | None
    last: str | None
    total: np.ndarray
    names: set[str] = field(default_factory=set)


def test_the_corpus_tables_keep_articles_bands_and_corpus_stories(tmp_path: Path) -> None:
    wire = Article(id="a1", path="wire.html", url="https://wire.invalid/1", published="2024-05-01", text=TEXT)
    copy = Article(id="a1", path="copy.html", url="https://copy.invalid/1", published="2024-05-02", text=TEXT)
    with Store(tmp_path / "corpus.db") as store, store.transaction():
        tables = store.corpus
        assert (tables.scheme(), tables.is_empty(), tables.next_story_id()) == (None, True, 1)
        tables.record_scheme("v1")
        tables.record_scheme("v2")  # a recorded scheme stays
        tables.put_story(Record(1, 2, "2024-05-01", "2024-05-02", np.ones(4, np.float32), {"Hallam"}))
        first = tables.add_article(wire, "h1", np.arange(3, dtype=np.uint32), None, 1)
        second = tables.add_article(copy, "h2", np.arange(3, dtype=np.uint32), first, 1)
        tables.add_bands(first, [11, 12])
        assert (tables.scheme(), tables.is_empty()) == ("v1", False)
        assert tables.seen("h1", None)
        assert tables.seen("other", "https://copy.invalid/1")
        assert not tables.seen("other", "https://elsewhere.invalid/")
        assert (tables.first_in_bands([12, 99]), tables.first_in_bands([99])) == (first, None)
        number, size, earliest, latest, total, names = tables.story(1)
        assert (number, size, earliest, latest, total.tolist(), names) == (
            1, 2, "2024-05-01", "2024-05-02", [1.0] * 4, {"Hallam"},
        )  # fmt: skip
        [original] = tables.originals(1)
        assert (original.number, original.size, original.dates) == (first, 2, ("2024-05-01", "2024-05-02"))
        assert original.article.text == TEXT
        tables.split_story(
            Record(1, 0, None, None, np.zeros(4)), Record(2, 2, None, None, np.ones(4)), [first]
        )
        assert tables.stories_of() == {first: 2, second: 2}  # a near-copy goes with what it copies
        tables.merge_stories(Record(1, 2, None, None, np.ones(4)), 2)
        assert (tables.story_of(second), tables.next_story_id()) == (1, 3)
        ids, totals = tables.story_totals()
        assert (ids, [t.tolist() for t in totals]) == ([1], [[1.0] * 4])
        assert [(s.id, s.size, s.changed) for s in tables.stories()] == [(1, 2, True)]
        assert [a.url for a in tables.articles(1)] == [wire.url, copy.url]
    with Store(tmp_path / "corpus.db") as store:
        store.corpus.analysed(1)
        assert [s.changed for s in store.corpus.stories()] == [False]


def reading(text: str, version: str = "v1", article: str = "a1") -> Reading:
    start = text.index("Orlow")
    claim = Claim(id="c1", article=article, start=0, end=len(text), text=text)
    place = ArticleEntity(
        id="e1", name="Orlow", type="GPE", labels={"GPE": 1},
        mentions=[Mention(article=article, start=start, end=start + 5)],
        forms=[EntityForm(text="Orlow", articles=[article])],
    )  # fmt: skip
    return Reading(article=article, hash=text_hash(text), version=version, entities=[place], claims=[claim])


def test_readings_are_kept_by_text_hash_and_version(tmp_path: Path) -> None:
    first, second = "The Orlow ferry stopped on Monday.", "The Orlow ferry ran again on Friday."
    with Store(tmp_path / "s.db") as store:
        store.keep_readings([reading(first), reading(second), reading(first, version="v2")])
        store.keep_readings([reading(first)])  # kept again: replaced, not doubled
        found = store.readings([text_hash(first), text_hash("another text")], "v1")
        assert found == {text_hash(first): reading(first)}
        assert store.readings([text_hash(second)], "v3") == {}
        assert store.db.execute("SELECT count(*) FROM readings").fetchone()[0] == 3
        many = [text_hash(f"text {n}") for n in range(1200)] + [text_hash(second)]
        assert list(store.readings(many, "v1")) == [text_hash(second)]  # more hashes than one IN holds


def test_a_reading_moves_to_another_article_id() -> None:
    text = "The Orlow ferry stopped on Monday."
    moved = reading(text).of("a7")
    assert moved == reading(text, article="a7")


def test_the_revision_counts_saves_seen_from_any_connection(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as reader, Store(tmp_path / "s.db") as writer:
        assert reader.revision() == 0
        writer.save(story())
        writer.save(story(title="Hallam bridge reopens"))
        assert reader.revision() == 2
        assert reader.document(1) == story().to_json(indent=None)
        assert reader.document(3) is None


def test_two_processes_opening_a_new_store_at_once_both_find_it_made(tmp_path: Path) -> None:
    opening = "import sys; from newsprism.store import Store; Store(sys.argv[1]).close()"
    for attempt in range(5):
        db = tmp_path / f"new{attempt}.db"
        both = [
            subprocess.Popen([sys.executable, "-c", opening, str(db)], stderr=subprocess.PIPE) for _ in "ab"
        ]
        errors = [p.communicate(timeout=60)[1] for p in both]
        assert ([p.returncode for p in both], errors) == ([0, 0], [b"", b""])
        with Store(db) as store:
            assert store.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == str(
                SCHEMA_VERSION
            )
