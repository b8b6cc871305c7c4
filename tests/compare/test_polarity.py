"""Predicates, their polarity and conflicts, from the packaged lexicon, on sentences the tests write."""

from __future__ import annotations

import pytest

from newsprism.compare.polarity import Lexicon

LEXICON = Lexicon()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The council voted to withdraw the permit.", [("withdraw", True, "withdraw")]),
        ("The council will not withdraw the permit.", [("withdraw", False, "not withdraw")]),
        ("The council didn't withdraw the permit.", [("withdraw", False, "didn't withdraw")]),
        ("The mayor refused to pull the crews back.", [("withdraw", False, "refused to pull the crews back")]),
        ("She argued against pulling out of the deal.", [("withdraw", False, "against pulling out")]),
        ("The delay would not be decisive for the vote.", [("significant", False, "not be decisive")]),
        ("If the council withdraws the permit, work stops.", []),
        ("The council withdrew, but it did not say why.", [("withdraw", True, "withdrew")]),
        ("Nobody denied it was never not approved.", [("deny", True, "denied"), ("accept", True, "never not approved")]),
        ("The mayor held talks and kept her seat.", []),
    ],
    ids=["plain", "not", "didn't", "refused-to", "against", "not-be", "conditional", "clause-break",
         "double-negation", "left-out-words"],
)  # fmt: skip
def test_predicates(text: str, found: list[tuple[str, bool, str]]) -> None:
    assert [(p.concept, p.positive, p.words) for p in LEXICON.predicates(text)] == found


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("The mayor advised the crews to withdraw.", "The mayor argued against a withdrawal.", True),
        ("The closure was crucial for the port.", "The closure was not important for the port.", True),
        ("Turnout rose in Kelby.", "Turnout fell in Kelby.", True),
        ("Turnout rose in Kelby.", "Turnout did not fall in Kelby.", False),
        ("The minister confirmed the report.", "The minister denied the report.", True),
        ("The union will not withdraw.", "The union refused to withdraw.", False),
        ("The court acquitted him.", "The court found him guilty.", True),
        ("The board backed the merger.", "The board rejected the merger.", True),
        ("The board approved the merger.", "The board opposed the merger.", True),
        ("The board approved the merger.", "The board rejected the merger.", True),
        ("The board backed the merger.", "The board endorsed the merger.", False),
        ("The board opposed the merger.", "The board rejected the merger.", False),
        ("The crane passed a safety inspection.", "The crane failed a safety inspection.", True),
        ("The crane passed its annual test.", "The crane did not fail its annual test.", False),
        ("The bill passed the senate.", "The crane failed a safety inspection.", False),
        ("The court upheld the ban.", "The court overturned the ban.", True),
        ("The court quashed the ban.", "The court struck down the ban.", False),
        ("The council acted lawfully.", "The council acted unlawfully.", True),
        ("Orla Venn said she would stay at the club.", "Orla Venn will leave the club in May.", True),
        ("Orla Venn will remain in her post.", "Orla Venn resigned on Monday.", True),
        ("Orla Venn resigned as transport minister.", "Orla Venn was sacked as transport minister.", True),
        ("Orla Venn stepped down as chair.", "The board ousted Orla Venn as chair.", True),
        ("Orla Venn resigned as transport minister.", "Orla Venn left the government.", False),
        ("Orla Venn left the club in May.", "The club sacked its coach in May.", False),
        ("Orla Venn will stay at the club.", "Orla Venn left hospital on Monday.", False),
        ("The two men were charged with robbery.", "The two men were released without charge.", True),
        ("The two men were charged with robbery.", "The two men were released on bail.", False),
        ("The captain has been arrested, police said.", "The captain is missing, police said.", True),
        ("The captain is in custody.", "The captain is on the run.", True),
        ("The captain has been arrested.", "The captain was found.", False),
        ("The council backed the plan.", "The council voted against the plan.", True),
        ("The union welcomed the offer.", "The union criticised the offer.", True),
        ("The bill was passed by parliament.", "Parliament rejected the bill.", True),
        ("The suspect was released on bail.", "The suspect was remanded in custody.", True),
        ("The bridge is safe, engineers said.", "The bridge is unsafe, engineers said.", True),
        ("The talks ended without a deal.", "The talks ended with a deal.", True),
        ("No deal was reached in the talks.", "The two sides reached a deal.", True),
        ("Talks are continuing and a deal is close.", "No deal has been reached.", False),
        ("Turnout was higher than expected.", "Turnout was lower than in 2022.", False),
        ("The match was called off on Saturday.", "The match went ahead on Saturday.", True),
        ("The strike will go ahead as planned.", "The strike has been called off.", True),
    ],
)
def test_conflicts(a: str, b: str, conflict: bool) -> None:
    assert (LEXICON.conflict(LEXICON.predicates(a), LEXICON.predicates(b)) is not None) is conflict


def test_a_users_file_adds_predicates(tmp_path) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "extra.toml"
    extra.write_text('[[concept]]\nname = "resign"\nforms = ["resign", "resigned"]\n', encoding="utf-8")
    lexicon = Lexicon(extra)
    assert lexicon.conflict(
        lexicon.predicates("Dorn resigned."), lexicon.predicates("Dorn has not resigned.")
    )
