"""Ingest into the store: duplicates by URL, text and near-copy; stories; resuming after a
kill; malformed records reported. Slow: the sentence model."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from newsprism.clean import clean_documents
from newsprism.corpus.clusters import StoryCluster
from newsprism.corpus.ingest import Corpus, Ingested, StoredStories, ingest, prepare
from newsprism.corpus.vectors import DocumentFrequencies, lead_words
from newsprism.errors import StoreError
from newsprism.ingest import read_inputs
from newsprism.model import Article, Document
from newsprism.pipeline import analyze_corpus_story
from newsprism.settings import Settings
from newsprism.store import Store
from tests.corpus.corpora import CUP, DAM, corpus, record

pytestmark = pytest.mark.slow


def test_a_corpus_is_deduplicated_and_grouped_into_stories(tmp_path: Path) -> None:
    source = corpus(tmp_path / "corpus.jsonl")
    with Store(tmp_path / "c.db") as store:
        first = ingest([str(source)], store, Settings())
        assert (first.ok, first.duplicate, first.skipped, first.failed) == (4, 3, 0, 2)
        again = ingest([str(source)], store, Settings())
        assert (again.ok, again.duplicate, again.failed) == (0, 7, 2)
        rows = store.db.execute("SELECT title, story, duplicate_of FROM corpus ORDER BY id").fetchall()
        assert len(rows) == 5  # four articles and the near copy, once each
        stories = {r["title"]: r["story"] for r in rows}
        assert (
            stories["Velmar dam spillway cracks"]
            == stories["Velmar reservoir drawn down"]
            == stories["Dam cracks"]
        )
        assert stories["Rovers lift the cup"] == stories["Greer the hero for Rovers"]
        assert stories["Velmar dam spillway cracks"] != stories["Rovers lift the cup"]
        assert [r["duplicate_of"] is not None for r in rows] == [False, False, False, False, True]
        listed = store.corpus.stories()
        assert [(s.size, s.changed) for s in listed] == [(3, True), (2, True)]
        story = analyze_corpus_story(store, listed[1].id, Settings())
        assert {a.source for a in story.articles} == {"Sport News", "Echo News"}
        assert [(s.size, s.changed) for s in store.corpus.stories()] == [(3, True), (2, False)]
    malformed = [r for r in first.reports if r.status == "failed"]
    assert len(malformed) == 2


def test_a_new_run_loads_the_word_counts_of_the_articles_stored_that_copy_no_other(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        ingest([str(corpus(tmp_path / "corpus.jsonl"))], store, Settings())
        loaded = Corpus(store).frequencies
        rows = store.db.execute("SELECT title, text FROM corpus WHERE duplicate_of IS NULL").fetchall()
    expected = DocumentFrequencies()
    for title, text in rows:
        expected.count(lead_words(Article(id="a1", path="x", title=title, text=text)))
    assert loaded.articles == expected.articles == 4  # the near copy is not counted
    assert np.array_equal(loaded.counts, expected.counts)


def test_an_ingest_killed_part_way_resumes_with_every_article_once(tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    words = [
        "harbour",
        "crane",
        "ferry",
        "pier",
        "tide",
        "storm",
        "quay",
        "barge",
        "lantern",
        "canal",
        "bridge",
        "signal",
    ]
    lines = []
    for i in range(400):
        token = [words[(i * 7 + k) % len(words)] + str(i * 31 + k) for k in range(60)]
        text = " ".join(f"The {token[k]} was at the {token[k + 1]}." for k in range(0, 60, 2))
        lines.append(record(text, f"https://wire.invalid/{i}", f"Item {i}"))
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "k.db"
    Store(db).close()
    run = [sys.executable, "-m", "newsprism", "ingest", str(source), "--db", str(db), "--quiet"]
    first = subprocess.Popen(run, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _count(db) < 64:
        time.sleep(0.05)
    workers = _children(first.pid)
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert 0 < _count(db) < 400
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(pid) for pid in workers):
        time.sleep(0.1)
    assert workers
    assert not any(_running(pid) for pid in workers)  # the cleaning workers leave with it
    second = subprocess.run(run, capture_output=True, text=True, timeout=300, check=False)
    assert second.returncode == 0, second.stderr
    assert _count(db) == 400
    with sqlite3.connect(db) as check:
        assert check.execute("SELECT count(DISTINCT url) FROM corpus").fetchone()[0] == 400
        assert check.execute("SELECT sum(size) FROM corpus_stories").fetchone()[0] == 400


def _children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as check:
            return int(check.execute("SELECT count(*) FROM corpus").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_a_corpus_clustered_with_other_story_vectors_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "old.db") as store:
        store.db.execute("INSERT INTO corpus_stories (id, size, total) VALUES (1, 1, x'00')")
        store.db.execute(
            "INSERT INTO corpus (input, text, hash, signature, story) VALUES ('a.html', 'Text.', 'h', x'00', 1)"
        )
        with pytest.raises(
            StoreError, match=r"made with an older newsprism's story vectors and signatures.*new store"
        ):
            ingest([], store, Settings())


def test_a_stored_story_of_two_events_splits_with_its_rows(tmp_path: Path) -> None:
    source = tmp_path / "two.jsonl"
    urls = ["https://a.invalid/1", "https://b.invalid/2", "https://c.invalid/3", "https://d.invalid/4"]
    texts = [DAM[0], CUP[0], DAM[1], CUP[1]]
    source.write_text(
        "".join(record(t, u, f"Report {k}") + "\n" for k, (t, u) in enumerate(zip(texts, urls, strict=True)))
    )
    with Store(tmp_path / "s.db") as store:
        ingest([str(source)], store, Settings())
        # Join the two stories by hand, as if the articles had come in an order that chained them.
        with store.transaction():
            stories = StoredStories(store, DocumentFrequencies())
            one, two = stories.get(1), stories.get(2)
            one.size, one.total, one.names = 4, one.total + two.total, one.names | two.names
            stories.merge(one, 2)
        corpus = Corpus(store)
        with store.transaction():
            new = corpus.index.reconsider(1)
        assert new is not None
        rows = store.db.execute("SELECT url, story FROM corpus ORDER BY id").fetchall()
        assert [(r["url"], r["story"]) for r in rows] == list(zip(urls, [1, new.id, 1, new.id], strict=True))
        assert [(s.size, s.changed) for s in store.corpus.stories()] == [(2, True), (2, True)]
        assert corpus.index.reconsider(1) is None  # two articles: not looked at again


def test_a_merged_story_number_is_never_given_again(tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as store, store.transaction():
        stories = StoredStories(store, DocumentFrequencies())
        for number in (1, 2, 12):
            stories.put(StoryCluster(number, 1, None, None, np.ones(4, np.float32)))
        stories.merge(stories.get(1), 12)
        assert stories.next_id() == 13
        stories.merge(stories.get(1), 2)  # a lower number merged later keeps the highest
        assert stories.next_id() == 13


def _halves(tmp_path: Path) -> tuple[Path, Path]:
    """One corpus of two events split in two files, each event worded differently in each."""
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(record(DAM[0], "https://valley.invalid/dam", "Spillway cracks") + "\n"
                   + record(CUP[0], "https://sport.invalid/cup", "Rovers lift the cup") + "\n")  # fmt: skip
    two.write_text(record(DAM[1], "https://river.invalid/dam", "Reservoir drawn down") + "\n"
                   + record(CUP[1], "https://echo.invalid/cup", "Greer the hero") + "\n")  # fmt: skip
    return one, two


def _stories(db: Path) -> set[frozenset[str]]:
    with sqlite3.connect(db) as check:
        rows = check.execute("SELECT story, url FROM corpus").fetchall()
    return {frozenset(url for story, url in rows if story == s) for s in {r[0] for r in rows}}


def test_a_second_writer_sees_the_stories_the_first_formed_since_it_opened(tmp_path: Path) -> None:
    one, two = _halves(tmp_path)
    with Store(tmp_path / "c.db") as first, Store(tmp_path / "c.db") as second:
        early, late = Corpus(first), Corpus(second)  # both opened on an empty store
        for corpus_, source in ((early, one), (late, two)):
            outcome = Ingested()
            items = [i for i in read_inputs([str(source)], Settings()) if isinstance(i, Document)]
            articles = [a for a in clean_documents(items, Settings()) if isinstance(a, Article)]
            corpus_.add(prepare(articles), outcome)
            assert outcome.ok == 2
    assert _stories(tmp_path / "c.db") == {
        frozenset({"https://valley.invalid/dam", "https://river.invalid/dam"}),
        frozenset({"https://sport.invalid/cup", "https://echo.invalid/cup"}),
    }


def test_two_ingests_at_once_form_the_stories_of_one_after_the_other(tmp_path: Path) -> None:
    one, two = _halves(tmp_path)
    run = [sys.executable, "-m", "newsprism", "ingest", "--quiet", "--db"]
    subprocess.run([*run, str(tmp_path / "seq.db"), str(one)], check=True, timeout=300)
    subprocess.run([*run, str(tmp_path / "seq.db"), str(two)], check=True, timeout=300)
    both = [subprocess.Popen([*run, str(tmp_path / "con.db"), str(source)]) for source in (one, two)]
    assert [p.wait(timeout=300) for p in both] == [0, 0]
    assert _stories(tmp_path / "con.db") == _stories(tmp_path / "seq.db")
    assert len(_stories(tmp_path / "seq.db")) == 2
