"""Cleaning: documents to articles, with everything removed kept and its reason.

HTML goes through trafilatura (`clean.html`), whose main text then meets the leftover
lexicon; plain text meets the lexicon, the rule of repetition, the line classifier
(`clean.lines`, which judges every line the rules leave) and the rules of position
(`clean.leftovers`). The classifier and the rules of position are for text that no parser
has structured: on trafilatura's output the position rules cost 0.005 to 0.009 F1 on the extraction benchmark, eating
lists and tables it rightly kept (benchmarks/extraction.py). Lines repeated across the
story's articles are judged together, so cleaning takes the whole batch at once. Two
documents with the same clean text (before the classifier, whose judgement of a line
depends on its neighbours) are one article: the later is reported as a duplicate.
Metadata given with an input (manifest, corpus record, feed) wins over metadata found in
the page, which wins over what the text says of itself.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from newsprism.clean.html import OUTSIDE, Meta, extract_page
from newsprism.clean.language import language_of
from newsprism.clean.leftovers import (
    Rule,
    byline,
    load_rules,
    mark_by_position,
    mark_by_rules,
    mark_repeated,
)
from newsprism.clean.lines import line_model
from newsprism.clean.outlet import outlet_named_in
from newsprism.clean.text import fold, headline, is_breadcrumb, is_heading, paragraphs, words
from newsprism.errors import InputError
from newsprism.model import Article, Document, InputReport, Removed
from newsprism.settings import Settings

__all__ = ["clean_documents"]

log = logging.getLogger("newsprism")

_BYLINE_WINDOW = 6  # bylines sit in the first lines of a text
_TITLE_WORDS = range(2, 26)
FURNITURE = "page furniture"  # the reason the line classifier gives
_TITLE_WINDOW = 3  # the headline is the first line, after at most a breadcrumb trail or two
# A draft sharing more than half its lines with others is a copy, not an article wearing
# its outlet's boilerplate: promos and footers are a few lines of an article, not half.
_MOSTLY_SHARED = 0.5


@dataclass(slots=True)
class Draft:
    doc: Document
    lines: list[str]
    reasons: list[str | None]
    ruled: list[str | None]  # what the lexicon's rules say of each line
    outside: list[str] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)
    copy_key: str = ""  # what a copy of it shares (`_copy_key`)
    headline: str | None = None  # the headline a plain text gives in its first lines (`_title`)


def clean_documents(
    docs: list[Document],
    settings: Settings,
    progress: Callable[[], None] | None = None,
    *,
    outside: bool = True,
) -> list[Article | InputReport]:
    """One outcome per document, in order: an article, or a report of why there is none;
    `progress` is called as each document is cleaned.

    `outside`: keep, among what cleaning removed, the text a page shows outside its
    article (menus, footers); a corpus, which keeps only the text, skips it."""
    rules = load_rules(settings.leftover_rules)
    drafts: list[Draft | InputReport] = []
    for doc in docs:
        drafts.append(_draft_or_report(doc, rules, outside))
        if progress:
            progress()
    ready = [d for d in drafts if isinstance(d, Draft)]
    _mark_across(ready)
    for draft in ready:
        draft.copy_key = _copy_key(draft)
    texts = [d for d in ready if d.doc.format == "text"]
    for draft, judged in zip(texts, line_model().furniture([(d.lines, d.ruled) for d in texts]), strict=True):
        _mark_furniture(draft, judged)
        mark_by_position(draft.lines, draft.reasons)
    return _articles(drafts, settings)


def _draft_or_report(doc: Document, rules: tuple[Rule, ...], outside: bool) -> Draft | InputReport:
    try:
        return _draft(doc, rules, outside)
    except InputError as exc:
        return InputReport(input=doc.input, status="failed", reason=exc.reason)
    except Exception as exc:  # a parser failing on one page fails that page only, not the run
        log.warning("cleaning %s failed", doc.input, exc_info=True)
        return InputReport(input=doc.input, status="failed", reason=f"cannot clean ({exc!r})")


def _draft(doc: Document, rules: tuple[Rule, ...], outside: bool) -> Draft:
    if doc.format == "html":
        page = extract_page(doc, outside)
        ruled = mark_by_rules(page.lines, rules)
        draft = Draft(doc, page.lines, list(ruled), ruled, page.outside)
        found = replace(page.meta, title=headline(page.meta.title))
    else:
        lines = paragraphs(doc.content)
        ruled = mark_by_rules(lines, rules)
        draft = Draft(doc, lines, list(ruled), ruled, headline=_title(lines))
        mark_repeated(draft.lines, draft.reasons)
        found = Meta(title=draft.headline)
    given = Meta(doc.title, doc.author, doc.published, doc.source, doc.url)
    _mark_breadcrumbs(draft)
    said = Meta(author=_mark_byline(draft), source=outlet_named_in(draft.lines))
    draft.meta = given.over(found).over(said)
    return draft


def _title(lines: list[str]) -> str | None:
    """The first line of a plain text that reads as a headline, among the first few (a
    breadcrumb trail may come before it)."""
    for line in lines[:_TITLE_WINDOW] if len(lines) > 1 else []:
        if is_breadcrumb(line):
            continue
        first = headline(line)
        if first and words(first) in _TITLE_WORDS and not first.endswith(".") and first[0].isalnum():
            return first
        return None
    return None


def _mark_breadcrumbs(draft: Draft) -> None:
    """Mark the trails of links among the first lines ("Home › News › World") as removed."""
    for i, line in enumerate(draft.lines[:_TITLE_WINDOW]):
        if draft.reasons[i] is None and is_breadcrumb(line):
            draft.reasons[i] = "breadcrumb trail"


def _mark_furniture(draft: Draft, judged: list[float | None]) -> None:
    """The lines the line classifier (`clean.lines`) judged page furniture, removed, beside
    those the rules removed (a lexicon rule is also one of its features). The headline
    stays: the classifier learned from article bodies, which have none."""
    lines, reasons = draft.lines, draft.reasons
    found = draft.headline
    title = {i for i, line in enumerate(lines[:_TITLE_WINDOW]) if found and headline(line) == found}
    for i, p in enumerate(judged):
        if p is not None and reasons[i] is None and i not in title:
            reasons[i] = f"{FURNITURE} (line classifier: article probability {p:.2f})"


def _mark_byline(draft: Draft) -> str | None:
    """Mark the bylines in the first lines as removed; the author the first one names."""
    author = None
    for i, line in enumerate(draft.lines[:_BYLINE_WINDOW]):
        name = byline(line)
        if name and draft.reasons[i] is None:
            draft.reasons[i] = "byline"
            author = author or name
    return author


def _mark_across(drafts: list[Draft]) -> None:
    """Lines standing in several articles: all of an outlet's, or heading-like ones.

    An outlet's boilerplate is what its *different* articles share. A draft most of whose
    lines stand elsewhere too is a copy (a duplicate, a re-post, a wire story run twice):
    its lines are its content, so it is left to the duplicate check.
    """
    holders: dict[str, list[Draft]] = defaultdict(list)
    for draft in drafts:
        for key in {fold(x) for x, r in zip(draft.lines, draft.reasons, strict=True) if r is None}:
            holders[key].append(draft)
    for draft in drafts:
        kept = [i for i, r in enumerate(draft.reasons) if r is None]
        shared = [i for i in kept if len(holders[fold(draft.lines[i])]) > 1]
        if len(shared) > _MOSTLY_SHARED * len(kept):
            continue
        for i in shared:
            sources = {d.meta.source for d in holders[fold(draft.lines[i])]}
            if is_heading(draft.lines[i]) or (len(sources) == 1 and None not in sources):
                draft.reasons[i] = "repeated across articles"


def _articles(drafts: list[Draft | InputReport], settings: Settings) -> list[Article | InputReport]:
    out: list[Article | InputReport] = []
    seen: dict[str, str] = {}
    for draft in drafts:
        if isinstance(draft, InputReport):
            out.append(draft)
            continue
        text = "\n\n".join(x for x, r in zip(draft.lines, draft.reasons, strict=True) if r is None)
        name = draft.doc.input
        if words(text) < settings.min_article_words:
            reason = (
                f"no article text found ({words(text)} words left after cleaning;"
                f" setting min_article_words is {settings.min_article_words})"
            )
            out.append(InputReport(input=name, status="failed", reason=reason))
        elif draft.copy_key in seen:
            reason = f"duplicate: same clean text as {seen[draft.copy_key]}"
            out.append(InputReport(input=name, status="skipped", reason=reason))
        else:
            seen[draft.copy_key] = name
            out.append(_article(draft, text, f"a{len(seen)}"))
    return out


def _copy_key(draft: Draft) -> str:
    """What two copies of one text share: its lines kept by the rules of the lexicon and of
    repetition, before the line classifier and the rules of position, whose judgement of a
    line depends on the lines around it (a copy under a new headline may differ there)."""
    return fold("\n".join(x for x, r in zip(draft.lines, draft.reasons, strict=True) if r is None))


def _article(draft: Draft, text: str, article_id: str) -> Article:
    removed = [
        Removed(text=line, reason=reason)
        for line, reason in zip(draft.lines, draft.reasons, strict=True)
        if reason is not None
    ]
    removed += [Removed(text=line, reason=OUTSIDE) for line in draft.outside]
    meta = draft.meta
    language = language_of(text)
    return Article(
        id=article_id,
        path=draft.doc.input,
        source=meta.source,
        url=meta.url,
        title=meta.title,
        published=meta.published,
        author=meta.author,
        text=text,
        language=language.code if language else None,
        language_probability=language.probability if language else None,
        removed=removed,
    )
