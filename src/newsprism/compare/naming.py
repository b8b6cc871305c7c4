"""Naming: where the story's articles write one entity's name differently (Kyiv / Kiev,
Kovalskyy / Kovalsky, a renamed city's old name), each article's variant is marked at its
first use, with the forms the other articles use. A shortening ("Tessel" for "Tessel
Group", a surname for a full name) is not a naming choice.
"""

from __future__ import annotations

from collections import defaultdict

from newsprism.model import Article, Entity, Framing, outlet_names
from newsprism.read.names import key


def naming_marks(articles: list[Article], entities: list[Entity]) -> list[Framing]:
    """A mark at the first use of each writing of an entity's name that another article,
    naming the same entity, never uses, with the writings it uses instead."""
    text = {a.id: a.text for a in articles}
    outlet = outlet_names(articles)
    marks = []
    for entity in entities:
        first_use: dict[tuple[str, str], tuple[int, int]] = {}
        for m in entity.mentions:
            first_use.setdefault((m.article, text[m.article][m.start : m.end]), (m.start, m.end))
        forms: dict[str, set[str]] = defaultdict(set)
        for article, form in first_use:
            forms[article].add(form)
        for (article, form), (start, end) in first_use.items():
            # the articles that name this entity but never write it this way: what do they write?
            variants = {
                g: other
                for other, written in forms.items()
                if other != article and form not in written
                for g in written
                if _another_writing(form, g)
            }
            if variants:
                elsewhere = "; ".join(f"'{g}' ({outlet[a]})" for g, a in sorted(variants.items()))
                note = f"this article writes '{form}' for {entity.name}; elsewhere: {elsewhere}"
                marks.append(
                    Framing(article=article, start=start, end=end, text=form, kind="naming", note=note)
                )
    return marks


def _another_writing(a: str, b: str) -> bool:
    """Two writings of one name of the same length: not a name and its shortening, a
    surname and a full name, or an acronym and what it stands for."""
    wa, wb = key(a).split(), key(b).split()
    return len(wa) == len(wb) > 0 and wa != wb
