"""Text helpers shared by compare and corpus."""

from __future__ import annotations

import pytest

from newsprism.words import names_of


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
