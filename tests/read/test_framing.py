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
