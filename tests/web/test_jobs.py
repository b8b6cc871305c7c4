"""Analyses started from the web app: a background job per upload, its progress and its outcome."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism.settings import Settings
from newsprism.store import Store
from newsprism.web.jobs import Job, Jobs
from tests.helpers import article_paragraphs, free_port


@pytest.fixture
def jobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Jobs]:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    runner = Jobs(tmp_path / "stories.db", Settings())
    yield runner
    runner.pool.shutdown(wait=True)


def finished(jobs: Jobs, job: Job, seconds: float = 120) -> Job:
    deadline = time.monotonic() + seconds
    while job.state in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.05)
    found = jobs.get(job.id)
    assert found is job
    return job


def test_a_job_of_unusable_inputs_fails_with_each_input_named_as_given(jobs: Jobs, tmp_path: Path) -> None:
    gone = f"http://127.0.0.1:{free_port()}/sluice"
    files = [("sluice notes.txt", b""), ("../../outside.txt", b"\x00\x01\x02binary\xff" * 40)]
    job = finished(jobs, jobs.start(files, [gone]))
    assert (job.state, job.error, job.analysis, job.inputs, job.read) == (
        "failed",
        "no input gave an article",
        None,
        3,
        3,
    )
    assert [r.input for r in job.reports] == ["sluice notes.txt", "../../outside.txt", gone]
    assert all(r.status != "ok" and r.reason for r in job.reports)
    jobs.pool.submit(int).result()  # one worker: this runs once the job has cleaned up after itself
    assert list((tmp_path / "tmp").iterdir()) == [], "the job's folder is removed"
    assert not (tmp_path / "outside.txt").exists()


def test_a_job_of_nothing_fails_cleanly(jobs: Jobs) -> None:
    job = finished(jobs, jobs.start([], []))
    assert (job.state, job.inputs, job.reports) == ("failed", 0, [])
    assert job.error


def test_an_unknown_job_is_none(jobs: Jobs) -> None:
    assert jobs.get("nope") is None


@pytest.mark.slow
def test_a_job_saves_its_story_and_names_the_uploads(jobs: Jobs, tmp_path: Path) -> None:
    other = (
        "Engineers of the Kestrel Waterways Trust closed the Pellow sluice at Dunhaven on Tuesday.\n"
        "Orrin Velk, who leads the repair crew, said the gates would stay shut until the river fell.\n"
        "Boat owners moored above the sluice were told to expect at least a week of closure.\n"
        "The towpath between the lock and the mill bridge was fenced off for safety."
    )
    files = [("gazette.txt", article_paragraphs("the Pellow sluice").encode()), ("post.txt", other.encode())]
    job = finished(jobs, jobs.start(files, []), seconds=280)
    assert (job.state, job.error, job.read, job.cleaned, job.planned) == ("done", None, 2, 2, 2)
    assert [(r.input, r.status) for r in job.reports] == [("gazette.txt", "ok"), ("post.txt", "ok")]
    assert job.analysis is not None
    with Store(tmp_path / "stories.db") as store:
        story = store.load(job.analysis)
    assert story is not None
    assert [a.path for a in story.articles] == ["gazette.txt", "post.txt"]


@pytest.mark.slow
def test_a_job_takes_each_input_s_metadata_by_the_name_the_user_gave(jobs: Jobs, tmp_path: Path) -> None:
    files = [
        ("gazette.txt", article_paragraphs("the Pellow sluice").encode()),
        ("pasted text.txt", article_paragraphs("the Dunhaven lock").encode()),
    ]
    manifest = {
        "gazette.txt": {"source": "Marrowby Gazette", "published": "18/05/2024 09:30", "author": "Ida Fenn"},
        "pasted text.txt": {"source": "Kestrel Post", "url": "https://kestrel-post.example/lock"},
    }
    job = finished(jobs, jobs.start(files, [], manifest), seconds=280)
    assert job.state == "done", job.error
    with Store(tmp_path / "stories.db") as store:
        story = store.load(job.analysis or 0)
    assert story is not None
    assert [(a.source, a.published, a.author, a.url) for a in story.articles] == [
        ("Marrowby Gazette", "2024-05-18T09:30", "Ida Fenn", None),
        ("Kestrel Post", None, None, "https://kestrel-post.example/lock"),
    ]
