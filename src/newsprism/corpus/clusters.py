"""Story clustering: each new article joins the story it is closest to, or starts one.

An article is stood for by its story vector (`vectors.py`) and by the names in its lead
(capitalised words inside a sentence: people, places, organisations). Its score against
a story is the cosine with the story's centroid (the mean of its articles' vectors) plus
`NAMES_WEIGHT` times the share of names the two have in common (Jaccard). Among the
stories with the closest centroids (`centroids.py`), it joins the best-scoring one whose
score reaches `JOIN` and, where both have dates, whose span it falls within `WINDOW_DAYS`
of; otherwise it starts a story.

Stories merge as evidence arrives: when an article reaches two stories and those two,
scored against each other the same way, reach `JOIN + MERGE_MARGIN`, the later one is
folded into the earlier.

Only the centroids are held in memory; a story's record (size, dates, names and the sum
of its vectors) is read from `Stories` for the few candidates close enough to matter:
the store for ingest, a dictionary for benchmarks and tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

import numpy as np

from newsprism.corpus.centroids import CentroidIndex

# Chosen on ECB+ dev and half of AllSides' stories (the best mean B-cubed F1 of a grid,
# `python benchmarks/clustering.py --sweep`); reported on ECB+ test and the other half.
JOIN = 0.35
NAMES_WEIGHT = 0.25
MERGE_MARGIN = 0.3  # two stories merge only well above JOIN: looser merges chained stories
WINDOW_DAYS = 7
_CANDIDATES = 20  # closest centroids looked at
_NAMES_KEPT = 300  # names a story keeps (its first ones)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)(?<!\n)\b[A-Z][\w'’-]{2,}")
# Capitalised words that are not names: sentence openers inside quotes, weekdays, titles.
_NOT_NAMES = frozenset(
    """The This That These Those They There Their Then But And For With When Where What Which Who
    After Before According While His Her She Its Some One Two Three Many Most Mr Mrs Ms Dr
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()  # noqa: SIM905 - a word list reads better as text
)


def names_of(text: str) -> frozenset[str]:
    """The capitalised words inside sentences of a text: a cheap, language-model-free stand-in
    for its named people, places and organisations."""
    return frozenset(w for w in _NAME.findall(text) if w not in _NOT_NAMES)


@dataclass
class StoryCluster:
    id: int
    size: int
    first: str | None
    last: str | None
    total: np.ndarray  # the sum of its articles' vectors
    names: set[str] = field(default_factory=set)

    @property
    def centroid(self) -> np.ndarray:
        norm = float(np.linalg.norm(self.total))
        return self.total / norm if norm else self.total


class Stories(Protocol):
    """Where story records live."""

    def get(self, story_id: int) -> StoryCluster: ...

    def put(self, story: StoryCluster) -> None: ...

    def merge(self, kept: StoryCluster, folded: int) -> None:
        """`kept` now holds the articles of story `folded`, which is no more."""

    def next_id(self) -> int: ...


class MemoryStories:
    """Story records in a dictionary, remembering merges."""

    def __init__(self) -> None:
        self.records: dict[int, StoryCluster] = {}
        self.folded_into: dict[int, int] = {}

    def get(self, story_id: int) -> StoryCluster:
        return self.records[story_id]

    def put(self, story: StoryCluster) -> None:
        self.records[story.id] = story

    def merge(self, kept: StoryCluster, folded: int) -> None:
        del self.records[folded]
        self.folded_into[folded] = kept.id
        self.records[kept.id] = kept

    def next_id(self) -> int:
        return max([*self.records, *self.folded_into], default=0) + 1

    def final(self, story_id: int) -> int:
        """The story a story id ended in, after merges."""
        while story_id in self.folded_into:
            story_id = self.folded_into[story_id]
        return story_id


class StoryIndex:
    def __init__(self, stories: Stories, dimensions: int) -> None:
        self.stories = stories
        self.centroids = CentroidIndex(dimensions)

    def assign(self, vector: np.ndarray, names: frozenset[str], published: str | None) -> StoryCluster:
        """The story the article joins or starts, saved with it counted; merges it bridges done."""
        reached = sorted(
            (
                (score, story)
                for story in self._candidates(vector)
                if (score := _score(vector, names, story.centroid, story.names)) >= JOIN
                and _within(published, story)
            ),
            key=lambda pair: -pair[0],
        )
        if not reached:
            story = StoryCluster(self.stories.next_id(), 0, None, None, np.zeros_like(vector))
        else:
            story = reached[0][1]
        joined(story, vector, names, published)
        for _, other in reached[1:]:
            if (
                _score(story.centroid, frozenset(other.names), other.centroid, story.names)
                >= JOIN + MERGE_MARGIN
            ):
                self._merge(story, other)
        self.stories.put(story)
        self.centroids.put(story.id, story.centroid)
        return story

    def _candidates(self, vector: np.ndarray) -> list[StoryCluster]:
        """The stories whose centroids are close enough that shared names could carry them to JOIN."""
        return [
            self.stories.get(story_id)
            for story_id, cosine in self.centroids.nearest(vector, _CANDIDATES)
            if cosine + NAMES_WEIGHT >= JOIN - 0.02  # 0.02: room for the 8-bit codes' error
        ]

    def _merge(self, kept: StoryCluster, folded: StoryCluster) -> None:
        kept.size += folded.size
        kept.total = kept.total + folded.total
        _add_names(kept, folded.names)
        kept.first = min(filter(None, [kept.first, folded.first]), default=None)
        kept.last = max(filter(None, [kept.last, folded.last]), default=None)
        gone = folded.id
        if folded.id < kept.id:  # the earlier story's number is kept
            gone, kept.id = kept.id, folded.id
        self.centroids.remove(gone)
        self.stories.merge(kept, gone)


def joined(
    story: StoryCluster, vector: np.ndarray | None, names: frozenset[str], published: str | None
) -> None:
    """Count one more article in a story (a near-duplicate, with no vector, leaves the centroid)."""
    story.size += 1
    if vector is not None:
        story.total = story.total + vector
    _add_names(story, names)
    story.first = min(filter(None, [story.first, published]), default=None)
    story.last = max(filter(None, [story.last, published]), default=None)


def _add_names(story: StoryCluster, names: frozenset[str] | set[str]) -> None:
    room = max(0, _NAMES_KEPT - len(story.names))
    story.names |= set(sorted(names - story.names)[:room])


def _score(vector: np.ndarray, names: frozenset[str], centroid: np.ndarray, story_names: set[str]) -> float:
    shared = len(names & story_names) / len(names | story_names) if names or story_names else 0.0
    return float(centroid @ vector) + NAMES_WEIGHT * shared


def _within(published: str | None, story: StoryCluster) -> bool:
    if not published or not story.first or not story.last:
        return True
    when, first, last = _date(published), _date(story.first), _date(story.last)
    if when is None or first is None or last is None:
        return True
    window = timedelta(days=WINDOW_DAYS)
    return first - window <= when <= last + window


def _date(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value[:10])
    except ValueError:
        return None
