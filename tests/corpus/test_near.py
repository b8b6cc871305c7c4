"""Near-duplicates: content hashes, MinHash signatures and their LSH band keys, on invented texts."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.corpus.near import PERMUTATIONS, band_keys, content_hash, signature
from tests.helpers import article_paragraphs

STORY = article_paragraphs("the Pellow sluice at Dunhaven")
OTHER = (
    "The Marrowby tram depot reopened on Friday after a fire in the spring closed it for months. "
    "Drivers returned to a new canteen, and the first trams left for the harbour before dawn."
)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("The sluice at Dunhaven held.", "the  sluice at\nDUNHAVEN held!", True),
        ("The sluice at Dunhaven held.", "  The sluice, at Dunhaven, held  ", True),
        ("The sluice at Dunhaven held.", "The sluice at Dunhaven broke.", False),
        ("The sluice at Dunhaven held.", "Dunhaven at sluice the held.", False),
        ("", "   ", True),
    ],
)
def test_content_hash_ignores_spacing_case_and_punctuation(a: str, b: str, same: bool) -> None:
    assert (content_hash(a) == content_hash(b)) is same


@given(st.text(max_size=200))
def test_content_hash_of_respaced_text(text: str) -> None:
    assert content_hash(text) == content_hash("  " + "\n\t".join(text.split(" ")) + " .")


def agreement(a: str, b: str) -> float:
    """The share of MinHash values two texts have in common: an estimate of their Jaccard similarity."""
    return float(np.mean(signature(a) == signature(b)))


@pytest.mark.parametrize("text", [STORY, "One.", "", "Two words", "a b c d e f"])
def test_a_signature_is_64_uint32_values(text: str) -> None:
    values = signature(text)
    assert (values.shape, values.dtype) == ((PERMUTATIONS,), np.dtype(np.uint32))


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        (STORY, STORY, 1.0, 1.0),
        (STORY, STORY.upper().replace(".", " ."), 1.0, 1.0),
        (STORY, STORY + "\nAn editor's note was added on Wednesday evening.", 0.7, 1.0),
        (STORY, STORY.replace("three years", "four years"), 0.6, 0.99),
        (STORY, OTHER, 0.0, 0.3),
    ],
    ids=["same", "recased", "a-line-more", "a-word-changed", "another-story"],
)
def test_signatures_agree_as_much_as_the_texts_do(a: str, b: str, low: float, high: float) -> None:
    assert low <= agreement(a, b) <= high


def test_a_copy_shares_a_band_key_and_another_story_none() -> None:
    keys = set(band_keys(signature(STORY)))
    copy = STORY + "\nAn editor's note was added on Wednesday evening."
    assert keys & set(band_keys(signature(copy)))
    assert not keys & set(band_keys(signature(OTHER)))


def test_band_keys_change_only_where_the_values_do() -> None:
    values = signature(STORY)
    keys = band_keys(values)
    changed = values.copy()
    changed[0] ^= 1
    others = band_keys(changed)
    assert len(keys) == len(others) > 1
    assert all(isinstance(k, int) and -(2**63) <= k < 2**63 for k in keys)
    assert [a == b for a, b in zip(keys, others, strict=True)] == [False] + [True] * (len(keys) - 1)
    assert band_keys(values.copy()) == keys
