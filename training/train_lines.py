"""Train the line classifier that newsprism ships for cleaning plain text (`clean/lines.npz`).

    python training/train_lines.py        # writes src/newsprism/clean/lines.npz

The pages of the extraction benchmark (`../shared/bench/extraction`, see training/README.md)
are split by their sorted ids: even positions train, odd ones are the held-out half that
`benchmarks/text_cleaning.py` reports on; nothing here reads them. Each training page is
flattened to its visible text, one block a line, as a scraper saves it
(`clean.html.page_lines`), and each line labelled article or not by the ground-truth body
(`line_labels`). Two rounds of scikit-learn's histogram gradient boosting (`clean/lines.py`
says what each sees); the second round learns from the first round's judgements of pages
it was not fitted on (4 folds by page, page k in fold k modulo 4). The cut-offs (one for a
line, a lower one for a sentence) are those with the best shingle F1 across those folds.
Seeded and deterministic for one scikit-learn version (1.9.1 made the shipped file); 25
seconds to two minutes on 2 CPU cores, as the machine is loaded.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "extraction"
SHIPPED = ROOT / "src" / "newsprism" / "clean" / "lines.npz"
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction import precision_recall  # noqa: E402

from newsprism.clean.html import page_lines  # noqa: E402
from newsprism.clean.leftovers import load_rules, mark_by_rules  # noqa: E402
from newsprism.clean.lines import FEATURES_VERSION, PROSE, line_features, second_features  # noqa: E402

SEED = 0
FOLDS = 4
CUTOFFS = np.round(np.arange(0.05, 0.91, 0.05), 2)
# judgement, on the training folds: deeper trees and a slower rate than the defaults,
# regularised, since the lines of one page are alike
TREES = {"max_iter": 300, "max_depth": 6, "learning_rate": 0.05, "l2_regularization": 1.0,
         "min_samples_leaf": 40, "early_stopping": False, "random_state": SEED}  # fmt: skip
_TOKEN = re.compile(r"\w+")
_SHINGLE = 4
_IN_BODY = 0.5  # a line is article text when half its word 4-grams are the body's


def split(ids: list[str]) -> tuple[list[str], list[str]]:
    """The training half and the held-out half of the benchmark's pages."""
    ordered = sorted(ids)
    return ordered[0::2], ordered[1::2]


def line_labels(lines: list[str], body: str) -> list[int]:
    """1 for a line of the article body, else 0: a line of four words or more when half its
    word 4-grams are the body's, a shorter one when its words stand together in the body."""
    words = [t.lower() for t in _TOKEN.findall(body)]
    joined = " " + " ".join(words) + " "
    grams = {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}
    labels = []
    for line in lines:
        tokens = [t.lower() for t in _TOKEN.findall(line)]
        if len(tokens) < _SHINGLE:
            labels.append(int(bool(tokens) and f" {' '.join(tokens)} " in joined))
            continue
        own = [tuple(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)]
        labels.append(int(sum(g in grams for g in own) / len(own) >= _IN_BODY))
    return labels


def pages(ids: list[str]) -> list[tuple[str, list[str], np.ndarray, np.ndarray]]:
    truth = json.loads((BENCH / "ground-truth.json").read_text())
    rules = load_rules()
    out = []
    for page in ids:
        html = gzip.decompress((BENCH / "html" / f"{page}.html.gz").read_bytes()).decode("utf-8", "replace")
        lines = page_lines(html)
        if lines:
            body = truth[page]["articleBody"]
            features = line_features(lines, mark_by_rules(lines, rules))
            out.append((body, lines, features, np.array(line_labels(lines, body))))
    return out


def _folds(groups: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """The training folds: page k in fold k modulo FOLDS (the lines fitted, the lines held)."""
    fold = groups % FOLDS
    return [(np.flatnonzero(fold != f), np.flatnonzero(fold == f)) for f in range(FOLDS)]


def fit(x: np.ndarray, y: np.ndarray) -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(**TREES).fit(x, y)


def train(training: list[tuple[str, list[str], np.ndarray, np.ndarray]]) -> dict[str, np.ndarray]:
    x = np.vstack([p[2] for p in training])
    y = np.concatenate([p[3] for p in training])
    groups = np.concatenate([[k] * len(p[3]) for k, p in enumerate(training)])
    first = fit(x, y)
    judged = np.zeros(len(y))  # the first round's judgement of pages it was not fitted on
    for fitted, held in _folds(groups):
        judged[held] = fit(x[fitted], y[fitted]).predict_proba(x[held])[:, 1]
    starts = np.concatenate([[0], np.cumsum([len(p[3]) for p in training])])
    x2 = np.vstack(
        [
            second_features(p[2], judged[a:b])
            for p, a, b in zip(training, starts[:-1], starts[1:], strict=True)
        ]
    )
    cutoff, prose_cutoff = _best_cutoffs(training, x2, y, groups, starts)
    second = fit(x2, y)
    return {"version": np.array(FEATURES_VERSION), "cutoff": np.array(cutoff),
            "prose_cutoff": np.array(prose_cutoff), **_arrays(first, "first"), **_arrays(second, "second")}  # fmt: skip


def _best_cutoffs(
    training: list, x2: np.ndarray, y: np.ndarray, groups: np.ndarray, starts: np.ndarray
) -> tuple[float, float]:
    """The cut-offs, for a line and for a line of prose (a sentence is removed on surer
    evidence), with the best shingle F1 over the pages of the training folds, each page
    judged by a second round fitted on the other folds."""
    judged = np.zeros(len(y))
    for fitted, held in _folds(groups):
        judged[held] = fit(x2[fitted], y[fitted]).predict_proba(x2[held])[:, 1]
    best, best_f1 = (0.5, 0.5), -1.0
    for cutoff in CUTOFFS:
        for prose_cutoff in CUTOFFS[cutoff >= CUTOFFS]:
            p = r = 0.0
            for (body, lines, x, _), a, b in zip(training, starts[:-1], starts[1:], strict=True):
                limits = np.where(x[:, PROSE] > 0, prose_cutoff, cutoff)
                kept = "\n".join(
                    line for line, s, t in zip(lines, judged[a:b], limits, strict=True) if s >= t
                )
                pp, rr = precision_recall(body, kept)
                p, r = p + pp, r + rr
            p, r = p / len(training), r / len(training)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            if f1 > best_f1:
                best, best_f1 = (float(cutoff), float(prose_cutoff)), f1
    print(f"cut-offs {best[0]:.2f} (a line), {best[1]:.2f} (prose): F1 {best_f1:.3f} on the training folds")
    return best


def _arrays(model: HistGradientBoostingClassifier, prefix: str) -> dict[str, np.ndarray]:
    """The trees of a fitted model as the flat arrays `clean.lines.Trees` reads."""
    nodes = [tree[0].nodes for tree in model._predictors]
    offsets = np.concatenate([[0], np.cumsum([len(n) for n in nodes])])
    flat = np.concatenate(nodes)
    shift = np.concatenate([[o] * len(n) for o, n in zip(offsets, nodes, strict=False)])
    leaf = flat["is_leaf"].astype(bool)
    return {
        f"{prefix}_feature": flat["feature_idx"].astype(np.int32),
        f"{prefix}_threshold": flat["num_threshold"].astype(np.float64),
        f"{prefix}_left": np.where(leaf, 0, flat["left"] + shift).astype(np.int32),
        f"{prefix}_right": np.where(leaf, 0, flat["right"] + shift).astype(np.int32),
        f"{prefix}_leaf": leaf,
        f"{prefix}_value": np.where(leaf, flat["value"], 0.0).astype(np.float64),
        f"{prefix}_roots": offsets[:-1].astype(np.int32),
        f"{prefix}_baseline": np.array(float(np.ravel(model._baseline_prediction)[0])),
    }


def main() -> None:
    started = time.perf_counter()
    truth = json.loads((BENCH / "ground-truth.json").read_text())
    training_ids, _held_out = split(list(truth))
    weights = train(pages(training_ids))
    np.savez_compressed(SHIPPED, **weights)
    print(f"wrote {SHIPPED} ({SHIPPED.stat().st_size / 1e3:.0f} kB)"
          f" in {time.perf_counter() - started:.0f} s")  # fmt: skip


if __name__ == "__main__":
    main()
