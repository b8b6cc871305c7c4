"""Story clustering: newsprism's online clustering against a TF-IDF agglomerative baseline.

    python benchmarks/clustering.py [--sweep]    (needs scikit-learn: pip install -e '.[bench]')

Sets (../shared/bench/clustering): AllSides (921 articles, title and lead, 307 stories of
three, shuffled with a fixed seed) and ECB+ (each story is a topic's ecb or ecbplus
documents). Tuning uses ECB+ dev and AllSides' even-numbered stories; figures are
reported on ECB+ test, AllSides' odd-numbered stories, all of AllSides, and ECB+ dev and
test pooled. `--sweep` prints the grid of newsprism's two thresholds on the tuning sets,
from which `thresholds.py` takes `join` and `names_weight` (each point passed to the
story index as `Thresholds(...)`).

newsprism: `corpus.clusters.StoryIndex`, each article's vector and names from its first
1,000 characters as ingest takes them (the vector weighed by the document frequencies of
the articles before it and itself), articles given in order, no dates. Baseline:
TF-IDF (sublinear, English stop words) with average-link agglomerative clustering on
cosine distance, its cut-off chosen on the tuning sets. Measures: B-cubed precision,
recall and F1, and the adjusted Rand index.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from itertools import product

import numpy as np
from machine import SHARED, describe
from off_story_ecbplus import documents, event

from newsprism.corpus import vectors
from newsprism.corpus.clusters import Member, MemoryStories, StoryIndex
from newsprism.model import Article
from newsprism.thresholds import DEFAULTS, Thresholds
from newsprism.words import names_of

ALLSIDES = SHARED / "bench" / "clustering" / "allsides" / "test.source"


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


def half(texts: list[str], gold: list[str], parity: int) -> tuple[list[str], list[str]]:
    """AllSides' stories whose number is even (0) or odd (1)."""
    kept = [(t, g) for t, g in zip(texts, gold, strict=True) if int(g) % 2 == parity]
    return [t for t, _ in kept], [g for _, g in kept]


def as_article(k: int, text: str) -> Article:
    """AllSides' texts are a title line and a lead; ECB+'s have no title."""
    title, _, body = text.partition("\n")
    if not body:
        return Article(id=f"a{k}", path=f"{k}", text=text)
    return Article(id=f"a{k}", path=f"{k}", title=title, text=body)


def newsprism_clusters(texts: list[str], thresholds: Thresholds = DEFAULTS) -> list[int]:
    """Each article's story after all of them have arrived (with the merges and splits on the way)."""
    articles = [as_article(k, t) for k, t in enumerate(texts)]
    stories = MemoryStories()
    index = StoryIndex(stories, vectors.DIMENSIONS, thresholds)
    frequencies = vectors.DocumentFrequencies()
    for k, a in enumerate(articles):
        v = frequencies.arrived(vectors.lead_words(a))
        names = names_of(vectors.lead(a))
        story = index.assign(v, names, None)
        stories.record(story.id, Member(k, v, names, 1))
        index.reconsider(story.id)
    labels = stories.labels()
    return [labels[k] for k in range(len(articles))]


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


def sweep(tuning: list[tuple[list[str], list[str]]]) -> None:
    print("newsprism on the tuning sets (mean B-cubed F1 of ECB+ dev and AllSides even):")
    for weight, join in product([0.0, 0.25, 0.5], [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]):
        point = Thresholds(names_weight=weight, join=join)
        mean = sum(bcubed(g, newsprism_clusters(t, point))[2] for t, g in tuning) / len(tuning)
        print(f"  names weight {weight:.2f}, join {join:.2f}: {mean:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true", help="print the grid on the tuning sets")
    args = parser.parse_args()
    every = allsides()
    tuning = [ecb("dev"), half(*every, 0)]
    print(f"machine: {describe()}")
    if args.sweep:
        sweep(tuning)
        return
    cut = max(
        (c / 100 for c in range(50, 100, 5)),
        key=lambda c: sum(bcubed(g, baseline(t, c))[2] for t, g in tuning),
    )
    print(
        f"newsprism: join {DEFAULTS.join}, names weight {DEFAULTS.names_weight}; baseline cut-off {cut:.2f}"
    )
    for name, (texts, gold) in [
        ("ECB+ test", ecb("test")),
        ("AllSides odd stories", half(*every, 1)),
        ("AllSides, all 921 articles", every),
        ("ECB+ dev and test pooled", ecb("dev", "test")),
    ]:
        print(f"{name}: {len(texts)} articles, {len(set(gold))} stories")
        print(line("newsprism (online, TF-IDF + names)", gold, newsprism_clusters(texts)))
        print(line("baseline (TF-IDF, agglomerative)", gold, baseline(texts, cut)))
    print("targets: B-cubed F1 >= 0.90 on AllSides, >= 0.80 on ECB+ test")


if __name__ == "__main__":
    main()
