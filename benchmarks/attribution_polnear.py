"""Attribution on PolNeAR's test split: source, cue and content of reported speech.

    python benchmarks/attribution_polnear.py

84 political news texts (test/text/*.txt) with BRAT annotations of attributions
(test/attributions/*.ann): for each, the Source span, the Cue span and the Content span.
Texts annotated by several annotators (for agreement) are scored against one
annotation, the first by file name; a discontinuous span is taken as its outer range.
newsprism's quotes give the three roles: `source` and `cue` words and the quote's span.
The quotation marks themselves (which PolNeAR puts inside Content and newsprism leaves
outside the quote) and surrounding spaces are trimmed from both sides before comparing.
Per role: exact match (same trimmed span) and overlap match (at least one shared
character), one to one, as precision, recall and F1.
Published: BERT-CofeNet exact F1 83.2 / 75.3 / 72.9 (source / cue / content), on its own
split of PolNeAR.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict

from machine import SHARED, describe

from newsprism.model import Article
from newsprism.nlp import parse
from newsprism.read.entities import find_entities
from newsprism.read.quotes import find_quotes

POLNEAR = SHARED / "bench" / "quotes" / "polnear" / "test"
ROLES = ("Source", "Cue", "Content")
_TRIM = " \t\n\"“”‘’'"

Spans = dict[str, list[tuple[int, int]]]


def load() -> list[tuple[str, Spans]]:
    annotations: dict[str, str] = {}
    for path in sorted((POLNEAR / "attributions").glob("*.ann")):
        annotations.setdefault(re.sub(r"_[0-9a-f]+$", "", path.stem), path.read_text("utf-8"))
    out = []
    for stem, ann in sorted(annotations.items()):
        text = (POLNEAR / "text" / f"{stem}.txt").read_text("utf-8")
        gold: Spans = defaultdict(list)
        for line in ann.splitlines():
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0].startswith("T"):
                continue
            role, *ranges = parts[1].replace(";", " ").split()
            if role in ROLES:
                numbers = [int(x) for x in ranges]
                gold[role].append(trim(text, min(numbers), max(numbers)))
        out.append((text, gold))
    return out


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def predicted(article: Article, doc: object) -> Spans:
    entities = find_entities(article, doc)  # type: ignore[list-item]
    spans: Spans = defaultdict(list)
    for q in find_quotes(article, doc, entities):  # type: ignore[arg-type]
        spans["Content"].append(trim(article.text, q.start, q.end))
        if q.cue:
            spans["Cue"].append(trim(article.text, q.cue.start, q.cue.end))
        if q.source:
            spans["Source"].append(trim(article.text, q.source.start, q.source.end))
    return spans


def matched(gold: list[tuple[int, int]], pred: list[tuple[int, int]], exact: bool) -> int:
    used: set[int] = set()
    count = 0
    for g in gold:
        for j, p in enumerate(pred):
            hit = p == g if exact else p[0] < g[1] and g[0] < p[1]
            if hit and j not in used:
                used.add(j)
                count += 1
                break
    return count


def main() -> None:
    data = load()
    articles = [Article(id=f"a{i}", path=str(i), text=t) for i, (t, _) in enumerate(data)]
    started = time.perf_counter()
    docs = parse([a.text for a in articles], "en_core_web_sm")
    totals = {(r, e): [0, 0, 0] for r in ROLES for e in (True, False)}
    for article, doc, (_, gold) in zip(articles, docs, data, strict=True):
        pred = predicted(article, doc)
        for role in ROLES:
            for exact in (True, False):
                t = totals[(role, exact)]
                t[0] += matched(gold[role], pred[role], exact)
                t[1] += len(pred[role])
                t[2] += len(gold[role])
    seconds = time.perf_counter() - started
    for exact in (True, False):
        scores = []
        for role in ROLES:
            hit, n_pred, n_gold = totals[(role, exact)]
            p, r = hit / max(1, n_pred), hit / max(1, n_gold)
            f = 2 * p * r / (p + r) if p + r else 0.0
            scores.append(f"{role.lower()} P {100 * p:.1f} R {100 * r:.1f} F1 {100 * f:.1f}")
        print(f"PolNeAR test, {'exact' if exact else 'overlap'}: " + "; ".join(scores))
    print("published (BERT-CofeNet, exact, its own split): F1 83.2 / 75.3 / 72.9 (source / cue / content)")
    print(f"{len(articles)} texts in {seconds:.1f} s; machine: {describe()}")


if __name__ == "__main__":
    main()
