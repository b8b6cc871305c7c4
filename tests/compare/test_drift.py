"""Quote drift: one quote that outlets report in different words, on quotes the tests write."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.compare.drift import find_drift
from newsprism.model import Quote, QuoteKind

LEAD = "Orrin Velk spoke at the lock: “"


def q(qid: str, article: str, text: str, speaker: str | None = "e1", kind: QuoteKind = "direct") -> Quote:
    return Quote(id=qid, article=article, start=len(LEAD), end=len(LEAD) + len(text), text=text,
                 speaker=speaker, kind=kind)  # fmt: skip


SHUT_ALL = "We will keep the gates shut all week"
SHUT_THIS = "We will keep the gates shut this week"


def found(quotes: list[Quote]) -> list[tuple[list[str], str | None, list[str]]]:
    return [(v.quotes, v.speaker, [d.text for d in v.differences]) for v in find_drift(quotes)]


@pytest.mark.parametrize(
    ("quotes", "expected"),
    [
        ([q("q1", "a1", SHUT_ALL), q("q2", "a2", SHUT_THIS)], [(["q1", "q2"], "e1", ["all", "this"])]),
        ([q("q1", "a1", SHUT_ALL, speaker=None), q("q2", "a2", SHUT_THIS)], [(["q1", "q2"], "e1", ["all", "this"])]),
        ([q("q1", "a1", SHUT_ALL, kind="partial"), q("q2", "a2", SHUT_THIS)], [(["q1", "q2"], "e1", ["all", "this"])]),
        ([q("q1", "a1", "We will keep the gates shut"), q("q2", "a2", "We will keep all the gates shut for now")],
         [(["q1", "q2"], "e1", ["all", "for now"])]),
        ([q("q1", "a1", SHUT_ALL), q("q2", "a2", SHUT_THIS), q("q3", "a3", "We will keep the gates shut next week")],
         [(["q1", "q2", "q3"], "e1", ["all", "this", "next"])]),
    ],
    ids=["one-word", "unknown-speaker", "partial", "words-added", "three-versions"],
)  # fmt: skip
def test_versions_of_one_quote_and_their_differing_words(
    quotes: list[Quote], expected: list[tuple[list[str], str | None, list[str]]]
) -> None:
    assert found(quotes) == expected


@pytest.mark.parametrize(
    "quotes",
    [
        [q("q1", "a1", SHUT_ALL), q("q2", "a2", SHUT_ALL)],
        [q("q1", "a1", SHUT_ALL), q("q2", "a2", "we will KEEP the gates, shut all week!")],
        [q("q1", "a1", SHUT_ALL), q("q2", "a1", SHUT_THIS)],
        [q("q1", "a1", SHUT_ALL, speaker="e1"), q("q2", "a2", SHUT_THIS, speaker="e2")],
        [q("q1", "a1", SHUT_ALL, kind="indirect"), q("q2", "a2", SHUT_THIS)],
        [q("q1", "a1", "Shut it all"), q("q2", "a2", "Shut it now")],
        [q("q1", "a1", SHUT_ALL), q("q2", "a2", "The towpath stays open to walkers until May")],
        [q("q1", "a1", SHUT_ALL)],
        [],
    ],
    ids=["same-words", "same-words-other-case-and-marks", "same-article", "other-speakers", "indirect",
         "too-short", "another-quote", "alone", "none"],
)  # fmt: skip
def test_no_drift(quotes: list[Quote]) -> None:
    assert find_drift(quotes) == []


WORDS = st.sampled_from(
    ["we", "will", "keep", "the", "gates", "shut", "all", "this", "week", "now", "sluice", "river"]
)


@given(st.lists(st.lists(WORDS, min_size=4, max_size=10), min_size=2, max_size=4))
def test_differences_are_spans_inside_their_quotes(versions: list[list[str]]) -> None:
    quotes = [q(f"q{k}", f"a{k}", " ".join(words)) for k, words in enumerate(versions)]
    by_article = {x.article: x for x in quotes}
    text = {x.article: LEAD + x.text + "”" for x in quotes}
    for variants in find_drift(quotes):
        assert len(variants.quotes) >= 2
        for d in variants.differences:
            quote = by_article[d.article]
            assert text[d.article][d.start : d.end] == d.text
            assert quote.start <= d.start < d.end <= quote.end


def test_a_quote_of_repeated_words_drifts_like_any_other() -> None:
    a = q("q1", "a1", "No, no, no, no, no, no, we will not close it")
    b = q("q2", "a2", "No, no, no, no, no, no, we will never close it")
    assert found([a, b]) == [(["q1", "q2"], "e1", ["not", "never"])]
