"""Claim groups: the claims of different articles that assert the same thing.

Two claims of different articles are linked when they are paraphrases (the reuse
measure and threshold, `reuse.paraphrase_score`), or when each is the other's best match in
the other article and their similarity is fair (`fair_match`). Similarity there is the cosine
plus a bonus for naming the same entities: the weighted share of their entities in
common, each weighted again by its rarity in the story, so that sharing the story's
subject (named by most claims) adds little and sharing a rarely named person much;
plus a bonus for giving the same figure, and a penalty when one claim gives a figure of a
kind (a percentage, a count of people, a sum) the other does not mention at all. Claims
that give different figures for one quantity are never linked, not even through other
claims: a link that would put two such claims in one group is left out ("12 hurt" and
"Fifteen injured" are not one corroborated point because a third sentence is close to
both). When close enough to be one statement, they are a contradiction. Nor is a best
match of two claims that both give figures, none of which agree ("gave the toll as 9",
"three were taken to the clinic"): similar sentences about different facts. Nor are two
claims whose predicates cannot both hold by the lexicon (`opposed_pairs`: "upheld the ban",
"overturned the ban"), as paraphrases, best matches or sides of a reused passage, unless
they are found as a contradiction; nor are two claims worded alike but for predicates of no
stem, measure or concept in common (`other_acts`: "The bridge was closed on Monday", "The
bridge collapsed on Monday"); nor a claim that someone gave no comment and one that says
something.
Links are taken strongest first: paraphrases, restatements, rewrites and reused passages,
then best matches by falling similarity. A best match that would join two groups in which
one article already has a claim each, not next to each other, is left out: that article
states the two apart, and similarity alone, chained through a third outlet's sentence close
to both, does not make them one point ("the tunnel reopened" and "tolls will rise next
year"). Claims next to each other may be one point in two sentences (a headline and the
lead under it).
Claims that stand in the two sides of one reused passage (`reuse.py`) are linked too, and
so is a claim of an article that rewrites another to its best match
there, each the other's, at the lower `rewrite_match` when the article is mostly the other's
text (`rewritten_share`): the reuse shows where the words came from, so a sentence
rewritten beyond the paraphrase measure is still one point;
and so are two claims of one article that state one point twice, as a headline or a
summary line and the body sentence it sums up do: paraphrases by the same measure,
unless each gives a name that the other does not contain ("they could go to X", "they
could go to Y" are two points). A claim's names are those of the people, places and
organisations read in it and, for the names the model missed, the capitalised words
inside its sentences (`words.names_of`), except in a line written in title case (`title_case_share`).
The weights and cut-offs are `Thresholds` (`thresholds.py`). An article's
restatements count once, as its outlet does, but they carry the point to the other
outlets' wording of it: a headline may match one outlet's sentence, and the body
sentence another's.
Linked claims form a group; claims that contradict each other join one group too,
whose status is then `contested` (the contract: contradicting claims are about the
same thing). Every claim is in exactly one group, alone if nothing matches it.

A group counts only independent outlets: articles that copy or rewrite one another
(`reuse.py`) count once, and so do articles of one outlet.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence, Set
from typing import Any

import numpy as np

from newsprism.compare.contradictions import point_stems, predicate_stems, text_stems
from newsprism.compare.figures import agree, different_figures, same_figure, whole_of_a_part
from newsprism.compare.polarity import Lexicon, Predicate
from newsprism.compare.reuse import paraphrase_score, same_fact, words_of
from newsprism.compare.topic import NAMED
from newsprism.model import Claim, Contradiction, Entity, Group, Link, Reuse
from newsprism.read.measures import Measures
from newsprism.read.numbers import figure_kind, in_common_unit, same_quantity, same_unit
from newsprism.thresholds import DEFAULTS, Thresholds
from newsprism.words import names_of, title_case

_DIFFERENT = 1.0  # more than any cosine and bonus can make up


def claim_entities(claims: list[Claim], entities: list[Entity]) -> list[frozenset[str]]:
    """The ids of the entities each claim names."""
    spans = defaultdict(list)
    for entity in entities:
        for m in entity.mentions:
            spans[m.article].append((m.start, m.end, entity.id))
    return [frozenset(e for s, end, e in spans[c.article] if c.start <= s and end <= c.end) for c in claims]


def claim_names(
    claims: list[Claim], entities: list[Entity], thresholds: Thresholds = DEFAULTS
) -> list[frozenset[str]]:
    """The names each claim gives, as lower-case words."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in (m for entity in entities if entity.type in NAMED for m in entity.mentions):
        spans[m.article].append((m.start, m.end))
    names = []
    for c in claims:
        read = [c.text[s - c.start : e - c.start] for s, e in spans[c.article] if c.start <= s and e <= c.end]
        capitalised = [] if title_case(c.text, thresholds.title_case_share) else list(names_of(c.text))
        names.append(words_of(" ".join(read + capitalised)))
    return names


def entity_bonus(named: list[frozenset[str]], thresholds: Thresholds = DEFAULTS) -> np.ndarray:
    """For each pair of claims, the bonus for the entities they both name.

    Each shared entity counts its weight times its rarity (weight over the largest
    weight), over the weight of all the entities either claim names.
    """
    counts = Counter(e for n in named for e in n)
    holds, columns = _incidence(named)
    weight = np.array([math.log((1 + len(named)) / (1 + counts[e])) for e in columns], dtype=np.float32)
    top = float(weight.max()) if len(weight) and weight.max() > 0 else 1.0
    shared = (holds * weight) @ holds.T
    rare = (holds * weight * weight / top) @ holds.T
    total = holds @ weight
    union = total[:, None] + total[None, :] - shared
    bonus: np.ndarray = thresholds.entity_weight * np.divide(
        rare, union, out=np.zeros_like(rare), where=union > 0
    )
    return bonus


def number_bonus(
    claims: list[Claim], thresholds: Thresholds = DEFAULTS, clash: set[tuple[int, int]] | None = None
) -> np.ndarray:
    """For each pair of claims, +`number_weight` for a figure in common, minus it for a kind of
    figure only one gives; claims that give different figures for one quantity ("two workers"
    against "three workers", `clashing`, given as `clash` when known) never corroborate each
    other: minus `_DIFFERENT`."""
    figures = _figures(claims)
    units = [{u for u, _ in f} for f in figures]
    agree = _share(figures)
    same_kind = _share(units)
    has = np.array([bool(f) for f in figures])
    either = has[:, None] | has[None, :]
    weight = thresholds.number_weight
    bonus: np.ndarray = np.where(agree, weight, np.where(either & ~same_kind, -weight, 0.0))
    for i, j in clashing(claims, thresholds) if clash is None else clash:
        bonus[i, j] = bonus[j, i] = -_DIFFERENT
    np.fill_diagonal(bonus, 0.0)
    return bonus.astype(np.float32)


def clashing(claims: list[Claim], thresholds: Thresholds = DEFAULTS) -> set[tuple[int, int]]:
    """The pairs (i < j) of claims that give different figures for one quantity."""
    figures = _figures(claims)
    maybe = _share([{u for u, _ in f} for f in figures]) & ~_share(figures)
    return {
        (int(i), int(j))
        for i, j in zip(*np.nonzero(np.triu(maybe, k=1)), strict=True)
        if different_figures(claims[int(i)], claims[int(j)], thresholds.figure_tolerance)
    }


def _figures(claims: list[Claim]) -> list[set[tuple[str, float]]]:
    """Each claim's figures as (kind, value): a count whatever it counts ("2.3 million
    customers", "2.3 million people"), a length of time in days, other figures by their
    unit; but not a whole a part is taken from ("300 of the 900 jobs" is about 300)."""
    return [
        {(figure_kind(n), in_common_unit(n)[0]) for n in c.numbers if n.unit and not whole_of_a_part(c, n)}
        for c in claims
    ]


def _share(sets: list[set[Any]]) -> np.ndarray:
    """For each pair of sets, whether they have an element in common."""
    holds, _ = _incidence(sets)
    result: np.ndarray = (holds @ holds.T) > 0
    return result


def _incidence(sets: Sequence[Set[Any]]) -> tuple[np.ndarray, list[Any]]:
    """A (sets, elements) 0/1 matrix, and the elements in column order."""
    elements = list(dict.fromkeys(x for s in sets for x in s))
    column = {x: k for k, x in enumerate(elements)}
    holds = np.zeros((len(sets), len(elements)), dtype=np.float32)
    for i, s in enumerate(sets):
        holds[i, [column[x] for x in s]] = 1.0
    return holds, elements


def group_claims(
    claims: list[Claim],
    cosines: np.ndarray,
    bonus: np.ndarray,
    names: Sequence[frozenset[str]],
    contradictions: list[Contradiction],
    reuse: list[Reuse],
    outlet: dict[str, str],
    thresholds: Thresholds = DEFAULTS,
    clash: set[tuple[int, int]] | None = None,
    headlines: Set[str] = frozenset(),
    opposed: Set[tuple[int, int]] = frozenset(),
) -> list[Group]:
    """Every claim in one group, with the links that joined it; `names` are the names each
    claim gives (`claim_names`), `clash` the pairs that give different figures (`clashing`,
    found here when not given), `headlines` the ids of the claims that are their article's
    headline: two headlines are never one point as best matches alone (each sums up its
    article, and two summaries of one event match in topic, not in fact); `opposed` the
    pairs whose predicates cannot both hold (`opposed_pairs`), which no similarity makes one
    point ("upheld a ban on the wind farm", "overturned the ban on its wind farm") unless
    they are one of the `contradictions`, a point contested. A claim contested by two
    claims of one article (over what it says and over its figures: "upheld a ban on a
    40-turbine wind farm" against "overturned the ban" and "the 32-turbine project") is one
    point with the first only, as the `contradictions` come, clearest first."""
    parent = list(range(len(claims)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    position = {c.id: k for k, c in enumerate(claims)}
    clash = clashing(claims, thresholds) if clash is None else clash
    held: dict[int, list[int]] = {k: [k] for k in range(len(claims))}
    links = []
    scores = cosines + bonus
    best = _best_matches(np.array([c.article for c in claims]), scores)
    disputed = {tuple(sorted((position[x.a], position[x.b]))) for x in contradictions}
    apart = clash | (set(opposed) - disputed)
    found = _links(claims, cosines, scores, best, names, apart, thresholds, headlines)
    found += _rewritten(claims, cosines, scores, best, reuse, {(x.a, x.b) for x in found}, clash, thresholds)
    found += _same_figures(claims, cosines, {(x.a, x.b) for x in found}, thresholds)
    matches = sorted(
        (x for x in found if x.kind == "best match" and not {x.a, x.b} <= headlines),
        key=lambda x: -(x.score or 0.0),
    )
    strong = [x for x in found if x.kind != "best match"] + _reused(claims, reuse)
    for link in strong + matches:
        if tuple(sorted((position[link.a], position[link.b]))) in apart:
            continue  # a reused passage too may say another thing ("closed", "collapsed")
        a, b = root(position[link.a]), root(position[link.b])
        if clash and a != b and any((min(x, y), max(x, y)) in clash for x in held[a] for y in held[b]):
            continue  # it would put different figures for one quantity in one corroborated point
        if link.kind == "best match" and a != b and _stated_apart(claims, held[a], held[b]):
            continue  # it would make one point of two that an article states apart
        if (
            link.kind == "best match"
            and a != b
            and _apart_from_its_lead(link, claims, position, held, root, headlines)
        ):
            continue  # a headline sums up its lead, whose point is another
        links.append(link)
        if a != b:
            parent[a] = b
            held[b] += held.pop(a)
    against: set[tuple[int, str]] = set()  # a claim contested by a claim of that article
    for x in contradictions:
        a, b = position[x.a], position[x.b]
        if (a, claims[b].article) in against or (b, claims[a].article) in against:
            continue  # a second conflict of a claim with one article, over another thing
        against |= {(a, claims[b].article), (b, claims[a].article)}
        parent[root(a)] = root(b)
    members: dict[int, list[int]] = defaultdict(list)
    for k in range(len(claims)):
        members[root(k)].append(k)
    evidence: dict[int, list[Link]] = defaultdict(list)
    for link in links:
        evidence[root(position[link.a])].append(link)
    contested = {root(position[x.a]) for x in contradictions}
    groups = []
    for n, (r, ks) in enumerate(sorted(members.items(), key=lambda m: m[1][0]), start=1):
        group = [claims[k] for k in ks]
        sources = list(dict.fromkeys(outlet[c.article] for c in group))
        independent = _independent(group, reuse, outlet, thresholds)
        status = (
            "contested" if r in contested else "corroborated" if len(independent) > 1 else "single_source"
        )
        groups.append(
            Group(
                id=f"g{n}",
                claims=[c.id for c in group],
                status=status,
                sources=sources,
                independent=independent,
                links=sorted(evidence[r], key=lambda x: (position[x.a], position[x.b])),
            )
        )
    return groups


def opposed_pairs(claims: list[Claim], lexicon: Lexicon) -> set[tuple[int, int]]:
    """The pairs (i < j) of claims whose predicates, by the lexicon (`polarity.py`), cannot
    both hold (one affirms what the other denies, or they assert opposites) and that assert
    no predicate in common: "sales rose 5 percent while costs fell" and "sales rose 5
    percent" are not opposed."""
    said = [lexicon.predicates(c.text) for c in claims]
    having = [k for k, p in enumerate(said) if p]
    return {
        (i, j)
        for n, i in enumerate(having)
        for j in having[n + 1 :]
        if lexicon.conflict(said[i], said[j]) and not _asserted_alike(said[i], said[j])
    }


def other_acts(claims: list[Claim], lexicon: Lexicon, table: Measures) -> set[tuple[int, int]]:
    """The pairs (i < j) of claims that say two different things of the same words: all
    that they state but their predicates is alike, and the predicates have no stem, no
    measure (`read/measures.toml`: "injured", "hurt") and no concept of the lexicon in
    common ("The captain has been arrested, police said", "The captain is missing, police
    said"; "The bridge was closed on Monday", "The bridge collapsed on Monday"). Worded so
    alike, they score as paraphrases; what differs is what each says happened."""
    said = [_rest_and_act(c) for c in claims]
    by_rest: dict[frozenset[str], list[int]] = defaultdict(list)
    for k, found in enumerate(said):
        if found is not None:
            by_rest[found[0]].append(k)
    return {
        (i, j)
        for ks in by_rest.values()
        for n, i in enumerate(ks)
        for j in ks[n + 1 :]
        if _other_senses(claims[i], claims[j], lexicon, table)
    }


def _rest_and_act(claim: Claim) -> tuple[frozenset[str], frozenset[str]] | None:
    """The stems of what a claim states but its predicate and the words that credit it, and
    those of its predicate (its lemma's and its words')."""
    frame = claim.frame
    if frame is None or frame.predicate is None or not (act := predicate_stems(frame)):
        return None
    written = text_stems(frame.predicate.text) | text_stems(" ".join((frame.lemma or "").split()[1:]))
    rest = text_stems(claim.text) - text_stems(claim.attribution or "") - act - written
    return frozenset(rest), frozenset(act)


def _other_senses(a: Claim, b: Claim, lexicon: Lexicon, table: Measures) -> bool:
    """Whether two claims' predicates share no stem, no measure and no concept."""
    x, y = _rest_and_act(a), _rest_and_act(b)
    assert x is not None
    assert y is not None
    if x[1] & y[1] or _asserted_alike(lexicon.predicates(a.text), lexicon.predicates(b.text)):
        return False
    measured = [
        {m for w in (c.frame.lemma or "").split() for m in table.of_word.get(w, ())}
        for c in (a, b)
        if c.frame
    ]
    return not (measured[0] & measured[1])


def _asserted_alike(a: list[Predicate], b: list[Predicate]) -> bool:
    """Whether two claims share a predicate with the same polarity."""
    return bool({(p.concept, p.positive) for p in a} & {(p.concept, p.positive) for p in b})


def _apart_from_its_lead(
    link: Link,
    claims: list[Claim],
    position: dict[str, int],
    held: dict[int, list[int]],
    root: Callable[[int], int],
    headlines: Set[str],
) -> bool:
    """Whether a best match joins a headline to a claim of another article when the
    headline's lead (the claim after it) is already one point with another claim of that
    article: a headline sums up its lead ("Quaile guilty: jury convicts ex-finance director"
    is not one point with "Quaile ... will be sentenced on October 2", which it matches by
    name, when its lead "... was found guilty of fraud" is one point with that article's
    "... was convicted of fraud")."""
    for headline, other in ((link.a, link.b), (link.b, link.a)):
        k, j = position[headline], position[other]
        lead = k + 1
        if headline not in headlines or lead >= len(claims) or claims[lead].article != claims[k].article:
            continue
        point = root(lead)
        if point != root(j) and any(claims[m].article == claims[j].article for m in held[point]):
            return True
    return False


def _stated_apart(claims: list[Claim], first: list[int], second: list[int]) -> bool:
    """Whether an article has claims in both groups (of `claims`, by index), none of them
    next to each other: a headline and the sentence after it, or a sentence and its sequel,
    may be one point in two."""
    shared = {claims[k].article for k in first} & {claims[k].article for k in second}
    return any(
        not any(abs(i - j) == 1 for i in first for j in second if claims[i].article == claims[j].article == a)
        for a in shared
    )


def _links(
    claims: list[Claim],
    cosines: np.ndarray,
    scores: np.ndarray,
    best: dict[tuple[int, str], int],
    names: Sequence[frozenset[str]],
    apart: set[tuple[int, int]],
    thresholds: Thresholds,
    headlines: Set[str],
) -> list[Link]:
    """Pairs of claims: paraphrases (in one article, restatements of one point), and fair
    mutual best matches of different articles; none of the pairs `apart` (i < j: different
    figures, or predicates that cannot both hold). Two headlines of different articles are
    paraphrases only where they surely state one fact (`reuse.same_fact` at least
    `finding_confidence`): two summaries of one event share its words whatever each says of
    it ("developer wins court fight", "court throws out wind farm challenge")."""
    articles = np.array([c.article for c in claims])
    other = articles[:, None] != articles[None, :]
    words = [words_of(c.text) for c in claims]
    candidates = [
        (int(i), int(j))
        for i, j in zip(*np.nonzero(np.triu(cosines >= thresholds.paraphrase_candidate, k=1)), strict=True)
        if (i, j) not in apart and (other[i, j] or not (names[i] - words[j] and names[j] - words[i]))
    ]
    scored = {
        (i, j): paraphrase_score(claims[i].text, claims[j].text, float(cosines[i, j])) for i, j in candidates
    }
    paraphrases = {
        (i, j): p
        for (i, j), p in scored.items()
        if p >= thresholds.paraphrase
        and (
            not (other[i, j] and claims[i].id in headlines and claims[j].id in headlines)
            or same_fact(p, thresholds) >= thresholds.finding_confidence
        )
    }
    links = [
        Link(
            a=claims[i].id,
            b=claims[j].id,
            kind="paraphrase" if other[i, j] else "restatement",
            score=round(p, 3),
        )
        for (i, j), p in paraphrases.items()
    ]
    links += [
        Link(a=claims[k].id, b=claims[j].id, kind="best match", score=round(float(scores[k, j]), 3))
        for (k, _), j in best.items()
        if k < j
        and (k, j) not in paraphrases
        and (k, j) not in apart
        and scores[k, j] >= thresholds.fair_match
        and best.get((j, claims[k].article)) == k
        and not no_figure_in_common(claims[k], claims[j], thresholds.figure_tolerance)
        and not opposite_polarity(claims[k], claims[j])
        and no_comment(claims[k]) == no_comment(claims[j])
    ]
    return links


def no_comment(claim: Claim) -> bool:
    """Whether the claim says only that someone would not or could not comment ("Greyholm
    declined to comment", "did not respond to requests for comment"): it states nothing of
    the story, so however alike its words are to a statement of the same source's ("denied
    that it had been warned"), it is not that statement's point. Not a claim that goes on
    to say something ("declined to comment on the figures but said ...")."""
    refusal = _NO_COMMENT.search(claim.text)
    return refusal is not None and not _GOES_ON.search(claim.text, refusal.end())


# The wordings news uses for a source that gave no comment (as wire styles write it:
# "declined to comment", "did not respond to a request for comment", "could not be reached
# for comment", "did not return calls").
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused|(?:was|were) not available) to comment\b"
    r"|\b(?:did not|didn't|has not|hasn't|have not) (?:immediately )?(?:respond|reply|return)\w*\b"
    r"(?: \w+){0,3} (?:comment|calls|messages|questions|emails)\b"
    r"|\bcould not be reached(?: for comment)?\b"
    r"|\bno comment\b",
    re.IGNORECASE,
)
_GOES_ON = re.compile(r"\b(?:but|said|says|told|added)\b", re.IGNORECASE)


def opposite_polarity(a: Claim, b: Claim) -> bool:
    """Whether one claim's predicate is denied (`read/frames.py`), the other claim names what
    it denies (a word of the same stem as the denied predicate or its object) and says no
    word of denial at all: "its pumps did not flood the tunnel" and "inspectors said the
    pumps flooded the tunnel" are no one point, however similar. A claim that denies
    something elsewhere in its words ("stored grain and no fuel", against "denied that any
    fuel was kept") may still be one, and so may a claim beside a denial of something it
    does not name ("fears a long strike", "who fears a long strike, did not change his
    mind"); a paraphrase still can be ("stayed shut", "did not reopen")."""
    x, y = a.frame, b.frame
    if x is None or y is None or x.predicate is None or y.predicate is None or x.negated == y.negated:
        return False
    denied, affirming = (x, b) if x.negated else (y, a)
    return bool(point_stems(denied) & text_stems(affirming.text)) and not _DENIAL.search(affirming.text)


_DENIAL = re.compile(
    r"\b(?:no|not|never|none|nothing|nobody|neither|nor|without|den(?:y|ies|ied))\b|n't\b", re.I
)


def no_figure_in_common(a: Claim, b: Claim, tolerance: float) -> bool:
    """Both claims give figures of one kind (the same unit, or none) and no figure of one
    agrees with any of the other ("gave the toll as 9", "three were taken to the clinic"):
    similar sentences, but of different facts, so similarity alone does not make them one
    (a paraphrase still can). So are two claims that measure only different things ("Five
    people were killed", "The storm destroyed 120 homes": deaths and damage). Figures none
    of which is in a unit of the other's (`numbers.same_unit`) say nothing when one is a
    year or an age; otherwise they are different facts ("stole the data of 2.3 million
    customers", "were inside its systems for 11 weeks"; "1.2 million people use them",
    "they made up 70 percent of sales at his two shops": counts of other things)."""
    if any(agree(x, y, tolerance) for x in a.numbers for y in b.numbers):
        return False
    measures = [{n.measure for n in c.numbers} for c in (a, b)]
    if all(measures) and None not in measures[0] | measures[1] and not measures[0] & measures[1]:
        return True
    units = [[n for n in c.numbers if n.unit] for c in (a, b)]
    dated = any(n.unit in _DATING for c in (a, b) for n in c.numbers)
    if all(units) and not dated and not any(same_unit(x, y) for x in units[0] for y in units[1]):
        return True
    return any(x.unit == y.unit or same_quantity(x, y) for x in a.numbers for y in b.numbers)


_DATING = {"year", "year-date"}  # a year or an age: a figure said beside the fact, not of it


def _best_matches(articles: np.ndarray, scores: np.ndarray) -> dict[tuple[int, str], int]:
    """For each claim and each other article, that article's claim it scores highest with."""
    best: dict[tuple[int, str], int] = {}
    for article in dict.fromkeys(articles.tolist()):
        cols = np.flatnonzero(articles == article)
        top = cols[np.argmax(scores[:, cols], axis=1)]
        for k in range(len(articles)):
            if articles[k] != article:
                best[(k, article)] = int(top[k])
    return best


def _rewritten(
    claims: list[Claim],
    cosines: np.ndarray,
    scores: np.ndarray,
    best: dict[tuple[int, str], int],
    reuse: list[Reuse],
    linked: set[tuple[str, str]],
    clash: set[tuple[int, int]],
    thresholds: Thresholds,
) -> list[Link]:
    """Pairs of claims of an article made mostly of another's text (a reuse sharing
    `rewritten_share` of it) and of that other, each the other's best match there and similar
    enough (`rewrite_match`): the reuse shows where the words came from, so a sentence
    rewritten beyond the paraphrase measure is still one point. None of two that give
    different figures, nor of a claim whose nearest in the other article gives figures
    different from its own: that one is what it rewrote ("for £4.5 million" of "for £45
    million"), and the best match left is another sentence."""
    articles = np.array([c.article for c in claims])
    links = []
    for r in (r for r in reuse if r.shared >= thresholds.rewritten_share):
        source = np.flatnonzero(articles == r.from_)
        for k in np.flatnonzero(articles == r.to):
            j = best.get((int(k), r.from_))
            if j is None or best.get((j, r.to)) != k or scores[k, j] < thresholds.rewrite_match:
                continue
            nearest = int(source[np.argmax(cosines[k, source])])
            if tuple(sorted((int(k), nearest))) in clash:
                continue
            a, b = sorted((int(k), j))
            if (a, b) in clash or (claims[a].id, claims[b].id) in linked:
                continue
            if no_figure_in_common(claims[a], claims[b], thresholds.figure_tolerance):
                continue
            links.append(
                Link(a=claims[a].id, b=claims[b].id, kind="rewritten", score=round(float(scores[k, j]), 3))
            )
    return links


def _same_figures(
    claims: list[Claim], cosines: np.ndarray, linked: set[tuple[str, str]], thresholds: Thresholds
) -> list[Link]:
    """Pairs of claims of different articles that give the same figure for one measured
    quantity at one time (`figures.same_figure`), similar enough (`figure_match`),
    best matches or not: the figure shows they state one fact where their words differ."""
    measured = [k for k, c in enumerate(claims) if any(n.measure for n in c.numbers)]
    links = []
    for n, i in enumerate(measured):
        for j in measured[n + 1 :]:
            a, b = claims[i], claims[j]
            score = float(cosines[i, j]) + thresholds.number_weight
            if (
                a.article != b.article
                and (a.id, b.id) not in linked
                and score >= thresholds.figure_match
                and same_figure(a, b, thresholds.figure_tolerance)
            ):
                links.append(Link(a=a.id, b=b.id, kind="same figure", score=round(score, 3)))
    return links


def _reused(claims: list[Claim], reuse: list[Reuse]) -> list[Link]:
    """Pairs of claims that lie in the two sides of one reused passage."""
    where: dict[str, list[tuple[int, Claim]]] = defaultdict(list)
    for k, c in enumerate(claims):
        where[c.article].append((k, c))
    pairs = []
    for r in reuse:
        for p in r.passages:
            left = [k for k, c in where[r.from_] if c.start < p.from_end and p.from_start < c.end]
            right = [k for k, c in where[r.to] if c.start < p.to_end and p.to_start < c.end]
            pairs += [(i, j) for i, j in zip(left, right, strict=False)]
    return [Link(a=claims[i].id, b=claims[j].id, kind="reused passage") for i, j in dict.fromkeys(pairs)]


def _independent(
    group: list[Claim], reuse: list[Reuse], outlet: dict[str, str], thresholds: Thresholds
) -> list[str]:
    """One outlet for each set of the group's articles that copy one another."""
    return list(dict.fromkeys(outlet[f[0]] for f in families(group, reuse, outlet, thresholds)))


def families(
    group: list[Claim], reuse: list[Reuse], outlet: dict[str, str], thresholds: Thresholds = DEFAULTS
) -> list[list[str]]:
    """The group's articles in sets that copy one another or are of one outlet, each set
    in the order of the group's claims, the sets in the order of their first claims."""
    articles = list(dict.fromkeys(c.article for c in group))
    copies = {
        frozenset((r.from_, r.to))
        for r in reuse
        if r.shared >= thresholds.republication_share
        or any(_inside(c, r, thresholds.inside_passage_share) for c in group if c.article in (r.from_, r.to))
    }
    found: list[list[str]] = []
    seen: set[str] = set()
    for a in articles:
        if a in seen:
            continue
        family, todo = {a}, [a]
        while todo:
            x = todo.pop()
            for y in articles:
                if y not in family and (frozenset((x, y)) in copies or outlet[x] == outlet[y]):
                    family.add(y)
                    todo.append(y)
        seen |= family
        found.append([y for y in articles if y in family])
    return found


def _inside(claim: Claim, reuse: Reuse, share: float) -> bool:
    """At least `share` of the claim lies in passages its article shares with the other."""
    spans = [
        (p.to_start, p.to_end) if claim.article == reuse.to else (p.from_start, p.from_end)
        for p in reuse.passages
    ]
    overlap = sum(max(0, min(claim.end, e) - max(claim.start, s)) for s, e in spans)
    return overlap >= share * (claim.end - claim.start)


def omissions_of(groups: list[Group], claims: list[Claim], articles: list[str]) -> dict[str, list[str]]:
    """For each article, the corroborated groups in which it has no claim; a corroboration
    that is uncertain (`confidence.py`) makes no omission."""
    article_of = {c.id: c.article for c in claims}
    out = {}
    for a in articles:
        missing = [
            g.id
            for g in groups
            if g.status == "corroborated" and not g.uncertain and a not in {article_of[c] for c in g.claims}
        ]
        if missing:
            out[a] = missing
    return out
