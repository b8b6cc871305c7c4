"""The claim-pair cross-encoder: the shipped model loaded offline and run without torch,
its readings of clear invented cases, the judge it makes, and its training's determinism."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from newsprism.compare.pairs import LABELS, PairModel, pair_model
from newsprism.compare.stance import PairJudge, stance_judge
from newsprism.errors import SettingsError
from newsprism.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_a_missing_model_is_a_settings_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="cannot load the claim-pair model"):
        PairModel(tmp_path / "absent.onnx").probabilities([("A claim.", "Another.")])


def test_it_judges_when_set_and_no_other_judge_is() -> None:
    assert stance_judge(Settings()) is None
    assert isinstance(stance_judge(Settings(pair_judge=True)), PairJudge)
    judge = stance_judge(Settings(pair_judge=True, relation_judge=True))
    assert judge is not None
    assert judge.name == "newsprism relations"


@pytest.mark.slow
def test_the_shipped_model_gives_probabilities() -> None:
    p = pair_model().probabilities([("The ferry sailed.", "The ferry did not sail."), ("A.", "B.")])
    assert p.shape == (2, len(LABELS))
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)
    assert pair_model().probabilities([]).shape == (0, len(LABELS))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The Tolvey plant was evacuated on Friday.", "The Tolvey plant was not evacuated on Friday.",
         "conflicting"),
        ("The Brennick council approved the harbour plan.", "The Brennick council rejected the harbour plan.",
         "conflicting"),
        ("Nine workers were hurt when the Tolvey crane fell.", "The Tolvey crane fell, injuring nine workers.",
         "same"),
        ("The Tolvey crane fell on Monday.", "The crane's owner, Ardmore Lifts, is based in Brennick.",
         "related"),
    ],
    ids=["negated", "opposite-verbs", "reworded", "another-fact"],
)  # fmt: skip
def test_clear_cases(a: str, b: str, expected: str) -> None:
    p = pair_model().probabilities([(a, b)])[0]
    assert LABELS[int(p.argmax())] == expected, p


DENIED = "Ardmore Lifts said its crane did not cause the collapse."


@pytest.mark.slow
def test_the_judge_finds_a_conflict_both_ways_round() -> None:
    judge = PairJudge()
    (found,) = judge.contradicts([(DENIED, "Inspectors said the Ardmore Lifts crane caused the collapse.")])
    assert 0.5 < found <= 1.0
    nobody = "Nobody at Ardmore Lifts was hurt."
    assert judge.contradicts([(nobody, nobody + " ")]) == [0.0]  # the same words never conflict


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="the model reads a negation as a conflict however alike the claims (why pair_judge is off)",
)
def test_the_judge_finds_no_conflict_in_one_denial_worded_twice() -> None:
    assert PairJudge().contradicts(
        [(DENIED, "Ardmore Lifts said the collapse was not caused by its crane.")]
    ) == [0.0]


@pytest.mark.slow
def test_training_is_deterministic() -> None:
    import torch

    sys.path.insert(0, str(ROOT / "training"))
    from relation_data import Pair
    from train_pairs import NOT_SAME, label_of, loss_of, train

    pairs = [Pair(f"Brennick has {n} ferries.", f"Brennick has {n + k % 2} ferries.", "same") for n, k in
             zip(range(2, 18), range(16), strict=True)]  # fmt: skip
    labels = [label_of(p, from_rte=False) for p in pairs]
    first, _ = train(pairs, labels, epochs=1)
    second, _ = train(pairs, labels, epochs=1)
    assert all(
        torch.equal(a, b)
        for a, b in zip(first.state_dict().values(), second.state_dict().values(), strict=True)
    )
    logits = torch.tensor([[2.0, 0.0, 0.0], [2.0, 0.0, 0.0]])
    not_same, same = loss_of(logits[:1], torch.tensor([NOT_SAME])), loss_of(logits[1:], torch.tensor([0]))
    assert float(not_same) > float(same)  # an RTE "not entailment" read as entailment costs more
