"""The stance judge that settles whether two claims contradict each other.

Most contradictions come from figures, frames and a lexicon (`contradictions.py`); a
judge settles the pairs those rules do not. The first of these settings that is set
gives it:

- `relation_judge`: the project's claim-pair relation model over sentence vectors
  (`relations.py`);
- `stance_model`: a local directory of a Hugging Face NLI cross-encoder (a sequence
  classifier over a pair of sentences whose labels include "contradiction", such as
  the cross-encoder/nli-* models), run on CPU;
- `stance_endpoint`: the base URL of an OpenAI-compatible API (`.../v1`), asked through
  `/chat/completions` with `stance_endpoint_model` for one word: contradiction,
  entailment or neutral. A key, when the server wants one, is read from the environment
  variable NEWSPRISM_STANCE_KEY;
- `pair_judge`: the project's claim-pair cross-encoder (`pairs.py`). Off by default: it
  reads a sentence with a negation as conflicting with one without, however alike they are
  ("will be withdrawn" and "will not sail"), a shortcut of the NLI sets it learns from.

A judge gives each pair the probability that it contradicts, 0 where it finds no
contradiction (1 for a judge that answers in words). A judge that cannot be reached or
loaded is an error of the settings; a single answer that cannot be read counts as "not a
contradiction".
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Protocol

from newsprism.compare.pairs import LABELS, pair_model
from newsprism.errors import SettingsError
from newsprism.settings import Settings
from newsprism.words import same_words

if TYPE_CHECKING:
    import httpx
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

_PROMPT = (
    "You compare two statements from news reports about the same event. Answer with one word: "
    "contradiction if both cannot be true together, entailment if the first implies the second, "
    "neutral otherwise."
)


class Judge(Protocol):
    name: str

    def contradicts(self, pairs: list[tuple[str, str]]) -> list[float]: ...


def stance_judge(settings: Settings) -> Judge | None:
    """The judge the settings configure, or None."""
    if settings.relation_judge:
        from newsprism.compare.relations import RelationJudge  # it imports contradictions, which imports this

        return RelationJudge(settings)
    if settings.stance_model is not None:
        return CrossEncoder(str(settings.stance_model))
    if settings.stance_endpoint:
        return Endpoint(settings.stance_endpoint, settings.stance_endpoint_model, settings.url_timeout)
    if settings.pair_judge:
        return PairJudge()
    return None


class PairJudge:
    """The project's claim-pair cross-encoder (`pairs.py`): a pair contradicts when
    conflicting is the most probable relation read both ways round; its probability is the
    mean of the two readings. Two texts of the same words (case and spacing aside) never
    contradict, whatever the model reads: it takes a sentence with "nobody" in it for
    conflicting with itself."""

    name = "newsprism pairs"

    def contradicts(self, pairs: list[tuple[str, str]]) -> list[float]:
        k = LABELS.index("conflicting")
        forward = pair_model().probabilities(pairs)
        ask = [n for n, p in enumerate(forward) if p.argmax() == k and not same_words(*pairs[n])]
        backward = pair_model().probabilities([pairs[n][::-1] for n in ask])
        found = [0.0] * len(pairs)
        for n, p in zip(ask, backward, strict=True):
            if p.argmax() == k:
                found[n] = float(forward[n, k] + p[k]) / 2
        return found


class CrossEncoder:
    """A local NLI cross-encoder: a pair contradicts when "contradiction" is its top label,
    with that label's probability."""

    def __init__(self, path: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.name = path
        try:
            self.tokenizer: PreTrainedTokenizerBase = AutoTokenizer.from_pretrained(
                path, local_files_only=True
            )
            self.model: PreTrainedModel = AutoModelForSequenceClassification.from_pretrained(
                path, local_files_only=True
            ).eval()
        except (OSError, ValueError) as exc:
            raise SettingsError(f"cannot load the stance model at {path}: {exc}") from None
        labels = {int(k): str(v).lower() for k, v in self.model.config.id2label.items()}
        found = [k for k, v in labels.items() if v.startswith("contradict")]
        if not found:
            raise SettingsError(f"the stance model at {path} has no 'contradiction' label: {labels}")
        self.contradiction = found[0]

    def contradicts(self, pairs: list[tuple[str, str]]) -> list[float]:
        import torch

        if not pairs:
            return []
        batch = self.tokenizer(
            [a for a, _ in pairs], [b for _, b in pairs], padding=True, truncation=True, return_tensors="pt"
        )
        with torch.inference_mode():
            probabilities = torch.softmax(self.model(**batch).logits, dim=1)
        return [
            float(p[self.contradiction]) if int(p.argmax()) == self.contradiction else 0.0
            for p in probabilities
        ]


class Endpoint:
    """An OpenAI-compatible chat endpoint, asked once per pair."""

    def __init__(self, base_url: str, model: str, timeout: float) -> None:
        import httpx

        self.name = f"{model} at {base_url}"
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        key = os.environ.get("NEWSPRISM_STANCE_KEY")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.client: httpx.Client = httpx.Client(timeout=timeout, headers=headers)

    def contradicts(self, pairs: list[tuple[str, str]]) -> list[float]:
        return [float(self._ask(a, b) == "contradiction") for a, b in pairs]

    def _ask(self, a: str, b: str) -> str:
        import httpx

        body = {
            "model": self.model,
            "temperature": 0,
            "max_tokens": 5,
            "messages": [
                {"role": "system", "content": _PROMPT},
                {"role": "user", "content": f"First: {a}\nSecond: {b}"},
            ],
        }
        try:
            response = self.client.post(self.url, json=body)
        except httpx.HTTPError as exc:
            raise SettingsError(f"the stance endpoint {self.url} cannot be reached: {exc}") from None
        if response.status_code != 200:
            raise SettingsError(f"the stance endpoint {self.url} answered HTTP {response.status_code}")
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            return ""
        words = str(content).strip().lower().split()
        return words[0].strip(".,:;!\"'") if words else ""
