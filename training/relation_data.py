"""The labelled pairs the relation model is trained and measured on, as features.

Each set is read from `../shared/bench` (see its README and `training/README.md` for the
origins and licences) and mapped onto `newsprism.compare.relations.RELATIONS`:
entailment and FNC-1's agree are "same", contradiction and disagree "conflicting",
neutral, RTE's not-entailment and discuss "related", FNC-1's unrelated "unrelated"; for the
benchmark, an MSRP paraphrase is "same" and an MSRP pair that is none "related".

An FNC-1 pair is a headline against the three sentences of its body closest to it (their
text joined, their mean vector): a claim against the article's nearest statement of it.
Sentence vectors are kept on disk in `build/vectors/`, keyed by the texts and the model,
so a second run encodes nothing.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsprism.compare.polarity import Lexicon
from newsprism.compare.relations import RELATIONS, pair_features
from newsprism.nlp import DEFAULT_SENTENCE_MODEL, encoder

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
CACHE = ROOT / "build" / "vectors"
NLI = {"entailment": "same", "contradiction": "conflicting", "neutral": "related"}
FNC = ("same", "conflicting", "related", "unrelated")  # agree, disagree, discuss, unrelated
FNC_NAMES = {"agree": "same", "disagree": "conflicting", "discuss": "related", "unrelated": "unrelated"}
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
_CLOSEST = 3  # body sentences a headline is set against (as benchmarks/stance_fnc1.py)


@dataclass(frozen=True, slots=True)
class Pair:
    a: str
    b: str
    label: str
    group: str = ""  # a category the benchmark reports by (Breaking NLI's)


@dataclass(frozen=True, slots=True)
class Labelled:
    """A set's features and labels (indices into RELATIONS)."""

    x: np.ndarray
    y: np.ndarray
    groups: list[str]


def snli(split: str) -> list[Pair]:
    folder = BENCH / "nli" / "snli"
    lines = [
        (folder / f"{name}.{split}").read_text(encoding="utf-8").splitlines()
        for name in ("s1", "s2", "labels")
    ]
    return [
        Pair(_untokenised(a), _untokenised(b), NLI[g]) for a, b, g in zip(*lines, strict=True) if g in NLI
    ]


def _untokenised(text: str) -> str:
    """SNLI as e-SNLI tokenised it ("packages ." -> "packages.")."""
    return re.sub(r" (?=[.,!?;:]|n't|'s)", "", text.strip())


def rte(split: str) -> list[Pair]:
    with (BENCH / "nli" / "rte" / f"{split}.tsv").open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Pair(r["sentence1"], r["sentence2"], "same" if r["label"] == "0" else "related") for r in rows
        ]


def msrp(split: str) -> list[Pair]:
    """The MSR Paraphrase Corpus: news sentence pairs, a paraphrase "same", not one "related"
    (its pairs that are not paraphrases share a topic and most of their words). Measured on,
    never trained on: the shipped model was better on the other sets without it."""
    name = {"train": "msr_paraphrase_train.txt", "test": "msr_paraphrase_test.txt"}[split]
    with (BENCH / "paraphrase" / "msrp" / name).open(encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)][1:]
    return [Pair(r[3], r[4], "same" if r[0] == "1" else "related") for r in rows if len(r) == 5]


def sick(split: str) -> list[Pair]:
    """SICK (CC BY-NC-SA 3.0): for evaluation, and training only inside the benchmark."""
    name = {"train": "SICK_train.txt", "test": "SICK_test_annotated.txt"}[split]
    with (BENCH / "nli" / "sick" / name).open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Pair(r["sentence_A"], r["sentence_B"], NLI[r["entailment_judgment"].lower()]) for r in rows]


def breaking() -> list[Pair]:
    """Breaking NLI: for evaluation only."""
    with zipfile.ZipFile(BENCH / "nli" / "breaking" / "breaking_nli_dataset.zip") as z:
        lines = io.TextIOWrapper(z.open("data/dataset.jsonl"), encoding="utf-8").read().splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [Pair(r["sentence1"], r["sentence2"], NLI[r["gold_label"]], r["category"]) for r in rows]


def project_pairs() -> list[Pair]:
    """The project's own pairs (`training/pairs.tsv`): label, a, b, what the pair teaches."""
    with (ROOT / "training" / "pairs.tsv").open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return [Pair(r["a"], r["b"], r["label"], r["teaches"]) for r in rows]


def swapped(pairs: Sequence[Pair], lexicon: Lexicon, seed: int, limit: int = 3000) -> list[Pair]:
    """Pairs the project writes from the premises of `pairs` by rule (`SWAP_RULES`): one
    predicate swapped for its opposite in the polarity lexicon, a negator put after the
    first auxiliary, a figure changed, each "conflicting"; a number word written as digits,
    and the premise itself (as a copy repeats a sentence), "same"; two premises of
    different pairs, "unrelated". At most `limit` of each kind, from the premises in an
    order drawn with `seed`."""
    premises = list(dict.fromkeys(p.a for p in pairs))
    premises = [premises[k] for k in np.random.default_rng(seed).permutation(len(premises))]
    opposite = _opposite_words(lexicon)
    made: dict[str, list[Pair]] = {rule: [] for rule in SWAP_RULES}
    for k, text in enumerate(premises):
        words = text.split(" ")
        for rule, new, label in (
            ("opposite", _swap_word(words, opposite), "conflicting"),
            ("negated", _negate(words), "conflicting"),
            ("figure", _swap_number(words, _OTHER_NUMBER), "conflicting"),
            ("digits", _swap_number(words, _DIGITS), "same"),
            ("identical", text + " ", "same"),
            ("unrelated", premises[(k * 7919 + 1) % len(premises)], "unrelated"),
        ):
            if new and new != text and len(made[rule]) < limit:
                made[rule].append(Pair(text, new, label, rule))
    return [p for rule in SWAP_RULES for p in made[rule]]


SWAP_RULES = ("opposite", "negated", "figure", "digits", "identical", "unrelated")
_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "can", "will"}
_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_OTHER_NUMBER = {w: _NUMBERS[(k + 2) % len(_NUMBERS)] for k, w in enumerate(_NUMBERS[1:], start=1)} | {
    str(n): str(n * 10) for n in range(1, 100)
}
_DIGITS = {w: str(k) for k, w in enumerate(_NUMBERS, start=1)}


def _opposite_words(lexicon: Lexicon) -> dict[str, str]:
    """Each one-word form of a lexicon concept that has an opposite, and a one-word form of
    its opposite (the first by name, where it has several)."""
    first = {}
    for form, concept in lexicon.forms.items():
        if len(form) == 1:
            first.setdefault(concept, form[0])
    opposite = {
        c: min(o for o in os if o in first) for c, os in lexicon.opposite.items() if set(os) & set(first)
    }
    return {
        form[0]: first[opposite[concept]]
        for form, concept in lexicon.forms.items()
        if len(form) == 1 and concept in opposite
    }


def _swap_word(words: list[str], table: dict[str, str]) -> str | None:
    for k, w in enumerate(words):
        if w.lower() in table:
            return " ".join([*words[:k], table[w.lower()], *words[k + 1 :]])
    return None


def _swap_number(words: list[str], table: dict[str, str]) -> str | None:
    for k, w in enumerate(words):
        key = w.lower()
        if key in table and k + 1 < len(words) and words[k + 1][:1].islower():
            new = table[key].capitalize() if w[:1].isupper() else table[key]
            return " ".join([*words[:k], new, *words[k + 1 :]])
    return None


def _negate(words: list[str]) -> str | None:
    for k, w in enumerate(words):
        if w.lower() in _AUXILIARIES and k + 1 < len(words) and words[k + 1].lower() not in {"not", "no"}:
            return " ".join([*words[: k + 1], "not", *words[k + 1 :]])
    return None


def fnc(split: str) -> tuple[list[Pair], list[list[str]]]:
    """FNC-1 pairs with, for each, its body's sentences closest to the headline."""
    folder, bodies_file, stances_file, body_key = {
        "train": (BENCH / "stance" / "fnc1-train", "train_bodies.csv", "train_stances.csv", "Body_ID"),
        "test": (
            BENCH / "stance" / "fnc1",
            "competition_test_bodies.csv",
            "competition_test_stances.csv",
            "Body ID",
        ),
    }[split]
    with (folder / bodies_file).open(encoding="utf-8", newline="") as f:
        bodies = {r[body_key]: r["articleBody"] for r in csv.DictReader(f)}
    with (folder / stances_file).open(encoding="utf-8", newline="") as f:
        rows = [(r["Headline"], r[body_key], r["Stance"]) for r in csv.DictReader(f)]
    names = ("agree", "disagree", "discuss", "unrelated")
    pairs = [Pair(h, b, FNC_NAMES[s if s in names else names[int(s)]]) for h, b, s in rows]
    sentences = {b: [s for s in _SENTENCE.split(t) if len(s.split()) >= 4] or [t] for b, t in bodies.items()}
    return pairs, [sentences[p.b] for p in pairs]


def labelled(pairs: Sequence[Pair], lexicon: Lexicon) -> Labelled:
    """Features of sentence pairs."""
    vectors = cached_vectors([t for p in pairs for t in (p.a, p.b)])
    x = np.stack([pair_features(p.a, p.b, vectors[p.a], vectors[p.b], lexicon) for p in pairs])
    return Labelled(x, _labels(pairs), [p.group for p in pairs])


def labelled_fnc(pairs: Sequence[Pair], sentences: Sequence[list[str]], lexicon: Lexicon) -> Labelled:
    """Features of headlines against their bodies' closest sentences."""
    vectors = cached_vectors(sorted({p.a for p in pairs} | {s for body in sentences for s in body}))
    rows = []
    for pair, body in zip(pairs, sentences, strict=True):
        head = vectors[pair.a]
        stacked = np.stack([vectors[s] for s in body])
        closest = np.argsort(-(stacked @ head), kind="stable")[:_CLOSEST]
        mean = stacked[closest].mean(axis=0)
        mean /= max(float(np.linalg.norm(mean)), 1e-9)
        text = " ".join(body[k] for k in sorted(closest))
        rows.append(pair_features(pair.a, text, head, mean, lexicon))
    return Labelled(np.stack(rows), _labels(pairs), [""] * len(pairs))


def _labels(pairs: Sequence[Pair]) -> np.ndarray:
    return np.array([RELATIONS.index(p.label) for p in pairs], dtype=np.int64)


def cached_vectors(texts: Sequence[str]) -> dict[str, np.ndarray]:
    """Each distinct text's vector from the default encoder, kept in `build/vectors/`."""
    unique = sorted(set(texts))
    key = hashlib.sha256("\n".join([DEFAULT_SENTENCE_MODEL, *unique]).encode()).hexdigest()[:20]
    path = CACHE / f"{key}.npy"
    if path.exists():
        matrix = np.load(path)
    else:
        matrix = encoder().encode(unique)
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npy")
        np.save(tmp, matrix)
        tmp.replace(path)
    return dict(zip(unique, matrix, strict=True))


def run_training(description: str, shipped: Path, write: Callable[[Path], None]) -> None:
    """A training script's run: the file to write (`--out`, by default the shipped one),
    torch on the 2 threads the scripts are timed on, `write` making it, then its size and
    the time taken."""
    import torch  # the torch extra: only the training scripts need it

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=shipped)
    out = parser.parse_args().out
    torch.set_num_threads(2)
    started = time.perf_counter()
    write(out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - started:.0f} s")
