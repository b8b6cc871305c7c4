"""The story's entities: each article's own entities (`read/entities.py`) joined across the
articles, by the same rules that join them within one.

What the story knows beyond one article is used here: the acronyms any article defines
("CIWP" in one article is the "Corvale Institute for Water Policy" another spells out),
and every name of two words or more that one article used is looked for in the others,
where NER may have missed it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from newsprism.model import Article, ArticleEntity, Entity, Reading
from newsprism.read.entities import (
    Cluster,
    Names,
    acronyms_of,
    entity_of,
    initials_key,
    known_label,
    merge_clusters,
    place_table,
)
from newsprism.read.names import key, roles_before


@dataclass(frozen=True)
class Joined:
    """The story's entities, and the story entity each article's own entity became."""

    entities: list[Entity]
    ids: dict[tuple[str, str], str]  # (article id, the article's entity id) -> story entity id

    def of(self, article: str, entity: str | None) -> str | None:
        return None if entity is None else self.ids.get((article, entity))


def join_entities(articles: list[Article], readings: list[Reading], places: Path | None = None) -> Joined:
    """The story's entities with every mention, resolved across spellings and articles;
    ids `e1`, `e2`, ... in order of first mention."""
    outlets = frozenset(key(a.source) for a in articles if a.source)
    aliases, pattern = place_table(places)
    names = Names(aliases=aliases, acronyms=acronyms_of(articles), places=pattern, outlets=outlets)
    clusters = [cluster_of(e, r.article, names) for r in readings for e in r.entities]
    clusters += known_names_elsewhere(articles, clusters)
    text = {a.id: a.text for a in articles}
    position = {a.id: i for i, a in enumerate(articles)}
    found = [(entity_of(group, text, aliases, position), group) for group in merge_clusters(clusters)]
    found.sort(key=lambda item: (position[item[0].mentions[0].article], item[0].mentions[0].start))
    entities: list[Entity] = []
    ids: dict[tuple[str, str], str] = {}
    for number, (entity, group) in enumerate(found, start=1):
        entities.append(entity.model_copy(update={"id": f"e{number}"}))
        ids.update(((c.article, c.origin), f"e{number}") for c in group if c.origin)
    return Joined(entities, ids)


def cluster_of(entity: ArticleEntity, article: str, names: Names) -> Cluster:
    """An article's entity as a cluster to join, labelled and keyed as the story knows its
    names (an acronym another article defines, another article's outlet): organisations and
    places by their names, people by their first and last names."""
    spans = [(m.start, m.end) for m in entity.mentions]
    label = known_label(entity.type, entity.name, names)
    votes = Counter(entity.labels) if label == entity.type else Counter({label: sum(entity.labels.values())})
    if label != "PERSON":
        keys = {k for f in entity.forms for k in (names.canonical(f.text), *initials_key(f.text, label))}
        return Cluster(article, label, spans, votes, set(entity.roles), keys=keys, origin=entity.id)
    return Cluster(
        article, label, spans, votes, set(entity.roles), entity.first, entity.last, origin=entity.id
    )


def known_names_elsewhere(articles: list[Article], clusters: list[Cluster]) -> list[Cluster]:
    """Names of two words or more that one article used, where NER missed them in another."""
    text = {a.id: a.text for a in articles}
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    forms: dict[str, Cluster] = {}
    for c in clusters:
        taken[c.article] += c.spans
        for s, e in c.spans:
            form = text[c.article][s:e]
            if len(form.split()) > 1:
                forms.setdefault(form, c)
    if not forms:
        return []
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(f) for f in forms)})(?![\w-])")
    found = []
    for article in articles:
        spans_of: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in pattern.finditer(article.text):
            if not any(s < m.end() and m.start() < e for s, e in taken[article.id]):
                spans_of[m.group()].append((m.start(), m.end()))
        for form, spans in spans_of.items():
            source = forms[form]
            roles = set().union(*(roles_before(article.text, s) for s, _ in spans))
            found.append(
                Cluster(
                    article.id,
                    source.label,
                    spans,
                    Counter(),
                    roles,
                    source.first,
                    source.last,
                    set(source.keys),
                )
            )
    return found
