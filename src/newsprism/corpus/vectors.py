"""Story vectors: what an article is about, cheaply enough for a stream of thousands.

An article's story vector is the words of its lead (title and first `LEAD` characters),
each weighted by 1 + log(count) times its rarity in general English, folded into
`DIMENSIONS` by a signed hash (feature hashing: Weinberger et al., 2009), as a unit
vector. Rarity is max(0, 8 - Zipf frequency) from wordfreq's English list (Speer et al.,
the wordfreq package): "the" weighs about 0.3, a surname or a place name 8, so names and
rare words carry the story. No model runs: about 10,000 articles a second on one core.

The sentence encoder was measured as a second half of the vector (MiniLM of the
headline): 3 points more B-cubed F1 on ECB+ and 2 on AllSides, for about 4 ms an article
on two cores, which alone is more than ingest's whole budget per article
(`benchmarks/clustering.py`, `benchmarks/ingest_throughput.py`).
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from functools import cache

import numpy as np

from newsprism.model import Article

DIMENSIONS = 384
VERSION = "words-384-wordfreq/1"  # stored with a corpus; a corpus made with another is refused
LEAD = 1_000
_COMMONEST = 8.0  # Zipf frequency at and above which a word weighs nothing
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")


def lead(article: Article) -> str:
    """The title and the start of the text: what a story vector and its names are read from."""
    return f"{article.title or ''}\n{article.text}"[:LEAD]


def story_vectors(articles: Sequence[Article]) -> np.ndarray:
    """A (len(articles), DIMENSIONS) float32 array of unit vectors."""
    return (
        np.stack([word_vector(lead(a)) for a in articles])
        if articles
        else np.zeros((0, DIMENSIONS), np.float32)
    )


def word_vector(text: str) -> np.ndarray:
    """The text's words, weighted by count and rarity, hashed into a unit vector."""
    vector = np.zeros(DIMENSIONS, dtype=np.float32)
    rarity = _rarity()
    for word, count in Counter(_WORD.findall(text.lower())).items():
        hashed = zlib.crc32(word.encode("utf-8"))
        sign = 1.0 if hashed & (1 << 31) else -1.0
        vector[hashed % DIMENSIONS] += sign * (1 + math.log(count)) * rarity.get(word, _COMMONEST)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


@cache
def _rarity() -> dict[str, float]:
    """Each English word's weight: how far its Zipf frequency falls below `_COMMONEST`."""
    from wordfreq import get_frequency_dict

    return {
        word: max(0.0, _COMMONEST - (math.log10(frequency) + 9))
        for word, frequency in get_frequency_dict("en").items()
    }
