"""Off-story articles: the ones outside the largest set of linked articles, on written vectors."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.compare.topic import off_story
from newsprism.model import Article, Entity, Mention

X, Y, Z = np.eye(3, dtype=np.float32)


def tilt(cosine: float) -> np.ndarray:
    """A unit vector with this cosine to X."""
    return np.array([cosine, math.sqrt(1 - cosine**2), 0.0], dtype=np.float32)


def articles(n: int) -> list[Article]:
    return [Article(id=f"a{k}", path=f"{k}.txt", text="x") for k in range(1, n + 1)]


def named(name: str, *ids: str, kind: str = "GPE") -> Entity:
    return Entity(id=name, name=name, type=kind, mentions=[Mention(article=i, start=0, end=1) for i in ids])


def off(vectors: list[np.ndarray], entities: list[Entity] = (), owners: list[str] | None = None) -> list[str]:  # type: ignore[assignment]
    owners = owners or [f"a{k}" for k in range(1, len(vectors) + 1)]
    return off_story(articles(len(set(owners))), owners, np.stack(vectors), list(entities))


@pytest.mark.parametrize(
    ("vectors", "entities", "expected"),
    [
        ([X, X, Z], [], ["a3"]),
        ([X, tilt(0.75), Z], [], ["a3"]),
        ([X, tilt(0.6), X, Z], [named("Dunhaven", "a1", "a2")], ["a4"]),
        ([X, tilt(0.6), tilt(0.6), Z], [named("Dunhaven", "a1", "a2", "a3")], ["a4"]),
        ([X, tilt(0.6), X], [], ["a2"]),
        ([X, tilt(0.6), X], [named("Dunhaven", "a1"), named("Marrowby", "a2")], ["a2"]),
        ([X, tilt(0.6), X], [named("the night", "a1", "a2", kind="TIME")], ["a2"]),
        ([X, tilt(0.4), X], [named("Dunhaven", "a1", "a2")], ["a2"]),
        ([X, tilt(0.6), X], [named("Dunhaven Rovers", "a1", "a3"), named("Dunhaven Rovers Supporters' Trust", "a2", kind="ORG")], []),
        ([X, tilt(0.6), X], [named("Dunhaven", "a1", "a3"), named("Dunhaven Fire Service", "a2", kind="ORG")], ["a2"]),
    ],
    ids=["one-far", "close-enough-unnamed", "named-together", "a-chain", "fair-but-nothing-named",
         "other-names", "a-time-is-no-name", "named-but-far", "a-body-named-after-another", "not-after-a-place"],
)  # fmt: skip
def test_articles_outside_the_story(
    vectors: list[np.ndarray], entities: list[Entity], expected: list[str]
) -> None:
    assert off(vectors, entities) == expected


@pytest.mark.parametrize(
    ("vectors", "entities"),
    [
        ([X, Z], []),
        ([X], []),
        ([X, X, X], []),
        ([X, X, Z, Z], []),
        ([X, Y, Z], []),
        ([X, tilt(0.6), tilt(0.6)], [named("Dunhaven", "a1", "a2", "a3", kind="FAC")]),
    ],
    ids=["two-articles", "one-article", "all-alike", "two-equal-stories", "no-majority", "named-building"],
)
def test_no_article_is_off_story(vectors: list[np.ndarray], entities: list[Entity]) -> None:
    assert off(vectors, entities) == []


def test_an_article_is_the_mean_of_its_claims() -> None:
    mixed = [X, X, X, Y, Z]
    assert off(mixed, owners=["a1", "a2", "a3", "a3", "a4"]) == ["a4"]
    assert off([X, X, Y, Y, Z], owners=["a1", "a2", "a3", "a3", "a4"]) == ["a3", "a4"]


def test_an_article_without_claims_is_not_judged() -> None:
    assert off_story(articles(4), ["a1", "a2", "a4"], np.stack([X, X, Z]), []) == ["a4"]
    assert off_story(articles(4), ["a1", "a4"], np.stack([X, Z]), []) == []


@given(st.lists(st.sampled_from([0, 1, 2]), min_size=3, max_size=9))
def test_off_story_articles_are_those_outside_the_one_largest_topic(topics: list[int]) -> None:
    found = off([np.eye(3, dtype=np.float32)[t] for t in topics])
    sizes = {t: topics.count(t) for t in set(topics)}
    largest = [t for t, n in sizes.items() if n == max(sizes.values())]
    story = largest[0] if len(largest) == 1 else None
    assert found == (
        [f"a{k}" for k, t in enumerate(topics, start=1) if t != story] if story is not None else []
    )
