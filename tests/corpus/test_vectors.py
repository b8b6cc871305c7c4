"""Story vectors: words of an article's lead, weighted by rarity, hashed into a unit vector."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.corpus.vectors import DIMENSIONS, LEAD, lead, story_vectors, word_vector
from newsprism.model import Article


def cosine(a: str, b: str) -> float:
    return float(word_vector(a) @ word_vector(b))


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Sluice holds", "The sluice at Dunhaven held.", "Sluice holds\nThe sluice at Dunhaven held."),
        (None, "The sluice held.", "\nThe sluice held."),
        ("T", "x" * 2 * LEAD, "T\n" + "x" * (LEAD - 2)),
    ],
)
def test_the_lead_is_the_title_and_the_start_of_the_text(title: str | None, text: str, expected: str) -> None:
    assert lead(Article(id="a1", path="a.txt", title=title, text=text)) == expected


@pytest.mark.parametrize("text", ["", "   ", "2024 1,200 42", "_ - ."])
def test_no_words_no_vector(text: str) -> None:
    assert not word_vector(text).any()


@given(st.text(max_size=300))
@settings(max_examples=50, deadline=None)  # the first call loads wordfreq
def test_a_vector_has_unit_length_or_none(text: str) -> None:
    vector = word_vector(text)
    assert vector.shape == (DIMENSIONS,)
    assert vector.dtype == np.float32
    norm = float(np.linalg.norm(vector))
    assert norm == pytest.approx(1.0, abs=1e-5) or norm == 0.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Orrin Pellow closed the sluice", "orrin pellow CLOSED THE SLUICE"),
        ("Orrin Pellow closed the sluice", "the sluice Pellow closed Orrin"),
        ("Orrin Pellow closed the sluice", "Orrin Pellow, closed: the sluice!"),
    ],
    ids=["case", "order", "punctuation"],
)
def test_the_same_words_the_same_vector(a: str, b: str) -> None:
    assert cosine(a, b) == pytest.approx(1.0, abs=1e-5)


@pytest.mark.parametrize(
    ("text", "closer", "farther"),
    [
        (
            "Pellow sluice flood Dunhaven",
            "Dunhaven flood: Pellow shuts sluice",
            "Marrowby tram depot reopens",
        ),
        ("the Pellow", "Pellow", "the"),
        (
            "Kestrel ferry strike in Marrowby",
            "Marrowby ferry strike ends",
            "Kestrel ferry sinks off Dunhaven",
        ),
    ],
    ids=["same-story", "rare-word-weighs-more", "place-and-event"],
)
def test_shared_rare_words_bring_vectors_close(text: str, closer: str, farther: str) -> None:
    assert cosine(text, closer) > cosine(text, farther)


def test_story_vectors_stack_the_leads() -> None:
    articles = [
        Article(id="a1", path="a.txt", title="Sluice holds", text="Orrin Pellow closed the sluice."),
        Article(id="a2", path="b.txt", text="The Marrowby tram depot reopened."),
    ]
    vectors = story_vectors(articles)
    assert vectors.shape == (2, DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(vectors[0], word_vector(lead(articles[0])))
    assert story_vectors([]).shape == (0, DIMENSIONS)
