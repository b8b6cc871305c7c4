"""Plain-text cleaning on the extraction benchmark's pages, flattened as a scraper saves them.

    python benchmarks/text_cleaning.py

Each page is turned into all of its visible text, one block a line
(newsprism.clean.html.page_lines: menus, share bars, footers and all), and that plain text goes
through newsprism's plain-text cleaning, which never sees the HTML. Scored against the
benchmark's article bodies with the shingle measure of benchmarks/extraction.py, beside
the same text uncleaned and the same text with only the leftover lexicon's lines removed.

Reported on the held-out half of the pages (odd positions of the sorted ids): the line
classifier that cleaning uses was trained on the other half (training/train_lines.py).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from extraction import BENCH, precision_recall, read_page
from machine import describe

from newsprism.clean import clean_documents
from newsprism.clean.html import page_lines
from newsprism.clean.leftovers import load_rules, mark_by_rules
from newsprism.model import Article, Document
from newsprism.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
from train_lines import split


def main() -> None:
    truth = json.loads((BENCH / "ground-truth.json").read_text())
    _training, held_out = split(list(truth))
    settings, rules = Settings(), load_rules()
    totals = {"uncleaned": [0.0, 0.0], "lexicon only": [0.0, 0.0], "cleaned": [0.0, 0.0]}
    seconds = 0.0
    for page_id in held_out:
        lines = page_lines(read_page(page_id))
        flat = "\n".join(lines)
        started = time.perf_counter()
        [outcome] = clean_documents([Document(input=page_id, content=flat, format="text")], settings)
        seconds += time.perf_counter() - started
        cleaned = outcome.text if isinstance(outcome, Article) else ""
        lexicon = "\n".join(
            line for line, r in zip(lines, mark_by_rules(lines, rules), strict=True) if r is None
        )
        for name, text in (("uncleaned", flat), ("lexicon only", lexicon), ("cleaned", cleaned)):
            p, r = precision_recall(truth[page_id]["articleBody"], text)
            totals[name][0] += p
            totals[name][1] += r
    for name, (p, r) in totals.items():
        p, r = p / len(held_out), r / len(held_out)
        print(
            f"plain text {name:12s} on the {len(held_out)} held-out pages:"
            f" precision {p:.3f} recall {r:.3f} F1 {2 * p * r / (p + r):.3f}"
        )
    print(f"plain-text cleaning: {len(held_out) / seconds:.0f} pages/s")
    print(f"machine: {describe()}")


if __name__ == "__main__":
    main()
