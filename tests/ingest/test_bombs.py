"""Compressed inputs that decompress far past the size limit: each fails alone, with its size,
and memory stays bounded (measured with tracemalloc in this process) whatever it holds."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from newsprism.corpus.ingest import ingest
from newsprism.ingest import read_inputs
from newsprism.model import Document, InputReport
from newsprism.pipeline import analyze
from newsprism.settings import Settings
from newsprism.store import Store
from tests.bombs import MB, gzip_bomb, warc_response
from tests.helpers import Server, article_paragraphs, article_text

BOMB = 400 * MB  # decompressed; the file itself is under half a megabyte
PEAK = 300 * MB  # the bound on memory while reading one


BOMBS = {
    "bomb.jsonl.gz": (b'{"text": "', b'"}\n' + json.dumps({"text": article_text("the ferry")}).encode()),
    "bomb.warc.gz": (warc_response(b"", length=BOMB), b"\r\n\r\n"),
    "bomb.txt.gz": (b"", b""),
    "bomb.html.gz": (b"<html><body><p>", b"</p></body></html>"),
}


@pytest.mark.parametrize("name", BOMBS)
def test_a_gzip_bomb_fails_alone_with_its_size_and_memory_stays_bounded(tmp_path: Path, name: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(article_text())
    head, tail = BOMBS[name]
    gzip_bomb(tmp_path / name, head, BOMB, tail)
    assert (tmp_path / name).stat().st_size < MB // 2
    tracemalloc.start()
    try:
        items = list(read_inputs([str(good), str(tmp_path / name)], Settings()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < PEAK, f"peak {peak / MB:.0f} MB"
    assert isinstance(items[0], Document)
    failed = [i for i in items if isinstance(i, InputReport)]
    assert [r.status for r in failed] == ["failed"]
    assert "too large (400.0 MB" in (failed[0].reason or "")
    assert "the limit is 20.0 MB" in (failed[0].reason or "")
    if name == "bomb.jsonl.gz":
        assert [i.input for i in items] == [str(good), f"{tmp_path / name}:1", f"{tmp_path / name}:2"]
        assert isinstance(items[2], Document), "the line after the huge one is read"


@pytest.mark.slow
def test_past_a_gigabyte_a_bomb_is_only_said_to_be_larger(tmp_path: Path) -> None:
    gzip_bomb(tmp_path / "huge.txt.gz", b"", 1100 * MB)
    [report] = read_inputs([str(tmp_path / "huge.txt.gz")], Settings())
    assert isinstance(report, InputReport)
    assert "too large (more than 1 GB decompressed" in (report.reason or "")


@pytest.mark.slow
@pytest.mark.parametrize("command", ["analyze", "ingest"])
@pytest.mark.parametrize("name", BOMBS)
def test_a_gzip_bomb_beside_a_good_article_under_analyze_and_ingest(
    tmp_path: Path, name: str, command: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(article_paragraphs("the north pier"))
    head, tail = BOMBS[name]
    gzip_bomb(tmp_path / name, head, BOMB, tail)
    inputs = [str(good), str(tmp_path / name)]
    tracemalloc.start()
    try:
        if command == "analyze":
            reports = analyze(inputs).inputs
        else:
            with Store(tmp_path / "corpus.db") as store:
                reports = ingest(inputs, store, Settings()).reports
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < PEAK, f"peak {peak / MB:.0f} MB"
    assert any("too large (400.0 MB" in (r.reason or "") for r in reports)
    if command == "analyze":
        assert [r.status for r in reports][:2] == ["ok", "failed"]


def test_a_page_served_gzip_encoded_is_limited_as_it_decodes(tmp_path: Path, server: Server) -> None:
    gzip_bomb(tmp_path / "page.gz", b"<html><body><p>", BOMB)
    url = server.add("/page", (tmp_path / "page.gz").read_bytes(), headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        [report] = read_inputs([url], Settings())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < PEAK, f"peak {peak / MB:.0f} MB"
    assert isinstance(report, InputReport)
    assert "MB read so far; the limit is 20.0 MB" in (report.reason or "")
