"""Web inputs: pages by URL, and RSS or Atom feeds whose items link to pages.

Every request carries newsprism's User-Agent, follows at most `max_redirects`
redirects, gives up after `url_timeout` seconds, and stops reading past
`max_input_bytes`. A page must be HTML, XHTML or plain text; a feed (by its content type,
or a `.rss`/`.atom`/`.xml` file on disk) is read with feedparser and each item's link is
fetched as a page.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from newsprism.errors import InputError
from newsprism.ingest.decode import charset_of
from newsprism.ingest.files import document_from_bytes, too_large
from newsprism.ingest.meta import text_or_none
from newsprism.model import Document, InputReport
from newsprism.settings import Settings

if TYPE_CHECKING:
    import httpx

_PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
_FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
}


Refusal = Callable[[str], str | None]
"""Why an IP address may not be fetched (its kind: "loopback", "private", ...), or None."""


@dataclass(frozen=True, slots=True)
class Response:
    url: str
    content_type: str
    charset: str | None
    body: bytes


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


class Fetcher:
    """One HTTP client for a run, so connections are reused across pages.

    `refuse`, for a server fetching on behalf of others (the web app passes
    `addresses.not_public`), names why an IP address may not be fetched, or None: each
    request's host is resolved and its addresses checked before it is sent, the first and
    every redirect, and the address actually connected to is checked again before the body
    is read, so a name that resolves anew to a refused address (DNS rebinding) gives nothing
    back. Proxies from the environment are not used then, since a proxy would connect on
    our behalf past these checks.
    """

    def __init__(self, settings: Settings, refuse: Refusal | None = None) -> None:
        import httpx

        self.settings = settings
        self.refuse = refuse
        hooks = {"request": [self._check_host], "response": [self._check_peer]} if refuse else {}
        self.client = httpx.Client(
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            timeout=settings.url_timeout,
            headers={"User-Agent": settings.user_agent},
            event_hooks=hooks,  # type: ignore[arg-type]
            trust_env=refuse is None,
        )

    def close(self) -> None:
        self.client.close()

    def read(self, url: str) -> Iterator[Document | InputReport]:
        """The page at `url`, or every page a feed at `url` links to."""
        response = self.get(url)
        if response.content_type in _FEED_TYPES:
            yield from self.read_feed(url, response.body)
        elif response.content_type in _PAGE_TYPES:
            yield self._page(url, response)
        else:
            kind = response.content_type or "none given"
            raise InputError(f"not a web page or feed (content type {kind})")

    def read_feed(self, name: str, body: bytes) -> Iterator[Document | InputReport]:
        """Every page the feed's items link to, up to `max_feed_items`; each item past it skipped."""
        limit = self.settings.max_feed_items
        for number, entry in enumerate(parse_feed(body), start=1):
            link = text_or_none(entry.get("link"))
            item = link or f"{name} (item {number}: {entry.get('title', 'untitled')})"
            if number > limit:
                reason = f"past the first {limit} items of the feed (setting max_feed_items)"
                yield InputReport(input=item, status="skipped", reason=reason)
            elif not link:
                yield InputReport(input=item, status="failed", reason="feed item has no link")
            else:
                try:
                    for doc in self.read(link):
                        yield _with_entry(doc, entry) if isinstance(doc, Document) else doc
                except InputError as exc:
                    yield InputReport(input=link, status="failed", reason=exc.reason)

    def get(self, url: str) -> Response:
        import httpx

        limit = self.settings.max_input_bytes
        try:
            with self.client.stream("GET", url) as r:
                if r.status_code >= 400:
                    raise InputError(f"HTTP {r.status_code} {r.reason_phrase}".strip())
                declared = int(r.headers.get("Content-Length") or 0)
                if declared > limit:
                    raise InputError(too_large(f"{declared / 1e6:.1f} MB declared", self.settings))
                body = bytearray()
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        read = f"{len(body) / 1e6:.1f} MB read so far"
                        raise InputError(too_large(read, self.settings))
                content_type = r.headers.get("Content-Type", "")
                return Response(
                    url=str(r.url),
                    content_type=content_type.split(";")[0].strip().lower(),
                    charset=charset_of(content_type),
                    body=bytes(body),
                )
        except httpx.TimeoutException:
            raise InputError(f"timed out after {self.settings.url_timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise InputError(f"more than {self.settings.max_redirects} redirects") from None
        except httpx.ConnectError as exc:
            raise InputError(f"cannot connect ({exc})") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise InputError(f"request failed ({exc})") from None

    def _check_host(self, request: httpx.Request) -> None:
        host = request.url.host
        port = request.url.port or (443 if request.url.scheme == "https" else 80)
        try:
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise InputError(f"cannot resolve {host} ({exc})") from None
        for *_, address in found:
            self._check(host, str(address[0]))

    def _check_peer(self, response: httpx.Response) -> None:
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer:
            self._check(response.request.url.host, str(peer[0]))

    def _check(self, host: str, address: str) -> None:
        kind = self.refuse(address) if self.refuse else None
        if kind:
            raise InputError(
                f"refused: {host} is at {address}, a {kind} address; the web app fetches only public "
                "addresses (setting web_private_urls)"
            )

    def _page(self, url: str, response: Response) -> Document:
        kind = _PAGE_TYPES[response.content_type]
        doc = document_from_bytes(url, response.body, kind, response.charset)
        return replace(doc, url=response.url)


def parse_feed(body: bytes) -> list[Any]:
    import feedparser

    feed = feedparser.parse(body)
    if not feed.entries:
        if feed.bozo:
            raise InputError(f"not a readable RSS or Atom feed ({feed.bozo_exception})")
        raise InputError("feed has no items")
    return list(feed.entries)


def _with_entry(doc: Document, entry: Any) -> Document:
    """A fetched page with the title and date its feed item gives."""
    return replace(
        doc,
        title=text_or_none(entry.get("title")),
        published=text_or_none(entry.get("published") or entry.get("updated")),
        author=text_or_none(entry.get("author")),
    )
