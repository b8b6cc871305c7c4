"""Outcomes and decisions read from the frames of sentences the tests write (invented
names), and the contradictions they make between two outlets. Slow: spaCy."""

from __future__ import annotations

import pytest

from newsprism.compare.outcomes import courses, decisions, outcomes, vote
from tests.compare.framed import claims, contradictions

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "party", "won", "verb"),
    [
        ("Quenmore Shipping won its appeal on Monday.", "quenmore", True, "won"),
        ("Quenmore Shipping lost its appeal on Monday.", "quenmore", False, "lost"),
        ("Quenmore Shipping failed to win the tender for the Orlow route.", "quenmore", False, "win"),
        ("The tribunal dismissed Quenmore Shipping's appeal on Monday.", "quenmore", False, "dismissed"),
        ("The tribunal upheld Quenmore Shipping's appeal on Monday.", "quenmore", True, "upheld"),
        ("The tribunal threw out Quenmore Shipping's claim for damages.", "quenmore", False, "threw out"),
        ("Quenmore Shipping's appeal was rejected by the tribunal on Monday.", "quenmore", False, "rejected"),
        ("Quenmore Shipping's appeal against the fine was rejected on Monday.", "quenmore", False, "rejected"),
    ],
)  # fmt: skip
def test_a_party_s_outcome(text: str, party: str, won: bool, verb: str) -> None:
    [claim] = claims(text)
    [found] = outcomes(claim)
    assert party in found.party[1]
    assert found.won is won
    assert verb in found.verb


@pytest.mark.parametrize(
    "text",
    [
        "Quenmore Shipping could win its appeal next month.",  # only possible
        "Quenmore Shipping lost 200 jobs at the Orlow yard last year.",  # jobs are no dispute
        "The tribunal upheld the fine on the Orlow ferries.",  # no party's dispute
        "The tribunal dismissed the appeal on Monday.",  # whose, it does not say
    ],
)
def test_no_outcome(text: str) -> None:
    [claim] = claims(text)
    assert outcomes(claim) == []


@pytest.mark.parametrize(
    ("text", "act", "decided"),
    [
        ("Quenmore Shipping said it would appeal against the ruling.", "appeal", True),
        ("Quenmore Shipping said it would not appeal against the ruling.", "appeal", True),
        ("Quenmore Shipping said it had not decided whether to appeal.", "appeal", False),
        ("Quenmore Shipping said it was considering whether to appeal.", "appeal", False),
        ("Quenmore Shipping has not yet decided whether it will sell the Orlow yard.", "sell", False),
    ],
)
def test_a_party_s_decision(text: str, act: str, decided: bool) -> None:
    [claim] = claims(text)
    [found] = decisions(claim)
    assert (found.act, found.decided) == (act, decided)
    assert found.party[0] or "quenmore" in found.party[1]


@pytest.mark.parametrize(
    "text",
    [
        "Quenmore Shipping said it may appeal against the ruling.",  # only possible
        "Quenmore Shipping appealed against the ruling on Monday.",  # done, not decided
        "Quenmore Shipping said it had decided nothing yet.",  # nothing said of an act
    ],
)
def test_no_decision(text: str) -> None:
    [claim] = claims(text)
    assert [d for d in decisions(claim) if not d.decided] == []
    assert [d for d in decisions(claim) if d.act == "appeal"] == []


def test_one_party_won_and_lost_however_worded() -> None:
    assert contradictions(
        "Quenmore Shipping won its case against the port authority on Monday.",
        "Harbour campaigners cheered as the judge dismissed Quenmore Shipping's challenge.",
    ) == [
        "opposite outcomes for one party (its case, Quenmore Shipping's challenge): “won” against "
        "“dismissed”, said of one subject: “Quenmore Shipping”"
    ]
    assert (
        contradictions(  # two parties: one's win is the other's loss
            "Quenmore Shipping won its case against the port authority on Monday.",
            "The port authority lost its case against Quenmore Shipping on Monday.",
        )
        == []
    )


def test_an_act_decided_and_not_yet_decided() -> None:
    assert contradictions(
        "Quenmore Shipping said it would appeal to the Supreme Court.",
        "Quenmore Shipping said it was studying the ruling and had not decided whether to appeal.",
    ) == ["an act decided and not yet decided: “would appeal” against “had not decided whether to appeal”"]
    assert (
        contradictions(  # another act
            "Quenmore Shipping said it would appeal to the Supreme Court.",
            "Quenmore Shipping said it had not decided whether to sell the Orlow yard.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The decision of the Orlow board was unanimous.", (True, "unanimous")),
        ("The Orlow board voted unanimously to close the depot.", (True, "unanimously")),
        ("Six of the nine members of the Orlow board voted for the closure.", (False, "Six of the nine")),
        ("The Orlow board approved the closure by seven votes to two.", (False, "seven votes to two")),
        ("The Orlow board voted 5-4 to close the depot.", (False, "5-4")),
        ("The jury found him guilty by a majority of ten to two.", (False, "ten to two")),
        ("The Orlow board voted 9-0 to close the depot.", None),
        ("The Orlow board voted to raise fares by 10 to 12 percent.", None),
        ("The Orlow board's decision was not unanimous.", None),
        ("Six of the nine depots in Orlow will close.", None),  # no vote
    ],
)
def test_a_vote_unanimous_or_split(text: str, expected: tuple[bool, str] | None) -> None:
    """Whether it was unanimous, and words among those that say it."""
    [claim] = claims(text)
    found = vote(claim)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert found[0] is expected[0]
        assert expected[1] in found[1]


def test_a_vote_unanimous_and_split_contradict() -> None:
    assert contradictions(
        "Six of the nine members of the Orlow board voted for the closure.",
        "The decision to close the depot was unanimous, the board said.",
    ) == ["a vote unanimous and split: “Six of the nine members” against “unanimous”"]


def test_one_spoken_of_by_one_source_is_one_party() -> None:
    """A pronoun or "her client" in two claims of one source (not the source: "he" of a
    woman) is the one that source speaks of."""
    assert contradictions(
        "His lawyer, Maren Stolz, said he would appeal against the conviction.",
        "His lawyer, Maren Stolz, said her client had not decided whether to appeal.",
    ) == ["an act decided and not yet decided: “would appeal” against “had not decided whether to appeal”"]
    assert (
        contradictions(  # two sources may speak of two people
            "His lawyer, Maren Stolz, said he would appeal against the conviction.",
            "Her lawyer, Piet Varga, said his client had not decided whether to appeal.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "thing", "ended"),
    [
        ("The leak at the Orvik terminal was stopped on Monday morning.", "leak", True),
        ("Firefighters put out the fire at the Orvik depot on Monday.", "fire", True),
        ("Oil was still leaking from the Orvik terminal on Monday evening.", "leak", False),
        ("The fire at the Orvik depot was still burning on Monday.", "fire", False),
        ("Power had been restored to all homes in Orvik by Monday morning.", "power", True),
        ("The search for the Orvik crew was called off on Monday evening.", "search", True),
        ("The bridge at Orvik reopened to traffic on Monday.", "bridge", True),
        ("About 9,000 homes in Orvik were still without electricity on Monday.", "power", False),
        ("Some 9,000 homes in Orvik remain without power.", "power", False),
        ("The bridge at Orvik was still closed on Monday.", "bridge", False),
    ],
)
def test_a_course_ended_or_going_on(text: str, thing: str, ended: bool) -> None:
    [claim] = claims(text)
    [found] = courses(claim)
    assert thing in found.thing
    assert found.ended is ended


@pytest.mark.parametrize(
    "text",
    [
        "The leak at the Orvik terminal was not stopped on Monday.",  # denied
        "Crews could stop the leak at the Orvik terminal by Friday.",  # only possible
        "Oil leaked from the Orvik terminal on Monday.",  # neither ended nor said to go on
    ],
)
def test_no_course(text: str) -> None:
    [claim] = claims(text)
    assert courses(claim) == []


def test_a_thing_ended_and_going_on_contradict() -> None:
    assert contradictions(
        "The leak at the Orvik terminal was stopped on Monday morning, the coastguard said.",
        "Oil was still leaking from the Orvik terminal on Monday evening.",
    ) == ["a thing ended and going on (leak): “stopped” against “still leaking”"]
    assert (
        contradictions(  # another thing
            "The leak at the Orvik terminal was stopped on Monday morning, the coastguard said.",
            "The fire at the Orvik depot was still burning on Monday evening.",
        )
        == []
    )


def test_a_search_called_off_and_still_going_on_contradict() -> None:
    assert contradictions(
        "The search for the Orvik crew was called off on Monday evening, the police said.",
        "Divers were still searching the Orvik wreck on Monday night.",
    ) == ["a thing ended and going on (search): “called off” against “still searching”"]


def test_a_supply_restored_and_still_cut_contradict() -> None:
    assert contradictions(
        "Power had been restored to all homes in Orvik by Monday morning, the company said.",
        "About 9,000 homes in Orvik were still without electricity on Monday.",
    ) == ["a thing ended and going on (power): “restored” against “were still without electricity”"]
    assert (
        contradictions(  # another thing
            "Power had been restored to all homes in Orvik by Monday morning, the company said.",
            "About 9,000 homes in Orvik were still without water on Monday.",
        )
        == []
    )


def test_a_pronoun_that_is_its_source_has_the_names_its_credit_gives() -> None:
    """ "it" of "The tanker's owner, Quenmore Shipping, said it would pay" is Quenmore
    Shipping, as another article names it where its tagger read no entity."""
    found = contradictions(
        "The tanker's owner, Quenmore Shipping, said it would pay for the clean-up.",
        "Quenmore Shipping has not decided whether to pay for the clean-up, a spokeswoman said.",
    )
    assert found == [
        "an act decided and not yet decided: “would pay” against “has not decided whether to pay”"
    ]


def test_opposite_states_on_two_days_are_one_after_the_other() -> None:
    assert contradictions(
        "The Orlow suspect was arrested on Monday.",
        "The Orlow suspect was released on bail on Monday.",
        similarity=1.0,
    ) == ["opposite predicates: “was arrested” against “released on bail”"]
    assert (
        contradictions(
            "The Orlow suspect was arrested on Monday.",
            "The Orlow suspect was released on bail on Tuesday.",
            similarity=1.0,
        )
        == []
    )


def test_a_thing_not_yet_there_is_no_some_of_it() -> None:
    assert (
        contradictions("No deal has been reached in the Orlow talks.", "A deal in the Orlow talks is close.")
        == []
    )


def test_opposite_predicates_of_one_named_subject_at_one_time_contradict_however_worded() -> None:
    assert contradictions(
        "Tomas Reyn passed his medical at Orlow Athletic on Thursday.",
        "Tomas Reyn failed his medical on Thursday, the club's doctors said.",
    ) == [
        "opposite predicates: “passed his medical” against “failed his medical”, said of one thing: "
        "“Tomas Reyn … his medical”"
    ]


@pytest.mark.parametrize(
    ("first", "second", "similarity"),
    [
        ("Tomas Reyn passed his driving test on Monday.", "Tomas Reyn failed his medical on Monday.", 0.6),
        ("The Orlow council approved the budget on Monday.", "The Orlow council rejected the pool plan on Monday.", 0.6),
        ("Mara Lind supported the Orlow strike in 2019.", "Mara Lind opposed the Orlow strike in 2023.", 1.0),
        ("The Orlow mayor backed the plan.", "The Orlow mayor's deputy opposed the plan.", 1.0),
        ("Tomas Reyn was arrested in Orlow on Monday.", "Tomas Reyn's brother is missing in Orlow.", 0.6),
    ],
    ids=["two-objects", "two-objects-of-one-body", "two-years", "two-holders", "the-owner-is-not-the-subject"],
)  # fmt: skip
def test_opposite_predicates_that_can_both_hold(first: str, second: str, similarity: float) -> None:
    assert contradictions(first, second, similarity) == []


def test_a_state_a_copula_links_is_said_of_its_subject() -> None:
    assert contradictions(
        "The Orlow captain has been arrested, police said.", "The Orlow captain is missing, police said.", 0.6
    ) == ["opposite predicates: “been arrested” against “missing”, said of one thing: “The Orlow captain”"]
