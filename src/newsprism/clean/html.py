"""HTML pages to main text and metadata, with trafilatura.

Settings chosen on the public extraction benchmark (../shared/bench/extraction, 181
pages, shingle F1 by benchmarks/extraction.py): comments excluded and precision
favoured gave the best F1 of the options tried (0.964, against 0.953 for the defaults).
What the page shows outside the main text is listed as removed.
"""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass
from typing import Any

from newsprism.clean.text import fold, paragraphs
from newsprism.errors import InputError
from newsprism.ingest.dates import read_date
from newsprism.ingest.meta import outlet_name, text_or_none
from newsprism.model import Document

OUTSIDE = "outside the main text"
# The publication time as the page gives it (htmldate, through trafilatura): the original
# date before an update's, to the second. htmldate writes a date without a time as
# midnight, so a midnight without a zone is read as a date alone.
_DATES = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True}
_UNTIMED = "T00:00:00"
# Characters no XML text may hold (controls but tab and line breaks), raw or as character
# references: lxml refuses to set text holding one, so a page with one is read without it.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|7f)|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|127));",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Meta:
    """What is known of an article beside its text."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None

    def over(self, other: Meta) -> Meta:
        """This metadata, with `other` filling what it lacks."""
        return Meta(*(mine or theirs for mine, theirs in zip(astuple(self), astuple(other), strict=True)))


@dataclass(frozen=True, slots=True)
class Page:
    lines: list[str]
    outside: list[str]
    meta: Meta


def extract_page(doc: Document, outside: bool = True) -> Page:
    """The article's lines and metadata; with `outside`, the page's other text too."""
    import trafilatura
    from trafilatura.settings import Document as Extracted

    content = _CONTROL.sub(" ", doc.content)
    result = trafilatura.bare_extraction(
        content,
        url=doc.url,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        date_extraction_params=_DATES,
    )
    if not isinstance(result, Extracted) or not (result.text or "").strip():
        raise InputError("no article text found in the page")
    lines = paragraphs(result.text or "")
    kept = {fold(line) for line in lines}
    shown = page_lines(content) if outside else []
    meta = Meta(
        title=text_or_none(result.title),
        author=text_or_none(result.author),
        published=_published(result.date),
        source=outlet_name(result.sitename),
        url=text_or_none(result.url),
    )
    return Page(lines=lines, outside=list(dict.fromkeys(x for x in shown if fold(x) not in kept)), meta=meta)


def _published(found: str | None) -> str | None:
    if not found:
        return None
    return read_date(found.removesuffix(_UNTIMED)).iso


_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "button", "caption", "dd", "details",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "label", "legend", "li", "main", "nav", "ol", "option",
    "p", "pre", "section", "select", "summary", "table", "td", "th", "tr", "ul",
}  # fmt: skip


def page_lines(html: str) -> list[str]:
    """Everything a page shows as text, one block a line, as a scraper would save it."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.document_fromstring(_CONTROL.sub(" ", html))
    except (ParserError, ValueError):
        return []
    for element in root.xpath("|".join(f"//{tag}" for tag in _INVISIBLE_TAGS)):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            _break_around(element)
    return paragraphs(root.text_content())


def _break_around(element: Any) -> None:
    element.text = "\n" + (element.text or "")
    element.tail = "\n" + (element.tail or "")
