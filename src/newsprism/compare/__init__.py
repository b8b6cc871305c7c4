"""Comparing the articles of a story: off-story articles, reuse, claim groups,
contradictions, quote drift, omissions and the brief.

Runs after reading (`newsprism.pipeline.read_articles`), on the story document alone:
claim vectors come from the sentence model, everything else from the document.
"""

from __future__ import annotations

from newsprism.compare.brief import write_brief
from newsprism.compare.contradictions import find_contradictions
from newsprism.compare.drift import find_drift
from newsprism.compare.groups import (
    claim_entities,
    claim_names,
    entity_bonus,
    group_claims,
    number_bonus,
    omissions_of,
)
from newsprism.compare.polarity import Lexicon
from newsprism.compare.reuse import find_reuse
from newsprism.compare.stance import stance_judge
from newsprism.compare.topic import off_story
from newsprism.model import Omission, Story, outlet_names
from newsprism.nlp import encoder
from newsprism.settings import Settings


def compare_story(story: Story, settings: Settings) -> Story:
    """The story with its groups, contradictions, reuse, quote variants, omissions, brief and off-story list."""
    model = str(settings.sentence_model) if settings.sentence_model else None
    vectors = encoder(model).encode([c.text for c in story.claims])
    thresholds = settings.thresholds
    off = set(
        off_story(story.articles, [c.article for c in story.claims], vectors, story.entities, thresholds)
    )
    keep = [k for k, c in enumerate(story.claims) if c.article not in off]
    claims = [story.claims[k] for k in keep]
    vectors = vectors[keep]
    articles = [a for a in story.articles if a.id not in off]
    quotes = [q for q in story.quotes if q.article not in off]
    outlet = outlet_names(story.articles)
    reuse = find_reuse(articles, quotes, claims, vectors, thresholds)
    lexicon = Lexicon(settings.polarity_words, thresholds)
    contradictions = find_contradictions(claims, vectors, outlet, lexicon, stance_judge(settings), thresholds)
    bonus = entity_bonus(claim_entities(claims, story.entities), thresholds) + number_bonus(
        claims, thresholds
    )
    names = claim_names(claims, story.entities, thresholds)
    groups = group_claims(
        claims, vectors @ vectors.T, bonus, names, contradictions, reuse, outlet, thresholds
    )
    missing = omissions_of(groups, claims, [a.id for a in articles])
    return story.model_copy(
        update={
            "groups": groups,
            "contradictions": contradictions,
            "reuse": reuse,
            "quote_variants": find_drift(quotes, thresholds),
            "omissions": [Omission(article=a, groups=g) for a, g in missing.items()],
            "brief": write_brief(groups, claims, contradictions, outlet),
            "off_story": [a.id for a in story.articles if a.id in off],
        }
    )
