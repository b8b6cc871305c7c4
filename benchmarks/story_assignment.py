"""Assigning a new article to a story, against 10,000 to 1,000,000 stories.

    python benchmarks/story_assignment.py [--sizes 10000 100000 1000000] [--articles 2000]

Each size is a real store (SQLite, in a temporary directory) of that many stories with
simulated story vectors: unit vectors near 1 topic per 10 stories (cosine about 0.8 with
their topic), the shape of real story centroids. Timed is `StoryIndex.assign` as ingest
calls it: the centroid search (`corpus/centroids.py`), the candidates' records read from
the store, the scores, the story written back; half the new articles are near an
existing topic, half start stories. Reported: the median and 99th percentile per
article, how often the exact nearest centroid is among the 20 candidates the search
gives (for the articles near a topic), and the index's memory per story
(`CentroidIndex.memory`).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np
from machine import describe

from newsprism.corpus import vectors
from newsprism.corpus.clusters import StoryIndex
from newsprism.corpus.ingest import StoredStories
from newsprism.store import Store

DIMENSIONS = vectors.DIMENSIONS
NOISE = 0.47 / np.sqrt(DIMENSIONS)  # per component: a story's cosine with its topic about 0.8


def near(rng: np.random.Generator, topics: np.ndarray, n: int) -> np.ndarray:
    rows = topics[rng.integers(0, len(topics), n)] + NOISE * rng.standard_normal((n, DIMENSIONS))
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def build(store: Store, n: int, rng: np.random.Generator) -> tuple[StoryIndex, np.ndarray, np.ndarray]:
    topics = rng.standard_normal((max(1, n // 10), DIMENSIONS)).astype(np.float32)
    topics /= np.linalg.norm(topics, axis=1, keepdims=True)
    index = StoryIndex(StoredStories(store, vectors.DocumentFrequencies()), DIMENSIONS)
    centroids = np.empty((n, DIMENSIONS), dtype=np.float32)
    with store.transaction():
        for start in range(0, n, 10_000):
            chunk = near(rng, topics, min(10_000, n - start))
            centroids[start : start + len(chunk)] = chunk
            store.db.executemany(
                "INSERT INTO corpus_stories (id, size, first, last, total, names) VALUES (?, 1, NULL, NULL, ?, ?)",
                [(start + k + 1, v.tobytes(), json.dumps([f"Name{start + k}"])) for k, v in enumerate(chunk)],
            )
            index.centroids.put_many(np.arange(start + 1, start + len(chunk) + 1), chunk)
    return index, topics, centroids


def measure(n: int, articles: int) -> str:
    rng = np.random.default_rng(n)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "stories.db") as store:
        started = time.perf_counter()
        index, topics, centroids = build(store, n, rng)
        built = time.perf_counter() - started
        close = near(rng, topics, articles // 2)
        fresh = rng.standard_normal((articles - len(close), DIMENSIONS)).astype(np.float32)
        arriving = np.vstack([close, fresh / np.linalg.norm(fresh, axis=1)[:, None]])
        rng.shuffle(arriving)
        exact = [int(np.argmax(centroids @ v)) + 1 for v in close[:200]]
        found = [[i for i, _ in index.centroids.nearest(v, 20)] for v in close[:200]]
        recall = np.mean([e in f for e, f in zip(exact, found, strict=True)])
        assert len(index.centroids) == n
        times = []
        with store.transaction():
            for v in arriving:
                begun = time.perf_counter()
                index.assign(v, frozenset({"Name1"}), None)
                times.append(time.perf_counter() - begun)
        ms = np.array(times) * 1000
        size = index.centroids.memory()
        return (
            f"{n:>9,} stories: assign median {np.median(ms):.2f} ms, p99 {np.percentile(ms, 99):.2f} ms;"
            f" nearest-centroid recall {recall:.3f}; index {size / n:.0f} bytes a story; built in {built:.0f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--articles", type=int, default=2_000)
    args = parser.parse_args()
    print(f"machine: {describe()}")
    for n in args.sizes:
        print(measure(n, args.articles), flush=True)
    print("targets: median <= 2 ms and p99 <= 10 ms at 100,000 stories, within 2x of that at 1,000,000")


if __name__ == "__main__":
    main()
