"""The story's entities: each article's own entities (`read/entities.py`) joined across the
articles, by the same rules that join them within one.

What the story knows beyond one article is used here: the acronyms any article defines
("CIWP" in one article is the "Corvale Institute for Water Policy" another spells out),
the other names and the codes any article gives a name ("Alder Bay, known as Ellerwick
in Norland", "velotrexin (VTX-114)", `stated_aliases`), and every name of two words or
more, and every product, that one article used is looked for in the others, where NER may
have missed it. A proper noun that NER missed everywhere is a name where the story
confirms it (`confirmed_names`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from newsprism.model import Article, ArticleEntity, Entity, NameCandidate, Reading
from newsprism.read.entities import (
    LABELS,
    Cluster,
    Names,
    acronyms_of,
    entity_of,
    everyday_word,
    forms_pattern,
    initials_key,
    known_label,
    merge_clusters,
    overlaps,
    place_table,
    split_name,
    stated_aliases,
)
from newsprism.read.gender import given_names
from newsprism.read.names import key, roles_before, same_name_word

_PLACES = ("GPE", "LOC", "FAC")
# Words of institutions and works named after the place they serve or stand in ("Orlow
# Port Authority", "Orlow City Council", "Orlow Canal"): the place's name alone is the
# place, not the institution (judgement, from the designators of OntoNotes' ORG and FAC
# guidelines that follow a place's name).
_INSTITUTIONS_OF_PLACES = frozenset(
    """
    authority council city county district region province state municipality port harbour harbor
    airport station university college school hospital clinic museum library police court
    government parliament assembly canal river lake bay bridge street road square park valley
    """.split()  # noqa: SIM905 - a word list reads better as text
)


@dataclass(frozen=True)
class Joined:
    """The story's entities, and the story entity each article's own entity became."""

    entities: list[Entity]
    ids: dict[tuple[str, str], str]  # (article id, the article's entity id) -> story entity id

    def of(self, article: str, entity: str | None) -> str | None:
        return None if entity is None else self.ids.get((article, entity))


def join_entities(
    articles: list[Article], readings: list[Reading], places: Path | None = None, given: Path | None = None
) -> Joined:
    """The story's entities with every mention, resolved across spellings and articles;
    ids `e1`, `e2`, ... in order of first mention. `places` and `given`: the user's tables
    of place names and given names, beside the packaged ones."""
    outlets = frozenset(key(a.source) for a in articles if a.source)
    aliases, pattern = place_table(places)
    names = Names(aliases, acronyms_of(articles), pattern, outlets, stated_aliases(articles))
    story = StoryNames(
        types=story_types(readings, given_names(given)), titles=lower_case_titles(articles, readings)
    )
    clusters = [cluster_of(e, r.article, names, story) for r in readings for e in r.entities]
    clusters += known_names_elsewhere(articles, clusters)
    clusters += confirmed_names(readings, clusters, given_names(given))
    named_after_places(clusters)
    text = {a.id: a.text for a in articles}
    names_written_short(clusters, text, names, given_names(given))
    position = {a.id: i for i, a in enumerate(articles)}
    found = [(entity_of(group, text, names.shown, position), group) for group in merge_clusters(clusters)]
    found.sort(key=lambda item: (position[item[0].mentions[0].article], item[0].mentions[0].start))
    entities: list[Entity] = []
    ids: dict[tuple[str, str], str] = {}
    for number, (entity, group) in enumerate(found, start=1):
        entities.append(entity.model_copy(update={"id": f"e{number}"}))
        ids.update(((c.article, c.origin), f"e{number}") for c in group if c.origin)
    return Joined(entities, ids)


def named_after_places(clusters: list[Cluster]) -> None:
    """An organisation named with a place of the story before a name of two words or more
    that the story gives an organisation alone ("the Velsund National Bank", "the National
    Bank"; "Orlow City Council", "the City Council") is that organisation: the short name
    becomes one of its keys. The place alone stays the place."""
    places = {k for c in clusters if c.label in _PLACES for k in c.keys}
    organisations = {k for c in clusters if c.label == "ORG" for k in c.keys if len(k.split()) >= 2}
    for c in (c for c in clusters if c.label == "ORG"):
        for name in list(c.keys):
            words = name.split()
            for n in range(1, len(words) - 1):
                if " ".join(words[:n]) in places and (rest := " ".join(words[n:])) in organisations:
                    c.keys.add(rest)


def story_types(readings: list[Reading], given: Mapping[str, str]) -> dict[str, str]:
    """The one type of each name that the articles type differently ("Tessel Marine" a
    person in one, an organisation in two): the type most articles give it; a tie between a
    person and another type goes to the other type unless the name starts with a given name
    of the table (`read/given_names.toml`), since a tagger takes an unfamiliar company for a
    person more often than a person for a company. A product that an article names with its
    code stays a product. A name of one word that some article types a place, and that is
    neither a given name nor the family name of a person the story names in full ("the mayor
    of Orlow" beside "Orlow" typed a person), is the place."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for reading in readings:
        typed = {(key(f.text), e.type) for e in reading.entities for f in e.forms}
        for name, label in typed:
            votes[name][label] += 1
    placed = {key(f.text) for r in readings for e in r.entities if e.type in _PLACES for f in e.forms}
    surnames = {
        key(e.last) for r in readings for e in r.entities if e.type == "PERSON" and e.first and e.last
    }
    types: dict[str, str] = {}
    for name, counted in votes.items():
        if name in placed and " " not in name and name not in surnames and name not in given:
            types[name] = "GPE"
            continue
        if len(counted) < 2:
            continue
        if "PRODUCT" in counted:  # the text wrote it with its code: evidence beyond the tagger
            types[name] = "PRODUCT"
            continue
        person = name.split()[0] in given
        types[name] = max(
            counted, key=lambda lab: (counted[lab], (lab == "PERSON") == person, -LABELS.index(lab))
        )
    return types


def lower_case_titles(articles: list[Article], readings: list[Reading]) -> frozenset[str]:
    """Words some article writes in lower case just before a person's name ("quaymaster
    Ada Brun"): where another writes one capitalised as the name's first word
    ("Quaymaster Ada Brun"), it is a title, not a given name."""
    text = {a.id: a.text for a in articles}
    before = (
        text[r.article][: m.start].rsplit(None, 1)[-1:]
        for r in readings
        for e in r.entities
        if e.type == "PERSON"
        for m in e.mentions
    )
    return frozenset(w[0] for w in before if w and w[0].isalpha() and w[0].islower())


@dataclass(frozen=True)
class StoryNames:
    """What the story's articles together say of names (`story_types`, `lower_case_titles`)."""

    types: Mapping[str, str]
    titles: frozenset[str]


def cluster_of(entity: ArticleEntity, article: str, names: Names, story: StoryNames) -> Cluster:
    """An article's entity as a cluster to join, labelled and keyed as the story knows its
    names (an acronym another article defines, another article's outlet, the type the
    story gives a name the articles type differently, a title another article writes in
    lower case): organisations and places by their names, people by their first and last
    names."""
    spans = [(m.start, m.end) for m in entity.mentions]
    label = known_label(entity.type, entity.name, names)
    named = [k for f in entity.forms if " " in (k := key(f.text)) or " " not in key(entity.name)]
    label = next((story.types[k] for k in named if k in story.types), label)  # not by a surname alone
    votes = Counter(entity.labels) if label == entity.type else Counter({label: sum(entity.labels.values())})
    if label != "PERSON":
        keys = {k for f in entity.forms for k in (names.canonical(f.text), *initials_key(f.text, label))}
        return Cluster(article, label, spans, votes, set(entity.roles), keys=keys, origin=entity.id)
    words = entity.name.split()
    if len(words) > 2 and words[0].lower() in story.titles:
        first, last = split_name(words[1:])
    elif entity.last:
        first, last = entity.first, entity.last
    else:  # typed otherwise in its article
        first, last = split_name(words)
    return Cluster(article, label, spans, votes, set(entity.roles), first, last, origin=entity.id)


def known_names_elsewhere(articles: list[Article], clusters: list[Cluster]) -> list[Cluster]:
    """Names of two words or more, products, and the family name of a person named in full
    that is no everyday word ("Brennagh" of "Ysolde Brennagh"), that one article used, where
    NER missed them in another."""
    text = {a.id: a.text for a in articles}
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    forms: dict[str, Cluster] = {}
    for c in clusters:
        taken[c.article] += c.spans
        for s, e in c.spans:
            form = text[c.article][s:e]
            if len(form.split()) > 1 or c.label == "PRODUCT":
                forms.setdefault(form, c)
                if (
                    c.person
                    and c.first
                    and c.last
                    and form.endswith(f" {c.last}")
                    and not everyday_word(c.last)
                ):
                    forms.setdefault(c.last, c)
    if not forms:
        return []
    pattern = forms_pattern(forms)
    found = []
    for article in articles:
        spans_of: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in pattern.finditer(article.text):
            inside = [s for s in taken[article.id] if s[0] < m.end() and m.start() < s[1]]
            if not inside:
                spans_of[m.group()].append((m.start(), m.end()))
            else:
                owned = [c for c in clusters if c.article == article.id]
                source = forms[m.group()]
                if (len(inside) == 1 and _lengthen(inside[0], m.span(), source, owned)) or _split(
                    inside, m.span(), source, owned
                ):
                    spans_of[m.group()].append(m.span())
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


def confirmed_names(
    readings: list[Reading], clusters: list[Cluster], given: Mapping[str, str]
) -> list[Cluster]:
    """The proper nouns the tagger missed (`Reading.candidates`) that the story shows to be
    names: a name some article's entity bears is that entity; any other is a name when
    articles write it in two or more, or one writes it where a place is written (a place)
    or as the subject of a verb. Its type is what the text says: a place where written as
    one, a person when it opens with a given name of the table, else an organisation."""
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    owners: dict[str, Cluster] = {}
    for c in clusters:
        taken[c.article] += c.spans
        names = {key(c.last), key(f"{c.first} {c.last}" if c.first else c.last)} if c.last else set()
        for k in names if c.person else c.keys:
            owners.setdefault(k, c)
    found: dict[str, list[tuple[str, NameCandidate]]] = defaultdict(list)
    for r in readings:
        covered = overlaps(taken[r.article])
        for n in r.candidates:
            if not covered(n.start, n.end):
                found[key(n.text)].append((r.article, n))
    out = []
    for name, seen in found.items():
        owner = owners.get(name)
        if owner is None and len({a for a, _ in seen}) < 2 and not any(n.place or n.subject for _, n in seen):
            continue
        label = owner.label if owner else _label_by_evidence([n for _, n in seen], given)
        first, last = (owner.first, owner.last) if owner else split_name(seen[0][1].text.split())
        for article in dict.fromkeys(a for a, _ in seen):
            spans = [(n.start, n.end) for a, n in seen if a == article]
            if label == "PERSON":
                out.append(
                    Cluster(article, label, spans, Counter({label: len(spans)}), first=first, last=last)
                )
            else:
                out.append(Cluster(article, label, spans, Counter({label: len(spans)}), keys={name}))
    return out


def _label_by_evidence(seen: list[NameCandidate], given: Mapping[str, str]) -> str:
    words = seen[0].text.split()
    if any(n.place for n in seen):
        return "GPE"
    if len(words) > 1 and key(words[0]) in given:
        return "PERSON"
    return "ORG"


def _lengthen(
    span: tuple[int, int], longer: tuple[int, int], source: Cluster, clusters: list[Cluster]
) -> bool:
    """A name NER read short inside a longer name another article uses ("Tessel" of "Tessel
    Marine" there, "Varo" of "Ilka Varo") is that longer name, unless the short one names
    a person by a given name already; a person's family name so becomes that person's.
    Where the short name is written alone elsewhere in the article too ("Orlow" the town
    beside "Orlow and Fenn Council"), it stays there, and whether the longer name is to be
    a mention of its own is returned."""
    owner = next(c for c in clusters if span in c.spans)
    if not (longer[0] <= span[0] and span[1] <= longer[1]) or span == longer or owner.first:
        return False
    if source.person:  # "Varo" where another article writes "Ilka Varo"
        if not owner.person or not same_name_word(owner.last or "", source.last or ""):
            return False
        owner.first = source.first
    elif len(owner.spans) > 1:
        owner.spans.remove(span)
        return True
    else:
        owner.label, owner.keys = source.label, owner.keys | source.keys
        owner.votes = Counter({source.label: owner.votes.total()})
    owner.spans[owner.spans.index(span)] = longer
    return False


def _split(
    spans: list[tuple[int, int]], longer: tuple[int, int], source: Cluster, clusters: list[Cluster]
) -> bool:
    """A name NER read as two or more names inside a longer one another article uses
    ("Thornwell" and "Rovers" of "Thornwell Rovers"), each also written elsewhere in the
    article: there they stay, and here the longer name is a mention of its own. Not of a
    person's name, whose parts `_lengthen` reads."""
    if len(spans) < 2 or source.person or not all(longer[0] <= s and e <= longer[1] for s, e in spans):
        return False
    owners = [next((c for c in clusters if span in c.spans), None) for span in spans]
    if any(owner is None or len(owner.spans) < 2 or owner.first for owner in owners):
        return False  # a span another name already took, or a name written here only
    for owner, span in zip(owners, spans, strict=True):
        if owner is not None:
            owner.spans.remove(span)
    return True


def names_written_short(
    clusters: list[Cluster], text: Mapping[str, str], names: Names, given: Mapping[str, str]
) -> None:
    """A name of one word that begins the name of one organisation or facility of the story,
    and only one, is that organisation written short ("Tessel" where the articles also write
    "Tessel Marine"), whatever type the tagger gave it; one that begins the name of an
    institution named after a place is that place ("Orlow" of "Orlow Port Authority",
    "Orlow Airport"). Neither for a
    name already typed a place, nor for a word that is a given name or the family name of
    a person the story names in full."""
    people = {key(w) for c in clusters if c.person and c.first for w in (c.first, c.last or "")}
    starting: dict[str, set[str]] = defaultdict(set)
    places: set[str] = set()
    for c in clusters:
        if c.label in ("ORG", "FAC"):
            for s, e in c.spans:
                words = key(text[c.article][s:e]).split()
                if len(words) > 1 and _INSTITUTIONS_OF_PLACES & set(words[1:]):
                    places.add(words[0])
                elif len(words) > 1:
                    starting[words[0]].add(names.canonical(text[c.article][s:e]))
    for c in clusters:
        written = {key(text[c.article][s:e]) for s, e in c.spans}
        word = next(iter(written)) if len(written) == 1 else ""
        if " " in word or c.label in _PLACES or c.first or word in people or word in given:
            continue
        if word in places:
            c.label, c.keys = "GPE", {names.canonical(word)}
        elif len(starting.get(word, ())) == 1:
            c.label, c.keys = "ORG", c.keys | starting[word]
        else:
            continue
        c.votes = Counter({c.label: c.votes.total()})
