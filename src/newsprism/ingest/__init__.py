"""Readers: every kind of input newsprism takes, to `Document`s or reports of why not.

`read_inputs` is the one entry point: it expands paths, directories and globs, reads
files, corpora, URLs, feeds and stdin, and yields for each item either a `Document` or
an `InputReport` saying why it was skipped or failed. One bad item never stops the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from newsprism.errors import InputError
from newsprism.ingest.addresses import not_public
from newsprism.ingest.dates import read_date
from newsprism.ingest.files import document_from_bytes, expand, kind_of, read_bytes, read_stdin
from newsprism.ingest.manifest import Manifest, apply_manifest
from newsprism.ingest.web import Fetcher, is_url
from newsprism.model import Document, InputReport
from newsprism.settings import Settings

__all__ = ["count_inputs", "read_inputs"]


def read_inputs(
    inputs: Iterable[str],
    settings: Settings,
    manifest: Manifest | None = None,
    public_only: bool = False,
) -> Iterator[Document | InputReport]:
    """Each item of the inputs, read; `public_only` refuses URLs, a feed's links among them,
    on addresses that are not public (for a server fetching on behalf of others)."""
    with _Fetching(settings, public_only) as web:
        for name in inputs:
            if is_url(name):
                items = _guarded(name, web.fetcher.read(name))
            elif name == "-":
                items = _guarded("-", _stdin(settings))
            else:
                items = _files(name, settings, web)
            for item in items:
                if isinstance(item, Document) and manifest:
                    item = apply_manifest(item, manifest)
                yield _dated(item, settings) if isinstance(item, Document) else item


def _dated(doc: Document, settings: Settings) -> Document:
    """The document with its given date read into ISO 8601, or left empty with a warning."""
    if doc.published is None:
        return doc
    dated = read_date(doc.published, settings.date_order)
    warnings = (*doc.warnings, dated.warning) if dated.warning else doc.warnings
    return replace(doc, published=dated.iso, warnings=warnings)


def count_inputs(inputs: Iterable[str]) -> int | None:
    """How many items the inputs give, known before any is read when they are files (each
    file a directory or glob holds) and standard input; None when one is a URL (it may be
    a feed) or a corpus file (JSONL, JSON, WARC, a feed), which gives an unknown number."""
    total = 0
    for name in inputs:
        if is_url(name):
            return None
        found = [1] if name == "-" else list(expand(name))
        if any(isinstance(p, Path) and kind_of(p) in _MANY for p in found):
            return None
        total += len(found)
    return total


_MANY = ("jsonl", "json", "warc", "feed")  # kinds of file that hold any number of items


class _Fetching:
    """The run's one HTTP client, made when the first URL or feed needs it."""

    def __init__(self, settings: Settings, public_only: bool) -> None:
        self.settings, self.public_only = settings, public_only
        self._fetcher: Fetcher | None = None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.settings, not_public if self.public_only else None)
        return self._fetcher

    def __enter__(self) -> _Fetching:
        return self

    def __exit__(self, *_: object) -> None:
        if self._fetcher is not None:
            self._fetcher.close()


def _stdin(settings: Settings) -> Iterator[Document]:
    yield document_from_bytes("-", read_stdin(settings), "text")


def _files(name: str, settings: Settings, web: _Fetching) -> Iterator[Document | InputReport]:
    for path in expand(name):
        if isinstance(path, InputReport):
            yield path
        else:
            yield from _guarded(str(path), _read_file(path, settings, web))


def _read_file(path: Path, settings: Settings, web: _Fetching) -> Iterator[Document | InputReport]:
    from newsprism.ingest import records, warc

    kind = kind_of(path)
    if kind == "jsonl":
        yield from records.read_jsonl(path, settings)
    elif kind == "json":
        yield from records.read_json(path, settings)
    elif kind == "warc":
        yield from warc.read_warc(path, settings)
    elif kind == "feed":
        yield from web.fetcher.read_feed(str(path), read_bytes(path, settings))
    else:
        yield document_from_bytes(str(path), read_bytes(path, settings), kind)


def _guarded(name: str, items: Iterator[Document | InputReport]) -> Iterator[Document | InputReport]:
    """The items of one input; an InputError raised while reading it fails that input only."""
    try:
        yield from items
    except InputError as exc:
        yield InputReport(input=name, status="failed", reason=exc.reason)
