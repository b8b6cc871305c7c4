"""The records newsprism reads and writes, and the story document (the JSON contract).

Every record lives here once. The story document is `Story`; its JSON Schema is generated
from these classes (`newsprism schema`) and kept in `schema/story.schema.json`.

Spans are offsets into the clean `text` of the article they name, end exclusive:
`article.text[start:end]` is exactly the material. `Story` refuses any span that does
not match its text and any reference to an id it does not hold, so a document that
validates contains nothing that no article says.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePath
from typing import Any, Final, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA: Final = "newsprism.story/1"

InputStatus = Literal["ok", "skipped", "failed"]
QuoteKind = Literal["direct", "partial", "indirect"]
GroupStatus = Literal["corroborated", "single_source", "contested"]
PassageKind = Literal["verbatim", "paraphrase"]
LinkKind = Literal["paraphrase", "best match", "reused passage", "restatement"]
ContentFormat = Literal["html", "text"]


@dataclass(frozen=True, slots=True)
class Document:
    """One input as read, before cleaning: raw content plus whatever metadata came with it."""

    input: str  # how the run names it: a path, a URL, `corpus.jsonl:3`, `crawl.warc.gz#5`
    content: str
    format: ContentFormat
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    author: str | None = None


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Removed(Record):
    """Text that cleaning dropped from an article, and why."""

    text: str
    reason: str


class Article(Record):
    id: str
    path: str = Field(description="The input as given: a file path, a URL, or a record in a corpus.")
    source: str | None = Field(
        default=None, description="Outlet name from metadata or a manifest, or named plainly."
    )
    url: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 date or date-time.")
    author: str | None = None
    text: str = Field(description="Clean main text; every span of the document points into it.")
    removed: list[Removed] = Field(default_factory=list)


class Mention(Record):
    article: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class EntityForm(Record):
    """One way the story writes an entity's name, and the articles that write it so."""

    text: str
    articles: list[str]


class Entity(Record):
    id: str
    name: str
    type: str = Field(description="PERSON, ORG, GPE, LOC, NORP, EVENT, ...")
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    forms: list[EntityForm] = Field(default_factory=list)


class ArticleEntity(Entity):
    """An entity as one article names it, read before the story's articles are joined, with
    the evidence they are joined by. Its id is the article's own ("e1", "e2", ...)."""

    labels: dict[str, int] = Field(
        default_factory=dict,
        description="How often the language model gave each label to its mentions; the type is the most frequent.",
    )
    roles: list[str] = Field(
        default_factory=list,
        description="Role words the article writes before a person's name ('President').",
    )
    first: str | None = Field(default=None, description="A person's given name, as the article writes it.")
    last: str | None = Field(default=None, description="A person's family name, as the article writes it.")


class Span(Record):
    """A stretch of one article's clean text; `text` is `article.text[start:end]`."""

    article: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Words(Record):
    """A stretch of the same article's text as the record that holds it."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Quote(Span):
    id: str
    speaker: str | None = Field(default=None, description="Entity id, or null when unknown.")
    kind: QuoteKind = "direct"
    cue: Words | None = Field(
        default=None, description="The words that report the speech: 'said', 'according to'."
    )
    source: Words | None = Field(
        default=None, description="The words naming who spoke, as the article writes them."
    )


class Number(Record):
    """A figure in a claim: its value, its unit and what bounds it, a span of the article."""

    text: str
    value: float
    unit: str | None = Field(
        default=None,
        description="%, percentage points, a currency's ISO 4217 code, a measure, a duration, "
        "'year-date', or the noun counted ('people', 'workers').",
    )
    qualifier: Literal["at least", "more than", "at most", "less than", "about"] | None = Field(
        default=None, description="What the words before the figure make of it ('at least 12', 'about 12')."
    )
    high: float | None = Field(
        default=None, description="The upper end of a range ('10 to 12'); `value` is the lower."
    )
    start: int | None = Field(
        default=None, ge=0, description="Where the figure starts in the article's text."
    )
    end: int | None = Field(default=None, ge=0, description="Where the figure ends in the article's text.")


class Frame(Record):
    """What a claim asserts, as parts of its text: who, what is done (and whether it is
    denied or put as possible), when and where (`read/frames.py`)."""

    subject: Words | None = Field(default=None, description="The words of the predicate's subject.")
    subject_entities: list[str] = Field(
        default_factory=list,
        description="Entity ids of the people, places and organisations the subject names.",
    )
    predicate: Words | None = Field(
        default=None, description="The main verb, or the verb of what a reporting verb reports."
    )
    lemma: str | None = Field(
        default=None,
        description="The predicate's lemma in lower case; a copula with the word it links ('be safe').",
    )
    negated: bool = Field(
        default=False, description="The predicate is denied ('did not close', 'never closed')."
    )
    modality: str | None = Field(
        default=None, description="The modal verb on the predicate ('could', 'will')."
    )
    time: list[Words] = Field(default_factory=list, description="The dates and times the claim gives.")
    places: list[str] = Field(default_factory=list, description="Entity ids of the places the claim names.")


class Claim(Span):
    id: str
    attributed_to: str | None = Field(default=None, description="Entity id of the source.")
    attribution: str | None = Field(default=None, description="The words that credit a source.")
    numbers: list[Number] = Field(default_factory=list)
    hedged: bool = False
    carried: bool = Field(
        default=False,
        description="The attribution is carried over from the sentence before, which this one continues.",
    )
    frame: Frame | None = Field(
        default=None, description="The claim's parts: subject, predicate, time, place."
    )


class Link(Record):
    """Two claims of a group and what joined them."""

    a: str
    b: str
    kind: LinkKind = Field(
        description="paraphrase: of different articles, paraphrases by the reuse measure; best match: each "
        "the other's closest claim in the other article and similar enough; "
        "reused passage: in the two sides of one reused passage; restatement: one article's two wordings "
        "of one point (a headline and the body sentence it sums up)."
    )
    score: float | None = Field(
        default=None,
        description="What joined them, as a number: for a paraphrase or a restatement the reuse "
        "measure's paraphrase score (`thresholds.paraphrase` the cut-off); for a best match the "
        "similarity, the cosine plus the entity and number bonuses (`thresholds.fair_match`); null "
        "for a reused passage.",
    )


class Group(Record):
    """Claims of the story's articles that assert the same thing."""

    id: str
    claims: list[str]
    status: GroupStatus
    sources: list[str] = Field(
        default_factory=list, description="Every outlet whose article makes the claim."
    )
    independent: list[str] = Field(
        default_factory=list,
        description="The outlets that report it independently: one for each set of articles "
        "that copy or rewrite one another.",
    )
    links: list[Link] = Field(
        default_factory=list,
        description="The evidence: each pair of claims joined, and how; a contested group's "
        "contradictions are in `contradictions`.",
    )


class Contradiction(Record):
    a: str
    b: str
    reason: str


class Passage(Record):
    from_start: int = Field(ge=0)
    from_end: int = Field(ge=0)
    to_start: int = Field(ge=0)
    to_end: int = Field(ge=0)
    kind: PassageKind


class Reuse(Record):
    """Text of one article standing again, word for word or rewritten, in another."""

    from_: str = Field(alias="from")
    to: str
    shared: float = Field(ge=0, le=1, description="The share of the later article's text that is reused.")
    passages: list[Passage] = Field(default_factory=list)
    directed: bool = Field(
        default=False,
        description="Publication times say `from` came first; when false the direction is unknown.",
    )


class QuoteVariants(Record):
    """One quote that outlets report with different words: its versions and the words that differ."""

    id: str
    quotes: list[str]
    speaker: str | None = None
    differences: list[Span] = Field(
        default_factory=list, description="In each version, the words the other versions do not have."
    )


class Omission(Record):
    """The corroborated claims of the story that one article does not report."""

    article: str
    groups: list[str]


class Framing(Span):
    kind: str = Field(description="naming, loaded, unattributed, hedge, ...")
    note: str


class Reading(Record):
    """One article read alone: what its own text says, nothing that depends on another
    article. Quotes and claims name the article's own entities; comparing joins them across
    the story. The store keeps a reading by its article's text hash and its version, so an
    article is parsed once."""

    article: str
    hash: str = Field(description="SHA-256 of the article's clean text (`text_hash`).")
    version: str = Field(description="What read it: the reading's scheme, the spaCy model and the lexicons.")
    entities: list[ArticleEntity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    framing: list[Framing] = Field(default_factory=list)

    def of(self, article: str) -> Reading:
        """The same reading for the article of id `article` (a stored reading is reused in
        stories that number their articles differently)."""
        moved = {"article": article}
        return self.model_copy(
            update={
                "article": article,
                "entities": [
                    e.model_copy(
                        update={
                            "mentions": [m.model_copy(update=moved) for m in e.mentions],
                            "forms": [f.model_copy(update={"articles": [article]}) for f in e.forms],
                        }
                    )
                    for e in self.entities
                ],
                "quotes": [q.model_copy(update=moved) for q in self.quotes],
                "claims": [c.model_copy(update=moved) for c in self.claims],
                "framing": [f.model_copy(update=moved) for f in self.framing],
            }
        )


def text_hash(text: str) -> str:
    """The key a reading is kept by: the SHA-256 of an article's clean text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class BriefItem(Record):
    text: str
    cites: list[str] = Field(min_length=1)


class InputReport(Record):
    """How one input ended: used, skipped with a reason, or failed with a reason."""

    input: str
    status: InputStatus
    reason: str | None = None
    article: str | None = Field(default=None, description="The article id, when it was used.")


class Story(Record):
    """One story: the articles given and what the analysis found across them."""

    schema_: Literal["newsprism.story/1"] = Field(default=SCHEMA, alias="schema")
    articles: list[Article] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    groups: list[Group] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
    reuse: list[Reuse] = Field(default_factory=list)
    framing: list[Framing] = Field(default_factory=list)
    brief: list[BriefItem] = Field(default_factory=list)
    off_story: list[str] = Field(default_factory=list)
    quote_variants: list[QuoteVariants] = Field(default_factory=list)
    omissions: list[Omission] = Field(default_factory=list)
    inputs: list[InputReport] = Field(
        default_factory=list, description="Every input of the run and how it ended."
    )

    @model_validator(mode="before")
    @classmethod
    def _of_this_version(cls, data: Any) -> Any:
        problem = other_version(data)
        if problem:
            raise ValueError(problem)
        return data

    @model_validator(mode="after")
    def _check(self) -> Story:
        problems = story_problems(self)
        if problems:
            shown = "; ".join(problems[:5])
            more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
            raise ValueError(f"inconsistent story document: {shown}{more}")
        return self

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Story:
        return cls.model_validate_json(data)

    def counts(self) -> dict[str, int]:
        """How many inputs ended ok, skipped and failed."""
        return count_reports(self.inputs)


def other_version(data: Any) -> str | None:
    """Why `data`, a story document of another version of the contract, cannot be read; None
    when it is of this one or is not a story document that names its version."""
    found = data.get("schema") if isinstance(data, dict) else None
    if not isinstance(found, str) or not found.startswith("newsprism.story/") or found == SCHEMA:
        return None
    return f"a story document of schema {str(found)[:40]!r}; this newsprism reads {SCHEMA!r}"


def count_reports(reports: list[InputReport]) -> dict[str, int]:
    out = {"ok": 0, "skipped": 0, "failed": 0}
    for report in reports:
        out[report.status] += 1
    return out


def story_title(story: Story) -> str:
    """A title for a story: its first article's title, else its first words."""
    first = story.articles[0] if story.articles else None
    if first is None:
        return "(empty story)"
    return first.title or " ".join(first.text.split()[:10])


def published_at(published: str | None) -> datetime | None:
    """A publication time as an instant (a time without a zone taken as UTC, a date alone
    as its midnight UTC); None when missing or unreadable."""
    try:
        moment = datetime.fromisoformat(published) if published else None
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def earlier(a: str | None, b: str | None) -> bool | None:
    """Whether publication time `a` comes before `b`, compared as instants; None when either
    is unknown, or one is a date alone and both fall on that day."""
    at, bt = published_at(a), published_at(b)
    if at is None or bt is None or a is None or b is None:
        return None
    dated = "T" not in a or "T" not in b
    if dated and at.date() == bt.date():
        return None
    return at < bt


def outlet_names(articles: list[Article]) -> dict[str, str]:
    """The name each article's outlet goes by: its source, else its web host, else "unknown
    outlet" with its file name, so that a report never passes a file for an outlet. An
    article of unknown outlet counts as an outlet of its own: independent of the others
    unless reuse links it to one."""
    return {
        a.id: a.source
        or urlsplit(a.url or "").hostname
        or f"unknown outlet ({PurePath(a.path).name or a.id})"
        for a in articles
    }


def story_problems(story: Story) -> list[str]:
    """Every span that does not match its text and every id that points nowhere."""
    text = {a.id: a.text for a in story.articles}
    known = set(text)
    ids = Counter(a.id for a in story.articles)
    problems = [f"duplicate article id {i}" for i, n in ids.items() if n > 1]
    refs: list[tuple[str, set[str]]] = []
    spans: list[Span] = [*story.quotes, *story.claims, *story.framing]
    spans += [d for v in story.quote_variants for d in v.differences]
    for span in spans:
        if span.start > span.end or text.get(span.article, "")[span.start : span.end] != span.text:
            name = getattr(span, "id", span.text[:30])
            problems.append(f"{type(span).__name__.lower()} {name!r} is not its span")
    for c in story.claims:
        frame = c.frame or Frame()
        parts = [p for p in (frame.subject, frame.predicate, *frame.time) if p is not None]
        if any(text.get(c.article, "")[p.start : p.end] != p.text for p in parts):
            problems.append(f"claim {c.id!r} has a frame part that is not its span")
        for n in c.numbers:
            if n.start is not None and text.get(c.article, "")[n.start : n.end] != n.text:
                problems.append(f"claim {c.id!r} has a number that is not its span")
    for q in story.quotes:
        for part in (q.cue, q.source):
            if part is not None and text.get(q.article, "")[part.start : part.end] != part.text:
                problems.append(f"quote {q.id!r} has a cue or source that is not its span")
    for entity in story.entities:
        for m in entity.mentions:
            if m.article not in text or not 0 <= m.start < m.end <= len(text[m.article]):
                problems.append(f"mention of {entity.id} outside {m.article}")
        refs += [(a, known) for form in entity.forms for a in form.articles]
    entities = {e.id for e in story.entities}
    claims = {c.id for c in story.claims}
    refs += [(q.speaker, entities) for q in story.quotes if q.speaker]
    refs += [(c.attributed_to, entities) for c in story.claims if c.attributed_to]
    refs += [
        (e, entities) for c in story.claims if c.frame for e in (*c.frame.subject_entities, *c.frame.places)
    ]
    refs += [(c, claims) for g in story.groups for c in g.claims]
    refs += [(c, claims) for x in story.contradictions for c in (x.a, x.b)]
    refs += [(c, claims) for b in story.brief for c in b.cites]
    refs += [(a, known) for a in story.off_story]
    groups = {g.id for g in story.groups}
    quotes = {q.id for q in story.quotes}
    refs += [(q, quotes) for v in story.quote_variants for q in v.quotes]
    refs += [(v.speaker, entities) for v in story.quote_variants if v.speaker]
    refs += [(o.article, known) for o in story.omissions]
    refs += [(g, groups) for o in story.omissions for g in o.groups]
    refs += [(a, known) for r in story.reuse for a in (r.from_, r.to)]
    refs += [(r.article, known) for r in story.inputs if r.article]
    problems += [f"unknown id {ref!r}" for ref, known in refs if ref not in known]
    for r in story.reuse:
        size_from, size_to = len(text.get(r.from_, "")), len(text.get(r.to, ""))
        for p in r.passages:
            if p.from_end > size_from or p.to_end > size_to:
                problems.append(f"reuse passage outside {r.from_} or {r.to}")
    return problems


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the story document, as kept in `schema/story.schema.json`."""
    schema = Story.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://newsprism.invalid/schema/story-1.json"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
