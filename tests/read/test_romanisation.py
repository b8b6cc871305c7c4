from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.read.romanisation import given_name_pair, readings, same_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hrytsenko", "Gritsenko"),  # Ukrainian national system / Russian BGN/PCGN
        ("Hrytsenko", "Grytsenko"),  # Ukrainian passports of 2007
        ("Gritsenko", "Gritcenko"),  # Russian passports of 2006
        ("Oksana", "Oxana"),  # ks written x
        ("Kharkiv", "Kharkov"),  # Ukrainian i for Russian o
        ("Kharkiv", "Harkiv"),  # ISO 9
        ("Yuliia", "Yuliya"), ("Yuliia", "Julija"), ("Yuliia", "Ûlìâ"),
        ("Shchur", "Shhur"), ("Shchur", "Ŝur"), ("Shchur", "Ščur"),
        ("Zhuk", "Žuk"), ("Tsybulko", "Cybulko"), ("Tsybulko", "T͡sybulko"),
        ("Yurii", "Yuriy"), ("Yurii", "Yuri"), ("Iurii", "Jurij"),
        ("Zghurivka", "Zgurovka"),  # the national system's zgh for зг
        ("Natalia", "Natal'ya"), ("Ilyin", "Il'in"), ("Rivne", "Rovno"),
        ("Андрій", "Andrii"), ("Андрей", "Andrey"),  # Cyrillic reads as its romanisations
    ],
)  # fmt: skip
def test_romanisations_of_one_name_meet(a: str, b: str) -> None:
    assert same_name(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Oleh", "Olha"), ("Diana", "Dana"), ("Maria", "Mara"), ("Irina", "Arina"),
        ("Ivan", "Ivanna"), ("Petrenko", "Pavlenko"), ("Kovalenko", "Kovalchuk"),
        ("Mykola", "Mykhailo"), ("Yulia", "Yuri"), ("Hanna", "Anna"), ("Ali", "Al"),
        ("Shevchenko", "Shevchuk"), ("Bondar", "Bondarenko"),
    ],
)  # fmt: skip
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b)


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        ("Oleksandr", "Aleksandr", True), ("Olexandr", "Alexandr", True),
        ("Mykhailo", "Mikhail", True), ("Mykhaylo", "Mihail", True), ("Illia", "Ilya", True),
        ("Kyrylo", "Kirill", True), ("Yevhen", "Evgeny", True), ("Hanna", "Anna", True),
        ("Oleksandr", "Oleksii", False), ("Mykola", "Mikhail", False), ("Petro", "Pavel", False),
        ("Dmytro", "Dmitry", False),  # one name by its letters: a spelling, no pair needed
    ],
)  # fmt: skip
def test_ukrainian_and_russian_forms_of_a_given_name(a: str, b: str, pair: bool) -> None:
    assert given_name_pair(a, b) is pair
    assert given_name_pair(b, a) is pair


@given(st.text(max_size=30))
def test_every_word_has_few_readings_and_meets_itself(word: str) -> None:
    found = readings(word)
    assert len(found) <= 16
    assert same_name(word, word) is bool(found)
