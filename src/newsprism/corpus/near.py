"""Near-duplicates: wire copies and re-posts with a changed headline or a line more.

Each article's text is summarised by a MinHash of its word 5-gram shingles (datasketch,
64 permutations), cut into LSH bands as datasketch's MinHashLSH would for a Jaccard
similarity of `SIMILAR`; the store indexes each band's key, so the earlier articles
sharing a band are found on disk, not in memory. A near-duplicate is linked to the
article it copies and joins that article's story without being clustered on its own.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import cache

import numpy as np

PERMUTATIONS = 64
SCHEME = "affine32"  # datasketch's default permutation scheme; values are uint32
SIMILAR = 0.8
VERSION = "minhash-64-crc32-5gram/1"  # stored with a corpus; a corpus made with another is refused
_SHINGLE = 5
_MIX = 0x100000001B3  # the FNV prime: an odd multiplier that spreads the word hashes
_MERSENNE_PRIME = (1 << 61) - 1  # datasketch's
_MAX_HASH = (1 << 32) - 1
_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    """The same text, whatever its spacing and case, has the same hash."""
    folded = " ".join(_WORD.findall(text.lower()))
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def signature(text: str) -> np.ndarray:
    """The MinHash of the text's word shingles, as stored (uint32 values).

    Words are hashed with CRC-32 and each run of `_SHINGLE` words combined into one 32-bit
    shingle hash, all in numpy; the shingles are then permuted by datasketch's
    permutations, as its `MinHash.update_batch` does, and the least value kept for each."""
    words = _WORD.findall(text.lower()) or [""]
    hashed = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    width = min(_SHINGLE, len(hashed))
    shingles = np.zeros(len(hashed) - width + 1, dtype=np.uint64)
    for k in range(width):  # a polynomial of the run's word hashes, wrapping at 64 bits
        shingles = shingles * np.uint64(_MIX) + hashed[k : len(hashed) - width + 1 + k]
    shingles = np.unique((shingles ^ (shingles >> np.uint64(31))) & np.uint64(_MAX_HASH))
    a, b = _permutations()
    permuted = ((shingles[:, None] * a + b) % np.uint64(_MERSENNE_PRIME)) & np.uint64(_MAX_HASH)
    values: np.ndarray = permuted.min(axis=0).astype(np.uint32)
    return values


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's permutations for `PERMUTATIONS` (seed 1, its default)."""
    from datasketch import MinHash

    a, b = MinHash(num_perm=PERMUTATIONS, scheme=SCHEME).permutations
    return a.astype(np.uint64), b.astype(np.uint64)


@cache
def _bands() -> tuple[int, int]:
    """Bands and rows per band: datasketch's choice for `SIMILAR` and `PERMUTATIONS`."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=SIMILAR, num_perm=PERMUTATIONS)
    return lsh.b, lsh.r


def band_keys(values: np.ndarray) -> list[int]:
    """One key per LSH band: two texts sharing any key are candidate near-duplicates."""
    bands, rows = _bands()
    return [
        int.from_bytes(
            hashlib.blake2b(
                bytes([band]) + values[band * rows : (band + 1) * rows].tobytes(), digest_size=8
            ).digest(),
            "little",
            signed=True,
        )
        for band in range(bands)
    ]
