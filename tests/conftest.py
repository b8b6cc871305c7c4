"""Fixtures: a real HTTP server on 127.0.0.1, started and stopped per test."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from tests.helpers import Server


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    thread = threading.Thread(target=s.httpd.serve_forever, daemon=True)
    thread.start()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()
