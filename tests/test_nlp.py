"""The language models behind one adapter: spaCy parses and sentence vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsprism.errors import SettingsError
from newsprism.nlp import DIMENSIONS, Encoder, encoder, parse

MODEL = "en_core_web_sm"


def test_nothing_to_encode_loads_nothing() -> None:
    empty = Encoder("/nonexistent/model").encode([])
    assert (empty.shape, empty.dtype) == ((0, DIMENSIONS), np.dtype(np.float32))


def test_one_encoder_per_model() -> None:
    assert encoder() is encoder()
    assert encoder("/somewhere/else") is not encoder()


def test_an_unknown_spacy_model_is_a_settings_error() -> None:
    with pytest.raises(SettingsError, match="spacy_model"):
        parse(["The sluice is shut."], "xx_no_such_model_sm")


@pytest.mark.slow
def test_a_sentence_model_that_is_not_there_is_a_settings_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="cannot load the sentence model"):
        Encoder(str(tmp_path)).encode(["The sluice is shut."])


@pytest.mark.slow
def test_parses_come_in_order_and_a_blank_line_ends_a_sentence() -> None:
    texts = [
        "Sluice shut at Dunhaven\n\nEngineers of the Kestrel Waterways Trust closed it on Tuesday.",
        "",
        "Boats wait.",
    ]
    docs = list(parse(texts, MODEL))
    assert [d.text for d in docs] == texts
    assert [s.text.strip() for s in docs[0].sents] == [
        "Sluice shut at Dunhaven",
        "Engineers of the Kestrel Waterways Trust closed it on Tuesday.",
    ]


@pytest.mark.slow
def test_sentence_vectors_are_unit_and_close_for_close_meanings() -> None:
    texts = ["The sluice was closed on Tuesday.", "On Tuesday the sluice was shut.", "A tram depot reopened."]
    vectors = encoder().encode([*texts, texts[0]])
    assert (vectors.shape, vectors.dtype) == ((4, DIMENSIONS), np.dtype(np.float32))
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[3])
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert np.allclose(encoder().encode([texts[2]])[0], vectors[2], atol=1e-6)
