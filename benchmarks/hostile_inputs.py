"""Bad inputs, each beside a good article, through the command line as a user runs it.

    python benchmarks/hostile_inputs.py [--command analyze|ingest]

For every case the bad input and one good invented article go to one `newsprism analyze`
(or `ingest`) process; the table gives its exit code, the line it reported for the bad
input, whether the good article was kept, and the process's peak memory (its maximum
resident set, from wait4), beside the peak of a run of the good article alone, so what
the bad input costs shows as the difference. URLs go to real servers on 127.0.0.1: a port
nothing listens on, a server that never answers, and a feed of 500 items.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from machine import describe

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' input makers

from tests.bombs import MB, gzip_bomb, warc_response

GOOD = (
    "The Orlow ferry council voted on Tuesday to rebuild the north pier before the winter storms, "
    "after engineers found cracks in three of its supports. The work will cost about 2 million euros "
    "and close the pier for six weeks, the council's chair, Ines Marrow, told reporters at the harbour. "
    "Ferries will use the south landing until the work is done, and timetables will change from Monday."
)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def cases(folder: Path, servers: Servers) -> dict[str, Callable[[], str]]:
    """Each case's name and how to make its input (a path or URL)."""
    f = folder

    def link_loop() -> str:
        (f / "loop.txt").symlink_to(f / "loop.txt")
        return str(f / "loop.txt")

    def unreadable() -> str:
        path = write(f / "locked.txt", GOOD.replace("Orlow", "Orlov").encode())
        path.chmod(0)
        return str(path)

    def huge() -> str:
        with (f / "huge.txt").open("wb") as fh:
            fh.truncate(25 * MB)
        return str(f / "huge.txt")

    long_text = "\n\n".join(
        f"On day {n} the harbour board met and heard {n % 7 + 2} residents." for n in range(20_000)
    )
    return {
        "empty file": lambda: str(write(f / "empty.txt", b"")),
        "binary (PNG named .txt)": lambda: str(
            write(f / "image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(4000))
        ),
        "huge file (25 MB)": huge,
        "long article (1.2 MB)": lambda: str(write(f / "long.txt", long_text.encode())),
        "single huge JSONL line (30 MB)": lambda: str(
            write(f / "line.jsonl", b'{"text": "' + b"a" * (30 * MB) + b'"}\n')
        ),
        "invalid UTF-8": lambda: str(
            write(f / "bad-utf8.txt", GOOD.replace("euros", "euros \xff\xfe").encode("latin-1"))
        ),
        "UTF-16 without BOM": lambda: str(
            write(f / "utf16.txt", GOOD.replace("Orlow", "Orlov").encode("utf-16-le"))
        ),
        "truncated WARC": lambda: str(
            write(f / "cut.warc", warc_response(b"<html><body><p>x</p>", length=5000))
        ),
        "gzip bomb .jsonl.gz (1 GB)": lambda: str(
            gzip_bomb(f / "bomb.jsonl.gz", b'{"text": "', 1000 * MB, b'"}\n')
        ),
        "gzip bomb .warc.gz (400 MB)": lambda: str(
            gzip_bomb(f / "bomb.warc.gz", warc_response(b"", length=400 * MB), 400 * MB, b"\r\n\r\n")
        ),
        "gzip bomb .txt.gz (1 GB)": lambda: str(gzip_bomb(f / "bomb.txt.gz", b"", 1000 * MB)),
        "gzip bomb .html.gz (1 GB)": lambda: str(
            gzip_bomb(f / "bomb.html.gz", b"<html><body><p>", 1000 * MB)
        ),
        "malformed JSONL": lambda: str(write(f / "broken.jsonl", b'{"text": "unterminated\n[1, 2]\n')),
        "story document of another version": lambda: str(
            write(f / "story.json", json.dumps({"schema": "newsprism.story/2", "articles": []}).encode())
        ),
        "symlink loop": link_loop,
        "unreadable file (mode 000)": unreadable,
        "closed port": lambda: f"http://127.0.0.1:{servers.closed_port}/page",
        "silent server": lambda: f"{servers.silent}/page",
        "oversized feed (500 items)": lambda: f"{servers.feed}/feed",
    }


class Servers:
    """The real local servers the URL cases fetch from, for the length of the run."""

    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.closed_port = s.getsockname()[1]
        self._started: list[ThreadingHTTPServer] = []
        self.silent = self._serve(_silent_handler())
        self.feed = self._serve(_feed_handler())

    def _serve(self, handler: type[BaseHTTPRequestHandler]) -> str:
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        self._started.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}"

    def close(self) -> None:
        for httpd in self._started:
            httpd.shutdown()


def _silent_handler() -> type[BaseHTTPRequestHandler]:
    class Silent(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(3600)

        def log_message(self, *args: object) -> None:
            pass

    return Silent


def _feed_handler() -> type[BaseHTTPRequestHandler]:
    class Feed(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            base = f"http://{self.headers['Host']}"
            if self.path == "/feed":
                items = "".join(
                    f"<item><title>Item {n}</title><link>{base}/p{n}</link></item>" for n in range(500)
                )
                body, kind = (
                    f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>',
                    "application/rss+xml",
                )
            else:
                n = int(self.path.removeprefix("/p"))
                body = GOOD.replace("north pier", f"north pier {n}").replace("Tuesday", f"day {n}")
                kind = "text/plain"
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    return Feed


def run(command: str, inputs: list[str], folder: Path) -> tuple[int, list[str], bool, float]:
    """Exit code, the lines reported, whether the good article was kept, peak memory in MB."""
    out = folder / "out.json"
    args = [sys.executable, "-m", "newsprism", command, *inputs, "--quiet", "--set", "url_timeout=3"]
    args += ["--json", str(out)] if command == "analyze" else ["--db", str(folder / "corpus.db")]
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        err.seek(0)
        lines = [
            line
            for line in err.read().decode("utf-8", "replace").splitlines()
            if line.startswith("newsprism: ")
        ]
    code = os.waitstatus_to_exitcode(status)
    return code, lines, kept(command, inputs[0], out, folder), usage.ru_maxrss / 1024


def kept(command: str, good: str, out: Path, folder: Path) -> bool:
    if command == "analyze":
        return out.exists() and any(a["path"] == good for a in json.loads(out.read_text())["articles"])
    with contextlib.closing(sqlite3.connect(folder / "corpus.db")) as db:
        return db.execute("SELECT 1 FROM corpus WHERE input = ?", (good,)).fetchone() is not None


@contextlib.contextmanager
def fresh_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="newsprism-hostile-") as name:
        folder = Path(name)
        yield folder
        for path in folder.iterdir():
            with contextlib.suppress(OSError):
                path.chmod(0o600)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--command", choices=["analyze", "ingest"], default="analyze")
    args = parser.parse_args()
    print(f"machine: {describe()}")
    servers = Servers()
    try:
        with fresh_folder() as folder:
            good = str(write(folder / "good.txt", GOOD.encode()))
            code, _, was_kept, baseline = run(args.command, [good], folder)
            print(f"good article alone: exit {code}, kept {was_kept}, peak {baseline:.0f} MB")
        print(f"| input | exit | reported | good kept | peak MB (alone: {baseline:.0f}) |")
        print("| --- | --- | --- | --- | --- |")
        for name in cases(Path(), servers):  # the names; each case is made in its own folder
            with fresh_folder() as folder:
                good = str(write(folder / "good.txt", GOOD.encode()))
                bad = cases(folder, servers)[name]()
                start = time.perf_counter()
                code, lines, was_kept, peak = run(args.command, [good, bad], folder)
                seconds = time.perf_counter() - start
            reported = (
                "; ".join(_short(line, bad, folder) for line in lines[:2]) or "(nothing: read as an article)"
            )
            more = f" (and {len(lines) - 2} more)" if len(lines) > 2 else ""
            print(
                f"| {name} | {code} | {reported}{more} | {'yes' if was_kept else 'NO'} | {peak:.0f} ({seconds:.1f} s) |"
            )
    finally:
        servers.close()


def _short(line: str, bad: str, folder: Path) -> str:
    line = line.removeprefix("newsprism: ").replace(str(folder) + "/", "").replace(bad, "INPUT")
    return line.replace("|", "\\|")[:150]


if __name__ == "__main__":
    main()
