"""The language an article is written in, by py3langid (a maintained fork of langid.py:
97 languages, a 4.6 MB naive Bayes model over byte n-grams shipped in its wheel, loaded
offline, pure Python and NumPy).

Measured on short news texts (`benchmarks/language.py`: the 181 pages of the extraction
benchmark, 20 of them in 7 languages other than English, cut to their first 60, 120 and
240 characters): see the README. The probabilities are langid's own, normalised, with
the softmax temperature py3langid scales by the text's length. A text whose language is
told with less than `SURE` probability is taken to be in no language in particular: it
is kept, as a text too short to tell is not a reason to skip an article.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

# At 0.9, no English text of the benchmark, at any of its lengths, was taken for another
# language (benchmarks/language.py); below it, short texts are too often wrong.
SURE = 0.9
_SAMPLE = 4000  # characters read: past a few lines the answer no longer changes
_NO_LANGUAGE = "zxx"  # langid's class for text of no linguistic content


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639-1 ("en", "fr", "uk")
    probability: float

    @property
    def sure(self) -> bool:
        return self.probability >= SURE


def language_of(text: str) -> Language | None:
    """The language `text` is most likely written in, and how likely; None when it reads
    as no language at all (langid's "zxx": codes, numbers, markup)."""
    code, probability = _identifier().classify(text[:_SAMPLE])
    return None if code == _NO_LANGUAGE else Language(str(code), round(float(probability), 3))


def load() -> None:
    """Load the model now (half a second, mostly decompressing it) rather than on first use."""
    _identifier()


_loaded: list[Any] = []
_loading = threading.Lock()


def _identifier() -> Any:
    with _loading:
        if not _loaded:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _loaded.append(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
        return _loaded[0]
