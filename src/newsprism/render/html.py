"""The story as one self-contained HTML page: no external requests, every text escaped."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from newsprism.clean.text import words
from newsprism.model import Story, article_title, is_unknown_outlet, story_title
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
    env.filters["outlet"] = outlet
    env.filters["title_of"] = article_title
    env.filters["when"] = when
    env.tests["unknown_outlet"] = is_unknown_outlet
    return env


def outlet(name: str) -> Any:
    """An outlet's name as a page shows it; one standing for an article of unknown outlet
    marked as such, with what it means on hover."""
    from markupsafe import Markup

    if not is_unknown_outlet(name):
        return name
    return Markup('<span class="unknown" title="{}">{}</span>').format(_UNKNOWN_NOTE, isolated(name))


_UNKNOWN_NOTE = "the outlet of this article is not known; it counts as an outlet of its own"


def when(published: str | None) -> str:
    """A publication date or time as a reader writes it: "7 March 2023", "7 March 2023,
    09:30", with its zone when it has one ("09:30 UTC+01:00")."""
    try:
        moment = datetime.fromisoformat(published) if published else None
    except ValueError:
        return published or ""
    if moment is None or published is None:
        return ""
    day = f"{moment.day} {moment:%B %Y}"
    if len(published) <= len("2024-05-18"):
        return day
    offset = moment.utcoffset()
    zone = "" if offset is None else f" {_zone(offset)}"
    return f"{day}, {moment:%H:%M}{zone}"


def _contained(value: Any) -> Any:
    """Every text a template shows, its bidi controls isolated (`bidi.isolated`); markup the
    templates made is left as it is, its texts having passed here."""
    if isinstance(value, str) and not hasattr(value, "__html__"):
        return isolated(value)
    return value


def _zone(offset: timedelta) -> str:
    if not offset:
        return "UTC"
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if offset.total_seconds() > 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def safe_url(url: str | None) -> str | None:
    """The URL when it is a web address a reader may follow; None for anything else."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def render_html(story: Story, back: str | None = None, title: str | None = None) -> str:
    """The report page of a story; `back` links to a list of saved analyses (the web app's);
    `title`, one the user gave it, else its first article's."""
    report = Report(story)
    template = environment().get_template("story.html")
    return str(
        template.render(
            story=story,
            counts=story.counts(),
            title=title or story_title(story),
            report=report,
            coverage=report.coverage(),
            speakers=report.quotes_by_speaker(),
            timeline=report.timeline(),
            omissions=report.omissions(),
            back=back,
        )
    )
