"""The claim-pair cross-encoder: whether one claim states what another does (same),
cannot hold with it (conflicting), or neither (related), each with a probability.

It reads both claims at once, word against word, where the relation model (`relations.py`)
reads their two sentence vectors and features of their words. It is
all-MiniLM-L6-v2 fine-tuned by `training/train_pairs.py` on public NLI sets and the
project's pairs (their origins and licences: `training/README.md`), shipped in the package
as int8 ONNX (`pairs.onnx`) and run by ONNX Runtime on CPU with the sentence model's
tokenizer; nothing is downloaded, and torch is not needed.
"""

from __future__ import annotations

import threading
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from newsprism.errors import SettingsError

LABELS = ("same", "conflicting", "related")  # the model's outputs, in order (NLI's three)
MAX_TOKENS = 128  # both claims together; a claim is a sentence (SNLI's longest pair: 80)
_BATCH = 16  # pairs sorted by length, this many a run
_TOKENIZER = Path(__file__).parents[1] / "minilm" / "tokenizer.json"


class PairModel:
    """The cross-encoder, loaded on first use."""

    def __init__(self, model: Path, tokenizer: Path = _TOKENIZER) -> None:
        self.model, self.tokenizer_path = model, tokenizer
        self._loaded: tuple[object, object] | None = None
        self._loading = threading.Lock()

    def probabilities(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """A (len(pairs), 3) array: each pair's probabilities in the order of LABELS."""
        result = np.zeros((len(pairs), len(LABELS)), dtype=np.float32)
        if not pairs:
            return result
        tokenizer, session = self._load()
        order = sorted(range(len(pairs)), key=lambda k: len(pairs[k][0]) + len(pairs[k][1]))
        for start in range(0, len(order), _BATCH):
            rows = order[start : start + _BATCH]
            encoded = tokenizer.encode_batch([pairs[k] for k in rows])  # type: ignore[attr-defined]
            feed = {
                "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
            }
            logits = np.asarray(session.run(None, feed)[0], dtype=np.float64)  # type: ignore[attr-defined]
            odds = np.exp(logits - logits.max(axis=1, keepdims=True))
            result[rows] = odds / odds.sum(axis=1, keepdims=True)
        return result

    def _load(self) -> tuple[object, object]:
        with self._loading:
            if self._loaded is None:
                try:
                    import onnxruntime
                    from tokenizers import Tokenizer

                    tokenizer = Tokenizer.from_file(str(self.tokenizer_path))
                    session = onnxruntime.InferenceSession(
                        str(self.model), providers=["CPUExecutionProvider"]
                    )
                except Exception as exc:  # noqa: BLE001 - both raise bare Exception subclasses
                    raise SettingsError(f"cannot load the claim-pair model at {self.model}: {exc}") from None
                tokenizer.enable_truncation(MAX_TOKENS)
                tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
                self._loaded = (tokenizer, session)
            return self._loaded


@cache
def pair_model() -> PairModel:
    """The cross-encoder shipped in the package."""
    return PairModel(Path(str(resources.files("newsprism.compare") / "pairs.onnx")))
