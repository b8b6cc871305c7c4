"""Frames: what a claim asserts, as parts of its text, so that two claims can be compared
part by part rather than as wholes.

- the `predicate`: the main verb of the claim, or of what is reported when the main verb
  only reports it ("officials said the bridge had closed": "close"), or the act a noun of
  intent names ("had no plans to sell": "sell", denied); with a copula, the
  word it links ("the bridge is safe": "be safe"); its `lemma`, whether it is `negated`
  ("did not close", "never closed", "no one was hurt", "received no warning", "failed to
  close", and what a denial reports: "denied that the bridge had closed") and the modal verb on it
  (`modality`: "could", "will");
- the `subject`: the words of the predicate's subject, and the entities named in them;
- the `object`: the predicate's direct object, its head with the words before it that
  qualify it ("warned the ferry crews about the storm": "the ferry crews");
- `time`: the dates and times the claim gives, as the model reads them;
- `places`: the places the claim names (entities of type GPE, LOC or FAC).

Everything is read from spaCy's parse of the claim's own sentence; a part the parse does
not give is left empty, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsprism.model import Entity, Frame, Words
from newsprism.read.speech import SPEECH_VERBS, SUBJECTS, only_credits

if TYPE_CHECKING:
    from spacy.tokens import Token

_NEGATIONS = {"not", "n't", "never", "no"}
_NONE = {"no", "none", "nobody", "nothing", "neither"}  # a subject or object of none denies the predicate
# Reporting verbs that deny what they report ("denied that the bridge had closed"): the
# denial verbs of the polarity lexicon (`compare/polarity.toml`, concept "deny") but
# "dismiss", whose object is as often a person, and with "dispute".
_DENIALS = {"deny", "refute", "dispute"}
_OBJECTS = ("dobj", "attr", "oprd")
_QUALIFIERS = ("det", "amod", "compound", "nummod", "poss", "neg")
# Verbs that say their complement did not happen ("failed to meet", "refused to approve"):
# the complement is the predicate, denied.
_FAILURES = {"fail", "refuse", "decline"}
_COPULAS = {"be", "become", "remain", "seem"}
# Light verbs whose noun of intent names the act asserted ("had no plans to sell", "was in
# talks to sell"), and those nouns (judgement, after WordNet 3.1's plan.n.01, intention.n.01,
# negotiation.n.01, decision.n.01 and attempt.n.01 and their news wordings).
_LIGHT_VERBS = {"have", "be"}
_INTENTS = {"plan", "intention", "intent", "talk", "negotiation", "decision", "bid", "attempt", "proposal"}
_PLACES = ("GPE", "LOC", "FAC")
_TIMES = ("DATE", "TIME")
# What the tagger takes for a date that dates nothing: a length of time ("a five-year
# contract", "for six years") and an age ("Elderby, 24,").
_LENGTH_OR_AGE = re.compile(
    r"(?:(?:about|some|nearly|almost|more than|over|the)\s+)?"
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\w+teen|\w+ty)"
    r"[- ](?:year|month|week|day|hour|minute)s?(?:[- ](?:old|long))?|\d{1,3}",
    re.IGNORECASE,
)


def claim_frame(text: str, tokens: Sequence[Token], entities: Sequence[Entity], article: str) -> Frame:
    """The frame of the claim made of `tokens` (one clause of a sentence) in the article's
    `text`, naming the article's `entities`."""
    inside = {t.i for t in tokens}
    predicate = _predicate(tokens, inside)
    return Frame() if predicate is None else _frame(text, tokens, entities, article, predicate)


def clause_frames(
    text: str, tokens: Sequence[Token], entities: Sequence[Entity], article: str, frame: Frame
) -> list[Frame]:
    """The frames of the claim's other clauses, each read as the claim's own frame is: a verb
    joined to its predicate ("was studying the ruling and had not decided": "decide") and a
    clause of time, cause or contrast on it ("won its case when the court overturned the
    ban": "overturn"). A joined verb without a subject of its own has the predicate's."""
    if frame.predicate is None:
        return []
    inside = {t.i for t in tokens}
    main = next(t for t in tokens if t.idx == frame.predicate.start)
    found: list[Frame] = []
    for verb in _clauses_of(main, inside):
        shared = None if any(c.dep_ in SUBJECTS for c in verb.children) else frame.subject
        clause = _frame(text, tokens, entities, article, verb)
        if shared is not None and clause.subject is None:
            clause = clause.model_copy(update={"subject": shared, "subject_entities": frame.subject_entities})
        found.append(clause)
    return found


def _clauses_of(main: Token, inside: set[int]) -> list[Token]:
    """The verbs joined to `main` (and to each other) and the adverbial clauses on them."""
    verbs: list[Token] = []
    todo = [main]
    while todo:
        verb = todo.pop()
        more = [
            c
            for c in verb.children
            if c.dep_ in ("conj", "advcl")
            and c.pos_ in ("VERB", "AUX")
            and c.i in inside
            and not only_credits(c)
        ]
        verbs += more
        todo += more
    return sorted(verbs, key=lambda t: t.i)


def _frame(
    text: str, tokens: Sequence[Token], entities: Sequence[Entity], article: str, predicate: Token
) -> Frame:
    inside = {t.i for t in tokens}
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    intent = _intent_of(predicate)
    # "the trial" of "the trial failed to meet", "the bank" of "the bank had no plans to sell"
    holder = predicate.head if _failed(predicate) else intent[1] if intent else predicate
    subject = next((c for c in _subjects_of(holder) if c.i in inside), None)
    subject_words = _words(text, list(subject.subtree)) if subject is not None else None
    thing = next((c for c in predicate.children if c.dep_ in _OBJECTS and c.i in inside), None)
    if thing is None and predicate.pos_ == "NOUN":
        thing = _planned(predicate, inside)  # "no plans for a hosepipe ban": the ban
    times = [
        e
        for e in tokens[0].doc.ents
        if e.label_ in _TIMES
        and start <= e.start_char
        and e.end_char <= end
        and not _of_the_saying(e.root, predicate)
        and not _LENGTH_OR_AGE.fullmatch(e.text)
    ]
    return Frame(
        subject=subject_words,
        subject_entities=_named(entities, article, subject_words) if subject_words else [],
        predicate=_words(text, [predicate]),
        lemma=_lemma(predicate),
        object=_words(text, _core(thing, inside)) if thing is not None else None,
        negated=_negated(predicate, [w for w in (subject, thing) if w is not None], inside)
        or (intent is not None and _negated(intent[1], [intent[0]], inside)),
        modality=next((c.lower_ for c in holder.children if c.tag_ == "MD" and c.i in inside), None),
        time=[_words(text, list(e)) for e in times],
        places=_places(entities, article, start, end),
    )


def verbal(token: Token) -> bool:
    """Whether a word is a verb: tagged one, or with the subject and the object of one that
    the tagger took for a noun ("The fraud cost investors £80 million": "cost")."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    deps = {c.dep_ for c in token.children}
    return token.pos_ == "NOUN" and bool(deps & set(SUBJECTS)) and bool(deps & {"dobj", "dative"})


def _predicate(tokens: Sequence[Token], inside: set[int]) -> Token | None:
    """The clause's head verb, or the verb of what it reports when it only reports."""
    heads = [t for t in tokens if t.head.i not in inside or t.head == t]
    head = next((t for t in heads if verbal(t)), None)
    if head is None:
        return None
    if head.lemma_.lower() in SPEECH_VERBS:
        reported = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp") and c.i in inside), None)
        reported = reported or _reported_after_phrase(head, inside)
        if reported is not None and reported.pos_ in ("VERB", "AUX"):
            head = reported
    if head.lemma_.lower() in _FAILURES:
        complement = next((c for c in head.children if c.dep_ == "xcomp" and c.i in inside), None)
        if complement is not None and complement.pos_ in ("VERB", "AUX"):
            return complement
    return _intended(head, inside) or head


def _intended(verb: Token, inside: set[int]) -> Token | None:
    """The act a light verb's noun of intent names ("had no plans to sell", "was in talks to
    sell", "has no intention of closing"), what the claim asserts of it; or the noun itself
    where it names a thing ("had no plans for a ban": the plan, of a ban, `_planned`)."""
    if verb.lemma_.lower() not in _LIGHT_VERBS:
        return None
    through = (n for p in verb.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj")
    nouns = [*(c for c in verb.children if c.dep_ in ("dobj", "attr")), *through]
    for noun in (n for n in nouns if n.i in inside and n.lemma_.lower() in _INTENTS):
        acts = [c for c in noun.children if c.dep_ == "acl"]
        acts += [g for c in _preps(noun, "of") for g in c.children if g.dep_ == "pcomp"]
        act = next((a for a in acts if a.pos_ == "VERB" and a.i in inside), None)
        if act is not None:
            return act
        if _planned(noun, inside) is not None:
            return noun
    return None


def _planned(noun: Token, inside: set[int]) -> Token | None:
    """The thing a noun of intent is for ("plans for a hosepipe ban": "ban")."""
    return next(
        (g for c in _preps(noun, "for") for g in c.children if g.dep_ == "pobj" and g.i in inside), None
    )


def _preps(token: Token, word: str) -> list[Token]:
    return [c for c in token.children if c.dep_ == "prep" and c.lower_ == word]


def _intent_of(predicate: Token) -> tuple[Token, Token] | None:
    """The noun of intent and the light verb a predicate is the act of, or is (`_intended`)."""
    if predicate.pos_ == "NOUN":
        noun = predicate
    elif predicate.dep_ in ("acl", "pcomp"):
        noun = predicate.head.head if predicate.dep_ == "pcomp" else predicate.head
    else:
        return None
    if noun.lemma_.lower() not in _INTENTS:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return (noun, verb) if verb.lemma_.lower() in _LIGHT_VERBS else None


def _reported_after_phrase(verb: Token, inside: set[int]) -> Token | None:
    """What a verb of saying reports after a phrase of its own, where the parser hangs the
    report on the phrase's noun ("said in a statement that the plant had closed")."""
    nouns = (n for p in verb.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj")
    return next(
        (
            c
            for n in nouns
            for c in n.children
            if c.dep_ == "acl"
            and c.i in inside
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _failed(predicate: Token) -> bool:
    return predicate.dep_ == "xcomp" and predicate.head.lemma_.lower() in _FAILURES


def _core(head: Token, inside: set[int]) -> list[Token]:
    """A noun phrase's head with the words before it that qualify it ("a late warning", "the
    ferry crews"), without the clauses and phrases after it."""
    before = [c for c in head.lefts if c.dep_ in _QUALIFIERS and c.i in inside]
    return [t for c in before for t in c.subtree if t.i in inside] + [head]


def _negated(predicate: Token, arguments: list[Token], inside: set[int]) -> bool:
    """A negator on the predicate, a subject or object of none ("no one", "no warning"), a
    denial that reports it ("denied that ..."), or a failure ("failed to meet"; "did not fail
    to meet" is not denied)."""
    if _failed(predicate):
        return not _negator_on(predicate.head, inside)
    if _negator_on(predicate, inside) or any(_negator_on(w, inside) for w in _linked(predicate)):
        return True  # "did not close"; "was not overloaded", where "not" hangs on "overloaded"
    if any(
        a.lower_ in _NONE or any(d.lower_ in _NONE for d in a.subtree if d.dep_ == "det" and d.i < a.i)
        for a in arguments
    ):
        return True  # "no warning", and "no tsunami warning" where "no" hangs on "tsunami"
    return predicate.dep_ == "ccomp" and predicate.head.lemma_.lower() in _DENIALS


def _negator_on(token: Token, inside: set[int]) -> bool:
    """A negator on `token` ("did not close", "no longer runs"), not one that only limits
    ("not just theirs", "not only")."""
    for c in (c for c in token.children if c.i in inside):
        following = c.nbor(1).lower_ if c.i + 1 < len(c.doc) else ""
        if (c.dep_ == "neg" or c.lower_ in _NEGATIONS) and following not in _LIMITING:
            return True
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
    return False


_LIMITING = {"just", "only", "merely", "simply"}


def _lemma(predicate: Token) -> str:
    """The predicate's lemma; a copula with the word it links ("be safe", "be mayor")."""
    lemma = predicate.lemma_.lower()
    linked = _linked(predicate)
    return f"{lemma} {linked[0].lemma_.lower()}" if linked else lemma


def _linked(predicate: Token) -> list[Token]:
    """The word a copula links its subject to ("safe" of "is safe"), if the predicate is one."""
    if predicate.lemma_.lower() not in _COPULAS:
        return []
    return [c for c in predicate.children if c.dep_ in ("acomp", "attr", "oprd")][:1]


def _of_the_saying(word: Token, predicate: Token) -> bool:
    """Whether a word dates the saying of what the predicate reports: it hangs from a verb
    of speech over the predicate, not from the predicate or a verb between ("said on
    Sunday" of "12 workers have been freed, the ministry said on Sunday")."""
    node = word
    while node != predicate and node.head != node:
        node = node.head
        if predicate in node.subtree:  # the first word over both
            return node != predicate and node.lemma_.lower() in SPEECH_VERBS
    return False


def _subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects, and those the parser hangs on its auxiliary instead ("The bridge
    was still closed": "bridge" under "was")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return [c for t in (verb, *helpers) for c in t.children if c.dep_ in SUBJECTS]


def _words(text: str, tokens: list[Token]) -> Words:
    start, end = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    return Words(start=start, end=end, text=text[start:end])


def _named(entities: Sequence[Entity], article: str, words: Words) -> list[str]:
    """The entities with a mention inside `words`, in order of mention."""
    found = sorted(
        (m.start, e.id)
        for e in entities
        for m in e.mentions
        if m.article == article and words.start <= m.start and m.end <= words.end
    )
    return list(dict.fromkeys(i for _, i in found))


def _places(entities: Sequence[Entity], article: str, start: int, end: int) -> list[str]:
    places = [e for e in entities if e.type in _PLACES]
    return _named(places, article, Words(start=start, end=end, text=""))
