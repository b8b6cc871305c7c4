"""Language detection on short news texts: the extraction benchmark's article bodies.

    python benchmarks/language.py

The 181 pages of ../shared/bench/extraction hold articles in 8 languages (161 English;
the others listed, read by a person, in benchmarks/data/extraction-languages.json). Each
article body is cut to its first 60, 120 and 240 characters (a headline, a lead, a short
brief) and given whole, and newsprism.clean.language tells its language. Reported per
length: accuracy; the share told with at least `SURE` probability (what newsprism acts
on); English texts surely taken for another language (articles newsprism would skip
wrongly, the cost that matters); other-language texts surely told right (articles kept
out of the English models, as they should be). py3langid is the detector.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from extraction import BENCH
from machine import describe

from newsprism.clean.language import SURE, language_of

LENGTHS = (60, 120, 240, None)
LABELS = Path(__file__).parent / "data" / "extraction-languages.json"


def main() -> None:
    bodies = {k: v["articleBody"] for k, v in json.loads((BENCH / "ground-truth.json").read_text()).items()}
    others = json.loads(LABELS.read_text())["languages"]
    gold = {k: others.get(k, "en") for k in bodies}
    print(f"machine: {describe()}")
    print(f"{len(bodies)} articles, {sum(g != 'en' for g in gold.values())} not in English; sure >= {SURE}")
    print("length | accuracy | sure | English surely taken for another | others surely told | ms/text")
    for length in LENGTHS:
        started = time.perf_counter()
        found = {k: language_of(text[:length] if length else text) for k, text in bodies.items()}
        ms = 1000 * (time.perf_counter() - started) / len(bodies)
        codes = {k: f.code if f else None for k, f in found.items()}
        sure = {k: bool(f and f.sure) for k, f in found.items()}
        right = sum(codes[k] == gold[k] for k in bodies)
        wrong_en = sum(gold[k] == "en" and codes[k] != "en" and sure[k] for k in bodies)
        others_told = sum(gold[k] != "en" and codes[k] == gold[k] and sure[k] for k in bodies)
        print(
            f"{length or 'whole':>6} | {right / len(bodies):.3f} | {sum(sure.values()) / len(bodies):.3f} | "
            f"{wrong_en} of {len(bodies) - len(others)} | {others_told} of {len(others)} | {ms:.2f}"
        )


if __name__ == "__main__":
    main()
