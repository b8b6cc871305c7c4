"""Text helpers shared by read, compare and corpus."""

from __future__ import annotations

import pytest

from newsprism.words import names_of, title_case


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


@pytest.mark.parametrize(
    ("text", "share", "expected"),
    [("Fire Destroys Mill in Osk", 0.8, True), ("Crews reached Osk by Friday", 0.8, False),
     ("Salt Roads", 0.8, True), ("the report of the inquiry", 0.8, False), ("a b c", 0.8, False),
     ("Crews reached Osk by Friday", 0.6, True)],
)  # fmt: skip
def test_title_case_is_a_share_of_the_longer_words_capitalised(
    text: str, share: float, expected: bool
) -> None:
    assert title_case(text, share) is expected
