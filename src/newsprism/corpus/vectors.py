"""Story vectors: what an article is about, cheaply enough for a stream of thousands.

An article's story vector is TF-IDF of the words of its lead (title and first `LEAD`
characters, the title's words counted twice), folded into `DIMENSIONS` by a signed hash (feature hashing: Weinberger et
al., 2009), as a unit vector. A word weighs 1 + log(count) times its inverse document
frequency in the corpus as it stands when the article arrives (incremental IDF, as in
on-line event detection: Allan, Papka and Lavrenko, 1998), so the words every story of a
corpus uses ("president" in a corpus of politics) weigh little and its events' own words
much. Until a corpus has its own counts, general English stands in: each word's count
starts at what `PRIOR_LEADS` leads of `LEAD_WORDS` words would hold at its frequency in
wordfreq's English list (Speer et al., the wordfreq package), so "the" weighs nothing
from the first article on and a surname or a place name the most.

The work is split as ingest runs it: a worker turns an article into its lead's words
(`lead_words`: each word's hash, 1 + log count and expected share of leads), and the
process that clusters counts them into the corpus' `DocumentFrequencies` and weighs them
(`vector`), in input order. No model runs: on one core about 6,700 leads a second
become words and 15,000 are counted and weighed (the extraction benchmark's leads).

Measured (`benchmarks/clustering.py`): against rarity in general English alone, the
counts of the corpus gave 0.07 more B-cubed F1 on AllSides' odd stories and 0.06 on ECB+
test. The sentence encoder as part of the vector (MiniLM of the lead) gained 2 points
more offline, for about 16 ms an article on two cores, more than ingest's whole budget.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from functools import cache

import numpy as np

from newsprism.model import Article

# DIMENSIONS, PRIOR_LEADS and LEAD_WORDS were chosen on the tuning sets of
# benchmarks/clustering.py (ECB+ dev, AllSides' even stories), each with join and
# names_weight swept: 1,024 dimensions against 384 (0.874 against 0.840 mean B-cubed F1),
# PRIOR_LEADS among 0, 20, 50, 100, 200 and 500 (50 to 200 within 0.005 of each other),
# LEAD_WORDS among 50, 150 and 1,000; the title counted twice against once (0.883 against
# 0.874; three times 0.887, within the sets' noise).
DIMENSIONS = 1024
VERSION = "words-1024-idf/2"  # stored with a corpus; a corpus made with another is refused
LEAD = 1_000
BUCKETS = 1 << 20  # document frequencies are counted by a word's hash modulo this
PRIOR_LEADS = 100  # leads' worth of general English a word's count starts from
LEAD_WORDS = 150  # words of a lead, about, for a word's expected share of leads
WORDS = np.dtype([("hash", "<u4"), ("weight", "<f4"), ("share", "<f4")])
"""A lead's words: each distinct word's crc32, 1 + log(count), expected share of leads in general English."""
_WORD = re.compile(r"[^\W_][\w'’-]*[^\W_]|[^\W_]")
_SIGN = np.uint32(1 << 31)


def lead(article: Article) -> str:
    """The title and the start of the text: what a story vector and its names are read from."""
    return f"{article.title or ''}\n{article.text}"[:LEAD]


def lead_words(article: Article) -> np.ndarray:
    """The words of an article's lead (`WORDS`), the title's counted twice: a headline
    states the event its text then tells."""
    return words_of(f"{article.title or ''}\n{lead(article)}")


def words_of(text: str) -> np.ndarray:
    """A text's distinct words, lower-cased (`WORDS`)."""
    share = _share()
    counted = Counter(_WORD.findall(text.lower()))
    return np.array(
        [(zlib.crc32(w.encode("utf-8")), 1 + math.log(c), share.get(w, 0.0)) for w, c in counted.items()],
        dtype=WORDS,
    )


class DocumentFrequencies:
    """How many of a corpus' articles hold each word (by bucket), and how many there are."""

    def __init__(self, articles: int = 0, counts: np.ndarray | None = None) -> None:
        self.articles = articles
        self.counts = np.zeros(BUCKETS, dtype=np.uint32) if counts is None else counts

    def count(self, words: np.ndarray) -> np.ndarray:
        """Count one more article of these words; the buckets it added to."""
        buckets = np.unique(words["hash"] % BUCKETS)
        self.counts[buckets] += 1
        self.articles += 1
        return buckets

    def vector(self, words: np.ndarray) -> np.ndarray:
        """The words as a unit vector of `DIMENSIONS`, weighted by the counts as they stand."""
        vector = np.zeros(DIMENSIONS, dtype=np.float32)
        if not len(words):
            return vector
        held = self.counts[words["hash"] % BUCKETS] + PRIOR_LEADS * words["share"]
        rarity = np.log((self.articles + PRIOR_LEADS) / np.maximum(held, 1.0))
        signs = np.where(words["hash"] & _SIGN, 1.0, -1.0)
        np.add.at(vector, words["hash"] % DIMENSIONS, signs * words["weight"] * rarity)
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector

    def arrived(self, words: np.ndarray) -> np.ndarray:
        """An article's story vector as it arrives: counted, then weighed."""
        self.count(words)
        return self.vector(words)


@cache
def _share() -> dict[str, float]:
    """Each English word's expected share of leads: 1 - exp(-frequency * LEAD_WORDS)."""
    from wordfreq import get_frequency_dict

    return {
        word: -math.expm1(-frequency * LEAD_WORDS) for word, frequency in get_frequency_dict("en").items()
    }
