"""Quotes and speakers on the GenderGapTracker annotations (98 news articles).

    python benchmarks/quotes_ggt.py        (needs openpyxl: pip install -e '.[bench]')

Each article's raw text (rawtext.zip, the input of GGT's own extractor) is read by
newsprism's reader: spaCy, entities, quotes (direct, partial and reported). Gold quotes
come from annotations.xlsx; their character offsets drift from the raw text, so each is
placed at the occurrence of its text nearest the annotated offset (those not found are
counted as missed). A predicted and a gold quote match when their character overlap,
shared characters over the characters of either (intersection over union), reaches the
threshold; matching is one to one, best overlap first. Scare quotes (one or two words in
marks that nobody is said to have spoken) are newsprism `partial` quotes but not quotes in
GGT's annotation, so they are left out of the comparison, as are partial quotes inside a
reported clause that newsprism also gives (GGT annotates the clause as one quote). Speaker
accuracy: of the gold
quotes with a speaker that were matched at 0.3, the share whose predicted speaker is
that person: the predicted speaker entity has a name form equal to GGT's resolved
`reference` or shares its surname, or, for a source that names no entity ("South Korean
officials"), the quote's source words are GGT's speaker. Published: F1 83.7 (0.3), 76.1 (0.8), speaker accuracy 86.5%
(GGT's rule-based extractor with coreference, en_core_web_lg).
"""

from __future__ import annotations

import json
import re
import time
import zipfile
from dataclasses import dataclass

from machine import SHARED, describe

from newsprism.model import Article
from newsprism.nlp import parse
from newsprism.read.entities import find_entities
from newsprism.read.names import key
from newsprism.read.quotes import find_quotes

GGT = SHARED / "bench" / "quotes" / "ggt"
THRESHOLDS = (0.3, 0.8)


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    speaker: str | None


def load() -> list[tuple[str, list[Gold], int]]:
    """(raw text, gold quotes placed in it, gold quotes not found) per article."""
    import openpyxl

    sheet = openpyxl.load_workbook(GGT / "annotations.xlsx", read_only=True).worksheets[0]
    rows = [r for r in sheet.iter_rows(values_only=True) if any(r)]
    head, rows = rows[0], rows[1:]
    archive = zipfile.ZipFile(GGT / "rawtext.zip")
    files = {name.rsplit("/", 1)[-1][:-4]: name for name in archive.namelist() if name.endswith(".txt")}
    out = []
    for row in rows:
        record = dict(zip(head, row, strict=True))
        article_id = re.search(r"([0-9a-f]{24})\)", str(record["_id"]))
        text = archive.read(files[article_id.group(1)]).decode("utf-8") if article_id else ""
        placed, missing = [], 0
        for q in _objects(str(record["quotations"] or "")):
            gold = _place(text, q)
            if gold is None:
                missing += 1
            else:
                placed.append(gold)
        out.append((text, placed, missing))
    return out


def _objects(cell: str) -> list[dict[str, str]]:
    """The annotation objects of a cell; the cells are hand-edited JSON with slips."""
    return [json.loads(m.group(), strict=False) for m in re.finditer(r"\{[^{}]*\}", cell)]


def _place(text: str, q: dict[str, str]) -> Gold | None:
    quote = (q.get("quote") or "").strip()
    if not quote:
        return None
    hint = re.findall(r"\d+", q.get("quote_index") or "")
    near = int(hint[0]) if hint else 0
    found = [m.start() for m in re.finditer(re.escape(quote), text)]
    if not found:
        return None
    start = min(found, key=lambda at: abs(at - near))
    speaker = (q.get("reference") or q.get("speaker") or "").strip() or None
    return Gold(start, start + len(quote), speaker)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, shared) / (max(a[1], b[1]) - min(a[0], b[0]))


def main() -> None:
    data = load()
    articles = [Article(id=f"a{i}", path=str(i), text=text) for i, (text, _, _) in enumerate(data)]
    started = time.perf_counter()
    docs = parse([a.text for a in articles], "en_core_web_sm")
    counts = {t: [0, 0, 0] for t in THRESHOLDS}  # matched, predicted, gold
    spoken = with_speaker = missing = 0
    for article, doc, (_, golds, unplaced) in zip(articles, docs, data, strict=True):
        entities = find_entities(article, doc)
        forms = {e.id: {key(f.text) for f in e.forms} | {key(e.name)} for e in entities}
        found = find_quotes(article, doc, entities)
        predicted = [q for q in found if not _scare_quote(q) and not _inside_reported(q, found)]
        missing += unplaced
        for threshold in THRESHOLDS:
            pairs = _match(golds, predicted, threshold)
            counts[threshold][0] += len(pairs)
            counts[threshold][1] += len(predicted)
            counts[threshold][2] += len(golds) + unplaced
            if threshold == THRESHOLDS[0]:
                for g, p in pairs:
                    if g.speaker:
                        with_speaker += 1
                        said = forms.get(p.speaker or "", set()) | (
                            {key(p.source.text)} if p.source else set()
                        )
                        spoken += _same_speaker(g.speaker, said)
    seconds = time.perf_counter() - started
    for threshold, (matched, predicted_n, gold_n) in counts.items():
        p, r = matched / predicted_n, matched / gold_n
        print(
            f"GGT quotes at overlap >= {threshold}: precision {100 * p:.1f} recall {100 * r:.1f} F1 {200 * p * r / (p + r):.1f}"
        )
    print(
        f"speaker accuracy on matched quotes: {100 * spoken / with_speaker:.1f}% ({spoken} of {with_speaker})"
    )
    print(
        f"gold quotes: {sum(len(g) for _, g, _ in data) + missing} ({missing} not found in the raw text, counted as missed)"
    )
    print("published (GGT, en_core_web_lg + coreference): F1 83.7 / 76.1, speaker accuracy 86.5%")
    print(f"{len(articles)} articles in {seconds:.1f} s; machine: {describe()}")


def _match(golds: list[Gold], predicted: list, threshold: float) -> list[tuple[Gold, object]]:
    scored = sorted(
        (
            (overlap((g.start, g.end), (p.start, p.end)), i, j)
            for i, g in enumerate(golds)
            for j, p in enumerate(predicted)
        ),
        reverse=True,
    )
    used_g, used_p, pairs = set(), set(), []
    for score, i, j in scored:
        if score < threshold:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((golds[i], predicted[j]))
    return pairs


def _scare_quote(q: object) -> bool:
    """One or two words in quotation marks that nobody is said to have spoken: newsprism
    keeps them (kind `partial`), GGT does not annotate them as quotes."""
    return q.kind == "partial" and q.speaker is None and len(q.text.split()) <= 2  # type: ignore[attr-defined]


def _inside_reported(q: object, found: list) -> bool:
    """A partial quote within a reported clause newsprism also gives: GGT annotates the
    clause as one quote ('she said police were "very committed" to ...')."""
    return q.kind == "partial" and any(  # type: ignore[attr-defined]
        r.kind == "indirect" and r.start <= q.start and q.end <= r.end
        for r in found  # type: ignore[attr-defined]
    )


def _same_speaker(gold: str, forms: set[str]) -> bool:
    want = key(gold)
    return want in forms or any(f.split()[-1:] == want.split()[-1:] for f in forms if f)


if __name__ == "__main__":
    main()
