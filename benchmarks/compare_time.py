"""Compare-stage time for stories of 10, 50 and 200 articles, after reading.

    python benchmarks/compare_time.py [--sizes 10 50 200]

The articles are FNC-1 bodies (real news text), taken headline by headline among the
bodies related to it, so that a story's articles share topics as a story's do. Each
story is read first (not timed), then compared twice without the claim-pair judge: cold
(claim vectors encoded) and warm (vectors already kept by text, as when a stored story is
compared again); then twice more with it (`pair_judge`), so that what the judge adds is
measured in the same run, and the time to load its model is printed first. Targets: a
50-article story compared in under 10 s on 2 cores; the judge adds at most 2 s to it, and
loading its model at most 0.5 s.
"""

from __future__ import annotations

import argparse
import csv
import time

from machine import describe
from stance_fnc1 import DATA

from newsprism.compare import compare_story
from newsprism.compare.pairs import pair_model
from newsprism.model import Article, Story
from newsprism.pipeline import read_story
from newsprism.settings import Settings


def articles(count: int) -> list[Article]:
    with (DATA / "competition_test_bodies.csv").open(encoding="utf-8", newline="") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    with (DATA / "competition_test_stances.csv").open(encoding="utf-8", newline="") as f:
        related = [(r["Headline"], r["Body ID"]) for r in csv.DictReader(f) if r["Stance"] != "unrelated"]
    chosen = list(dict.fromkeys(b for _, b in sorted(related)))[:count]
    return [
        Article(id=f"a{i + 1}", path=f"fnc1-body-{b}", source=f"Outlet {i % 37}", text=bodies[b])
        for i, b in enumerate(chosen)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 200])
    args = parser.parse_args()
    without, settings = Settings(), Settings(pair_judge=True)
    print(f"machine: {describe()}")
    start = time.perf_counter()
    pair_model().probabilities([("A claim.", "Another claim.")])
    print(f"claim-pair model loaded in {time.perf_counter() - start:.2f} s")
    for size in args.sizes:
        story, readings = read_story(Story(articles=articles(size)), settings)
        timings = []
        for run in (without, without, settings, settings):
            start = time.perf_counter()
            compared = compare_story(story, readings, run)
            timings.append(time.perf_counter() - start)
        judged = sum(x.judged is not None for x in compared.contradictions)
        print(
            f"{size:4d} articles, {len(compared.claims):5d} claims: compare {timings[0]:6.2f} s cold, "
            f"{timings[1]:6.2f} s warm without the judge; {timings[2]:6.2f} s and {timings[3]:6.2f} s with it "
            f"(it adds {timings[3] - timings[1]:.2f} s); {len(compared.groups)} groups, "
            f"{len(compared.contradictions)} contradictions ({judged} judged), {len(compared.reuse)} reuse links"
        )


if __name__ == "__main__":
    main()
