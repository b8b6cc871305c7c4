"""Story clustering: each new article joins the story it is closest to, or starts one.

An article is stood for by the sentence vector of its title and lead. It joins the story
whose centroid (the mean of its articles' vectors) is closest, when the cosine reaches
`JOIN` and, where both have dates, the article falls within `WINDOW_DAYS` of the story's
span; otherwise it starts a story. The search is exact, over all centroids at once
(numpy), which costs about 4 ms per article against 100,000 stories on 2 cores.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from newsprism.nlp import DIMENSIONS

# The best of 0.5 to 0.8 in online trials on ECB+'s dev split with all-MiniLM-L6-v2 (B-cubed
# F1 0.86 there); benchmarks/clustering.py reports test and AllSides against a baseline.
JOIN = 0.6
WINDOW_DAYS = 7


@dataclass
class StoryCluster:
    id: int
    size: int
    first: str | None
    last: str | None


class StoryIndex:
    """Story centroids in memory: 1.5 KB per story (384 float32 and its record), in arrays
    that grow by doubling, so adding a story costs the same at any size."""

    def __init__(self) -> None:
        self._sums = np.zeros((64, DIMENSIONS), dtype=np.float32)
        self._centroids = np.zeros((64, DIMENSIONS), dtype=np.float32)
        self.stories: list[StoryCluster] = []
        self._row: dict[int, int] = {}

    @property
    def centroids(self) -> np.ndarray:
        return self._centroids[: len(self.stories)]

    def add_story(self, story: StoryCluster, total: np.ndarray) -> None:
        """A story: its record and the sum of its articles' vectors."""
        k = len(self.stories)
        if k == len(self._sums):
            self._sums = np.vstack([self._sums, np.zeros_like(self._sums)])
            self._centroids = np.vstack([self._centroids, np.zeros_like(self._centroids)])
        self._sums[k] = total
        self._centroids[k] = _unit(total)
        self._row[story.id] = k
        self.stories.append(story)

    def assign(self, vector: np.ndarray, published: str | None, new_id: int) -> StoryCluster:
        """The story the article joins (its size and dates updated), or a new one numbered `new_id`."""
        if self.stories:
            scores = self.centroids @ vector
            top = np.argpartition(-scores, min(5, len(scores) - 1))[:5]
            for k in top[np.argsort(-scores[top])]:
                if scores[k] < JOIN:
                    break
                story = self.stories[int(k)]
                if _within(published, story):
                    self._sums[k] += vector
                    self._centroids[k] = _unit(self._sums[k])
                    return self.joined(story, published)
        story = StoryCluster(new_id, 1, published, published)
        self.add_story(story, vector.astype(np.float32))
        return story

    def joined(self, story: StoryCluster, published: str | None) -> StoryCluster:
        """Count one more article in a story (a near-duplicate joins without moving the centroid)."""
        story.size += 1
        story.first = min(filter(None, [story.first, published]), default=None)
        story.last = max(filter(None, [story.last, published]), default=None)
        return story

    def story(self, story_id: int) -> StoryCluster:
        return self.stories[self._row[story_id]]

    def total(self, story_id: int) -> np.ndarray:
        total: np.ndarray = self._sums[self._row[story_id]]
        return total


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


def _unit(v: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(v))
    return v / norm if norm else v
