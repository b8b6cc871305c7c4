from __future__ import annotations

import pytest

from newsprism.clean.text import is_heading, is_prose, paragraphs, words


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("One.\r\nTwo.\r\n\r\nThree.", ["One.", "Two.", "Three."]),
        ("Zero\u200bwidth\u00a0space and soft\u00adhyphen.", ["Zerowidth space and softhyphen."]),
        ("  indented   line  \n\n\n\n next", ["indented line", "next"]),
        (
            "The council met on Tuesday to discuss the budget for the coming\n"
            "year, and members argued for three hours about the cost of the new\n"
            "tram line.",
            ["The council met on Tuesday to discuss the budget for the coming year, and members "
             "argued for three hours about the cost of the new tram line."],
        ),
        ("- first point about the budget for the coming year and more\n- second point about the tram line and more",
         ["- first point about the budget for the coming year and more", "- second point about the tram line and more"]),
    ],
    ids=["crlf", "invisible", "spaces", "hard-wrapped", "bullets-not-joined"],
)  # fmt: skip
def test_paragraphs(content: str, expected: list[str]) -> None:
    assert paragraphs(content) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [("three small words", 3), ("東京都は月曜日に発表した", 7), ("", 0)],
)
def test_words_counts_unspaced_scripts(text: str, count: int) -> None:
    assert words(text) == count


@pytest.mark.parametrize(
    ("line", "prose", "heading"),
    [
        ("The council approved the budget on Tuesday.", True, False),
        ("Most read", False, True),
        ("Share this article", False, True),
        ("市議会は火曜日に来年度の予算を承認した。", True, False),
        (
            "A very long line without any final punctuation that keeps going on and on about things",
            True,
            False,
        ),
    ],
)
def test_prose_and_headings(line: str, prose: bool, heading: bool) -> None:
    assert (is_prose(line), is_heading(line)) == (prose, heading)
