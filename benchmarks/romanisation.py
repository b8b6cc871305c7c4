"""Romanisations of Ukrainian and Russian names: which meet and which stay apart.

    pip install -e '.[bench]'
    python benchmarks/romanisation.py

The names are `benchmarks/data/romanisation-names.tsv` (its header gives their public
sources): given names, family names and places, each in its Ukrainian and its Russian
form. Each form is romanised by every system of the `translitua` package for its language
(MIT; French and German transcriptions left out, as `read/romanisation.toml` says), and
every two different spellings of one name must meet, while spellings of two names of the
same kind must stay apart. Given names meet as newsprism joins first names (a spelling of
one name, or the table's Ukrainian / Russian pairs); the rest as spellings alone. Beside
newsprism, the same pairs by their folded spelling alone (`read.names.key`).
"""

from __future__ import annotations

import csv
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import translitua
from machine import describe

from newsprism.read.names import key
from newsprism.read.romanisation import given_name_pair, same_name

NAMES = Path(__file__).resolve().parent / "data" / "romanisation-names.tsv"
LEFT_OUT = ("UkrainianFrench", "UkrainianGerman")  # transcriptions for other languages' readers
SYSTEMS = {
    language: [n for n in dir(translitua) if n.startswith(prefix) and n not in LEFT_OUT]
    for language, prefix in (("ukrainian", "Ukrainian"), ("russian", "Russian"))
}

Spelling = tuple[str, str]  # (system, Latin spelling)


def names() -> list[dict[str, str]]:
    lines = [line for line in NAMES.read_text("utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def spellings(name: dict[str, str]) -> dict[str, list[str]]:
    """Each distinct Latin spelling of the name -> the systems that give it."""
    out: dict[str, list[str]] = defaultdict(list)
    for language, systems in SYSTEMS.items():
        for system in systems:
            out[translitua.translit(name[language], getattr(translitua, system))].append(system)
    return out


def newsprism_joins(kind: str) -> Callable[[str, str], bool]:
    if kind == "given":
        return lambda a, b: same_name(a, b) or given_name_pair(a, b)
    return same_name


def by_key(a: str, b: str) -> bool:
    return key(a).replace(" ", "") == key(b).replace(" ", "")


def main() -> None:
    print(f"machine: {describe()}")
    table = names()
    spelt = [spellings(n) for n in table]
    systems = sum(len(s) for s in SYSTEMS.values())
    print(f"{len(table)} names ({dict(Counter(n['kind'] for n in table))}), {systems} systems "
          f"({len(SYSTEMS['ukrainian'])} Ukrainian, {len(SYSTEMS['russian'])} Russian), "
          f"{sum(map(len, spelt))} distinct spellings")  # fmt: skip
    for label, join in (("newsprism", None), ("folded spelling alone", by_key)):
        report(label, table, spelt, join)


def report(
    label: str, table: list[dict[str, str]], spelt: list[dict[str, list[str]]], join: Callable | None
) -> None:
    met, must_meet = Counter(), Counter()
    wrong, apart = Counter(), Counter()
    system_met, system_pairs = Counter(), Counter()
    missed, wrongly = [], []
    for name, forms in zip(table, spelt, strict=True):
        joins = join or newsprism_joins(name["kind"])
        for a, b in itertools.combinations(forms, 2):
            across = _languages(forms[a]) != _languages(forms[b]) or len(_languages(forms[a])) > 1
            group = (name["kind"], "across languages" if across else "one language")
            ok = joins(a, b)
            met[group] += ok
            must_meet[group] += 1
            for system in {*forms[a], *forms[b]}:
                system_met[system] += ok
                system_pairs[system] += 1
            if not ok:
                missed.append(f"{a} / {b}")
    for (i, one), (j, other) in itertools.combinations(enumerate(table), 2):
        if one["kind"] != other["kind"]:
            continue
        joins = join or newsprism_joins(one["kind"])
        for a, b in itertools.product(spelt[i], spelt[j]):
            bad = joins(a, b)
            wrong[one["kind"]] += bad
            apart[one["kind"]] += 1
            if bad:
                wrongly.append(f"{a} / {b}")
    joined, wrong_total = sum(met.values()), sum(wrong.values())
    precision = joined / (joined + wrong_total) if joined + wrong_total else 1.0
    print(f"\n{label}: pairs that must meet joined {joined}/{sum(must_meet.values())} "
          f"({joined / sum(must_meet.values()):.3f}); pairs that must stay apart joined "
          f"{wrong_total}/{sum(apart.values())}; precision {precision:.3f}")  # fmt: skip
    for group in sorted(must_meet):
        print(f"  {group[0]:8} {group[1]:17} joined {met[group]:5}/{must_meet[group]:<5}"
              f" ({met[group] / must_meet[group]:.3f})")  # fmt: skip
    for kind in sorted(apart):
        print(f"  {kind:8} kept apart {apart[kind] - wrong[kind]}/{apart[kind]}")
    if join is None:
        print("  by system (share of the pairs with a spelling it gives that meet):")
        for system in sorted(system_pairs, key=lambda s: system_met[s] / system_pairs[s]):
            print(f"    {system:40} {system_met[system] / system_pairs[system]:.3f}")
        print(f"  wrongly joined ({len(wrongly)}): {'; '.join(wrongly[:20])}")
        print(f"  some missed ({len(missed)}): {'; '.join(missed[:: max(1, len(missed) // 20)][:20])}")


def _languages(systems: list[str]) -> set[str]:
    return {s.startswith("Ukrainian") for s in systems}


if __name__ == "__main__":
    main()
