"""The manifest: per-file metadata a person supplies (CSV or JSON).

CSV: a header row naming `path` (or `file`) and any of `source`, `url`, `published`,
`title`, `author`. JSON: a list of such objects, or an object mapping each path to one.
A row applies to the input whose name, resolved path or file name equals its `path`.
What the manifest says overrides what was extracted: it is the user's own word.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsprism.errors import InputError
from newsprism.ingest.meta import outlet_name, text_or_none
from newsprism.model import Document

FIELDS = ("source", "url", "published", "title", "author")
Manifest = dict[str, dict[str, str]]


def read_manifest(path: Path) -> Manifest:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read manifest {path}: {exc}") from None
    return parse_manifest(raw, path)


def parse_manifest(raw: str, path: Path) -> Manifest:
    """A manifest from its text; `path` names it (its suffix says JSON or CSV)."""
    rows = _json_rows(raw, path) if path.suffix.lower() == ".json" else _csv_rows(raw)
    manifest: Manifest = {}
    for number, row in enumerate(rows, start=1):
        key = text_or_none(row.get("path") or row.get("file"))
        if not key:
            raise InputError(f"manifest {path}, row {number}: no `path` or `file`")
        manifest[key] = given(row)
    return manifest


def given(row: dict[str, Any]) -> dict[str, str]:
    """The metadata fields a row gives, blanks dropped."""
    return {f: str(row[f]) for f in FIELDS if row.get(f) not in (None, "")}


def _csv_rows(raw: str) -> list[dict[str, Any]]:
    try:
        return list(csv.DictReader(io.StringIO(raw)))
    except csv.Error as exc:
        raise InputError(f"manifest is not readable CSV ({exc})") from None


def _json_rows(raw: str, path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"manifest {path} is not valid JSON ({exc})") from None
    if isinstance(data, dict):
        data = [{"path": key, **value} for key, value in data.items() if isinstance(value, dict)]
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        raise InputError(f"manifest {path}: expected a list of objects or an object of objects")
    return data


def apply_manifest(doc: Document, manifest: Manifest) -> Document:
    row = _row_for(doc.input, manifest)
    if not row:
        return doc
    return replace(
        doc,
        source=outlet_name(row.get("source")) or doc.source,
        url=text_or_none(row.get("url")) or doc.url,
        published=text_or_none(row.get("published")) or doc.published,
        title=text_or_none(row.get("title")) or doc.title,
        author=text_or_none(row.get("author")) or doc.author,
    )


def _row_for(name: str, manifest: Manifest) -> dict[str, str] | None:
    if name in manifest:
        return manifest[name]
    path = Path(name)
    for key, row in manifest.items():
        if Path(key).name == path.name and (Path(key).resolve() == path.resolve() or "/" not in key):
            return row
    return None
