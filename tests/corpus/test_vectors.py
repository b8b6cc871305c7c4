"""Story vectors: the words of an article's lead, weighed by their document frequencies in
the corpus (general English standing in until it has its own), hashed into a unit vector."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.corpus.vectors import (
    BUCKETS,
    DIMENSIONS,
    LEAD,
    DocumentFrequencies,
    lead,
    lead_words,
    words_of,
)
from newsprism.model import Article


def cosine(a: str, b: str, frequencies: DocumentFrequencies | None = None) -> float:
    frequencies = frequencies or DocumentFrequencies()
    return float(frequencies.vector(words_of(a)) @ frequencies.vector(words_of(b)))


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


def test_a_lead_is_its_distinct_words_with_their_counts_and_shares() -> None:
    words = words_of("The Pellow sluice; the sluice, THE sluice held in 2024")
    assert len(words) == 6  # the, pellow, sluice, held, in, 2024
    by_weight = sorted(words["weight"].tolist())
    assert by_weight[-1] == pytest.approx(1 + np.log(3))  # "the" and "sluice", three times each
    shares = dict(zip(words["hash"].tolist(), words["share"].tolist(), strict=True))
    (the,) = words_of("the")["hash"]
    (pellow,) = words_of("Pellow")["hash"]
    assert shares[int(the)] > 0.99  # nearly every lead of English holds "the"
    assert shares[int(pellow)] < 1e-4  # a surname, as rare as can be


@pytest.mark.parametrize("text", ["", "   ", "_ - ."])
def test_no_words_no_vector(text: str) -> None:
    assert not DocumentFrequencies().vector(words_of(text)).any()


@given(st.text(max_size=300), st.lists(st.text(max_size=60), max_size=8))
@settings(max_examples=50, deadline=None)  # the first call loads wordfreq
def test_a_vector_has_unit_length_or_none(text: str, corpus: list[str]) -> None:
    frequencies = DocumentFrequencies()
    for earlier in corpus:
        frequencies.count(words_of(earlier))
    vector = frequencies.arrived(words_of(text))
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
        ("Ferry with 41 aboard sinks", "41 aboard ferry", "12 aboard ferry"),
    ],
    ids=["same-story", "rare-word-weighs-more", "place-and-event", "figures"],
)
def test_shared_rare_words_bring_vectors_close(text: str, closer: str, farther: str) -> None:
    assert cosine(text, closer) > cosine(text, farther)


def test_a_word_every_article_of_the_corpus_holds_weighs_less_as_they_arrive() -> None:
    frequencies = DocumentFrequencies()
    before = cosine("Quendry council ferry strike", "Quendry council tram fire", frequencies)
    for k in range(40):
        frequencies.count(words_of(f"Quendry council item {k}"))
    after = cosine("Quendry council ferry strike", "Quendry council tram fire", frequencies)
    assert after < before / 2
    assert cosine("ferry strike Quendry", "ferry strike Marrowby", frequencies) > after


def test_a_title_s_words_count_twice() -> None:
    words = lead_words(Article(id="a1", path="a.txt", title="Quarry fire", text="A quarry fire spread."))
    weight = dict(zip(words["hash"].tolist(), words["weight"].tolist(), strict=True))
    [quarry], [spread] = words_of("quarry")["hash"], words_of("spread")["hash"]
    assert weight[int(quarry)] == pytest.approx(1 + np.log(3))  # twice in the title, once in the text
    assert weight[int(spread)] == pytest.approx(1.0)


def test_counting_adds_each_word_of_an_article_once() -> None:
    frequencies = DocumentFrequencies()
    words = lead_words(Article(id="a1", path="a.txt", title="Sluice sluice", text="The sluice held."))
    buckets = frequencies.count(words)
    frequencies.vector(words)  # weighing counts nothing
    assert frequencies.articles == 1
    assert sorted(buckets.tolist()) == sorted({int(h) % BUCKETS for h in words["hash"]})
    assert frequencies.counts.sum() == len(buckets) == 3  # sluice, the, held
