"""Comparing the articles of a story: their readings joined into one story (entities
resolved across articles, naming marks), then off-story articles, reuse, claim groups,
contradictions, quote drift, omissions and the brief.

The compare stage is a declared list of steps (`STEPS`), each a function that adds its
findings to the `Comparison` of the story so far. It runs after reading
(`newsprism.read.read_articles`), on the readings and the articles alone: claim vectors
come from the sentence model, everything else from the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

import numpy as np

from newsprism.compare.brief import write_brief
from newsprism.compare.confidence import Findings, assess
from newsprism.compare.contradictions import find_contradictions, originals_only
from newsprism.compare.drift import find_drift
from newsprism.compare.entities import Joined, join_entities
from newsprism.compare.groups import (
    claim_entities,
    claim_names,
    clashing,
    entity_bonus,
    group_claims,
    number_bonus,
    omissions_of,
    opposed_pairs,
    other_acts,
)
from newsprism.compare.naming import naming_marks
from newsprism.compare.polarity import Lexicon
from newsprism.compare.reuse import find_reuse
from newsprism.compare.stance import stance_judge
from newsprism.compare.topic import off_story
from newsprism.model import Article, Claim, Frame, Omission, Quote, Reading, Story, outlet_names
from newsprism.nlp import Encoder, encoder
from newsprism.read.measures import measures
from newsprism.settings import Settings


@dataclass
class Comparison:
    """The story as far as comparing has gone, and what the later steps work on: the
    articles on the story, their claims and quotes, and the claims' sentence vectors."""

    story: Story
    readings: list[Reading]
    settings: Settings
    articles: list[Article] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    outlet: dict[str, str] = field(default_factory=dict)


def _join(work: Comparison) -> None:
    """Entities across the articles; each reading's quotes and claims numbered in the
    story and pointing at the story's entities."""
    story = work.story
    joined = join_entities(
        story.articles, work.readings, work.settings.place_aliases, work.settings.given_names
    )
    quotes: list[Quote] = []
    claims: list[Claim] = []
    for r in work.readings:
        quotes += [q.model_copy(update={"speaker": joined.of(r.article, q.speaker)}) for q in r.quotes]
        claims += [_joined_claim(c, joined) for c in r.claims]
    quotes = [q.model_copy(update={"id": f"q{i}"}) for i, q in enumerate(quotes, start=1)]
    claims = [c.model_copy(update={"id": f"c{i}"}) for i, c in enumerate(claims, start=1)]
    marks = naming_marks(story.articles, joined.entities) + [f for r in work.readings for f in r.framing]
    framing = sorted(marks, key=lambda f: (f.article, f.start))
    work.story = story.model_copy(
        update={"entities": joined.entities, "quotes": quotes, "claims": claims, "framing": framing}
    )


def _joined_claim(claim: Claim, joined: Joined) -> Claim:
    """An article's claim naming the story's entities."""
    update: dict[str, object] = {
        "attributed_to": joined.of(claim.article, claim.attributed_to),
        "clauses": [_joined_frame(f, claim.article, joined) for f in claim.clauses],
    }
    if claim.frame is not None:
        update["frame"] = _joined_frame(claim.frame, claim.article, joined)
    return claim.model_copy(update=update)


def _joined_frame(frame: Frame, article: str, joined: Joined) -> Frame:
    named = {
        part: [e for e in (joined.of(article, i) for i in getattr(frame, part)) if e]
        for part in ("subject_entities", "places")
    }
    return frame.model_copy(update=named)


def _off_story(work: Comparison) -> None:
    story = work.story
    vectors = _encoder(work.settings).encode([c.text for c in story.claims])
    thresholds = work.settings.thresholds
    off = set(
        off_story(story.articles, [c.article for c in story.claims], vectors, story.entities, thresholds)
    )
    keep = [k for k, c in enumerate(story.claims) if c.article not in off]
    work.claims = [story.claims[k] for k in keep]
    work.vectors = vectors[keep]
    work.articles = [a for a in story.articles if a.id not in off]
    work.quotes = [q for q in story.quotes if q.article not in off]
    work.outlet = outlet_names(story.articles)
    work.story = story.model_copy(update={"off_story": [a.id for a in story.articles if a.id in off]})


def _encoder(settings: Settings) -> Encoder:
    return encoder(str(settings.sentence_model) if settings.sentence_model else None)


def _relations(work: Comparison) -> None:
    """Reuse, contradictions, groups and their confidence, omissions and the brief, which
    builds on them all."""
    claims, vectors, outlet = work.claims, work.vectors, work.outlet
    thresholds = work.settings.thresholds
    lexicon = Lexicon(work.settings.polarity_words, thresholds)
    reuse = find_reuse(work.articles, work.quotes, claims, vectors, lexicon, thresholds)
    judge = stance_judge(work.settings)
    heads = {a.id: len(a.title) for a in work.articles if a.title and a.text.startswith(a.title)}
    headlines = frozenset(c.id for c in claims if c.end <= heads.get(c.article, -1))
    contradictions = find_contradictions(claims, vectors, outlet, lexicon, judge, thresholds, headlines)
    entities = work.story.entities
    clash = clashing(claims, thresholds)
    bonus = entity_bonus(claim_entities(claims, entities), thresholds) + number_bonus(
        claims, thresholds, clash
    )
    names = claim_names(claims, entities, thresholds)
    opposed = opposed_pairs(claims, lexicon) | other_acts(
        claims, lexicon, measures(work.settings.measure_words)
    )
    groups = group_claims(
        claims,
        vectors @ vectors.T,
        bonus,
        names,
        contradictions,
        reuse,
        outlet,
        thresholds,
        clash,
        headlines,
        opposed,
    )
    contradictions = originals_only(contradictions, claims, groups, reuse)
    found = assess(
        Findings(groups, contradictions, reuse),
        claims,
        vectors,
        work.articles,
        outlet,
        _encoder(work.settings),
        thresholds,
    )
    missing = omissions_of(found.groups, claims, [a.id for a in work.articles])
    work.story = work.story.model_copy(
        update={
            "groups": found.groups,
            "contradictions": found.contradictions,
            "reuse": found.reuse,
            "omissions": [Omission(article=a, groups=g) for a, g in missing.items()],
            "brief": write_brief(found.groups, claims, found.contradictions, outlet),
        }
    )


def _drift(work: Comparison) -> None:
    work.story = work.story.model_copy(
        update={"quote_variants": find_drift(work.quotes, work.settings.thresholds)}
    )


STEPS: Final[tuple[tuple[str, Callable[[Comparison], None]], ...]] = (
    ("join", _join),
    ("off_story", _off_story),
    ("relations", _relations),
    ("drift", _drift),
)


def join_story(story: Story, readings: list[Reading], settings: Settings) -> Story:
    """The story of `story`'s articles, read as `readings`, joined: its entities, quotes,
    claims and framing, and nothing compared yet."""
    work = Comparison(story, readings, settings)
    _join(work)
    return work.story


def compare_story(story: Story, readings: list[Reading], settings: Settings) -> Story:
    """The story of `story`'s articles, read as `readings` (one each, in order), with its
    entities, quotes, claims, framing, groups, contradictions, reuse, quote variants,
    omissions, brief and off-story list."""
    work = Comparison(story, readings, settings)
    for _, step in STEPS:
        step(work)
    return work.story
