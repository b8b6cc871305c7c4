"""Helpers the tests share: paths, the schema check, a real HTTP server, invented text."""

from __future__ import annotations

import contextlib
import functools
import json
import socket
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jsonschema

import newsprism
from newsprism.model import Story

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCHEMA = json.loads((ROOT / "schema" / "story.schema.json").read_text())
STORIES = ROOT / "tests" / "data"


@functools.cache
def written_story(name: str) -> Story:
    """A story written for the tests (`tests/data/NAME`, with its manifest), analysed once."""
    return newsprism.analyze([STORIES / name], manifest=STORIES / f"{name}.manifest.csv")


def assert_valid_story(document: str | bytes | dict[str, Any]) -> Story:
    """A written story document must follow the JSON Schema and the model's own checks."""
    data = json.loads(document) if isinstance(document, str | bytes) else document
    jsonschema.validate(data, SCHEMA)
    return Story.model_validate(data)


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str | None] = field(default_factory=dict)
    delay: float = 0.0


class Server:
    """A real HTTP server on 127.0.0.1 serving routes the test sets; it records requests."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.posted: list[bytes] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                server.posted.append(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                self.do_GET()

            def do_GET(self) -> None:
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path, Route(b"not found", 404))
                time.sleep(route.delay)
                self.send_response(route.status)
                for name, value in route.headers.items():
                    if value is not None:  # None: leave the header out
                        self.send_header(name, value)
                if "Content-Length" not in route.headers:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(route.body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://{host}:{self.httpd.server_address[1]}"

    def add(
        self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", **kw: Any
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        headers = {"Content-Type": content_type, **kw.pop("headers", {})}
        self.routes[path] = Route(data, headers=headers, **kw)
        return self.url + path


def free_port() -> int:
    """A port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def article_text(topic: str = "the Brindle Valley reservoir", words: int = 60) -> str:
    """A plain news paragraph of about `words` words, invented for tests."""
    sentence = (
        f"Officials in Corvale said on Tuesday that work on {topic} would resume next month "
        "after a review of the contracts by the regional audit office."
    )
    count = len(sentence.split())
    return " ".join([sentence] * max(1, words // count))


def article_paragraphs(topic: str) -> str:
    """Four distinct invented paragraphs about `topic`, one a line."""
    return "\n".join(
        [
            f"Officials in Corvale said on Tuesday that work on {topic} would resume next month.",
            f"The regional audit office had halted {topic} in January after finding irregular contracts.",
            f"Residents near {topic} said they had waited three years for the project to be finished.",
            f"A spokesperson for the builder said the delays on {topic} were caused by supply problems.",
        ]
    )
