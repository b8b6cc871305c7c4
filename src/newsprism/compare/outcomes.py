"""Outcomes, decisions, courses and votes: what a party is said to have won or lost, what it
is said to have decided to do or not yet decided, whether a thing that happens is said to
have ended or to go on, and whether a vote was unanimous, read from a claim's frames (its
own and its clauses') and words, so that two outlets' accounts of one result, decision,
happening or vote can be set against each other however differently they word them.

- An outcome: a party won or lost a dispute or a contest. "Northwind won its case",
  "Dane lost the vote", "failed to win" (lost) give the subject's; "the judge dismissed
  Northwind's challenge", "the court upheld Dane's appeal" give the outcome of the party
  whose dispute it is, named before "'s". A win or loss put as only possible or to come
  ("could win", "would lose") is none.
- A decision: a party will do an act or will not ("said it would appeal", "would not
  appeal"), or has not decided whether to ("had not decided whether to appeal", "was
  considering whether to appeal").
- A course: a thing that happens said to have ended ("The leak was stopped", "firefighters
  put out the fire") or to go on ("Oil was still leaking", "the fire was still burning").
- A vote: unanimous ("The decision was unanimous", "voted unanimously"), or split ("Six
  of the nine members voted for the rise", "approved by 7 votes to 2", "voted 5-4", "found
  guilty by a majority of ten to two").

The words are lists of judgement over WordNet 3.1 synsets, named beside each.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from newsprism.model import Claim, Frame, Words
from newsprism.read.numbers import TALLY, small_number
from newsprism.words import FUNCTION_WORDS, head_phrase, stem

# win.v.01 "be the winner in a contest or competition; be victorious" and prevail.v.02;
# lose.v.02 "fail to win".
_WON = frozenset({"win", "prevail"})
_LOST = frozenset({"lose"})
# What a court, a council or a referee does to a party's dispute: against it (dismiss.v.04
# "stop proceedings in a court of law", reject.v.01 "refuse to accept or acknowledge",
# deny.v.04 "refuse to grant", "throw out", "turn down") or for it (uphold.v.03 "support
# against an opponent", grant.v.03 "allow to have", allow.v.01 "make it possible for
# something to happen", accept.v.01).
_AGAINST_IT = frozenset({"dismiss", "reject", "deny", "refuse", "throw out", "turn down"})
_FOR_IT = frozenset({"uphold", "grant", "allow", "accept"})
# Nouns of a dispute a party brings (legal_action.n.01, challenge.n.02, appeal.n.02,
# claim.n.02, bid.n.01, petition.n.01) and of a contest it enters (contest.n.01,
# election.n.01, vote.n.02).
_DISPUTES = frozenset(
    """
    case cases challenge challenges appeal appeals claim claims lawsuit suit action bid bids
    petition application complaint objection motion fight battle
    election vote race match final contest ballot referendum tender
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_NOT_SETTLED = frozenset({"may", "might", "could", "will", "would", "shall", "should"})
_FUTURE = frozenset({"will", "would", "shall"})
# Predicates of a decision not yet taken when "whether" follows them: decide.v.01 and
# determine.v.03 denied, and the verbs of weighing one (consider.v.03, weigh.v.02,
# study.v.02, review.v.01, assess.v.01, ponder.v.01, mull over).
_DECIDING = frozenset({"decide", "determine"})
_WEIGHING = frozenset({"consider", "weigh", "study", "review", "assess", "ponder", "mull", "examine"})
_WHETHER = re.compile(
    r"^(?:[\s,]+[\w’']+){0,4}?\s+whether\s+(?:or\s+not\s+)?"
    r"(?:to\s+|(?:it|they|he|she|we)\s+(?:would|will|should)\s+)(?P<act>[a-z]+)",
    re.IGNORECASE,
)
_POSSESSOR = re.compile(r"^(?P<party>.+?)[’']s?\s+\S")


Party = tuple[frozenset[str], frozenset[str]]  # its entity ids, and the words that name it


class Outcome(NamedTuple):
    party: Party
    named: str  # the party as written
    won: bool
    verb: str  # the verb that says it, as written ("won", "threw out", "did not win")
    dispute: str | None  # the dispute or contest, as written


class Decision(NamedTuple):
    party: Party
    act: str  # the act decided or not, in lower case
    decided: bool
    words: str  # the words that say it, as written ("would appeal", "not decided whether to appeal")


class Course(NamedTuple):
    thing: frozenset[str]  # the stems of what happens: its head noun, or verb ("leak", "fire")
    ended: bool
    words: str  # the words that say it, as written ("was stopped", "still leaking")


def courses(claim: Claim) -> list[Course]:
    """The courses a claim gives, ended or going on, one per frame that says one."""
    return [c for f in _frames(claim) if (c := _course(claim, f)) is not None]


def outcomes(claim: Claim) -> list[Outcome]:
    """The outcomes a claim gives, one per frame that says one."""
    return [o for f in _frames(claim) if (o := _outcome(claim, f)) is not None]


def decisions(claim: Claim) -> list[Decision]:
    """The decisions a claim gives, taken or not yet taken, one per frame that says one."""
    return [d for f in _frames(claim) if (d := _decision(claim, f)) is not None]


def one_party(x: Party, y: Party) -> bool:
    """Whether two parties are one: an entity in common, or a word that names them."""
    return bool(x[0] & y[0] or x[1] & y[1])


def _frames(claim: Claim) -> list[Frame]:
    frames = [claim.frame, *claim.clauses] if claim.frame else claim.clauses
    return [f for f in frames if f.predicate is not None and f.lemma]


def _outcome(claim: Claim, frame: Frame) -> Outcome | None:
    if frame.modality in _NOT_SETTLED or frame.predicate is None:
        return None
    verb = _verb(claim, frame)
    thing = frame.object.text.split()[-1].lower() if frame.object else None
    if verb in _WON | _LOST and (thing is None or thing in _DISPUTES) and frame.subject is not None:
        party = _party(claim, frame)
        named, dispute, won = frame.subject.text, frame.object, (verb in _WON) != frame.negated
    elif verb in _AGAINST_IT | _FOR_IT and (dispute := _dispute(frame)) is not None:
        owner = _POSSESSOR.match(dispute.text)
        if owner is None or not _names(owner["party"]):
            return None
        party = (frozenset(), _names(owner["party"]))
        named, won = owner["party"], (verb in _FOR_IT) != frame.negated
    else:
        return None
    if not (party[0] or party[1]):
        return None
    return Outcome(party, named, won, _written(claim, frame), dispute.text if dispute else None)


def _decision(claim: Claim, frame: Frame) -> Decision | None:
    if frame.subject is None or frame.predicate is None or not frame.lemma:
        return None
    lemma = frame.lemma.split()[-1]
    weighing = (lemma in _DECIDING and frame.negated) or (lemma in _WEIGHING and not frame.negated)
    if weighing and (found := _WHETHER.match(claim.text[frame.predicate.end - claim.start :])):
        act, decided, words = found["act"].lower(), False, _written(claim, frame, found.end())
    elif frame.modality in _FUTURE and not claim.hedged and " " not in frame.lemma:
        act, decided, words = frame.lemma, True, _written(claim, frame)
    else:
        return None
    party = _party(claim, frame)
    return Decision(party, act, decided, words) if party[0] or party[1] else None


def _dispute(frame: Frame) -> Words | None:
    """The dispute a frame's predicate is done to: its object, or its subject where it has
    none ("Dane's appeal against the fine was rejected"), up to its head noun."""
    thing = frame.object or frame.subject
    if thing is None:
        return None
    head = head_phrase(thing.text)
    words = head.split()
    if not words or words[-1].lower() not in _DISPUTES:
        return None
    return Words(start=thing.start, end=thing.start + len(head), text=head)


def _course(claim: Claim, frame: Frame) -> Course | None:
    if frame.predicate is None or frame.negated or frame.modality in _NOT_SETTLED or claim.hedged:
        return None
    start, end = frame.predicate.start - claim.start, frame.predicate.end - claim.start
    lemma = (frame.lemma or "").split()[-1]
    if _verb(claim, frame) in _ENDING | _RESTORING:
        thing = frame.object or frame.subject
        stems = _stems(thing.text) if thing is not None else frozenset()
        return Course(stems, True, _written(claim, frame)) if stems else None
    still = _STILL.search(claim.text[:start])
    begins = still.start() if still else start
    if lemma == "be" and (after := _STILL_AFTER.match(claim.text[end:])):  # "were still without power"
        still, end = after, end + after.end()
    if still or lemma == "remain":
        if lack := _WITHOUT.match(claim.text[end:]):  # "still without power": the cut goes on
            return Course(_stems(lack["thing"]), False, claim.text[begins : end + lack.end()])
        stems = _stems(frame.subject.text if frame.subject else "") | {stem(lemma)}
        return Course(stems, False, claim.text[begins:end])
    return None


def _stems(text: str) -> frozenset[str]:
    """The stem of a noun phrase's head ("The leak at the terminal": "leak"), one stem for
    the words news writes for one thing (`_ONE_THING`)."""
    words = head_phrase(text).split()
    if not words or words[-1].lower() in _PRONOUNS:
        return frozenset()
    return frozenset({stem(_ONE_THING.get(words[-1].lower(), words[-1]))})


# Verbs that end a thing that happens: stop.v.01 "come to a halt", halt.v.01, end.v.01,
# extinguish.v.04 "put out, as of fires, flames, or lights", contain.v.04 "hold back",
# plug.v.01 and seal (a leak), cap (a well), call_off.v.01 "postpone indefinitely or annul
# something that was scheduled", abandon.v.01 "forsake, leave behind" (a search), suspend.v.03
# "stop a process or a habit by imposing a freeze on it".
_ENDING = frozenset(
    {
        "stop",
        "halt",
        "end",
        "extinguish",
        "put out",
        "contain",
        "plug",
        "seal",
        "cap",
        "call off",
        "abandon",
        "suspend",
    }
)
# Verbs that end a lack or a stop by giving back what was cut off or shut: restore.v.01
# "return to its original or usable and functioning condition" ("Power had been restored"),
# reopen.v.01 "open again" (a road, a school), resume.v.01 "take up or begin anew" (services).
_RESTORING = frozenset({"restore", "reopen", "resume"})
_STILL = re.compile(r"\bstill\s+(?:(?:be|is|are|was|were|being)\s+)?$", re.IGNORECASE)
_STILL_AFTER = re.compile(r"\s+still\b", re.IGNORECASE)
_WITHOUT = re.compile(r"\s+without\s+(?P<thing>(?:\w+\s+){0,2}?\w+)\b", re.IGNORECASE)
# One thing in the words news varies for it (judgement): the supply a power cut stops, a fire.
_ONE_THING = {"electricity": "power", "blaze": "fire", "flames": "fire"}


def _verb(claim: Claim, frame: Frame) -> str:
    return phrasal_verb(claim, frame, _AGAINST_IT | _ENDING)


def phrasal_verb(claim: Claim, frame: Frame, known: frozenset[str]) -> str:
    """The predicate's lemma, with the particle after it where that makes a verb of two
    words of `known` ("threw out", "went out")."""
    lemma = (frame.lemma or "").split()[-1]
    assert frame.predicate is not None
    after = claim.text[frame.predicate.end - claim.start :].split()[:1]
    two = f"{lemma} {after[0].lower().strip(',.;')}" if after else ""
    return two if two in known else lemma


def _party(claim: Claim, frame: Frame) -> Party:
    """The entities a frame's subject names, and its words that name someone; for a subject
    that names no one itself, a pronoun or someone's ("he", "her client"), the one its
    claim's source speaks of, as the source's id marked so ("His barrister said he would
    appeal", "… said her client had not decided"); for a pronoun that is the source itself,
    the source's entity and the names its credit gives it ("Harrowmere Shipping said it
    would pay")."""
    assert frame.subject is not None
    words = frame.subject.text.lower().split()
    if frame.subject_entities and words[0] in _PRONOUNS and claim.attributed_to in frame.subject_entities:
        return frozenset(frame.subject_entities), _proper_names(claim.attribution or "")  # the source's
    if frame.subject_entities or not (words[0] in _PRONOUNS or _names(frame.subject.text) <= _SOMEONE_S):
        return frozenset(frame.subject_entities), _names(frame.subject.text)
    spoken_of = frozenset({f"spoken of by {claim.attributed_to}"} if claim.attributed_to else ())
    return spoken_of, frozenset()


# People named only through the one who speaks for them (judgement: the clients, employers
# and families a lawyer or a spokesman speaks of).
_SOMEONE_S = frozenset({"client", "clients", "family", "son", "daughter", "husband", "wife", "employer"})


def _proper_names(text: str) -> frozenset[str]:
    """The capitalised words of a phrase that name someone ("The tanker's owner, Harrowmere
    Shipping, said": "harrowmere", "shipping"): an entity as another article writes it,
    where that article's tagger did not read it."""
    return _names(" ".join(w for w in re.findall(r"[^\W\d_]+", text) if w[0].isupper()))


def _names(text: str) -> frozenset[str]:
    """The lower-case words of a phrase that name someone: no function word or pronoun."""
    words = re.findall(r"[^\W\d_]{2,}", text.lower())
    return frozenset(w for w in words if w not in FUNCTION_WORDS and w not in _PRONOUNS)


_PRONOUNS = frozenset("i you he she it we they its their his her our this that".split())  # noqa: SIM905


def _written(claim: Claim, frame: Frame, length: int = 0) -> str:
    """The predicate as written with the words on it before it (a modal verb, a negator) and,
    given a `length`, that much of the text after it ("had not decided whether to appeal")."""
    assert frame.predicate is not None
    text, start = claim.text, frame.predicate.start - claim.start
    before = re.search(
        r"(?:\b(?:will|would|shall|did|does|do|has|have|had|not|n't|never)\s+)*$", text[:start]
    )
    end = frame.predicate.end - claim.start + length
    after = "" if length else _PARTICLE.match(text[end:])
    return text[before.start() if before else start : end] + (after[0] if after else "")


_PARTICLE = re.compile(r"\s+(?:out|down|off)\b")


def vote(claim: Claim) -> tuple[bool, str] | None:
    """Whether a claim says a vote was unanimous (True) or split (False), with the words that
    say it; none where it says neither, or denies that it was unanimous."""
    text = claim.text
    if (said := _UNANIMOUS.search(text)) and not _NOT_UNANIMOUS.search(text):
        return True, said[0]
    if not _VOTED.search(text):
        return None
    if (tally := TALLY.search(text)) and 0 < int(tally[2]) < int(tally[1]):
        return False, tally[0]
    for tally in _VOTES_TO.finditer(text):
        votes = [small_number(tally[k]) for k in ("for", "against")]
        if votes[0] is not None and votes[1] is not None and 0 < votes[1] < votes[0]:
            return False, tally[0]
    placed = sorted(
        (n.start - claim.start, n.end - claim.start, n.value)
        for n in claim.numbers
        if n.start is not None and n.end is not None
    )
    for part, whole in itertools.pairwise(placed):
        if _PART_OF.fullmatch(text[part[1] : whole[0]]) and 0 < part[2] < whole[2]:
            return False, text[part[0] : whole[1]]
    return None


_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
_NOT_UNANIMOUS = re.compile(r"\b(?:not|n't|never|short of)\s+(?:\w+\s+)?unanimous", re.IGNORECASE)
_VOTED = re.compile(r"\b(?:vot(?:e|es|ed|ing)|verdict|majority)\b", re.IGNORECASE)
# "by seven votes to two", "a majority of ten to two": more for than against, none of them
# nil (a range runs the other way: "10 to 12").
_VOTES_TO = re.compile(r"\b(?P<for>\w+)(?: votes?)? to (?P<against>\w+)\b", re.IGNORECASE)
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their)\s+")
