from __future__ import annotations

import pytest

from newsprism.text import title_case


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
