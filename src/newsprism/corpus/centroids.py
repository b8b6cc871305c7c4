"""The story centroids, searched for the closest to an article's vector.

The centroids live in a faiss inverted-file index of 8-bit codes (IVF-SQ8, inner
product): about 1,060 bytes a story of 1,024 dimensions. The codes cover one fixed range,
[-1, 1], in which every component of a unit vector lies, so nothing is clipped and an
inner product is off by about 0.002; the caller scores its few candidates exactly. The index starts as one
cell (an exhaustive scan of the codes); from `CELLS_FROM` stories on it is trained into
`4 * sqrt(n)` cells, of which `PROBES` are searched, and trained again, on its own
reconstructed centroids, each time the stories grow eightfold, so a search costs about
the same at 100,000 stories as at a million. A story's centroid is replaced as its story
grows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import faiss

CELLS_FROM = 4_096
PROBES = 16
_GROWTH = 8  # stories, as a multiple of those trained on, at which the cells are trained again
_TRAINING_PER_CELL = 39  # faiss' minimum of training points per cell
_MAP_ENTRY = 48  # bytes of faiss' id-to-place hash table entry, about


class CentroidIndex:
    """Unit vectors by story id; `nearest` gives the closest ids and their inner products."""

    def __init__(self, dimensions: int, cells_from: int = CELLS_FROM) -> None:
        self.dimensions = dimensions
        self.cells_from = cells_from
        self._trained_on = 0
        self._index, self._quantizer = self._build(np.zeros((1, dimensions), dtype=np.float32))

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def put(self, story: int, centroid: np.ndarray) -> None:
        """Add a story's centroid, or replace it."""
        self.remove(story)
        vector = np.ascontiguousarray(centroid, dtype=np.float32).reshape(1, -1)
        self._index.add_with_ids(vector, np.array([story], dtype=np.int64))
        if len(self) >= max(self.cells_from, _GROWTH * self._trained_on):
            self._train()

    def put_many(self, stories: np.ndarray, centroids: np.ndarray) -> None:
        """Add the centroids of stories not yet in the index, all at once (cells trained once, at the end)."""
        if len(stories):
            self._index.add_with_ids(
                np.ascontiguousarray(centroids, dtype=np.float32), stories.astype(np.int64)
            )
        if len(self) >= max(self.cells_from, _GROWTH * self._trained_on):
            self._train()

    def remove(self, story: int) -> None:
        """Forget a story's centroid (none kept: nothing happens)."""
        ids = np.array([story], dtype=np.int64)
        self._index.remove_ids(ids)  # type: ignore[arg-type]  # faiss' Python wrapper takes an id array

    def nearest(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Up to `k` (story id, inner product) pairs, closest first."""
        query = np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
        scores, ids = self._index.search(query, k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def memory(self) -> int:
        """Bytes the index holds: codes, ids and cells (faiss' own size) and the id map."""
        import faiss

        return len(faiss.serialize_index(self._index)) + _MAP_ENTRY * len(self)

    def _train(self) -> None:
        """Cells trained on the centroids at hand, and every centroid moved into them."""
        import faiss

        lists = self._index.invlists
        assert lists is not None  # an IVF index always has its lists
        ids = np.concatenate(
            [faiss.rev_swig_ptr(lists.get_ids(cell), lists.list_size(cell)).copy()
             for cell in range(self._index.nlist)]
        )  # fmt: skip
        vectors = self._index.reconstruct_batch(ids)
        cells = max(1, min(int(4 * np.sqrt(len(ids))), len(ids) // _TRAINING_PER_CELL))
        kmeans = faiss.Kmeans(self.dimensions, cells, niter=20, seed=1, spherical=True)
        kmeans.train(vectors[np.random.default_rng(0).permutation(len(ids))[: cells * 50]])
        assert kmeans.centroids is not None  # set by train
        self._index, self._quantizer = self._build(kmeans.centroids)
        self._index.add_with_ids(vectors, ids)
        self._trained_on = len(ids)

    def _build(self, cells: np.ndarray) -> tuple[faiss.IndexIVFScalarQuantizer, faiss.IndexFlatIP]:
        """An empty index with these cell centres, ready to take centroids."""
        import faiss

        faiss.omp_set_num_threads(1)  # one query at a time: threads only add overhead
        quantizer = faiss.IndexFlatIP(self.dimensions)
        quantizer.add(np.ascontiguousarray(cells, dtype=np.float32))
        index = faiss.IndexIVFScalarQuantizer(
            quantizer,
            self.dimensions,
            len(cells),
            faiss.ScalarQuantizer.QT_8bit_uniform,
            faiss.METRIC_INNER_PRODUCT,
        )
        index.by_residual = False  # codes of the vectors themselves, whose components lie in [-1, 1]
        faiss.copy_array_to_vector(np.array([-1.0, 2.0], dtype=np.float32), index.sq.trained)  # vmin, width
        index.is_trained = True
        index.set_direct_map_type(faiss.DirectMap.Hashtable)  # type: ignore[attr-defined]  # not in faiss' stubs
        index.nprobe = PROBES
        return index, quantizer  # the index does not own its quantizer: both are kept
