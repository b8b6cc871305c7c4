"""The coreference scores of the entity benchmark (`benchmarks/coref_scores.py`), on the
worked example of Pradhan et al. 2014 and on properties every partition has."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from coref_scores import b_cubed, ceaf_e, conll, muc

KEY = [frozenset("abc"), frozenset("defg")]
RESPONSE = [frozenset("ab"), frozenset("cd"), frozenset("fghi")]


@pytest.mark.parametrize(
    ("metric", "recall", "precision"),
    [(muc, 2 / 5, 2 / 5), (b_cubed, 5 / 12, 1 / 2), (ceaf_e, 1.3 / 2, 1.3 / 3)],
)
def test_the_worked_example(metric, recall: float, precision: float) -> None:  # type: ignore[no-untyped-def]
    assert metric(KEY, RESPONSE) == pytest.approx((recall, precision))


partitions = st.lists(st.integers(0, 5), min_size=1, max_size=12).map(
    lambda owners: [frozenset(m for m, o in enumerate(owners) if o == c) for c in set(owners)]
)


@given(partitions)
def test_a_partition_against_itself_scores_one(key: list[frozenset[int]]) -> None:
    scores = conll(key, key)
    assert scores["b3"][2] == pytest.approx(1.0)
    assert scores["ceaf_e"][2] == pytest.approx(1.0)
    if any(len(k) > 1 for k in key):  # MUC counts links: singletons alone have none
        assert scores["muc"][2] == pytest.approx(1.0)


@given(partitions, partitions)
def test_recall_and_precision_swap_with_key_and_response(
    a: list[frozenset[int]], b: list[frozenset[int]]
) -> None:
    for metric in (muc, b_cubed, ceaf_e):
        recall, precision = metric(a, b)
        assert metric(b, a) == pytest.approx((precision, recall))
        assert 0 <= recall <= 1
        assert 0 <= precision <= 1
