"""The story's summary for a terminal: the article table and the one-line counts."""

from __future__ import annotations

import pytest
from rich.console import Console

from newsprism.model import Article, InputReport, Story
from newsprism.render.terminal import brief_lines, counts_line, findings_line, problem_lines, summary_table
from tests.render.stories import small_story


def shown(story: Story) -> list[list[str]]:
    console = Console(record=True, width=200, color_system=None)
    console.print(summary_table(story))
    rows = [line for line in console.export_text().splitlines() if line.startswith("│")]
    return [[cell.strip() for cell in row.strip("│").split("│")] for row in rows]


def test_the_table_has_a_row_for_each_article() -> None:
    assert shown(small_story()) == [
        ["a1", "Marrowby Gazette", "Sluice to close", "26", "3"],
        ["a2", "Kestrel Post", "The Pellow sluice would close on Monday, Orrin Velk said", "25", "0"],
        ["a3", "depot.example", "A tram depot in Marrowby reopened on Friday", "8", "0"],
    ]


def test_table_cells_are_text_not_markup() -> None:
    story = Story(
        articles=[Article(id="a1", path="x.txt", source="[bold]Brackwater[/bold]", text="One two.")]
    )
    assert shown(story) == [["a1", "[bold]Brackwater[/bold]", "One two", "2", "0"]]


def test_the_findings_line_counts_everything() -> None:
    story = small_story()
    story.contradictions[0] = story.contradictions[0].model_copy(update={"uncertain": True})
    assert findings_line(story) == (
        "1 entities, 3 quotes (2 with a speaker), 5 claims (2 attributed), 0 framing marks; "
        "claim groups: 1 corroborated, 1 contested, 1 single-source; 1 contradictions, "
        "1 reuse links, 1 off-story articles; 1 findings uncertain"
    )


def test_an_empty_story_counts_zero() -> None:
    assert findings_line(Story()) == (
        "0 entities, 0 quotes (0 with a speaker), 0 claims (0 attributed), 0 framing marks; "
        "claim groups: 0 corroborated, 0 contested, 0 single-source; 0 contradictions, "
        "0 reuse links, 0 off-story articles; 0 findings uncertain"
    )
    assert brief_lines(Story()) == []


def test_brief_lines_are_numbered_with_their_citations() -> None:
    assert brief_lines(small_story()) == [
        "1. Reported independently by Marrowby Gazette and Kestrel Post. [c1, c3]"
    ]


@pytest.mark.parametrize(
    ("statuses", "counts", "problems"),
    [
        ([], "0 ok, 0 skipped, 0 failed", []),
        (["ok", "ok"], "2 ok, 0 skipped, 0 failed", []),
        (["ok", "skipped", "failed", "failed"], "1 ok, 1 skipped, 2 failed",
         ["skipped: in1: why1", "failed: in2: why2", "failed: in3: why3"]),
    ],
)  # fmt: skip
def test_counts_and_problems_of_the_inputs(statuses: list[str], counts: str, problems: list[str]) -> None:
    reports = [
        InputReport(input=f"in{k}", status=s, reason=None if s == "ok" else f"why{k}")  # type: ignore[arg-type]
        for k, s in enumerate(statuses)
    ]
    assert counts_line(reports) == counts
    assert problem_lines(reports) == problems
