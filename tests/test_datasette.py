"""The store opens in Datasette as it is: a real `datasette serve` of a store that ingest
and `analyze --save` made, its tables listed and its full-text index searched. Slow."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.helpers import ROOT, free_port

pytestmark = pytest.mark.slow
DUNMORE = ROOT / "tests" / "data" / "dunmore"


def run(*args: str | Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsprism", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_datasette_serves_the_store_and_its_search_finds_the_article(tmp_path: Path) -> None:
    db = tmp_path / "newsroom.db"
    run("ingest", DUNMORE, "--db", db, "--quiet")
    run("analyze", "--story", "1", "--db", db, "--save", "--quiet")
    port = free_port()
    datasette = Path(sys.executable).with_name("datasette")
    server = subprocess.Popen(
        [datasette, "serve", db, "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/newsroom"
    try:
        tables = _get(f"{base}.json")
        names = {t["name"] for t in tables["tables"]}
        assert {"analyses", "articles", "claims", "quotes", "corpus", "search", "findings_search"} <= names
        [hit] = _get(f"{base}/search.json", _search="queue", _shape="array")
        assert (hit["analysis"], hit["title"]) == (1, "Dunmore residents queue for bottled water as reservoir tests positive for E. coli")  # fmt: skip
        sql = "select article from search where search match :q order by rank"
        assert _get(f"{base}.json", sql=sql, q="queue", _shape="array") == [{"article": hit["article"]}]
        claims = _get(f"{base}/findings_search.json", _search="bottled", _shape="array")
        assert claims
        assert all("bottled" in c["text"].lower() for c in claims)
    finally:
        server.terminate()
        server.wait(timeout=10)


def _get(url: str, **params: str) -> object:
    deadline = time.monotonic() + 30
    while True:
        try:
            response = httpx.get(url, params=params, timeout=10)
            response.raise_for_status()
            return response.json()
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
