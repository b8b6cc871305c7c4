"""Inputs that decompress far past the size limit, and WARC records that promise more than
they hold, made a chunk at a time: for the tests of bounded reading and for
benchmarks/hostile_inputs.py. The standard library only, so the benchmark can use it too."""

from __future__ import annotations

import gzip
from pathlib import Path

MB = 1_000_000
_HTTP = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"


def gzip_bomb(path: Path, head: bytes, filler: int, tail: bytes = b"") -> Path:
    """A gzip file of `head`, `filler` bytes of one letter and `tail`, written a chunk at a time."""
    chunk = b"a" * MB
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(head)
        for _ in range(filler // MB):
            fh.write(chunk)
        fh.write(tail)
    return path


def warc_response(payload: bytes, length: int | None = None) -> bytes:
    """A WARC response record of an HTML page, its headers and `payload`; with `length`, its
    Content-Length promises that many bytes of payload whatever follows."""
    body = _HTTP + payload
    size = len(body) if length is None else len(_HTTP) + length
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\n"
        b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        b"WARC-Date: 2024-05-01T08:00:00Z\r\nWARC-Target-URI: https://paper.test/page\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: " + str(size).encode() + b"\r\n\r\n" + body
    )
