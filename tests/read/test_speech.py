"""Who the parse says spoke: proper-name subjects of speech verbs, on parses the tests write."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsprism.read.speech import SPEECH_VERBS, speaker_names

VOCAB = Vocab()


def doc(*tokens: tuple[str, str, str, int, str]) -> Doc:
    """A parse written by hand: (word, part of speech, dependency, head index, lemma) per token,
    each followed by a space except before punctuation."""
    words = [t[0] for t in tokens]
    spaces = [
        k + 1 < len(words) and words[k + 1] not in {".", ",", "-"} and w != "-" for k, w in enumerate(words)
    ]
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        pos=[t[1] for t in tokens],
        deps=[t[2] for t in tokens],
        heads=[t[3] for t in tokens],
        lemmas=[t[4] for t in tokens],
    )


def speakers(d: Doc) -> list[str]:
    return [d.text[s:e] for s, e in speaker_names(d)]


@pytest.mark.parametrize(
    ("parse", "expected"),
    [
        (doc(("Orrin", "PROPN", "compound", 1, "Orrin"), ("Pellow", "PROPN", "nsubj", 2, "Pellow"),
             ("said", "VERB", "ROOT", 2, "say"), (".", "PUNCT", "punct", 2, ".")),
         ["Orrin Pellow"]),
        (doc(("Pellow", "PROPN", "nsubj", 1, "Pellow"), ("retorted", "VERB", "ROOT", 1, "retort"),
             (".", "PUNCT", "punct", 1, ".")),
         ["Pellow"]),
        (doc(("Pellow", "PROPN", "nsubjpass", 2, "Pellow"), ("was", "AUX", "auxpass", 2, "be"),
             ("told", "VERB", "ROOT", 2, "tell"), (".", "PUNCT", "punct", 2, ".")),
         ["Pellow"]),
        (doc(("Tamsin", "PROPN", "compound", 3, "Tamsin"), ("Kovar", "PROPN", "compound", 3, "Kovar"),
             ("-", "PUNCT", "punct", 3, "-"), ("Yarrow", "PROPN", "nsubj", 4, "Yarrow"),
             ("said", "VERB", "ROOT", 4, "say")),
         ["Tamsin Kovar-Yarrow"]),
        (doc(("Orrin", "PROPN", "compound", 1, "Orrin"), ("Pellow", "PROPN", "nsubj", 5, "Pellow"),
             (",", "PUNCT", "punct", 1, ","), ("the", "DET", "det", 4, "the"),
             ("engineer", "NOUN", "appos", 1, "engineer"), ("said", "VERB", "ROOT", 5, "say")),
         ["Orrin Pellow"]),
        (doc(("Dunhaven", "PROPN", "poss", 2, "Dunhaven"), ("'s", "PART", "case", 0, "'s"),
             ("Orrin", "PROPN", "nsubj", 3, "Orrin"), ("said", "VERB", "ROOT", 3, "say")),
         ["Orrin"]),
        (doc(("Pellow", "PROPN", "nsubj", 1, "Pellow"), ("Said", "VERB", "ROOT", 1, "Say")),
         ["Pellow"]),
        (doc(("Orrin", "PROPN", "compound", 1, "Orrin"), ("Pellow", "PROPN", "nsubj", 4, "Pellow"),
             ("of", "ADP", "prep", 1, "of"), ("Dunhaven", "PROPN", "pobj", 2, "Dunhaven"),
             ("said", "VERB", "ROOT", 4, "say")),
         ["Orrin Pellow"]),
        (doc(("The", "DET", "det", 5, "the"), ("Orla", "PROPN", "nmod", 5, "Orla"), ("and", "CCONJ", "cc", 1, "and"),
             ("Fenn", "PROPN", "compound", 5, "Fenn"), ("District", "PROPN", "compound", 5, "District"),
             ("Council", "PROPN", "nsubj", 6, "Council"), ("said", "VERB", "ROOT", 6, "say")),
         ["Orla and Fenn District Council"]),
        (doc(("And", "CCONJ", "cc", 1, "and"), ("Pellow", "PROPN", "nsubj", 2, "Pellow"),
             ("said", "VERB", "ROOT", 2, "say")),
         ["Pellow"]),
    ],
    ids=["full-name", "manner-of-speaking", "passive", "hyphenated", "apposition-left-out",
         "possessive-not-joined", "capitalised-lemma", "words-after-left-out", "two-names-joined-by-and",
         "and-before-the-name"],
)  # fmt: skip
def test_the_named_subject_of_a_speech_verb_speaks(parse: Doc, expected: list[str]) -> None:
    assert speakers(parse) == expected


@pytest.mark.parametrize(
    "parse",
    [
        doc(("Orrin", "PROPN", "compound", 1, "Orrin"), ("Pellow", "PROPN", "nsubj", 2, "Pellow"),
            ("built", "VERB", "ROOT", 2, "build"), ("it", "PRON", "dobj", 2, "it")),
        doc(("The", "DET", "det", 1, "the"), ("engineer", "NOUN", "nsubj", 2, "engineer"),
            ("said", "VERB", "ROOT", 2, "say")),
        doc(("She", "PRON", "nsubj", 1, "she"), ("said", "VERB", "ROOT", 1, "say")),
        doc(("They", "PRON", "nsubj", 1, "they"), ("told", "VERB", "ROOT", 1, "tell"),
            ("Pellow", "PROPN", "dobj", 1, "Pellow")),
        doc(),
    ],
    ids=["not-a-speech-verb", "common-noun", "pronoun", "object-of-speech", "empty"],
)  # fmt: skip
def test_no_named_speaker(parse: Doc) -> None:
    assert speaker_names(parse) == []


def test_the_speech_verbs_are_lemmas() -> None:
    assert {"say", "tell", "retort", "deny"} <= SPEECH_VERBS
    assert not {"said", "told", "build", "walk"} & SPEECH_VERBS


@pytest.mark.slow
def test_on_a_real_parse() -> None:
    from newsprism.nlp import parse

    [d] = parse(["Orrin Pellow said the sluice would hold. The engineer said nothing."], "en_core_web_sm")
    assert speakers(d) == ["Orrin Pellow"]
