"""Train the claim-pair relation model that newsprism ships (`compare/relations.npz`).

    python training/train_relations.py            # writes src/newsprism/compare/relations.npz

Trained on SNLI dev, GLUE RTE train, FNC-1 train and the project's pairs (see
`training/README.md` for their origins and licences; SICK and Breaking NLI are never used
here). Seeded and deterministic on one machine: the same data, seed and thread count give
the same weights. On 2 CPU cores it takes about 10 minutes, most of it encoding the
sentences once (kept in `build/vectors/` for the next run).

The network: standardised features (`relations.pair_features`), one hidden layer of
`HIDDEN` ReLUs with dropout, a softmax over the four relations; AdamW, cross-entropy with
classes weighted by the inverse square root of their frequency; the epoch kept is the one
with the best accuracy on a tenth of the training pairs held out (training data only).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import torch
from relation_data import (
    ROOT,
    Labelled,
    fnc,
    labelled,
    labelled_fnc,
    project_pairs,
    rte,
    run_training,
    snli,
    swapped,
)

from newsprism.compare.polarity import Lexicon

SEED = 1
HIDDEN = 256  # judgement: 1.6 MB of weights, well under the 5 MB budget
EPOCHS = 30
BATCH = 256
LEARNING_RATE = 1e-3
WEIGHT_DECAY = 1e-2
DROPOUT = 0.1
HELD_OUT = 0.1
PROJECT_WEIGHT = 5  # each project pair counts as this many: they are few, and ours
SHIPPED = ROOT / "src" / "newsprism" / "compare" / "relations.npz"


def train(data: Labelled, seed: int = SEED, log: bool = False) -> dict[str, np.ndarray]:
    """Weights of the network fitted to `data` (see the module's docstring)."""
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(data.y))
    cut = int(len(order) * HELD_OUT)
    held, fit = order[:cut], order[cut:]
    mean = data.x[fit].mean(axis=0)
    scale = data.x[fit].std(axis=0) + 1e-6
    x = torch.from_numpy(((data.x - mean) / scale).astype(np.float32))
    y = torch.from_numpy(data.y)
    counts = np.bincount(data.y[fit], minlength=4).astype(np.float64)
    weight = torch.tensor(np.where(counts > 0, 1 / np.sqrt(np.maximum(counts, 1)), 0.0), dtype=torch.float32)
    net = torch.nn.Sequential(
        torch.nn.Linear(x.shape[1], HIDDEN),
        torch.nn.ReLU(),
        torch.nn.Dropout(DROPOUT),
        torch.nn.Linear(HIDDEN, 4),
    )
    optimiser = torch.optim.AdamW(net.parameters(), lr=LEARNING_RATE, weight_decay=WEIGHT_DECAY)
    loss_of = torch.nn.CrossEntropyLoss(weight=weight / weight.sum() * 4)
    best, kept = -1.0, None
    for epoch in range(EPOCHS):
        net.train()
        for batch in np.array_split(rng.permutation(fit), max(1, len(fit) // BATCH)):
            optimiser.zero_grad()
            loss_of(net(x[batch]), y[batch]).backward()
            optimiser.step()
        net.eval()
        with torch.no_grad():
            accuracy = float((net(x[held]).argmax(dim=1) == y[held]).float().mean()) if cut else 0.0
        if log:
            print(f"  epoch {epoch + 1}: held-out accuracy {accuracy:.3f}", flush=True)
        if accuracy > best:
            best, kept = accuracy, {k: v.detach().clone() for k, v in net.state_dict().items()}
    assert kept is not None
    return {
        "mean": mean.astype(np.float32),
        "scale": scale.astype(np.float32),
        "hidden": kept["0.weight"].numpy().T.copy(),
        "hidden_bias": kept["0.bias"].numpy(),
        "out": kept["3.weight"].numpy().T.copy(),
        "out_bias": kept["3.bias"].numpy(),
    }


def shipped_data(lexicon: Lexicon) -> Labelled:
    """SNLI dev and RTE train with the pairs swapped from their premises, FNC-1 train and
    the project's pairs, as one set."""
    nli = snli("dev") + rte("train")
    parts = [
        labelled(nli, lexicon),
        labelled(swapped(nli, lexicon, SEED), lexicon),
        labelled_fnc(*fnc("train"), lexicon),
    ]
    ours = labelled(project_pairs(), lexicon)
    parts += [ours] * PROJECT_WEIGHT
    return Labelled(
        np.concatenate([p.x for p in parts]),
        np.concatenate([p.y for p in parts]),
        [g for p in parts for g in p.groups],
    )


def save(weights: dict[str, np.ndarray], path: Path) -> None:
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **weights)
    tmp.replace(path)


def main() -> None:
    run_training(__doc__.splitlines()[0], SHIPPED, write)


def write(out: Path) -> None:
    data = shipped_data(Lexicon())
    print(
        f"{len(data.y)} pairs, {data.x.shape[1]} features; counts {np.bincount(data.y).tolist()}", flush=True
    )
    save(train(data, log=True), out)


if __name__ == "__main__":
    sys.exit(main())
