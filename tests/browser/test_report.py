"""The HTML report in a real browser: the seeds and a story the tests write. Slow."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from newsprism.pipeline import analyze
from newsprism.render.html import render_html
from tests.browser.conftest import screenshot
from tests.helpers import SHARED

pytestmark = pytest.mark.slow

HIGHLIGHT = "rgb(255, 241, 184)"  # the report's --hl colour on a followed claim

ORIGINAL = """Kestrel Mine flooded, 9 miners rescued

Nine miners were brought to the surface on Sunday after water flooded a tunnel at the Kestrel mine, the mine's operator said.

Rescue chief Ada Lorne said the pumps had been running for ten hours before the last miner was reached.

The mine, which employs 340 people, reopened in 2019 after a decade of closure.

Families waited at the gates through the night, wrapped in blankets handed out by volunteers.
"""
SECOND = """Nine rescued from flooded Kestrel mine

Rescuers pulled nine miners from a flooded tunnel at the Kestrel mine on Sunday, according to the operator.

Rescue chief Ada Lorne told reporters the pumps ran for ten hours before the last miner was brought out.

A union official, Pim Haas, said the tunnel had flooded twice before.

The regional safety inspectorate has opened an inquiry into the pumps and the drainage plan.

Shares in the operator fell four percent on Monday morning.
"""


def report_of(inputs: list[str | Path], folder: Path, name: str) -> Path:
    path = folder / f"{name}.html"
    path.write_text(render_html(analyze(inputs)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return report_of(sorted((SHARED / "seeds").glob("*.txt")), tmp_path_factory.mktemp("seeds"), "seeds")


@pytest.fixture(scope="module")
def mine_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mine")
    (folder / "first.txt").write_text(ORIGINAL, encoding="utf-8")
    (folder / "second.txt").write_text(SECOND, encoding="utf-8")
    return report_of([folder / "first.txt", folder / "second.txt"], folder, "mine")


def follow_first_citation(page: Page) -> None:
    citation = page.locator("#brief a.cite").first
    target = citation.get_attribute("href")
    assert target is not None
    citation.click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    claim = page.locator(target)
    expect(claim).to_be_in_viewport()
    assert claim.evaluate("e => getComputedStyle(e).backgroundColor") == HIGHLIGHT


@pytest.mark.parametrize("which", ["seeds_report", "mine_report"])
def test_a_citation_lands_on_its_highlighted_passage(
    page: Page, which: str, request: pytest.FixtureRequest
) -> None:
    report: Path = request.getfixturevalue(which)
    page.goto(report.as_uri())
    expect(page.locator("#brief li").first).to_be_visible()
    follow_first_citation(page)
    screenshot(page, f"report-{which}-citation")


def test_the_coverage_matrix_reads_by_outlet(page: Page, mine_report: Path) -> None:
    page.goto(mine_report.as_uri())
    header = page.locator("table.coverage thead th")
    expect(header).to_have_count(4)  # claim, status, two outlets
    rows = page.locator("table.coverage tbody tr")
    assert rows.count() >= 2
    statuses = rows.locator(".status").all_inner_texts()
    assert "corroborated" in statuses
    cells = rows.first.locator("td.independent")
    expect(cells).to_have_count(2)
    cells.first.locator("a").click()
    claim_id = page.url.rsplit("#", 1)[1]
    assert page.locator(f"#{claim_id}").evaluate("e => getComputedStyle(e).backgroundColor") == HIGHLIGHT
    page.goto(mine_report.as_uri())
    screenshot(page, "report-top")


def test_switching_to_an_article(page: Page, seeds_report: Path, browser: Browser) -> None:
    page.goto(seeds_report.as_uri())
    page.locator("#articles table a", has_text="a2").click()
    article = page.locator("article#a2")
    expect(article.locator("h2")).to_be_in_viewport()
    expect(article.locator(".quote").first).to_be_visible()
    expect(article.locator(".entity").first).to_be_visible()
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True).new_page()
    phone.goto(seeds_report.as_uri())
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    screenshot(phone, "report-phone")
    phone.context.close()
