"""URLs and feeds, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.errors import InputError
from newsprism.ingest import read_inputs
from newsprism.ingest.addresses import not_public
from newsprism.ingest.web import Fetcher
from newsprism.model import Document, InputReport
from newsprism.settings import Settings
from tests.helpers import Server, article_text, free_port

PAGE = """<!doctype html><html><head><meta property="og:site_name" content="The Corvale Herald">
<title>Dam works resume</title></head><body><article><h1>Dam works resume</h1><p>{}</p></article></body></html>"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title>
<item><title>First item</title><link>{base}/one</link><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>
<item><title>Second item</title><link>{base}/two</link></item>
<item><title>No link here</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Herald</title>
<entry><title>Atom item</title><link href="{base}/one"/><updated>2024-03-05T09:00:00Z</updated></entry></feed>"""


def read(*names: str, **settings: object) -> list[Document | InputReport]:
    return list(read_inputs(list(names), Settings(**settings)))  # type: ignore[arg-type]


def test_a_page_is_fetched_with_our_user_agent(server: Server) -> None:
    url = server.add("/one", PAGE.format(article_text()))
    [doc] = read(url)
    assert isinstance(doc, Document)
    assert doc.format == "html"
    assert doc.url == url
    assert server.requests[0][1]["User-Agent"].startswith("newsprism/")


def test_plain_text_and_redirects(server: Server) -> None:
    server.add("/text", article_text(), content_type="text/plain; charset=utf-8")
    start = server.add("/old", "", status=301, headers={"Location": "/text"})
    [doc] = read(start)
    assert isinstance(doc, Document)
    assert doc.format == "text"
    assert doc.url == server.url + "/text"
    assert doc.input == start


def test_a_legacy_charset_from_the_header(server: Server) -> None:
    body = PAGE.format("“Quoted” – café " + article_text()).encode("cp1252")
    url = server.add("/legacy", body, content_type="text/html; charset=windows-1252")
    [doc] = read(url)
    assert isinstance(doc, Document)
    assert "“Quoted” – café" in doc.content


@pytest.mark.parametrize(
    ("route", "settings", "reason"),
    [
        ({"body": "gone", "status": 404}, {}, "HTTP 404"),
        ({"body": "oops", "status": 500}, {}, "HTTP 500"),
        ({"body": b"%PDF-1.4", "content_type": "application/pdf"}, {}, "content type application/pdf"),
        ({"body": "x" * 5000}, {"max_input_bytes": 1000}, "too large"),
        ({"body": "slow", "delay": 1.5}, {"url_timeout": 0.3}, "timed out after 0.3 s"),
        ({"body": "<html><body><p>ok</p></body></html>", "status": 302, "headers": {"Location": "/bad"}},
         {}, "redirects"),
    ],
    ids=["404", "500", "pdf", "too-large", "slow", "redirect-loop"],
)  # fmt: skip
def test_bad_urls_fail_with_a_reason(
    server: Server, route: dict[str, object], settings: dict[str, object], reason: str
) -> None:
    url = server.add("/bad", **route)  # type: ignore[arg-type]
    [report] = read(url, **settings)
    assert isinstance(report, InputReport)
    assert report.status == "failed"
    assert report.input == url
    assert reason in str(report.reason)


def test_a_body_of_undeclared_length_is_cut_off_at_the_limit(server: Server) -> None:
    url = server.add("/stream", "y" * 50_000, headers={"Content-Length": None})
    [report] = read(url, max_input_bytes=1000)
    assert isinstance(report, InputReport)
    assert report.status == "failed"


def test_an_unreachable_host_fails() -> None:
    port = free_port()
    [report] = read(f"http://127.0.0.1:{port}/nothing", url_timeout=2)
    assert isinstance(report, InputReport)
    assert "cannot connect" in str(report.reason)


@pytest.mark.parametrize("feed", [RSS, ATOM], ids=["rss", "atom"])
def test_a_feed_url_gives_its_items_pages(server: Server, feed: str) -> None:
    server.add("/one", PAGE.format(article_text()))
    server.add("/two", PAGE.format(article_text("the harbour wall")))
    url = server.add("/feed", feed.format(base=server.url), content_type="application/rss+xml")
    items = read(url)
    first = items[0]
    assert isinstance(first, Document)
    assert first.url == server.url + "/one"
    assert first.title in ("First item", "Atom item")
    assert first.published is not None
    assert first.published.startswith("2024-03-05T09:00:00")
    if feed is RSS:
        assert [type(i).__name__ for i in items] == ["Document", "Document", "InputReport"]
        assert "no link" in str(items[2].reason)  # type: ignore[union-attr]


def test_a_feed_file_on_disk(server: Server, tmp_path: Path) -> None:
    server.add("/one", PAGE.format(article_text()))
    path = tmp_path / "saved.rss"
    path.write_text(ATOM.format(base=server.url))
    [doc] = read(str(path))
    assert isinstance(doc, Document)
    assert doc.title == "Atom item"


def test_a_feed_item_that_fails_does_not_stop_the_feed(server: Server) -> None:
    server.add("/two", PAGE.format(article_text()))
    url = server.add("/feed", RSS.format(base=server.url), content_type="application/xml")
    items = read(url)
    assert [type(i).__name__ for i in items] == ["InputReport", "Document", "InputReport"]
    assert "HTTP 404" in str(items[0].reason)  # type: ignore[union-attr]


def test_every_item_of_a_long_feed_ends_ok_or_skipped_past_the_limit(server: Server) -> None:
    items = "".join(f"<item><title>Item {n}</title><link>{server.url}/p{n}</link></item>" for n in range(500))
    for n in range(500):
        server.add(f"/p{n}", PAGE.format(article_text(f"pier {n}")))
    url = server.add("/feed", f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>',
                     content_type="application/rss+xml")  # fmt: skip
    read_items = read(url, max_feed_items=40)
    assert len(read_items) == 500
    assert all(isinstance(i, Document) for i in read_items[:40])
    skipped = read_items[40:]
    assert {(i.status, i.reason) for i in skipped} == {  # type: ignore[union-attr]
        ("skipped", "past the first 40 items of the feed (setting max_feed_items)")
    }
    assert skipped[0].input == f"{server.url}/p40"
    assert len(server.requests) == 41, "the feed and the 40 pages, nothing past the limit"


def test_xml_that_is_not_a_feed_fails(server: Server) -> None:
    url = server.add("/x", "<?xml version='1.0'?><note>hello</note>", content_type="text/xml")
    [report] = read(url)
    assert isinstance(report, InputReport)
    assert "feed" in str(report.reason)


REFUSED_LOOPBACK = "a loopback address; the web app fetches only public addresses (setting web_private_urls)"


def read_public(*names: str) -> list[Document | InputReport]:
    return list(read_inputs(list(names), Settings(), public_only=True))


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_fetching_only_public_addresses_refuses_loopback_before_asking(server: Server, host: str) -> None:
    url = server.add("/page", PAGE.format(article_text())).replace("127.0.0.1", host)
    [report] = read_public(url)
    assert isinstance(report, InputReport)
    assert report.status == "failed"
    assert report.reason is not None
    assert report.reason.startswith(f"refused: {host} is at ")
    assert report.reason.endswith(REFUSED_LOOPBACK)
    assert server.requests == [], "nothing was sent"


def test_a_feed_file_on_disk_is_held_to_public_addresses_too(server: Server, tmp_path: Path) -> None:
    server.add("/one", PAGE.format(article_text()))
    (tmp_path / "saved.rss").write_text(ATOM.format(base=server.url))
    [report] = read_public(str(tmp_path / "saved.rss"))
    assert isinstance(report, InputReport)
    assert (report.input, report.status) == (server.url + "/one", "failed")
    assert server.requests == []


def allowed_stand_in(address: str) -> str | None:
    """The real policy, but for 127.0.0.2, which these tests treat as a public address."""
    return None if address == "127.0.0.2" else not_public(address)


def test_a_redirect_to_loopback_is_refused(server: Server, other_server: Server) -> None:
    server.add("/secret", PAGE.format(article_text()))
    start = other_server.add("/start", "", status=302, headers={"Location": server.url + "/secret"})
    fetcher = Fetcher(Settings(), refuse=allowed_stand_in)
    with pytest.raises(InputError) as caught:
        list(fetcher.read(start))
    fetcher.close()
    assert caught.value.reason == f"refused: 127.0.0.1 is at 127.0.0.1, {REFUSED_LOOPBACK}"
    assert [path for path, _ in other_server.requests] == ["/start"]
    assert server.requests == []


def test_an_address_answered_anew_at_connection_is_checked_again(other_server: Server) -> None:
    url = other_server.add("/page", PAGE.format(article_text()))
    answers = iter([None, "rebound"])  # the name resolved to an allowed address, then connected elsewhere
    fetcher = Fetcher(Settings(), refuse=lambda address: next(answers))
    with pytest.raises(InputError, match=r"is at 127\.0\.0\.2, a rebound address"):
        list(fetcher.read(url))
    fetcher.close()
