"""What a page on another site cannot make the web app do, and how much one request may send.

`Guard` is ASGI middleware in front of the whole app. A request that can change state (any
method but GET, HEAD and OPTIONS) is refused with 403 when a browser says it comes from
another site: its `Sec-Fetch-Site` is not `same-origin` (or `none`, typed by the user), or,
from a browser that does not send that header, its `Origin` names another host than the one
asked. A client that sends neither is not a browser acting for a page, so it is let
through. This is the check of Go's `net/http.CrossOriginProtection` and of Django's
origin check, which needs no token in the pages.

A request body larger than `max_request_bytes` is refused with 413: at once when its
Content-Length says so, and otherwise as soon as the bytes received pass the limit.

Every response carries the headers that keep a page to itself: a Content-Security-Policy
that allows no script (but on the API's documentation pages, which need theirs), no
content-type sniffing, no referrer. Plain ASGI, not Starlette's BaseHTTPMiddleware, which
costs a task and a stream per request.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import HTTPException
from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_SAFE = {"GET", "HEAD", "OPTIONS"}
_OWN = {"same-origin", "none"}
_CSP = b"default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'"
_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
_SCRIPTED = ("/docs", "/redoc")  # FastAPI's documentation pages run their own scripts


class Guard:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(scope, send)
        if scope["method"] in _SAFE:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if reason := cross_site(headers):
            await PlainTextResponse(f"refused: {reason}", 403)(scope, receive, send)
            return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await PlainTextResponse(f"refused: {too_large(self.max_bytes)}", 413)(scope, receive, send)
            return
        await self.app(scope, self._capped(receive), send)

    def _capped(self, receive: Receive) -> Receive:
        received = 0

        async def capped() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise HTTPException(413, too_large(self.max_bytes))
            return message

        return capped


def _with_headers(scope: Scope, send: Send) -> Send:
    extra = _HEADERS if scope["path"] in _SCRIPTED else [(b"content-security-policy", _CSP), *_HEADERS]

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", []), *extra]
        await send(message)

    return sending


def cross_site(headers: Headers) -> str | None:
    """Why a state-changing request is refused as sent by a page of another site; None if not."""
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None:
        if fetch_site.lower() in _OWN:
            return None
        return f"a request from another site (Sec-Fetch-Site: {fetch_site[:20]})"
    origin = headers.get("origin")
    if origin is None:
        return None
    if origin != "null" and urlsplit(origin).netloc.lower() == headers.get("host", "").lower():
        return None
    return f"a request from another site (Origin: {origin[:80]})"


def too_large(limit: int) -> str:
    return f"the request is larger than {limit:,} bytes (setting max_request_bytes)"
