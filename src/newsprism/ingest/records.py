"""Corpus records: JSON files and JSON Lines, one article a record.

A record is an object with `text` or `html`, and optionally `url`, `title`, `source`,
`published` and `author`. A JSON file holds one record, a list of records, or an object
whose `articles` is a list of records (so a story document can be read back in).
JSON Lines are streamed: each line ends on its own, and a bad line fails alone.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsprism.errors import InputError
from newsprism.ingest.files import CHUNK, read_bytes, too_large
from newsprism.ingest.meta import outlet_name, text_or_none
from newsprism.model import ContentFormat, Document, InputReport, other_version
from newsprism.settings import Settings


def read_jsonl(path: Path, settings: Settings) -> Iterator[Document | InputReport]:
    limit = settings.max_input_bytes
    with _open(path) as fh:
        for number, (raw, size) in enumerate(_lines(fh, limit), start=1):
            name = f"{path}:{number}"
            if size > limit:
                yield _failed(name, "record " + too_large(f"{size / 1e6:.1f} MB", settings))
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield _failed(name, f"not valid JSON ({_why(exc)})")
                continue
            yield _document_or_report(name, record)


def _lines(fh: io.BufferedIOBase, limit: int) -> Iterator[tuple[bytes, int]]:
    """Each line and its length, never holding more than `limit` bytes of one line: a longer
    line is read on to its end a chunk at a time and given as empty bytes with its length."""
    while line := fh.readline(limit + 1):
        size = len(line)
        if size > limit:
            while not line.endswith(b"\n") and (line := fh.readline(CHUNK)):
                size += len(line)
            line = b""
        yield line, size


def read_json(path: Path, settings: Settings) -> Iterator[Document | InputReport]:
    try:
        data = json.loads(read_bytes(path, settings))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid JSON ({_why(exc)})") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        if problem := other_version(data):
            raise InputError(problem)
        data = data["articles"]
    if isinstance(data, dict):
        yield _document_or_report(str(path), data)
    elif isinstance(data, list):
        for number, record in enumerate(data, start=1):
            yield _document_or_report(f"{path}:{number}", record)
    else:
        raise InputError("JSON is neither a record nor a list of records")


def _open(path: Path) -> io.BufferedIOBase:
    try:
        if path.suffix.lower() == ".gz":
            return gzip.open(path, "rb")
        return open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def _document_or_report(name: str, record: Any) -> Document | InputReport:
    try:
        return document_from_record(name, record)
    except InputError as exc:
        return _failed(name, exc.reason)


def document_from_record(name: str, record: Any) -> Document:
    if not isinstance(record, dict):
        raise InputError(f"record is a {type(record).__name__}, not an object")
    html, text = record.get("html"), record.get("text")
    fmt: ContentFormat
    if isinstance(html, str) and html.strip():
        content, fmt = html, "html"
    elif isinstance(text, str) and text.strip():
        content, fmt = text, "text"
    else:
        raise InputError("record has no `text` or `html`")
    return Document(
        input=name,
        content=content,
        format=fmt,
        url=text_or_none(record.get("url")),
        title=text_or_none(record.get("title")),
        source=outlet_name(record.get("source")),
        published=text_or_none(record.get("published")),
        author=text_or_none(record.get("author")),
    )


def _failed(name: str, reason: str) -> InputReport:
    return InputReport(input=name, status="failed", reason=reason)


def _why(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg.removesuffix(' at')} at line {exc.lineno}, column {exc.colno}"
    return "not UTF-8"
