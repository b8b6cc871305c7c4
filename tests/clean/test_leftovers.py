from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.clean.leftovers import (
    byline,
    load_rules,
    mark_by_position,
    mark_by_rules,
    mark_repeated,
)
from newsprism.errors import SettingsError

RULES = load_rules()
BODY = [
    "The Orlow city council voted on Tuesday to close the old ferry terminal by the end of the year.",
    "Councillor Mira Dane said the decision followed two years of falling passenger numbers.",
    "Residents of the harbour district have collected 4,000 signatures against the closure.",
    "The ferry company said it would appeal against the decision in the regional court next month.",
]


def reason(line: str, position: str = "middle") -> str | None:
    """The reason a line is removed, placed in the middle or at the end of an article."""
    lines = [*BODY[:2], line, *BODY[2:]] if position == "middle" else [*BODY, line]
    return mark_by_rules(lines, RULES)[lines.index(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Scroll to Top", "navigation"),
        ("Skip to main content", "navigation"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Share this article", "share bar"),
        ("Facebook Twitter WhatsApp Email", "share bar"),
        ("12 comments", "share bar"),
        ("5 min read", "share bar"),
        ("Related: Orlow's ageing ferries", "related links"),
        ("Most read", "related links"),
        ("Tags: ferries, Orlow, council", "related links"),
        (
            "Sign up for our free daily newsletter and never miss a story.",
            "subscription or newsletter prompt",
        ),
        ("• Magazine delivered to your door", "subscription or newsletter prompt"),
        ("• Enjoy ad-free browsing on the website", "subscription or newsletter prompt"),
        ("Download our app for breaking news alerts", "subscription or newsletter prompt"),
        ("To read our policy on corrections, click here.", "subscription or newsletter prompt"),
        ("Already a subscriber? Log in", "subscription or newsletter prompt"),
        ("Photo: Ferry passengers on Monday. Credit: Ivo Sand/Reuters", "photo caption or credit"),
        ("The terminal in 2019. Pel Arno/Getty Images", "photo caption or credit"),
        ("Passengers wait at the pier (AP Photo/Lea Marsh)", "photo caption or credit"),
        ("We use cookies to improve your experience.", "legal or cookie notice"),
        ("© 2024 Orlow Media Group. All rights reserved.", "legal or cookie notice"),
        ("Privacy policy | Terms of use | Contact us", "legal or cookie notice"),
        ("Updated 3:45 PM, March 5, 2024", "timestamp"),
        ("About the author", "author bio"),
        ("Reporting by Lev Adair; editing by Nia Holm", "author bio"),
        ("Joan Tarr covers the harbour for the paper and has won two awards. ... Read more", "teaser"),
    ],
)
def test_leftovers_are_removed_with_their_reason(line: str, expected: str) -> None:
    assert reason(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Streaming services added 5 million subscriptions in the quarter, the company said.",
        "The council said it would share the costs with the regional government.",
        '"Share the burden," the mayor told the meeting, "or we all lose the ferry."',
        "Officials said readers who signed the petition would be contacted by email.",
        "Ana Kerr is a reporter for the Orlow Gazette based in the capital, police said, and was detained on Monday.",
        "The photo agency said its archive of 2 million images would be sold.",
        "The union said it had warned about cookies and pastries being sold without permits.",
        "Related talks between the two cities broke down in May.",
        "Comments made by the mayor last week angered residents.",
    ],
)
def test_sentences_that_merely_contain_the_words_are_kept(line: str) -> None:
    assert reason(line) is None


def test_a_bio_is_removed_only_near_the_end() -> None:
    bio = "Noor Pell is a city reporter for the Orlow Gazette covering transport and housing."
    assert reason(bio, "end") == "author bio"
    assert reason(bio, "middle") is None


def test_repeated_lines_are_all_removed_but_the_title_stays() -> None:
    lines = ["Ferry terminal to close", *BODY[:2], "Our journalism is funded by readers like you.",
             BODY[2], "Our journalism is funded by readers like you.", "Ferry terminal to close", BODY[3]]  # fmt: skip
    reasons: list[str | None] = [None] * len(lines)
    mark_repeated(lines, reasons)
    assert [i for i, r in enumerate(reasons) if r] == [3, 5, 6]


def test_headings_of_removed_sections_and_trailing_furniture() -> None:
    lines = ["Ferry terminal to close", *BODY[:2], "Picture of the day", "Photo: The pier. Credit: Ivo Sand/AFP",
             *BODY[2:], "Uncommon Words", "More from the desk", "Weekend edition"]  # fmt: skip
    reasons = mark_by_rules(lines, RULES)
    mark_by_position(lines, reasons)
    removed = {lines[i]: r for i, r in enumerate(reasons) if r}
    assert removed == {
        "Picture of the day": "heading of a removed section",
        "Photo: The pier. Credit: Ivo Sand/AFP": "photo caption or credit",
        "Uncommon Words": "trailing page furniture",
        "More from the desk": "trailing page furniture",
        "Weekend edition": "trailing page furniture",
    }
    assert reasons[0] is None, "the title is never a heading of a removed section"


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("Quenmore declined to comment.", True),
        ("Police are investigating.", True),
        ("More from the desk", False),
        ("Weekend Edition.", False),
        ("Share", False),
    ],
    ids=["declined-to-comment", "investigating", "no-full-stop", "no-word-in-lower-case", "one-word"],
)
def test_a_short_sentence_that_ends_an_article_is_kept(last: str, kept: bool) -> None:
    lines = [*BODY, last]
    reasons = mark_by_rules(lines, RULES)
    mark_by_position(lines, reasons)
    assert (reasons[-1] is None) is kept


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Marta Quill", "Marta Quill"),
        ("BY Ivo Brenner, Sunday 18 May 2024", "Ivo Brenner"),
        ("By Lev Adair and Nia Holm", "Lev Adair and Nia Holm"),
        ("By the time the ferry arrived, the pier was empty.", None),
        ("by far the largest protest", None),
    ],
)
def test_bylines(line: str, author: str | None) -> None:
    assert byline(line) == author


def test_users_can_add_rules(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[rule]]\nreason = "house promo"\nmatch = "line"\npatterns = ["read the orlow weekly.*"]\n'
    )
    lines = [*BODY, "Read the Orlow Weekly every Sunday"]
    assert mark_by_rules(lines, load_rules(extra))[-1] == "house promo"


def test_a_broken_rule_file_is_a_settings_error(tmp_path: Path) -> None:
    extra = tmp_path / "bad.toml"
    extra.write_text('[[rule]]\nreason = "x"\npatterns = ["(unclosed"]\n')
    with pytest.raises(SettingsError, match="bad leftover rule"):
        load_rules(extra)
