from __future__ import annotations

import re

import pytest

from newsprism.model import Article, InputReport, Removed, Story
from newsprism.render.html import render_html, safe_url
from tests.render.stories import small_story

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"></style><a href="javascript:alert(3)">x</a>'


def hostile_story() -> Story:
    article = Article(
        id="a1", path=HOSTILE, source=HOSTILE, url="javascript:alert(4)", title=HOSTILE, author=HOSTILE,
        text=f"First paragraph {HOSTILE}\n\nSecond paragraph.", removed=[Removed(text=HOSTILE, reason=HOSTILE)],
    )  # fmt: skip
    report = InputReport(input=HOSTILE, status="failed", reason=HOSTILE)
    return Story(articles=[article], inputs=[InputReport(input="x", status="ok", article="a1"), report])


def test_every_field_is_escaped() -> None:
    html = render_html(hostile_story())
    assert "<script>" not in html
    assert "onerror=" not in html.replace("onerror=&#34;", "")
    assert 'href="javascript:' not in html
    assert html.count("&lt;script&gt;") >= 6
    assert html.count("</style>") == 1, "only the page's own style element closes"


def test_the_page_makes_no_external_requests() -> None:
    html = render_html(hostile_story())
    assert not re.search(r"""<(script|link|img|iframe)\b[^>]*\b(src|href)=["']?https?:""", html)
    assert "default-src 'none'" in html


@pytest.mark.parametrize(
    ("url", "safe"),
    [("https://paper.test/a", "https://paper.test/a"), ("http://x.test", "http://x.test"),
     ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("data:text/html,x", None), (None, None)],
)  # fmt: skip
def test_only_web_addresses_are_linked(url: str | None, safe: str | None) -> None:
    assert safe_url(url) == safe


def test_a_headline_that_opens_the_text_is_shown_once() -> None:
    article = Article(
        id="a1", path="p.txt", title="Ferry to close", text="Ferry to close\n\nThe ferry will close in May."
    )
    html = render_html(Story(articles=[article]))
    # the page's title, the story's heading, the articles table, the article's heading; not a paragraph
    assert html.count("Ferry to close") == 4
    assert "<p>Ferry to close</p>" not in html


def test_an_uncertain_finding_is_marked_and_a_sure_one_gives_its_confidence() -> None:
    story = small_story()
    story.contradictions[0] = story.contradictions[0].model_copy(
        update={"confidence": 0.31, "uncertain": True}
    )
    story.reuse[0] = story.reuse[0].model_copy(update={"confidence": 0.97})
    html = render_html(story)
    assert 'class="confidence uncertain"' in html
    assert "uncertain: confidence 0.31" in html
    assert "confidence 0.97" in html
    assert "uncertain: confidence 0.97" not in html
