"""Cleaning throughput: articles per second through ingest-free cleaning, one process.

    python benchmarks/clean_throughput.py

Two workloads of real news shapes: the 181 HTML pages of the extraction benchmark
(trafilatura and the leftover rules), and plain text (the same pages' article bodies
from the benchmark's ground truth, each with scraping leftovers appended: share bar,
newsletter prompt, photo credit, author bio), cleaned as one batch so that the
cross-article rules run too. Times exclude reading files.
"""

from __future__ import annotations

import json
import time

from extraction import BENCH, read_page
from machine import describe

from newsprism.clean import clean_documents
from newsprism.model import Article, Document
from newsprism.settings import Settings

LEFTOVERS = [
    "Share this article",
    "Facebook Twitter Email",
    "Sign up for our free daily newsletter.",
    "Photo: The scene on Monday. Credit: Staff/Reuters",
    "About the author",
    "Jo Doe is a reporter for the paper based in the capital.",
]


def rate(docs: list[Document], settings: Settings) -> tuple[float, int]:
    started = time.perf_counter()
    outcomes = clean_documents(docs, settings)
    elapsed = time.perf_counter() - started
    return len(docs) / elapsed, sum(isinstance(o, Article) for o in outcomes)


def main() -> None:
    truth = json.loads((BENCH / "ground-truth.json").read_text())
    settings = Settings()
    html = [Document(input=k, content=read_page(k), format="html") for k in truth]
    text = [
        Document(input=k, content=v["articleBody"] + "\n" + "\n".join(LEFTOVERS), format="text")
        for k, v in truth.items()
    ]
    rate(html[:5], settings)  # warm the imports
    html_rate, html_ok = rate(html, settings)
    text_rate, text_ok = rate(text, settings)
    print(f"cleaning HTML pages: {html_rate:.1f} articles/s ({html_ok} of {len(html)} gave an article)")
    print(f"cleaning plain text: {text_rate:.1f} articles/s ({text_ok} of {len(text)} gave an article)")
    print(f"one process; machine: {describe()}")


if __name__ == "__main__":
    main()
