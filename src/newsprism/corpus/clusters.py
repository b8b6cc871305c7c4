"""Story clustering: each new article joins the story it is closest to, or starts one.

An article is stood for by its story vector (`vectors.py`) and by the names in its lead
(capitalised words inside a sentence: people, places, organisations; `words.names_of`). Its score against
a story is the cosine with the story's centroid (the mean of its articles' vectors) plus
`names_weight` times the share of names the two have in common (Jaccard). Among the
stories with the closest centroids (`centroids.py`), it joins the best-scoring one whose
score reaches `join` and, where both have dates, whose span it falls within `window_days`
of; otherwise it starts a story.

Stories merge as evidence arrives: when an article reaches two stories and those two,
scored against each other the same way, reach `join + merge_margin`, the later one is
folded into the earlier. They split too: at 4, 8, 16, ... articles (from `split_from`) a story is looked at
whole (`reconsider`): its articles are cut in two (spherical 2-means), and when the two
parts, scored against each other as stories, fall below `join` (neither would take the
other's articles now), the part without the story's first article becomes a new story.
Near-copies go with the article they copy. Looking at a story at each doubling keeps
the cost an article constant.

Only the centroids are held in memory; a story's record (size, dates, names and the sum
of its vectors) is read from `Stories` for the few candidates close enough to matter:
the store for ingest, a dictionary for benchmarks and tests. The thresholds are `Thresholds`
(`thresholds.py`); `join` and `names_weight` were chosen on ECB+ dev and half of AllSides'
stories (the best mean B-cubed F1 of a grid, `python benchmarks/clustering.py --sweep`) and
are reported on ECB+ test and the other half.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

import numpy as np

from newsprism.corpus.centroids import CentroidIndex
from newsprism.thresholds import DEFAULTS, Thresholds

_SPLIT_ROUNDS = 10
_CANDIDATES = 20  # closest centroids looked at
_NAMES_KEPT = 300  # names a story keeps (its first ones)


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


@dataclass(frozen=True)
class Member:
    """An article of a story as a split sees it; `dates` are its own and its near-copies'."""

    key: int  # the article's number
    vector: np.ndarray
    names: frozenset[str]
    size: int  # 1 and its near-copies
    dates: tuple[str, ...] = ()


class Stories(Protocol):
    """Where story records live."""

    def get(self, story_id: int) -> StoryCluster: ...

    def put(self, story: StoryCluster) -> None: ...

    def merge(self, kept: StoryCluster, folded: int) -> None:
        """`kept` now holds the articles of story `folded`, which is no more."""

    def members(self, story_id: int) -> list[Member]:
        """The story's articles that are not near-copies, oldest first."""

    def split(self, kept: StoryCluster, new: StoryCluster, moved: list[int]) -> None:
        """The articles `moved` (and their near-copies) leave `kept` for the `new` story."""

    def next_id(self) -> int: ...


class MemoryStories:
    """Story records and their articles in dictionaries (benchmarks and tests)."""

    def __init__(self) -> None:
        self.records: dict[int, StoryCluster] = {}
        self.articles: dict[int, list[Member]] = {}
        self.used = 0

    def get(self, story_id: int) -> StoryCluster:
        return self.records[story_id]

    def put(self, story: StoryCluster) -> None:
        self.records[story.id] = story
        self.used = max(self.used, story.id)

    def record(self, story_id: int, member: Member) -> None:
        """An article the story took (the store records it as a row)."""
        self.articles.setdefault(story_id, []).append(member)

    def merge(self, kept: StoryCluster, folded: int) -> None:
        del self.records[folded]
        gone = [*self.articles.pop(folded, []), *self.articles.pop(kept.id, [])]
        self.articles[kept.id] = sorted(gone, key=lambda m: m.key)
        self.put(kept)

    def members(self, story_id: int) -> list[Member]:
        return list(self.articles.get(story_id, []))

    def split(self, kept: StoryCluster, new: StoryCluster, moved: list[int]) -> None:
        leaving = set(moved)
        everyone = self.articles.pop(kept.id)
        self.articles[kept.id] = [m for m in everyone if m.key not in leaving]
        self.articles[new.id] = [m for m in everyone if m.key in leaving]
        self.put(kept)
        self.put(new)

    def next_id(self) -> int:
        return self.used + 1

    def labels(self) -> dict[int, int]:
        """Each recorded article's story, now."""
        return {m.key: story for story, members in self.articles.items() for m in members}


class StoryIndex:
    def __init__(self, stories: Stories, dimensions: int, thresholds: Thresholds = DEFAULTS) -> None:
        self.stories = stories
        self.centroids = CentroidIndex(dimensions)
        self.thresholds = thresholds

    def assign(self, vector: np.ndarray, names: frozenset[str], published: str | None) -> StoryCluster:
        """The story the article joins or starts, saved with it counted; merges it bridges done."""
        limits = self.thresholds
        reached = sorted(
            (
                (score, story)
                for story in self._candidates(vector)
                if (score := _score(vector, names, story.centroid, story.names, limits.names_weight))
                >= limits.join
                and _within(published, story, limits.window_days)
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
                _score(
                    story.centroid, frozenset(other.names), other.centroid, story.names, limits.names_weight
                )
                >= limits.join + limits.merge_margin
            ):
                self._merge(story, other)
        self._save(story)
        return story

    def reconsider(self, story_id: int) -> StoryCluster | None:
        """At 4, 8, 16, ... articles (from `split_from`), split the story if its articles fall in two parts that
        would not join each other; the new story, if one was made."""
        size = self.stories.get(story_id).size
        if size < self.thresholds.split_from or size & (size - 1):
            return None
        members = self.stories.members(story_id)
        parts = halves(members, self.thresholds)
        if parts is None:
            return None
        stay, go = parts if min(m.key for m in parts[0]) < min(m.key for m in parts[1]) else parts[::-1]
        kept, new = _story(story_id, stay), _story(self.stories.next_id(), go)
        self.stories.split(kept, new, [m.key for m in go])
        self._save(kept)
        self._save(new)
        return new

    def _save(self, story: StoryCluster) -> None:
        self.stories.put(story)
        self.centroids.put(story.id, story.centroid)

    def _candidates(self, vector: np.ndarray) -> list[StoryCluster]:
        """The stories whose centroids are close enough that shared names could carry them to `join`."""
        limits = self.thresholds
        return [
            self.stories.get(story_id)
            for story_id, cosine in self.centroids.nearest(vector, _CANDIDATES)
            if cosine + limits.names_weight >= limits.join - 0.02  # 0.02: room for the 8-bit codes' error
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


def halves(
    members: list[Member], thresholds: Thresholds = DEFAULTS
) -> tuple[list[Member], list[Member]] | None:
    """The members in two parts by spherical 2-means (seeded with the member farthest from
    the others and the one farthest from it), when the parts would not join each other."""
    if len(members) < 2:
        return None
    vectors = np.array([m.vector for m in members], dtype=np.float64)
    seeds = [int(np.argmin(vectors @ vectors.sum(axis=0)))]
    seeds.append(int(np.argmin(vectors @ vectors[seeds[0]])))
    centres = vectors[seeds]
    side = np.zeros(len(members), dtype=bool)
    for _ in range(_SPLIT_ROUNDS):
        new_side = vectors @ centres[1] > vectors @ centres[0]
        if new_side.all() or not new_side.any():
            return None
        if (new_side == side).all():
            break
        side = new_side
        centres = np.array([vectors[~side].sum(axis=0), vectors[side].sum(axis=0)])
    parts = (
        [m for m, s in zip(members, side, strict=True) if not s],
        [m for m, s in zip(members, side, strict=True) if s],
    )
    a, b = _story(0, parts[0]), _story(0, parts[1])
    score = _score(a.centroid, frozenset(a.names), b.centroid, b.names, thresholds.names_weight)
    return parts if score < thresholds.join else None


def _story(story_id: int, members: list[Member]) -> StoryCluster:
    """A story of exactly these members."""
    story = StoryCluster(story_id, 0, None, None, np.zeros_like(members[0].vector))
    for m in members:
        joined(story, m.vector, m.names, None)
        story.size += m.size - 1
        for date in m.dates:
            story.first = min(filter(None, [story.first, date]))
            story.last = max(filter(None, [story.last, date]))
    return story


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


def _score(
    vector: np.ndarray,
    names: frozenset[str],
    centroid: np.ndarray,
    story_names: set[str],
    names_weight: float,
) -> float:
    shared = len(names & story_names) / len(names | story_names) if names or story_names else 0.0
    return float(centroid @ vector) + names_weight * shared


def _within(published: str | None, story: StoryCluster, window_days: int) -> bool:
    if not published or not story.first or not story.last:
        return True
    when, first, last = _date(published), _date(story.first), _date(story.last)
    if when is None or first is None or last is None:
        return True
    window = timedelta(days=window_days)
    return first - window <= when <= last + window


def _date(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value[:10])
    except ValueError:
        return None
