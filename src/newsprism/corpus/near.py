"""Near-duplicates: wire copies and re-posts with a changed headline or a line more.

Each article's text is summarised by a MinHash of its word 5-gram shingles (datasketch,
64 permutations); an LSH index finds the earlier articles whose estimated Jaccard
similarity reaches `SIMILAR`. A near-duplicate is linked to the article it copies and
joins that article's story without being clustered on its own.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

PERMUTATIONS = 64
SCHEME = "affine32"  # datasketch's default permutation scheme; values are uint32
SIMILAR = 0.8
_SHINGLE = 5
_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    """The same text, whatever its spacing and case, has the same hash."""
    folded = " ".join(_WORD.findall(text.lower()))
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def signature(text: str) -> np.ndarray:
    """The MinHash of the text's word shingles, as stored (uint32 values)."""
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}
    minhash = MinHash(num_perm=PERMUTATIONS, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    values: np.ndarray = minhash.hashvalues.astype(np.uint32)
    return values


class NearDuplicates:
    """An LSH index of the articles seen so far, by their signatures."""

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=SIMILAR, num_perm=PERMUTATIONS)

    def add(self, key: int, values: np.ndarray) -> None:
        self.lsh.insert(str(key), _minhash(values))

    def original(self, values: np.ndarray) -> int | None:
        """The earliest article this one nearly duplicates, if any."""
        found = self.lsh.query(_minhash(values))
        return min(int(k) for k in found) if found else None


def _minhash(values: np.ndarray) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=PERMUTATIONS, hashvalues=values, scheme=SCHEME)
