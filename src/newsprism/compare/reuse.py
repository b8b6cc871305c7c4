"""Reuse: passages of one article that stand in another, word for word or rewritten.

Verbatim passages are runs of shared eight-word shingles (`shingle_words`), so a shared
phrase of a few words is not reuse. Words inside quotation marks in both articles are not
counted: two reporters quoting the same speaker have not copied each other. Rewritten
passages are claims of the two articles that are each other's best match and paraphrases:
the mean of their vectors' cosine and the Dice overlap of their words is at least
`paraphrase`, the threshold with the best accuracy on MSRP's training pairs
(`benchmarks/paraphrase_msrp.py`; the mean beats either measure alone there). A pair of
articles is reported when at least `copied_words` words are copied, or when at least two
claims and more than half (`rewritten_share`) of the later article's claims are rewritten
and it quotes no one the earlier one does not (a voice of its own is reporting of its
own): independent reports of one event state some of the same facts in similar words (the
toll, the place, what officials said), a rewrite is mostly made of its source. Claims
inside quotation marks are left out of rewriting, as quotes are of copying.

Direction: the article published first is `from`, and `directed` is true; when the
times are unknown or equal the direction is left open (`directed` false; `from` is then
the article given first). When three articles share the same passages, the two that
both took them from the third (published first, or when times are unknown, more
strongly linked to it than to each other) are linked to it and not to each other.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

import numpy as np

from newsprism.compare.figures import different_figures
from newsprism.compare.polarity import Lexicon
from newsprism.model import Article, Claim, Passage, Quote, Reuse, earlier
from newsprism.thresholds import DEFAULTS, Thresholds

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Text:
    article: Article
    words: list[tuple[int, int]]  # character span of each word
    quoted: list[tuple[int, int]]

    @classmethod
    def of(cls, article: Article, quotes: list[Quote]) -> _Text:
        words = [(m.start(), m.end()) for m in _WORD.finditer(article.text)]
        quoted = [(q.start, q.end) for q in quotes if q.article == article.id and q.kind != "indirect"]
        return cls(article, words, quoted)

    def shingles(self, size: int) -> dict[tuple[str, ...], list[int]]:
        lower = [self.article.text[s:e].lower() for s, e in self.words]
        index: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i in range(len(lower) - size + 1):
            index[tuple(lower[i : i + size])].append(i)
        return index

    def quoted_share(self, start: int, end: int) -> float:
        inside = sum(max(0, min(end, e) - max(start, s)) for s, e in self.quoted)
        return inside / max(1, end - start)


def find_reuse(
    articles: list[Article],
    quotes: list[Quote],
    claims: list[Claim],
    vectors: np.ndarray,
    lexicon: Lexicon,
    thresholds: Thresholds = DEFAULTS,
) -> list[Reuse]:
    texts = {a.id: _Text.of(a, quotes) for a in articles}
    shared = _shared_shingles(articles, texts, thresholds.shingle_words)
    by_article: dict[str, list[int]] = defaultdict(list)
    for k, claim in enumerate(claims):
        by_article[claim.article].append(k)
    words = [words_of(c.text) for c in claims]
    cosines = vectors @ vectors.T
    found: list[Reuse] = []
    for a, b in combinations(articles, 2):
        first, second = _ordered(a, b)
        ta, tb = texts[first.id], texts[second.id]
        positions = shared.get((first.id, second.id), []) or [
            (j, i) for i, j in shared.get((second.id, first.id), [])
        ]
        verbatim = _verbatim(ta, tb, positions, thresholds)
        block = np.ix_(by_article[first.id], by_article[second.id])
        rewritten = (
            _rewritten(
                claims,
                words,
                cosines[block],
                (by_article[first.id], by_article[second.id]),
                verbatim,
                (ta, tb),
                lexicon,
                thresholds,
            )
            if cosines[block].size and cosines[block].max() >= thresholds.paraphrase_candidate
            else []
        )
        copied = _words_in(tb, verbatim)
        later = len(by_article[second.id])
        if copied < thresholds.copied_words and (
            len(rewritten) < 2
            or len(rewritten) <= thresholds.rewritten_share * later
            or _voices_of_its_own(quotes, first.id, second.id)
        ):
            continue
        passages = sorted(verbatim + rewritten, key=lambda p: p.to_start)
        covered = sum(p.to_end - p.to_start for p in passages)
        found.append(
            Reuse.model_validate(
                {
                    "from": first.id,
                    "to": second.id,
                    "shared": round(min(1.0, covered / max(1, len(second.text))), 3),
                    "passages": passages,
                    "directed": _directed(first, second),
                }
            )
        )
    return _without_common_source(found, {a.id: a.published for a in articles})


def _voices_of_its_own(quotes: list[Quote], first: str, second: str) -> bool:
    """Whether the later article quotes someone the earlier one does not: its own reporting,
    so no rewrite, however many of the earlier one's facts it states in its own words."""
    speakers = [
        {q.speaker for q in quotes if q.article == a and q.kind != "indirect"} for a in (first, second)
    ]
    return bool(speakers[1] - speakers[0] - {None})


def paraphrase_score(a: str, b: str, cosine: float) -> float:
    """How far two sentences say the same thing: the mean of their cosine and word overlap."""
    return words_score(words_of(a), words_of(b), cosine)


def same_fact(score: float, thresholds: Thresholds = DEFAULTS) -> float:
    """The probability that a pair of paraphrase score `score` states the same fact, by the
    logistic curve fitted on MSRP (`thresholds.same_fact_slope`, `same_fact_offset`)."""
    return 1.0 / (1.0 + math.exp(-(thresholds.same_fact_slope * score + thresholds.same_fact_offset)))


@lru_cache(maxsize=100_000)
def words_of(text: str) -> frozenset[str]:
    """The text's distinct words, in lower case."""
    return frozenset(_WORD.findall(text.lower()))


def words_score(x: frozenset[str], y: frozenset[str], cosine: float) -> float:
    """The paraphrase score of two sentences given as their words (`words_of`)."""
    return (cosine + 2 * len(x & y) / max(1, len(x) + len(y))) / 2


def _shared_shingles(
    articles: list[Article], texts: dict[str, _Text], size: int
) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """For each pair of articles (in the order given), the word positions where they share a shingle."""
    holders: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for k, a in enumerate(articles):
        for shingle, positions in texts[a.id].shingles(size).items():
            holders[shingle] += [(k, i) for i in positions]
    pairs: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for places in holders.values():
        for (ka, i), (kb, j) in combinations(places, 2):
            if ka != kb:
                pairs[(articles[ka].id, articles[kb].id)].append((i, j))
    return pairs


def _ordered(a: Article, b: Article) -> tuple[Article, Article]:
    return (b, a) if earlier(b.published, a.published) else (a, b)


def _directed(a: Article, b: Article) -> bool:
    return bool(earlier(a.published, b.published) or earlier(b.published, a.published))


def _verbatim(
    ta: _Text, tb: _Text, positions: list[tuple[int, int]], thresholds: Thresholds
) -> list[Passage]:
    """Maximal runs of shared shingles, as passages, less those that are a shared quote."""
    pairs = sorted(positions)
    runs: list[list[int]] = []  # [start in a, start in b, shingles]
    ends: dict[tuple[int, int], list[int]] = {}
    for i, j in pairs:
        run = ends.pop((i, j), None)
        if run is None:
            run = [i, j, 0]
            runs.append(run)
        run[2] += 1
        ends[(i + 1, j + 1)] = run
    passages = []
    for i, j, n in runs:
        last = n + thresholds.shingle_words - 2
        a0, a1 = ta.words[i][0], ta.words[i + last][1]
        b0, b1 = tb.words[j][0], tb.words[j + last][1]
        quote = thresholds.shared_quote_share
        if ta.quoted_share(a0, a1) >= quote and tb.quoted_share(b0, b1) >= quote:
            continue
        passages.append(Passage(from_start=a0, from_end=a1, to_start=b0, to_end=b1, kind="verbatim"))
    return _outermost(passages)


def _outermost(passages: list[Passage]) -> list[Passage]:
    """Passages not inside another one (a repeated phrase gives runs inside runs)."""
    passages.sort(key=lambda p: (p.to_start, -(p.to_end - p.to_start)))
    out: list[Passage] = []
    for p in passages:
        if out and p.to_start < out[-1].to_end:
            continue
        out.append(p)
    return out


def _words_in(text: _Text, passages: list[Passage]) -> int:
    return sum(1 for s, e in text.words for p in passages if p.to_start <= s and e <= p.to_end)


def _rewritten(
    claims: list[Claim],
    words: list[frozenset[str]],
    cosines: np.ndarray,
    sides: tuple[list[int], list[int]],
    verbatim: list[Passage],
    texts: tuple[_Text, _Text],
    lexicon: Lexicon,
    thresholds: Thresholds,
) -> list[Passage]:
    """Claims of the second article that rewrite a claim of the first: mutual best matches,
    neither inside quotation marks nor mostly in a verbatim passage already (one that
    begins with the claim's last word, "said.", leaves it rewritten), and able to both hold:
    two claims whose predicates conflict by the lexicon, or whose figures of one measure
    differ, are two accounts ("she would stay at the club", "she would leave the club"),
    whatever words they share."""
    first, second = sides
    quote = thresholds.shared_quote_share
    sims = np.zeros_like(cosines)
    for r, c in zip(*np.nonzero(cosines >= thresholds.paraphrase_candidate), strict=True):
        sims[r, c] = words_score(words[first[r]], words[second[c]], float(cosines[r, c]))
    out = []
    for col, k in enumerate(second):
        row = int(np.argmax(sims[:, col]))
        if sims[row, col] < thresholds.paraphrase or int(np.argmax(sims[row])) != col:
            continue
        a, b = claims[first[row]], claims[k]
        copied = sum(max(0, min(b.end, p.to_end) - max(b.start, p.to_start)) for p in verbatim)
        if 2 * copied > b.end - b.start:
            continue  # more than half of it copied word for word
        if texts[0].quoted_share(a.start, a.end) >= quote or texts[1].quoted_share(b.start, b.end) >= quote:
            continue
        if lexicon.conflict(lexicon.predicates(a.text), lexicon.predicates(b.text)) or different_figures(
            a, b, thresholds.figure_tolerance, measured_only=True
        ):
            continue
        out.append(
            Passage(from_start=a.start, from_end=a.end, to_start=b.start, to_end=b.end, kind="paraphrase")
        )
    return out


def _without_common_source(found: list[Reuse], published: dict[str, str | None]) -> list[Reuse]:
    """Drop the link between two articles that both took the same passages from a third.

    The third is the source when it was published before both; when the times are not
    all known, when its links to the two are both stronger than theirs to each other.
    """
    kept = list(found)
    for reuse in sorted(found, key=lambda r: r.shared):
        pair = (reuse.from_, reuse.to)
        for other in {x for r in kept for x in (r.from_, r.to)} - set(pair):
            links = [r for r in kept if {r.from_, r.to} in ({other, pair[0]}, {other, pair[1]})]
            if (
                len(links) == 2
                and _source_of(other, pair, links, reuse, published)
                and _explained(reuse, links)
            ):
                kept.remove(reuse)
                break
    return kept


def _source_of(
    other: str, pair: tuple[str, str], links: list[Reuse], reuse: Reuse, published: dict[str, str | None]
) -> bool:
    first = [earlier(published.get(other), published.get(x)) for x in pair]
    if None not in first:
        return all(first)
    return all(r.shared > reuse.shared for r in links)


def _explained(reuse: Reuse, links: list[Reuse]) -> bool:
    """Every passage the pair shares is, in the pair's later article, a passage taken from the third."""
    spans = [
        (p.to_start, p.to_end) if r.to == reuse.to else (p.from_start, p.from_end)
        for r in links
        if reuse.to in (r.from_, r.to)
        for p in r.passages
    ]
    return all(any(s <= p.to_start + 5 and p.to_end - 5 <= e for s, e in spans) for p in reuse.passages)
