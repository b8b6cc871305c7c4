"""The web app in a real browser: analyse a story from uploaded files and find the analysis
listed. Slow."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import LiveApp, screenshot
from tests.helpers import ROOT

pytestmark = pytest.mark.slow

EXAMPLE = ROOT / "examples" / "footbridge" / "articles"


def test_a_story_analysed_from_uploaded_files_is_listed_as_an_analysis(page: Page, live_app: LiveApp) -> None:
    page.goto(live_app.url + "/")
    expect(page.get_by_text("No analysis saved yet")).to_be_visible()
    page.get_by_role("link", name="Analyse a new story").click()
    page.locator("#files").set_input_files(
        [EXAMPLE / "coastline-wire.txt", EXAMPLE / "southbank-observer.txt"]
    )
    screenshot(page, "app-new")
    page.get_by_role("button", name="Analyse").click()
    expect(page).to_have_url(re.compile(r"/jobs/\w+$"))
    expect(page).to_have_url(re.compile(r"/analyses/\d+$"), timeout=120_000)
    expect(page.locator("#brief li").first).to_be_visible()
    screenshot(page, "app-story")
    page.get_by_role("link", name="← all analyses").click()
    row = page.locator("table.analyses tbody tr")
    expect(row).to_have_count(1)
    expect(row.first).to_contain_text("Coastline Wire")
    screenshot(page, "app-analyses")
    page.get_by_placeholder("Search").fill("Larkmoor canal")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("main ul li")).to_have_count(2)
    page.locator("main ul li a").first.click()
    expect(page.locator("article h2")).to_be_visible()
