"""How sure each finding is, as a probability.

Every finding rests on pairs of text said to state the same fact or the same statement.
The probability that a pair states the same fact is the paraphrase score of the pair (the
mean of the cosine of its vectors and the Dice overlap of its words, `reuse.paraphrase_score`)
through a logistic curve fitted on the news sentence pairs of MSRP's training split
(`thresholds.same_fact_slope`, `same_fact_offset`; `benchmarks/paraphrase_msrp.py`
fits it and reports its calibration on the test split). So:

- A link of a group: that its two claims state the same fact.
- A corroborated group: its surest link between the claims of two independent outlets
  (articles that copy one another, or of one outlet, are one).
- A single-source group: that no other outlet states it: one less the probability for its
  claim closest to one of another outlet, and that claim.
- A contradiction: that its two claims make one statement apart from what conflicts: the
  words its reason quotes (the two figures, the two predicates) are set aside from the
  overlap; over predicates, the surer of the claims and of their frames (subject,
  predicate and object: "Dane conceded defeat on Monday and thanked his staff" and "Piet
  Dane refused to concede and called for a second count" state one point in other
  clauses); over figures said of one subject or of one named measure, the same without
  the object ("The Varne crested at 3.9 metres ..." and "The Varne reached 3.4 metres");
  for one a stance judge found, the judge's probability that they
  conflict. A contested group: its surest contradiction.
- A reuse: that its passages say the same, averaged over their length in the later article.

A finding under `thresholds.finding_confidence` is uncertain: the brief leaves it out, and
the report shows it as uncertain.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from newsprism.compare.contradictions import ONE_SUBJECT, ONE_THING, QUOTED
from newsprism.compare.figures import FIGURES
from newsprism.compare.groups import families
from newsprism.compare.reuse import same_fact, words_of, words_score
from newsprism.model import Article, Claim, Contradiction, Group, Link, Reuse
from newsprism.nlp import Encoder
from newsprism.thresholds import DEFAULTS, Thresholds


@dataclass(frozen=True, slots=True)
class Findings:
    groups: list[Group]
    contradictions: list[Contradiction]
    reuse: list[Reuse]


def assess(
    findings: Findings,
    claims: list[Claim],
    vectors: np.ndarray,
    articles: list[Article],
    outlet: dict[str, str],
    encoder: Encoder,
    thresholds: Thresholds = DEFAULTS,
) -> Findings:
    """The findings with their confidence, and those under the cut-off marked uncertain."""
    position = {c.id: k for k, c in enumerate(claims)}
    words = [words_of(c.text) for c in claims]
    cosines = vectors @ vectors.T

    def claims_alike(a: str, b: str, aside: frozenset[str] = frozenset()) -> float:
        i, j = position[a], position[b]
        return same_fact(words_score(words[i] - aside, words[j] - aside, float(cosines[i, j])), thresholds)

    cut = thresholds.finding_confidence
    cores = _cores_alike(findings.contradictions, claims, encoder, thresholds)
    contradictions = [
        x.model_copy(
            update=_sure(
                x.judged
                if x.judged is not None
                else max(claims_alike(x.a, x.b, _conflicting(x)), cores.get((x.a, x.b), 0.0)),
                cut,
            )
        )
        for x in findings.contradictions
    ]
    contested: dict[str, float] = defaultdict(float)
    for x in contradictions:
        for c in (x.a, x.b):
            contested[c] = max(contested[c], x.confidence or 0.0)
    groups = []
    for g in findings.groups:
        links = [x.model_copy(update={"confidence": round(claims_alike(x.a, x.b), 3)}) for x in g.links]
        members = [claims[position[c]] for c in g.claims]
        if g.status == "contested":
            value = max(contested.get(c, 0.0) for c in g.claims)
        elif g.status == "corroborated":
            value = _corroboration(links, members, findings.reuse, outlet, thresholds)
        else:
            near = _closest_elsewhere([position[c] for c in g.claims], claims, cosines, outlet)
            value = 1.0 - max((claims_alike(claims[k].id, claims[j].id) for k, j in near), default=0.0)
        groups.append(g.model_copy(update={"links": links, **_sure(value, cut)}))
    reuse = [
        r.model_copy(update=_sure(v, cut))
        for r, v in zip(
            findings.reuse, _reuse_alike(findings.reuse, articles, encoder, thresholds), strict=True
        )
    ]
    return Findings(groups, contradictions, reuse)


def _conflicting(contradiction: Contradiction) -> frozenset[str]:
    """The words a contradiction's reason quotes as what conflicts, set aside; not the
    subject or thing it names as theirs ("..., said of one subject: “the tunnel”"): both
    claims say it."""
    conflict = contradiction.reason.split(f", {ONE_SUBJECT}")[0].split(f", {ONE_THING}")[0]
    return words_of(" ".join(QUOTED.findall(conflict)))


def _cores_alike(
    contradictions: list[Contradiction], claims: list[Claim], encoder: Encoder, thresholds: Thresholds
) -> dict[tuple[str, str], float]:
    """For each contradiction over predicates, or over figures said of one subject by one
    predicate or of one named measure, how surely the two claims' frames (subject, predicate and object,
    `read/frames.py`; no object for figures) make one statement apart from what conflicts:
    the statement itself, without the clauses beside it that say other things."""
    by_id = {c.id: c for c in claims}
    figured = {(x.a, x.b) for x in contradictions if x.reason.startswith(FIGURES)}
    pairs = [
        (x, core_a, core_b)
        for x in contradictions
        if x.judged is None
        and ((x.a, x.b) not in figured or ONE_SUBJECT in x.reason or MEASURED.match(x.reason))
        and (core_a := _core(by_id[x.a], (x.a, x.b) not in figured, _conflicting(x)))
        and (core_b := _core(by_id[x.b], (x.a, x.b) not in figured, _conflicting(x)))
    ]
    if not pairs:
        return {}
    vectors = encoder.encode([core for _, a, b in pairs for core in (a, b)])
    found = {}
    for k, (x, a, b) in enumerate(pairs):
        aside = _conflicting(x)
        cosine = float(vectors[2 * k] @ vectors[2 * k + 1])
        found[(x.a, x.b)] = same_fact(
            words_score(words_of(a) - aside, words_of(b) - aside, cosine), thresholds
        )
    return found


MEASURED = re.compile(rf"{FIGURES} for the same quantity \(")  # a dispute over figures of one named measure


def _core(claim: Claim, with_object: bool, conflicting: frozenset[str]) -> str:
    """A claim's frame as words: its subject, predicate and object in the order written; not
    the object where the figures dispute it ("offered 4.5 percent", "offered a rise of 5
    percent"). The frame is that of the clause whose predicate is a word in conflict ("...
    when the court overturned the ban"), if one is, else the claim's own."""
    frames = [f for f in (claim.frame, *claim.clauses) if f is not None and f.predicate is not None]
    frame = next((f for f in frames if f.predicate and words_of(f.predicate.text) & conflicting), claim.frame)
    said = (frame.subject, frame.predicate, frame.object if with_object else None) if frame else ()
    parts = [p for p in said if p is not None]
    return " ".join(p.text for p in sorted(parts, key=lambda p: p.start))


def _sure(value: float, cut: float) -> dict[str, object]:
    return {"confidence": round(value, 3), "uncertain": value < cut}


def _corroboration(
    links: list[Link],
    members: list[Claim],
    reuse: list[Reuse],
    outlet: dict[str, str],
    thresholds: Thresholds,
) -> float:
    """The surest link between claims of two independent outlets of a group."""
    family = {a: n for n, f in enumerate(families(members, reuse, outlet, thresholds)) for a in f}
    article = {c.id: c.article for c in members}
    crossing = [x.confidence or 0.0 for x in links if family[article[x.a]] != family[article[x.b]]]
    return max(crossing, default=0.0)


def _closest_elsewhere(
    members: list[int], claims: list[Claim], cosines: np.ndarray, outlet: dict[str, str]
) -> list[tuple[int, int]]:
    """Each claim of a group (by index) with the claim most similar to it of an article
    outside the group and of another outlet, where there is one: the group holds its copies."""
    articles = np.array([c.article for c in claims])
    outlets = np.array([outlet[c.article] for c in claims])
    outside = ~np.isin(articles, list({claims[k].article for k in members}))
    pairs = []
    for k in members:
        scores = np.where(outside & (outlets != outlets[k]), cosines[k], -np.inf)
        j = int(np.argmax(scores))
        if np.isfinite(scores[j]):
            pairs.append((k, j))
    return pairs


def _reuse_alike(
    reuse: list[Reuse], articles: list[Article], encoder: Encoder, thresholds: Thresholds
) -> list[float]:
    """For each reuse, its passages' probabilities of the same fact, averaged over their
    length in the later article."""
    text = {a.id: a.text for a in articles}
    sides = [
        (text[r.from_][p.from_start : p.from_end], text[r.to][p.to_start : p.to_end])
        for r in reuse
        for p in r.passages
    ]
    vectors = encoder.encode([t for pair in sides for t in pair]) if sides else np.zeros((0, 0))
    alike = [
        same_fact(
            words_score(words_of(a), words_of(b), float(vectors[2 * k] @ vectors[2 * k + 1])), thresholds
        )
        for k, (a, b) in enumerate(sides)
    ]
    values, k = [], 0
    for r in reuse:
        weights = np.array([p.to_end - p.to_start for p in r.passages], dtype=np.float64)
        shares = np.array(alike[k : k + len(r.passages)])
        k += len(r.passages)
        values.append(float(shares @ weights / weights.sum()) if weights.sum() > 0 else 0.0)
    return values
