from __future__ import annotations

import pytest

from newsprism.read.names import acronym_expansion, key, same_name_word


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Dmytro", "Dmitry", True), ("Kovalskyy", "Kovalsky", True), ("Kovalskiy", "Kovalsky", True),
        ("Mykhailo", "Mikhail", False), ("Serhiy", "Sergei", True), ("Hrytsenko", "Gritsenko", True), ("Yuriy", "Yuri", True), ("Yury", "Yuri", True),
        ("Oleksandr", "Aleksandr", False), ("Kovalenko", "Kowalenko", True), ("Romanov", "Romanow", True),
        ("John", "Joan", False), ("Ian", "Iain", False), ("Ali", "Al", False), ("Dmitry", "Daria", False),
        ("Petrenko", "Pavlenko", False), ("Anna", "Anne", False),
        ("ter Haaf", "Terhaaf", True), ("de la Vionne", "Delavionne", True), ("van Brel", "Brel", False),
        ("Marchenko's", "Marchenko", True),
    ],
)  # fmt: skip
def test_spellings_of_one_name_meet_and_different_names_do_not(a: str, b: str, same: bool) -> None:
    assert same_name_word(a, b) is same


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("The Orlow Gazette's", "orlow gazette"),
        ("Zürich", "zurich"),
        ("U.S.", "u s"),
        ("Saint-Étienne", "saint etienne"),
    ],
)
def test_key(name: str, folded: str) -> None:
    assert key(name) == folded


@pytest.mark.parametrize(
    ("words", "acronym", "expansion"),
    [
        (
            ["a", "report", "from", "the", "Corvale", "Institute", "for", "Water", "Policy"],
            "CIWP",
            "Corvale Institute for Water Policy",
        ),
        (["said", "the", "United", "Nations"], "UN", "United Nations"),
        (["said", "the", "spokesperson"], "TSA", None),
    ],
)
def test_acronym_expansion(words: list[str], acronym: str, expansion: str | None) -> None:
    found = acronym_expansion(words, acronym)
    assert (" ".join(found) if found else None) == expansion
