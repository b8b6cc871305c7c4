"""Which lines of a plain text are page furniture, by a line classifier the project trains.

A scraper that saves a page as text keeps its menus, share bars, bios, promos, comment
counts and footers beside the article. Each line is described by what it looks like and
where it stands (`line_features`): its length, how it ends, its share of function words
(English and, for any language, the page's own most frequent words), capitals, digits
and punctuation, whether a leftover rule of the lexicon (`leftovers.toml`) matches it,
whether it repeats, its position, the same of its neighbours and of the prose around it,
and how many lines the rules mark before and after it (and of those, how many of the kinds
that close an article: share bars, related links, prompts, legal notices). Two rounds of gradient-boosted trees judge it: the first from those features, the
second from them and the first round's judgement of the lines around it, so that a short
line inside the article is told from one in a menu.

Trained by `training/train_lines.py` on half the pages of the extraction benchmark (their
visible text line by line, labelled by the ground-truth article body), measured on the
other half (`benchmarks/text_cleaning.py`); the trees ship in `lines.npz` (no scikit-learn
at run time) with the cut-offs chosen by cross-validation on the training half: one for a
line, and a lower one for a line of prose, which is removed only on surer evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from newsprism.clean.text import fold, is_heading, is_prose

# Raise it with any change to the features: weights of another version are refused.
FEATURES_VERSION = 2
_TOKEN = re.compile(r"\w+")
_ENDS_SENTENCE = re.compile(r"[.!?\"”’)]$")
_BULLETED = re.compile(r"^[-–—•·*▪►●◦‣]")
# English function words: the commonest words of news prose (judgement, from wordfreq's top 50).
_FUNCTION = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "or",
        "for",
        "on",
        "with",
        "at",
        "by",
        "from",
        "as",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "that",
        "this",
        "it",
        "its",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "not",
        "but",
        "said",
    ]
)
_PAGE_COMMON = 25  # the page's own most frequent words, as function words of any language
_LONG_WORDS = 25  # a line this long is surely article prose or a comment
_NEIGHBOURS = (-2, -1, 1, 2)
_WINDOWS = (3, 8)
# The kinds of the lexicon's rules that stand where an article's text ends (judgement, from
# `leftovers.toml`): a line after one is more likely a comment, a teaser or a footer.
_CLOSING = frozenset(
    {"share bar", "related links", "subscription or newsletter prompt", "legal or cookie notice"}
)
_SECOND_NEIGHBOURS = (-3, -2, -1, 1, 2, 3)
_SECOND_WINDOWS = (2, 5, 10)


def line_features(lines: list[str], ruled: list[str | None]) -> np.ndarray:
    """One row of features for each line (see the module's docstring), for the first round;
    `ruled` is what the lexicon's rules say of each line (`leftovers.mark_by_rules`)."""
    own = _own_features(lines, ruled)
    n = len(lines)
    at = np.arange(n)
    prose = own[:, PROSE]
    before = np.concatenate([[0.0], np.cumsum(prose)])
    total = before[-1]
    longs = np.flatnonzero(own[:, _LOG_WORDS] >= np.log1p(_LONG_WORDS))
    median = np.log1p(np.median(np.expm1(own[:, _LOG_WORDS]))) if n else 0.0
    columns = [_shifted(own[:, _NEIGHBOUR_COLUMNS], k) for k in _NEIGHBOURS]
    columns += [_window_means(before, w)[:, None] for w in _WINDOWS]
    columns += [
        np.column_stack([before[:-1] / max(1.0, total), (total - before[1:]) / max(1.0, total)]),
        (_distance_to(longs, n) / 10)[:, None],
        np.column_stack(
            [
                (at < longs[0]) if len(longs) else np.zeros(n, dtype=bool),
                (at > longs[-1]) if len(longs) else np.zeros(n, dtype=bool),
            ]
        ).astype(float),
        np.log1p(_prose_runs(prose))[:, None],
        np.column_stack([own[:, _LOG_WORDS] - median, np.full(n, np.log1p(n))]),
        _ruled_around(own[:, _RULED]),
        _ruled_around(np.array([float(r in _CLOSING) for r in ruled]).reshape(n)),
    ]
    return np.hstack([own, *columns])


def _ruled_around(marked: np.ndarray) -> np.ndarray:
    """For each line, how many marked lines stand before it and how many after (log)."""
    before = np.cumsum(marked) - marked
    counts: np.ndarray = np.log1p(np.column_stack([before, marked.sum() - before - marked]))
    return counts


def _shifted(values: np.ndarray, k: int) -> np.ndarray:
    """Row i of the result is row i + k of `values`, zeros where there is none."""
    out = np.zeros_like(values)
    if abs(k) >= len(values):
        return out
    if k > 0:
        out[: len(values) - k] = values[k:]
    else:
        out[-k:] = values[: len(values) + k]
    return out


def _window_means(before: np.ndarray, w: int) -> np.ndarray:
    """For each line, the mean of a column over the lines within `w` of it, given its
    running sums `before` (one more than the lines)."""
    n = len(before) - 1
    at = np.arange(n)
    low, high = np.maximum(0, at - w), np.minimum(n, at + w + 1)
    means: np.ndarray = (before[high] - before[low]) / (high - low)
    return means


_LOG_WORDS, _LOG_CHARACTERS, _ENDS, _FUNCTION_SHARE, PROSE, _RULED = (
    0,
    1,
    2,
    3,
    8,
    10,
)  # columns of `_own_features`
_NEIGHBOUR_COLUMNS = [_LOG_WORDS, _ENDS, _FUNCTION_SHARE, PROSE]


def _own_features(lines: list[str], ruled: list[str | None]) -> np.ndarray:
    folded = [fold(line) for line in lines]
    repeats = Counter(folded)
    tokens = [_TOKEN.findall(line) for line in lines]
    lowers = [[t.lower() for t in ts] for ts in tokens]
    page_words = Counter(t for lower in lowers for t in lower)
    common = {t for t, _ in page_words.most_common(_PAGE_COMMON)}
    n = len(lines)
    rows = []
    for i, (line, ts, lower) in enumerate(zip(lines, tokens, lowers, strict=True)):
        count, size = max(1, len(ts)), max(1, len(line))
        rows.append(
            [
                len(ts),
                len(line),
                float(bool(_ENDS_SENTENCE.search(line))),
                sum(map(_FUNCTION.__contains__, lower)) / count,
                sum(t[0].isupper() for t in ts) / count,
                sum(map(str.isdigit, line)) / size,
                (len(line) - sum(map(str.isalnum, line)) - sum(map(str.isspace, line))) / size,
                i / max(1, n - 1),
                float(is_prose(line)),
                float(is_heading(line)),
                float(ruled[i] is not None),
                float(repeats[folded[i]] > 1),
                float(line.count("|") + line.count("»") + line.count("›")),
                float(bool(_BULLETED.match(line))),
                sum(map(common.__contains__, lower)) / count,
            ]
        )
    own = np.array(rows, dtype=float).reshape(n, -1)
    own[:, _LOG_WORDS] = np.log1p(own[:, _LOG_WORDS])
    own[:, _LOG_CHARACTERS] = np.log1p(own[:, _LOG_CHARACTERS])
    return own


def _distance_to(marked: np.ndarray, n: int) -> np.ndarray:
    """For each of n lines, how many lines away the nearest marked one is (n when none is)."""
    if len(marked) == 0:
        return np.full(n, float(n))
    at = np.arange(n)
    after = np.searchsorted(marked, at).clip(max=len(marked) - 1)
    before = (after - 1).clip(min=0)
    distance: np.ndarray = np.minimum(np.abs(marked[after] - at), np.abs(marked[before] - at)).astype(float)
    return distance


def _prose_runs(prose: np.ndarray) -> np.ndarray:
    """For each line, how many prose lines stand together around it (0 when it is not prose)."""
    runs = np.zeros(len(prose))
    start = 0
    while start < len(prose):
        end = start
        while end < len(prose) and prose[end] == prose[start]:
            end += 1
        if prose[start]:
            runs[start:end] = end - start
        start = end
    return runs


def second_features(first: np.ndarray, probability: np.ndarray) -> np.ndarray:
    """The first round's features with its judgement of the lines around each, for the second."""
    n = len(probability)
    before = np.concatenate([[0.0], np.cumsum(probability)])
    columns = [_shifted(probability[:, None], k) for k in _SECOND_NEIGHBOURS]
    columns += [_window_means(before, w)[:, None] for w in _SECOND_WINDOWS]
    top = float(probability.max()) if n else 0.0
    columns.append(np.column_stack([np.full(n, top), before[:-1] / max(1e-9, before[-1])]))
    return np.hstack([first, *columns])


@dataclass(frozen=True, slots=True)
class Trees:
    """A boosted ensemble of binary trees as flat arrays: node i tests feature[i] <=
    threshold[i] and goes to left[i], else right[i]; a leaf goes to itself (its test always
    holds) and holds its value. Every row walks every tree `depth` steps, the deepest
    leaf's, in one array operation a step. No feature is ever missing (NaN), so
    scikit-learn's side for missing values is not kept."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    roots: np.ndarray
    baseline: float
    depth: int

    @classmethod
    def stored(
        cls,
        feature: np.ndarray,
        threshold: np.ndarray,
        left: np.ndarray,
        right: np.ndarray,
        leaf: np.ndarray,
        value: np.ndarray,
        roots: np.ndarray,
        baseline: float,
    ) -> Trees:
        """The trees from the arrays `training/train_lines.py` writes, where `leaf` marks the leaves."""
        itself = np.arange(len(leaf))
        left, right = np.where(leaf, itself, left), np.where(leaf, itself, right)
        depth, level = 0, roots
        while not leaf[level].all():
            inner = level[~leaf[level]]
            level, depth = np.concatenate([left[inner], right[inner]]), depth + 1
        return cls(np.where(leaf, 0, feature), np.where(leaf, np.inf, threshold), left, right, value, roots,
                   baseline, depth)  # fmt: skip

    def probability(self, x: np.ndarray) -> np.ndarray:
        """The probability of the positive class for each row of `x`."""
        if len(x) == 0:
            return np.zeros(0)
        flat = np.ascontiguousarray(x).ravel()
        row_starts = (np.arange(len(x)) * x.shape[1])[:, None]
        node = np.broadcast_to(self.roots, (len(x), len(self.roots)))
        for _ in range(self.depth):
            go_left = flat[row_starts + self.feature[node]] <= self.threshold[node]
            node = np.where(go_left, self.left[node], self.right[node])
        raw = self.baseline + self.value[node].sum(axis=1)
        return np.asarray(1.0 / (1.0 + np.exp(-raw)))


@dataclass(frozen=True, slots=True)
class LineModel:
    first: Trees
    second: Trees
    cutoff: float  # a line less likely than this to be the article's is furniture
    prose_cutoff: float  # and a line of prose (a sentence), less likely than this

    def furniture(self, pages: list[tuple[list[str], list[str | None]]]) -> list[list[float | None]]:
        """For each page, given as its lines and what the rules say of each, and for each
        line judged furniture, how likely it was to be the article's; None for each line of
        the article. The pages are judged together, each round's trees once for all."""
        first = [line_features(lines, ruled) if lines else np.zeros((0, 0)) for lines, ruled in pages]
        said = _by_page(self.first.probability(_stacked(first)), first)
        second = [second_features(f, p) if len(f) else f for f, p in zip(first, said, strict=True)]
        found = _by_page(self.second.probability(_stacked(second)), second)
        return [self._judged(f, p, ruled) for f, p, (_, ruled) in zip(first, found, pages, strict=True)]

    def _judged(
        self, features: np.ndarray, probability: np.ndarray, ruled: list[str | None]
    ) -> list[float | None]:
        if not len(probability):
            return []
        limits = np.where(features[:, PROSE] > 0, self.prose_cutoff, self.cutoff)
        judged = [float(p) if p < limit else None for p, limit in zip(probability, limits, strict=True)]
        if len(judged) > 1 and judged[-2] is None and features[-1, PROSE] > 0 and ruled[-1] is None:
            judged[-1] = None  # a sentence that ends the article's text ends the article
        return judged


def _stacked(features: list[np.ndarray]) -> np.ndarray:
    """The pages' rows as one array (none: no rows)."""
    rows = [f for f in features if len(f)]
    return np.vstack(rows) if rows else np.zeros((0, 0))


def _by_page(values: np.ndarray, features: list[np.ndarray]) -> list[np.ndarray]:
    """`values` of the stacked rows, split back into the pages' rows."""
    return np.split(values, np.cumsum([len(f) for f in features])[:-1]) if features else []


@cache
def line_model() -> LineModel:
    """The shipped model (`lines.npz`)."""
    with resources.files("newsprism.clean").joinpath("lines.npz").open("rb") as fh:
        data = np.load(fh)
        if int(data["version"]) != FEATURES_VERSION:
            raise RuntimeError("lines.npz was trained on other features: run training/train_lines.py")
        trees = [_trees(data, prefix) for prefix in ("first", "second")]
        return LineModel(trees[0], trees[1], float(data["cutoff"]), float(data["prose_cutoff"]))


def _trees(data: np.lib.npyio.NpzFile, prefix: str) -> Trees:
    names = ("feature", "threshold", "left", "right", "leaf", "value", "roots")
    arrays = {name: np.asarray(data[f"{prefix}_{name}"]) for name in names}
    return Trees.stored(**arrays, baseline=float(data[f"{prefix}_baseline"]))
