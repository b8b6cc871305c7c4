"""The code passes its linters and type checker, and the README's commands are the ones CI runs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, assert_valid_story

BIN = Path(sys.executable).parent
README = (ROOT / "README.md").read_text()


def commands() -> list[str]:
    """The README's two set-up commands, in the order given."""
    block = re.search(r"## Set up\n.*?```sh\n(.*?)```", README, re.DOTALL)
    assert block, "README has a `## Set up` section with a sh block"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.mark.parametrize(
    "args",
    [
        ("ruff", "check", "src", "tests", "benchmarks"),
        ("ruff", "format", "--check", "src", "tests", "benchmarks"),
    ],
    ids=["ruff-check", "ruff-format"],
)
def test_ruff(args: tuple[str, ...]) -> None:
    result = run(BIN / args[0], *args[1:])
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy() -> None:
    result = run(BIN / "mypy", "src")
    assert result.returncode == 0, result.stdout


API_MODULES = ("newsprism", "newsprism.model", "newsprism.store")


@pytest.mark.slow
def test_the_api_reference_builds_from_the_docstrings(tmp_path: Path) -> None:
    result = run(BIN / "pdoc", *API_MODULES, "-o", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Warn" not in result.stdout + result.stderr, result.stderr
    story = (tmp_path / "newsprism.html").read_text()
    for member in ("Story.claim", "Story.claims_in", "Story.sides", "Store.search", "analyze"):
        assert f'id="{member}"' in story, member
    assert (tmp_path / "newsprism" / "model.html").exists()
    readme = (ROOT / "README.md").read_text()
    assert f"pdoc {' '.join(API_MODULES)} -o build/api" in readme


def test_ci_runs_the_readmes_test_command() -> None:
    _install, test = commands()
    assert test in (ROOT / ".ci" / "run").read_text().splitlines()
    assert test.endswith("-m pytest"), "CI runs every test, with no marker filter"


@pytest.mark.slow
def test_the_readmes_main_command_runs_on_the_example(tmp_path: Path) -> None:
    install, _ = commands()
    analyze = install[install.index(".venv/bin/newsprism analyze") :]
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / ".venv").symlink_to(BIN.parent)
    result = subprocess.run(
        analyze, shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    assert_valid_story((tmp_path / "story.json").read_text())
    assert (tmp_path / "story.html").exists()
