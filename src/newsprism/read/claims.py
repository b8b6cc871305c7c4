"""Claims: what each article asserts, sentence by sentence, and on whose authority.

Every sentence that asserts something is a claim (questions and fragments are not). A
sentence that is mostly a direct quote and its cue is not a claim of the article's own:
each asserting sentence inside the quotation marks is a claim instead, credited to the
quote's speaker. A sentence that joins two assertions with "but" or "and", each with its
own subject, gives two claims. Each claim has:

- `attribution`: the words that credit a source, as the article writes them
  ("according to the latest assessment from the Corvale Water Board", "two officials
  cited by the Orlow Gazette", "independent engineers have suggested"); chains of
  sources stay whole in this text;
- `attributed_to`: the entity that is the source, the last link of a chain ("cited by
  X", "citing X", "from X") when it names one; null for anonymous sources ("two
  officials") and for the article's own assertions, whose `attribution` is null too;
- `numbers`: every quantity, with its value and unit (`read/numbers.py`);
- `hedged`: the claim is put as uncertain (could, reportedly, allegedly, rumours, ...);
- `carried`: the attribution comes from the sentence before, which this one plainly
  continues (same paragraph, no cue of its own, opening with "It", "They", "The report").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from newsprism.model import Article, Claim, Entity, Frame, Quote
from newsprism.read.frames import claim_frame, clause_frames, verbal
from newsprism.read.gender import PRONOUNS, Gender
from newsprism.read.measures import Measures, measured, measures
from newsprism.read.numbers import find_numbers
from newsprism.read.quotes import Speakers, cues
from newsprism.read.speech import only_credits
from newsprism.thresholds import DEFAULTS, Thresholds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words that put a claim as uncertain. Sources: the hedge cues of the CoNLL-2010 shared
# task (Farkas et al. 2010) and the "epistemic" markers of Hyland (1998), limited to
# those common in news reporting.
HEDGES = frozenset(
    """
    could might may perhaps possibly probably likely unlikely reportedly allegedly
    seemingly apparently purportedly supposedly rumour rumours rumor rumors speculation
    unconfirmed alleged suspected appear appears appeared seem seems seemed
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_MODAL_TAGS = {"MD"}
_CHAIN = {"acl", "agent", "prep", "pobj"}
_CHAIN_WORDS = {"cited", "citing", "by", "from", "quoting", "quoted"}
_LISTENER_VERBS = {"tell", "inform", "assure", "brief"}  # "told X": X belongs to the attribution
# Openers by which a sentence goes on with the report before it ("It also found ...",
# "The report says ..." has a cue of its own and is not carried).
_CONTINUING_SUBJECTS = {
    "he",
    "she",
    "they",
    "it",
    "report",
    "statement",
    "assessment",
    "study",
    "survey",
    "analysis",
}


def find_claims(
    article: Article,
    doc: Doc,
    entities: Sequence[Entity],
    quotes: list[Quote],
    names: Mapping[str, Gender] | None = None,
    thresholds: Thresholds = DEFAULTS,
    table: Measures | None = None,
) -> list[Claim]:
    """`names`: given names by gender, for pronouns (`gender.given_names`; the packaged table by default);
    `thresholds`: `claim_min_words`, `claim_quoted_share` and the quotes' for pronouns; `table`: what
    figures measure (`measures.measures`; the packaged table by default)."""
    table = table or measures()
    marked = [(q.start, q.end) for q in quotes if q.kind != "indirect"]
    speakers = Speakers(article, doc, entities, marked, names, thresholds)
    direct = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    claims: list[Claim] = []
    for sent in doc.sents:
        for tokens in _clauses(sent, thresholds.claim_min_words):
            start, end = _trimmed(article.text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
            if not _asserts(article.text, tokens, start, end, direct, thresholds):
                continue
            attribution, source = _attribution(article.text, sent, tokens)
            if attribution is None and claims and _continues_report(article.text, claims[-1], tokens):
                before = claims[-1]
                carried = _claim(
                    article,
                    start,
                    end,
                    tokens,
                    entities,
                    table,
                    before.attributed_to,
                    before.attribution,
                    speakers.genders,
                )
                claims.append(carried.model_copy(update={"carried": True}))
                continue
            source_id = speakers.entity_of(source) if source is not None else None
            claim = _claim(
                article, start, end, tokens, entities, table, source_id, attribution, speakers.genders
            )
            claims.append(
                _about_the_last_one(claim, claims[-1], entities, speakers.genders) if claims else claim
            )
    covered = [(c.start, c.end) for c in claims]
    quoted = [
        q
        for q in _quoted_claims(article, doc, quotes, entities, thresholds, table, speakers.genders)
        if not any(s <= q.start and q.end <= e for s, e in covered)
    ]
    return sorted(claims + quoted, key=lambda c: c.start)


def _quoted_claims(
    article: Article,
    doc: Doc,
    quotes: list[Quote],
    entities: Sequence[Entity],
    thresholds: Thresholds,
    table: Measures,
    genders: Mapping[str, Gender],
) -> list[Claim]:
    """The asserting sentences inside direct quotes, each credited to the quote's speaker."""
    claims: list[Claim] = []
    direct = [q for q in quotes if q.kind == "direct"]
    first = _sentence_starts(doc) if direct else []
    for quote in direct:
        inside = [t for t in doc if quote.start <= t.idx < quote.end]
        for sent_start in sorted({first[t.i] for t in inside}):
            tokens = [t for t in inside if first[t.i] == sent_start]
            start, end = _trimmed(
                article.text, tokens[0].idx, min(quote.end, tokens[-1].idx + len(tokens[-1]))
            )
            if not _asserts(article.text, tokens, start, end, [], thresholds):
                continue
            claims.append(
                _claim(article, start, end, tokens, entities, table, quote.speaker, _credit(quote), genders)
            )
    return claims


def _claim(
    article: Article,
    start: int,
    end: int,
    tokens: list[Token],
    entities: Sequence[Entity],
    table: Measures,
    source: str | None,
    attribution: str | None,
    genders: Mapping[str, Gender],
) -> Claim:
    """`genders`: the article's people whose gender it makes plain (`gender.genders`)."""
    text = article.text[start:end]
    pronouns = _pronouns_of(source, entities, genders)
    frame = _owned_by_source(claim_frame(article.text, tokens, entities, article.id), source, pronouns)
    return Claim(
        id="",
        article=article.id,
        start=start,
        end=end,
        text=text,
        attributed_to=source,
        attribution=attribution,
        numbers=measured(find_numbers(text, start), article.text, tokens, table),
        hedged=_hedged(tokens),
        frame=frame,
        clauses=[
            _owned_by_source(f, source, pronouns)
            for f in clause_frames(article.text, tokens, entities, article.id, frame)
        ],
    )


def _about_the_last_one(
    claim: Claim, before: Claim, entities: Sequence[Entity], genders: Mapping[str, Gender]
) -> Claim:
    """A claim of the article's own whose subject is a lone "he" or "she" is about the person
    the claim before it was about, where that is one person of agreeing gender ("Elderby,
    24, has signed a five-year contract. He passed his medical on Thursday.")."""
    frame, last = claim.frame, before.frame
    word = frame.subject.text.lower() if frame and frame.subject else ""
    if (
        frame is None
        or last is None
        or claim.attribution
        or word not in ("he", "she")
        or len(last.subject_entities) != 1
    ):
        return claim
    person = last.subject_entities[0]
    if next((e.type for e in entities if e.id == person), None) != "PERSON" or genders.get(person) not in (
        None,
        PRONOUNS[word],
    ):
        return claim
    return claim.model_copy(update={"frame": frame.model_copy(update={"subject_entities": [person]})})


def _owned_by_source(frame: Frame, source: str | None, pronouns: frozenset[str]) -> Frame:
    """A subject that a source says is its own ("Tessel Marine said its pumps did not fail",
    "their engineers") names that source, as does a subject that is one of the `pronouns`
    the source is spoken of by ("Tessel Marine said it would appeal", "Dane said he would
    resign"; not "Ms Dane said he would resign")."""
    words = frame.subject.text.lower().split() if frame.subject else []
    if source is None or frame.subject_entities or not words:
        return frame
    if words[0] in ("its", "their") or (len(words) == 1 and words[0] in pronouns):
        return frame.model_copy(update={"subject_entities": [source]})
    return frame


def _pronouns_of(
    source: str | None, entities: Sequence[Entity], genders: Mapping[str, Gender]
) -> frozenset[str]:
    """The pronouns a source speaks of itself by, as its entity type and, for a person, its
    gender agree with them: a body as "it", "they" or "we", a person as "I", "they" and
    "he" or "she" ("Dane said they would appeal")."""
    kind = next((e.type for e in entities if e.id == source), None)
    if kind != "PERSON":
        return _ITSELF.get(kind or "", frozenset())
    gender = genders.get(source or "")
    return frozenset({"i", "they"} | {p for p in ("he", "she") if gender in (None, PRONOUNS[p])})


_ITSELF = {
    "ORG": frozenset({"it", "they", "we"}),
    "GPE": frozenset({"it", "they", "we"}),
    "NORP": frozenset({"they", "we"}),
}


def _credit(quote: Quote) -> str | None:
    """The words that credit a quote: its source and cue ("Dane said", "he told the Herald")."""
    parts = sorted((p for p in (quote.source, quote.cue) if p is not None), key=lambda p: p.start)
    return " ".join(" ".join(p.text.split()) for p in parts) or None


def _continues_report(text: str, previous: Claim, tokens: list[Token]) -> bool:
    """A sentence that plainly goes on with the report before it: same paragraph, no cue of
    its own, opening with a pronoun or a noun that stands for that report's source."""
    if previous.attribution is None or "\n" in text[previous.end : tokens[0].idx]:
        return False
    first = next((t for t in tokens if not t.is_punct and not t.is_space), None)
    if first is None:
        return False
    opener = (
        first.lower_
        if first.lower_ != "the"
        else first.nbor(1).lower_
        if first.i + 1 < len(first.doc)
        else ""
    )
    return opener in _CONTINUING_SUBJECTS and first.dep_ in ("nsubj", "nsubjpass", "det")


def _clauses(sent: Span, min_words: int) -> list[list[Token]]:
    """The sentence, or its two halves where "but"/"and" joins two clauses with subjects
    (of `min_words` tokens each at least)."""
    root = sent.root
    for conj in root.children:
        if (
            conj.dep_ == "conj"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
            and not only_credits(conj)
        ):
            cut = conj.left_edge.i
            joiner = next((t for t in sent if t.dep_ == "cc" and t.head == root and t.i < cut), None)
            first_end = joiner.i if joiner is not None else cut
            first = [t for t in sent if t.i < first_end]
            second = [t for t in sent if t.i >= cut]
            if len(first) >= min_words and len(second) >= min_words:
                return [first, second]
    return [list(sent)]


def _sentence_starts(doc: Doc) -> list[int]:
    """For each token, where its sentence starts (`token.sent.start`, for all at once)."""
    first = [0] * len(doc)
    for sent in doc.sents:
        first[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
    return first


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "-–—•*"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def _asserts(
    text: str,
    tokens: list[Token],
    start: int,
    end: int,
    direct: list[tuple[int, int]],
    thresholds: Thresholds,
) -> bool:
    """An asserting clause: long enough, no question, with a verb, not mostly inside a direct
    quote (then it is that quote and its cue)."""
    if len([t for t in tokens if not t.is_punct]) < thresholds.claim_min_words or text[start:end].rstrip(
        "\"”’'"
    ).endswith("?"):
        return False
    if not any(verbal(t) for t in tokens):
        return False
    quoted = sum(max(0, min(end, e) - max(start, s)) for s, e in direct)
    return quoted < thresholds.claim_quoted_share * (end - start)


def _attribution(text: str, sent: Span, tokens: list[Token]) -> tuple[str | None, Token | None]:
    """The words crediting a source in this clause, and the token naming the source."""
    inside = {t.i for t in tokens}
    for verb, source in cues(sent, None):
        if verb.i not in inside or source.i not in inside or any(c.dep_ == "neg" for c in verb.children):
            continue
        if source.head.lower_ in ("to",) and source.head.head.lower_ == "according":
            clauses = [t for t in source.subtree if t.dep_ == "relcl"]
            author = _named_subject(clauses)
            relative = set() if author else {d.i for t in clauses for d in t.subtree}
            words = [t for t in source.head.head.subtree if t.i not in relative]
            return _text_of(text, words), author or _last_link(source)
        low, high = min(source.left_edge.i, verb.i), max(verb.i, source.i)  # "X said" or "said X"
        words = [t for t in tokens if low <= t.i <= high or _object_of(t, verb)]
        return _text_of(text, words), _last_link(source)
    return None, None


def _named_subject(clauses: list[Token]) -> Token | None:
    """The name that is the subject of a relative clause on the source: who made or holds
    the document the claim is credited to ("according to a summary that Orvane filed",
    as "a summary filed by Orvane" is a chain whose last link is Orvane)."""
    return next(
        (
            c
            for clause in clauses
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"
        ),
        None,
    )


def _object_of(token: Token, verb: Token) -> bool:
    """The listener of "told X", part of the attribution ("Dane told the Herald")."""
    if verb.lemma_.lower() not in _LISTENER_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    return obj is not None and obj.left_edge.i <= token.i <= obj.i


def _last_link(source: Token) -> Token:
    """The end of a chain of sources: "officials cited by the Gazette" -> Gazette."""
    current = source
    for _ in range(4):
        step = next(
            (
                d
                for c in current.children
                if c.dep_ in _CHAIN and c.lower_ in _CHAIN_WORDS
                for d in ([c] if c.dep_ == "pobj" else c.subtree)
                if d.dep_ == "pobj" and d.pos_ in ("PROPN", "NOUN")
            ),
            None,
        )
        if step is None:
            return current
        current = step
    return current


def _text_of(text: str, words: list[Token]) -> str:
    start = words[0].idx
    end = words[-1].idx + len(words[-1])
    return " ".join(text[start:end].split()).strip(" ,")


def _hedged(tokens: list[Token]) -> bool:
    return any(t.lower_ in HEDGES and _hedges_here(t) for t in tokens)


def _hedges_here(token: Token) -> bool:
    """ "may" only as a modal; "could" not when negated ("couldn't sleep" says what was
    impossible, not what is uncertain); "likely" only as "likely to" (not "less likely"
    said of a thing)."""
    if token.lower_ == "may":
        return token.tag_ in _MODAL_TAGS
    if token.lower_ == "could":
        return not any(c.dep_ == "neg" for c in token.head.children)
    if token.lower_ in ("likely", "unlikely"):
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return following is not None and following.lower_ == "to"
    return True
