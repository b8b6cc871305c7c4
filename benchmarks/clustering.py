"""Story clustering: newsprism's online clustering against a TF-IDF agglomerative baseline.

    python benchmarks/clustering.py        (needs scikit-learn: pip install -e '.[bench]')

Sets (../shared/bench/clustering): AllSides (921 articles, title and lead, 307 stories of
three, shuffled with a fixed seed) and ECB+ (each story is a topic's ecb or ecbplus
documents: the test split, and dev and test pooled). newsprism: `corpus.clusters.
StoryIndex`, each article's vector from its first 1,000 characters as ingest computes it,
articles given in order, no dates. Baseline: TF-IDF (sublinear, English stop words) with
average-link agglomerative clustering on cosine distance, its cut-off chosen on ECB+ dev.
Measures: B-cubed precision, recall and F1, and the adjusted Rand index.
"""

from __future__ import annotations

import sys
from collections import defaultdict

import numpy as np
from machine import SHARED, describe
from off_story_ecbplus import documents, event

from newsprism.corpus.clusters import StoryIndex
from newsprism.nlp import encoder

ALLSIDES = SHARED / "bench" / "clustering" / "allsides" / "test.source"
_LEAD = 1_000


def allsides() -> tuple[list[str], list[str]]:
    texts, gold = [], []
    for k, line in enumerate(ALLSIDES.read_text(encoding="utf-8").splitlines()):
        for part in line.split(" [SEP] "):
            texts.append(part.replace("TITLE=>", "").replace("ARTICLE=>", "\n").strip())
            gold.append(str(k))
    order = np.random.default_rng(0).permutation(len(texts))
    return [texts[i] for i in order], [gold[i] for i in order]


def ecb(*splits: str) -> tuple[list[str], list[str]]:
    texts, gold = [], []
    for split in splits:
        docs = documents(split)
        for name in sorted(docs):
            texts.append(" ".join(docs[name]))
            gold.append("/".join(event(name)))
    return texts, gold


def newsprism_clusters(texts: list[str]) -> list[int]:
    index = StoryIndex()
    vectors = encoder().encode([t[:_LEAD] for t in texts])
    return [index.assign(v, None, len(index.stories) + 1).id for v in vectors]


def baseline(texts: list[str], cut: float) -> list[int]:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    tfidf = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts).toarray()
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=cut
    )
    return [int(x) for x in model.fit_predict(tfidf)]


def bcubed(gold: list[str], said: list[int]) -> tuple[float, float, float]:
    by_gold, by_said = defaultdict(set), defaultdict(set)
    for i, (g, s) in enumerate(zip(gold, said, strict=True)):
        by_gold[g].add(i)
        by_said[s].add(i)
    p = sum(len(by_gold[g] & by_said[s]) / len(by_said[s]) for g, s in zip(gold, said, strict=True)) / len(
        gold
    )
    r = sum(len(by_gold[g] & by_said[s]) / len(by_gold[g]) for g, s in zip(gold, said, strict=True)) / len(
        gold
    )
    return p, r, 2 * p * r / (p + r)


def line(name: str, gold: list[str], said: list[int]) -> str:
    from sklearn.metrics import adjusted_rand_score

    p, r, f = bcubed(gold, said)
    return f"  {name:34s} B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}  ARI {adjusted_rand_score(gold, said):.3f}"


def main() -> None:
    dev_texts, dev_gold = ecb("dev")
    cut = max((c / 100 for c in range(50, 100, 5)), key=lambda c: bcubed(dev_gold, baseline(dev_texts, c))[2])
    print(f"machine: {describe()}")
    print(f"baseline cut-off from ECB+ dev: cosine distance {cut:.2f}")
    for name, (texts, gold) in [
        ("AllSides (921 articles, 307 stories)", allsides()),
        ("ECB+ test", ecb("test")),
        ("ECB+ dev and test pooled", ecb("dev", "test")),
    ]:
        print(f"{name}: {len(set(gold))} stories")
        print(line("newsprism (online, MiniLM)", gold, newsprism_clusters(texts)))
        print(line("baseline (TF-IDF, agglomerative)", gold, baseline(texts, cut)))
    print("targets: B-cubed F1 >= 0.90 on AllSides, >= 0.80 on ECB+ test")


if __name__ == "__main__":
    sys.exit(main())
