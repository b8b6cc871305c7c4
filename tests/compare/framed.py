"""Claims of sentences the tests write, read as the story reads them, and the
contradictions two outlets' sentences make: the helpers of the tests of what frames say."""

from __future__ import annotations

import numpy as np

from newsprism.compare.contradictions import find_contradictions
from newsprism.compare.polarity import Lexicon
from newsprism.model import Article, Claim, Frame
from newsprism.nlp import parse
from newsprism.read.claims import find_claims
from newsprism.read.entities import find_entities
from newsprism.read.quotes import find_quotes


def claims(text: str, article: str = "a1") -> list[Claim]:
    """The claims of an article of `text`, their entities named by their names, as the story
    joins them across articles."""
    read = Article(id=article, path=f"{article}.txt", text=text)
    [doc] = parse([text], "en_core_web_sm")
    entities = find_entities(read, doc)
    name = {e.id: e.name for e in entities}
    found = find_claims(read, doc, entities, find_quotes(read, doc, entities))
    return [
        c.model_copy(
            update={
                "id": f"{article}c{k}",
                "attributed_to": name.get(c.attributed_to or ""),
                "frame": c.frame and _named(c.frame, name),
                "clauses": [_named(f, name) for f in c.clauses],
            }
        )
        for k, c in enumerate(found)
    ]


def _named(frame: Frame, name: dict[str, str]) -> Frame:
    return frame.model_copy(update={"subject_entities": [name[e] for e in frame.subject_entities]})


OUTLET = {"a1": "Orlow Gazette", "a2": "Marrowby Post"}


def contradictions(first: str, second: str, similarity: float | None = None) -> list[str]:
    """The reasons two outlets' articles of `first` and `second` contradict each other, their
    sentences far apart in wording (only the frames can say they speak of one point) or,
    given a `similarity`, each of one article that close to each of the other."""
    one, other = claims(first, "a1"), claims(second, "a2")
    if similarity is None:
        vectors = np.eye(len(one) + len(other), dtype=np.float32)
    else:
        apart = [similarity, float(np.sqrt(1 - similarity**2))]
        vectors = np.array([[1.0, 0.0]] * len(one) + [apart] * len(other), np.float32)
    found = find_contradictions(one + other, vectors, OUTLET, Lexicon())
    return [x.reason for x in found]
