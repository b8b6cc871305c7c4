from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newsprism.ingest import read_inputs
from newsprism.ingest.files import BROKEN_LINK, kind_of
from newsprism.model import Document, InputReport
from newsprism.settings import Settings
from tests.helpers import article_text


def read(*names: str | Path, **settings: object) -> list[Document | InputReport]:
    return list(read_inputs([str(n) for n in names], Settings(**settings)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "kind"),
    [("a.txt", "text"), ("a.TXT", "text"), ("a.html", "html"), ("a.htm", "html"), ("a.html.gz", "html"),
     ("a.json", "json"), ("a.jsonl", "jsonl"), ("a.jsonl.gz", "jsonl"), ("a.ndjson", "jsonl"),
     ("a.warc", "warc"), ("a.warc.gz", "warc"), ("a.rss", "feed"), ("a.xml", "feed"),
     ("a.pdf", "unknown"), ("README", "unknown")],
)  # fmt: skip
def test_kind_of_a_path(name: str, kind: str) -> None:
    assert kind_of(Path(name)) == kind


def test_a_text_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(article_text(), encoding="utf-8")
    [doc] = read(tmp_path / "story.txt")
    assert isinstance(doc, Document)
    assert doc.format == "text"
    assert doc.content.startswith("Officials in Corvale")


def test_html_is_recognised_whatever_the_name(tmp_path: Path) -> None:
    (tmp_path / "saved").write_text("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    [doc] = read(tmp_path / "saved")
    assert isinstance(doc, Document)
    assert doc.format == "html"


def test_gzipped_html_is_read(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(b"<html><body><p>Hello</p></body></html>"))
    [doc] = read(tmp_path / "page.html.gz")
    assert isinstance(doc, Document)
    assert "Hello" in doc.content


def test_a_directory_gives_its_readable_files_and_skips_the_rest(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(article_text())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG....")
    (tmp_path / ".hidden.txt").write_text("secret")
    items = read(tmp_path)
    docs = [i.input for i in items if isinstance(i, Document)]
    assert docs == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.html")]
    [skipped] = [i for i in items if isinstance(i, InputReport)]
    assert skipped.status == "skipped"
    assert "photo.png" in skipped.input
    assert ".png" in (skipped.reason or "")


def test_in_a_directory_a_broken_link_fails_and_a_pipe_is_skipped_unread(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(article_text())
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    os.mkfifo(tmp_path / "stuck.txt")  # reading it would wait forever
    (tmp_path / "loop").symlink_to(tmp_path)
    items = read(tmp_path)
    assert [(Path(i.input).name, i.status, i.reason) for i in items if isinstance(i, InputReport)] == [
        ("gone.txt", "failed", BROKEN_LINK),
        ("stuck.txt", "skipped", "not a regular file"),
    ]
    assert [Path(i.input).name for i in items if isinstance(i, Document)] == ["b.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
def test_an_unreadable_file_in_a_directory_fails(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(article_text())
    (tmp_path / "locked.txt").write_text(article_text())
    (tmp_path / "locked.txt").chmod(0)
    [_, report] = read(tmp_path)
    assert isinstance(report, InputReport)
    assert (report.status, report.reason) == ("failed", "cannot read: Permission denied")


def test_a_glob_expands(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt", "three.html"):
        (tmp_path / name).write_text(article_text())
    items = read(str(tmp_path / "*.txt"))
    assert sorted(Path(i.input).name for i in items) == ["one.txt", "two.txt"]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p / "nothing-*.txt", "no file matches"),
        (lambda p: (p / "empty").mkdir() or p / "empty", "no readable files"),
        (lambda p: ((p / "empty.txt").write_bytes(b"") and p / "empty.txt") or p / "empty.txt", "empty"),
        (lambda p: (p / "doc.txt").write_bytes(b"%PDF-1.4 binary") and p / "doc.txt", "PDF"),
        (lambda p: (p / "noise.txt").write_bytes(bytes(range(256)) * 8) and p / "noise.txt", "binary"),
        (lambda p: (p / "loop.txt").symlink_to(p / "loop.txt") or p / "loop.txt", "broken link"),
    ],
    ids=[
        "missing",
        "glob-without-match",
        "empty-directory",
        "empty-file",
        "pdf-named-txt",
        "random-bytes",
        "link-loop",
    ],
)
def test_bad_inputs_fail_with_a_reason(tmp_path: Path, make: object, reason: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    [report] = read(path)
    assert isinstance(report, InputReport)
    assert report.status == "failed"
    assert reason in (report.reason or "")
    assert report.input == str(path)


def test_a_50_mb_file_fails_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50_000_000)
    [report] = read(big)
    assert isinstance(report, InputReport)
    assert "too large (50.0 MB" in (report.reason or "")


def test_the_size_limit_is_a_setting(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article_text())
    [report] = read(tmp_path / "a.txt", max_input_bytes=100)
    assert isinstance(report, InputReport)
    assert "max_input_bytes" in (report.reason or "")


def test_one_bad_input_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(article_text())
    items = read(tmp_path / "missing.txt", tmp_path / "good.txt")
    assert [type(i).__name__ for i in items] == ["InputReport", "Document"]
