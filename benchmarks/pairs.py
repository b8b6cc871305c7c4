"""The claim-pair cross-encoder on public NLI sets, each against its anchor.

    python benchmarks/pairs.py

Reports, for the cross-encoder newsprism ships (`compare/pairs.onnx`, trained by
`training/train_pairs.py` on SNLI dev, RTE train, pairs swapped from their premises and
the project's pairs), as it runs in newsprism (int8, ONNX Runtime):
- SNLI test accuracy over entailment / contradiction / neutral;
- SICK test accuracy, of the shipped model and of the same architecture trained here on
  SICK's training split by the same script's `train` (never shipped: SICK is CC BY-NC-SA;
  about 7 minutes on 2 cores);
- RTE dev accuracy (entailment against not);
- Breaking NLI accuracy per category (one-word swaps: antonyms, numbers, places...);
- pairs a second on 2 cores, and the time to load the model.
Every figure is on a test split, reported once; nothing is tuned on them.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from machine import describe

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

from relation_data import Pair, breaking, rte, sick, snli
from train_pairs import export, label_of, train

from newsprism.compare.pairs import LABELS, PairModel, pair_model


def said(model: PairModel, pairs: Sequence[Pair]) -> np.ndarray:
    """The label each pair is given, as an index into LABELS."""
    result: np.ndarray = model.probabilities([(p.a, p.b) for p in pairs]).argmax(axis=1)
    return result


def accuracy(pairs: Sequence[Pair], labels: np.ndarray) -> float:
    gold = np.array([LABELS.index(p.label) for p in pairs])
    return 100 * float((gold == labels).mean())


def sick_trained() -> PairModel:
    """The same architecture fine-tuned on SICK train, in a temporary file."""
    pairs = sick("train")
    model, tokenizer = train(pairs, [label_of(p, from_rte=False) for p in pairs])
    path = Path(tempfile.mkdtemp()) / "sick.onnx"
    export(model, tokenizer, path)
    return PairModel(path)


def main() -> None:
    import torch

    torch.set_num_threads(2)
    print(f"machine: {describe()}")
    shipped = pair_model()
    started = time.perf_counter()
    shipped.probabilities([("A claim.", "Another claim.")])
    loaded = time.perf_counter() - started
    test = snli("test")
    started = time.perf_counter()
    labels = said(shipped, test)
    rate = len(test) / (time.perf_counter() - started)
    print(
        f"SNLI test ({len(test)} pairs): {accuracy(test, labels):.1f}% (anchors: a logistic head over "
        "frozen MiniLM vectors 71.0%; MiniLM-size cross-encoders trained on all of SNLI about 88%)"
    )
    print(f"speed: loaded in {loaded:.2f} s, then {rate:.0f} SNLI pairs a second")
    sick_test = sick("test")
    print(
        f"SICK test ({len(sick_test)} pairs): the shipped model {accuracy(sick_test, said(shipped, sick_test)):.1f}%; "
        f"trained on SICK train here {accuracy(sick_test, said(sick_trained(), sick_test)):.1f}% "
        "(SemEval-2014 best 84.6%)"
    )
    dev = rte("dev")
    entails = said(shipped, dev) == LABELS.index("same")
    gold = np.array([p.label == "same" for p in dev])
    print(f"RTE dev ({len(dev)} pairs): {100 * float((entails == gold).mean()):.1f}% (BERT-base about 66%)")
    swaps = breaking()
    right = np.array([LABELS.index(p.label) for p in swaps]) == said(shipped, swaps)
    by: dict[str, list[bool]] = defaultdict(list)
    for pair, ok in zip(swaps, right, strict=True):
        by[pair.group].append(bool(ok))
    print(
        f"Breaking NLI ({len(swaps)} pairs): {100 * float(right.mean()):.1f}% (ESIM 65.6%, KIM 83.5%); by category: "
        + ", ".join(f"{g} {100 * np.mean(v):.0f}% of {len(v)}" for g, v in sorted(by.items()))
    )


if __name__ == "__main__":
    sys.exit(main())
