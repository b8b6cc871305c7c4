"""Read-stage throughput: articles per second through spaCy, entities, quotes, claims and
framing, on 600-word news articles, beside the bound set by the model call alone.

    python benchmarks/read_throughput.py [--articles N] [--jobs N]

The articles are the extraction benchmark's article bodies (real news text), each cut or
extended to 600 words. The bound is spaCy's `nlp.pipe` alone on the same texts, in the
same process and run; the read stage cannot be faster than it. Both are measured in one
process, then in `--jobs` processes (default 2, one a core, as `analyze --all --jobs` and
`batch` read a corpus), each process taking its share of the stories once its models are
loaded; the rate is all the articles over the time from the first start to the last end.
The sentence encoder is not called by the read stage: the compare stage encodes the
claims it finds (`compare_time.py`). Its rate on those claims, encoded once each in one
process, is printed beside the bound, for the stages together. Peak memory is the
process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import time
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

from extraction import BENCH
from machine import describe

from newsprism.model import Article, Reading
from newsprism.nlp import encoder, spacy_pipeline
from newsprism.read import read_articles
from newsprism.settings import Settings

WORDS = 600
Spans = tuple[tuple[float, float], tuple[float, float]]  # spaCy alone, read stage: (start, end)


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
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    batch = articles(args.articles)
    bound, rate, claims = _measure(batch)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    _report("one process", bound, rate, len(batch))
    print(f"peak memory: {peak:.0f} MB in one process")
    model = encoder(None)
    model.encode(claims[:8])  # loaded and warm
    started = time.perf_counter()
    model.encode(claims[8:])
    print(
        f"sentence encoder on the claims found: {(len(claims) - 8) / (time.perf_counter() - started):.0f} sentences/s"
    )
    shares = [batch[i :: args.jobs] for i in range(args.jobs)]
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(args.jobs), context.Queue()
    workers = [context.Process(target=_timed_share, args=(share, start, results)) for share in shares]
    for w in workers:
        w.start()
    spans = [results.get() for _ in workers]
    for w in workers:
        w.join()
    bound, rate = (len(batch) / (max(s[k][1] for s in spans) - min(s[k][0] for s in spans)) for k in (0, 1))
    _report(f"{args.jobs} processes", bound, rate, len(batch))
    print(f"machine: {describe()}")


def _measure(batch: list[Article]) -> tuple[float, float, list[str]]:
    """(spaCy alone, read stage) in articles per second, in this process, models loaded
    first; and the distinct texts of the claims read."""
    settings = Settings()
    nlp = spacy_pipeline(settings.spacy_model)
    list(nlp.pipe([a.text for a in batch[:5]]))  # warm up
    started = time.perf_counter()
    list(nlp.pipe([a.text for a in batch], batch_size=32))
    bound = len(batch) / (time.perf_counter() - started)
    started = time.perf_counter()
    readings = _read(batch, settings)
    rate = len(batch) / (time.perf_counter() - started)
    return bound, rate, list(dict.fromkeys(c.text for r in readings for c in r.claims))


def _read(batch: list[Article], settings: Settings) -> list[Reading]:
    """Each article of the batch read alone, as the read stage reads them."""
    return [r for r in read_articles(batch, settings) if isinstance(r, Reading)]


def _timed_share(share: list[Article], start: Barrier, results: Queue[Spans]) -> None:
    """In a worker: the (start, end) times of spaCy alone and of the read stage on its share,
    each begun with the other workers once all have loaded the models."""
    settings = Settings()
    nlp = spacy_pipeline(settings.spacy_model)
    _read(share[:2], settings)  # warm up
    spans = []
    for work in (
        lambda: list(nlp.pipe([a.text for a in share], batch_size=32)),
        lambda: _read(share, settings),
    ):
        start.wait()
        began = time.monotonic()
        work()
        spans.append((began, time.monotonic()))
    results.put((spans[0], spans[1]))


def _report(how: str, bound: float, rate: float, count: int) -> None:
    print(
        f"{how}: read stage {rate:.1f} articles/s ({WORDS}-word articles, {count} articles, each read alone)"
    )
    print(
        f"{how}: bound, spaCy nlp.pipe alone: {bound:.1f} articles/s ({bound * WORDS:.0f} words/s); "
        f"read stage at {100 * rate / bound:.0f}% of it"
    )


if __name__ == "__main__":
    main()
