"""The web app over a store the tests fill: pages, the JSON API, limits, errors; the API
fuzzed with schemathesis against its OpenAPI schema."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient

from newsprism.model import Article, Claim, Entity, Group, Mention, Quote, Story
from newsprism.settings import Settings
from newsprism.store import Store
from newsprism.web.app import MAX_FILES, create_app

TEXT = (
    "Ferry services to Tallis Island stopped on Friday after a storm damaged the pier.\n\n"
    '"We will reopen the pier within a week," harbour master Odile Brenn said.'
)


def saved_story() -> Story:
    quote_start = TEXT.index("We will")
    quote = TEXT[quote_start : TEXT.index(',"')]
    return Story(
        articles=[Article(id="a1", path="tallis.txt", source="Island Courier", title="Tallis ferries stop", text=TEXT)],
        entities=[Entity(id="e1", name="Odile Brenn", type="PERSON", mentions=[Mention(article="a1", start=TEXT.index("Odile"), end=TEXT.index(" said"))])],
        quotes=[Quote(id="q1", article="a1", start=quote_start, end=quote_start + len(quote), text=quote, speaker="e1")],
        claims=[Claim(id="c1", article="a1", start=0, end=TEXT.index("\n"), text=TEXT[: TEXT.index("\n")])],
        groups=[Group(id="g1", claims=["c1"], status="single_source", sources=["Island Courier"])],
    )  # fmt: skip


def make_app(folder: Path, **settings: object) -> tuple[TestClient, int]:
    db = folder / "analyses.db"
    with Store(db) as store:
        number = store.save(saved_story())
    return TestClient(create_app(db, Settings(**settings))), number  # type: ignore[arg-type]


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app, _ = make_app(tmp_path)
    with app:
        yield app


def test_pages_list_show_and_search_the_saved_analyses(client: TestClient) -> None:
    home = client.get("/")
    assert home.status_code == 200
    assert "Tallis ferries stop" in home.text
    assert "Content-Security-Policy" in home.headers
    report = client.get("/analyses/1")
    assert report.status_code == 200
    assert 'id="c1"' in report.text
    assert 'href="/"' in report.text
    article = client.get("/analyses/1/articles/a1")
    assert "harbour master" in article.text
    found = client.get("/search", params={"q": "storm pier"})
    assert "/analyses/1/articles/a1" in found.text
    assert client.get("/new").status_code == 200


@pytest.mark.parametrize(
    ("path", "status", "detail"),
    [
        ("/analyses/9", 404, "no such analysis"),
        ("/analyses/1/articles/a9", 404, "no such article"),
        ("/jobs/nope", 404, "no such job"),
        ("/nowhere", 404, "Not Found"),
        ("/analyses/abc", 422, "path number: Input should be a valid integer"),
        ("/search?q=" + "x" * 201, 422, "query q: String should have at most 200 characters"),
    ],
)
def test_a_page_that_is_not_there_is_an_html_page_saying_why(
    client: TestClient, path: str, status: int, detail: str
) -> None:
    response = client.get(path)
    assert (response.status_code, response.headers["content-type"]) == (status, "text/html; charset=utf-8")
    assert f'role="alert">{detail}' in response.text
    assert "Content-Security-Policy" in response.headers


@pytest.mark.parametrize("path", ["/api/analyses/9", "/api/jobs/nope", "/api/analyses/abc"])
def test_the_api_answers_errors_in_json(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (404, 422)
    assert response.headers["content-type"] == "application/json"
    assert "detail" in response.json()


def test_a_page_kept_rendered_is_made_again_once_another_analysis_is_saved(tmp_path: Path) -> None:
    app, number = make_app(tmp_path)
    with app:
        assert app.get("/").text.count(">Tallis ferries stop<") == 1
        first = app.get(f"/analyses/{number}").text
        with Store(tmp_path / "analyses.db") as store:  # as a job or another process saves one
            store.save(saved_story(), title="Tallis ferries restart")
        assert "Tallis ferries restart" in app.get("/").text
        assert app.get(f"/analyses/{number}").text == first


def test_the_api_gives_analyses_articles_and_hits(client: TestClient) -> None:
    [row] = client.get("/api/analyses").json()
    assert (row["title"], row["outlets"], row["single_source"]) == (
        "Tallis ferries stop",
        ["Island Courier"],
        1,
    )
    document = client.get("/api/analyses/1").json()
    assert Story.model_validate(document) == saved_story()
    assert client.get("/api/analyses/1/articles/a1").json()["source"] == "Island Courier"
    assert client.get("/api/search", params={"q": "lighthouse"}).json() == []
    [hit] = client.get("/api/search", params={"q": "Ferry services"}).json()
    assert (hit["analysis"], hit["article"]) == (1, "a1")


@pytest.mark.parametrize(
    ("data", "files", "message"),
    [
        ({}, None, "give some text, files or URLs"),
        ({"urls": "javascript:alert(1)"}, None, "not a web address"),
        ({"urls": "\n".join(f"https://news.invalid/{i}" for i in range(51))}, None, "at most 50 URLs"),
        (
            {},
            [("files", (f"f{i}.txt", b"x", "text/plain")) for i in range(MAX_FILES + 1)],
            "at most 50 files",
        ),
        ({}, [("files", ("big.txt", b"x" * 2_001, "text/plain"))], "larger than 2,000 bytes"),
        (
            {"text": "Some text"},
            [("manifest", ("m.csv", b"source,published\nTessel News,2024-05-18\n", "text/csv"))],
            "row 1: no `path` or `file`",
        ),
        (
            {"text": "Some text"},
            [("manifest", ("m.json", b"[1, 2]", "application/json"))],
            "a list of objects",
        ),
        ({"text": "Some text"}, [("manifest", ("m.csv", b"\xff\xfe\x00bad", "text/csv"))], "not UTF-8"),
    ],
    ids=[
        "nothing",
        "javascript-url",
        "too-many-urls",
        "too-many-files",
        "too-large",
        "manifest-without-paths",
        "manifest-not-rows",
        "manifest-not-text",
    ],
)
def test_the_form_refuses_what_it_cannot_take(
    tmp_path: Path, data: dict[str, str], files: list | None, message: str
) -> None:  # type: ignore[type-arg]
    app, _ = make_app(tmp_path, max_input_bytes=2_000)
    with app:
        response = app.post("/analyze", data=data, files=files)
    assert response.status_code == 400
    assert message in response.text


_FOLDER = Path(tempfile.mkdtemp(prefix="newsprism-api-"))
_CLIENT, _ = make_app(_FOLDER)
schema = schemathesis.openapi.from_asgi("/openapi.json", _CLIENT.app)


@schema.parametrize()
def test_the_api_keeps_its_schema_and_never_fails(case: schemathesis.Case) -> None:
    case.call_and_validate()


@pytest.mark.slow
def test_pasted_text_is_analysed_with_the_metadata_typed_beside_it(tmp_path: Path) -> None:
    from tests.helpers import article_paragraphs

    app, _ = make_app(tmp_path)
    fields = {"text": article_paragraphs("the Tallis pier"), "source": "Island Courier",
              "published": "March 7, 2024 9:30", "author": "Odile Brenn", "title": "Tallis pier to reopen"}  # fmt: skip
    with app:
        response = app.post("/analyze", data=fields, follow_redirects=False)
        assert response.status_code == 303
        job_id = response.headers["location"].rsplit("/", 1)[1]
        for _ in range(600):
            job = app.get(f"/api/jobs/{job_id}").json()
            if job["state"] in ("done", "failed"):
                break
            time.sleep(0.2)
        assert job["state"] == "done", job
        article = app.get(f"/api/analyses/{job['analysis']}/articles/a1").json()
    assert (article["source"], article["published"], article["author"], article["title"], article["path"]) == (
        "Island Courier", "2024-03-07T09:30", "Odile Brenn", "Tallis pier to reopen", "pasted text.txt")  # fmt: skip
