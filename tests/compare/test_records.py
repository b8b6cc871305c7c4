"""Reuse, contradictions, groups, drift and the brief on small stories the tests write.

These run without the models: claims are written by the tests, and their vectors are
unit vectors the tests choose, so each case says exactly which claims are alike.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare.brief import write_brief
from newsprism.compare.contradictions import find_contradictions
from newsprism.compare.drift import find_drift
from newsprism.compare.groups import claim_names, group_claims, number_bonus, omissions_of
from newsprism.compare.polarity import Lexicon
from newsprism.compare.reuse import find_reuse
from newsprism.compare.topic import off_story
from newsprism.model import Article, Claim, Entity, Mention, Quote
from newsprism.read.numbers import find_numbers

ORIGINAL = (
    "The Tollan ferry ran aground on the Mirel sandbank on Tuesday morning with 212 passengers aboard. "
    "Coast guard crews took everyone off within three hours and nobody was hurt, the harbour office said."
)
COPY_WITH_NEW_NUMBER = ORIGINAL.replace("212 passengers", "240 passengers")
INDEPENDENT = (
    "Passengers on a stranded ferry waited on deck in the rain near Mirel as rescue boats circled. "
    "A retired pilot who watched from the pier said the channel markers had been moved last winter."
)


def article(id_: str, text: str, published: str | None = None, source: str | None = None) -> Article:
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published, source=source or id_.upper())


def sentences(a: Article) -> list[Claim]:
    """Each sentence of an article as a claim."""
    out, start = [], 0
    for part in a.text.split(". "):
        end = start + len(part) + (1 if a.text[start + len(part) : start + len(part) + 1] == "." else 0)
        text = a.text[start:end]
        out.append(
            Claim(
                id=f"{a.id}c{len(out)}",
                article=a.id,
                start=start,
                end=end,
                text=text,
                numbers=find_numbers(text),
            )
        )
        start = end + 1
    return out


def unnamed(claims: list[Claim]) -> list[frozenset[str]]:
    """No claim names anyone."""
    return [frozenset()] * len(claims)


def by_text(claims: list[Claim]) -> np.ndarray:
    """One vector per distinct claim text: equal texts alike, different texts unrelated."""
    distinct = list(dict.fromkeys(c.text for c in claims))
    return np.eye(len(distinct), dtype=np.float32)[[distinct.index(c.text) for c in claims]]


def unit(*weights: float) -> np.ndarray:
    v = np.array(weights, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_a_copy_is_reuse_with_its_passages_and_direction() -> None:
    a = article("a", ORIGINAL, "2024-03-05T08:00:00Z")
    b = article("b", COPY_WITH_NEW_NUMBER, "2024-03-05T07:00:00Z")
    claims = sentences(a) + sentences(b)
    vectors = np.stack([unit(1, 0, 0), unit(0, 1, 0), unit(1, 0, 0), unit(0, 1, 0)])
    [reuse] = find_reuse([a, b], [], claims, vectors, Lexicon())
    assert (reuse.from_, reuse.to, reuse.directed) == ("b", "a", True)
    assert {p.kind for p in reuse.passages} == {"verbatim"}
    assert reuse.shared > 0.9
    for p in reuse.passages:
        assert b.text[p.from_start : p.from_end] == a.text[p.to_start : p.to_end]


def test_independent_reports_are_not_reuse() -> None:
    a, c = article("a", ORIGINAL), article("c", INDEPENDENT)
    claims = sentences(a) + sentences(c)
    vectors = np.stack([unit(1, 0, 0), unit(0, 1, 0), unit(0.6, 0, 0.8), unit(0, 0.6, 0.8)])
    assert find_reuse([a, c], [], claims, vectors, Lexicon()) == []


# Restatements of ORIGINAL's two sentences in other words, and sentences of a report's own.
RESTATED = (
    "The Tollan ferry stuck fast on the Mirel sandbank on Tuesday carrying 212 passengers",
    "Everyone was taken off by coast guard crews in under three hours and nobody was injured, according to the harbour office",
)
OWN = (
    "A retired pilot who watched from the pier said the channel markers had been moved last winter",
    "Fishing boats in the bay were told to keep clear of the channel until Friday",
    "The operator has run the crossing for forty years",
)


@pytest.mark.parametrize(
    ("sentences_", "reuse"),
    [
        ((*RESTATED, *OWN[:2]), False),
        ((*RESTATED, OWN[0]), True),
    ],
    ids=["half-restated-is-an-independent-report", "mostly-restated-is-a-rewrite"],
)
def test_a_rewrite_is_mostly_made_of_its_source(sentences_: tuple[str, ...], reuse: bool) -> None:
    a = article("a", ORIGINAL, "2024-03-05T07:00:00Z")
    b = article("b", ". ".join(sentences_) + ".", "2024-03-05T09:00:00Z")
    claims = sentences(a) + sentences(b)
    own = [unit(0, 0, 1), unit(0, 1, 1), unit(1, 0, 1)][: len(sentences_) - 2]
    vectors = np.stack([unit(1, 0, 0), unit(0, 1, 0), unit(1, 0, 0), unit(0, 1, 0), *own])
    found = find_reuse([a, b], [], claims, vectors, Lexicon())
    assert bool(found) is reuse
    assert all(p.kind == "paraphrase" for r in found for p in r.passages)


def test_the_same_quote_in_two_reports_is_not_reuse() -> None:
    said = '"We will not leave anyone on that sandbank tonight, whatever the weather does," the captain said.'
    a = article("a", ORIGINAL + " " + said)
    c = article("c", INDEPENDENT + " " + said)
    quotes = [
        Quote(
            id=f"q{x.id}",
            article=x.id,
            start=x.text.index(said) + 1,
            end=x.text.index(said) + 79,
            text=said[1:79],
        )
        for x in (a, c)
    ]
    claims = sentences(a) + sentences(c)
    assert find_reuse([a, c], quotes, claims, by_text(claims), Lexicon()) == []


def test_two_copies_of_one_source_are_linked_to_it_not_to_each_other() -> None:
    source = article("s", ORIGINAL + " Divers will inspect the hull on Wednesday.", "2024-03-05T08:00:00Z")
    first = article("f", ORIGINAL + " The company apologised.", "2024-03-05T09:00:00Z")
    second = article("g", ORIGINAL + " Shares in the operator fell.", "2024-03-05T10:00:00Z")
    claims = sentences(source) + sentences(first) + sentences(second)
    found = find_reuse([source, first, second], [], claims, by_text(claims), Lexicon())
    assert sorted((r.from_, r.to) for r in found) == [("s", "f"), ("s", "g")]


def three_reports() -> tuple[list[Claim], np.ndarray, dict[str, str]]:
    """An original, a copy with another number and an independent report: their claims,
    vectors (the copy's claims like the original's, the independent ones unlike both) and outlets."""
    a, b, c = article("a", ORIGINAL), article("b", COPY_WITH_NEW_NUMBER), article("c", INDEPENDENT)
    claims = sentences(a) + sentences(b) + sentences(c)
    vectors = np.stack(
        [unit(1, 0, 0), unit(0, 1, 0), unit(1, 0, 0), unit(0, 1, 0), unit(0, 0, 1), unit(0, 0.2, 1)]
    )
    return claims, vectors, {x.id: x.source or "" for x in (a, b, c)}


def test_a_changed_number_is_a_contradiction_and_the_group_is_contested() -> None:
    claims, vectors, outlet = three_reports()
    [contradiction] = find_contradictions(claims, vectors, outlet, Lexicon())
    assert (contradiction.a, contradiction.b) == ("ac0", "bc0")
    assert "212 passengers" in contradiction.reason
    assert "240 passengers" in contradiction.reason
    cosines = vectors @ vectors.T
    groups = group_claims(claims, cosines, number_bonus(claims), unnamed(claims), [contradiction], [], outlet)
    status = {c: g.status for g in groups for c in g.claims}
    assert status["ac0"] == status["bc0"] == "contested"
    assert status["ac1"] == status["bc1"] == "corroborated"
    assert status["cc0"] == "single_source"


@pytest.mark.parametrize(
    ("second", "corroborated"),
    [("Fire hurt three workers at the plant.", False), ("Fire hurt two workers at the plant.", True)],
    ids=["another-figure", "the-same-figure"],
)
def test_claims_giving_different_figures_do_not_corroborate(second: str, corroborated: bool) -> None:
    a, b = article("a", "Two workers were hurt in the plant fire."), article("b", second)
    claims = sentences(a) + sentences(b)
    vectors = np.stack([unit(1, 0), unit(1, 1.17)])  # cosine 0.65: close, but not one statement
    assert find_contradictions(claims, vectors, {"a": "A", "b": "B"}, Lexicon()) == []
    groups = group_claims(
        claims, vectors @ vectors.T, number_bonus(claims), unnamed(claims), [], [], {"a": "A", "b": "B"}
    )
    assert ({g.status for g in groups} == {"corroborated"}) is corroborated


@pytest.mark.parametrize(
    ("first", "second", "contradicts"),
    [
        ("Crews rescued 212 passengers.", "Crews rescued about 215 passengers.", False),
        ("Crews rescued 212 passengers.", "Crews rescued 240 passengers.", True),
        ("Crews rescued 212 stranded passengers.", "Crews rescued 240 passengers.", True),
        ("About 38,000 people were told to boil water.", "42,000 residents were told to boil water.", True),
        ("About 1,200 people were moved.", "Some 1,230 residents were moved.", False),
        ("The repairs cost $2 million.", "The repairs cost $2 million in all.", False),
        ("The port will reopen on Friday.", "The port will not reopen on Friday.", True),
        ("The port will reopen on Friday.", "The port will reopen on Friday, officials said.", False),
    ],
)
def test_contradictions_of_two_reports_of_one_statement(first: str, second: str, contradicts: bool) -> None:
    a, b = article("a", first), article("b", second)
    claims = sentences(a) + sentences(b)
    vectors = np.stack([unit(1, 0), unit(1, 0.1)])
    found = find_contradictions(claims, vectors, {"a": "A", "b": "B"}, Lexicon())
    assert bool(found) is contradicts


@pytest.mark.parametrize(
    ("text", "read", "names"),
    [
        ("Crews could reach Kessick by Friday.", [], {"kessick"}),
        ("Rescuers of Tessa Corps reached the ridge.", [("Tessa Corps", "ORG")], {"tessa", "corps"}),
        ("Fire Destroys Mill At Osk Harbour", [("Osk Harbour", "GPE")], {"osk", "harbour"}),
        ("Fire Destroys Mill At Osk Harbour", [], set()),
        ("Marta Ilves said the Varrish crews left.", [("Marta Ilves", "PERSON"), ("Varrish", "NORP")],
         {"marta", "ilves", "varrish"}),
        ("The crews left on Monday.", [("Monday", "DATE")], set()),
    ],
    ids=["missed-by-the-model", "read", "title-case", "title-case-unread", "sentence-start", "no-names"],
)  # fmt: skip
def test_the_names_a_claim_gives(text: str, read: list[tuple[str, str]], names: set[str]) -> None:
    """Names read by the model, and capitalised words inside a sentence, except in title case."""
    [claim] = sentences(article("a", text))
    entities = [
        Entity(id=f"e{k}", name=name, type=kind, mentions=[Mention(article="a", start=text.index(name),
               end=text.index(name) + len(name))])
        for k, (name, kind) in enumerate(read)
    ]  # fmt: skip
    assert claim_names([claim], entities) == [frozenset(names)]


@pytest.mark.parametrize(
    ("headline", "names", "restated"),
    [
        ("Crews pulled 40 hikers off Mount Varre on Sunday", {"varre"}, True),
        ("Crews pulled 46 hikers off Mount Varre on Sunday", {"varre"}, False),
        ("Crews pulled 40 hikers off Mount Osk on Sunday", {"osk"}, False),
    ],
    ids=["the-same-point", "another-figure", "another-place"],
)
def test_an_article_restating_a_point_joins_the_restatement_to_its_group(
    headline: str, names: set[str], restated: bool
) -> None:
    """A headline that sums up a body sentence is one point with it, so it joins the group
    that the body sentence forms with another outlet's wording; not with another figure,
    nor when each gives a name the other does not contain."""
    body = "Rescue crews of the Varre Corps pulled 40 hikers off Mount Varre on Sunday after a storm."
    a = article("a", f"{headline}. {body}")
    b = article("b", "Walkers were brought down from the peak by rescuers.")
    claims = sentences(a) + sentences(b)
    vectors = np.stack([unit(1, 0.75, 0), unit(1, 0, 0), unit(1, 0, 0.3)])
    given = [frozenset(names), frozenset({"varre", "corps"}), frozenset()]
    outlet = {"a": "A", "b": "B"}
    groups = group_claims(claims, vectors @ vectors.T, number_bonus(claims), given, [], [], outlet)
    members = {c: set(g.claims) for g in groups for c in g.claims}
    assert members["ac1"] >= {"ac1", "bc0"}
    assert ("ac0" in members["ac1"]) is restated


def test_an_article_of_the_same_outlet_does_not_contradict_or_corroborate() -> None:
    a, b = (
        article("a", "The port will reopen on Friday.", source="Tide"),
        article("b", "The port will not reopen on Friday.", source="Tide"),
    )
    claims = sentences(a) + sentences(b)
    vectors = np.stack([unit(1, 0), unit(1, 0)])
    outlet = {"a": "Tide", "b": "Tide"}
    assert find_contradictions(claims, vectors, outlet, Lexicon()) == []
    [group] = group_claims(claims, vectors @ vectors.T, np.zeros((2, 2)), unnamed(claims), [], [], outlet)
    assert (group.status, group.sources, group.independent) == ("single_source", ["Tide"], ["Tide"])


def test_a_rewrite_does_not_corroborate_its_source() -> None:
    a = article("a", ORIGINAL, "2024-03-05T08:00:00Z")
    b = article("b", ORIGINAL.replace("ran aground", "got stuck"), "2024-03-05T09:00:00Z")
    claims = sentences(a) + sentences(b)
    vectors = np.stack([unit(1, 0), unit(0, 1), unit(1, 0.05), unit(0, 1)])
    reuse = find_reuse([a, b], [], claims, vectors, Lexicon())
    outlet = {"a": "A", "b": "B"}
    groups = group_claims(claims, vectors @ vectors.T, np.zeros((4, 4)), unnamed(claims), [], reuse, outlet)
    assert [(g.status, g.sources, g.independent) for g in groups] == [
        ("single_source", ["A", "B"], ["A"]),
        ("single_source", ["A", "B"], ["A"]),
    ]


def test_omissions_and_the_brief_cite_what_they_say() -> None:
    claims, vectors, outlet = three_reports()
    contradictions = find_contradictions(claims, vectors, outlet, Lexicon())
    groups = group_claims(
        claims, vectors @ vectors.T, number_bonus(claims), unnamed(claims), contradictions, [], outlet
    )
    corroborated = next(g.id for g in groups if g.status == "corroborated")
    assert omissions_of(groups, claims, ["a", "b", "c"]) == {"c": [corroborated]}
    brief = write_brief(groups, claims, contradictions, outlet)
    by_id = {x.id: x for x in claims}
    assert [item.text.split(" ")[0] for item in brief] == ["Reported", "Accounts", "Only", "Only"]
    for item in brief:
        assert item.cites
        assert any(by_id[c].text in item.text for c in item.cites)
    assert "A and B" in brief[0].text


def test_a_corroborated_point_in_the_brief_quotes_each_outlet_in_its_own_words() -> None:
    a = article("a", "Crews pulled 40 hikers off Mount Varre on Sunday.")
    b = article("b", "Rescuers brought forty walkers down from the peak.")
    claims = sentences(a) + sentences(b)
    vectors = np.stack([unit(1, 0), unit(1, 0.2)])
    outlet = {"a": "A", "b": "B"}
    groups = group_claims(claims, vectors @ vectors.T, number_bonus(claims), unnamed(claims), [], [], outlet)
    [item] = write_brief(groups, claims, [], outlet)
    assert item.text == f"Reported independently by A and B. A: “{claims[0].text}” B: “{claims[1].text}”"
    assert item.cites == ["ac0", "bc0"]


def quote(id_: str, article_id: str, text: str, speaker: str | None = "e1") -> Quote:
    return Quote(id=id_, article=article_id, start=0, end=len(text), text=text, speaker=speaker)


def test_one_quote_in_different_words_is_one_quote_with_its_variants() -> None:
    first = quote("q1", "a", "We will rebuild the pier before the summer season starts")
    second = quote("q2", "b", "We will rebuild the old pier before the season starts")
    other = quote("q3", "c", "The weather gave the crews no chance at all", speaker=None)
    [variants] = find_drift([first, second, other])
    assert (variants.quotes, variants.speaker) == (["q1", "q2"], "e1")
    assert [(d.article, d.text) for d in variants.differences] == [("a", "summer"), ("b", "old")]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("We will rebuild the pier before the summer season starts", "e1"),
        ("We will rebuild the old pier before the season starts", "e2"),
        ("Nobody expected the sandbank to move this far", "e1"),
    ],
    ids=["identical", "another-speaker", "another-quote"],
)
def test_what_is_not_drift(second: str, speaker: str) -> None:
    first = quote("q1", "a", "We will rebuild the pier before the summer season starts")
    assert find_drift([first, quote("q2", "b", second, speaker)]) == []


@pytest.mark.parametrize(
    ("closeness", "names_shared", "off"),
    [(0.6, True, []), (0.6, False, ["d"]), (0.75, False, []), (0.2, True, ["d"])],
    ids=["close-and-named", "close-unnamed", "very-close-unnamed", "far"],
)
def test_an_article_about_another_event_is_off_story(
    closeness: float, names_shared: bool, off: list[str]
) -> None:
    articles = [article(x, f"Report {x} about the Mirel sandbank.") for x in "abcd"]
    claims = [Claim(id=f"c{x}", article=x, start=0, end=6, text="Report") for x in "abcd"]
    other = np.sqrt(1 - closeness**2)
    vectors = np.stack([unit(1, 0), unit(1, 0.01), unit(1, 0.02), unit(closeness, other)])
    place = Entity(
        id="e1", name="Mirel", type="GPE", mentions=[Mention(article=x, start=0, end=6) for x in "abc"]
    )
    if names_shared:
        place.mentions.append(Mention(article="d", start=0, end=6))
    assert off_story(articles, [c.article for c in claims], vectors, [place]) == off
