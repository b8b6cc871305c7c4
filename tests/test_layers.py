"""The package's layers, read from its source with `ast`: who may import whom, and that
the store alone runs SQL."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import ROOT

PACKAGE = ROOT / "src" / "newsprism"
# (a subpackage, the subpackages it must not import: they sit above it)
BELOW = [
    ("read", {"compare", "corpus"}),
    ("compare", {"corpus"}),
]
_SQL_CALLS = {"execute", "executemany", "executescript"}


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def imported(path: Path) -> set[str]:
    """The newsprism modules a file imports, anywhere in it (lazy imports too), as dotted names."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    return {name for name in found if name.split(".")[0] == "newsprism"}


def subpackage(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else None


@pytest.mark.parametrize(("lower", "higher"), BELOW, ids=[lower for lower, _ in BELOW])
def test_a_lower_layer_imports_nothing_above_it(lower: str, higher: set[str]) -> None:
    upward = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / lower).rglob("*.py"))
        for name in sorted(imported(path))
        if subpackage(name) in higher
    ]
    assert upward == []


def test_the_store_and_the_shared_words_import_no_stage() -> None:
    stages = {"ingest", "clean", "read", "compare", "corpus", "render", "web", "pipeline", "cli"}
    for low in ("store.py", "words.py"):
        assert {subpackage(name) for name in imported(PACKAGE / low)} & stages == set(), low


def test_only_the_store_runs_sql() -> None:
    outside = []
    for path in modules():
        if path == PACKAGE / "store.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            named = (
                {alias.name.split(".")[0] for alias in node.names}
                if isinstance(node, ast.Import)
                else {node.module.split(".")[0]}
                if isinstance(node, ast.ImportFrom) and node.module
                else set()
            )
            if "sqlite3" in named:
                outside.append(f"{path.relative_to(PACKAGE)}:{node.lineno} imports sqlite3")
            if isinstance(node, ast.Attribute) and node.attr in _SQL_CALLS:
                outside.append(f"{path.relative_to(PACKAGE)}:{node.lineno} calls .{node.attr}")
    assert outside == []
