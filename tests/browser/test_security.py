"""Hostile text in every field of a story, in the report and in the app: nothing runs,
everything shows as text. Slow."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from newsprism.model import Article, Claim, Entity, Framing, Group, Mention, Quote, Story
from newsprism.render.html import render_html
from newsprism.store import Store
from tests.browser.conftest import LiveApp
from tests.helpers import Server

pytestmark = pytest.mark.slow

PAYLOADS = [
    "<script>window.pwned = 1</script>",
    '<img src=x onerror="window.pwned = 2">',
    "</style><script>window.pwned = 3</script>",
    '"><svg onload="window.pwned = 4">',
    "javascript:window.pwned = 5",
]
HOSTILE = " ".join(PAYLOADS)


def hostile_story() -> Story:
    text = f"{HOSTILE}\n\nMayor {HOSTILE} said: “{HOSTILE}” and left."
    quote_start = text.index("“") + 1
    name_start = text.index("Mayor ") + len("Mayor ")
    return Story(
        articles=[
            Article(id="a1", path=HOSTILE, source=HOSTILE, title=HOSTILE, url="javascript:window.pwned = 6", author=HOSTILE, text=text),
            Article(id="a2", path="b.txt", source=f"Second {HOSTILE}", url=HOSTILE, text=text),
        ],
        entities=[Entity(id="e1", name=HOSTILE, type="PERSON", aliases=[HOSTILE], mentions=[Mention(article="a1", start=name_start, end=name_start + len(HOSTILE))])],
        quotes=[Quote(id="q1", article="a1", start=quote_start, end=quote_start + len(HOSTILE), text=HOSTILE, speaker="e1")],
        claims=[
            Claim(id="c1", article="a1", start=0, end=len(HOSTILE), text=HOSTILE, attribution=HOSTILE),
            Claim(id="c2", article="a2", start=0, end=len(HOSTILE), text=HOSTILE),
        ],
        groups=[Group(id="g1", claims=["c1", "c2"], status="corroborated", sources=[HOSTILE], independent=[HOSTILE])],
        framing=[Framing(article="a1", start=0, end=len(HOSTILE), text=HOSTILE, kind=HOSTILE, note=HOSTILE)],
        brief=[{"text": HOSTILE, "cites": ["c1", "c2"]}],  # type: ignore[list-item]
        contradictions=[{"a": "c1", "b": "c2", "reason": HOSTILE}],  # type: ignore[list-item]
    )  # fmt: skip


def assert_inert(page: Page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    assert page.evaluate("window.pwned") is None
    assert dialogs == []
    assert page.locator("script").count() == 0
    assert page.locator("img, svg[onload], [onerror], [onload]").count() == page.locator("svg.graph").count()
    for link in page.locator("a[href]").all():
        assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
    assert PAYLOADS[0] in page.locator("body").inner_text()


def test_the_report_runs_nothing(page: Page, tmp_path: Path) -> None:
    report = tmp_path / "hostile.html"
    report.write_text(render_html(hostile_story()), encoding="utf-8")
    page.goto(report.as_uri())
    assert_inert(page)
    page.locator("a.cite").first.click()
    assert_inert(page)


def test_the_app_runs_nothing(page: Page, live_app: LiveApp, tmp_path: Path) -> None:
    with Store(tmp_path / "app.db") as store:
        number = store.save(hostile_story())
    for path in ["/", f"/analyses/{number}", f"/analyses/{number}/articles/a1", "/search?q=window.pwned"]:
        page.goto(live_app.url + path)
        assert_inert(page)
    page.goto(live_app.url + "/search?q=" + "%3Cscript%3Ewindow.pwned%3D7%3C%2Fscript%3E")
    assert page.evaluate("window.pwned") is None


def test_an_outlet_name_that_reverses_text_reverses_nothing_after_it(page: Page, tmp_path: Path) -> None:
    text = "The pier reopened on Monday after repairs that took three weeks, the harbour office said."
    story = Story(
        articles=[
            Article(id="a1", path="a.txt", source="\u202eWire Coastal", text=text),
            Article(id="a2", path="b.txt", source="Herald", text=text),
        ],
        reuse=[{"from": "a2", "to": "a1", "shared": 1.0}],  # type: ignore[list-item]
    )
    report = tmp_path / "bidi.html"
    report.write_text(render_html(story), encoding="utf-8")
    page.goto(report.as_uri())
    item = page.locator("li", has_text="shares text with").first
    # The x of each letter of the words after the name, in reading order, must increase.
    lefts = item.evaluate(
        """li => {
            const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
            let node; while ((node = walker.nextNode()) && !node.data.includes("shares text with"));
            const start = node.data.indexOf("shares text with"), range = document.createRange(), xs = [];
            for (let i = start; i < start + "shares text with".length; i++) {
                if (node.data[i] === " ") continue;
                range.setStart(node, i); range.setEnd(node, i + 1);
                xs.push(range.getBoundingClientRect().left);
            }
            return xs;
        }"""
    )
    assert len(lefts) == 14
    assert lefts == sorted(lefts), "the words after the outlet's name read left to right"


def test_a_form_on_another_site_cannot_start_an_analysis(
    page: Page, live_app: LiveApp, server: Server
) -> None:
    form = (
        f'<form action="{live_app.url}/analyze" method="post" enctype="multipart/form-data">'
        '<textarea name="text">A story planted by another site.</textarea><button>Go</button></form>'
    )
    page.goto(server.add("/lure", form))
    page.get_by_role("button", name="Go").click()
    expect(page.locator("body")).to_contain_text(
        "refused: a request from another site (Sec-Fetch-Site: same-site)"
    )
    page.goto(live_app.url + "/")
    expect(page.get_by_text("No analysis saved yet")).to_be_visible()
