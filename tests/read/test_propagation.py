"""A name's further occurrences go to the entity that used it, the longest name first."""

from __future__ import annotations

import pytest

from newsprism.read.entities import Cluster, _propagate

TEXT = "Corda Nova won. Nova smiled. Later the Corda Nova team thanked fans."


@pytest.mark.parametrize("first", ["Corda Nova", "Nova smiled"])
def test_a_longer_name_claims_its_occurrence_before_its_last_word(first: str) -> None:
    named = [(0, 10), (16, 20)] if first == "Corda Nova" else [(16, 20), (0, 10)]
    person = Cluster("a1", "PERSON", spans=named, first="Corda", last="Nova")
    _propagate(TEXT, [person])
    later = TEXT.index("Corda Nova team")
    assert sorted(person.spans) == [(0, 10), (16, 20), (later, later + len("Corda Nova"))]
