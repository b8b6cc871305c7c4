"""Titles and outlet labels: a headline, never a breadcrumb trail, a bullet or a file path;
an article of unknown outlet named as such by its id."""

from __future__ import annotations

import pytest

from newsprism.clean import clean_documents
from newsprism.clean.text import headline, is_breadcrumb
from newsprism.model import Article, Document, article_title, is_unknown_outlet, outlet_names
from newsprism.settings import Settings
from tests.helpers import article_text


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Ferry to Orlow stops for the winter", "Ferry to Orlow stops for the winter"),
        ("- Ferry to Orlow stops for the winter", "Ferry to Orlow stops for the winter"),
        ("• Ferry to Orlow stops", "Ferry to Orlow stops"),
        ("Ferry to Orlow stops |", "Ferry to Orlow stops"),
        ("Home › News › Orlow", None),
        ("Home > Local > Ferry to Orlow stops for the winter", None),
        ("Start » Region » Coast » Ferry halts", None),
        ("Ferry / tram plan approved in Orlow", "Ferry / tram plan approved in Orlow"),
        ("Orlow votes: ferry › tram", "Orlow votes: ferry › tram"),
        ("Ferry halts | Coast news | The Orlow Post", "Ferry halts | Coast news | The Orlow Post"),
        ("", None),
        (None, None),
    ],
)
def test_headline(line: str | None, title: str | None) -> None:
    assert headline(line) == title


@pytest.mark.parametrize(
    ("line", "crumb"),
    [
        ("Home › News › Orlow", True),
        ("News / Coast / Orlow ferry", True),
        ("Home » Coast » Orlow ferry halted for the winter after the vote", True),
        ("Orlow › Tessel", False),
        ("ORLOW | Tessel Wire | The council voted on Tuesday to halt the ferry for the winter.", False),
        ("Ferry halts | Coast news | The Orlow Post", False),
        ("News / Coast / The council voted on Tuesday to halt the ferry for the whole winter", False),
    ],
)
def test_breadcrumb(line: str, crumb: bool) -> None:
    assert is_breadcrumb(line) is crumb


def cleaned(content: str, **given: str) -> Article:
    doc = Document(input="/tmp/stories/0042_ab12.txt", content=content, format="text", **given)
    [article] = clean_documents([doc], Settings())
    assert isinstance(article, Article)
    return article


def test_a_breadcrumb_before_the_headline_is_removed_and_the_headline_is_the_title() -> None:
    article = cleaned("Home › News › Coast\n\nOrlow ferry halted for winter\n\n" + article_text())
    assert article.title == "Orlow ferry halted for winter"
    assert ("Home › News › Coast", "breadcrumb trail") in [(r.text, r.reason) for r in article.removed]
    assert "Home ›" not in article.text


def test_a_bulleted_summary_is_no_title_and_the_shown_title_is_the_first_words() -> None:
    bullets = (
        "- The Orlow ferry stops on Friday for the winter after the council vote.\n- Residents object.\n"
    )
    article = cleaned(bullets + "\n" + article_text())
    assert article.title is None
    assert article_title(article) == "The Orlow ferry stops on Friday for the winter after the council…"


@pytest.mark.parametrize(
    ("title", "text", "shown"),
    [
        ("Ferry halted", "Anything.", "Ferry halted"),
        (None, "The ferry stopped. Then the tram.", "The ferry stopped"),
        (None, "- Short bullet line", "Short bullet line"),
        (None, "* * *\n\nThe ferry stopped.", "The ferry stopped"),
        (None, "***", "(untitled)"),
        (None, "Crews left the U.S.", "Crews left the U.S."),
        (None, "渡" * 300, "渡" * 120 + "…"),
        (None, "One two three four five six seven eight nine ten eleven twelve thirteen", "One two three four five six seven eight nine ten eleven twelve…"),
    ],
)  # fmt: skip
def test_article_title_is_never_a_path(title: str | None, text: str, shown: str) -> None:
    article = Article(id="a1", path="/data/0042_ab12.txt", title=title, text=text)
    assert article_title(article) == shown


def test_an_unknown_outlet_is_named_by_its_article_not_its_file() -> None:
    articles = [
        Article(id="a1", path="/data/0042_ab12.txt", text="x"),
        Article(id="a2", path="b.txt", source="Tessel News", text="y"),
        Article(id="a3", path="c.txt", url="https://www.orlow-post.example/x", text="z"),
    ]
    names = outlet_names(articles)
    assert names == {"a1": "unknown outlet (a1)", "a2": "Tessel News", "a3": "www.orlow-post.example"}
    assert [is_unknown_outlet(n) for n in names.values()] == [True, False, False]
