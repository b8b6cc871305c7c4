"""What a page on another site cannot make the app do, and how much a request may send,
through the real app."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsprism.web.app import create_app
from tests.helpers import Server, free_port

CLOSED = f"http://127.0.0.1:{free_port()}/page"  # a job of it ends at once


def client(tmp_path: Path, **settings: object) -> TestClient:
    from newsprism.settings import Settings

    return TestClient(create_app(tmp_path / "app.db", Settings(**settings)))  # type: ignore[arg-type]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[TestClient]:
    with client(tmp_path) as c:
        yield c


CROSS_SITE = [
    {"Origin": "http://elsewhere.invalid"},
    {"Origin": "null"},
    {"Origin": "http://testserver.elsewhere.invalid"},
    {"Sec-Fetch-Site": "cross-site", "Origin": "http://elsewhere.invalid"},
    {"Sec-Fetch-Site": "same-site", "Origin": "http://news.testserver"},
    {"Sec-Fetch-Site": "cross-site"},
]


@pytest.mark.parametrize("headers", CROSS_SITE, ids=lambda h: " ".join(f"{k}={v}" for k, v in h.items()))
@pytest.mark.parametrize("encoding", ["multipart", "urlencoded"])
def test_a_post_from_another_site_is_refused(app: TestClient, headers: dict[str, str], encoding: str) -> None:
    files = {"files": ("a.txt", b"words", "text/plain")} if encoding == "multipart" else None
    response = app.post("/analyze", data={"urls": CLOSED}, files=files, headers=headers)
    assert response.status_code == 403
    assert response.text.startswith("refused: a request from another site")
    assert app.get("/api/jobs/none").status_code == 404


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "http://testserver"}, {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"},
     {"Sec-Fetch-Site": "none"}, {}],
    ids=["same-origin", "fetch-metadata-same-origin", "typed-by-the-user", "no-browser"],
)  # fmt: skip
def test_a_post_from_the_app_itself_starts_an_analysis(app: TestClient, headers: dict[str, str]) -> None:
    response = app.post("/analyze", data={"urls": CLOSED}, headers=headers, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/jobs/")


def test_a_request_over_the_limit_is_refused_whole(tmp_path: Path) -> None:
    with client(tmp_path, max_input_bytes=6_000, max_request_bytes=10_000) as c:
        files = [("files", (f"f{k}.txt", b"x" * 5_000, "text/plain")) for k in range(3)]
        response = c.post("/analyze", files=files)
        assert response.status_code == 413
        assert "the request is larger than 10,000 bytes (setting max_request_bytes)" in response.text

        def chunked() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
            yield b'--b\r\nContent-Disposition: form-data; name="text"\r\n\r\n'
            for _ in range(20):
                yield b"y" * 1_000
            yield b"\r\n--b--\r\n"

        response = c.post(
            "/analyze", content=chunked(), headers={"Content-Type": "multipart/form-data; boundary=b"}
        )
        assert response.status_code == 413
        assert "setting max_request_bytes" in response.text


def test_pasted_text_is_taken_up_to_the_input_limit(tmp_path: Path) -> None:
    with client(tmp_path, max_input_bytes=2_000_000) as c:
        text = "The ferry council met again. " * 52_000  # 1.5 MB, past Starlette's 1 MB default for a field
        refused = "ftp://not.a.web.address"  # checked after the text: the text was taken
        response = c.post("/analyze", files={"text": (None, text), "urls": (None, refused)})
        assert response.status_code == 400
        assert "not a web address" in response.text
        response = c.post("/analyze", files={"text": (None, text + "x" * 600_000)})
        assert "larger than 2,000,000 bytes" in response.text
        page = c.get("/new").text
        assert 'maxlength="2000000"' in page
        assert "each under 2.0 MB, 60.0 MB in all" in page


def finished(c: TestClient, location: str) -> dict[str, object]:
    deadline = time.monotonic() + 60
    while True:
        job: dict[str, object] = c.get("/api" + location).json()
        if job["state"] in ("done", "failed") or time.monotonic() > deadline:
            return job
        time.sleep(0.05)


def test_a_url_on_this_machine_is_refused_unless_allowed(tmp_path: Path, server: Server) -> None:
    url = server.add("/page", "<html><body><p>short</p></body></html>")
    with client(tmp_path) as c:
        job = finished(c, c.post("/analyze", data={"urls": url}, follow_redirects=False).headers["location"])
    [report] = job["reports"]  # type: ignore[misc]
    assert report["reason"].startswith("refused: 127.0.0.1 is at 127.0.0.1, a loopback address")
    assert server.requests == []
    with client(tmp_path, web_private_urls=True) as c:
        job = finished(c, c.post("/analyze", data={"urls": url}, follow_redirects=False).headers["location"])
    assert [path for path, _ in server.requests] == ["/page"]
