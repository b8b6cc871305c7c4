"""What the report shows, prepared from a story document for the template.

Nothing here writes HTML: the template does, and escapes every text it is given. The
views are the article texts cut into marked pieces (claims, quotes, entity mentions,
framing, reused passages), the coverage matrix, quotes by speaker with their versions,
contradictions side by side, the reuse graph's geometry, framing by outlet, the timeline
and omissions.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise

from newsprism.clean.text import paragraph_spans
from newsprism.model import (
    Article,
    Claim,
    Group,
    Quote,
    Span,
    Story,
    is_unknown_outlet,
    outlet_names,
    published_at,
)


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of text with the marks on it: CSS classes and a note to show on hover."""

    text: str
    classes: str = ""
    note: str = ""


@dataclass(slots=True)
class Run:
    """Pieces inside one claim (its id) or between claims (None)."""

    claim: str | None
    pieces: list[Piece] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Cell:
    kind: str  # "independent", "copied" or "missing"
    claim: str | None


@dataclass(frozen=True, slots=True)
class Row:
    group: Group
    claim: Claim
    cells: list[Cell]


@dataclass(frozen=True, slots=True)
class Version:
    quote: Quote
    outlet: str
    pieces: list[Piece]


@dataclass(frozen=True, slots=True)
class Node:
    article: str
    outlet: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Arrow:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    directed: bool
    label: str


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    classes: str
    note: str = ""


class Report:
    """The views of one story."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.claims = {c.id: c for c in story.claims}
        self.outlet = outlet_names(story.articles)
        self.label = {a: short_label(name) for a, name in self.outlet.items()}
        self.on_story = [a for a in story.articles if a.id not in set(story.off_story)]
        self.entity_name = {e.id: e.name for e in story.entities}

    def cite(self, claim: str) -> str:
        """How a citation reads: the outlet of the claim."""
        return self.outlet[self.claims[claim].article]

    def paragraphs(self, article: Article) -> list[list[Run]]:
        """The article's text, paragraph by paragraph, cut into runs of marked pieces."""
        marks = self._marks(article)
        claims = sorted((c for c in self.story.claims if c.article == article.id), key=lambda c: c.start)
        out = []
        for start, end in paragraph_spans(article.text):
            cuts = {start, end}
            for m in marks:
                cuts |= {min(max(m.start, start), end), min(max(m.end, start), end)}
            for c in claims:
                cuts |= {min(max(c.start, start), end), min(max(c.end, start), end)}
            points = sorted(cuts)
            runs: list[Run] = []
            for x, y in pairwise(points):
                if x == y:
                    continue
                claim = next((c.id for c in claims if c.start <= x and y <= c.end), None)
                on = [m for m in marks if m.start <= x and y <= m.end]
                piece = Piece(
                    article.text[x:y],
                    " ".join(dict.fromkeys(m.classes for m in on)),
                    "; ".join(dict.fromkeys(m.note for m in on if m.note)),
                )
                if not runs or runs[-1].claim != claim:
                    runs.append(Run(claim))
                runs[-1].pieces.append(piece)
            out.append(runs)
        return out

    def _marks(self, article: Article) -> list[Mark]:
        marks = [
            Mark(m.start, m.end, "entity", f"{e.name} ({e.type})")
            for e in self.story.entities
            for m in e.mentions
            if m.article == article.id
        ]
        for q in self.story.quotes:
            if q.article == article.id:
                speaker = self.entity_name.get(q.speaker or "", "speaker unknown")
                marks.append(Mark(q.start, q.end, f"quote {q.kind}", f"{q.kind} quote: {speaker}"))
        marks += [
            Mark(f.start, f.end, f"framing {f.kind}", f.note)
            for f in self.story.framing
            if f.article == article.id
        ]
        for r in self.story.reuse:
            for p in r.passages:
                if r.to == article.id:
                    marks.append(
                        Mark(p.to_start, p.to_end, "reused", f"{p.kind}, from {self.outlet[r.from_]}")
                    )
                if r.from_ == article.id:
                    marks.append(
                        Mark(p.from_start, p.from_end, "reused", f"{p.kind}, in {self.outlet[r.to]}")
                    )
        return marks

    def coverage(self) -> list[Row]:
        """Claim groups reported by more than one article, or contested, by article."""
        rows = []
        order = {"corroborated": 0, "contested": 1, "single_source": 2}
        shown = [g for g in self.story.groups if g.status == "contested" or len(g.claims) > 1]
        shown.sort(key=lambda g: (order[g.status], -len(g.independent), g.claims[0]))
        for group in shown:
            by_article = {self.claims[c].article: c for c in reversed(group.claims)}
            families: set[str] = set()
            cells = []
            for a in self.on_story:
                claim = by_article.get(a.id)
                if claim is None:
                    cells.append(Cell("missing", None))
                    continue
                outlet = self.outlet[a.id]
                first = outlet in group.independent and outlet not in families
                families.add(outlet)
                cells.append(Cell("independent" if first else "copied", claim))
            rows.append(Row(group, self.claims[group.claims[0]], cells))
        return rows

    def quotes_by_speaker(self) -> list[tuple[str, list[Quote]]]:
        """Each speaker's quotes, direct and partial first, then reported speech; the speakers
        quoted by most articles first, the unknown speaker last."""
        on_story = {a.id for a in self.on_story}
        speakers: dict[str, list[Quote]] = defaultdict(list)
        for q in sorted(self.story.quotes, key=lambda q: q.kind == "indirect"):
            if q.article in on_story:
                speakers[self.entity_name.get(q.speaker or "", _UNKNOWN_SPEAKER)].append(q)
        return sorted(
            speakers.items(), key=lambda s: (s[0] == _UNKNOWN_SPEAKER, -len({q.article for q in s[1]}), s[0])
        )

    def quote_versions(self) -> list[list[Version]]:
        quotes = {q.id: q for q in self.story.quotes}
        out = []
        for variants in self.story.quote_variants:
            versions = []
            for qid in variants.quotes:
                q = quotes[qid]
                differences = [
                    d for d in variants.differences if d.article == q.article and q.start <= d.start < q.end
                ]
                versions.append(Version(q, self.outlet[q.article], _pieces(q, differences)))
            out.append(versions)
        return out

    def graph(self) -> tuple[list[Node], list[Arrow]]:
        """Outlets on a circle, and an arrow for each case of reuse, its width by the share reused."""
        involved = list(dict.fromkeys(a for r in self.story.reuse for a in (r.from_, r.to)))
        nodes = {}
        for k, article in enumerate(involved):
            angle = 2 * math.pi * k / max(1, len(involved)) - math.pi / 2
            nodes[article] = Node(
                article, self.outlet[article], 160 + 110 * math.cos(angle), 130 + 95 * math.sin(angle)
            )
        arrows = []
        for r in self.story.reuse:
            a, b = nodes[r.from_], nodes[r.to]
            length = math.hypot(b.x - a.x, b.y - a.y) or 1.0
            ux, uy = (b.x - a.x) / length, (b.y - a.y) / length
            start, end = (a.x + 14 * ux, a.y + 14 * uy), (b.x - 18 * ux, b.y - 18 * uy)
            arrows.append(Arrow(*start, *end, 1 + 5 * r.shared, r.directed, f"{100 * r.shared:.0f}%"))
        return list(nodes.values()), arrows

    def timeline(self) -> list[Article]:
        dated = [a for a in self.story.articles if published_at(a.published) is not None]
        dated.sort(key=lambda a: (published_at(a.published), str(a.published)))
        return dated if len(dated) > 1 else []

    def omissions(self) -> list[tuple[Article, list[Claim]]]:
        groups = {g.id: g for g in self.story.groups}
        articles = {a.id: a for a in self.story.articles}
        return [
            (articles[o.article], [self.claims[groups[g].claims[0]] for g in o.groups])
            for o in self.story.omissions
        ]


_UNKNOWN_SPEAKER = "Speaker unknown"
_LABEL_CHARACTERS = 14  # a coverage column wide enough for a short outlet name, no wider


def short_label(outlet: str) -> str:
    """An outlet's name short enough for a column header: a leading "The" or "www." dropped,
    a long name cut ("Southbank Obs…"); the full name goes on hover. An unknown outlet keeps
    its label, which says so."""
    if is_unknown_outlet(outlet):
        return outlet
    name = outlet.removeprefix("The ").removeprefix("www.")
    if len(name) <= _LABEL_CHARACTERS:
        return name if len(outlet) > _LABEL_CHARACTERS else outlet
    return name[: _LABEL_CHARACTERS - 1].rstrip(" ,.-") + "…"


def _pieces(quote: Quote, differences: list[Span]) -> list[Piece]:
    pieces, at = [], quote.start
    for d in sorted(differences, key=lambda d: d.start):
        if d.start > at:
            pieces.append(Piece(quote.text[at - quote.start : d.start - quote.start]))
        pieces.append(Piece(d.text, "diff", "differs from the other versions"))
        at = d.end
    if at < quote.end:
        pieces.append(Piece(quote.text[at - quote.start :]))
    return pieces
