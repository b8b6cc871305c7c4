"""WARC files: each HTML response record is one document.

Records of other types (requests, metadata, images, scripts) are not articles and are
passed over. A truncated or corrupt record fails with its number; the records before it
are kept. warcio reads a truncated record without complaint, so truncation is detected
here: an uncompressed record whose payload ends before its Content-Length, or a gzipped
file whose last member never completes.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsprism.errors import InputError
from newsprism.ingest.decode import charset_of
from newsprism.ingest.files import counted, document_from_bytes, too_large
from newsprism.model import Document, InputReport
from newsprism.settings import Settings

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, settings: Settings) -> Iterator[Document | InputReport]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for number, record in enumerate(records, start=1):
                if not _is_archive_record(record):
                    raise InputError("not a WARC or ARC file")
                if record.rec_type == "response" and _is_html(record):
                    yield _document(f"{path}#{number}", record, settings)
            if records.offset < path.stat().st_size:
                yield _truncated(f"{path}#{number + 1}")
    except (ArchiveLoadFailed, zlib.error, EOFError, ValueError) as exc:
        yield _truncated(f"{path}#{number + 1}", exc)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def _is_archive_record(record: Any) -> bool:
    """warcio reads any text as an ARC record; a real one names a URI and a numeric date."""
    headers = record.rec_headers
    if record.format == "arc":
        uri, date = headers.get_header("uri") or "", headers.get_header("archive-date") or ""
        return ":" in uri and date.isdigit()
    return (getattr(headers, "protocol", "") or "").upper().startswith("WARC/")


def _is_html(record: Any) -> bool:
    headers = getattr(record, "http_headers", None)
    if headers is None or not headers.get_statuscode().startswith("2"):
        return False
    content_type = (headers.get_header("Content-Type") or "").lower()
    return content_type.startswith(_HTML_TYPES)


def _document(name: str, record: Any, settings: Settings) -> Document | InputReport:
    stream = record.content_stream()
    data = stream.read(settings.max_input_bytes + 1)
    if len(data) > settings.max_input_bytes:
        reason = "record " + too_large(counted(stream, len(data)), settings)
        return InputReport(input=name, status="failed", reason=reason)
    if record.raw_stream.limit > 0:
        return _truncated(name)
    headers = record.http_headers
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        doc = document_from_bytes(name, data, "html", charset_of(headers.get_header("Content-Type")))
    except InputError as exc:
        return InputReport(input=name, status="failed", reason=exc.reason)
    return replace(doc, url=url)


def _truncated(name: str, exc: Exception | None = None) -> InputReport:
    detail = f" ({exc})" if exc else ""
    return InputReport(input=name, status="failed", reason=f"truncated or corrupt record{detail}")
