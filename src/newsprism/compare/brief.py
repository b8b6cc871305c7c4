"""The brief: a neutral synthesis in which every sentence cites the claims it rests on.

Sentences come in three parts: what independent outlets corroborate (the claims most
outlets report first), then each contested point with every side and its outlet (an
outlet's own report before a copy that changed it; one report contradicted by several is
one point with all of them), then notable claims only one outlet makes,
labelled as such (those that name a source or give a figure first). Every sentence
quotes claim text as the articles write it, inside quotation marks, and credits it in
fixed neutral words ("Reported independently by", "Only X reports"), so it says nothing
its cited claims do not; a corroborated point quotes each independent outlet's own
words, since outlets that report one point seldom word it alike.
A corroboration or a single-source claim that is uncertain (`compare/confidence.py`) is left
out: a false "corroborated" costs a reader more than a point missing. A contested point all
of whose contradictions are uncertain stays, after the sure ones, and says so ("Accounts may
differ, uncertain"): a contradiction missed costs a reader more than a doubtful one shown.
"""

from __future__ import annotations

from newsprism.compare.contradictions import QUOTED
from newsprism.model import BriefItem, Claim, Contradiction, Group, is_unknown_outlet

# The brief's length: at most MOST sentences, at least LEAST where there are points to give;
# of them at most _CORROBORATED corroborated points, then contested points, what a reader
# comes for, in all the room left but _SINGLE sentences kept for single-source points
# (judgement).
MOST = 12
LEAST = 5
_CORROBORATED = 5
_SINGLE = 3
_UNKNOWN_COUNTED = (
    "an article whose outlet is not known, counted as an outlet of its own",
    "articles whose outlets are not known, each counted as an outlet of its own",
)


def write_brief(
    groups: list[Group], claims: list[Claim], contradictions: list[Contradiction], outlet: dict[str, str]
) -> list[BriefItem]:
    by_id = {c.id: c for c in claims}
    order = {c.id: k for k, c in enumerate(claims)}

    def first(group: Group) -> Claim:
        return by_id[group.claims[0]]

    agreed = sorted(
        (g for g in groups if g.status == "corroborated" and not g.uncertain),
        key=lambda g: (-len(g.independent), order[g.claims[0]]),
    )
    items = [_corroborated(g, by_id, outlet) for g in agreed[:_CORROBORATED]]
    disputes = _disputes(contradictions, _copied(groups, by_id, outlet), MOST - _SINGLE - len(items))
    items += [_contested(point, by_id, outlet) for point in disputes]
    notable = sorted(
        (g for g in groups if g.status == "single_source" and not g.uncertain),
        key=lambda g: (not first(g).attribution, not first(g).numbers, order[g.claims[0]]),
    )
    wanted = max(LEAST - len(items), min(_SINGLE, MOST - len(items)))
    items += [_single(g, first(g)) for g in notable[:wanted]]
    return items[:MOST]


def _copied(groups: list[Group], by_id: dict[str, Claim], outlet: dict[str, str]) -> set[str]:
    """The claims of outlets that their group does not count as independent: copies."""
    return {c for g in groups for c in g.claims if outlet[by_id[c].article] not in g.independent}


def _disputes(contradictions: list[Contradiction], copied: set[str], room: int) -> list[list[Contradiction]]:
    """Up to `room` contested points, the sure before the uncertain, the outlets' own
    reports before copies of them, then most similar first. Contradictions that share a
    claim are one point (one report set against several). A copy's side is one only where
    the copy says other than its source (`contradictions.originals_only` leaves the rest to
    the source): a copy with a figure changed."""
    points: list[list[Contradiction]] = []
    for x in sorted(contradictions, key=lambda x: (x.uncertain, (x.a in copied) + (x.b in copied))):
        point = next((p for p in points if {x.a, x.b} & _sides(p)), None)
        if point is None:
            if len(points) < room:
                points.append([x])
        else:
            point.append(x)
    return points


def _sides(point: list[Contradiction]) -> set[str]:
    return {c for x in point for c in (x.a, x.b)}


def _corroborated(group: Group, by_id: dict[str, Claim], outlet: dict[str, str]) -> BriefItem:
    claims = [by_id[c] for c in group.claims]
    own = [next(c for c in claims if outlet[c.article] == name) for name in group.independent]
    words = " ".join(f"{outlet[c.article]}: “{c.text}”" for c in own)
    unknown = sum(is_unknown_outlet(name) for name in group.independent)
    caveat = f", {_UNKNOWN_COUNTED[unknown > 1]}" if unknown else ""
    return BriefItem(
        text=f"Reported independently by {_names(group.independent)}{caveat}. {words}",
        cites=list(group.claims),
    )


def _contested(point: list[Contradiction], by_id: dict[str, Claim], outlet: dict[str, str]) -> BriefItem:
    sides = [by_id[c] for c in dict.fromkeys(c for x in point for c in (x.a, x.b))]
    words = " ".join(f"{outlet[c.article]}: “{c.text}”" for c in sides)
    differ = "may differ, uncertain" if all(x.uncertain for x in point) else "differ"
    return BriefItem(text=f"Accounts {differ} ({_reasons(point)}). {words}", cites=[c.id for c in sides])


def _reasons(point: list[Contradiction]) -> str:
    """The point's reasons, each once: one quoting the same words as another, in the
    other order ("$42 million" against "$4.2 million"), is the same."""
    kept: dict[tuple[str, frozenset[str]], str] = {}
    for x in point:
        kept.setdefault((x.reason.split(":", 1)[0], frozenset(QUOTED.findall(x.reason))), x.reason)
    return "; ".join(kept.values())


def _single(group: Group, claim: Claim) -> BriefItem:
    others = [s for s in group.sources if s not in group.independent]
    repeated = f", repeated by {_names(others)}, which took it from there," if others else ""
    return BriefItem(
        text=f"Only {group.independent[0]}{repeated} reports: “{claim.text}”", cites=list(group.claims)
    )


def _names(outlets: list[str]) -> str:
    return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]
