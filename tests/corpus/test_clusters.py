"""Online story clustering on vectors the tests choose (no model)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.corpus.clusters import JOIN, StoryIndex, names_of
from newsprism.nlp import DIMENSIONS

NAMES = frozenset({"Velmar", "Marrow"})


def vector(*head: float) -> np.ndarray:
    v = np.zeros(DIMENSIONS, dtype=np.float32)
    v[: len(head)] = head
    return v / np.linalg.norm(v)


@pytest.mark.parametrize(
    ("second", "names", "published", "joins"),
    [
        (vector(1, 0.1), NAMES, None, True),
        (vector(0, 1), frozenset({"Orlen", "Greer"}), None, False),
        (vector(1, 0.1), NAMES, "2025-03-05", True),
        (vector(1, 0.1), NAMES, "2025-05-01", False),
    ],
    ids=["close", "far", "close-in-window", "close-months-later"],
)
def test_an_article_joins_the_closest_story_in_its_window(
    second: np.ndarray, names: frozenset[str], published: str | None, joins: bool
) -> None:
    index = StoryIndex()
    first = index.assign(vector(1, 0), NAMES, "2025-03-01", 1)
    story = index.assign(second, names, published, 2)
    assert (story.id == first.id) is joins
    assert [s.size for s in index.stories] == ([2] if joins else [1, 1])


def test_the_centroid_follows_the_story_and_grows_past_its_first_arrays() -> None:
    index = StoryIndex()
    for k in range(200):  # more stories than the arrays first hold
        index.assign(vector(*([0.0] * k), 1.0), frozenset(), None, k + 1)
    assert len(index.stories) == 200
    story = index.assign(vector(1, 0.3), frozenset(), None, 999)
    assert story.id == 1
    assert float(index.centroids[0] @ vector(1, 0.3)) > float(vector(1) @ vector(1, 0.3))
    assert float(vector(1, 0.3) @ vector(0, 1)) < JOIN


def test_shared_names_tip_a_close_call() -> None:
    cosine = JOIN - 0.05  # under JOIN on its own
    close_call = vector(1, float(np.sqrt(1 / cosine**2 - 1)))
    for names, joins in [(frozenset({"Orlen"}), False), (NAMES, True)]:
        index = StoryIndex()
        index.assign(vector(1, 0), NAMES, None, 1)
        assert (index.assign(close_call, names, None, 2).id == 1) is joins


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Engineers at the Velmar dam met Ilse Marrow on Monday.", {"Velmar", "Ilse", "Marrow"}),
        ("The dam held. Then the river rose.", set()),
        ("Rain fell on Tuesday in Lower Velmar.", {"Lower", "Velmar"}),
    ],
)
def test_names_are_capitalised_words_inside_sentences(text: str, names: set[str]) -> None:
    assert names_of(text) == names
