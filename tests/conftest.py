"""Fixtures: real HTTP servers on loopback addresses, started and stopped per test."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import pytest

from tests.helpers import Server


@contextlib.contextmanager
def serving(host: str) -> Iterator[Server]:
    s = Server(host)
    thread = threading.Thread(target=s.httpd.serve_forever, daemon=True)
    thread.start()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    with serving("127.0.0.1") as s:
        yield s


@pytest.fixture
def other_server() -> Iterator[Server]:
    """A second server, on 127.0.0.2 (all of 127/8 is this machine on Linux): the tests of
    fetching only public addresses let it stand in for a public one."""
    with serving("127.0.0.2") as s:
        yield s
