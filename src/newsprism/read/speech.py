"""Speech: the verbs that report what someone said, and who the parse says said it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Reporting verbs. Source: the "say" and "tell" classes of VerbNet (37.7, 37.2) and the
# speech verbs of the GenderGapTracker's quote extractor, lemmatised; the last line, verbs
# of manner of speaking (VerbNet 37.3) and of the "complain" and "say" classes that news
# sets beside a quote ("..., she retorted").
SPEECH_VERBS = frozenset(
    """
    say tell add warn explain argue insist claim note write ask reply respond declare state
    announce admit acknowledge deny suggest tweet post comment recall stress emphasise
    emphasize predict promise vow concede confirm describe assert contend maintain
    complain urge caution remark observe report testify allege estimate conclude believe
    think agree disagree propose recommend reveal disclose indicate mention point
    joke quip retort scold blurt crow sniff exclaim shout yell whisper mutter murmur boast
    lament counter interject plead echo
    """.split()  # noqa: SIM905 - a word list reads better as text
)
SUBJECTS = ("nsubj", "nsubjpass")
_JOINING = frozenset({"-", "and", "&"})  # words inside a name of several words


def only_credits(verb: Token) -> bool:
    """Whether a verb joined to a sentence's head only credits what goes before it: a verb
    of speech after a comma, not "and" or "but", with a speaker and nothing said of its own
    ("The ferry was not overloaded, the operator said in a statement", where the parser
    joins "said" to "was"); not one denied or put in the passive ("..., but the cause has
    not been confirmed")."""
    joined = any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
    return (
        verb.lemma_.lower() in SPEECH_VERBS
        and not joined
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "neg", "auxpass") for c in verb.children)
    )


def speaker_names(doc: Doc) -> list[tuple[int, int]]:
    """Spans of proper names that are the subject of a speech verb ("Horvat said"),
    whether or not NER saw them: whoever speaks is somebody. A name may join two names
    by "and" ("the Orla and Fenn District Council said")."""
    spans = []
    for token in doc:
        if token.dep_ in SUBJECTS and token.pos_ == "PROPN" and token.head.lemma_.lower() in SPEECH_VERBS:
            words = [t for t in token.subtree if (t.pos_ == "PROPN" or t.text in _JOINING) and t.i <= token.i]
            while words and words[0].text in _JOINING:
                words.pop(0)
            first = words[0] if words and all(t.i == words[0].i + k for k, t in enumerate(words)) else token
            spans.append((first.idx, token.idx + len(token)))
    return spans
