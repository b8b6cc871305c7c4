"""Contradictions: pairs of claims of different outlets, about the same thing, that cannot
both hold.

Two claims are about the same thing when their vectors are close (`same_topic`; less
close, `frame_topic`, when their frames affirm and deny one predicate; however far apart,
when they affirm and deny it of one named subject at one time). They contradict when they
give different numbers for the same quantity (`figures.py`): the claims close enough to be
one statement (`same_statement`), or, when both figures say what they measure ("killing
eleven people", "Six people died": deaths) and the claims may speak of one time, only
about the same thing, unless their subjects name different entities. A claim that gives
the same figure as one side of such a conflict conflicts with the other side too; a
headline's figure is its lead's. They contradict too when one affirms what the other
denies, by the lexicon or by their frames (`affirmed_and_denied`: "had warned the depot"
against "denied that it was ever warned"), or when, close enough to be one statement or with
frames that say them of one thing (`said_of_one_thing`, a clause's frame among them), they
assert opposite predicates (`polarity.py`), but not on two different days or in two years
("was arrested on Monday", "was released on bail on Tuesday": one after the other), nor
positions of plainly two holders ("the mayor backed the plan", "the mayor's deputy opposed
it"). However far apart their wording, two outlets'
claims contradict when each gives the one figure its article gives for a measure of the
event and the two differ (`figures.each_article_s_one_figure`), when one says there was
none of a thing that happens and the other has some ("no shots were fired", "a guard was
shot"), when one affirms and the other denies one thing of one named subject, or gives one
thing two causes, and when they give one party opposite outcomes, an act decided and not
yet decided, a vote unanimous and split, or a thing that happens ended and going on
(`outcomes.py`). A count joined to its noun before a thing is its size, each article's one
the story's ("a 40-turbine wind farm" against "the 32-turbine project"), and so is each
article's one time of day for a thing beginning ("began shortly after 6 p.m." against "went
out just before 9 p.m.": `clock.py`). The reason names the words on each side.
When a stance judge is set (`stance.py`), it is asked about the pairs the rules do not
settle that are close enough to be one statement, or of which one denies what the other
affirms (`opposed`), most similar first, up to `judged_pairs` pairs (`thresholds.py`); it
reads what each claim states, without the words that credit it (`statement`).

A story about a dispute holds many claims for and against one point; each claim is set
against the claim of another article closest to it among those it conflicts with, when
that claim's closest is it too, so every conflict is shown once, on its clearest pair.
A claim that conflicts with one article over figures of two kinds (a count and a sum), or
over figures and over something else ("upheld a ban on a 40-turbine wind farm" against
"overturned the ban" and "the 32-turbine project"), has each conflict shown. A pair of body
sentences is clearer than one with a headline, which sums up what the body states with its
detail; among pairs alike, the most similar. Pairs come most similar first.
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np

from newsprism.compare.clock import apart, onset_times
from newsprism.compare.figures import (
    FIGURES,
    days_apart,
    different_days,
    different_figures,
    each_article_s_one_figure,
    each_article_s_one_size,
    named_apart,
    same_figure,
    same_time,
    size,
    years_apart,
)
from newsprism.compare.outcomes import (
    Course,
    Decision,
    Outcome,
    courses,
    decisions,
    one_party,
    outcomes,
    vote,
)
from newsprism.compare.polarity import Lexicon, Predicate
from newsprism.compare.stance import Judge
from newsprism.model import Claim, Contradiction, Frame, Group, Reuse
from newsprism.read.numbers import figure_kind, in_common_unit
from newsprism.thresholds import DEFAULTS, Thresholds
from newsprism.words import FUNCTION_WORDS, head_phrase, stem

QUOTED = re.compile(r"“([^”]*)”")  # the words a reason quotes, each side's
_ARTICLE = re.compile(r"^(?:the|a|an|its|their|his|her)\s+")
# Subjects that name no one by themselves: the same pronoun in two claims is not one subject.
_PRONOUNS = frozenset(
    "i you he she it we they this that these those who which one some many all both".split()  # noqa: SIM905
)


ONE_SUBJECT = "said of one subject"  # how a reason that rests on the frames' subject goes on


def find_contradictions(
    claims: list[Claim],
    vectors: np.ndarray,
    outlet: dict[str, str],
    lexicon: Lexicon,
    judge: Judge | None = None,
    thresholds: Thresholds = DEFAULTS,
    headlines: frozenset[str] = frozenset(),
) -> list[Contradiction]:
    """`headlines`: the ids of the claims that are their article's headline."""
    predicates = [lexicon.predicates(c.text) for c in claims]
    sims = vectors @ vectors.T
    candidates: dict[tuple[int, int], str] = {}
    unsettled: list[tuple[int, int]] = []
    floor = min(thresholds.same_topic, thresholds.frame_topic)
    for i, j in zip(*np.nonzero(np.triu(sims >= floor, k=1)), strict=True):
        a, b = claims[int(i)], claims[int(j)]
        if outlet[a.article] == outlet[b.article]:
            continue
        changed = days_apart(a, b) is not None or years_apart(a, b)  # what holds one day may not the next
        if sims[i, j] < thresholds.same_topic:
            if changed:
                continue
            opposite = _predicates(lexicon, predicates[int(i)], predicates[int(j)], False, (a, b))
            if reason := affirmed_and_denied(a, b) or (opposite if ONE_THING in (opposite or "") else None):
                candidates[(int(i), int(j))] = reason
            continue
        one_statement = sims[i, j] >= thresholds.same_statement
        figures = one_statement or (same_time(a, b) and not named_apart(a, b))
        reason = (
            different_figures(a, b, thresholds.figure_tolerance, measured_only=not one_statement)
            if figures
            else None
        )
        opposite = _predicates(lexicon, predicates[int(i)], predicates[int(j)], one_statement, (a, b))
        if (
            opposite
            and ONE_THING not in opposite
            and _positions_of_two(lexicon, predicates[int(i)], predicates[int(j)], (a, b))
        ):
            opposite = None  # "The mayor backed the plan", "The mayor's deputy opposed the plan"
        opposite = opposite or affirmed_and_denied(a, b)
        if changed and opposite:
            continue  # "arrested on Monday", "released on bail on Tuesday": one after the other
        reason = reason or opposite or (different_days(a, b) if one_statement else None)
        subject = None if reason or one_statement or changed else same_subject(a, b)
        if subject and figures and _one_predicate(a, b):
            reason = different_figures(a, b, thresholds.figure_tolerance)
            reason = reason and f"{reason}, {ONE_SUBJECT}: “{subject}”"
        if reason:
            candidates[(int(i), int(j))] = reason
        elif one_statement or opposed(a, b):
            unsettled.append((int(i), int(j)))
    candidates.update(_one_subject_affirmed_and_denied(claims, candidates, outlet, lexicon, predicates))
    candidates.update(_none_against_some(claims, candidates, outlet))
    candidates.update(_different_causes(claims, candidates, outlet))
    candidates.update(_none_of_a_thing_against_some(claims, candidates, outlet))
    candidates.update(_one_party_s_outcome_or_decision(claims, candidates, outlet))
    candidates.update(_each_article_s_one_figure(claims, candidates, outlet, thresholds, headlines))
    candidates.update(_one_happening_at_two_times(claims, candidates, outlet, headlines))
    candidates.update(_through_same_figures(claims, candidates, sims, outlet, thresholds))
    candidates = _headline_figures_as_their_leads(candidates, claims, headlines)
    judged: dict[tuple[int, int], float] = {}
    if judge is not None:
        unsettled = sorted(unsettled, key=lambda p: -sims[p])[: thresholds.judged_pairs]
        said = judge.contradicts([(statement(claims[i]), statement(claims[j])) for i, j in unsettled])
        for pair, probability in zip(unsettled, said, strict=True):
            if probability > 0:
                candidates[pair] = f"judged to contradict each other by the stance model {judge.name}"
                judged[pair] = round(probability, 3)
    closest: dict[tuple[int, str, str], int] = {}
    in_headline = [c.id in headlines for c in claims]
    over = {pair: _over(reason, claims[pair[0]]) for pair, reason in candidates.items()}
    for i, j in sorted(candidates, key=lambda p: (in_headline[p[0]] + in_headline[p[1]], -sims[p])):
        closest.setdefault((i, claims[j].article, over[(i, j)]), j)
        closest.setdefault((j, claims[i].article, over[(i, j)]), i)
    return [
        Contradiction(a=claims[i].id, b=claims[j].id, reason=reason, judged=judged.get((i, j)))
        for (i, j), reason in sorted(candidates.items(), key=lambda c: -sims[c[0]])
        if closest[(i, claims[j].article, over[(i, j)])] == j
        and closest[(j, claims[i].article, over[(i, j)])] == i
    ]


def _over(reason: str, claim: Claim) -> str:
    """What a conflict is over, to show each once: the kind of the figures it sets apart (a
    count, whatever it counts, a length of time, a sum in its currency, a share: the first
    claim's figure it quotes), or "" for what a claim says."""
    if not reason.startswith(FIGURES):
        return ""
    quoted = QUOTED.findall(reason)
    figure = next((n for n in claim.numbers if quoted and n.text == quoted[0]), None)
    return f"figures: {figure_kind(figure) if figure else '?'}"


def originals_only(
    contradictions: list[Contradiction], claims: list[Claim], groups: list[Group], reuse: list[Reuse]
) -> list[Contradiction]:
    """The contradictions without those a copy or a rewrite repeats: where a claim of an
    article that reuses another's text is linked in its group to a claim of that other (a
    reused passage, a rewritten sentence, a paraphrase) and both conflict with one claim,
    the dispute is the original's and is shown on it alone."""
    sources = {(r.to, r.from_) for r in reuse}
    article = {c.id: c.article for c in claims}
    linked: dict[str, set[str]] = {}
    for link in (link for g in groups for link in g.links):
        linked.setdefault(link.a, set()).add(link.b)
        linked.setdefault(link.b, set()).add(link.a)
    pairs = {frozenset((x.a, x.b)) for x in contradictions}

    def repeats(copy: str, other: str) -> bool:
        return any(
            (article[copy], article[origin]) in sources and frozenset((origin, other)) in pairs
            for origin in linked.get(copy, ())
        )

    return [x for x in contradictions if not (repeats(x.a, x.b) or repeats(x.b, x.a))]


def _headline_figures_as_their_leads(
    found: dict[tuple[int, int], str], claims: list[Claim], headlines: frozenset[str]
) -> dict[tuple[int, int], str]:
    """The conflicts over figures, without those of a headline whose figure its article's
    body gives too and there conflicts with nothing: a headline writes its lead's figure
    short, without the lead's "at least" or day ("flood kills four" over "At least four people
    have died ... on Monday", against "Nine people have died ... on Tuesday")."""
    figured = {pair for pair, reason in found.items() if reason.startswith(FIGURES)}

    def kept(h: int, other: int) -> bool:
        if claims[h].id not in headlines:
            return True
        body = [
            k
            for k, c in enumerate(claims)
            if c.article == claims[h].article and c.id not in headlines and _same_measured_value(claims[h], c)
        ]
        return not body or any((min(k, other), max(k, other)) in figured for k in body)

    return {
        pair: reason
        for pair, reason in found.items()
        if pair not in figured or (kept(*pair) and kept(*pair[::-1]))
    }


def _same_measured_value(a: Claim, b: Claim) -> bool:
    return any(
        x.measure is not None and x.measure == y.measure and in_common_unit(x) == in_common_unit(y)
        for x in a.numbers
        for y in b.numbers
    )


def _one_subject_affirmed_and_denied(
    claims: list[Claim],
    found: dict[tuple[int, int], str],
    outlet: dict[str, str],
    lexicon: Lexicon,
    predicates: list[list[Predicate]],
) -> dict[tuple[int, int], str]:
    """Pairs whose frames give one named subject (an entity in both subjects) a predicate
    that one affirms and the other denies, or opposite predicates of the lexicon said of
    one thing, at one time, however differently worded: the frames, not the wording, say
    they speak of one point ("Dane conceded defeat on Monday" against "Piet Dane refused to
    concede"; "He passed his medical on Thursday" against "Elderby failed his medical")."""
    by_subject: dict[str, list[int]] = {}
    for k, c in enumerate(claims):
        if c.frame is not None and c.frame.predicate is not None:
            for entity in c.frame.subject_entities:
                by_subject.setdefault(entity, []).append(k)
    more: dict[tuple[int, int], str] = {}
    for ks in by_subject.values():
        for n, i in enumerate(ks):
            for j in ks[n + 1 :]:
                a, b = claims[i], claims[j]
                if (i, j) in found or outlet[a.article] == outlet[b.article] or not same_time(a, b):
                    continue
                opposite = _predicates(lexicon, predicates[i], predicates[j], False, (a, b)) or ""
                if reason := affirmed_and_denied(a, b) or (opposite if ONE_THING in opposite else None):
                    more[(i, j)] = reason
    return more


def _one_party_s_outcome_or_decision(
    claims: list[Claim], found: dict[tuple[int, int], str], outlet: dict[str, str]
) -> dict[tuple[int, int], str]:
    """Pairs of two outlets' claims, at one time, however worded, that give one party
    opposite outcomes ("Northwind won its case" against "the judge dismissed Northwind's
    challenge"), or that say it has decided an act and has not yet decided it ("said it
    would appeal" against "had not decided whether to appeal"), or that say a vote was
    unanimous and split ("The decision was unanimous" against "Six of the nine members
    voted for the rise"), or that say one thing that happens ended and went on ("The leak
    was stopped" against "Oil was still leaking"): `outcomes.py`."""
    read: dict[int, Said] = {
        k: (outcomes(c), decisions(c), vote(c), courses(c)) for k, c in enumerate(claims)
    }
    said = {k: r for k, r in read.items() if any(r)}  # only these can conflict so
    more: dict[tuple[int, int], str] = {}
    for i, j in ((i, j) for i in said for j in said if i < j and (i, j) not in found):
        a, b = claims[i], claims[j]
        reason = _outcomes_apart(said[i], said[j]) if outlet[a.article] != outlet[b.article] else None
        if reason and same_time(a, b):
            more[(i, j)] = reason
    return more


Said = tuple[list[Outcome], list[Decision], tuple[bool, str] | None, list[Course]]  # what `outcomes.py` reads


def _outcomes_apart(a: Said, b: Said) -> str | None:
    """The reason two claims' outcomes, decisions or votes conflict, if they do."""
    won = [(x, y) for x in a[0] for y in b[0] if x.won != y.won and one_party(x.party, y.party)]
    if won:
        x, y = won[0]
        disputes = ", ".join(d for d in (x.dispute, y.dispute) if d)
        return (
            f"opposite outcomes for one party{f' ({disputes})' if disputes else ''}: “{x.verb}” "
            f"against “{y.verb}”, {ONE_SUBJECT}: “{x.named}”"
        )
    decided = [
        (u, v)
        for u in a[1]
        for v in b[1]
        if u.act == v.act and u.decided != v.decided and one_party(u.party, v.party)
    ]
    if decided:
        return f"an act decided and not yet decided: “{decided[0][0].words}” against “{decided[0][1].words}”"
    if a[2] and b[2] and a[2][0] != b[2][0]:
        return f"a vote unanimous and split: “{a[2][1]}” against “{b[2][1]}”"
    course = [(u, v) for u in a[3] for v in b[3] if u.ended != v.ended and u.thing & v.thing]
    if course:
        u, v = course[0]
        return f"a thing ended and going on ({', '.join(sorted(u.thing & v.thing))}): “{u.words}” against “{v.words}”"
    return None


def _none_against_some(
    claims: list[Claim], found: dict[tuple[int, int], str], outlet: dict[str, str]
) -> dict[tuple[int, int], str]:
    """Pairs where one claim counts none of a kind of casualty ("no injuries have been
    reported", `numbers.find_numbers`) and the other some, at one time, however worded and
    whoever it counts ("two drivers were hurt"): no one hurt leaves no driver hurt."""
    none = [(k, n) for k, c in enumerate(claims) for n in c.numbers if n.value == 0 and n.measure]
    more: dict[tuple[int, int], str] = {}
    for i, zero in none:
        for j, other in enumerate(claims):
            a, b = claims[i], other
            pair = (min(i, j), max(i, j))
            if pair in found or pair in more or outlet[a.article] == outlet[b.article]:
                continue
            some = next((y for y in b.numbers if y.measure == zero.measure and y.value > 0), None)
            if some is not None and same_time(a, b) and not named_apart(a, b):
                more[pair] = (
                    f"{FIGURES} for the same quantity ({zero.measure}): “{zero.text}” against “{some.text}”"
                )
    return more


def _each_article_s_one_figure(
    claims: list[Claim],
    found: dict[tuple[int, int], str],
    outlet: dict[str, str],
    thresholds: Thresholds,
    headlines: frozenset[str],
) -> dict[tuple[int, int], str]:
    """Pairs of claims of two outlets that each give the one figure their article gives for
    a measure (its body's, beside the headline that repeats it), figures that differ, at
    one time, of subjects not named apart, however far apart their wording ("in front of
    52,000 fans" inside the sentence of the result, "A crowd of 25,000 watched the final"):
    an article that gives a measure of the event one figure gives the story's
    (`figures.each_article_s_one_figure`). Not where the two articles already conflict over
    that measure."""
    one = each_article_s_one_figure(claims, headlines)
    disputed = {
        (claims[i].article, claims[j].article, m)
        for (i, j), reason in found.items()
        for m in re.findall(r"\(([^)]*)\)", reason.split(":")[0])
    }
    more: dict[tuple[int, int], str] = {}
    for measure, i, j in _across_outlets(one, claims, outlet):
        a, b = claims[i], claims[j]
        if (
            {(a.article, b.article, measure), (b.article, a.article, measure)} & disputed
            or not same_time(a, b)
            or named_apart(a, b)
        ):
            continue
        if (reason := different_figures(a, b, thresholds.figure_tolerance, measured_only=True)) and (
            f"({measure})" in reason
        ):
            more[(i, j)] = reason
    for unit, i, j in _across_outlets(each_article_s_one_size(claims, headlines), claims, outlet):
        a, b = claims[i], claims[j]
        x, y = (next(n for n in c.numbers if size(n) and n.unit == unit) for c in (a, b))
        if x.value != y.value and (i, j) not in found and not named_apart(a, b):
            more[(i, j)] = f"{FIGURES} for the same quantity (size in {unit}): “{x.text}” against “{y.text}”"
    return more


def _one_happening_at_two_times(
    claims: list[Claim], found: dict[tuple[int, int], str], outlet: dict[str, str], headlines: frozenset[str]
) -> dict[tuple[int, int], str]:
    """Pairs of claims of two outlets that each give the one time of day their article's
    body gives for a thing beginning or happening (`clock.py`), times that cannot both hold,
    on no two days, however the happening is worded ("The power cut began shortly after 6
    p.m.", "The lights went out just before 9 p.m."): an article that times one start
    times the story's."""
    times: dict[str, set[tuple[int, int]]] = defaultdict(set)
    first: dict[str, int] = {}
    for k, c in enumerate(claims):
        for t in onset_times(c) if c.id not in headlines else []:
            times[c.article].add((t.earliest, t.latest))
            first.setdefault(c.article, k)
    one = {(article, "time"): first[article] for article, said in times.items() if len(said) == 1}
    more: dict[tuple[int, int], str] = {}
    for _, i, j in _across_outlets(one, claims, outlet):
        a, b = claims[i], claims[j]
        x, y = onset_times(a)[0], onset_times(b)[0]
        if (i, j) not in found and apart(x, y) and not days_apart(a, b):
            more[(i, j)] = f"different times of day for one happening: “{x.words}” against “{y.words}”"
    return more


def _across_outlets(
    ones: dict[tuple[str, str], int], claims: list[Claim], outlet: dict[str, str]
) -> list[tuple[str, int, int]]:
    """The pairs (i < j) of two outlets' claims that each give their article's one figure of
    the same quantity, with that quantity (`ones`: each article's, by article and quantity)."""
    return [
        (quantity, i, j)
        for (article, quantity), i in ones.items()
        for (other, also), j in ones.items()
        if also == quantity and i < j and outlet[article] != outlet[other]
    ]


def _none_of_a_thing_against_some(
    claims: list[Claim], found: dict[tuple[int, int], str], outlet: dict[str, str]
) -> dict[tuple[int, int], str]:
    """Pairs where one claim says there was none of a thing ("no shots were fired", "received
    no warning") and the other, of another outlet at one time, asserts some of it, however
    worded: the thing as its subject's or object's head ("heard several shots") or as its
    predicate ("a guard was shot"), neither put as only possible, to come or hedged."""
    more: dict[tuple[int, int], str] = {}
    for i, none in enumerate(claims):
        thing, said = _none_of(none)
        if thing is None:
            continue
        for j, some in enumerate(claims):
            pair = (min(i, j), max(i, j))
            frame = some.frame
            if (
                pair in found
                or frame is None
                or frame.predicate is None
                or frame.negated
                or frame.modality in _POSSIBLE | _FUTURE
                or (frame.lemma or "").removeprefix("be ") in _NOT_YET
                or some.hedged
                or outlet[none.article] == outlet[some.article]
                or not same_time(none, some)
            ):
                continue
            parts = [p for p in (frame.subject, frame.object) if p is not None]
            has = next((p.text for p in parts if _head(p.text) == thing), None)
            if has is None and thing in text_stems(frame.predicate.text):
                has = frame.predicate.text
            if has is not None:
                more[pair] = f"none of one thing against some ({thing}): “{said}” against “{has}”"
    return more


# What a thing is said to be when it is not there yet ("a deal is close"): the adjectives of
# nearness in time and of likelihood in WordNet 3.1 (close.s.10 "near in time", imminent.a.01,
# likely.a.01, possible.a.01, probable.a.01, expected.a.01, due.s.02).
_NOT_YET = frozenset(
    {"close", "near", "imminent", "likely", "unlikely", "possible", "probable", "expected", "due"}
)


def _none_of(claim: Claim) -> tuple[str | None, str]:
    """The thing a claim's frame says there was none of, and the words that say so ("no
    shots"): a subject or an object of "no", not a pronoun ("no one")."""
    frame = claim.frame
    if frame is None or not frame.negated or claim.hedged or frame.modality in _POSSIBLE:
        return None, ""
    for part in (frame.subject, frame.object):
        if part is not None and (none := _NONE_OF.match(part.text)):
            thing = _head(part.text[none.end() :])
            if thing in _HAPPENINGS:
                return thing, part.text
    return None, ""


_NONE_OF = re.compile(r"(?:no|none of the)\s+", re.IGNORECASE)


def _different_causes(
    claims: list[Claim], found: dict[tuple[int, int], str], outlet: dict[str, str]
) -> dict[tuple[int, int], str]:
    """Pairs that give one thing two causes that share no word, at one time, however worded
    ("the fire was caused by a fault in the fuel line", "a bird strike caused the fire"):
    a cause is one."""
    causes = [(k, c) for k, claim in enumerate(claims) if (c := cause_of(claim)) is not None]
    more: dict[tuple[int, int], str] = {}
    for n, (i, (thing, causer)) in enumerate(causes):
        for j, (other_thing, other_causer) in causes[n + 1 :]:
            a, b = claims[i], claims[j]
            if (i, j) in found or outlet[a.article] == outlet[b.article] or not same_time(a, b):
                continue
            one = text_stems(thing) & text_stems(other_thing)
            if one and not text_stems(causer) & text_stems(other_causer):
                more[(i, j)] = (
                    f"different causes of one thing ({', '.join(sorted(one))}): “{causer}” against “{other_causer}”"
                )
    return more


def cause_of(claim: Claim) -> tuple[str, str] | None:
    """What a claim says was caused and by what, as written: "a bird strike caused the fire"
    and "the fire was caused by a bird strike" both give ("the fire", "a bird strike"); none
    for a cause denied, put as only possible or hedged."""
    frame = claim.frame
    if frame is None or frame.subject is None or frame.predicate is None or frame.negated or claim.hedged:
        return None
    if frame.modality in _POSSIBLE or "cause" not in predicate_stems(frame):
        return None
    if frame.object is not None:
        return frame.object.text, frame.subject.text
    rest = claim.text[frame.predicate.end - claim.start :]
    if by := _BY.match(rest):
        return frame.subject.text, by.group(1).strip()
    # an object the parser took for the subject of what follows ("caused the fire, a source said")
    thing = _THING.match(rest)
    return (thing.group(1).strip(), frame.subject.text) if thing else None


_BY = re.compile(r"\s+by\s+([^,;.]+)")  # the agent of a passive: "was caused by a fault"
_THING = re.compile(r"\s+((?:the|a|an|its|their)\s+[^,;.]+)")


def _through_same_figures(
    claims: list[Claim],
    found: dict[tuple[int, int], str],
    sims: np.ndarray,
    outlet: dict[str, str],
    thresholds: Thresholds,
) -> dict[tuple[int, int], str]:
    """The conflicts that follow from those found over different figures: a claim that gives
    the same figure as one side of such a conflict (`figures.same_figure`, similar enough: the cosine
    and `number_weight` reach `figure_match`) conflicts with the other side too, however far apart their
    wording is ("The closure will cost 900 jobs" against "the loss of about 700 jobs",
    where "cutting 900 jobs" is set against it)."""
    figures = [k for k, c in enumerate(claims) if any(n.measure for n in c.numbers)]
    more: dict[tuple[int, int], str] = {}
    for (i, j), reason in found.items():
        if not reason.startswith(FIGURES):
            continue
        for side, other in ((i, j), (j, i)):
            for k in figures:
                pair = (min(k, other), max(k, other))
                if (
                    k not in (i, j)
                    and pair not in found
                    and outlet[claims[k].article]
                    not in (outlet[claims[side].article], outlet[claims[other].article])
                    and sims[k, side] + thresholds.number_weight >= thresholds.figure_match
                    and same_figure(claims[k], claims[side], thresholds.figure_tolerance)
                    and not named_apart(claims[k], claims[other])
                    and (
                        conflict := different_figures(
                            claims[pair[0]], claims[pair[1]], thresholds.figure_tolerance
                        )
                    )
                ):
                    more[pair] = conflict
    return more


def _predicates(
    lexicon: Lexicon,
    a: list[Predicate],
    b: list[Predicate],
    one_statement: bool,
    claims: tuple[Claim, Claim] | None = None,
) -> str | None:
    """The conflict of two claims' predicates by the lexicon: the same point affirmed and
    denied, or opposite predicates in claims close enough to be one statement or, given the
    `claims`, said of one thing (`said_of_one_thing`)."""
    conflict = lexicon.conflict(a, b)
    if conflict is None or conflict.a.concept == conflict.b.concept or one_statement:
        return conflict.reason if conflict else None
    thing = said_of_one_thing(claims, conflict.a, conflict.b) if claims else None
    return thing and f"{conflict.reason}, {ONE_THING}: “{thing}”"


ONE_THING = "said of one thing"  # how a reason that rests on the frames of both predicates goes on


def said_of_one_thing(claims: tuple[Claim, Claim], x: Predicate, y: Predicate) -> str | None:
    """What two opposite predicates are both said of, as the first claim writes it: a frame of
    each claim (its own or one of its clauses') whose predicate is the word, the two with one
    subject (an entity, or the same head noun) and one object (the same head noun) or none
    ("the High Court upheld a ban on the wind farm", "… when the High Court overturned the
    ban on its wind farm")."""
    a, b = claims
    for f in _frames_of(a, x):
        for g in _frames_of(b, y):
            if f.subject is None or g.subject is None or not _one_subject(f, g):
                continue
            if (f.object is None) != (g.object is None):
                continue
            if f.object is None or _head(f.object.text) == _head(g.object.text if g.object else ""):
                return " … ".join(p.text for p in (f.subject, f.object) if p is not None)
    return None


def _frames_of(claim: Claim, predicate: Predicate) -> list[Frame]:
    """The claim's frames whose predicate, or the word its copula links ("is missing"), is
    a word of the lexicon's `predicate`."""
    words = predicate.words.lower().split()
    stems = {stem(w) for w in words}
    frames = [claim.frame, *claim.clauses] if claim.frame else claim.clauses
    return [
        f
        for f in frames
        if f.predicate is not None
        and (f.predicate.text.lower() in words or any(stem(w) in stems for w in (f.lemma or "").split()[1:]))
    ]


def _positions_of_two(
    lexicon: Lexicon, x: list[Predicate], y: list[Predicate], claims: tuple[Claim, Claim]
) -> bool:
    """Whether two claims' opposite predicates are positions (`_POSITIONS`: backing or
    opposing, accepting or rejecting, confirming or denying) taken by subjects plainly two
    (`_heads_apart`): one may hold what the other opposes. A state said of a thing ("found
    the boy alive", "the boy was found dead") is not a position of the subject."""
    conflict = lexicon.conflict(x, y)
    f, g = (c.frame for c in claims)
    return (
        conflict is not None
        and {conflict.a.concept, conflict.b.concept} <= _POSITIONS
        and f is not None
        and g is not None
        and _heads_apart(f, g)
    )


# The lexicon's concepts that are positions a subject takes on something (`polarity.toml`).
_POSITIONS = frozenset({"support", "oppose", "accept", "reject", "confirm", "deny"})


def _heads_apart(f: Frame, g: Frame) -> bool:
    """Whether two frames' subjects are plainly two: common nouns of different heads ("the
    mayor", "the mayor's deputy"; "Reyn", "Reyn's brother"), whatever places or owners they
    name beside them; not a name against another form of it ("Northwind Energy",
    "Northwind")."""
    if f.subject is None or g.subject is None:
        return False
    heads = [_WORD.findall(head_phrase(p.text))[-1:] for p in (f.subject, g.subject)]
    if not (heads[0] and heads[1]) or any(h[0].lower() in _PRONOUNS for h in heads):
        return False
    common = [h[0] for h in heads if h[0].islower()]
    return (
        len(common) >= 1
        and stem(heads[0][0].lower()) != stem(heads[1][0].lower())
        and (len(common) == 2 or re.search(r"['’]s\b", f.subject.text + g.subject.text) is not None)
    )


def _one_subject(f: Frame, g: Frame) -> bool:
    if set(f.subject_entities) & set(g.subject_entities):
        return not _heads_apart(f, g)
    heads = [_head(p.text) for p in (f.subject, g.subject) if p is not None]
    return bool(heads[0]) and heads[0] not in _PRONOUNS and heads[0] == heads[1]


def _head(phrase: str) -> str:
    """The stem of a noun phrase's head: its last word before a phrase or clause after it
    ("the ban on its wind farm": "ban")."""
    words = _WORD.findall(head_phrase(phrase))
    return stem(words[-1]) if words else ""


def affirmed_and_denied(a: Claim, b: Claim) -> str | None:
    """One claim affirms what the other denies, read from their frames: one predicate negated
    ("did not approve", "no one was hurt", "denied that it had been warned") and the other
    not, neither put as only possible ("may", "could"), the two sharing the stem of a word of
    their predicate or object, one of them a predicate's ("warned" and "a warning"), or the
    same object of a verb of using ("had not used tear gas", "fired tear gas"), and their
    subjects not plainly different ones (two subjects that share neither an entity nor a
    word)."""
    x, y = a.frame, b.frame
    if x is None or y is None or not opposed(a, b):
        return None
    shared = point_stems(x) & point_stems(y)
    if not (shared & (predicate_stems(x) | predicate_stems(y)) or _one_thing_used(x, y)):
        return None  # what they share is no predicate (two objects of "have" and "get")
    if shared == {"schedule"} and not _one_thing_scheduled(x, y):
        return None  # two things scheduled ("no plans for a ban", "the talks will start")
    if not _subjects_may_meet(a, b):
        return None
    said = [_point(c.frame) for c in (a, b) if c.frame is not None]
    return (
        f"the same point affirmed and denied ({', '.join(sorted(shared))}): “{said[0]}” against “{said[1]}”"
    )


def _one_thing_scheduled(x: Frame, y: Frame) -> bool:
    """Whether two frames of a thing scheduled name one thing, as subject or object ("no
    plans for a hosepipe ban", "a hosepipe ban would begin")."""
    things = [text_stems(" ".join(p.text for p in (f.subject, f.object) if p is not None)) for f in (x, y)]
    return bool(things[0] & things[1])


def _one_thing_used(x: Frame, y: Frame) -> bool:
    """Whether both frames have the same object, one of them by a verb of using: the object
    is the point ("officers had not used tear gas", "police fired tear gas")."""
    things = [text_stems(f.object.text) if f.object else set() for f in (x, y)]
    lemmas = {f.lemma.split()[-1] for f in (x, y) if f.lemma}
    return bool(things[0]) and things[0] == things[1] and bool(lemmas & _USING)


def opposed(a: Claim, b: Claim) -> bool:
    """Whether one claim's frame is denied and the other's is not, neither put as only
    possible nor hedged: a pair a stance judge may find conflicting in other words than the
    rules know ("its boiler did not cause the blast", "a faulty boiler set off the
    explosion")."""
    x, y = a.frame, b.frame
    if x is None or y is None or x.predicate is None or y.predicate is None or x.negated == y.negated:
        return False
    return not ({x.modality, y.modality} & _POSSIBLE or a.hedged or b.hedged)


def statement(claim: Claim) -> str:
    """What a claim states, without the words that credit it where they open it and end in
    a plain verb of saying: "X said its boiler did not cause the blast" states that its
    boiler did not. Any other credit is kept ("X denied that its staff had been warned",
    "X declared a curfew"), and so is one followed by more than "that"."""
    said = claim.attribution
    if not said or not _SAID.search(said) or not claim.text.startswith(said):
        return claim.text
    rest = claim.text[len(said) :]
    opening = _OPENING.match(rest)
    if opening is None:
        return claim.text
    rest = rest[opening.end() :]
    return rest[:1].upper() + rest[1:] if rest else claim.text


_SAID = re.compile(r"\b(?:said|says|added|stated|explained|noted)$")
# Then the statement's first word, not a time ("said on Monday that ..." is kept whole).
_OPENING = re.compile(
    r"[\s,:]*(?:that\s+)?(?!(?:on|in|at|late|early|last|this|yesterday|today)\b)(?=[\w\"“‘'])"
)


# Modal verbs that put a predicate as only possible: "may close" is not "closed" ("would not
# resign", an intent reported, is a denial of "resigned").
_POSSIBLE = {"may", "might", "could"}
# Predicates that say nothing of the point by themselves (reporting, having, doing, seeming).
_LIGHT = frozenset(
    "be have do make take say tell report get give go come put see suppose seem appear".split()  # noqa: SIM905
)
# Light verbs that, with no object, say what was done to their subject ("no card details
# were taken", "a decision was made"): then the point itself.
_DONE_TO = frozenset({"take", "make", "give", "put", "do", "get", "see"})
_WORD = re.compile(r"[^\W\d_]{3,}")
_NOT_NAMING = FUNCTION_WORDS | _PRONOUNS  # words of a subject that name no one
_NO_POINT = _NOT_NAMING | _LIGHT  # words that say nothing of a point


def point_stems(frame: Frame) -> set[str]:
    """The stems of the content words of a frame's predicate and object ("warned", "a warning": "warn")."""
    return predicate_stems(frame) | text_stems(frame.object.text if frame.object else "")


def predicate_stems(frame: Frame) -> set[str]:
    """The stem of the predicate's lemma, the word a copula links ("be safe": "safe"), or of
    the verb it is a synonym of (`_CAUSING`: "triggered the explosion" is "caused" it;
    `_SCHEDULED`, `_TAKING`); none for a light verb, unless it says what was done to its subject
    (`_DONE_TO`)."""
    lemma = " ".join((frame.lemma or "").split()[-1:])
    thing = text_stems(frame.object.text) if frame.object else set()
    if lemma in _CAUSING or (lemma == "start" and thing & _DISASTERS):
        lemma = "cause"
    if lemma in _SCHEDULED or (lemma in _STARTING and frame.modality in _FUTURE):
        lemma = "schedule"  # "talks are due", "a ban would begin on Friday"
    if lemma in _TAKING:
        lemma = "take"
    if lemma in _DONE_TO and frame.object is None:
        return {stem(lemma)}  # "card details were taken": what was done to the subject
    return text_stems(lemma)


# Verbs of causing, as WordNet 3.1 groups them (cause.v.01, trigger.v.01 "trigger, set off,
# spark off, spark", ignite.v.01, provoke.v.03), and "start" of a fire or a crash.
_CAUSING = frozenset({"spark", "trigger", "ignite", "provoke"})
_DISASTERS = frozenset({"fire", "blaze", "wildfire", "explosion", "blast", "crash", "collapse", "derailment"})
# Words of a thing planned for a time, as WordNet 3.1 groups them (schedule.v.01 "plan for
# an activity or event", plan.v.01, due.s.02 "scheduled to arrive"): "no talks have been
# scheduled" denies what "talks are due to resume" affirms.
_SCHEDULED = frozenset({"schedule", "plan", "due"})
# A start put in the future is a thing scheduled ("a hosepipe ban would begin on Friday"
# against "no plans for a hosepipe ban"): begin.v.01 and its synonyms in WordNet 3.1.
_STARTING = frozenset({"begin", "start", "commence"})
_FUTURE = frozenset({"will", "would", "shall"})
# Verbs of using a thing, after use.v.01 "put into service; make work or employ for a
# particular purpose" in WordNet 3.1 and its synonyms: with the same object, the object is
# the point however the other claim says what was done with it.
_USING = frozenset({"use", "employ", "deploy", "utilise", "utilize"})
# Verbs of taking what is another's, under take.v.08 "take into one's possession" in WordNet
# 3.1 (steal.v.01 "take without the owner's consent", seize.v.01): "no card details were
# stolen" denies what "card details were taken" affirms.
_TAKING = frozenset({"steal", "seize"})


def text_stems(text: str) -> set[str]:
    """The stems of a text's content words: no function word, pronoun or light verb."""
    return {stem(w) for w in _WORD.findall(text) if w.lower() not in _NO_POINT}


# Nouns of things that happen or are done, whose being at all is the point a denial makes
# ("no shots were fired": there were none), unlike things that are there whatever is done
# with them ("no card details were taken"): the event and act nouns (WordNet 3.1's
# noun.event and noun.act files) that news reports as happening or not.
_HAPPENINGS = frozenset(
    stem(w)
    for w in """
    shot shots gunshot gunshots explosion explosions blast blasts attack attacks warning warnings
    arrest arrests charge charges complaint complaints incident incidents collision collisions
    leak leaks evacuation evacuations payment payments offer offers agreement deal decision
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def _subjects_may_meet(a: Claim, b: Claim) -> bool:
    """Unless both subjects name someone or something (not a pronoun) and share neither an
    entity nor a word, and neither claim names the other's subject in what it says of its
    own ("the mill had never received a grant", "the firm had received a grant for the mill")."""
    x, y = a.frame, b.frame
    if x is None or y is None or x.subject is None or y.subject is None:
        return True
    if set(x.subject_entities) & set(y.subject_entities):
        return True
    words = [_naming(f.subject.text) for f in (x, y) if f.subject]
    if (
        not (words[0] and words[1])
        or words[0] & words[1]
        or _someone_s(x.subject.text)
        or _someone_s(y.subject.text)
    ):
        return True
    return bool(words[0] & _naming(_said_of_subject(b)) or words[1] & _naming(_said_of_subject(a)))


def _someone_s(subject: str) -> bool:
    """Whether a subject names people only through someone else ("his client", "its crew"):
    they may be whoever the other claim names."""
    words = subject.lower().split()
    return len(words) == 2 and words[0] in _POSSESSIVES and stem(words[1]) in _PEOPLE_OF


_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})
# Nouns of people known by whom they belong to (judgement: the relations news names people
# by when it does not name them).
_PEOPLE_OF = frozenset(
    stem(w)
    for w in """
    client clients staff employees workers crew members officials managers lawyer lawyers son
    daughter wife husband mother father family spokesman spokeswoman spokesperson driver pilot
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def _naming(text: str) -> set[str]:
    """The stems of a text's words that name someone or something, a member of a body as the
    body (`_ONE_BODY`)."""
    stems = (stem(w) for w in _WORD.findall(text) if w.lower() not in _NOT_NAMING)
    return {_ONE_BODY.get(s, s) for s in stems}


# Nouns for members of one body, named by the body (WordNet 3.1: police.n.01 "the force of
# policemen and officers", policeman.n.01 "a member of a police force"; soldier.n.01 and
# troop.n.02 of army.n.01): "officers" are "police", "soldiers" are "troops".
_ONE_BODY_WORDS = {
    "police": "police officer officers policeman policemen policewoman policewomen",
    "troop": "troops soldier soldiers army",
}
_ONE_BODY = {stem(w): body for body, words in _ONE_BODY_WORDS.items() for w in words.split()}


def _said_of_subject(claim: Claim) -> str:
    """The words of a claim after its predicate, without those that credit it."""
    frame = claim.frame
    if frame is None or frame.predicate is None:
        return ""
    rest = claim.text[max(0, frame.predicate.end - claim.start) :]
    return rest.replace(claim.attribution, " ") if claim.attribution else rest


def _point(frame: Frame) -> str:
    """The predicate and object as written, and the word a copula links ("are due")."""
    lemma = frame.lemma or ""
    linked = lemma.removeprefix("be ") if lemma.startswith("be ") else ""
    parts = sorted((p for p in (frame.predicate, frame.object) if p is not None), key=lambda p: p.start)
    said = [f"{p.text} {linked}" if p is frame.predicate and linked else p.text for p in parts]
    return " … ".join(said) + (" (denied)" if frame.negated else "")


def _one_predicate(a: Claim, b: Claim) -> bool:
    """Whether both frames have one predicate, affirmed in both ("the board offered 4.5
    percent", "the board offered a rise of 5 percent"): with one subject, their figures
    of one unit are of one quantity, whether or not they say what they measure."""
    x, y = a.frame, b.frame
    return bool(x and y and x.lemma and x.lemma == y.lemma and not x.negated and not y.negated)


def same_subject(a: Claim, b: Claim) -> str | None:
    """The subject both claims' frames have, as the first writes it: one entity named in
    both subjects, or the same words (case and a leading article aside), not a pronoun."""
    if a.frame is None or b.frame is None or a.frame.subject is None or b.frame.subject is None:
        return None
    shared = set(a.frame.subject_entities) & set(b.frame.subject_entities)
    words = _subject_key(a.frame.subject.text)
    if shared or (words not in _PRONOUNS and words == _subject_key(b.frame.subject.text)):
        return a.frame.subject.text
    return None


def _subject_key(text: str) -> str:
    return _ARTICLE.sub("", " ".join(text.lower().split()))
