"""The story as one self-contained HTML page: no external requests, every text escaped."""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import urlsplit

from newsprism.clean.text import words
from newsprism.model import Story


@cache
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("newsprism.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["words"] = words
    return env


def safe_url(url: str | None) -> str | None:
    """The URL when it is a web address a reader may follow; None for anything else."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def render_html(story: Story) -> str:
    template = _environment().get_template("story.html")
    return str(template.render(story=story, counts=story.counts()))
