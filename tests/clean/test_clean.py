from __future__ import annotations

from pathlib import Path

from newsprism.clean import clean_documents
from newsprism.model import Article, Document, InputReport
from newsprism.settings import Settings
from tests.helpers import article_paragraphs, article_text

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def clean(*docs: Document, **settings: object) -> list[Article | InputReport]:
    return clean_documents(list(docs), Settings(**settings))  # type: ignore[arg-type]


def page(name: str) -> Document:
    return Document(input=name, content=(PAGES / name).read_text(encoding="utf-8"), format="html")


def text(name: str, content: str, source: str | None = None) -> Document:
    return Document(input=name, content=content, format="text", source=source)


def test_an_html_page_gives_its_article_and_metadata() -> None:
    [article] = clean(page("tessel-news-ferry.html"))
    assert isinstance(article, Article)
    for wanted in ("The Orlow city council voted on Tuesday", '"We kept it open as long as we could," Dane said.',
                   "served by a private water taxi from January"):  # fmt: skip
        assert wanted in article.text
    for unwanted in ("cookies", "Most read", "Storm damages harbour wall", "Sign up", "Privacy policy",
                     "All rights reserved", "Disgraceful decision", "Share on Facebook", "window.dataLayer"):  # fmt: skip
        assert unwanted not in article.text
    assert (article.source, article.author, article.published) == (
        "Tessel News",
        "Lea Marsh",
        "2024-03-05T08:00:00+00:00",
    )
    assert article.title == "Orlow ferry terminal to close after 60 years"
    assert article.url == "https://tessel-news.test/local/orlow-ferry-terminal"
    removed = {r.text for r in article.removed}
    assert "Storm damages harbour wall" in removed
    assert "Accept all cookies" in removed


def test_a_page_with_no_article_fails() -> None:
    [report] = clean(page("tessel-news-index.html"))
    assert isinstance(report, InputReport)
    assert report.status == "failed"
    assert "no article text" in str(report.reason)


def test_a_short_text_fails_with_the_setting_named() -> None:
    [report] = clean(text("short.txt", "Too short to be an article."))
    assert isinstance(report, InputReport)
    assert "min_article_words" in str(report.reason)
    [ok] = clean(text("short.txt", "Too short to be an article."), min_article_words=3)
    assert isinstance(ok, Article)


def test_plain_text_leftovers_are_removed_and_listed() -> None:
    content = "\n\n".join([
        "Orlow ferry terminal to close", "By Lea Marsh", article_text(), "Share this article",
        "Facebook Twitter Email", article_text("the island water taxi"), "Sign up for our free daily newsletter.",
        "Advertisement", "Scroll to Top",
    ])  # fmt: skip
    [article] = clean(text("ferry.txt", content))
    assert isinstance(article, Article)
    assert article.title == "Orlow ferry terminal to close"
    assert article.author == "Lea Marsh"
    assert article.text.startswith("Orlow ferry terminal to close\n\nOfficials in Corvale")
    assert article.text.endswith("regional audit office.")
    assert [r.reason for r in article.removed] == [
        "byline", "share bar", "share bar", "subscription or newsletter prompt", "advertisement", "navigation"]  # fmt: skip


def test_an_outlets_repeated_lines_go_but_shared_prose_of_different_outlets_stays() -> None:
    promo = "Tessel News is committed to telling the island's stories."
    wire = "The ferry company said it would appeal against the decision in the regional court next month."
    one = text("one.txt", f"{article_paragraphs('the pier')}\n{wire}\n{promo}", source="Tessel News")
    two = text("two.txt", f"{article_paragraphs('the tram depot')}\n{promo}", source="Tessel News")
    three = text("three.txt", f"{article_paragraphs('the school')}\n{wire}", source="Orlow Gazette")
    a, b, c = clean(one, two, three)
    assert isinstance(a, Article)
    assert isinstance(b, Article)
    assert isinstance(c, Article)
    assert promo not in a.text
    assert promo not in b.text
    assert wire in a.text
    assert wire in c.text
    assert any(r.reason == "repeated across articles" for r in a.removed)


def test_copies_from_one_outlet_keep_their_text() -> None:
    body = article_paragraphs("the pier") + "\nTessel News could not independently verify the figures."
    first, second = clean(text("first.txt", body), text("repost.txt", "Updated: new headline\n" + body))
    assert isinstance(first, Article)
    assert first.source == "Tessel News"
    assert isinstance(second, InputReport)
    assert second.status == "skipped"


def test_identical_clean_text_is_a_duplicate() -> None:
    body = article_text()
    first, second = clean(text("first.txt", body), text("copy.txt", body + "\n\nAdvertisement"))
    assert isinstance(first, Article)
    assert first.id == "a1"
    assert isinstance(second, InputReport)
    assert second.status == "skipped"
    assert second.reason == "duplicate: same clean text as first.txt"


def test_metadata_given_with_the_input_wins() -> None:
    doc = page("tessel-news-ferry.html")
    given = Document(
        input=doc.input,
        content=doc.content,
        format="html",
        source="Tessel News Online",
        published="2024-03-06",
    )
    [article] = clean(given)
    assert isinstance(article, Article)
    assert (article.source, article.published, article.author) == (
        "Tessel News Online",
        "2024-03-06",
        "Lea Marsh",
    )
