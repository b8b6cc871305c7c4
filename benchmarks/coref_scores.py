"""Coreference scores: MUC, B-cubed and CEAF-e, and CoNLL F1, their mean.

As the reference scorer defines them (Pradhan et al. 2014, "Scoring Coreference
Partitions of Predicted Mentions"), key and response may hold different mentions: a key
mention the response lacks counts as a singleton of its own in the response's partition
(MUC), overlaps nothing (B-cubed), and CEAF-e aligns entities one to one by
phi4 = 2 |K & R| / (|K| + |R|). Mentions are any hashable values.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

Clusters = Sequence[frozenset[Hashable]]


def f1(recall: float, precision: float) -> float:
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def muc(key: Clusters, response: Clusters) -> tuple[float, float]:
    """Recall and precision of the links."""
    return _muc_recall(key, response), _muc_recall(response, key)


def _muc_recall(key: Clusters, response: Clusters) -> float:
    owner = {m: i for i, r in enumerate(response) for m in r}
    found = needed = 0
    for k in key:
        parts = {owner.get(m, ("alone", m)) for m in k}
        found += len(k) - len(parts)
        needed += len(k) - 1
    return found / needed if needed else 0.0


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float]:
    """Recall and precision, each mention weighted alike."""
    return _b_cubed_recall(key, response), _b_cubed_recall(response, key)


def _b_cubed_recall(key: Clusters, response: Clusters) -> float:
    owner = {m: r for r in response for m in r}
    mentions = sum(len(k) for k in key)
    total = sum(len(k & owner[m]) / len(k) for k in key for m in k if m in owner)
    return total / mentions if mentions else 0.0


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float]:
    """Recall and precision of the best one-to-one alignment of entities."""
    if not key or not response:
        return 0.0, 0.0
    similarity = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key])
    rows, columns = linear_sum_assignment(similarity, maximize=True)
    total = float(similarity[rows, columns].sum())
    return total / len(key), total / len(response)


def conll(key: Clusters, response: Clusters) -> dict[str, tuple[float, float, float]]:
    """Recall, precision and F1 of each metric, and CoNLL F1 (their F1s' mean) as 'conll'."""
    scores = {}
    for name, metric in (("muc", muc), ("b3", b_cubed), ("ceaf_e", ceaf_e)):
        recall, precision = metric(key, response)
        scores[name] = (recall, precision, f1(recall, precision))
    mean = sum(s[2] for s in scores.values()) / 3
    scores["conll"] = (mean, mean, mean)
    return scores
