"""Analyses started from the web app, run one at a time in a background thread.

A job copies its inputs to a private temporary folder, runs `analyze` on them, saves the
analysis in the store and removes the folder. Its progress (inputs read, articles cleaned)
and its outcome are kept in memory for the pages that show them.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from newsprism.errors import NewsprismError
from newsprism.ingest.manifest import Manifest
from newsprism.model import InputReport, Story
from newsprism.settings import Settings
from newsprism.store import Store

log = logging.getLogger("newsprism")

JobState = Literal["queued", "running", "done", "failed"]


class Job(BaseModel):
    """An analysis started from the web app: its progress, then the saved analysis or the error."""

    id: str
    inputs: int  # files and URLs given
    planned: int | None = None  # the inputs to read, as the reading counts them (None: not known)
    state: JobState = "queued"
    read: int = 0
    cleaned: int = 0
    stage: str = "reading inputs"
    analysis: int | None = None  # its number in the store, once saved
    error: str | None = None
    reports: list[InputReport] = Field(default_factory=list)


class Jobs:
    def __init__(self, db: Path, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsprism-job")

    def start(self, files: list[tuple[str, bytes]], urls: list[str], manifest: Manifest | None = None) -> Job:
        """A job analysing the given files (name, content) and URLs together as one story,
        with the metadata `manifest` gives by file name or URL."""
        folder = Path(tempfile.mkdtemp(prefix="newsprism-"))
        inputs: list[str] = []
        names: dict[str, str] = {}
        for k, (name, content) in enumerate(files):
            path = folder / f"{k:03d}-{_safe_name(name)}"
            path.write_bytes(content)
            inputs.append(str(path))
            names[str(path)] = name
        inputs += urls
        rows = manifest or {}
        by_input = {path: rows[name] for path, name in names.items() if name in rows}
        by_input |= {url: rows[url] for url in urls if url in rows}
        job = Job(id=uuid.uuid4().hex[:12], inputs=len(inputs))
        with self.lock:
            self.jobs[job.id] = job
        self.pool.submit(self._run, job, inputs, folder, names, by_input)
        return job

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            return self.jobs.get(job_id)

    def _run(
        self, job: Job, inputs: list[str], folder: Path, names: dict[str, str], manifest: Manifest
    ) -> None:
        from newsprism.errors import NoUsableInput
        from newsprism.pipeline import analyze

        job.state = "running"

        def progress(stage: str, total: int | None) -> None:
            if stage == "read":
                job.read += 1
                job.planned = total
            elif stage == "clean":
                job.cleaned += 1
            else:
                job.stage = stage

        try:
            public_only = not self.settings.web_private_urls
            story = analyze(
                inputs, manifest=manifest, settings=self.settings, progress=progress, public_only=public_only
            )
            story = _named(story, names)
            with Store(self.db) as store:
                job.analysis = store.save(story)
            job.reports = story.inputs
            job.state = "done"
        except NoUsableInput as exc:
            job.reports = [_renamed(r, names) for r in exc.reports]
            job.error, job.state = "no input gave an article", "failed"
        except NewsprismError as exc:
            job.error, job.state = str(exc), "failed"
        except Exception as exc:  # a job must end in a state the page can show (logged)
            log.exception("analysis %s failed", job.id)
            job.error, job.state = f"internal error: {type(exc).__name__}: {exc}", "failed"
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def _named(story: Story, names: dict[str, str]) -> Story:
    """The story with each uploaded file named as the user named it, not by its temporary path."""
    articles = [a.model_copy(update={"path": names.get(a.path, a.path)}) for a in story.articles]
    return story.model_copy(
        update={"articles": articles, "inputs": [_renamed(r, names) for r in story.inputs]}
    )


def _renamed(report: InputReport, names: dict[str, str]) -> InputReport:
    return report.model_copy(update={"input": names.get(report.input, report.input)})


def _safe_name(name: str) -> str:
    """A file name kept for its extension and readability, with nothing that walks out of the folder."""
    base = Path(name.replace("\\", "/")).name or "upload"
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in base)[-80:] or "upload"
