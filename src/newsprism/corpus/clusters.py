"""Story clustering: each new article joins the story it is closest to, or starts one.

An article is stood for by the sentence vector of its title and lead. It joins the story
whose centroid (the mean of its articles' vectors) is closest, when the cosine reaches
`JOIN` and, where both have dates, the article falls within `WINDOW_DAYS` of the story's
span; otherwise it starts a story. The search is exact, over all centroids at once
(numpy), which costs about 5 ms per article against 100,000 stories on 2 cores.
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
    """Story centroids in memory: 1.5 KB per story (384 float32 and its record)."""

    def __init__(self) -> None:
        self.centroids = np.zeros((0, DIMENSIONS), dtype=np.float32)
        self.sums = np.zeros((0, DIMENSIONS), dtype=np.float32)
        self.stories: list[StoryCluster] = []

    def add_story(self, story: StoryCluster, total: np.ndarray) -> None:
        """A story already known (from the store): its record and the sum of its vectors."""
        self.stories.append(story)
        self.sums = np.vstack([self.sums, total[None, :]])
        self.centroids = np.vstack([self.centroids, _unit(total)[None, :]])

    def assign(self, vector: np.ndarray, published: str | None, new_id: int) -> StoryCluster:
        """The story the article joins (its size and dates updated), or a new one numbered `new_id`."""
        if len(self.stories):
            scores = self.centroids @ vector
            for k in np.argsort(-scores)[:5]:
                if scores[k] < JOIN:
                    break
                story = self.stories[int(k)]
                if _within(published, story):
                    self.sums[k] += vector
                    self.centroids[k] = _unit(self.sums[k])
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
        return next(s for s in self.stories if s.id == story_id)

    def total(self, story_id: int) -> np.ndarray:
        k = next(i for i, s in enumerate(self.stories) if s.id == story_id)
        total: np.ndarray = self.sums[k]
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
