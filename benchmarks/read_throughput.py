"""Read-stage throughput: articles per second through spaCy, entities, quotes, claims and
framing, on 600-word news articles, beside the bound set by the model call alone.

    python benchmarks/read_throughput.py [--articles N]

The articles are the extraction benchmark's article bodies (real news text), each cut or
extended to 600 words. The bound is spaCy's `nlp.pipe` alone on the same texts, in the
same process and run; the read stage cannot be faster than it. The sentence encoder is
not called by the read stage (claims are encoded by the compare stage; see
`compare_time.py`), so it is not part of the bound. Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import json
import resource
import time

from extraction import BENCH
from machine import describe

from newsprism.model import Article, Story
from newsprism.nlp import spacy_pipeline
from newsprism.pipeline import read_articles
from newsprism.settings import Settings

WORDS = 600


def articles(count: int) -> list[Article]:
    bodies = [v["articleBody"] for v in json.loads((BENCH / "ground-truth.json").read_text()).values()]
    bodies = [b for b in bodies if len(b.split()) > 100]
    out = []
    for i in range(count):
        words: list[str] = []
        j = i
        while len(words) < WORDS:
            words += bodies[j % len(bodies)].split()
            j += 1
        out.append(Article(id=f"a{i + 1}", path=f"{i}", text=" ".join(words[:WORDS])))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()
    batch = articles(args.articles)
    settings = Settings()
    nlp = spacy_pipeline(settings.spacy_model)
    list(nlp.pipe([a.text for a in batch[:5]]))  # warm up
    started = time.perf_counter()
    list(nlp.pipe([a.text for a in batch], batch_size=32))
    bound = len(batch) / (time.perf_counter() - started)
    started = time.perf_counter()
    for i in range(0, len(batch), 10):  # stories of 10 articles, as a story is read
        read_articles(Story(articles=batch[i : i + 10]), settings)
    rate = len(batch) / (time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"read stage: {rate:.1f} articles/s ({WORDS}-word articles, {len(batch)} articles, stories of 10)")
    print(
        f"bound, spaCy nlp.pipe alone: {bound:.1f} articles/s ({bound * WORDS:.0f} words/s); read stage at {100 * rate / bound:.0f}% of it"
    )
    print(f"peak memory: {peak:.0f} MB; one process; machine: {describe()}")


if __name__ == "__main__":
    main()
