"""Quote drift: one quote that outlets report with different words.

Two direct or partial quotes of different articles are versions of one quote when the
same speaker (or an unknown one) is credited and most of their words are the same, in
order (`same_quote` of the longer, by difflib's matching blocks), yet the words differ.
Each version's differing words are marked as spans of its article.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from itertools import combinations

from newsprism.model import Quote, QuoteVariants, Span
from newsprism.thresholds import DEFAULTS, Thresholds

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def find_drift(quotes: list[Quote], thresholds: Thresholds = DEFAULTS) -> list[QuoteVariants]:
    same_quote = thresholds.same_quote
    words = {q.id: [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(q.text)] for q in quotes}
    usable = [q for q in quotes if q.kind != "indirect" and len(words[q.id]) >= thresholds.drift_min_words]
    parent = {q.id: q.id for q in usable}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    lists = {q.id: [w for *_, w in words[q.id]] for q in usable}
    counts = {q.id: Counter(lists[q.id]) for q in usable}  # the words in common bound the words matched
    differing: dict[str, set[int]] = defaultdict(set)
    for a, b in combinations(usable, 2):
        if a.article == b.article or (a.speaker and b.speaker and a.speaker != b.speaker):
            continue
        wa, wb = lists[a.id], lists[b.id]
        if wa == wb or (counts[a.id] & counts[b.id]).total() < same_quote * max(len(wa), len(wb)):
            continue
        matcher = SequenceMatcher(None, wa, wb, autojunk=False)
        same = sum(block.size for block in matcher.get_matching_blocks())
        if same < same_quote * max(len(wa), len(wb)):
            continue
        parent[root(a.id)] = root(b.id)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                differing[a.id] |= set(range(i1, i2))
                differing[b.id] |= set(range(j1, j2))
    families: dict[str, list[Quote]] = defaultdict(list)
    for q in usable:
        families[root(q.id)].append(q)
    found: list[QuoteVariants] = []
    for family in families.values():
        if len(family) < 2:
            continue
        spans = [_span(q, words[q.id], sorted(differing[q.id])) for q in family]
        speaker = next((q.speaker for q in family if q.speaker), None)
        found.append(
            QuoteVariants(
                id=f"v{len(found) + 1}",
                quotes=[q.id for q in family],
                speaker=speaker,
                differences=[s for group in spans for s in group],
            )
        )
    return found


def _span(quote: Quote, words: list[tuple[int, int, str]], indices: list[int]) -> list[Span]:
    """Runs of differing words of one quote, as spans of its article."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    spans = []
    for run in runs:
        start, end = quote.start + words[run[0]][0], quote.start + words[run[-1]][1]
        spans.append(
            Span(
                article=quote.article,
                start=start,
                end=end,
                text=quote.text[start - quote.start : end - quote.start],
            )
        )
    return spans
