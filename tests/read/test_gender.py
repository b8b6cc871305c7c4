"""Whose gender an article makes plain: honorifics before a name, else a given name the table lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.model import Entity, EntityForm, Mention
from newsprism.read.gender import PRONOUNS, genders, given_names

NAMES = {"quenby": "female", "oskarin": "male"}


def person(text: str, *names: str, kind: str = "PERSON", article: str = "a1") -> Entity:
    """An entity mentioned at every place `text` writes one of `names`, with those forms."""
    mentions = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            mentions.append(Mention(article=article, start=at, end=at + len(name)))
            at = text.find(name, at + 1)
    forms = [EntityForm(text=n, articles=[article]) for n in dict.fromkeys(names)]
    return Entity(id="e1", name=names[0], type=kind, mentions=mentions, forms=forms)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Ms. Velk opened the sluice.", ["Velk"], "female"),
        ("Mrs Velk opened the sluice.", ["Velk"], "female"),
        ("Miss Velk opened the sluice.", ["Velk"], "female"),
        ("Mr. Velk opened the sluice.", ["Velk"], "male"),
        ("The ferry left. Mr Velk waved.", ["Mr Velk"], "male"),
        ("Quenby Velk opened the sluice.", ["Quenby Velk"], "female"),
        ("Oskarin Velk opened the sluice.", ["Oskarin Velk"], "male"),
        ("Mr. Velk and later Quenby Velk spoke.", ["Velk", "Quenby Velk"], "male"),
    ],
    ids=["ms", "mrs", "miss", "mr", "honorific-inside", "given-female", "given-male", "honorific-first"],
)
def test_the_text_makes_a_gender_plain(text: str, names: list[str], expected: str) -> None:
    assert genders(text, [person(text, *names)], "a1", NAMES) == {"e1": expected}


@pytest.mark.parametrize(
    ("text", "names", "kind"),
    [
        ("Velk opened the sluice.", ["Velk"], "PERSON"),
        ("Tamsin Velk opened the sluice.", ["Tamsin Velk"], "PERSON"),
        ("Quenby opened the sluice.", ["Quenby"], "PERSON"),
        ("Ms. Velk and Mr. Velk both spoke.", ["Velk"], "PERSON"),
        ("Quenby Velk and Oskarin Velk spoke.", ["Quenby Velk", "Oskarin Velk"], "PERSON"),
        ("Mr. Velk Holdings closed.", ["Velk Holdings"], "ORG"),
        ("The Mr Orrin prize went to Velk.", ["Velk"], "PERSON"),
    ],
    ids=["surname-only", "unlisted-given-name", "given-name-alone", "honorifics-disagree",
         "given-names-disagree", "not-a-person", "honorific-elsewhere"],
)  # fmt: skip
def test_nothing_makes_it_plain(text: str, names: list[str], kind: str) -> None:
    assert genders(text, [person(text, *names, kind=kind)], "a1", NAMES) == {}


def test_only_the_articles_own_mentions_count() -> None:
    text = "Ms. Velk opened the sluice."
    entity = person(text, "Velk", article="a2")
    assert genders(text, [entity], "a1", {}) == {}
    assert genders(text, [entity], "a2", {}) == {"e1": "female"}


def test_the_census_table_lists_names_for_one_sex() -> None:
    names = given_names()
    assert (names["margaret"], names["harold"]) == ("female", "male")
    assert "velk" not in names
    assert set(names.values()) == {"female", "male"}


def test_a_users_file_adds_names_and_wins(tmp_path: Path) -> None:
    extra = tmp_path / "names.toml"
    extra.write_text('female = ["Harold", "Quenby"]\n', encoding="utf-8")
    names = given_names(extra)
    assert (names["harold"], names["quenby"], names["margaret"]) == ("female", "female", "female")
    assert given_names()["harold"] == "male"


def test_pronouns() -> None:
    assert {p: PRONOUNS[p] for p in ("she", "her", "he", "him")} == {
        "she": "female",
        "her": "female",
        "he": "male",
        "him": "male",
    }
    assert "they" not in PRONOUNS
