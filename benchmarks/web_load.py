"""The web app under load: latency of its pages and API over a store of 100 saved analyses.

    python benchmarks/web_load.py [--requests 500] [--concurrency 50]

The store holds the bundled example's analysis saved 100 times. `newsprism serve` runs
as its own process on 127.0.0.1, as a user starts it; requests come from this process
over real connections (a connection per concurrent client, kept alive), first one at a
time, then `--concurrency` at once. For the story
list, a story page and the JSON API of a story it prints p50 and p99 latency and the
count of responses that were not 200. Target (issue 14): p99 under 300 ms for the list at
50 concurrent requests on 2 cores, and no 5xx.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from machine import describe

from newsprism.pipeline import analyze
from newsprism.store import Store

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "footbridge"
STORED = 100
PAGES = {"story list": "/", "story page": "/analyses/50", "JSON API": "/api/analyses/50"}


def fill(db: Path) -> None:
    story = analyze([EXAMPLE / "articles"], manifest=EXAMPLE / "manifest.csv")
    with Store(db) as store:
        for k in range(STORED):
            store.save(story, title=f"Saved analysis {k + 1}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def start(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    args = [sys.executable, "-m", "newsprism", "serve", str(db), "--port", str(port)]
    server = subprocess.Popen(args, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(url + "/api/analyses", timeout=1)
            return server, url
        except httpx.HTTPError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


async def measure(base: str, path: str, requests: int, concurrency: int) -> tuple[list[float], int]:
    """Latencies in ms of `requests` GETs of `path`, `concurrency` at a time, each worker on
    its own kept-alive connection; and how many answers were not 200. The client is a bare
    asyncio HTTP/1.1 one, so that its own cost (a tenth of a millisecond a request) does not
    hide the server's on a machine both share."""
    host, port = base.removeprefix("http://").split(":")
    request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode()
    latencies: list[float] = []
    failed = 0
    queue = iter(range(requests))

    async def worker() -> None:
        nonlocal failed
        reader, writer = await asyncio.open_connection(host, int(port))
        for _ in queue:
            begin = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))  # type: ignore[union-attr]
            await reader.readexactly(length)
            latencies.append(1000 * (time.perf_counter() - begin))
            failed += not head.startswith(b"HTTP/1.1 200")
        writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, failed


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()
    print(f"machine: {describe()}")
    with tempfile.TemporaryDirectory(prefix="newsprism-web-") as folder:
        db = Path(folder) / "analyses.db"
        fill(db)
        server, base = start(db)
        try:
            print(f"{STORED} saved analyses; {args.requests} requests per row")
            print("| page | at once | p50 ms | p99 ms | not 200 |")
            print("| --- | --- | --- | --- | --- |")
            for name, path in PAGES.items():
                asyncio.run(measure(base, path, 20, 1))  # warm: templates, caches
                for concurrency in (1, args.concurrency):
                    latencies, failed = asyncio.run(measure(base, path, args.requests, concurrency))
                    print(
                        f"| {name} | {concurrency} | {percentile(latencies, 0.5):.1f} | "
                        f"{percentile(latencies, 0.99):.1f} | {failed} |"
                    )
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
