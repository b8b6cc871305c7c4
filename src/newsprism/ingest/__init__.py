"""Readers: every kind of input newsprism takes, to `Document`s or reports of why not.

`read_inputs` is the one entry point: it expands paths, directories and globs, reads
files, corpora, URLs, feeds and stdin, and yields for each item either a `Document` or
an `InputReport` saying why it was skipped or failed. One bad item never stops the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newsprism.errors import InputError
from newsprism.ingest.files import document_from_bytes, expand, kind_of, read_bytes, read_stdin
from newsprism.ingest.manifest import Manifest, apply_manifest
from newsprism.ingest.web import Fetcher, is_url
from newsprism.model import Document, InputReport
from newsprism.settings import Settings

__all__ = ["read_inputs"]


def read_inputs(
    inputs: Iterable[str], settings: Settings, manifest: Manifest | None = None
) -> Iterator[Document | InputReport]:
    fetcher: Fetcher | None = None
    try:
        for name in inputs:
            if is_url(name):
                fetcher = fetcher or Fetcher(settings)
                items = _guarded(name, fetcher.read(name))
            elif name == "-":
                items = _guarded("-", _stdin(settings))
            else:
                items = _files(name, settings)
            for item in items:
                if isinstance(item, Document) and manifest:
                    item = apply_manifest(item, manifest)
                yield item
    finally:
        if fetcher:
            fetcher.close()


def _stdin(settings: Settings) -> Iterator[Document]:
    yield document_from_bytes("-", read_stdin(settings), "text")


def _files(name: str, settings: Settings) -> Iterator[Document | InputReport]:
    for path in expand(name):
        if isinstance(path, InputReport):
            yield path
        else:
            yield from _guarded(str(path), _read_file(path, settings))


def _read_file(path: Path, settings: Settings) -> Iterator[Document | InputReport]:
    from newsprism.ingest import records, warc

    kind = kind_of(path)
    if kind == "jsonl":
        yield from records.read_jsonl(path, settings)
    elif kind == "json":
        yield from records.read_json(path, settings)
    elif kind == "warc":
        yield from warc.read_warc(path, settings)
    elif kind == "feed":
        fetcher = Fetcher(settings)
        try:
            yield from fetcher.read_feed(str(path), read_bytes(path, settings))
        finally:
            fetcher.close()
    else:
        yield document_from_bytes(str(path), read_bytes(path, settings), kind)


def _guarded(name: str, items: Iterator[Document | InputReport]) -> Iterator[Document | InputReport]:
    """The items of one input; an InputError raised while reading it fails that input only."""
    try:
        yield from items
    except InputError as exc:
        yield InputReport(input=name, status="failed", reason=exc.reason)
