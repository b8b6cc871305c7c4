"""Off-story articles: inputs about another event than the one most of the articles tell.

Each article is stood for by the mean of its claims' vectors. Two articles are linked
when their vectors are close enough and they name at least one entity in common (a
person, place, organisation, building or event, resolved across spellings; or one named
after another's: "the Brannerly Town Supporters' Trust" speaks of "Brannerly Town"): another
event of the same kind (another earthquake) reads alike but happens elsewhere, to other
people; on ECB+'s dev split (`benchmarks/off_story_ecbplus.py`) requiring it raised the share
of distractors about another event of the same kind found from 6% to 31%. How close is
`same_story`, or `same_story_unnamed` without an entity in common (`thresholds.py`).
The largest linked set is the story, and an article outside it is off-story. With fewer than three articles, or when no set is the largest, nothing is
called off-story: there is no majority to tell the story by.
"""

from __future__ import annotations

import numpy as np

from newsprism.model import Article, Entity
from newsprism.thresholds import DEFAULTS, Thresholds

NAMED = frozenset({"PERSON", "GPE", "LOC", "ORG", "FAC", "EVENT", "PRODUCT"})


def off_story(
    articles: list[Article],
    claim_articles: list[str],
    vectors: np.ndarray,
    entities: list[Entity],
    thresholds: Thresholds = DEFAULTS,
) -> list[str]:
    """The ids of the articles that are about another story (`same_story`, `same_story_unnamed`)."""
    ids = [a.id for a in articles if a.id in set(claim_articles)]
    if len(ids) < 3:
        return []
    owner = np.array(claim_articles)
    centres = np.stack([vectors[owner == i].mean(axis=0) for i in ids])
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    named = {
        i: {e.id for e in entities if e.type in NAMED for m in e.mentions if m.article == i} for i in ids
    }
    names = {i: {f" {e.name.lower()} " for e in entities if e.id in named[i]} for i in ids}
    shared = np.array(
        [[bool(named[a] & named[b]) or _named_after(names[a], names[b]) for b in ids] for a in ids]
    )
    close = centres @ centres.T
    linked = ((close >= thresholds.same_story) & (shared | np.eye(len(ids), dtype=bool))) | (
        close >= thresholds.same_story_unnamed
    )
    sets = _linked_sets(linked)
    sizes = sorted((len(s) for s in sets), reverse=True)
    if len(sets) == 1 or sizes[0] == sizes[1]:
        return []
    story = max(sets, key=len)
    return [i for k, i in enumerate(ids) if k not in story]


def _named_after(these: set[str], those: set[str]) -> bool:
    """Whether a name of one set holds a name of two words or more of the other as whole
    words: a body named after another ("the Brannerly Town Supporters' Trust", "Brannerly
    Town") speaks of it. Not a name of one word: a place names many bodies ("the Orlow
    Fire Service" and "Orlow" may be two stories of one town)."""
    return any((x in y or y in x) and min(len(x.split()), len(y.split())) >= 2 for x in these for y in those)


def _linked_sets(linked: np.ndarray) -> list[set[int]]:
    seen: set[int] = set()
    sets: list[set[int]] = []
    for start in range(len(linked)):
        if start in seen:
            continue
        found, todo = {start}, [start]
        while todo:
            k = todo.pop()
            for j in np.flatnonzero(linked[k]):
                if int(j) not in found:
                    found.add(int(j))
                    todo.append(int(j))
        seen |= found
        sets.append(found)
    return sets
