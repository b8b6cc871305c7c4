"""Cross-document entity coreference on ECB+: newsprism's entities, joined across a topic's
documents as across a story's articles, against the gold entity chains.

    python benchmarks/entities_ecbplus.py [--split test|dev]

Each gold topic (about 20 documents on two events of one kind) is read and its entities
joined as one story (`read_story`, `join_entities`). A document's text is its tokens
joined by spaces, a blank line between sentences, so every gold mention is a span of it.
Two settings, as in the published cross-document results:

- gold mentions: every gold mention is given the story entity one of whose mentions
  overlaps it most (ties: the first), or stays alone; the response partitions exactly the
  gold mentions (anchor: CoNLL F1 about 73, Cattan et al. 2021, gold mentions and topics);
- the project's own mentions: the response is newsprism's entity mentions in the
  sentences ECB+ annotates (those holding a gold entity mention: it annotates some
  sentences of each document, not all); a mention is the gold one it overlaps most, else
  one the key lacks. Mention recall is the share of gold mentions some own mention overlaps.

ECB+ marks every mention of a participant, time or place: pronouns, descriptions ("the
magnitude 6.1 quake"), times ("Tuesday"). newsprism reads names, so much of the key is out
of its reach: the scores are given with the singletons of both sides too, and without
them. Nothing is tuned: the rules of the entity join have no cut-off to choose on dev.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass

from coref_scores import conll
from machine import SHARED, describe

from newsprism.compare.entities import join_entities
from newsprism.model import Article, Story
from newsprism.pipeline import read_story
from newsprism.settings import Settings

DATA = SHARED / "bench" / "clustering" / "ecbplus"

Span = tuple[str, int, int]  # document, start, end


@dataclass
class Document:
    text: str
    tokens: list[tuple[int, int]]  # the characters of each token, numbered through the document
    sentences: list[tuple[int, int]]  # the characters of each sentence


def documents(split: str) -> dict[str, Document]:
    """Each document's text and the characters of its tokens."""
    words: dict[str, dict[int, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    # sentence and token numbers as the file gives them; mentions number tokens through the document
    with (DATA / f"{split}_text.txt").open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4:
                words[parts[0]][int(parts[1])].append((int(parts[2]), parts[3]))
    out = {}
    for doc, sentences in words.items():
        text, tokens, spans = "", [], []
        for _, toks in sorted(sentences.items()):
            text += "\n\n" if text else ""
            start = len(text)
            for n, (_, token) in enumerate(sorted(toks)):
                text += " " if n else ""
                tokens.append((len(text), len(text) + len(token)))
                text += token
            spans.append((start, len(text)))
        out[doc] = Document(text, tokens, spans)
    return out


def gold(split: str, docs: dict[str, Document]) -> tuple[dict[str, list[Span]], dict[Span, str]]:
    """The gold mentions of each topic, and each mention's chain."""
    by_topic: dict[str, list[Span]] = defaultdict(list)
    chain: dict[Span, str] = {}
    for m in json.loads((DATA / f"{split}_entity_gold_mentions.json").read_text(encoding="utf-8")):
        tokens = docs[m["doc_id"]].tokens
        first, last = (
            tokens[min(m["tokens_ids"])],
            tokens[max(m["tokens_ids"])],
        )  # numbered through the document
        span = (m["doc_id"], first[0], last[1])
        if span not in chain:
            by_topic[m["topic"]].append(span)
            chain[span] = m["coref_chain"]
    return by_topic, chain


def own_entities(topic_docs: list[str], docs: dict[str, Document], settings: Settings) -> list[list[Span]]:
    """newsprism's entities of one topic read as a story, each as its mentions."""
    articles = [Article(id=f"a{i}", path=d, text=docs[d].text) for i, d in enumerate(topic_docs, start=1)]
    story, readings = read_story(Story(articles=articles), settings)
    name = {a.id: a.path for a in story.articles}
    joined = join_entities(story.articles, readings)
    return [[(name[m.article], m.start, m.end) for m in e.mentions] for e in joined.entities]


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[2], b[2]) - max(a[1], b[1])) if a[0] == b[0] else 0


def best(span: Span, candidates: list[Span]) -> Span | None:
    scored = [(overlap(span, c), -i) for i, c in enumerate(candidates)]
    top = max(scored, default=(0, 0))
    return candidates[-top[1]] if top[0] > 0 else None


def partition(owner: dict[Span, object]) -> list[frozenset[Span]]:
    groups: dict[object, set[Span]] = defaultdict(set)
    for span, who in owner.items():
        groups[who].add(span)
    return [frozenset(g) for g in groups.values()]


def without_singletons(clusters: list[frozenset[Span]]) -> list[frozenset[Span]]:
    return [c for c in clusters if len(c) > 1]


def line(label: str, key: list[frozenset[Span]], response: list[frozenset[Span]]) -> str:
    s = conll(key, response)
    parts = "  ".join(f"{name} {s[name][2] * 100:.1f}" for name in ("muc", "b3", "ceaf_e"))
    return f"{label}: CoNLL F1 {s['conll'][2] * 100:.1f} ({parts})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["test", "dev"], default="test")
    args = parser.parse_args()
    docs = documents(args.split)
    by_topic, chain = gold(args.split, docs)
    settings = Settings()
    gold_owner: dict[Span, object] = {}  # gold mention -> own entity (gold mentions setting)
    own_owner: dict[Span, object] = {}  # own mention, as the gold one it is when it is -> own entity
    found = 0
    for topic, spans in sorted(by_topic.items()):
        topic_docs = sorted({s[0] for s in spans} | {d for d in docs if d.split("_")[0] == topic})
        entities = own_entities(topic_docs, docs, settings)
        mention_of = {m: (topic, n) for n, e in enumerate(entities) for m in e}
        own = list(mention_of)
        by_doc: dict[str, list[Span]] = defaultdict(list)
        for m in own:
            by_doc[m[0]].append(m)
        gold_by_doc: dict[str, list[Span]] = defaultdict(list)
        for g in spans:
            gold_by_doc[g[0]].append(g)
            match = best(g, by_doc[g[0]])
            gold_owner[g] = mention_of[match] if match else ("alone", g)
            found += match is not None
        annotated = {(g[0], s) for g in spans for s in docs[g[0]].sentences if s[0] <= g[1] < s[1]}
        for m in own:
            if any(s[0] <= m[1] < s[1] for d, s in annotated if d == m[0]):
                as_gold = best(m, gold_by_doc[m[0]])
                own_owner[as_gold or m] = mention_of[m]
    key = partition({span: c for span, c in chain.items()})
    total = len(chain)
    print(f"machine: {describe()}")
    print(f"ECB+ {args.split}: {len(by_topic)} topics, {len(docs)} documents, {total} gold entity mentions"
          f" in {len(key)} chains ({len(without_singletons(key))} of two mentions or more)")  # fmt: skip
    report("gold mentions", key, partition(gold_owner))
    print(
        f"own mentions in annotated sentences: {len(own_owner)}; gold mentions overlapped by one: {found / total:.3f} (mention recall)"
    )
    report("own mentions", key, partition(own_owner))
    print("anchor: CoNLL F1 about 73 with gold mentions (Cattan et al. 2021, gold topics)")


def report(name: str, key: list[frozenset[Span]], response: list[frozenset[Span]]) -> None:
    """The scores of `response` against `key`, with singletons and without."""
    print(line(f"{name}, singletons kept", key, response))
    print(line(f"{name}, singletons left out", without_singletons(key), without_singletons(response)))


if __name__ == "__main__":
    main()
