"""Online story clustering on vectors the tests choose (no model)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.corpus.clusters import (
    Member,
    MemoryStories,
    StoryCluster,
    StoryIndex,
)
from newsprism.thresholds import DEFAULTS

DIMENSIONS = 8
NAMES = frozenset({"Velmar", "Marrow"})


def vector(*head: float) -> np.ndarray:
    v = np.zeros(DIMENSIONS, dtype=np.float32)
    v[: len(head)] = head
    return v / np.linalg.norm(v)


def at_cosine(cosine: float) -> np.ndarray:
    """A vector at `cosine` from vector(1, 0)."""
    return vector(cosine, float(np.sqrt(1 - cosine**2)))


def index() -> tuple[StoryIndex, MemoryStories]:
    stories = MemoryStories()
    return StoryIndex(stories, DIMENSIONS), stories


@pytest.mark.parametrize(
    ("second", "names", "published", "joins"),
    [
        (at_cosine(0.95), NAMES, None, True),
        (vector(0, 1), frozenset({"Orlen", "Greer"}), None, False),
        (at_cosine(0.95), NAMES, "2025-03-05", True),
        (at_cosine(0.95), NAMES, "2025-05-01", False),
    ],
    ids=["close", "far", "close-in-window", "close-months-later"],
)
def test_an_article_joins_the_closest_story_in_its_window(
    second: np.ndarray, names: frozenset[str], published: str | None, joins: bool
) -> None:
    stories_index, stories = index()
    first = stories_index.assign(vector(1, 0), NAMES, "2025-03-01")
    story = stories_index.assign(second, names, published)
    assert (story.id == first.id) is joins
    assert sorted(s.size for s in stories.records.values()) == ([2] if joins else [1, 1])


def test_the_centroid_follows_the_story() -> None:
    stories_index, stories = index()
    for k in range(DIMENSIONS):
        stories_index.assign(vector(*([0.0] * k), 1.0), frozenset(), None)
    story = stories_index.assign(at_cosine(0.8), frozenset(), None)
    assert story.id == 1
    assert story.centroid @ at_cosine(0.8) > vector(1) @ at_cosine(0.8)
    assert len(stories.records) == DIMENSIONS


@pytest.mark.parametrize(("names", "joins"), [(frozenset({"Orlen"}), False), (NAMES, True)])
def test_shared_names_tip_a_close_call(names: frozenset[str], joins: bool) -> None:
    stories_index, _ = index()
    stories_index.assign(vector(1, 0), NAMES, None)
    close_call = at_cosine(
        DEFAULTS.join - DEFAULTS.names_weight / 2
    )  # under join alone, over it with every name shared
    assert (stories_index.assign(close_call, names, None).id == 1) is joins


def test_an_article_that_bridges_two_close_stories_merges_them() -> None:
    stories_index, stories = index()
    apart = at_cosine(DEFAULTS.join - 0.05)  # just too far to join
    dam = stories_index.assign(vector(1, 0), frozenset({"Velmar"}), "2025-03-01")
    spillway = stories_index.assign(apart, frozenset({"Marrow"}), "2025-03-02")
    assert spillway.id != dam.id  # too far apart, with no name in common
    bridge = (vector(1, 0) + apart) / np.linalg.norm(vector(1, 0) + apart)
    story = stories_index.assign(bridge, NAMES, "2025-03-03")
    assert story.id == dam.id
    assert list(stories.records) == [dam.id]
    assert (story.size, story.first, story.last) == (3, "2025-03-01", "2025-03-03")
    assert [i for i, _ in stories_index.centroids.nearest(apart, 5)] == [dam.id]


def test_stories_far_apart_stay_apart_when_an_article_reaches_both() -> None:
    stories_index, stories = index()
    stories_index.assign(vector(1, 0), frozenset({"Velmar"}), None)
    stories_index.assign(vector(0, 1), frozenset({"Marrow"}), None)
    stories_index.assign(vector(1, 1), NAMES, None)  # reaches both through their names
    assert sorted(s.size for s in stories.records.values()) == [1, 2]


def told(stories_index: StoryIndex, stories: MemoryStories, members: list[Member]) -> StoryCluster:
    """A story of these articles, as if they had joined it one by one."""
    story = StoryCluster(1, 0, None, None, np.zeros(DIMENSIONS, np.float32))
    for m in members:
        story.size += m.size
        story.total = story.total + m.vector
        story.names |= m.names
        stories.record(story.id, m)
    stories.put(story)
    stories_index.centroids.put(story.id, story.centroid)
    return story


DAM, CUP = frozenset({"Velmar"}), frozenset({"Orlen"})


def test_a_story_whose_articles_fall_apart_splits_at_four() -> None:
    stories_index, stories = index()
    members = [
        Member(1, vector(1, 0), DAM, 1, ("2025-03-01",)),
        Member(2, vector(0, 1), CUP, 2, ("2025-03-02", "2025-03-04")),  # with a near-copy
        Member(3, at_cosine(0.95), DAM, 1, ("2025-03-03",)),
    ]
    told(stories_index, stories, members)
    new = stories_index.reconsider(1)
    assert new is not None
    assert new.id == 2
    assert stories.labels() == {1: 1, 2: 2, 3: 1}
    kept = stories.get(1)
    assert (kept.size, kept.first, kept.last, kept.names) == (2, "2025-03-01", "2025-03-03", set(DAM))
    assert (new.size, new.first, new.last, new.names) == (2, "2025-03-02", "2025-03-04", set(CUP))
    assert [i for i, _ in stories_index.centroids.nearest(vector(0, 1), 1)] == [2]


@pytest.mark.parametrize(
    ("members", "split"),
    [
        ([Member(k, at_cosine(c), DAM, 1) for k, c in enumerate([1, 0.9, 0.8, 0.7], 1)], False),  # one story
        ([Member(k, v, DAM, 1) for k, v in enumerate([vector(1, 0), at_cosine(0.2)] * 2, 1)], False),
        (
            [Member(k, vector(*v), n, 1) for k, (v, n) in enumerate([((1, 0), DAM), ((0, 1), CUP)] * 2, 1)],
            True,
        ),
        (
            [
                Member(k, vector(*v), n, 1)
                for k, (v, n) in enumerate([((1, 0), DAM), ((0, 1), CUP)] * 2 + [((1, 0), DAM)], 1)
            ],
            False,
        ),
    ],
    ids=["close", "far-but-same-names", "two-stories", "five-articles"],
)
def test_a_story_splits_only_at_a_doubling_into_parts_that_would_not_join(
    members: list[Member], split: bool
) -> None:
    stories_index, stories = index()
    told(stories_index, stories, members)
    assert (stories_index.reconsider(1) is not None) is split
    assert sum(s.size for s in stories.records.values()) == len(members)
