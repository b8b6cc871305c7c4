"""Inputs on disk: paths, directories, globs and stdin, to documents."""

from __future__ import annotations

import glob
import gzip
import sys
from collections.abc import Iterator
from pathlib import Path

from newsprism.errors import InputError
from newsprism.ingest.decode import decode
from newsprism.model import ContentFormat, Document, InputReport
from newsprism.settings import Settings

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_GLOB_CHARS = set("*?[")


def kind_of(path: Path) -> str:
    """The reader for a path, from its name: text, html, json, jsonl, warc, feed or unknown."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    last = suffixes[-1] if suffixes else ""
    for kind, known in (
        ("text", TEXT_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("json", JSON_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
        ("warc", WARC_SUFFIXES),
        ("feed", FEED_SUFFIXES),
    ):
        if last in known:
            return kind
    return "unknown"


def expand(name: str) -> Iterator[Path | InputReport]:
    """The files an input names: itself, a directory's readable files, or a glob's matches."""
    path = Path(name)
    if path.is_dir():
        yield from _directory(name, path)
    elif path.exists():
        yield path
    elif _GLOB_CHARS & set(name):
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            yield InputReport(input=name, status="failed", reason="no file matches this pattern")
        for match in matches:
            yield from expand(match)
    else:
        yield InputReport(input=name, status="failed", reason="no such file or directory")


def _directory(name: str, path: Path) -> Iterator[Path | InputReport]:
    files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
    readable = [p for p in files if kind_of(p) != "unknown"]
    for p in files:
        if kind_of(p) == "unknown":
            reason = f"not a file type newsprism reads ({p.suffix or 'no extension'})"
            yield InputReport(input=str(p), status="skipped", reason=reason)
    if not readable:
        yield InputReport(input=name, status="failed", reason="directory has no readable files")
    yield from readable


def _hidden(p: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in p.relative_to(root).parts)


def read_bytes(path: Path, settings: Settings) -> bytes:
    """A whole file, refusing one larger than the limit; `.gz` files are decompressed."""
    try:
        size = path.stat().st_size
        _check_size(size, settings)
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as fh:
                data = fh.read(settings.max_input_bytes + 1)
        else:
            data = path.read_bytes()
    except (OSError, EOFError) as exc:
        raise InputError(f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    _check_size(len(data), settings)
    return data


def read_stdin(settings: Settings) -> bytes:
    data = sys.stdin.buffer.read(settings.max_input_bytes + 1)
    _check_size(len(data), settings)
    return data


def _check_size(size: int, settings: Settings) -> None:
    if size > settings.max_input_bytes:
        raise InputError(
            f"too large ({size / 1e6:.1f} MB; the limit is {settings.max_input_bytes / 1e6:.1f} MB,"
            " setting max_input_bytes)"
        )


def document_from_bytes(name: str, data: bytes, kind: str, declared: str | None = None) -> Document:
    """A text or HTML document from a file's bytes; HTML is recognised whatever the name."""
    text = decode(data, declared)
    fmt: ContentFormat = "html" if kind == "html" or looks_like_html(text) else "text"
    return Document(input=name, content=text, format=fmt)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    if head.startswith("<?xml"):
        return "<html" in head
    return head.startswith(("<!doctype html", "<html", "<head", "<body", "<meta"))
