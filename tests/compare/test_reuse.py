"""Reuse: passages of one article standing in another, copied or rewritten, on texts the tests write."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.compare.polarity import Lexicon
from newsprism.compare.reuse import find_reuse, paraphrase_score, words_of
from newsprism.model import Article, Claim, Number, Quote, Reuse

PASSAGE = (
    "Engineers of the Kestrel Waterways Trust closed the Pellow sluice at Dunhaven on Tuesday "
    "after the river rose above the old stone sill"
)
OWN_A = "Boat owners were angry."
OWN_B = "A towpath was fenced off near the mill bridge."
OWN_C = "A surveyor will check the hinges on Friday."


def article(aid: str, text: str, published: str | None = None) -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=text, published=published)


def reuse(
    articles: list[Article], quotes: list[Quote] = (), claims: list[Claim] = (), vectors=None
) -> list[Reuse]:  # type: ignore[assignment,no-untyped-def]
    if vectors is None:
        vectors = np.eye(max(1, len(claims)), dtype=np.float32)[: len(claims)]
    return find_reuse(articles, list(quotes), list(claims), vectors, Lexicon())


def links(found: list[Reuse]) -> list[tuple[str, str, bool, list[str]]]:
    return [(r.from_, r.to, r.directed, [p.kind for p in r.passages]) for r in found]


def test_a_copied_passage_is_verbatim_reuse_with_its_spans() -> None:
    a = article("a1", f"{OWN_A} {PASSAGE}.")
    b = article("a2", f"{OWN_B} Yesterday {PASSAGE.lower()}, said the trust. {OWN_C}")
    [found] = reuse([a, b])
    assert (found.from_, found.to, found.directed) == ("a1", "a2", False)
    [p] = found.passages
    assert a.text[p.from_start : p.from_end] == PASSAGE
    assert b.text[p.to_start : p.to_end] == PASSAGE.lower()
    assert found.shared == round(len(PASSAGE) / len(b.text), 3)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (("2025-02-11", "2025-02-12"), ("a1", "a2", True)),
        (("2025-02-12", "2025-02-11"), ("a2", "a1", True)),
        (("2025-02-11", "2025-02-11"), ("a1", "a2", False)),
        ((None, "2025-02-11"), ("a1", "a2", False)),
    ],
    ids=["first-given-first", "second-given-first", "same-time", "a-time-unknown"],
)
def test_the_article_published_first_is_the_source(
    published: tuple[str | None, str | None], expected: tuple[str, str, bool]
) -> None:
    a = article("a1", f"{OWN_A} {PASSAGE}.", published[0])
    b = article("a2", f"{PASSAGE}. {OWN_B}", published[1])
    [found] = reuse([a, b])
    assert (found.from_, found.to, found.directed) == expected


def test_times_in_other_zones_are_compared_as_instants() -> None:
    later = article("a1", f"{OWN_A} {PASSAGE}.", "2025-02-11T23:00:00-05:00")  # 04:00 UTC on the 12th
    first = article("a2", f"{PASSAGE}. {OWN_B}", "2025-02-12T01:00:00+00:00")
    [found] = reuse([later, first])
    assert (found.from_, found.to, found.directed) == ("a2", "a1", True)


def test_a_quote_both_articles_give_is_not_copying() -> None:
    said = f"“{PASSAGE},” Orrin Velk said."
    a, b = article("a1", f"{OWN_A} {said}"), article("a2", f"{said} {OWN_B}")
    quoted = [Quote(id=f"q{k}", article=x.id, start=x.text.index(PASSAGE), end=x.text.index(PASSAGE) + len(PASSAGE),
                    text=PASSAGE) for k, x in enumerate([a, b])]  # fmt: skip
    assert reuse([a, b], quoted) == []
    assert len(reuse([a, b], quoted[:1])) == 1
    indirect = [q.model_copy(update={"kind": "indirect"}) for q in quoted]
    assert len(reuse([a, b], indirect)) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (f"{OWN_A} {PASSAGE}.", f"{OWN_B} {OWN_C}"),
        (f"{OWN_A} the Pellow sluice at Dunhaven on Tuesday after the river.", f"{OWN_B} the Pellow sluice at Dunhaven on Tuesday after the river. {OWN_C}"),
        (OWN_A, OWN_A),
        ("", ""),
    ],
    ids=["nothing-shared", "a-shared-phrase", "too-short-to-copy", "empty"],
)  # fmt: skip
def test_no_reuse(a: str, b: str) -> None:
    assert reuse([article("a1", a), article("a2", b)]) == []


def test_three_copies_of_one_source_link_to_the_source_only() -> None:
    source = article("a1", f"{OWN_A} {PASSAGE}.", "2025-02-10")
    copies = [
        article("a2", f"{PASSAGE}. {OWN_B}", "2025-02-11"),
        article("a3", f"{OWN_C} {PASSAGE}.", "2025-02-12"),
    ]
    assert [(r.from_, r.to) for r in reuse([source, *copies])] == [("a1", "a2"), ("a1", "a3")]


def rewrite_story(cosine: float) -> tuple[list[Article], list[Claim], np.ndarray]:
    first = ["The trust closed the sluice on Tuesday.", "The river rose above the sill."]
    second = ["On Tuesday the trust shut the sluice.", "The river had risen above the old sill."]
    arts = [article("a1", " ".join(first)), article("a2", " ".join(second))]
    claims = [
        Claim(id=f"c{a.id}{k}", article=a.id, start=a.text.index(t), end=a.text.index(t) + len(t), text=t)
        for a, texts in zip(arts, [first, second], strict=True)
        for k, t in enumerate(texts)
    ]
    other = np.sqrt(1 - cosine**2)
    vectors = np.array([[1, 0, 0, 0], [0, 1, 0, 0], [cosine, 0, other, 0], [0, cosine, 0, other]], np.float32)
    return arts, claims, vectors


def test_claims_rewritten_from_another_article_are_paraphrase_reuse() -> None:
    arts, claims, vectors = rewrite_story(0.9)
    assert links(reuse(arts, claims=claims, vectors=vectors)) == [
        ("a1", "a2", False, ["paraphrase", "paraphrase"])
    ]


@pytest.mark.parametrize(
    ("speakers", "rewrite"),
    [((None, None), True), (("e1", "e1"), True), ((None, "e2"), False), (("e1", "e2"), False)],
    ids=["no-quotes", "the-same-voice", "a-voice-of-its-own", "another-voice"],
)
def test_an_article_that_quotes_someone_its_source_does_not_is_no_rewrite(
    speakers: tuple[str | None, str | None], rewrite: bool
) -> None:
    arts, claims, vectors = rewrite_story(0.9)
    voice = "“We saw it rise,” said a keeper."
    arts = [a.model_copy(update={"text": f"{a.text} {voice}"}) for a in arts]
    quotes = [
        Quote(id=f"q{k}", article=a.id, start=a.text.index("We"), end=a.text.index("We") + 14, text="We saw it rise",
              speaker=speaker)
        for k, (a, speaker) in enumerate(zip(arts, speakers, strict=True))
        if speaker is not None
    ]  # fmt: skip
    assert bool(reuse(arts, quotes, claims, vectors)) is rewrite


def test_a_claim_whose_last_word_begins_a_copied_run_is_still_rewritten() -> None:
    """The run "said. Ada Brun of the Kestrel Waterways Trust" is copied word for word (too
    short to be a copy by itself); the claim it begins in is still a rewrite."""
    first = ["The trust closed the sluice on Tuesday, the engineers said.",
             "Ada Brun of the Kestrel Waterways Trust spoke at noon.", "The river rose above the sill."]  # fmt: skip
    second = ["On Tuesday the trust shut the sluice, the engineers said.",
              "Ada Brun of the Kestrel Waterways Trust spoke at noon.", "The river had risen above the old sill."]  # fmt: skip
    arts = [article("a1", " ".join(first), "2025-02-10"), article("a2", " ".join(second), "2025-02-11")]
    claims = [
        Claim(id=f"c{a.id}{k}", article=a.id, start=a.text.index(t), end=a.text.index(t) + len(t), text=t)
        for a, texts in zip(arts, [first, second], strict=True)
        for k, t in enumerate(texts)
    ]
    vectors = np.zeros((6, 6), np.float32)
    for k in range(3):
        vectors[k, k] = 1.0
        vectors[3 + k, k], vectors[3 + k, 3 + k] = 0.9, np.sqrt(1 - 0.81)
    found = reuse(arts, claims=claims, vectors=vectors)
    assert links(found) == [("a1", "a2", True, ["paraphrase", "verbatim", "paraphrase"])]


@pytest.mark.parametrize(
    ("second", "numbers"),
    [
        ("The river had fallen below the old sill.", []),
        ("The river had risen three metres.", [("three metres", 3.0), ("two metres", 2.0)]),
    ],
    ids=["opposite-predicates", "another-figure"],
)
def test_claims_that_cannot_both_hold_are_no_rewrite(second: str, numbers: list[tuple[str, float]]) -> None:
    """Two reports whose closest claims conflict ("rose above the sill", "fallen below
    it"; "three metres", "two metres") are two accounts, however many words they share."""
    arts, claims, vectors = rewrite_story(0.9)
    first = "The river had risen two metres." if numbers else claims[1].text
    texts = [claims[0].text, first, claims[2].text, second]
    arts = [article("a1", f"{texts[0]} {texts[1]}"), article("a2", f"{texts[2]} {texts[3]}")]
    figures = dict(numbers)
    claims = [
        c.model_copy(update={
            "text": t, "start": a.text.index(t), "end": a.text.index(t) + len(t),
            "numbers": [Number(text=n, value=v, unit="m", measure="water level") for n, v in figures.items() if n in t],
        })
        for c, t, a in zip(claims, texts, [arts[0], arts[0], arts[1], arts[1]], strict=True)
    ]  # fmt: skip
    assert reuse(arts, claims=claims, vectors=vectors) == []


@pytest.mark.parametrize("cosine", [0.3, 0.45])
def test_claims_far_apart_are_no_rewrite(cosine: float) -> None:
    arts, claims, vectors = rewrite_story(cosine)
    assert reuse(arts, claims=claims, vectors=vectors) == []


@pytest.mark.parametrize(
    ("a", "b", "cosine", "score"),
    [
        ("The sluice is shut.", "the SLUICE is shut", 1.0, 1.0),
        ("The sluice is shut.", "Boats wait upstream.", 0.0, 0.0),
        ("The sluice is shut.", "The sluice is open.", 0.5, (0.5 + 2 * 3 / 8) / 2),
        ("", "", 0.2, 0.1),
    ],
)
def test_paraphrase_score_is_the_mean_of_cosine_and_word_overlap(
    a: str, b: str, cosine: float, score: float
) -> None:
    assert paraphrase_score(a, b, cosine) == pytest.approx(score)


def test_words_of_a_text_are_its_distinct_lower_case_words() -> None:
    assert words_of("The sluice, the SLUICE: shut!") == frozenset({"the", "sluice", "shut"})
    assert words_of("") == frozenset()


WORDS = st.sampled_from(re.findall(r"\w+", f"{PASSAGE} {OWN_B}"))


@given(st.lists(st.lists(WORDS, max_size=40).map(" ".join), min_size=2, max_size=3))
@settings(max_examples=50, deadline=None)  # a shared two-core machine
def test_reuse_shares_and_passages_lie_in_the_texts(texts: list[str]) -> None:
    arts = [article(f"a{k}", t) for k, t in enumerate(texts)]
    by_id = {a.id: a.text for a in arts}
    for r in reuse(arts):
        assert 0 <= r.shared <= 1
        for p in r.passages:
            copied = by_id[r.from_][p.from_start : p.from_end], by_id[r.to][p.to_start : p.to_end]
            assert copied[0].lower().split() == copied[1].lower().split()
            assert len(copied[1].split()) >= 8
