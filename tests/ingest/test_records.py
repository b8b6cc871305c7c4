from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsprism.ingest import read_inputs
from newsprism.model import Document, InputReport
from newsprism.settings import Settings
from tests.helpers import article_text


def read(path: Path) -> list[Document | InputReport]:
    return list(read_inputs([str(path)], Settings()))


def test_jsonl_records_with_metadata_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": article_text(), "url": "https://paper.test/a", "title": "Reservoir works",
                    "source": "The Corvale Herald", "published": "2024-03-02T10:00:00Z", "author": "Ana Reyes"}),
        '{"text": "unterminated',
        json.dumps({"title": "no body"}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"html": "<html><body><p>x</p></body></html>", "source": "www.corvale.test"}),
    ]  # fmt: skip
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    first, bad_json, no_text, not_object, html = read(path)
    assert isinstance(first, Document)
    assert (first.input, first.source, first.title, first.author) == (
        f"{path}:1", "The Corvale Herald", "Reservoir works", "Ana Reyes")  # fmt: skip
    assert first.published == "2024-03-02T10:00:00+00:00"
    assert isinstance(bad_json, InputReport)
    assert bad_json.input == f"{path}:2"
    assert "not valid JSON" in str(bad_json.reason)
    assert isinstance(no_text, InputReport)
    assert "no `text` or `html`" in str(no_text.reason)
    assert isinstance(not_object, InputReport)
    assert "list, not an object" in str(not_object.reason)
    assert isinstance(html, Document)
    assert html.format == "html"
    assert html.source is None, "a hostname is not an outlet name"


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps({"text": article_text()}).encode()))
    [doc] = read(path)
    assert isinstance(doc, Document)


def test_a_json_list_and_a_story_document_are_read(tmp_path: Path) -> None:
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"text": article_text()}, {"text": article_text("the ferry")}]))
    assert [d.input for d in read(listed)] == [f"{listed}:1", f"{listed}:2"]
    story = tmp_path / "story.json"
    story.write_text(
        json.dumps({"schema": "newsprism.story/1", "articles": [{"id": "a1", "text": article_text()}]})
    )
    [doc] = read(story)
    assert isinstance(doc, Document)


def test_a_story_document_of_another_version_fails_with_both_versions(tmp_path: Path) -> None:
    story = tmp_path / "story.json"
    story.write_text(json.dumps({"schema": "newsprism.story/2", "articles": [{"text": article_text()}]}))
    [report] = read(story)
    assert isinstance(report, InputReport)
    assert (report.status, report.reason) == (
        "failed", "a story document of schema 'newsprism.story/2'; this newsprism reads 'newsprism.story/1'")  # fmt: skip


def test_malformed_json_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json")
    [report] = read(path)
    assert isinstance(report, InputReport)
    assert report.status == "failed"
    assert "not valid JSON" in str(report.reason)
