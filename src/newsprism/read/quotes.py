"""Quotes: the words inside quotation marks, who the article says spoke them, and
reported speech ("X said that ...").

Quotation marks are paired by a scanner, paragraph by paragraph: curly double marks,
straight double marks (a quote left open at the end of a paragraph continues into the
next paragraph that opens with a mark, the newspaper convention), guillemets, and curly
single marks when the closing one is not an apostrophe. A lone mark (12" pipe) and a
quoted title of a work ("the novel "Salt Roads"") give nothing.

The speaker is found in this order:
1. the subject of a speech verb outside the quote in the quote's own sentence
   (`"...," Dane said`, `Dane told reporters: "..."`, `according to Dane, "..."`), or in
   the sentence that closes a quote spanning several;
2. a lead-in sentence ending in a colon just before the quote (`Dane said:`);
3. the previous quote, when this one continues it with no cue of its own;
4. for a quote standing alone as a paragraph or a sentence, the person in focus just before it.
A pronoun subject is the most recent person who was a sentence's subject outside quotation
marks or a speaker (in that sentence, the subject of its main clause first), unless that
person's gender plainly disagrees with "he" or "she" and another candidate's agrees
(`gender.py`); "it" is the last organisation that was a subject, else the last named. The
names inside a description only describe the speaker ("the Tessel commissioner" is not
Tessel), except for who issued a document ("Tessel's report"). The speaker is an entity
id; when the subject names no entity ("a spokesperson") it is left null.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsprism.clean.text import paragraph_spans
from newsprism.model import Article, Entity, Quote, Words
from newsprism.read.gender import PRONOUNS, Gender, genders, given_names
from newsprism.read.names import ROLE_WORDS, roles_before
from newsprism.read.speech import SPEECH_VERBS, SUBJECTS
from newsprism.thresholds import DEFAULTS, Thresholds
from newsprism.words import title_case

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PRONOUNS = {"he", "she", "him", "her", "i", "we", "they"}
_PERSONAL = {"he", "she", "him", "her"}
_WORK_CUES = re.compile(
    r"\b(book|novel|memoir|film|movie|song|album|play|series|show|documentary|poem|painting|"
    r"opera|musical|titled|entitled|called|named|dubbed)\s*$",
    re.IGNORECASE,
)
_DIRECT_END = re.compile(r"[.,!?…:;—–-]\s*$")
# Nouns by which news refers back to a named organisation ("the company said").
_ORGANISATION_NOUNS = {"company", "agency", "department", "ministry", "government", "union", "council", "party",
                       "firm", "board", "commission", "organization", "organisation", "group", "bank", "court",
                       "police", "army", "military", "office", "campaign", "club", "team", "league", "university",
                       "utility", "authority", "airline", "operator", "regulator", "charity", "school", "hospital",
                       "service", "brigade", "inspectorate", "administration", "committee", "association",
                       "institute", "embassy"}  # fmt: skip
# Nouns for what a body issues, which "says" what it states ("the report said"): never a person.
_DOCUMENT_NOUNS = {"report", "study", "survey", "poll", "review", "audit", "analysis", "paper", "complaint",
                   "lawsuit", "suit", "filing", "affidavit", "indictment", "ruling", "judgment", "decision",
                   "statement", "release", "memo", "letter", "email", "notice", "document", "post", "website",
                   "book", "database", "data", "blog", "tweet"}  # fmt: skip
# Who may be named inside a description as the one it stands for: the body an organisation
# noun names ("the Tessel company"), whoever issued a document ("Tessel's report").
_ISSUERS = {noun: ("ORG",) for noun in _ORGANISATION_NOUNS} | {
    noun: ("ORG", "PERSON") for noun in _DOCUMENT_NOUNS
}
_DESCRIBING = {"amod", "prep", "conj", "cc", "nummod", "acl"}  # what may follow a source noun in its phrase
_OVERLAPPING = 4  # mentions starting before a token that may still cover it (mentions rarely nest)


@dataclass(frozen=True, slots=True)
class Said:
    """Who a quote is credited to: the speaker entity, and the cue and source words."""

    speaker: str | None = None
    cue: Words | None = None
    source: Words | None = None


NOBODY = Said()


@dataclass(frozen=True, slots=True)
class Marked:
    """A quotation found by its marks: `start`:`end` is the text inside them."""

    start: int
    end: int


def find_quotes(
    article: Article,
    doc: Doc,
    entities: Sequence[Entity],
    names: Mapping[str, Gender] | None = None,
    thresholds: Thresholds = DEFAULTS,
) -> list[Quote]:
    """Direct, partial and reported quotes of one article, with speakers where known.
    `names`: given names by gender (`gender.given_names`; the packaged table by default)."""
    marks = quotation_marks(article.text, thresholds)
    speakers = Speakers(article, doc, entities, [(m.start, m.end) for m in marks], names, thresholds)
    direct = [_is_direct(article.text, mark) for mark in marks]
    reported = speakers.reported([(m.start, m.end) for m, d in zip(marks, direct, strict=True) if d])
    found = _attribute(article.text, marks, direct, speakers, thresholds.quote_gap_words)
    quotes = [
        Quote(
            id="",
            article=article.id,
            start=mark.start,
            end=mark.end,
            text=article.text[mark.start : mark.end],
            speaker=said.speaker,
            kind="direct" if is_direct else "partial",
            cue=said.cue,
            source=said.source,
        )
        for mark, said, is_direct in zip(marks, found, direct, strict=True)
    ]
    return sorted(quotes + reported, key=lambda q: q.start)


def _attribute(
    text: str, marks: list[Marked], direct: list[bool], speakers: Speakers, gap_words: int
) -> list[Said]:
    """Who said each quotation, in order: its own cue, else (for a whole utterance) the
    quote it continues (at most `gap_words` words after it) or the person in focus; a quote
    left open takes its continuation's."""
    found: list[Said] = []
    for i, mark in enumerate(marks):
        said = speakers.of(mark)
        if said.speaker is None and not _described_source(said) and direct[i]:  # a whole utterance
            if i and _continues(text, marks[i - 1], mark, gap_words):
                said = found[i - 1]
            else:
                said = Said(speakers.in_focus(mark), said.cue, said.source)
        found.append(said)
        speakers.heard(mark.start, said.speaker)
    for i in range(len(marks) - 2, -1, -1):
        if found[i].speaker is None and _left_open(text, marks[i]):
            found[i] = Said(found[i + 1].speaker)
    return found


def _described_source(said: Said) -> bool:
    """The cue names a source that is no entity and no pronoun ("a spokesperson said"):
    that source spoke, not the person in focus."""
    return said.source is not None and said.source.text.lower() not in _PRONOUNS | {"one", "it"}


def quotation_marks(text: str, thresholds: Thresholds = DEFAULTS) -> list[Marked]:
    out: list[Marked] = []
    for start, end in paragraph_spans(text):
        out += _marks_in(text, start, end)
    return [m for m in out if _worth_quoting(text, m, thresholds.title_case_share)]


def _marks_in(text: str, start: int, end: int) -> list[Marked]:
    found: list[Marked] = []
    i = start
    while i < end:
        close = _closing(text, i, end)
        if close is None:
            i += 1
            continue
        found.append(Marked(i + 1, close))
        i = close + 1
    return found


def _closing(text: str, i: int, end: int) -> int | None:
    """Where the quotation opened at `i` closes, or None when `i` opens none."""
    c = text[i]
    if c in "“„«":
        close = text.find("»" if c == "«" else "”", i + 1, end)
        return close if close != -1 else _open_to_paragraph_end(text, i, end)
    if c == '"':
        close = text.find('"', i + 1, end)
        return close if close != -1 else _open_to_paragraph_end(text, i, end)
    if c == "‘" and (i == 0 or not text[i - 1].isalnum()):
        for m in re.finditer(r"’(?![\w])", text[i + 1 : end]):
            return i + 1 + m.start()
    return None


def _open_to_paragraph_end(text: str, i: int, end: int) -> int | None:
    """A quote left open at a paragraph's end continues if the next paragraph opens with a mark."""
    following = text[end:].lstrip()
    return end if following[:1] in ('"', "“", "„", "«") and end - i > 1 else None


def _worth_quoting(text: str, mark: Marked, title_share: float) -> bool:
    inner = text[mark.start : mark.end].strip()
    if not any(ch.isalpha() for ch in inner):
        return False
    names_a_work = _WORK_CUES.search(text[max(0, mark.start - 40) : mark.start - 1]) is not None
    return not (names_a_work and title_case(inner, title_share))


def _is_direct(text: str, mark: Marked) -> bool:
    """A whole utterance: it opens a sentence or starts with a capital, and ends like one."""
    inner = text[mark.start : mark.end].strip()
    return inner[:1].isupper() and bool(_DIRECT_END.search(inner)) and len(inner.split()) > 2


def _left_open(text: str, mark: Marked) -> bool:
    """A quote that runs on into the next paragraph (no closing mark of its own)."""
    return text[mark.end : mark.end + 1] not in ('"', "”", "»", "’")


def _continues(text: str, before: Marked, after: Marked, gap_words: int) -> bool:
    """One cue sentence at most between them ("Reyn said while ..."): `quote_gap_words`."""
    gap = text[before.end : after.start]
    return gap.count("\n\n") <= 1 and len(gap.split()) <= gap_words


class Speakers:
    """Who the article names as the source of a span: speech verbs, subjects, pronouns."""

    def __init__(
        self,
        article: Article,
        doc: Doc,
        entities: Sequence[Entity],
        quoted: list[tuple[int, int]],
        names: Mapping[str, Gender] | None = None,
        thresholds: Thresholds = DEFAULTS,
    ) -> None:
        """`quoted`: the spans inside quotation marks; `names`: given names by gender
        (`gender.given_names`; the packaged table by default); `thresholds`: how far back a
        pronoun's antecedent is looked for, how short a reported clause may be."""
        self.article = article.id
        self.pronoun_window = thresholds.pronoun_window
        self.reported_min_chars = thresholds.reported_min_chars
        self.genders = genders(article.text, entities, article.id, given_names() if names is None else names)
        self.text = article.text
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.paragraphs = [start for start, _ in paragraph_spans(article.text)]
        mentions = sorted(
            (m.start, m.end, e.id, e.type) for e in entities for m in e.mentions if m.article == article.id
        )
        self.mentions = mentions
        self.mention_starts = [m[0] for m in mentions]
        self.types = {e.id: e.type for e in entities}
        self.spoken: list[tuple[int, str]] = []
        # a subject inside quotation marks is the speaker's word, not one a later pronoun refers back to
        subjects = [t for t in doc if t.dep_ in SUBJECTS and not any(a <= t.idx < b for a, b in quoted)]
        self.subject_mentions = {m for m in mentions if any(m[0] <= t.idx < m[1] for t in subjects)}
        main = [t for t in subjects if t.head.dep_ == "ROOT"]
        self.main_subjects = {m for m in mentions if any(m[0] <= t.idx < m[1] for t in main)}

    def of(self, mark: Marked) -> Said:
        first, last = self._sentence_at(mark.start), self._sentence_at(max(mark.start, mark.end - 1))
        candidates = [first, last]
        if last + 1 < len(self.sents) and self.sents[last + 1].start_char - mark.end <= 2:
            candidates.append(last + 1)  # a trailing cue the parser split off: '"...," says Reyn.'
        unnamed = NOBODY
        for index in dict.fromkeys(candidates):
            said = self._cue_in(self.sents[index], mark)
            if said.speaker is not None:
                return said
            unnamed = unnamed if unnamed.cue else said
        lead_in = self.text[self.sents[first].start_char : mark.start].rstrip(" \"“'‘")
        if lead_in.endswith(":"):  # 'Reyn is blunt: "..."'
            return self._colon_speaker(self.sents[first], mark)
        if first > 0 and self.sents[first - 1].text.rstrip(" \n\"“'‘").endswith(":"):
            said = self._cue_in(self.sents[first - 1], None)
            return said if said.speaker else self._colon_speaker(self.sents[first - 1], None)
        return unnamed

    def _colon_speaker(self, sent: Span, mark: Marked | None) -> Said:
        """The subject of the clause that leads in to a quote with a colon ("Reyn, the
        engineer, is more blunt: ..."): the first subject before the quote whose verb is
        outside it."""
        before = mark.start if mark is not None else sent.end_char
        inside = range(mark.start, mark.end) if mark is not None else range(0)
        subject = next(
            (t for t in sent if t.dep_ in SUBJECTS and t.idx < before and t.head.idx not in inside), None
        )
        if subject is not None:
            return Said(self.entity_of(subject), None, self._words(subject))
        return NOBODY

    def in_focus(self, mark: Marked) -> str | None:
        """For a quote standing alone as a paragraph: the person the previous paragraph names
        or hears speaking last (through a pronoun too: 'he says'); for one standing alone as
        a sentence, the person its paragraph named or heard before it."""
        i = bisect_right(self.paragraphs, mark.start) - 1
        before = self.text[self.paragraphs[i] : mark.start].rstrip(" \"“'‘")
        if before and not before.endswith((".", "!", "?", "”", '"')):
            return None
        previous_start = self.paragraphs[i - 1] if i > 0 and not before else self.paragraphs[i]
        person = self._last_person_before(mark.start)
        named = [m[0] for m in self.mentions if m[2] == person and m[0] < mark.start]
        heard = [at for at, who in self.spoken if who == person and at < mark.start]
        return person if max(named + heard, default=-1) >= previous_start else None

    def heard(self, offset: int, speaker: str | None) -> None:
        """Record who spoke at `offset`: a later pronoun may mean them."""
        if speaker is not None and self.types.get(speaker) == "PERSON":
            insort(self.spoken, (offset, speaker))

    def reported(self, marked: list[tuple[int, int]]) -> list[Quote]:
        """Reported speech outside quotation marks: the clause a speech verb governs
        ("X said that ..."), the rest of a sentence around "according to X" or around a
        cue set in the middle of it ("..., he says, ...")."""
        out = []
        for sent in self.sents:
            for verb, source in cues(sent, None):
                for start, end in _reported_spans(sent, verb, source):
                    if end - start < self.reported_min_chars or any(s < end and start < e for s, e in marked):
                        continue
                    speaker = self.entity_of(source)
                    self.heard(start, speaker)
                    out.append(
                        Quote(
                            id="",
                            article=self.article,
                            start=start,
                            end=end,
                            text=self.text[start:end],
                            speaker=speaker,
                            kind="indirect",
                            cue=self._words(verb),
                            source=self._words(source),
                        )
                    )
        return out

    def _sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self.sent_starts, offset) - 1)

    def _cue_in(self, sent: Span, mark: Marked | None) -> Said:
        """The first cue naming an entity; else the first cue at all, with no speaker."""
        first = NOBODY
        for verb, source in cues(sent, mark):
            said = Said(self.entity_of(source), self._words(verb), self._words(source))
            if said.speaker is not None:
                return said
            first = first if first.cue else said
        return first

    def _words(self, token: Token) -> Words:
        """A cue word, or the noun phrase a source token heads; for a common noun with what
        describes it after it too ("sources familiar with the talks", "lawyers and experts"),
        not a clause about it ("officials, who ...")."""
        start = token.left_edge.idx if token.pos_ in ("PROPN", "NOUN", "PRON") else token.idx
        last = token
        if token.pos_ == "NOUN":
            after = [c for c in token.rights if c.dep_ in _DESCRIBING]
            last = after[-1].right_edge if after else token
            last = next((t for t in token.doc[token.i : last.i + 1] if t.is_punct or t.is_quote), last)
            last = token.doc[last.i - 1] if (last.is_punct or last.is_quote) and last.i > token.i else last
        end = last.idx + len(last)
        return Words(start=start, end=end, text=self.text[start:end])

    def entity_of(self, token: Token) -> str | None:
        if token.lower_ in _PRONOUNS:
            if token.lower_ in _PERSONAL | {"i"}:
                return self._last_person_before(token.idx, PRONOUNS.get(token.lower_))
            return None
        if token.lower_ == "it":  # "it said": an organisation speaks
            return self._last_organisation_before(token.idx, self.pronoun_window)
        left, right = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        head = (token.idx, token.idx + len(token))
        within = [m for m in self._mentions_within(left, right) if m[3] != "NORP"]
        named = [m for m in self._mentions_at(*head) if m[3] != "NORP"]
        if named:
            return named[-1][2]
        if token.pos_ == "NOUN":
            return self._describing(token, within)
        return within[-1][2] if within else self._described(token)

    def _describing(self, token: Token, within: list[tuple[int, int, str, str]]) -> str | None:
        """Who a phrase headed by a common noun stands for: the names in it only describe
        the speaker ("the Tessel commissioner", "a spokeswoman for Dane"), unless set beside
        the noun ("the coach, Reyn Dane"), naming the body an organisation noun stands for
        ("the Tessel company") or who issued a document ("Tessel's report", "a release
        from Tessel"); otherwise the description alone says who."""
        noun = token.lemma_.lower()
        beside = [
            m
            for c in token.children
            if c.dep_ == "appos"
            for t in (c, *c.conjuncts)
            for m in self._mentions_at(t.idx, t.idx + len(t))
        ]
        named = beside or [m for m in within if m[3] in _ISSUERS.get(noun, ())]
        return named[-1][2] if named else self._described(token)

    def _described(self, token: Token) -> str | None:
        """What a definite description stands for ("the mayor said", "The company said"):
        the last organisation named, for an organisation noun with no noun of its own before
        it (not "the fire service"); the last person named with
        that role, for a role; the organisation named just before, for a document; otherwise
        the person in focus, as for a pronoun."""
        if token.pos_ != "NOUN" or token.tag_ == "NNS" or not any(c.lower_ == "the" for c in token.children):
            return None
        noun = token.lemma_.lower()
        if noun in _ORGANISATION_NOUNS:
            # "the fire service" names a body of its own, "the service" the one named before
            own = any(c.dep_ == "compound" for c in token.children)
            return None if own else self._last_organisation_before(token.idx)
        if noun in _DOCUMENT_NOUNS:  # "the report said": the body that issued it, when one was just named
            return self._last_organisation_before(token.idx, self.pronoun_window)
        if noun in ROLE_WORDS:
            holders = [
                m
                for m in self.mentions
                if m[3] == "PERSON" and m[1] <= token.idx and noun in roles_before(self.text, m[0])
            ]
            if holders:
                return holders[-1][2]
        return self._last_person_before(token.idx)

    def _last_organisation_before(self, offset: int, window: int | None = None) -> str | None:
        """The organisation named last before `offset` (within `window` characters), the
        last one that was a sentence's subject first ("EDC declined to answer questions
        about the Suncor policy. '...,' it said": EDC)."""
        earlier = [m for m in self.mentions if m[3] == "ORG" and m[1] <= offset]
        if window is not None:
            earlier = [m for m in earlier if m[0] >= offset - window]
        subjects = [m for m in earlier if m in self.subject_mentions and m[0] >= offset - self.pronoun_window]
        return (subjects or earlier)[-1][2] if earlier else None

    def _mentions_at(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """The mentions overlapping `start`:`end` (a name the parser cut: "Wilson" of "Wilson-Reyn")."""
        i = bisect_right(self.mention_starts, end - 1)
        return [m for m in self.mentions[max(0, i - _OVERLAPPING) : i] if m[1] > start]

    def _mentions_within(self, left: int, right: int) -> list[tuple[int, int, str, str]]:
        i = bisect_right(self.mention_starts, left - 1)
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < right:
            if self.mentions[i][1] <= right:
                out.append(self.mentions[i])
            i += 1
        return out

    def _last_person_before(self, offset: int, gender: Gender | None = None) -> str | None:
        """The person a pronoun at `offset` most likely means: within the window, the last
        person who was a sentence's subject or was heard speaking; else the last person
        named at all. When that person's gender disagrees with the pronoun's, the last of
        those candidates (else of the people named within the window) whose gender agrees.
        (Inferring genders from the text's own pronouns instead was tried three ways; each
        cost half a point to a point of speaker accuracy on GGT: benchmarks/quotes_ggt.py.)"""
        i = bisect_right(self.mention_starts, offset)
        people = [m for m in reversed(self.mentions[:i]) if m[3] == "PERSON" and m[1] <= offset]
        recent = [m for m in people if m[0] >= offset - self.pronoun_window]
        candidates = self._candidates(offset, recent)
        chosen = self._nearest_person(people, recent, candidates)
        if gender is None or chosen is None or self.genders.get(chosen, gender) == gender:
            return chosen
        agreeing = [
            who
            for who in [w for _, w in candidates] + [m[2] for m in recent]
            if self.genders.get(who) == gender
        ]
        return agreeing[0] if agreeing else chosen

    def _candidates(self, offset: int, recent: list[tuple[int, int, str, str]]) -> list[tuple[int, str]]:
        """The subjects and speakers of the window before `offset`, latest first; `recent`:
        the mentions of people in the window, latest first."""
        subjects = [(m[0], m[2]) for m in recent if m in self.subject_mentions]
        spoke = [
            x
            for x in self.spoken[: bisect_right(self.spoken, (offset, ""))]
            if x[0] >= offset - self.pronoun_window
        ]
        return sorted(subjects + spoke, reverse=True)

    def _nearest_person(
        self,
        people: list[tuple[int, int, str, str]],
        recent: list[tuple[int, int, str, str]],
        candidates: list[tuple[int, str]],
    ) -> str | None:
        """The latest candidate, or its sentence's main subject; with none, the last person
        named (`people`, latest first)."""
        if candidates:
            # in the sentence of the latest, the subject of the main clause before one of a
            # clause inside it ("Reyn is hopeful Dane will listen. '...,' she said": Reyn)
            sentence = self._sentence_at(candidates[0][0])
            same = [m for m in recent if self._sentence_at(m[0]) == sentence and m in self.main_subjects]
            return same[0][2] if same else candidates[0][1]
        return people[0][2] if people else None


def cues(sent: Span, mark: Marked | None) -> Iterator[tuple[Token, Token]]:
    """(verb, source) for each attribution cue outside the quote, the sentence's root first:
    the subject of a speech verb, or X of "according to X"."""
    outside = [t for t in sent if mark is None or not mark.start <= t.idx < mark.end]
    verbs = [t for t in outside if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")]
    verbs.sort(key=lambda t: t.dep_ != "ROOT")
    closing = _closing_cue(outside)
    found = False
    for verb in verbs:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        # the parser sometimes gives a verb two subjects ("The bridge swayed ..., said Finch"): a name wins
        subject = next((c for c in subjects if c.pos_ == "PROPN"), subjects[0] if subjects else None)
        subject = subject or _adjacent_name(verb) or _governing_subject(verb)
        if subject is None and closing is not None and closing[0] == verb:
            subject = closing[1]
        if subject is not None:
            found = True
            yield verb, subject
    for t in outside:
        if t.lower_ == "according":
            source = next((x for x in t.subtree if x.dep_ == "pobj"), None)
            if source is not None:
                found = True
                yield t.head, source
    if not found and closing is not None and closing[0] not in verbs:
        yield closing


def _closing_cue(words: list[Token]) -> tuple[Token, Token] | None:
    """A cue that closes a sentence after a comma, "..., the federation estimates.": the
    speech verb at the sentence's end and the last noun of the short phrase before it, which
    the parser may read as one noun phrase ("federation" a compound of "estimates") or as a
    verb with no subject."""
    tokens = [t for t in words if not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if len(tokens) < _CLOSING_MIN_BEFORE + 3 or tokens[-1].lemma_.lower() not in SPEECH_VERBS:
        return None
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    if not commas or commas[-1] < _CLOSING_MIN_BEFORE:
        return None
    phrase = tokens[commas[-1] + 1 : -1]
    if not 1 <= len(phrase) <= _CLOSING_MAX_PHRASE or phrase[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PART") for t in phrase):
        return None
    return tokens[-1], phrase[-1]


_CLOSING_MIN_BEFORE = 3  # words of what was said before the comma
_CLOSING_MAX_PHRASE = 5  # "the regional employers' federation"


def _adjacent_name(verb: Token) -> Token | None:
    """The proper noun right before or after a speech verb the parser gave no subject
    ("DeBoer said", "said Nicholson"), within its clause."""
    doc = verb.doc
    for i in (verb.i - 1, verb.i + 1):
        if 0 <= i < len(doc) and doc[i].pos_ in ("PROPN", "AUX", "NOUN") and doc[i].text[:1].isupper():
            return doc[i]
    return None


def _governing_subject(verb: Token) -> Token | None:
    """The subject of the clause a speech verb with none hangs from: a participle ("Reyn
    criticised the plan, saying ..."), or the second of two verbs ("she stood up and retorted")."""
    if verb.dep_ != "conj" and not (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp")):
        return None
    return next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)


def _reported_spans(sent: Span, verb: Token, source: Token) -> list[tuple[int, int]]:
    according = source.head.head if source.head.lower_ == "to" else None
    if according is not None and according.lower_ == "according":
        return _around(sent, {t.i for t in according.subtree})
    if source.head != verb:
        return []
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        return [_clause_span(clause, verb)]
    if verb.dep_ == "parataxis" and verb.head == sent.root:
        return _around(sent, {t.i for t in verb.subtree})
    return []


def _around(sent: Span, cue: set[int]) -> list[tuple[int, int]]:
    """The runs of a sentence on either side of its cue, each at least three words long."""
    runs: list[list[Token]] = [[]]
    for t in sent:
        if t.i in cue:
            runs.append([])
        else:
            runs[-1].append(t)
    spans = []
    for run in runs:
        words = [t for t in run if not t.is_punct and not t.is_space]
        if len(words) >= 3:
            spans.append((words[0].idx, words[-1].idx + len(words[-1])))
    return spans


def _clause_span(clause: Token, verb: Token) -> tuple[int, int]:
    """The reported clause; after its verb it runs to the end of the sentence, taking in
    the clauses coordinated with it ("says he drank, used drugs and was lonely")."""
    tokens = [t for t in clause.subtree if not (t.i == clause.left_edge.i and t.lower_ == "that")]
    start = tokens[0].idx
    last = _sentence_end(clause) if clause.i > verb.i else tokens[-1]
    return _without_trailing_aside(clause.doc.text, start, last.idx + len(last))


def _sentence_end(token: Token) -> Token:
    """The last token of the token's sentence (`token.sent[-1]`, without finding the
    sentence among all of the document's)."""
    doc, i = token.doc, token.i
    while i + 1 < len(doc) and not doc[i + 1].is_sent_start:
        i += 1
    return doc[i]


_TRAILING_ASIDE = re.compile(r"\s*\([^()]{1,80}\)\W*$")  # "(Photo: A. Name/Agency)", "(file)"


def _without_trailing_aside(text: str, start: int, end: int) -> tuple[int, int]:
    """End a reported clause at its last word, before a closing aside in brackets, which
    is never part of what was said (a photo credit, a reference)."""
    aside = _TRAILING_ASIDE.search(text, start, end)
    if aside and aside.start() > start:
        end = aside.start()
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in "%)":
        end -= 1
    return start, end
