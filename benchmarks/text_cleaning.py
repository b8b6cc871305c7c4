"""Plain-text cleaning on the extraction benchmark's pages, flattened as a scraper saves them.

    python benchmarks/text_cleaning.py

Each of the 181 pages is turned into all of its visible text, one block a line
(newsprism.clean.html.page_lines: menus, share bars, footers and all), and that plain text goes
through newsprism's plain-text cleaning, which never sees the HTML. Scored against the
benchmark's article bodies with the shingle measure of benchmarks/extraction.py, beside
the same text uncleaned. This is far harder than scraped articles with a few leftovers:
it measures how much page furniture the plain-text rules remove and what they cost.
"""

from __future__ import annotations

import json
import time

from extraction import BENCH, precision_recall, read_page
from machine import describe

from newsprism.clean import clean_documents
from newsprism.clean.html import page_lines
from newsprism.model import Article, Document
from newsprism.settings import Settings


def main() -> None:

    truth = json.loads((BENCH / "ground-truth.json").read_text())
    settings = Settings()
    totals = {"uncleaned": [0.0, 0.0], "cleaned": [0.0, 0.0]}
    seconds = 0.0
    for page_id, gold in truth.items():
        html = read_page(page_id)
        flat = "\n".join(page_lines(html))
        started = time.perf_counter()
        [outcome] = clean_documents([Document(input=page_id, content=flat, format="text")], settings)
        seconds += time.perf_counter() - started
        cleaned = outcome.text if isinstance(outcome, Article) else ""
        for name, text in (("uncleaned", flat), ("cleaned", cleaned)):
            p, r = precision_recall(gold["articleBody"], text)
            totals[name][0] += p
            totals[name][1] += r
    for name, (p, r) in totals.items():
        p, r = p / len(truth), r / len(truth)
        print(
            f"plain text {name:9s} on {len(truth)} pages:"
            f" precision {p:.3f} recall {r:.3f} F1 {2 * p * r / (p + r):.3f}"
        )
    print(f"plain-text cleaning: {len(truth) / seconds:.0f} pages/s")
    print(f"machine: {describe()}")


if __name__ == "__main__":
    main()
