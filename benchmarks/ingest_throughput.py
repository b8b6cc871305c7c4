"""Ingest throughput: articles per second from HTML files and from JSONL, into a store.

    python benchmarks/ingest_throughput.py [--html N] [--jsonl N]

Measured end to end, as `newsprism ingest` runs: reading the inputs, cleaning (HTML main
text by trafilatura, or the plain-text rules), deduplication by URL and content hash,
near-duplicates by MinHash LSH, story vectors, clustering, and the writes to a fresh
SQLite store. The corpus is built from the extraction benchmark (real news pages and
their article bodies, with their real shapes and lengths): copy k of a page has the ten
commonest function words of English permuted among themselves, a different permutation
for each copy, which keeps the page's markup, length and vocabulary but makes every copy
a new article to the deduplicator (its links, canonical URL included, get a host of
their own). Beside the HTML figure: trafilatura alone (`trafilatura.extract`, its
defaults) on the same pages in as many processes as there are CPUs, and the ratio. Reported
too: the in-memory story index per article and the process' peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import trafilatura
from extraction import BENCH, read_page
from machine import describe

from newsprism.corpus.ingest import Corpus, ingest
from newsprism.settings import Settings
from newsprism.store import Store

JOBS = os.cpu_count() or 1  # as `newsprism ingest` cleans by default
FUNCTION_WORDS = ["the", "of", "and", "to", "a", "in", "for", "is", "on", "that"]
_FUNCTION_WORD = re.compile(r"\b(" + "|".join(FUNCTION_WORDS) + r")\b")


def variant(text: str, k: int) -> str:
    """Copy k of a text: the function words permuted, a random permutation seeded by k (0: none)."""
    if not k:
        return text
    order = random.Random(k).sample(FUNCTION_WORDS, len(FUNCTION_WORDS))
    swap = dict(zip(FUNCTION_WORDS, order, strict=True))
    return _FUNCTION_WORD.sub(lambda m: swap[m.group(1)], text).replace("://", f"://copy{k}.")


def html_corpus(folder: Path, n: int) -> list[str]:
    """`n` HTML files in `folder`; the pages' contents, for trafilatura alone."""
    pages = [read_page(k) for k in sorted(json.loads((BENCH / "ground-truth.json").read_text()))]
    contents = []
    for i in range(n):
        content = variant(pages[i % len(pages)], i // len(pages))
        (folder / f"{i:06d}.html").write_text(content, encoding="utf-8")
        contents.append(content)
    return contents


def jsonl_corpus(path: Path, n: int) -> None:
    truth = list(json.loads((BENCH / "ground-truth.json").read_text()).values())
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            page = truth[i % len(truth)]
            record = {
                "url": f"https://outlet{i % 40}.invalid/{i}",
                "title": variant(page.get("headline") or "", i // len(truth)),
                "text": variant(page["articleBody"], i // len(truth)),
                "source": f"Outlet {i % 40}",
            }
            out.write(json.dumps(record) + "\n")


def run_ingest(inputs: list[str], db: Path) -> tuple[float, str, float]:
    """Articles a second, the counts, and the in-memory index's bytes per stored article."""
    with Store(db) as store:
        started = time.perf_counter()
        outcome = ingest(inputs, store, Settings(), jobs=JOBS)
        elapsed = time.perf_counter() - started
        stored = store.db.execute("SELECT count(*) FROM corpus").fetchone()[0]
        index_bytes = Corpus(store).index.centroids.memory()  # as a new run loads it
    seen = outcome.ok + outcome.duplicate + outcome.skipped + outcome.failed
    counts = (
        f"ok {outcome.ok}, duplicate {outcome.duplicate}, skipped {outcome.skipped}, failed {outcome.failed}"
    )
    return seen / elapsed, counts, index_bytes / max(1, stored)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--html", type=int, default=2_000, help="HTML files (0: none)")
    parser.add_argument("--jsonl", type=int, default=5_000, help="JSONL records (0: none)")
    args = parser.parse_args()
    print(f"machine: {describe()}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        run_ingest([], root / "warm.db")  # imports
        if args.html:
            (root / "html").mkdir()
            contents = html_corpus(root / "html", args.html)
            started = time.perf_counter()
            with ProcessPoolExecutor(JOBS) as pool:
                list(pool.map(trafilatura.extract, contents, chunksize=16))
            alone = len(contents) / (time.perf_counter() - started)
            rate, counts, per_article = run_ingest([str(root / "html")], root / "html.db")
            print(f"HTML, {args.html} files: {rate:.1f} articles/s ({counts}); trafilatura alone {alone:.1f} pages/s,"
                  f" ratio {rate / alone:.2f}; story index {per_article:.0f} bytes an article")  # fmt: skip
        if args.jsonl:
            jsonl_corpus(root / "corpus.jsonl", args.jsonl)
            rate, counts, per_article = run_ingest([str(root / "corpus.jsonl")], root / "jsonl.db")
            print(f"JSONL, {args.jsonl} records: {rate:.1f} articles/s ({counts});"
                  f" story index {per_article:.0f} bytes an article")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: main process {peak:.0f} MB, largest worker {worker:.0f} MB;"
          f" cleaning in {JOBS} worker processes, batches of 64")  # fmt: skip
    print("targets: HTML >= 0.8 of trafilatura alone, JSONL >= 500 articles/s; <= 1 KB an article in memory")


if __name__ == "__main__":
    main()
