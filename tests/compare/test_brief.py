"""The brief: corroborated points, disputes and single-source claims, each citing its claims."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.compare.brief import LEAST, MOST, write_brief
from newsprism.model import Claim, Contradiction, Group, GroupStatus, Number

OUTLET = {"a1": "Marrowby Gazette", "a2": "Kestrel Post", "a3": "Radio Dunhaven", "a4": "Velk Wire"}


def claim(cid: str, article: str, text: str, **kw: object) -> Claim:
    return Claim(id=cid, article=article, start=0, end=len(text), text=text, **kw)  # type: ignore[arg-type]


def group(gid: str, claims: list[Claim], status: GroupStatus, independent: list[str] | None = None) -> Group:
    sources = list(dict.fromkeys(OUTLET[c.article] for c in claims))
    return Group(id=gid, claims=[c.id for c in claims], status=status, sources=sources,
                 independent=sources if independent is None else independent)  # fmt: skip


SHUT = claim("c1", "a1", "The sluice is shut.")
CLOSED = claim("c2", "a2", "The sluice was closed on Monday.")
TWO = claim("c3", "a1", "The river rose two metres.")
THREE = claim("c4", "a2", "The river rose three metres.")
DEPOT = claim("c5", "a3", "A tram depot reopened.")


def test_a_corroborated_point_quotes_each_outlets_own_words() -> None:
    [item] = write_brief([group("g1", [SHUT, CLOSED], "corroborated")], [SHUT, CLOSED], [], OUTLET)
    assert item.text == (
        "Reported independently by Marrowby Gazette and Kestrel Post. "
        "Marrowby Gazette: “The sluice is shut.” Kestrel Post: “The sluice was closed on Monday.”"
    )
    assert item.cites == ["c1", "c2"]


def test_a_dispute_gives_both_sides() -> None:
    claims = [TWO, THREE]
    [item] = write_brief(
        [group("g1", claims, "contested")], claims, [Contradiction(a="c3", b="c4", reason="figures")], OUTLET
    )
    assert item.text == (
        "Accounts differ (figures). Marrowby Gazette: “The river rose two metres.” "
        "Kestrel Post: “The river rose three metres.”"
    )
    assert item.cites == ["c3", "c4"]


def test_a_single_source_claim_says_so_and_who_repeated_it() -> None:
    copy = claim("c6", "a4", "A tram depot reopened.")
    groups = [group("g1", [DEPOT], "single_source"), group("g2", [SHUT], "single_source")]
    groups.append(
        group("g3", [DEPOT.model_copy(update={"id": "c7"}), copy], "single_source", ["Radio Dunhaven"])
    )
    claims = [DEPOT, SHUT, DEPOT.model_copy(update={"id": "c7"}), copy]
    assert [(i.text, i.cites) for i in write_brief(groups, claims, [], OUTLET)] == [
        ("Only Radio Dunhaven reports: “A tram depot reopened.”", ["c5"]),
        ("Only Marrowby Gazette reports: “The sluice is shut.”", ["c1"]),
        ("Only Radio Dunhaven, repeated by Velk Wire, which took it from there, reports: “A tram depot reopened.”",
         ["c7", "c6"]),
    ]  # fmt: skip


def test_an_uncertain_corroboration_or_single_claim_is_left_out_and_a_dispute_says_so() -> None:
    """The corroboration and the single-source claim the confidence doubts go; the doubtful
    dispute stays, after a sure one, worded as uncertain."""
    sure, unsure = claim("c7", "a3", "The weir held."), claim("c8", "a4", "The weir gave way.")
    claims = [SHUT, CLOSED, TWO, THREE, sure, unsure]
    groups = [
        group("g1", [SHUT, CLOSED], "corroborated").model_copy(update={"uncertain": True}),
        group("g2", [TWO, THREE, sure, unsure], "contested"),
    ]
    single = [
        group("g3", [sure], "single_source"),
        group("g4", [unsure], "single_source").model_copy(update={"uncertain": True}),
    ]
    doubtful = Contradiction(a="c3", b="c4", reason="figures", uncertain=True)
    held = Contradiction(a="c7", b="c8", reason="held against gave way")
    items = write_brief(groups, claims, [doubtful, held], OUTLET)
    assert [(i.text.split(" (")[0], i.cites) for i in items] == [
        ("Accounts differ", ["c7", "c8"]), ("Accounts may differ, uncertain", ["c3", "c4"])
    ]  # fmt: skip
    assert [i.cites for i in write_brief(single, claims, [], OUTLET)] == [["c7"]]


def test_nothing_to_say_is_an_empty_brief() -> None:
    assert write_brief([], [], [], OUTLET) == []


def test_more_outlets_come_first_and_sourced_figures_lead_single_claims() -> None:
    wide = [claim(f"w{k}", a, f"Point {k}.") for k, a in enumerate(["a1", "a2", "a3"])]
    narrow = [claim("n1", "a1", "Other point."), claim("n2", "a2", "Other point too.")]
    plain = claim("s1", "a1", "Plain.")
    counted = claim("s2", "a2", "Two boats sank.", numbers=[Number(text="Two", value=2, unit="boat")])
    sourced = claim("s3", "a3", "Police said so.", attribution="Police said")
    claims = [*narrow, *wide, plain, counted, sourced]
    groups = [group("g1", narrow, "corroborated"), group("g2", wide, "corroborated")]
    groups += [group(f"g{k}", [c], "single_source") for k, c in enumerate([plain, counted, sourced], start=3)]
    assert [i.cites for i in write_brief(groups, claims, [], OUTLET)] == [
        ["w0", "w1", "w2"], ["n1", "n2"], ["s3"], ["s2"], ["s1"]
    ]  # fmt: skip


def test_a_dispute_gives_every_side_once_own_reports_first() -> None:
    """One report contradicted by two others is one point citing all three; a copy's side
    (a copy that changed what it copied: the dispute a copy repeats is left to its source
    before the brief, `contradictions.originals_only`) comes after the outlets' own."""
    own = claim("c9", "a3", "The river rose four metres.")
    copied = claim("c8", "a4", "The river rose two metres.")
    claims = [TWO, THREE, own, copied]
    groups = [group("g1", claims, "contested", ["Marrowby Gazette", "Kestrel Post", "Radio Dunhaven"])]
    contradictions = [
        Contradiction(a="c8", b="c4", reason="copy"),
        Contradiction(a="c3", b="c4", reason="own"),
        Contradiction(a="c3", b="c9", reason="again c3"),
    ]
    [item] = write_brief(groups, claims, contradictions, OUTLET)
    assert item.cites == ["c3", "c4", "c9", "c8"]
    assert item.text.startswith("Accounts differ (own; again c3; copy). ")


def test_the_brief_is_at_most_MOST_items_and_keeps_LEAST_when_it_can() -> None:
    claims = [claim(f"c{k}", f"a{1 + k % 4}", f"Claim {k}.") for k in range(40)]
    pairs = [claims[k : k + 2] for k in range(0, 16, 2)]
    groups = [group(f"g{k}", pair, "corroborated") for k, pair in enumerate(pairs)]
    groups += [group(f"s{k}", [c], "single_source") for k, c in enumerate(claims[16:])]
    contradictions = [Contradiction(a=f"c{k}", b=f"c{k + 1}", reason="r") for k in range(16, 30, 2)]
    items = write_brief(groups, claims, contradictions, OUTLET)
    assert len(items) == MOST
    assert [i.text.split()[0] for i in items] == ["Reported"] * 5 + ["Accounts"] * 4 + ["Only"] * 3
    singles = write_brief([g for g in groups if g.status == "single_source"], claims, [], OUTLET)
    assert len(singles) == LEAST


def test_contested_points_take_the_room_the_corroborated_leave() -> None:
    """Two corroborated points leave room for six disputes, and single-source points still
    have their sentences."""
    claims = [claim(f"c{k}", f"a{1 + k % 4}", f"Claim {k}.") for k in range(20)]
    groups = [group(f"g{k}", claims[k : k + 2], "corroborated") for k in (0, 2)]
    groups += [group(f"s{k}", [c], "single_source") for k, c in enumerate(claims[16:])]
    contradictions = [Contradiction(a=f"c{k}", b=f"c{k + 1}", reason="r") for k in range(4, 16, 2)]
    items = write_brief(groups, claims, contradictions, OUTLET)
    assert [i.text.split()[0] for i in items] == ["Reported"] * 2 + ["Accounts"] * 6 + ["Only"] * 3


@given(st.lists(st.tuples(st.sampled_from(sorted(OUTLET)), st.sampled_from(["corroborated", "single_source"])),
                max_size=20),
       st.lists(st.tuples(st.integers(0, 19), st.integers(0, 19)), max_size=8))  # fmt: skip
@settings(deadline=None)  # a shared two-core machine
def test_every_item_cites_existing_claims_and_quotes_their_words(
    made: list[tuple[str, GroupStatus]], pairs: list[tuple[int, int]]
) -> None:
    claims = [claim(f"c{k}", article, f"Claim number {k} here.") for k, (article, _) in enumerate(made)]
    partner = {a: b for a, b in zip(sorted(OUTLET), ["a2", "a3", "a4", "a1"], strict=True)}
    claims += [claim(f"d{k}", partner[c.article], f"Echo {k}.") for k, c in enumerate(claims)]
    groups = [
        group(
            f"g{k}", [claims[k], claims[len(made) + k]] if status == "corroborated" else [claims[k]], status
        )
        for k, (_, status) in enumerate(made)
    ]
    contradictions = [
        Contradiction(a=f"c{i}", b=f"c{j}", reason="r")
        for i, j in pairs
        if i < j < len(made) and claims[i].article != claims[j].article
    ]
    text = {c.id: c.text for c in claims}
    for item in write_brief(groups, claims, contradictions, OUTLET):
        assert item.cites
        assert set(item.cites) <= set(text)
        assert any(f"“{text[c]}”" in item.text for c in item.cites)


def test_a_dispute_states_each_reason_once() -> None:
    claims = [TWO, THREE, claim("c9", "a3", "The river rose three metres, the county said.")]
    groups = [group("g1", claims, "contested", ["Marrowby Gazette", "Kestrel Post", "Radio Dunhaven"])]
    contradictions = [
        Contradiction(a="c4", b="c3", reason="different figures: “three metres” against “two metres”"),
        Contradiction(a="c3", b="c9", reason="different figures: “two metres” against “three metres”"),
    ]
    [item] = write_brief(groups, claims, contradictions, OUTLET)
    assert item.text.count("different figures") == 1
    assert item.cites == ["c4", "c3", "c9"]
