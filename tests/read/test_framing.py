"""Framing marks on short stories the tests write, with invented names. Slow: spaCy."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.compare import join_story
from newsprism.model import Article, Framing, Story
from newsprism.pipeline import read_story
from newsprism.settings import Settings

pytestmark = pytest.mark.slow


def framing(*texts: str, **settings: object) -> list[Framing]:
    articles = [
        Article(id=f"a{i}", path=f"{i}.txt", text=t, source=f"Outlet {i}")
        for i, t in enumerate(texts, start=1)
    ]
    given = Settings(**settings)  # type: ignore[arg-type]
    story, readings = read_story(Story(articles=articles), given)
    return join_story(story, readings, given).framing


K1 = "Officials in Kyiv said the talks would resume on Monday. Mayor Oleksandr Marchenko said Kyiv was calm."
K2 = "Officials in Kiev said the talks would resume on Monday, and Kiev residents queued for water."


def test_each_outlets_naming_choice_is_marked_once_with_the_other_forms() -> None:
    marks = [(f.article, f.text, f.note) for f in framing(K1, K2) if f.kind == "naming"]
    assert ("a2", "Kiev", "this article writes 'Kiev' for Kyiv; elsewhere: 'Kyiv' (Outlet 1)") in marks
    assert ("a1", "Kyiv", "this article writes 'Kyiv' for Kyiv; elsewhere: 'Kiev' (Outlet 2)") in marks
    assert len([m for m in marks if m[1] == "Kiev"]) == 1


def test_a_shortening_is_not_a_naming_choice() -> None:
    t1 = "The Corvale Water Board said the reservoir was half empty on Monday."
    t2 = "The Water Board of Corvale, the Water Board, warned that Corvale would ration water."
    t3 = "Mayor Lena Dorsey said the reservoir was low. Dorsey asked residents to save water."
    t4 = "Dorsey said rationing would start in June, according to the council."
    assert [f for f in framing(t1, t2) + framing(t3, t4) if f.kind == "naming"] == []


def test_loaded_words_outside_quotes_only() -> None:
    text = 'The embattled mayor slammed the council. "They are thugs," said Lena Dorsey, the mayor.'
    marks = [(f.text, f.kind) for f in framing(text) if f.kind == "loaded"]
    assert marks == [("embattled", "loaded"), ("slammed", "loaded")]


def test_claims_as_a_verb_only() -> None:
    text = "The claims were rejected by the court. Lena Dorsey claims the vote was rigged by her rivals."
    marks = [f for f in framing(text) if f.kind == "loaded"]
    assert [(f.text, f.start) for f in marks] == [("claims", text.index("claims the vote"))]


def test_responsibility_for_a_conflict_stated_without_a_source() -> None:
    unattributed = "The rebels started the war in 2019 by shelling the border towns of the province."
    attributed = "The rebels started the war in 2019, according to the defence ministry of the province."
    assert [f.kind for f in framing(unattributed) if f.kind == "unattributed"] == ["unattributed"]
    assert [f for f in framing(attributed) if f.kind == "unattributed"] == []


def test_hedges_are_marked() -> None:
    marks = [
        (f.text, f.kind) for f in framing("The bridge could reportedly close for a year, engineers warned.")
    ]
    assert ("could", "hedge") in marks
    assert ("reportedly", "hedge") in marks


def test_users_can_add_loaded_words(tmp_path: Path) -> None:
    extra = tmp_path / "words.toml"
    extra.write_text('[[word]]\nforms = ["fat cats"]\nnote = "loaded label for the wealthy"\n')
    text = "The fat cats of the harbour board voted to raise the ferry fares again on Tuesday."
    assert [f.note for f in framing(text, loaded_words=extra) if f.kind == "loaded"] == [
        "loaded label for the wealthy"
    ]
