"""The thresholds table: every number that decides a finding says how it was chosen, is a
setting by its bare name, and reaches the stage that uses it."""

from __future__ import annotations

import re
from pathlib import Path

import annotated_types
import numpy as np
import pytest

from newsprism.compare.drift import find_drift
from newsprism.corpus.clusters import MemoryStories, StoryIndex
from newsprism.model import Article, Quote, Story
from newsprism.settings import Settings, make_settings
from newsprism.thresholds import DEFAULTS, Thresholds, origin, thresholds_table
from tests.helpers import ROOT

SRC = ROOT / "src" / "newsprism"
# The module constants the table replaced, by module: none may come back.
REPLACED = {
    "read/quotes.py": ["_CONTINUES", "_MIN_REPORTED", "_PRONOUN_WINDOW", "_title_case"],
    "read/claims.py": ["_MIN_WORDS", "_QUOTED_SHARE"],
    "compare/topic.py": ["SAME_STORY", "SAME_STORY_UNNAMED"],
    "compare/reuse.py": [
        "_SHINGLE",
        "_MIN_WORDS",
        "PARAPHRASE",
        "CANDIDATE",
        "_REWRITTEN_SHARE",
        "_QUOTED_SHARE",
    ],
    "compare/groups.py": ["FAIR", "ENTITY_WEIGHT", "NUMBER_WEIGHT", "_COPY", "_LONG_WORD", "_title_case"],
    "compare/contradictions.py": ["SAME_TOPIC", "SAME_STATEMENT", "_TOLERANCE", "_JUDGED"],
    "compare/polarity.py": ["_WINDOW", "_GAP"],
    "compare/drift.py": ["_SAME_QUOTE", "_MIN_WORDS"],
    "corpus/clusters.py": ["JOIN", "NAMES_WEIGHT", "MERGE_MARGIN", "WINDOW_DAYS", "SPLIT_FROM"],
}


@pytest.mark.parametrize(("name", "default", "help_text", "how"), thresholds_table())
def test_every_threshold_has_help_and_an_origin(name: str, default: str, help_text: str, how: str) -> None:
    assert help_text.strip(), name
    if how.startswith("judgement: "):
        assert len(how) > len("judgement: ") + 10, f"{name}: judgement without a reason"
    else:
        benchmarks = re.findall(r"benchmarks/([\w.]+\.py)", how)
        assert benchmarks, f"{name}: origin is neither judgement nor a benchmark: {how!r}"
        for script in benchmarks:
            assert (ROOT / "benchmarks" / script).is_file(), f"{name}: no benchmarks/{script}"


@pytest.mark.parametrize("name", list(Thresholds.model_fields))
def test_defaults_are_inside_their_bounds(name: str) -> None:
    field = Thresholds.model_fields[name]
    value = field.default
    for bound in field.metadata:
        if isinstance(bound, annotated_types.Ge):
            assert value >= bound.ge, name
        if isinstance(bound, annotated_types.Le):
            assert value <= bound.le, name
    assert getattr(Thresholds(), name) == value == getattr(DEFAULTS, name)
    assert origin(name)


def test_threshold_names_are_not_setting_names() -> None:
    assert not set(Thresholds.model_fields) & set(Settings.model_fields)


@pytest.mark.parametrize(("module", "names"), REPLACED.items())
def test_no_replaced_constant_is_left_behind(module: str, names: list[str]) -> None:
    text = (SRC / module).read_text()
    for name in names:
        assert not re.search(rf"^(?:{name}\s*[:=]|def {name}\b)", text, re.MULTILINE), f"{module}: {name}"


def test_benchmarks_set_thresholds_through_the_table() -> None:
    """No benchmark tunes by assigning a module's constant (`clusters.JOIN = ...`)."""
    for script in sorted((ROOT / "benchmarks").glob("*.py")):
        assigned = re.findall(
            r"^\s*(?:\w+\.)+[A-Z_]{2,}\s*(?:,[^=]*)?=(?!=)", script.read_text(), re.MULTILINE
        )
        assert not assigned, f"{script.name}: {assigned}"


@pytest.mark.parametrize(
    ("pairs", "config", "expected"),
    [
        (["paraphrase=0.7"], "", 0.7),
        ([], "paraphrase = 0.65\n", 0.65),
        ([], "[thresholds]\nparaphrase = 0.55\n", 0.55),
        ([], "[newsprism]\nurl_timeout = 3\n\n[thresholds]\nparaphrase = 0.5\n", 0.5),
        ([], "[newsprism]\nparaphrase = 0.45\n", 0.45),
        (["paraphrase=0.75"], "[thresholds]\nparaphrase = 0.55\n", 0.75),
        ([], "", 0.6),
    ],
    ids=[
        "set",
        "top-level",
        "thresholds-table",
        "beside-newsprism",
        "under-newsprism",
        "set-wins",
        "default",
    ],
)
def test_a_threshold_is_a_setting_by_its_bare_name(
    tmp_path: Path, pairs: list[str], config: str, expected: float
) -> None:
    path = tmp_path / "newsprism.toml"
    path.write_text(config)
    assert make_settings(pairs, path).thresholds.paraphrase == expected


@pytest.mark.parametrize(
    ("pairs", "message"),
    [(["paraphrase=1.5"], "setting paraphrase"), (["copied_words=many"], "setting copied_words"),
     (["paraphrasing=0.7"], "unknown setting 'paraphrasing'; known settings: .*paraphrase")],
)  # fmt: skip
def test_a_bad_threshold_is_named(pairs: list[str], message: str) -> None:
    from newsprism.errors import SettingsError

    with pytest.raises(SettingsError, match=message):
        make_settings(pairs)


def drifted() -> list[Quote]:
    """One invented quote two outlets word slightly differently (nine words of ten alike)."""
    texts = {
        "a": "The new ferry to Quillon Point will sail every hour from May",
        "b": "The new ferry to Quillon Point will sail each hour from May",
    }
    return [
        Quote(id=f"q{k}", article=a, start=0, end=len(t), text=t, speaker="e1")
        for k, (a, t) in enumerate(texts.items())
    ]


@pytest.mark.parametrize(("pairs", "variants"), [([], 1), (["same_quote=0.95"], 0)])
def test_a_threshold_set_reaches_the_stage(pairs: list[str], variants: int) -> None:
    assert len(find_drift(drifted(), make_settings(pairs).thresholds)) == variants


@pytest.mark.parametrize(("pairs", "stories"), [([], 1), (["join=0.9"], 2)])
def test_a_corpus_threshold_set_reaches_story_clustering(pairs: list[str], stories: int) -> None:
    index = StoryIndex(MemoryStories(), 2, make_settings(pairs).thresholds)
    first = index.assign(np.array([1.0, 0.0], dtype=np.float32), frozenset(), None)
    second = index.assign(np.array([0.8, 0.6], dtype=np.float32), frozenset(), None)
    assert len({first.id, second.id}) == stories


@pytest.mark.slow
@pytest.mark.parametrize(("pairs", "variants"), [([], 1), (["same_quote=0.95"], 0)])
def test_a_threshold_set_reaches_the_pipeline(pairs: list[str], variants: int) -> None:
    from newsprism.pipeline import analyze_articles

    texts = [
        "Harbour officials in Quillon spoke on Monday. “The new ferry to Quillon Point will sail every hour "
        "from May,” said Orla Vennick, the harbour master. The old ferry was retired in March.",
        "Quillon's harbour announced a timetable on Monday. “The new ferry to Quillon Point will sail each "
        "hour from May,” Orla Vennick said. Tickets go on sale next week.",
    ]
    articles = [
        Article(id=f"a{k}", path=f"{k}.txt", text=t, source=f"Outlet {k}") for k, t in enumerate(texts)
    ]
    story = analyze_articles(Story(articles=articles), make_settings(pairs))
    assert len(story.quote_variants) == variants
