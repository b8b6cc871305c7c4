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
from newsprism.ingest.files import read_bytes
from newsprism.ingest.meta import iso_date, outlet_name, text_or_none
from newsprism.model import ContentFormat, Document, InputReport
from newsprism.settings import Settings


def read_jsonl(path: Path, settings: Settings) -> Iterator[Document | InputReport]:
    with _open(path) as fh:
        for number, raw in enumerate(fh, start=1):
            name = f"{path}:{number}"
            if not raw.strip():
                continue
            if len(raw) > settings.max_input_bytes:
                yield _failed(name, "record too large (setting max_input_bytes)")
                continue
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield _failed(name, f"not valid JSON ({_why(exc)})")
                continue
            yield _document_or_report(name, record)


def read_json(path: Path, settings: Settings) -> Iterator[Document | InputReport]:
    try:
        data = json.loads(read_bytes(path, settings))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid JSON ({_why(exc)})") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
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
        published=iso_date(record.get("published")),
        author=text_or_none(record.get("author")),
    )


def _failed(name: str, reason: str) -> InputReport:
    return InputReport(input=name, status="failed", reason=reason)


def _why(exc: Exception) -> str:
    return str(exc).split(":")[0] if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
