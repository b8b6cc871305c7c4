"""newsprism batch: the stages on one machine and on a local Ray give the same rows, the
same stories as ingest, and readings whose spans hold. Slow: spaCy, and a Ray of 2 CPUs."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from newsprism.compare import join_story
from newsprism.corpus.batch import batch
from newsprism.corpus.ingest import ingest
from newsprism.errors import SettingsError
from newsprism.model import Article, Reading, Story, text_hash
from newsprism.nlp import _pipeline
from newsprism.pipeline import analyze_corpus_story
from newsprism.settings import Settings
from newsprism.store import Store
from tests.corpus.corpora import corpus, record
from tests.helpers import assert_valid_story

pytestmark = pytest.mark.slow


def rows(out: Path) -> list[dict[str, Any]]:
    table = ds.dataset(out / "articles", format="parquet").to_table()
    return table.sort_by([("input_no", "ascending"), ("record_no", "ascending")]).to_pylist()


def grouping(db: Path) -> list[tuple[str, int, bool]]:
    with Store(db) as store:
        found = store.db.execute("SELECT url, story, duplicate_of FROM corpus ORDER BY id").fetchall()
    return [(r["url"], r["story"], r["duplicate_of"] is not None) for r in found]


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("local")
    outcome = batch([str(corpus(where / "corpus.jsonl"))], where / "out", Settings())
    assert (outcome.ok, outcome.duplicate, outcome.skipped, outcome.failed) == (4, 3, 0, 2)
    return where


def test_batch_stores_what_ingest_stores(local: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "ingested.db") as store:
        ingest([str(local / "corpus.jsonl")], store, Settings())
    assert grouping(local / "out" / "corpus.db") == grouping(tmp_path / "ingested.db")
    placed = pq.read_table(local / "out" / "stories.parquet").to_pydict()
    assert placed["record_no"] == [0, 1, 2, 3, 6]  # the text and URL duplicates are not stored
    assert placed["duplicate_of"] == [None, None, None, None, 1]


def test_every_input_item_has_a_row_and_every_reading_holds(local: Path) -> None:
    written = rows(local / "out")
    statuses = (
        ["ok"] * 4 + ["skipped"] * 2 + ["ok"] + ["failed"] * 2 + ["end"]
    )  # skipped: same text as before
    assert [(r["record_no"], r["status"]) for r in written] == list(enumerate(statuses))
    assert "same clean text" in written[4]["reason"]
    assert "not valid JSON" in written[7]["reason"]
    names = set()
    for row in (r for r in written if r["status"] == "ok"):
        reading = Reading.model_validate_json(row["reading"])
        assert reading.hash == text_hash(row["text"])
        article = Article(id=reading.article, path=row["input"], text=row["text"])
        story = join_story(Story(articles=[article]), [reading], Settings())  # the model's checks: spans hold
        assert_valid_story(story.to_json())
        assert story.claims
        names |= {e.name for e in story.entities}
    assert {"Orlen Rovers", "Lower Velmar"} <= names
    assert all(r["reading"] is None and r["words"] is None for r in written if r["status"] != "ok")


def parses() -> int:
    """How often the spaCy pipeline was asked for: once by every parse."""
    info = _pipeline.cache_info()  # the cached loader behind nlp.spacy_pipeline
    return info.hits + info.misses


def test_a_corpus_story_is_analysed_from_the_kept_readings_without_parsing(local: Path) -> None:
    with Store(local / "out" / "corpus.db") as store:
        largest = store.corpus.stories()[0]
        before = parses()
        story = analyze_corpus_story(store, largest.id, Settings())
    assert parses() == before
    assert len(story.articles) == largest.size
    assert story.claims
    assert story.entities


def test_the_ray_engine_writes_the_same_rows_and_stories(local: Path, tmp_path: Path) -> None:
    outcome = batch([str(local / "corpus.jsonl")], tmp_path / "out", Settings(), engine="ray", workers=2)
    assert (outcome.ok, outcome.duplicate, outcome.skipped, outcome.failed) == (4, 3, 0, 2)
    assert rows(tmp_path / "out") == rows(local / "out")
    assert grouping(tmp_path / "out" / "corpus.db") == grouping(local / "out" / "corpus.db")
    stories = [pq.read_table(d / "stories.parquet").to_pydict() for d in (tmp_path / "out", local / "out")]
    assert stories[0] == stories[1]


@pytest.mark.parametrize(
    ("engine", "prepared", "message"),
    [("local", True, "holds no batch of these inputs"), ("spark", False, "unknown engine 'spark'")],
)
def test_a_batch_that_cannot_run_says_why(tmp_path: Path, engine: str, prepared: bool, message: str) -> None:
    out = tmp_path / "out"
    if prepared:
        out.mkdir()
        (out / "kept.txt").write_text("earlier results")
    with pytest.raises(SettingsError, match=message):
        batch([str(corpus(tmp_path / "c.jsonl"))], out, Settings(), engine=engine)
    if prepared:
        assert [p.name for p in out.iterdir()] == ["kept.txt"]


def harbour_corpus(folder: Path, files: int, records: int) -> list[str]:
    """`files` JSONL files of `records` distinct short articles each."""
    words = ["harbour", "crane", "ferry", "pier", "tide", "storm", "quay", "barge", "lantern", "canal"]
    names = []
    for f in range(files):
        lines = []
        for r in range(records):
            i = f * records + r
            text = (
                "The " + " ".join(words[(i * 7 + k) % len(words)] + str(i * 31 + k) for k in range(40)) + "."
            )
            lines.append(record(text, f"https://wire.invalid/{i}", f"Item {i}"))
        path = folder / f"part{f}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        names.append(str(path))
    return names


def test_a_killed_batch_resumes_to_the_rows_and_stories_of_a_whole_run(tmp_path: Path) -> None:
    inputs = harbour_corpus(tmp_path, files=4, records=50)
    whole = tmp_path / "whole"
    batch(inputs, whole, Settings())
    out = tmp_path / "out"
    run = [sys.executable, "-m", "newsprism", "batch", *inputs, "--out", str(out)]
    first = subprocess.Popen(run, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list((out / "articles").glob("*.parquet"))) < 2:
        time.sleep(0.02)
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert not (out / "stories.parquet").exists()  # killed before the end
    second = subprocess.run(run, capture_output=True, text=True, timeout=300, check=False)
    assert second.returncode == 0, second.stderr
    assert "200 ok" in second.stderr
    for done in (out, whole):
        assert len(rows(done)) == 204  # every record once, and an end row an input
    assert rows(out) == rows(whole)
    assert grouping(out / "corpus.db") == grouping(whole / "corpus.db")
    again = batch(inputs, out, Settings())  # a finished batch run again: nothing read, clustered anew
    assert again.ok == 200
    assert rows(out) == rows(whole)
