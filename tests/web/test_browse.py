"""The browsing pages' exports and their forms, through the app over a store the test fills."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from newsprism.store import Hit
from newsprism.web.browse import as_rows, columns, csv_text
from tests.web.test_app import make_app


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://x.test")', '\'=HYPERLINK("http://x.test")'),
        ("+1 and more", "'+1 and more"),
        ("-5 degrees", "'-5 degrees"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Plain words", "Plain words"),
        ("  =1+2", "'  =1+2"),
        ("＝SUM(A1)", "'＝SUM(A1)"),
        ("a = b", "a = b"),
    ],
)
def test_a_csv_cell_never_runs_as_a_formula(text: str, cell: str) -> None:
    hit = Hit(analysis=1, analysis_title="T", article="a1", title=text, excerpt="e")
    [row] = csv.DictReader(io.StringIO(csv_text(as_rows([hit]), columns(Hit))))
    assert row["title"] == cell


def test_an_empty_list_exports_its_header() -> None:
    assert csv_text([], columns(Hit)) == "analysis,analysis_title,kind,id,article,title,excerpt\n"


def test_rename_and_delete_through_the_app(tmp_path: Path) -> None:
    app, number = make_app(tmp_path)
    with app:
        assert app.get(f"/analyses/{number}/edit").status_code == 200
        renamed = app.post(
            f"/analyses/{number}/rename", data={"title": "  Tallis   pier  "}, follow_redirects=False
        )
        assert (renamed.status_code, renamed.headers["location"]) == (303, "/")
        assert app.get("/api/analyses").json()[0]["title"] == "Tallis pier"
        assert app.post(f"/analyses/{number}/rename", data={"title": " "}).status_code == 400
        assert app.post(f"/analyses/{number}/rename", data={"title": "x" * 301}).status_code == 400
        assert app.post(f"/analyses/{number}/delete", follow_redirects=False).status_code == 303
        assert app.get("/api/analyses").json() == []
        for gone in (
            f"/analyses/{number}/edit",
            "/entities/Odile%20Brenn",
            "/outlets/Island%20Courier",
            "/outlets/unknown%20outlet%20(a1)",
        ):
            response = app.get(gone)
            assert response.status_code == 404, gone
            assert response.headers["content-type"].startswith("text/html")
        assert app.post(f"/analyses/{number}/delete").status_code == 404


def test_a_delete_from_another_site_is_refused(tmp_path: Path) -> None:
    app, number = make_app(tmp_path)
    with app:
        response = app.post(
            f"/analyses/{number}/delete",
            headers={"Origin": "https://elsewhere.test", "Sec-Fetch-Site": "cross-site"},
        )
        assert response.status_code == 403
        assert len(app.get("/api/analyses").json()) == 1
