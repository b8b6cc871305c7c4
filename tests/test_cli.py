"""The command line as a person runs it: a real process, its exit code, what it prints."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from newsprism import __version__
from newsprism.store import Store
from tests.helpers import ROOT, assert_valid_story, free_port

EXAMPLE = ROOT / "examples" / "footbridge"
WIRE = EXAMPLE / "articles" / "coastline-wire.txt"
pytestmark = pytest.mark.slow


def newsprism(
    *args: str | Path, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsprism", *map(str, args)],
        input=stdin.decode() if stdin else None, capture_output=True, text=True, cwd=cwd, timeout=120, check=False,
    )  # fmt: skip


def test_version_prints_the_package_version() -> None:
    done = newsprism("--version")
    assert (done.returncode, done.stdout) == (0, f"newsprism {__version__}\n")


def test_batch_names_its_engines(tmp_path: Path) -> None:
    done = newsprism("batch", WIRE, "--out", tmp_path / "out", "--engine", "spark")
    assert done.returncode == 2
    assert "'spark' is not one of 'local', 'ray'" in " ".join(done.stderr.replace("│", " ").split())
    assert "<local|ray>" in newsprism("batch", "--help").stdout


def test_the_example_writes_json_and_html(tmp_path: Path) -> None:
    run = newsprism("analyze", EXAMPLE / "articles", "--manifest", EXAMPLE / "manifest.csv",
                    "--json", tmp_path / "story.json", "--html", tmp_path / "story.html")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Southbank Observer" in run.stdout
    assert "words kept" in run.stdout
    assert "quotes (" in run.stdout
    assert "framing marks" in run.stdout
    assert run.stderr.strip().endswith("4 ok, 0 skipped, 0 failed")
    assert_valid_story((tmp_path / "story.json").read_text())
    assert "Larkmoor" in (tmp_path / "story.html").read_text()


def test_save_keeps_the_analysis_in_the_store(tmp_path: Path) -> None:
    db = tmp_path / "kept.db"
    run = newsprism(
        "analyze", WIRE, EXAMPLE / "articles" / "harbour-daily.txt", "--save", "--db", db, "--quiet"
    )
    assert run.returncode == 0, run.stderr
    with Store(db) as store:
        [row] = store.analyses()
        story = store.load(row.id)
    assert story is not None
    assert [a.path for a in story.articles] == [str(WIRE), str(EXAMPLE / "articles" / "harbour-daily.txt")]


def test_serve_answers_on_loopback_until_stopped(tmp_path: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "newsprism", "serve", str(tmp_path / "s.db"), "--port", str(port)],
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline, page = time.monotonic() + 60, None
        while page is None and time.monotonic() < deadline:
            with contextlib.suppress(httpx.TransportError):
                page = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
            time.sleep(0.2)
        assert page is not None
        assert page.status_code == 200
        assert "No analysis saved yet" in page.text
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert f"serving {tmp_path / 's.db'} at http://127.0.0.1:{port}/" in stderr


def test_ingest_then_list_and_analyse_a_corpus_story(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    run = newsprism("ingest", EXAMPLE / "articles", WIRE, "--db", db, "--quiet")
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip().endswith("4 ok, 1 duplicate, 0 skipped, 0 failed")
    listed = newsprism("stories", "--db", db)
    assert "1 corpus stories in" in listed.stdout
    assert "Bridge collapse: what we" in listed.stdout
    story = newsprism("analyze", "--story", "1", "--db", db, "--json", tmp_path / "s.json", "--quiet")
    assert story.returncode == 0, story.stderr
    assert len(assert_valid_story((tmp_path / "s.json").read_text()).articles) == 4
    both = newsprism("analyze", WIRE, "--story", "1", "--db", db)
    assert both.returncode == 2
    assert "give inputs, --corpus-story ID or --all, one of the three" in both.stderr
    more = newsprism("ingest", ROOT.parent / "shared" / "seeds", "--db", db, "--quiet")
    assert more.returncode == 0, more.stderr
    with Store(db) as store:
        changed = [s.id for s in store.corpus.stories() if s.changed]
    assert changed
    assert 1 not in changed  # analysed above, and the seeds tell another story
    every = newsprism("analyze", "--all", "--jobs", "2", "--db", db)
    assert every.returncode == 0, every.stderr
    assert sorted(int(line.split()[2].rstrip(":")) for line in every.stdout.splitlines()) == sorted(changed)
    with Store(db) as store:
        assert not any(s.changed for s in store.corpus.stories())
        assert len(store.analyses()) == len(changed)


def test_some_failed_inputs_exit_1_with_one_line_each(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("   ")
    run = newsprism(
        "analyze", WIRE, tmp_path / "blank.txt", tmp_path / "gone.html", "--json", tmp_path / "s.json", "-q"
    )
    assert run.returncode == 1
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert lines == [
        f"newsprism: failed: {tmp_path / 'blank.txt'}: empty",
        f"newsprism: failed: {tmp_path / 'gone.html'}: no such file or directory",
        "1 ok, 0 skipped, 2 failed",
    ]
    assert "Traceback" not in run.stderr
    assert len(json.loads((tmp_path / "s.json").read_text())["articles"]) == 1


def test_nothing_usable_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "story.json"
    out.write_text("previous")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    run = newsprism("analyze", tmp_path / "photo.txt", "--json", out, "--html", tmp_path / "r.html")
    assert run.returncode == 2
    assert "binary file (a PNG image)" in run.stderr
    assert "no output written" in run.stderr
    assert out.read_text() == "previous"
    assert not (tmp_path / "r.html").exists()


def test_a_run_that_ends_while_the_models_load_exits_cleanly(tmp_path: Path) -> None:
    """The models load in threads while the inputs are read; ending before they are loaded
    once aborted the process (ONNX Runtime's threads at exit), about one run in two."""
    (tmp_path / "short.txt").write_text("Too short.")
    codes = [newsprism("analyze", tmp_path / "short.txt", "-q").returncode for _ in range(4)]
    assert codes == [2, 2, 2, 2]


def test_skipped_duplicates_still_exit_0(tmp_path: Path) -> None:
    run = newsprism("analyze", WIRE, WIRE, "-q")
    assert run.returncode == 0
    assert "skipped" in run.stderr
    assert "duplicate" in run.stderr


def test_stdin(tmp_path: Path) -> None:
    run = newsprism("analyze", "-", "--json", tmp_path / "s.json", stdin=WIRE.read_bytes())
    assert run.returncode == 0, run.stderr
    story = assert_valid_story((tmp_path / "s.json").read_text())
    assert story.articles[0].path == "-"
    assert "Larkmoor" in story.articles[0].text


def test_a_bad_setting_is_one_line_and_debug_shows_the_traceback() -> None:
    run = newsprism("analyze", WIRE, "--set", "colour=red")
    assert run.returncode == 2
    assert run.stderr.strip().startswith("newsprism: unknown setting 'colour'")
    assert len(run.stderr.strip().splitlines()) == 1
    debug = newsprism("analyze", WIRE, "--set", "colour=red", "--debug")
    assert "Traceback" in debug.stderr


def test_schema_and_settings_commands(tmp_path: Path) -> None:
    run = newsprism("schema", tmp_path / "schema.json")
    assert run.returncode == 0
    assert (tmp_path / "schema.json").read_text() == (ROOT / "schema" / "story.schema.json").read_text()
    listing = newsprism("settings")
    assert "max_input_bytes = 20000000\n    Largest file, download or corpus record read" in listing.stdout
    assert "\nurl_timeout = 15.0\n" in listing.stdout
    assert max(len(line) for line in listing.stdout.splitlines()) <= 80


@pytest.mark.parametrize(
    ("done", "total", "things", "rate", "shown"),
    [
        (3, 40, "articles", 2.14, "3/40 articles, 2.1/s"),
        (1, 40, "inputs", None, "1/40 inputs"),
        (7, None, "inputs", 0.5, "7 inputs, 0.5/s"),
        (0, None, "", None, ""),
    ],
)
def test_the_progress_line_counts_with_total_and_rate(
    done: int, total: int | None, things: str, rate: float | None, shown: str
) -> None:
    from newsprism.cli import progress_count

    assert progress_count(done, total, things, rate) == shown


def test_ingest_takes_a_manifest_and_warns_of_a_date_it_cannot_read(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,source,published,author\ncoastline-wire.txt,Orlow Post,last Tuesday,Ida Fenn\n")
    db = tmp_path / "corpus.db"
    run = newsprism("ingest", WIRE, "--manifest", manifest, "--db", db, "--quiet")
    assert run.returncode == 0, run.stderr
    assert f"newsprism: warning: {WIRE}: date 'last Tuesday' cannot be read" in run.stderr
    with Store(db) as store:
        [article] = store.corpus.articles(1)
    assert (article.source, article.author, article.published) == ("Orlow Post", "Ida Fenn", None)


def test_analyses_and_corpus_stories_are_listed_apart(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert newsprism("analyses", "--db", db).stdout.startswith(f"no saved analyses in {db}")
    saved = newsprism("analyze", WIRE, "--save", "--db", db, "--quiet")
    assert saved.returncode == 0, saved.stderr
    listed = newsprism("analyses", "--db", db)
    assert "1 saved analyses in" in listed.stdout
    assert "Coastline Wire" in listed.stdout
    stories = newsprism("stories", "--db", db).stdout
    assert "no corpus stories in" in stories
    assert "it holds 1 saved analyses (newsprism analyses)" in stories
