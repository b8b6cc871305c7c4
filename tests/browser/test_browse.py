"""Browsing the saved analyses in a real browser, as a researcher would: entities across
analyses, outlets with what they reused and left out, claim and quote search, every list
exported as CSV and JSON, an analysis renamed and deleted. Slow."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

import newsprism
from newsprism.store import Store
from tests.browser.conftest import LiveApp, screenshot
from tests.helpers import ROOT

pytestmark = pytest.mark.slow

EXAMPLE = ROOT / "examples" / "footbridge"
DUNMORE = ROOT / "tests" / "data" / "dunmore"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("browse") / "analyses.db"
    with Store(db) as s:
        s.save(newsprism.analyze([EXAMPLE / "articles"], manifest=EXAMPLE / "manifest.csv"))
        s.save(newsprism.analyze([DUNMORE], manifest=ROOT / "tests" / "data" / "dunmore.manifest.csv"))
    return db


@pytest.fixture
def app(store: Path, tmp_path: Path) -> Iterator[LiveApp]:
    copy = tmp_path / "analyses.db"
    with Store(store) as s:
        s.db.execute(f"VACUUM INTO '{copy}'")
    with LiveApp(copy) as live:
        yield live


def test_an_entity_page_shows_every_mention_across_outlets(page: Page, app: LiveApp) -> None:
    page.goto(app.url + "/")
    page.get_by_role("link", name="Entities").click()
    page.get_by_label("Names containing").fill("vasquez")
    page.get_by_role("button", name="Filter").click()
    rows = page.locator("table.entities tbody tr")
    expect(rows).to_have_count(1)
    screenshot(page, "app-entities")
    rows.first.get_by_role("link").click()
    expect(page.locator("h1")).to_have_text("Mayor Elena Vasquez")
    mentions = page.locator("ul.mentions li")
    expect(mentions.first).to_be_visible()
    outlets = {text.split(" ")[0] for text in page.locator("ul.mentions li .who").all_inner_texts()}
    assert len(outlets) >= 2  # named by more than one outlet
    expect(page.locator("ul.mentions mark").first).to_contain_text("Vasquez")
    screenshot(page, "app-entity")


def test_an_outlet_page_lists_its_articles_what_it_reused_and_left_out(page: Page, app: LiveApp) -> None:
    page.goto(app.url + "/outlets")
    expect(page.locator("table.outlets tbody tr")).to_have_count(8)  # four outlets in each story
    screenshot(page, "app-outlets")
    page.get_by_role("link", name="Harbour Daily").click()
    row = page.locator("table.articles tbody tr")
    expect(row).to_have_count(1)
    expect(row.first).to_contain_text("Coastline Wire (")  # the wire it rewrites
    expect(row.first).to_contain_text("17 May 2024, 23:05 UTC")
    screenshot(page, "app-outlet")


def test_claims_and_quotes_are_searched_with_their_analysis_named(page: Page, app: LiveApp) -> None:
    page.goto(app.url + "/")
    page.get_by_placeholder("Search").fill("hospital")
    page.get_by_label("search in").select_option("claim")
    page.get_by_role("button", name="Search").click()
    hits = page.locator("ul.hits li")
    expect(hits.first).to_contain_text("Bridge collapse: what we know so far")
    assert "claim" in page.locator("p.counts").inner_text()
    screenshot(page, "app-search-claims")
    hits.first.get_by_role("link").first.click()
    expect(page.locator(".claim:target")).to_be_visible()


def test_every_list_exports_as_csv_and_json(app: LiveApp) -> None:
    for path in ("/", "/entities", "/outlets", "/outlets/Harbour%20Daily", "/search?q=water&in=quote",
                 "/entities/Mayor%20Elena%20Vasquez"):  # fmt: skip
        sep = "&" if "?" in path else "?"
        as_csv = httpx.get(f"{app.url}{path}{sep}format=csv")
        as_json = httpx.get(f"{app.url}{path}{sep}format=json")
        assert as_csv.headers["content-type"].startswith("text/csv"), path
        assert "attachment" in as_csv.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(as_csv.text)))
        assert rows == [{k: _flat(v) for k, v in row.items()} for row in as_json.json()], path


def _flat(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return "" if value is None else str(value)


def test_an_analysis_is_renamed_then_deleted(page: Page, app: LiveApp) -> None:
    page.goto(app.url + "/")
    page.get_by_role("link", name="rename or delete Bridge collapse: what we know so far").click()
    page.get_by_label("Title").fill("Port Almira footbridge, May 2024")
    screenshot(page, "app-edit")
    page.get_by_role("button", name="Rename").click()
    expect(page.locator("table.analyses")).to_contain_text("Port Almira footbridge, May 2024")
    page.get_by_role("link", name="rename or delete Port Almira footbridge, May 2024").click()
    page.get_by_role("button", name="Delete this analysis").click()
    expect(page.locator("table.analyses tbody tr")).to_have_count(1)
    assert json.loads(httpx.get(app.url + "/api/search?q=Larkmoor").text) == []
