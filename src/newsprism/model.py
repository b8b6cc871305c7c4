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
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Final, Literal, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA: Final = "newsprism.story/1"

InputStatus = Literal["ok", "skipped", "failed"]
QuoteKind = Literal["direct", "partial", "indirect"]
GroupStatus = Literal["corroborated", "single_source", "contested"]
PassageKind = Literal["verbatim", "paraphrase"]
LinkKind = Literal["paraphrase", "best match", "same figure", "reused passage", "restatement", "rewritten"]
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
    published: str | None = None  # as given; ISO 8601 once `read_inputs` has read it
    author: str | None = None
    warnings: tuple[str, ...] = ()  # what reading it noticed without refusing it


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


# The fields many records share, described once.
ArticleId = Annotated[str, Field(description="The id of the article it is in (`articles[].id`).")]
Start = Annotated[int, Field(ge=0, description="Where it starts in the article's clean text, in characters.")]
Uncertain = Annotated[
    bool,
    Field(
        description="Its confidence is under `thresholds.finding_confidence`: the report shows it as "
        "uncertain, and the brief leaves it out (a contested point stays, worded as uncertain)."
    ),
]
Probability = Annotated[float | None, Field(ge=0, le=1)]  # null where nothing was judged
End = Annotated[
    int, Field(ge=0, description="Where it ends in the article's clean text, in characters (exclusive).")
]
SpanText = Annotated[str, Field(description="The words themselves, exactly the article's `text[start:end]`.")]


class Removed(Record):
    """Text that cleaning dropped from an article, and why."""

    text: str = Field(description="The text dropped, as it stood in the input.")
    reason: str = Field(description="Why: boilerplate, a leftover of the page (which rule), ...")


class Article(Record):
    """One article of the story: its metadata and its clean text."""

    id: str = Field(description="The article's id in this document ('a1', 'a2', ...).")
    path: str = Field(description="The input as given: a file path, a URL, or a record in a corpus.")
    source: str | None = Field(
        default=None, description="Outlet name from metadata or a manifest, or named plainly."
    )
    url: str | None = Field(default=None, description="Where it was published, when known.")
    title: str | None = Field(
        default=None, description="Its headline, from metadata, a manifest or the text."
    )
    published: str | None = Field(default=None, description="ISO 8601 date or date-time.")
    author: str | None = Field(default=None, description="Its byline, when metadata or a manifest gives one.")
    text: str = Field(description="Clean main text; every span of the document points into it.")
    language: str | None = Field(
        default=None,
        description="The language its text is written in (ISO 639-1: 'en', 'fr', 'uk'), as py3langid "
        "tells it from the clean text; null when not detected.",
    )
    language_probability: float | None = Field(
        default=None, ge=0, le=1, description="How likely that language is, by the detector."
    )
    removed: list[Removed] = Field(default_factory=list, description="What cleaning dropped from the input.")


class Mention(Record):
    """Where an article names an entity."""

    article: ArticleId
    start: Start
    end: End


class EntityForm(Record):
    """One way the story writes an entity's name, and the articles that write it so."""

    text: str = Field(description="The name as written.")
    articles: list[str] = Field(description="The ids of the articles that write it so.")


class Entity(Record):
    """A person, place, organisation or other named thing, joined across the articles."""

    id: str = Field(description="The entity's id in this document ('e1', 'e2', ...).")
    name: str = Field(description="Its fullest name in the story.")
    type: str = Field(
        description="PERSON, ORG, GPE, LOC, NORP, FAC or EVENT (the tagger's types, read across the story), or "
        "PRODUCT: a name the text writes with its code ('velotrexin (VTX-114)')."
    )
    aliases: list[str] = Field(default_factory=list, description="The other names it goes by in the story.")
    mentions: list[Mention] = Field(default_factory=list, description="Every place an article names it.")
    forms: list[EntityForm] = Field(
        default_factory=list, description="Each way of writing its name, and who writes it so."
    )


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

    article: ArticleId
    start: Start
    end: End
    text: SpanText


class Words(Record):
    """A stretch of the same article's text as the record that holds it."""

    start: Start
    end: End
    text: SpanText


class Quote(Span):
    """Words an article reports someone said: the quoted words, or the reported speech."""

    id: str = Field(description="The quote's id in this document ('q1', ...).")
    speaker: str | None = Field(default=None, description="Entity id, or null when unknown.")
    kind: QuoteKind = Field(
        default="direct",
        description="direct: inside quotation marks; partial: a few quoted words inside the "
        "article's own sentence; indirect: reported speech, no quotation marks.",
    )
    cue: Words | None = Field(
        default=None, description="The words that report the speech: 'said', 'according to'."
    )
    source: Words | None = Field(
        default=None, description="The words naming who spoke, as the article writes them."
    )


class Number(Record):
    """A figure in a claim: its value, its unit and what bounds it, a span of the article."""

    text: str = Field(description="The figure as written ('about 1,200', '$3bn').")
    value: float = Field(description="Its value as a number (3e9 for '$3bn').")
    unit: str | None = Field(
        default=None,
        description="%, percentage points, a currency's ISO 4217 code, a measure, a duration, "
        "'year-date', or the noun counted ('people', 'workers'); 'people' for a count of a measure "
        "of people by a noun of people ('Nineteen miners died': `persons` of `read/measures.toml`).",
    )
    qualifier: Literal["at least", "more than", "at most", "less than", "about"] | None = Field(
        default=None, description="What the words before the figure make of it ('at least 12', 'about 12')."
    )
    high: float | None = Field(
        default=None, description="The upper end of a range ('10 to 12'); `value` is the lower."
    )
    measure: str | None = Field(
        default=None,
        description="What the figure measures, a name of `read/measures.toml` ('deaths' for 'killing eleven "
        "people' and 'the death toll stood at 14', 'cost' for 'will cost 12 million euros'), read from "
        "the words that govern it; null when none says, or when it is a part or an increment ('another "
        "three', 'two of the injured').",
    )
    kind: str | None = Field(
        default=None,
        description="For a count, the general noun of what it counts, a kind of `read/measures.toml` "
        "('vehicles' for '120,000 cars' and for '1.2 million vehicles'): a count by the general noun is of one "
        "quantity with a count by any noun of its kind, but two nouns of one kind are two ('cars', 'lorries').",
    )
    remaining: bool = Field(
        default=False,
        description="Whether the figure counts what is still so when the claim is told ('18,000 homes were "
        "still without power', 'two remain in hospital', 'the remaining 40 passengers'): a quantity apart from "
        "the event's own count ('180,000 homes lost power').",
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
        description="Entity ids of the people, places and organisations the subject names; a subject "
        'the claim\'s source calls its own ("its pumps", "their staff"), or a pronoun that agrees with the '
        'source in kind and gender ("X said it would appeal"), names that source.',
    )
    predicate: Words | None = Field(
        default=None, description="The main verb, or the verb of what a reporting verb reports."
    )
    lemma: str | None = Field(
        default=None,
        description="The predicate's lemma in lower case; a copula with the word it links ('be safe').",
    )
    object: Words | None = Field(
        default=None,
        description="The predicate's direct object: its head with the words before it that qualify it "
        "('a late warning', 'the ferry crews'), no clause or phrase after it.",
    )
    negated: bool = Field(
        default=False,
        description="The predicate is denied ('did not close', 'never closed', 'no one was hurt', 'denied "
        "that it had closed').",
    )
    modality: str | None = Field(
        default=None, description="The modal verb on the predicate ('could', 'will')."
    )
    time: list[Words] = Field(
        default_factory=list,
        description="The dates and times the claim gives, but the day of the saying of what it reports ('on "
        "Sunday' of '..., the ministry said on Sunday') and a length of time or an age the tagger reads as a "
        "date ('a five-year contract', 'Elderby, 24,').",
    )
    places: list[str] = Field(default_factory=list, description="Entity ids of the places the claim names.")


class Claim(Span):
    """A sentence of an article that states something checkable, with its parts."""

    id: str = Field(description="The claim's id in this document ('c1', ...).")
    attributed_to: str | None = Field(default=None, description="Entity id of the source.")
    attribution: str | None = Field(default=None, description="The words that credit a source.")
    numbers: list[Number] = Field(default_factory=list, description="The figures it gives.")
    hedged: bool = Field(default=False, description="It is put as uncertain ('reportedly', 'may have').")
    carried: bool = Field(
        default=False,
        description="The attribution is carried over from the sentence before, which this one continues.",
    )
    frame: Frame | None = Field(
        default=None, description="The claim's parts: subject, predicate, time, place."
    )
    clauses: list[Frame] = Field(
        default_factory=list,
        description="The frames of the claim's other clauses: a verb joined to the predicate ('... and had "
        "not decided'), a clause of time, cause or contrast on it ('won its case when the court overturned "
        "the ban'); a joined verb without a subject of its own has the predicate's.",
    )


class Link(Record):
    """Two claims of a group and what joined them."""

    a: str = Field(description="A claim id.")
    b: str = Field(description="The other claim's id.")
    kind: LinkKind = Field(
        description="paraphrase: of different articles, paraphrases by the reuse measure; best match: each "
        "the other's closest claim in the other article and similar enough; same figure: of different "
        "articles, the same figure for one measured quantity at one time, similar enough "
        "(`thresholds.figure_match`), however worded; "
        "reused passage: in the two sides of one reused passage; rewritten: in an article made mostly "
        "of the other's text (`reuse`) and there, each the other's closest claim and similar enough "
        "(`thresholds.rewrite_match`); restatement: one article's two wordings of one point (a headline "
        "and the body sentence it sums up)."
    )
    score: float | None = Field(
        default=None,
        description="What joined them, as a number: for a paraphrase or a restatement the reuse "
        "measure's paraphrase score (`thresholds.paraphrase` the cut-off); for a best match, a same "
        "figure or a rewritten claim the similarity, the cosine plus the entity and number bonuses "
        "(`thresholds.fair_match`, `thresholds.rewrite_match`); null for a reused passage.",
    )
    confidence: Probability = Field(
        default=None,
        description="The probability that the two claims state the same fact: their paraphrase score "
        "through a curve fitted on MSRP (`compare/confidence.py`); null where nothing was judged.",
    )


class Group(Record):
    """Claims of the story's articles that assert the same thing."""

    id: str = Field(description="The group's id in this document ('g1', ...).")
    claims: list[str] = Field(description="The ids of its claims.")
    status: GroupStatus = Field(
        description="corroborated: reported by two or more independent outlets; single_source: "
        "by one only; contested: an outlet contradicts it."
    )
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
    confidence: Probability = Field(
        default=None,
        description="How sure its status is (`compare/confidence.py`): corroborated, the surest link between "
        "claims of two independent outlets; single source, that the closest claim of another outlet "
        "states something else; contested, its surest contradiction; null where nothing was judged.",
    )
    uncertain: Uncertain = False


class Contradiction(Record):
    """Two claims of different outlets that cannot both be true."""

    a: str = Field(description="A claim id.")
    b: str = Field(description="The claim of another outlet it contradicts.")
    reason: str = Field(description="Why, quoting what differs: the figures, or the predicate one denies.")
    judged: Probability = Field(
        default=None,
        description="Where a stance judge found it (`compare/stance.py`, named in the reason): the "
        "probability it gave that the two claims conflict; null where the rules found it.",
    )
    confidence: Probability = Field(
        default=None,
        description="The probability that the two claims make one statement apart from the words "
        "that conflict (`compare/confidence.py`), or the judge's probability where a judge found "
        "it; null where nothing was judged.",
    )
    uncertain: Uncertain = False


class Passage(Record):
    """One passage of reused text, as a span of each article."""

    from_start: int = Field(ge=0, description="Where it starts in the text of the article reused (`from`).")
    from_end: int = Field(ge=0, description="Where it ends there (exclusive).")
    to_start: int = Field(
        ge=0, description="Where it starts in the text of the article that reuses it (`to`)."
    )
    to_end: int = Field(ge=0, description="Where it ends there (exclusive).")
    kind: PassageKind = Field(description="verbatim: word for word; paraphrase: rewritten.")


class Reuse(Record):
    """Text of one article standing again, word for word or rewritten, in another."""

    from_: str = Field(alias="from", description="The id of the article whose text is reused.")
    to: str = Field(description="The id of the article that reuses it.")
    shared: float = Field(ge=0, le=1, description="The share of the later article's text that is reused.")
    passages: list[Passage] = Field(default_factory=list, description="Each passage reused.")
    directed: bool = Field(
        default=False,
        description="Publication times say `from` came first; when false the direction is unknown.",
    )
    confidence: Probability = Field(
        default=None,
        description="How sure the reuse is: the probability that each passage's two sides "
        "say the same, averaged over their length in the later article (`compare/confidence.py`); "
        "null where nothing was judged.",
    )
    uncertain: Uncertain = False


class QuoteVariants(Record):
    """One quote that outlets report with different words: its versions and the words that differ."""

    id: str = Field(description="The variants' id in this document.")
    quotes: list[str] = Field(description="The ids of the quotes that are versions of one another.")
    speaker: str | None = Field(default=None, description="Entity id of the speaker, when known.")
    differences: list[Span] = Field(
        default_factory=list, description="In each version, the words the other versions do not have."
    )


class Omission(Record):
    """The corroborated claims of the story that one article does not report."""

    article: ArticleId
    groups: list[str] = Field(description="The ids of the corroborated groups it has no claim in.")


class Framing(Span):
    """A word choice worth a reader's notice, as a span of the article."""

    kind: str = Field(description="naming, loaded, unattributed, hedge, ...")
    note: str = Field(description="What the mark says of the words, for a reader.")


class NameCandidate(Record):
    """A run of proper nouns that no entity of its article covers: a name the tagger may
    have missed, an entity where the story confirms it (written in two articles or more,
    where a place is written, or as the subject of a verb)."""

    start: Start
    end: End
    text: SpanText
    place: bool = Field(description="Written where a place is written ('in Velmora', 'the town of Velmora').")
    subject: bool = Field(description="The subject of a verb.")


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
    candidates: list[NameCandidate] = Field(
        default_factory=list, description="Proper nouns in no entity, for comparing to confirm as names."
    )

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
    """One sentence of the neutral brief, and what it rests on."""

    text: str = Field(description="The sentence; it says nothing its citations do not.")
    cites: list[str] = Field(min_length=1, description="The ids of the claims (or quotes) it cites.")


class InputReport(Record):
    """How one input ended: used, skipped with a reason, or failed with a reason."""

    input: str = Field(description="The input as the run names it: a path, a URL, `corpus.jsonl:3`.")
    status: InputStatus = Field(description="ok: an article; skipped or failed: not, with the reason.")
    reason: str | None = Field(default=None, description="Why it was skipped or failed.")
    article: str | None = Field(default=None, description="The article id, when it was used.")
    warnings: list[str] = Field(
        default_factory=list,
        description="What was noticed about an input that was still used: a date that could not be "
        "read (left empty) or that reads two ways (how it was read).",
    )


class Story(Record):
    """One story: the articles given and what the analysis found across them."""

    schema_: Literal["newsprism.story/1"] = Field(
        default=SCHEMA, alias="schema", description="The contract's name and version."
    )
    articles: list[Article] = Field(default_factory=list, description="The articles, clean.")
    entities: list[Entity] = Field(
        default_factory=list, description="The people, places and organisations, joined across articles."
    )
    quotes: list[Quote] = Field(default_factory=list, description="Who said what, in every article.")
    claims: list[Claim] = Field(
        default_factory=list, description="What each article states, and on whose authority."
    )
    groups: list[Group] = Field(
        default_factory=list, description="Claims of different articles that assert the same thing."
    )
    contradictions: list[Contradiction] = Field(
        default_factory=list, description="Pairs of claims of different outlets that cannot both be true."
    )
    reuse: list[Reuse] = Field(default_factory=list, description="Who copied or rewrote whom.")
    framing: list[Framing] = Field(default_factory=list, description="The words each outlet chose.")
    brief: list[BriefItem] = Field(
        default_factory=list, description="A neutral summary, every sentence citing its claims."
    )
    off_story: list[str] = Field(
        default_factory=list, description="The ids of articles about another story than the rest."
    )
    quote_variants: list[QuoteVariants] = Field(
        default_factory=list, description="Quotes of one speaker that outlets give in different words."
    )
    omissions: list[Omission] = Field(
        default_factory=list, description="What each article leaves out of what others corroborate."
    )
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

    # Navigation: the records an id names. Each looks through its list (stories hold
    # hundreds of records, not millions) and raises KeyError for an id the story lacks.

    def article(self, article_id: str) -> Article:
        """The article of this id."""
        return _by_id(self.articles, article_id)

    def entity(self, entity_id: str) -> Entity:
        """The entity of this id."""
        return _by_id(self.entities, entity_id)

    def claim(self, claim_id: str) -> Claim:
        """The claim of this id."""
        return _by_id(self.claims, claim_id)

    def quote(self, quote_id: str) -> Quote:
        """The quote of this id."""
        return _by_id(self.quotes, quote_id)

    def group(self, group_id: str) -> Group:
        """The claim group of this id."""
        return _by_id(self.groups, group_id)

    def group_of(self, claim_id: str) -> Group | None:
        """The group a claim belongs to, if any."""
        return next((g for g in self.groups if claim_id in g.claims), None)

    def claims_in(self, group: Group) -> list[Claim]:
        """A group's claims, in its order."""
        return [self.claim(c) for c in group.claims]

    def claims_of(self, article_id: str) -> list[Claim]:
        """An article's claims, in the order it makes them."""
        return [c for c in self.claims if c.article == article_id]

    def quotes_of(self, article_id: str) -> list[Quote]:
        """An article's quotes, in its order."""
        return [q for q in self.quotes if q.article == article_id]

    def speaker(self, quote: Quote) -> Entity | None:
        """Who said a quote, when known."""
        return self.entity(quote.speaker) if quote.speaker else None

    def sides(self, contradiction: Contradiction) -> tuple[Claim, Claim]:
        """The two claims a contradiction sets against each other."""
        return self.claim(contradiction.a), self.claim(contradiction.b)

    def outlet(self, article_id: str) -> str:
        """The name an article's outlet goes by in this story (`outlet_names`)."""
        return outlet_names([self.article(article_id)])[article_id]


_Identified = TypeVar("_Identified", Article, Entity, Claim, Quote, Group)


def _by_id(records: list[_Identified], wanted: str) -> _Identified:
    found = next((r for r in records if r.id == wanted), None)
    if found is None:
        raise KeyError(wanted)
    return found


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
    return article_title(story.articles[0]) if story.articles else "(empty story)"


_LEAD_WORDS = 12  # a title made of an untitled article's first words: a headline's length
_LEAD_CHARACTERS = 120  # and of characters, for scripts written without spaces
UNTITLED: Final = "(untitled)"


def article_title(article: Article) -> str:
    """The article's title, else its first words (to the end of its first sentence, at most
    `_LEAD_WORDS` words and `_LEAD_CHARACTERS` characters): never its file name or path."""
    if article.title:
        return article.title
    first = next((line for line in article.text.split("\n") if any(c.isalnum() for c in line)), "")
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0].lstrip("-–—•·* ")
    shown = " ".join(sentence.split()[:_LEAD_WORDS])
    cut = shown != " ".join(sentence.split()) or len(shown) > _LEAD_CHARACTERS
    shown = shown[:_LEAD_CHARACTERS]
    if cut:
        return shown.rstrip(",;: ") + "…"
    shown = shown[:-1] if re.search(r"[a-z0-9]\.$", shown) else shown  # "U.S." keeps its point
    return shown if any(c.isalnum() for c in shown) else UNTITLED


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


UNKNOWN_OUTLET: Final = "unknown outlet"


def outlet_names(articles: list[Article]) -> dict[str, str]:
    """The name each article's outlet goes by: its source, else its web host, else "unknown
    outlet (a3)" with its article id, so that a report never passes a file for an outlet.
    An article of unknown outlet counts as an outlet of its own, independent of the others
    unless reuse links it to one, and what shows it says so (`is_unknown_outlet`)."""
    return {
        a.id: a.source or urlsplit(a.url or "").hostname or f"{UNKNOWN_OUTLET} ({a.id})" for a in articles
    }


def is_unknown_outlet(name: str) -> bool:
    """Whether an outlet name of `outlet_names` stands for an article of unknown outlet."""
    return name.startswith(UNKNOWN_OUTLET + " (")


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
    # A name, not an address: the schema ships with the package and is fetched from nowhere.
    schema["$id"] = "urn:" + SCHEMA.replace(".", ":").replace("/", ":")  # urn:newsprism:story:1
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
