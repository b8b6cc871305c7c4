"""How two claims relate: the same fact, conflicting, related, or unrelated, with a probability.

A small network (one hidden layer) reads features of the pair: the two sentence vectors
(u, v, |u - v|, u * v, as in InferSent and Sentence-BERT) and features of their words and
frames (`SCALARS`): word overlap each way, a negator on one side only, the same predicate
affirmed and denied or opposite predicates (`polarity.toml`), figures for the same
quantity that agree or cannot both hold (`read/numbers.py`, their allowed values as
`figures.allowed` gives them), names in one claim missing from the other.

The weights are trained by `training/train_relations.py` (seeded, on 2 CPU cores) from
public labelled pairs: SNLI dev (CC BY-SA 4.0), GLUE RTE train, FNC-1 train (a headline
against its body's three closest sentences), and the project's own pairs: written by hand
(`training/pairs.tsv`) and drawn by rule from the NLI premises.
Their origins and licences are in `training/README.md`. The file `relations.npz` is shipped
in the package and loaded from it; nothing is downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from newsprism.compare.figures import allowed
from newsprism.compare.polarity import Lexicon
from newsprism.model import Number
from newsprism.nlp import encoder
from newsprism.read.numbers import find_numbers, same_quantity
from newsprism.settings import Settings
from newsprism.words import FUNCTION_WORDS, same_words

RELATIONS = ("same", "conflicting", "related", "unrelated")
SCALARS = (
    "cosine",
    "share of b's words in a",
    "share of a's words in b",
    "length ratio, log",
    "negator in a only",
    "negator in b only",
    "same predicate affirmed and denied",
    "opposite predicates",
    "figures for one quantity that cannot both hold",
    "figures for one quantity that agree",
    "figures on one side only",
    "share of b's names missing from a",
    "share of a's names missing from b",
)
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_NAME = re.compile(r"(?<=[\w,;:] )[A-Z][\w'’-]+")  # a capitalised word not opening a sentence


@dataclass(frozen=True, slots=True)
class Relation:
    """The model's reading of one pair: the most probable relation and each relation's probability."""

    label: str
    probabilities: tuple[float, ...]  # in the order of RELATIONS

    def probability(self, label: str) -> float:
        return self.probabilities[RELATIONS.index(label)]


def pair_features(a: str, b: str, u: np.ndarray, v: np.ndarray, lexicon: Lexicon) -> np.ndarray:
    """The model's input for claims `a` and `b` with unit sentence vectors `u` and `v`."""
    return np.concatenate([u, v, np.abs(u - v), u * v, scalar_features(a, b, float(u @ v), lexicon)])


def scalar_features(a: str, b: str, cosine: float, lexicon: Lexicon) -> np.ndarray:
    """The features of `SCALARS`, in that order."""
    words_a, words_b = _content_words(a), _content_words(b)
    neg_a, neg_b = _negated(a, lexicon), _negated(b, lexicon)
    conflict = lexicon.conflict(lexicon.predicates(a), lexicon.predicates(b))
    clash, agree, one_side = _figures(find_numbers(a), find_numbers(b))
    names_a, names_b = set(_NAME.findall(a)), set(_NAME.findall(b))
    return np.array(
        [
            cosine,
            _share(words_b, words_a),
            _share(words_a, words_b),
            np.log((len(b) + 1) / (len(a) + 1)),
            neg_a and not neg_b,
            neg_b and not neg_a,
            conflict is not None and conflict.a.concept == conflict.b.concept,
            conflict is not None and conflict.a.concept != conflict.b.concept,
            clash,
            agree,
            one_side,
            _share(names_b, names_a, missing=True),
            _share(names_a, names_b, missing=True),
        ],
        dtype=np.float32,
    )


def _content_words(text: str) -> set[str]:
    return {w for w in (m.lower() for m in _WORD.findall(text)) if w not in FUNCTION_WORDS}


def _negated(text: str, lexicon: Lexicon) -> bool:
    words = [w.lower() for w in _WORD.findall(text.replace("’", "'"))]
    return any(w in lexicon.negators or w.endswith("n't") for w in words)


def _share(part: set[str], whole: set[str], missing: bool = False) -> float:
    """The share of `part` found in `whole` (or missing from it); 0 for an empty part."""
    if not part:
        return 0.0
    found = len(part & whole) / len(part)
    return 1.0 - found if missing else found


def _figures(a: list[Number], b: list[Number]) -> tuple[bool, bool, bool]:
    """Whether some quantity both give has figures that cannot both hold; whether some agree;
    whether only one side gives figures."""
    clash = agree = False
    for x in a:
        same = [y for y in b if same_quantity(x, y)]
        if not same:
            continue
        fits = [_touch(x, y) for y in same]
        agree |= any(fits)
        clash |= not any(fits)
    return clash, agree, bool(a) != bool(b)


def _touch(x: Number, y: Number) -> bool:
    """Whether the values two figures allow meet, their bounds taken as closed: looser than
    `contradictions.agree` ("more than 40" touches 40), as the model was trained."""
    (x_low, x_high, _), (y_low, y_high, _) = allowed(x, 0.0), allowed(y, 0.0)
    return max(x_low, y_low) <= min(x_high, y_high)


class RelationModel:
    """The trained network: standardised features, one hidden layer of ReLUs, a softmax."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        self.mean, self.scale = weights["mean"], weights["scale"]
        self.hidden, self.hidden_bias = weights["hidden"], weights["hidden_bias"]
        self.out, self.out_bias = weights["out"], weights["out_bias"]

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """A (pairs, len(RELATIONS)) array of probabilities for a (pairs, features) array."""
        x = (features - self.mean) / self.scale
        h = np.maximum(x @ self.hidden + self.hidden_bias, 0.0)
        logits = h @ self.out + self.out_bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]

    def relations(self, features: np.ndarray) -> list[Relation]:
        return [
            Relation(RELATIONS[int(np.argmax(row))], tuple(float(p) for p in row))
            for row in self.probabilities(features)
        ]


@cache
def relation_model() -> RelationModel:
    """The model shipped in the package."""
    path = resources.files("newsprism.compare").joinpath("relations.npz")
    with path.open("rb") as file, np.load(file) as weights:
        return RelationModel({name: weights[name].astype(np.float32) for name in weights.files})


def relate(
    pairs: Sequence[tuple[int, int]], texts: Sequence[str], vectors: np.ndarray, lexicon: Lexicon
) -> list[Relation]:
    """The relation of each pair (i, j) of the claims whose texts and unit vectors are given.
    Two claims of the same words (case and spacing aside) state the same fact, whatever the
    model would say: it reads some copied sentences as conflicting."""
    asked = [(i, j) for i, j in pairs if not same_words(texts[i], texts[j])]
    read: dict[tuple[int, int], Relation] = {}
    if asked:
        features = np.stack(
            [pair_features(texts[i], texts[j], vectors[i], vectors[j], lexicon) for i, j in asked]
        )
        read = dict(zip(asked, relation_model().relations(features), strict=True))
    return [read.get(pair, _SAME) for pair in pairs]


_SAME = Relation("same", (1.0, 0.0, 0.0, 0.0))


class RelationJudge:
    """The relation model as a stance judge (`stance.py`): a pair contradicts when it reads
    them as conflicting with probability `thresholds.relation_conflicting` or more."""

    name = "newsprism relations"

    def __init__(self, settings: Settings) -> None:
        self.lexicon = Lexicon(settings.polarity_words, settings.thresholds)
        self.encoder = encoder(str(settings.sentence_model) if settings.sentence_model else None)
        self.cut_off = settings.thresholds.relation_conflicting

    def contradicts(self, pairs: list[tuple[str, str]]) -> list[float]:
        texts = [t for pair in pairs for t in pair]
        vectors = self.encoder.encode(texts)
        found = relate([(2 * k, 2 * k + 1) for k in range(len(pairs))], texts, vectors, self.lexicon)
        return [p if (p := r.probability("conflicting")) >= self.cut_off else 0.0 for r in found]
