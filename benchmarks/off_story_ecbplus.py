"""Off-story detection on ECB+: is a distractor told apart from the story it is mixed into?

    python benchmarks/off_story_ecbplus.py [--split test|dev] [--threshold T]

Every ECB+ topic holds two events of one kind (two earthquakes, two arrests): `ecb` and
`ecbplus` documents. For each event with at least three documents, up to six of them
form a story, and three cases are run through `compare.topic.off_story`:
- the story alone: nothing should be off-story;
- the story plus one document of the topic's other event (a hard distractor: same kind
  of event, other place, time and people);
- the story plus one document of another topic (an easy distractor).
Each document is read by newsprism (`read_story` and `join_story`: its claims and its entities,
resolved across the documents of the split, as in a story); `--threshold` sweeps the
cut-off instead of the one newsprism uses (`same_story`, passed to the stage as
`Thresholds(same_story=T)`); tune on dev, report on test.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

import numpy as np
from machine import SHARED, describe

from newsprism.compare import join_story, topic
from newsprism.model import Article, Story
from newsprism.nlp import encoder
from newsprism.pipeline import read_story
from newsprism.settings import Settings
from newsprism.thresholds import DEFAULTS, Thresholds

DATA = SHARED / "bench" / "clustering" / "ecbplus"
_STORY = 6


def documents(split: str) -> dict[str, list[str]]:
    """Sentences of each document, by document name."""
    words: dict[tuple[str, int], list[str]] = defaultdict(list)
    with (DATA / f"{split}_text.txt").open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4:
                words[(parts[0], int(parts[1]))].append(parts[3])
    docs: dict[str, list[str]] = defaultdict(list)
    for (doc, _), tokens in sorted(words.items()):
        docs[doc].append(" ".join(tokens))
    return docs


def event(doc: str) -> tuple[str, str]:
    number, rest = doc.split("_", 1)
    return number, "ecbplus" if "ecbplus" in rest else "ecb"


def run(case: list[str], story: Story, vectors: np.ndarray, cut: float) -> list[str]:
    inside = set(case)
    articles = [a for a in story.articles if a.id in inside]
    keep = [k for k, c in enumerate(story.claims) if c.article in inside]
    owners = [story.claims[k].article for k in keep]
    return topic.off_story(articles, owners, vectors[keep], story.entities, Thresholds(same_story=cut))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="test", choices=["test", "dev"])
    parser.add_argument("--threshold", type=float, nargs="*")
    args = parser.parse_args()
    sentences = documents(args.split)
    articles = [Article(id=d, path=d, text=" ".join(s)) for d, s in sorted(sentences.items())]
    settings = Settings()
    story = join_story(*read_story(Story(articles=articles), settings), settings)
    vectors = encoder().encode([c.text for c in story.claims])
    events: dict[tuple[str, str], list[str]] = defaultdict(list)
    for d in sorted(sentences):
        events[event(d)].append(d)
    topics = sorted({t for t, _ in events})
    print(f"machine: {describe()}")
    for cut in args.threshold or [DEFAULTS.same_story]:
        alone = hard = easy = cases = 0
        for (number, kind), docs in sorted(events.items()):
            if len(docs) < 3:
                continue
            other = events.get((number, "ecb" if kind == "ecbplus" else "ecbplus"))
            far = events[(topics[(topics.index(number) + 1) % len(topics)], "ecb")]
            if not other or not far:
                continue
            cases += 1
            alone += run(docs[:_STORY], story, vectors, cut) == []
            hard += run([*docs[:_STORY], other[0]], story, vectors, cut) == [other[0]]
            easy += run([*docs[:_STORY], far[0]], story, vectors, cut) == [far[0]]
        print(
            f"{args.split}, same_story {cut:.2f}, {cases} stories: story alone kept whole {alone / cases:.1%}, "
            f"hard distractor found {hard / cases:.1%}, easy distractor found {easy / cases:.1%}"
        )


if __name__ == "__main__":
    main()
