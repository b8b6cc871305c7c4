"""Golden files: the whole story document of the example, the project's own test stories
and the seeds, as the reading and comparing before the per-article reading wrote them
(tests/data/golden). A change that changes a finding shows here first; when the change is
meant, write the files anew with `NEWSPRISM_WRITE_GOLDEN=1 pytest tests/test_golden.py`.
The seeds are third-party text, so only their document's SHA-256 is kept. Slow: models."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

import newsprism
from tests.helpers import ROOT

pytestmark = pytest.mark.slow

GOLDEN = ROOT / "tests" / "data" / "golden"
STORIES = {
    "footbridge": (["examples/footbridge/articles"], "examples/footbridge/manifest.csv"),
    "dunmore": (["tests/data/dunmore"], "tests/data/dunmore.manifest.csv"),
    "vostrel": (["tests/data/vostrel"], "tests/data/vostrel.manifest.csv"),
}
WRITE = os.environ.get("NEWSPRISM_WRITE_GOLDEN") == "1"


@pytest.fixture(autouse=True)
def _at_the_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # inputs named relative to the repository, as the documents record them


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_story_document_is_its_golden_file(name: str) -> None:
    inputs, manifest = STORIES[name]
    written = newsprism.analyze(inputs, manifest=manifest).to_json()
    golden = GOLDEN / f"{name}.story.json"
    if WRITE:
        golden.write_text(written, encoding="utf-8")
    assert written == golden.read_text(encoding="utf-8")


def test_the_seeds_document_is_its_golden_digest() -> None:
    seeds = sorted(
        str(Path("..") / "shared" / "seeds" / p.name)
        for p in (ROOT.parent / "shared" / "seeds").glob("*.txt")
    )
    digest = hashlib.sha256(newsprism.analyze(seeds).to_json().encode("utf-8")).hexdigest()
    golden = GOLDEN / "seeds.story.sha256"
    if WRITE:
        golden.write_text(digest + "\n", encoding="utf-8")
    assert digest == golden.read_text(encoding="utf-8").strip()
