"""The claim-pair relation model: its features on pairs the tests write, the shipped
weights loaded offline, and its readings of clear invented cases."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from newsprism.compare.polarity import Lexicon
from newsprism.compare.relations import RELATIONS, SCALARS, Relation, relate, relation_model, scalar_features

ROOT = Path(__file__).resolve().parents[2]
LEXICON = Lexicon()


def scalars(a: str, b: str) -> dict[str, float]:
    return dict(zip(SCALARS, scalar_features(a, b, 0.5, LEXICON).tolist(), strict=True))


@pytest.mark.parametrize(
    ("a", "b", "feature", "expected"),
    [
        ("Flooding caused $3.1 million in damage.", "Flooding caused $31 million in damage.",
         "figures for one quantity that cannot both hold", 1.0),
        ("Flooding caused $3.1 million in damage.", "Flooding caused 3.1 million dollars in damage.",
         "figures for one quantity that agree", 1.0),
        ("At least 9 people died in Quellmoor.", "Eleven people died in Quellmoor.",
         "figures for one quantity that cannot both hold", 0.0),
        ("At least 9 people died in Quellmoor.", "Eleven people died in Quellmoor.",
         "figures for one quantity that agree", 1.0),
        ("More than 40 hikers were stranded.", "40 hikers were stranded.",
         "figures for one quantity that agree", 1.0),
        ("More than 40 hikers were stranded.", "52 hikers were stranded.",
         "figures for one quantity that agree", 1.0),
        ("Turnout was 61%.", "Turnout was high.", "figures on one side only", 1.0),
        ("The ferry did not sink.", "The ferry sank.", "negator in a only", 1.0),
        ("The ferry didn't sink.", "The ferry sank.", "negator in a only", 1.0),
        ("The ferry sank.", "The ferry never sank.", "negator in b only", 1.0),
        ("The council approved the plan.", "The council rejected the plan.", "opposite predicates", 1.0),
        ("The mayor supports the plan.", "The mayor does not support the plan.",
         "same predicate affirmed and denied", 1.0),
        ("Officials met Tarnow and Ybel in Quellmoor.", "Officials met Tarnow and Ybel in Varsk.",
         "share of b's names missing from a", 1 / 3),
        ("The depot opened on Monday.", "The depot opened on Monday.", "share of b's words in a", 1.0),
        ("The depot opened.", "A depot opened late.", "share of a's words in b", 1.0),
        ("The depot opened.", "A depot opened late.", "share of b's words in a", 2 / 3),
    ],
)  # fmt: skip
def test_scalar_features(a: str, b: str, feature: str, expected: float) -> None:
    assert scalars(a, b)[feature] == pytest.approx(expected)


def test_a_relation_gives_each_label_its_probability() -> None:
    relation = Relation("conflicting", (0.1, 0.7, 0.15, 0.05))
    assert relation.probability("conflicting") == 0.7
    assert relation.probability("related") == 0.15


def test_shipped_weights_load_and_give_probabilities() -> None:
    model = relation_model()
    features = np.random.default_rng(0).normal(size=(5, model.mean.shape[0])).astype(np.float32)
    p = model.probabilities(features)
    assert p.shape == (5, len(RELATIONS))
    assert np.allclose(p.sum(axis=1), 1.0)
    assert model.mean.shape[0] == 4 * 384 + len(SCALARS)


def test_training_is_deterministic() -> None:
    sys.path.insert(0, str(ROOT / "training"))
    from relation_data import Labelled
    from train_relations import train

    rng = np.random.default_rng(3)
    x = rng.normal(size=(200, 12)).astype(np.float32)
    y = (x[:, 0] > 0).astype(np.int64) + 2 * (x[:, 1] > 1).astype(np.int64)
    data = Labelled(x, y, [""] * 200)
    first, second = train(data), train(data)
    assert first.keys() == second.keys()
    assert all(np.array_equal(first[k], second[k]) for k in first)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Brenna Osk said 23 people were injured at the Tolvey plant.",
         "Brenna Osk said 23 people  were injured at the Tolvey plant.", "same"),
        ("The Tolvey plant leaked 12 tonnes of chlorine, the operator said.",
         "The Tolvey plant leaked 120 tonnes of chlorine, the operator said.", "conflicting"),
        ("The Tolvey plant was evacuated on Friday.",
         "The Tolvey plant was not evacuated on Friday.", "conflicting"),
        ("The Tolvey plant leaked 12 tonnes of chlorine, the operator said.",
         "A choir from Marrisford won the regional contest with a hymn.", "unrelated"),
    ],
)  # fmt: skip
def test_clear_cases(a: str, b: str, expected: str) -> None:
    from newsprism.nlp import encoder

    (relation,) = relate([(0, 1)], [a, b], encoder().encode([a, b]), LEXICON)
    assert relation.label == expected, relation


@pytest.mark.slow
def test_the_relation_model_as_the_stance_judge() -> None:
    from newsprism.compare.stance import stance_judge
    from newsprism.settings import Settings

    judge = stance_judge(Settings(relation_judge=True))
    assert judge is not None
    assert judge.name == "newsprism relations"
    said = "The county inspector, Dr. Olwen Brask, said no illnesses had been reported."
    assert judge.contradicts([]) == []
    assert judge.contradicts([(said, said)]) == [0.0]
