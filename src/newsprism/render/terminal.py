"""The story's summary for a terminal: a table of articles and the counts of inputs. Every
text from the inputs is shown `printable` (its control characters escaped)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsprism.clean.text import words
from newsprism.model import InputReport, Story, article_title, count_reports, outlet_names
from newsprism.render.bidi import printable


def summary_table(story: Story) -> Any:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(story.articles)} articles", title_justify="left")
    table.add_column("id")
    table.add_column("outlet")
    table.add_column("title", overflow="fold", max_width=60)
    table.add_column("words kept", justify="right")
    table.add_column("words removed", justify="right")
    outlet = outlet_names(story.articles)
    for a in story.articles:
        removed = sum(words(r.text) for r in a.removed)
        cells = (a.id, outlet[a.id], article_title(a), str(words(a.text)), str(removed))
        table.add_row(*(Text(printable(cell)) for cell in cells))
    return table


def findings_line(story: Story) -> str:
    speakers = sum(q.speaker is not None for q in story.quotes)
    attributed = sum(c.attribution is not None for c in story.claims)
    statuses = Counter(g.status for g in story.groups)
    statuses.update({"corroborated": 0, "contested": 0, "single_source": 0})
    uncertain = sum(g.uncertain for g in story.groups) + sum(x.uncertain for x in story.contradictions)
    uncertain += sum(r.uncertain for r in story.reuse)
    return (
        f"{len(story.entities)} entities, {len(story.quotes)} quotes ({speakers} with a speaker), "
        f"{len(story.claims)} claims ({attributed} attributed), {len(story.framing)} framing marks; "
        f"claim groups: {statuses['corroborated']} corroborated, {statuses['contested']} contested, "
        f"{statuses['single_source']} single-source; {len(story.contradictions)} contradictions, "
        f"{len(story.reuse)} reuse links, {len(story.off_story)} off-story articles; "
        f"{uncertain} findings uncertain"
    )


def brief_lines(story: Story) -> list[str]:
    return [
        printable(f"{k}. {item.text} [{', '.join(item.cites)}]")
        for k, item in enumerate(story.brief, start=1)
    ]


def minute(published: str | None) -> str:
    """A publication time in a narrow column: "2024-05-18 09:30" (its zone left to the document)."""
    return (published or "")[:16].replace("T", " ")


def counts_line(reports: list[InputReport]) -> str:
    counts = count_reports(reports)
    return f"{counts['ok']} ok, {counts['skipped']} skipped, {counts['failed']} failed"


def problem_lines(reports: list[InputReport]) -> list[str]:
    """A line for each input skipped or failed, and for each warning about one that was used."""
    lines = [f"{r.status}: {r.input}: {r.reason}" for r in reports if r.status != "ok"]
    lines += [f"warning: {r.input}: {w}" for r in reports for w in r.warnings]
    return [printable(line) for line in lines]
