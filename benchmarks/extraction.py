"""Main-text extraction on the public article-extraction benchmark (181 news pages).

    python benchmarks/extraction.py [--raw]

The measure, written from its definition (../shared/bench/README.md): each text is cut
into tokens (runs of word characters, \\w+), tokens into overlapping 4-grams (shingles,
counted as a multiset); per page, precision = shared / predicted shingles and recall =
shared / true shingles (both 1 when neither has any, both 0 when they share none);
precision and recall are averaged over the pages, and F1 is their harmonic mean.
Published: trafilatura 0.958, readability 0.922 (scrapinghub/article-extraction-benchmark).

It runs newsprism's whole cleaning stage on each page alone (trafilatura, then the
leftover rules); `--raw` scores trafilatura with the same options and nothing else.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter

from machine import SHARED, describe

from newsprism.clean import clean_documents
from newsprism.model import Article, Document
from newsprism.settings import Settings

BENCH = SHARED / "bench" / "extraction"
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def precision_recall(true: str, predicted: str) -> tuple[float, float]:
    t, p = shingles(true), shingles(predicted)
    shared = sum((t & p).values())
    if not t and not p:
        return 1.0, 1.0
    if shared == 0:
        return 0.0, 0.0
    return shared / sum(p.values()), shared / sum(t.values())


def read_page(page_id: str) -> str:
    return gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")


def newsprism_text(html: str, settings: Settings) -> str:
    [outcome] = clean_documents([Document(input="page", content=html, format="html")], settings)
    return outcome.text if isinstance(outcome, Article) else ""


def raw_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, favor_precision=True) or ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--raw", action="store_true", help="trafilatura alone, for comparison")
    args = parser.parse_args()
    truth = json.loads((BENCH / "ground-truth.json").read_text())
    settings = Settings()
    precision = recall = 0.0
    started = time.perf_counter()
    for page_id, gold in truth.items():
        html = gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        text = raw_text(html) if args.raw else newsprism_text(html, settings)
        p, r = precision_recall(gold["articleBody"], text)
        precision += p
        recall += r
    seconds = time.perf_counter() - started
    precision, recall = precision / len(truth), recall / len(truth)
    f1 = 2 * precision * recall / (precision + recall)
    who = "trafilatura alone" if args.raw else "newsprism cleaning"
    print(
        f"extraction ({who}) on {len(truth)} pages: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}"
    )
    print(f"published: trafilatura 0.958, readability 0.922; {len(truth) / seconds:.1f} pages/s")
    print(f"machine: {describe()}")


if __name__ == "__main__":
    main()
