"""The story as one self-contained HTML page: no external requests, every text escaped."""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import urlsplit

from newsprism.clean.text import words
from newsprism.model import Story, story_title
from newsprism.render.bidi import isolated
from newsprism.render.report import Report


@cache
def environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("newsprism.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_contained,
    )
    env.filters["safe_url"] = safe_url
    env.filters["words"] = words
    env.filters["join_text"] = lambda pieces: "".join(p.text for p in pieces)
    return env


def _contained(value: Any) -> Any:
    """Every text a template shows, its bidi controls isolated (`bidi.isolated`); markup the
    templates made is left as it is, its texts having passed here."""
    if isinstance(value, str) and not hasattr(value, "__html__"):
        return isolated(value)
    return value


def safe_url(url: str | None) -> str | None:
    """The URL when it is a web address a reader may follow; None for anything else."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def render_html(story: Story, back: str | None = None) -> str:
    """The report page of a story; `back` links to a list of saved analyses (the web app's)."""
    report = Report(story)
    template = environment().get_template("story.html")
    return str(
        template.render(
            story=story,
            counts=story.counts(),
            title=story_title(story),
            report=report,
            coverage=report.coverage(),
            speakers=report.quotes_by_speaker(),
            timeline=report.timeline(),
            omissions=report.omissions(),
            back=back,
        )
    )
