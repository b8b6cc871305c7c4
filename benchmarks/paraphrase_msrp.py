"""Paraphrase detection on MSRP with the reuse similarity: the mean of the cosine of the
sentences' vectors and the Dice overlap of their words (`reuse.paraphrase_score`).

    python benchmarks/paraphrase_msrp.py

The threshold is the one that maximises accuracy on the 4,076 training pairs; accuracy
and F1 are reported on the 1,725 test pairs at that threshold, and ROC-AUC of the raw
similarity on the test pairs. The reference is the lexical baselines' ~75% accuracy
(bench/README). `paraphrase` in `newsprism/thresholds.py` is the threshold found here.

It also fits the logistic curve that turns the score into the probability of the same fact
(`compare/confidence.py`; `same_fact_slope` and `same_fact_offset` are the values found
here) on the training pairs, and reports its calibration on the test pairs: the expected
calibration error over ten bins of probability, and the Brier score.
"""

from __future__ import annotations

import csv
import sys

import numpy as np
from machine import SHARED, describe

from newsprism.compare.reuse import paraphrase_score
from newsprism.nlp import encoder
from newsprism.thresholds import DEFAULTS

DATA = SHARED / "bench" / "paraphrase" / "msrp"


def pairs(name: str) -> tuple[list[str], list[str], np.ndarray]:
    with (DATA / name).open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    rows = [r for r in rows if len(r) == 5]
    return [r[3] for r in rows], [r[4] for r in rows], np.array([int(r[0]) for r in rows])


def similarities(first: list[str], second: list[str]) -> np.ndarray:
    vectors = encoder()
    cosines = np.sum(vectors.encode(first) * vectors.encode(second), axis=1)
    return np.array(
        [paraphrase_score(a, b, float(c)) for a, b, c in zip(first, second, cosines, strict=True)]
    )


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    candidates = np.unique(np.round(scores, 3))
    accuracy = [np.mean((scores >= t) == labels) for t in candidates]
    return float(candidates[int(np.argmax(accuracy))])


def logistic_fit(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Slope and offset of the logistic curve of the labels on the scores (maximum
    likelihood, by Newton's method from zero: deterministic)."""
    x = np.stack([scores, np.ones_like(scores)], axis=1)
    w = np.zeros(2)
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        w -= np.linalg.solve((x * (p * (1 - p))[:, None]).T @ x, x.T @ (p - labels))
    return float(w[0]), float(w[1])


def calibration_error(probabilities: np.ndarray, labels: np.ndarray, bins: int = 10) -> float:
    """The mean gap between predicted and observed rates over equal-width bins, weighted by size."""
    which = np.minimum((probabilities * bins).astype(int), bins - 1)
    gaps = [
        abs(probabilities[which == k].mean() - labels[which == k].mean()) * np.sum(which == k)
        for k in range(bins)
        if np.any(which == k)
    ]
    return float(sum(gaps) / len(probabilities))


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """The probability that a paraphrase scores above a non-paraphrase (ties count half)."""
    pos, neg = scores[labels == 1], scores[labels == 0]
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def main() -> None:
    train_a, train_b, train_y = pairs("msr_paraphrase_train.txt")
    test_a, test_b, test_y = pairs("msr_paraphrase_test.txt")
    train_scores = similarities(train_a, train_b)
    threshold = best_threshold(train_scores, train_y)
    slope, offset = logistic_fit(train_scores, train_y)
    scores = similarities(test_a, test_b)
    said = scores >= threshold
    tp = int(np.sum(said & (test_y == 1)))
    precision, recall = tp / max(1, int(said.sum())), tp / max(1, int(test_y.sum()))
    print(f"machine: {describe()}")
    print(
        f"pairs: {len(train_y)} train, {len(test_y)} test; threshold from train: {threshold:.3f}"
        f" (newsprism uses {DEFAULTS.paraphrase}, `paraphrase`)"
    )
    print(
        f"test accuracy {np.mean(said == test_y):.3f}  F1 {2 * precision * recall / (precision + recall):.3f}"
        f"  (P {precision:.3f} R {recall:.3f})  ROC-AUC {roc_auc(scores, test_y):.3f}"
    )
    probability = 1 / (1 + np.exp(-(slope * scores + offset)))
    print(
        f"same fact: logistic fit on train slope {slope:.2f}, offset {offset:.2f} (newsprism uses "
        f"{DEFAULTS.same_fact_slope}, {DEFAULTS.same_fact_offset}); on test: calibration error "
        f"{calibration_error(probability, test_y):.3f}, Brier {np.mean((probability - test_y) ** 2):.3f}, "
        f"accuracy at 0.5 {np.mean((probability >= 0.5) == test_y):.3f}"
    )
    print("reference: lexical baselines about 0.75 accuracy")


if __name__ == "__main__":
    sys.exit(main())
