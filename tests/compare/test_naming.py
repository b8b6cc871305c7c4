"""Naming marks: where the story's articles write one entity's name differently, on short
stories the tests write, with invented names. Slow: spaCy."""

from __future__ import annotations

import pytest

from newsprism.compare import join_story
from newsprism.model import Article, Framing, Story
from newsprism.pipeline import read_story
from newsprism.settings import Settings

pytestmark = pytest.mark.slow


def naming(*texts: str) -> list[Framing]:
    articles = [
        Article(id=f"a{i}", path=f"{i}.txt", text=t, source=f"Outlet {i}")
        for i, t in enumerate(texts, start=1)
    ]
    settings = Settings()
    story = join_story(*read_story(Story(articles=articles), settings), settings)
    return [f for f in story.framing if f.kind == "naming"]


K1 = "Officials in Kyiv said the talks would resume on Monday. Mayor Oleksandr Marchenko said Kyiv was calm."
K2 = "Officials in Kiev said the talks would resume on Monday, and Kiev residents queued for water."


def test_each_outlets_naming_choice_is_marked_once_with_the_other_forms() -> None:
    marks = [(f.article, f.text, f.note) for f in naming(K1, K2)]
    assert ("a2", "Kiev", "this article writes 'Kiev' for Kyiv; elsewhere: 'Kyiv' (Outlet 1)") in marks
    assert ("a1", "Kyiv", "this article writes 'Kyiv' for Kyiv; elsewhere: 'Kiev' (Outlet 2)") in marks
    assert len([m for m in marks if m[1] == "Kiev"]) == 1


def test_a_shortening_is_not_a_naming_choice() -> None:
    t1 = "The Corvale Water Board said the reservoir was half empty on Monday."
    t2 = "The Water Board of Corvale, the Water Board, warned that Corvale would ration water."
    t3 = "Mayor Lena Dorsey said the reservoir was low. Dorsey asked residents to save water."
    t4 = "Dorsey said rationing would start in June, according to the council."
    assert naming(t1, t2) + naming(t3, t4) == []


def test_one_article_alone_has_no_naming_marks() -> None:
    assert (
        naming("Officials in Kiev said the talks would resume. Kiev residents queued, and Kyiv was calm.")
        == []
    )
