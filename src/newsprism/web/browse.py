"""What the app's browsing pages show, gathered from the saved analyses: an entity's
mentions across them, an outlet's articles with what it reused and left out, and any
list as CSV or JSON.

Pages that span analyses read at most `MAX_ANALYSES` of them, newest first, and say so
when there were more.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal

from newsprism.model import Story, article_title, outlet_names
from newsprism.store import Store

ListFormat = Literal["html", "csv", "json"]
MAX_ANALYSES = 100  # analyses read for one entity or outlet page: a few seconds at most
_CONTEXT = 70  # characters shown on each side of a mention
# A cell a spreadsheet would run as a formula (OWASP, "CSV injection") starts with one of
# these, after any spaces; the fullwidth forms are read as the same by some spreadsheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


@dataclass(frozen=True, slots=True)
class MentionRow:
    analysis: int
    analysis_title: str
    article: str
    outlet: str
    type: str
    text: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class OutletArticle:
    analysis: int
    analysis_title: str
    article: str
    title: str
    published: str | None
    reused_from: str  # the outlets whose text it reuses, with the share: "Coastline Wire (62%)"
    left_out: int  # corroborated claims of its story it has none of


@dataclass(frozen=True, slots=True)
class LeftOut:
    analysis: int
    article: str
    claim: str
    text: str


@dataclass(frozen=True, slots=True)
class Spanning:
    """Rows gathered across analyses, and whether some analyses were left unread."""

    rows: list[Any]
    more: bool


def mentions(store: Store, name: str) -> Spanning:
    """Every mention of an entity of this name in the saved analyses, with its context."""
    numbers = store.analyses_naming(name)
    rows: list[MentionRow] = []
    for number, story in _stories(store, numbers):
        outlet, title = outlet_names(story.articles), _title(store, number)
        text = {a.id: a.text for a in story.articles}
        for entity in (e for e in story.entities if e.name == name):
            for m in entity.mentions:
                body = text[m.article]
                rows.append(
                    MentionRow(number, title, m.article, outlet[m.article], entity.type,
                               body[m.start : m.end], _cut(body[max(0, m.start - _CONTEXT) : m.start], left=True),
                               _cut(body[m.end : m.end + _CONTEXT], left=False))
                )  # fmt: skip
    return Spanning(rows, len(numbers) > MAX_ANALYSES)


def outlet_page(store: Store, name: str) -> tuple[Spanning, list[LeftOut]]:
    """An outlet's articles in the saved analyses, with what each reuses and leaves out."""
    numbers = store.analyses_of(name)
    rows: list[OutletArticle] = []
    left: list[LeftOut] = []
    for number, story in _stories(store, numbers):
        outlet, title = outlet_names(story.articles), _title(store, number)
        mine = [a for a in story.articles if outlet[a.id] == name]
        omitted = {o.article: o.groups for o in story.omissions}
        first_claim = {g.id: g.claims[0] for g in story.groups}
        claims = {c.id: c for c in story.claims}
        for a in mine:
            reused = [f"{outlet[r.from_]} ({100 * r.shared:.0f}%)" for r in story.reuse if r.to == a.id]
            groups = omitted.get(a.id, [])
            rows.append(
                OutletArticle(number, title, a.id, article_title(a), a.published,
                              "; ".join(reused), len(groups))
            )  # fmt: skip
            left += [LeftOut(number, a.id, first_claim[g], claims[first_claim[g]].text) for g in groups]
    return Spanning(rows, len(numbers) > MAX_ANALYSES), left


def _stories(store: Store, numbers: Sequence[int]) -> list[tuple[int, Story]]:
    found = [(n, store.load(n)) for n in numbers[:MAX_ANALYSES]]
    return [(n, s) for n, s in found if s is not None]


def _title(store: Store, number: int) -> str:
    return store.title(number) or f"analysis {number}"


def _cut(text: str, *, left: bool) -> str:
    """Context beside a mention, cut at a word and on one line."""
    flat = " ".join(text.split())
    if left:
        return flat.split(" ", 1)[-1] if len(text) >= _CONTEXT and " " in flat else flat
    return flat.rsplit(" ", 1)[0] if len(text) >= _CONTEXT and " " in flat else flat


def as_rows(items: Sequence[Any]) -> list[dict[str, Any]]:
    """Dataclass or pydantic rows as plain dictionaries, for CSV and JSON."""
    return [item.model_dump() if hasattr(item, "model_dump") else asdict(item) for item in items]


def columns(row_type: type) -> list[str]:
    """The fields of a row type (a dataclass or a pydantic model), in order."""
    if hasattr(row_type, "model_fields"):
        return list(row_type.model_fields)
    return [f.name for f in fields(row_type)]


def csv_text(rows: list[dict[str, Any]], names: list[str]) -> str:
    """The rows as CSV under a header of `names`, lists joined with "; ", and every cell a
    spreadsheet would take for a formula given a leading apostrophe, so that article text
    opened in one runs nothing."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    if isinstance(value, str) and value.lstrip(" ").startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def json_text(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1)
