"""The centroid index, exact and then approximate, against a brute-force search."""

from __future__ import annotations

import numpy as np

from newsprism.corpus.centroids import CentroidIndex

DIMENSIONS = 32


def clustered(rng: np.random.Generator, n: int, topics: np.ndarray) -> np.ndarray:
    """Unit vectors near random topics (cosine about 0.8 with their topic), as story centroids are."""
    unit_topics = topics / np.linalg.norm(topics, axis=1, keepdims=True)
    near = unit_topics[rng.integers(0, len(topics), n)] + 0.13 * rng.standard_normal((n, DIMENSIONS))
    return (near / np.linalg.norm(near, axis=1, keepdims=True)).astype(np.float32)


def test_a_small_index_scans_every_centroid_and_takes_updates_and_removals() -> None:
    index = CentroidIndex(DIMENSIONS)
    rng = np.random.default_rng(1)
    vectors = clustered(rng, 50, rng.standard_normal((5, DIMENSIONS)))
    for k, v in enumerate(vectors):
        index.put(k + 1, v)
    query = vectors[7]
    assert index.nearest(query, 1)[0][0] == 8
    index.put(8, -query)  # replaced: now the farthest
    assert index.nearest(query, 50)[-1][0] == 8
    index.remove(3)
    found = [i for i, _ in index.nearest(query, 100)]
    assert len(index) == len(found) == 49
    assert 3 not in found


def test_with_cells_the_index_finds_what_brute_force_finds() -> None:
    rng = np.random.default_rng(2)
    topics = rng.standard_normal((400, DIMENSIONS))
    vectors = clustered(rng, 3_000, topics)  # cells from 200 stories, trained again at 1,600
    index = CentroidIndex(DIMENSIONS, cells_from=200)
    for k, v in enumerate(vectors):
        index.put(k, v)
    assert len(index) == 3_000
    queries = clustered(rng, 200, topics)
    best = (queries @ vectors.T).argmax(axis=1)
    found = [index.nearest(q, 5) for q in queries]
    assert np.mean([b in [i for i, _ in f] for b, f in zip(best, found, strict=True)]) >= 0.95
    assert all(
        abs(s - float(vectors[i] @ q)) < 0.01 for f, q in zip(found, queries, strict=True) for i, s in f
    )
    index.put(int(best[0]), -queries[0])  # a replaced centroid moves
    index.remove(int(best[1]))
    assert int(best[0]) not in [i for i, _ in index.nearest(queries[0], 5)]
    assert int(best[1]) not in [i for i, _ in index.nearest(queries[1], 5)]
    assert len(index) == 2_999
