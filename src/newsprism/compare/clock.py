"""Times of day: when a claim says a thing began or happened ("The power cut began shortly
after 6 p.m.", "The lights went out just before 9 p.m.", "The quake struck at 3.14 a.m."),
as the span of minutes its words allow, so that two outlets' times for the start of one
happening can be set against each other however they word the happening.

A time of day is read from the claim's frames (its own and its clauses'), only of a verb
that says a thing started or happened (`_ONSET`), and only from the time the frame gives
("at 6.40 p.m.", "about 9 a.m.", "shortly after noon"): "said at 6 p.m." dates a
statement, "arrived at 6.20 p.m." a later act.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsprism.compare.outcomes import phrasal_verb
from newsprism.model import Claim, Words

# Verbs that say a thing began or happened (judgement over WordNet 3.1): begin.v.02 "take
# the first step or steps in carrying out an action" and start, happen.v.01 "come to pass",
# occur, break_out.v.02 "start abruptly" (a fire), erupt, strike (a quake, a storm), hit,
# explode, collapse, crash, derail, go_out.v.05 "go out as of a light or fire" (the lights),
# lift_off.v.01 "take off vertically" and take_off.v.03 (an aircraft, a rocket), launch.
_ONSET = frozenset(
    {"begin", "start", "happen", "occur", "break out", "erupt", "strike", "hit", "explode", "collapse",
     "crash", "derail", "go out", "lift off", "take off", "launch"}
)  # fmt: skip

# The minutes each wording of a time allows around the time it names (judgement: news
# gives a time to the minute as it was recorded, rounds one on the hour or the quarter to
# a quarter of an hour, "about" to the half hour, "shortly after" to half an hour after,
# "after" to two hours after).
_MINUTE_SLACK = 5
_EXACT_SLACK = 15
_ABOUT_SLACK = 30
_SHORTLY = 30
_AFTER = 120

_NEAR = r"shortly|just|soon|right|not long"
_SIDE = r"after|before|about|around|approximately|at"
_BOUND = re.compile(rf"\b(?:(?:{_NEAR})\s+)?(?:{_SIDE})\s+$", re.IGNORECASE)
_TIME = re.compile(
    rf"(?:(?P<near>{_NEAR})\s+)?(?P<side>{_SIDE})?\s*"
    r"(?:(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*(?P<half>[ap])\.?\s?m\b\.?|(?P<word>noon|midday|midnight))",
    re.IGNORECASE,
)


class TimeOfDay(NamedTuple):
    words: str  # as written ("shortly after 6 p.m.")
    earliest: int  # minutes after midnight the words allow, at the earliest
    latest: int


def onset_times(claim: Claim) -> list[TimeOfDay]:
    """The times of day a claim gives for a thing beginning or happening, one per frame."""
    frames = [claim.frame, *claim.clauses] if claim.frame else claim.clauses
    found = []
    for frame in frames:
        if (
            frame.predicate is None
            or frame.negated
            or not frame.lemma
            or phrasal_verb(claim, frame, _ONSET) not in _ONSET
        ):
            continue
        times = [t for w in frame.time if (t := time_of_day(_with_its_bound(claim, w))) is not None]
        found += times[:1]
    return list(dict.fromkeys(found))


def _with_its_bound(claim: Claim, time: Words) -> str:
    """A time's words with the bound before them that the tagger left out of its time
    ("just before" of "just before 9 p.m.")."""
    bound = _BOUND.search(claim.text[: time.start - claim.start])
    return (bound[0] if bound else "") + time.text


def time_of_day(text: str) -> TimeOfDay | None:
    """The minutes a time's words allow ("just before 9 p.m.": 8.30 to 9 p.m.), if they
    name a time of day."""
    said = _TIME.search(text)
    if said is None:
        return None
    if said["word"]:
        at = 0 if said["word"].lower() == "midnight" else 12 * 60
    else:
        hour = int(said["hour"])
        if not 1 <= hour <= 12:
            return None
        at = (hour % 12 + (12 if said["half"].lower() == "p" else 0)) * 60 + int(said["minute"] or 0)
    side = (said["side"] or "at").lower()
    if side == "after":
        low, high = at, at + (_SHORTLY if said["near"] else _AFTER)
    elif side == "before":
        low, high = at - (_SHORTLY if said["near"] else _AFTER), at
    elif side == "at" and not said["near"]:
        slack = _EXACT_SLACK if at % 15 == 0 else _MINUTE_SLACK  # "at 6 p.m.", "at 9.14 a.m."
        low, high = at - slack, at + slack
    else:
        low, high = at - _ABOUT_SLACK, at + _ABOUT_SLACK
    return TimeOfDay(said[0].strip(), low, high)


def apart(x: TimeOfDay, y: TimeOfDay) -> bool:
    """Whether two times of day cannot both hold."""
    return x.latest < y.earliest or y.latest < x.earliest
