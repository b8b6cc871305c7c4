"""The compare stage end to end, through `analyze`, on a story the tests write: an
original report, a copy with a changed number, a rewrite in other words, an independent
report, and a distractor about another event. Slow: spaCy and the sentence model."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.model import Story
from newsprism.pipeline import analyze
from tests.helpers import assert_valid_story

pytestmark = pytest.mark.slow

ORIGINAL = """Velmar dam spillway cracks after record rainfall

A crack opened in the spillway of the Velmar dam on Thursday after three days of record rainfall, the regional water authority said.

Engineers lowered the reservoir by two metres overnight to take pressure off the damaged section, authority director Ilse Marrow told reporters.

About 1,200 residents of Lower Velmar were moved to a school gymnasium as a precaution.

"The dam itself is sound, and we are watching the spillway around the clock," Marrow said.
"""

COPY = ORIGINAL.replace("About 1,200 residents", "About 3,400 residents")

REWRITE = """Velmar reservoir drawn down as spillway fails

The spillway at the Velmar dam cracked on Thursday following three days of unprecedented rain, according to the regional water authority.

To relieve the strain on the broken section, engineers dropped the water level in the reservoir by two metres during the night, said Ilse Marrow, who heads the authority.

Around 1,200 people living in Lower Velmar were evacuated to a school sports hall as a precaution.
"""

INDEPENDENT = """Lower Velmar families spend night in gym as dam is checked

Families from Lower Velmar slept on camp beds in a school gymnasium on Thursday night while engineers inspected the dam upstream.

Local farmer Anton Berriss said the river had risen faster than he had ever seen in forty years on the land.

The regional water authority said the dam itself was not at risk and that the damaged spillway was being monitored around the clock.
"""

DISTRACTOR = """Orlen Rovers win the regional cup on penalties

Orlen Rovers beat Castel Athletic on penalties on Saturday to lift the regional cup for the first time in a decade.

Goalkeeper Tamsin Greer saved two spot kicks as the final finished goalless after extra time in front of a crowd of 8,000.

Manager Owen Pryce said the victory belonged to the supporters who had followed the club through two relegations.
"""

MANIFEST = """path,source,published
original.txt,Valley Post,2025-04-10T08:00:00Z
copy.txt,Daily Echo,2025-04-10T11:00:00Z
rewrite.txt,State Herald,2025-04-10T12:00:00Z
independent.txt,River Times,2025-04-10T09:30:00Z
distractor.txt,Sports Desk,2025-04-12T18:00:00Z
"""


STAGES: list[tuple[str, int | None]] = []


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Story:
    folder: Path = tmp_path_factory.mktemp("velmar")
    for name, text in [
        ("original", ORIGINAL),
        ("copy", COPY),
        ("rewrite", REWRITE),
        ("independent", INDEPENDENT),
        ("distractor", DISTRACTOR),
    ]:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    return analyze(
        [folder / f"{n}.txt" for n in ("original", "copy", "rewrite", "independent", "distractor")],
        manifest=folder / "manifest.csv",
        progress=lambda stage, total: STAGES.append((stage, total)),
    )


def ids(story: Story) -> dict[str, str]:
    return {a.source or "": a.id for a in story.articles}


def test_the_document_keeps_the_contract(story: Story) -> None:
    assert_valid_story(story.to_json())


def test_progress_is_told_stage_by_stage(story: Story) -> None:
    assert STAGES == [("read", 5)] * 5 + [("clean", 5)] * 5 + [("reading", 5)] * 5 + [("comparing", None)]


def test_the_distractor_is_off_story_and_out_of_groups_and_brief(story: Story) -> None:
    distractor = ids(story)["Sports Desk"]
    assert story.off_story == [distractor]
    grouped = {c for g in story.groups for c in g.claims}
    cited = {c for b in story.brief for c in b.cites}
    off = {c.id for c in story.claims if c.article == distractor}
    assert off
    assert not off & (grouped | cited)


def test_reuse_links_the_copy_and_the_rewrite_to_the_original_only(story: Story) -> None:
    by = ids(story)
    links = {(r.from_, r.to): r for r in story.reuse}
    assert set(links) == {(by["Valley Post"], by["Daily Echo"]), (by["Valley Post"], by["State Herald"])}
    copy, rewrite = (
        links[(by["Valley Post"], by["Daily Echo"])],
        links[(by["Valley Post"], by["State Herald"])],
    )
    assert copy.directed
    assert copy.shared > 0.8
    assert {p.kind for p in copy.passages} == {"verbatim"}
    assert "paraphrase" in {p.kind for p in rewrite.passages}


def test_the_changed_number_is_a_contradiction(story: Story) -> None:
    claims = {c.id: c for c in story.claims}
    pairs = [{claims[x.a].text, claims[x.b].text} for x in story.contradictions]
    assert any(any("1,200" in t for t in p) and any("3,400" in t for t in p) for p in pairs)
    assert any("3,400" in x.reason for x in story.contradictions)


def test_copies_do_not_corroborate(story: Story) -> None:
    by = {a.id: a.source for a in story.articles}
    claims = {c.id: c for c in story.claims}
    crack = next(
        g for g in story.groups if any("crack opened in the spillway" in claims[c].text for c in g.claims)
    )
    assert "Daily Echo" in crack.sources
    assert "Daily Echo" not in crack.independent
    assert {by[claims[c].article] for c in crack.claims} >= {"Valley Post", "Daily Echo", "State Herald"}


def test_every_brief_sentence_quotes_a_claim_it_cites(story: Story) -> None:
    claims = {c.id: c for c in story.claims}
    assert 1 <= len(story.brief) <= 12
    for item in story.brief:
        assert any(claims[c].text in item.text for c in item.cites)
