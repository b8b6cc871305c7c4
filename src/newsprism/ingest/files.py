"""Inputs on disk: paths, directories, globs and stdin, to documents."""

from __future__ import annotations

import glob
import gzip
import io
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

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
BROKEN_LINK = "a broken link (to nothing, or round to itself)"
CHUNK = 1 << 20  # what is read at a time of an input too large to keep, and kept nowhere
# A streamed input over the limit (compressed, stdin) is read on, a chunk at a time and
# discarded, to say how large it is; past this bound it is "more than" that (a gzip bomb
# stops here, in about a second).
_COUNTED_UP_TO = 1_000_000_000


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
    elif path.is_symlink():
        yield InputReport(input=name, status="failed", reason=BROKEN_LINK)
    elif _GLOB_CHARS & set(name):
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            yield InputReport(input=name, status="failed", reason="no file matches this pattern")
        for match in matches:
            yield from expand(match)
    else:
        yield InputReport(input=name, status="failed", reason="no such file or directory")


def _directory(name: str, path: Path) -> Iterator[Path | InputReport]:
    """A directory's files of the kinds newsprism reads; every other entry but a folder is
    reported: a file of another kind or a special file skipped, a broken link failed."""
    entries = sorted(p for p in path.rglob("*") if not _hidden(p, path) and not p.is_dir())
    readable = []
    for p in entries:
        if p.is_symlink() and not p.exists():
            yield InputReport(input=str(p), status="failed", reason=BROKEN_LINK)
        elif not p.is_file():
            yield InputReport(input=str(p), status="skipped", reason="not a regular file")
        elif kind_of(p) == "unknown":
            reason = f"not a file type newsprism reads ({p.suffix or 'no extension'})"
            yield InputReport(input=str(p), status="skipped", reason=reason)
        else:
            readable.append(p)
    if not readable:
        yield InputReport(input=name, status="failed", reason="directory has no readable files")
    yield from readable


def _hidden(p: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in p.relative_to(root).parts)


def read_bytes(path: Path, settings: Settings) -> bytes:
    """A whole file, refusing one larger than the limit; `.gz` files are decompressed as they
    are read, so a small file that decompresses to gigabytes never fills memory."""
    limit = settings.max_input_bytes
    try:
        if path.suffix.lower() != ".gz":
            size = path.stat().st_size
            if size > limit:
                raise InputError(too_large(f"{size / 1e6:.1f} MB", settings))
            return path.read_bytes()
        with gzip.open(path, "rb") as fh:
            data = fh.read(limit + 1)
            if len(data) > limit:
                raise InputError(too_large(f"{counted(fh, len(data))} decompressed", settings))
            return data
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None


def counted(fh: io.BufferedIOBase | BinaryIO, read: int) -> str:
    """The size of a stream of which `read` bytes are read: the rest counted a chunk at a
    time, kept nowhere, up to a bound ("more than 1 GB" past it)."""
    while read <= _COUNTED_UP_TO and (chunk := fh.read(CHUNK)):
        read += len(chunk)
    return f"more than {_COUNTED_UP_TO / 1e9:g} GB" if read > _COUNTED_UP_TO else f"{read / 1e6:.1f} MB"


def read_stdin(settings: Settings) -> bytes:
    data = sys.stdin.buffer.read(settings.max_input_bytes + 1)
    if len(data) > settings.max_input_bytes:
        raise InputError(too_large(counted(sys.stdin.buffer, len(data)), settings))
    return data


def too_large(size: str, settings: Settings) -> str:
    """The reason an input over `max_input_bytes` is refused, with the size found so far."""
    return (
        f"too large ({size}; the limit is {settings.max_input_bytes / 1e6:.1f} MB, setting max_input_bytes)"
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
