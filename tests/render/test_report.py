"""The report's views of a story: marked text, coverage, quotes, versions, the reuse graph, timeline."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.clean.text import paragraph_spans
from newsprism.model import Article, Claim, Framing, Story
from newsprism.render.report import Cell, Report
from tests.render.stories import small_story

STORY = small_story()
REPORT = Report(STORY)


def test_a_citation_reads_as_the_claims_outlet() -> None:
    assert [REPORT.cite(c) for c in ("c1", "c4", "c5")] == [
        "Marrowby Gazette",
        "Kestrel Post",
        "depot.example",
    ]


def test_the_pieces_of_each_paragraph_are_its_text() -> None:
    for article in STORY.articles:
        text = "\n\n".join(
            "".join(p.text for run in runs for p in run.pieces) for runs in REPORT.paragraphs(article)
        )
        assert text == article.text


def test_pieces_carry_the_marks_on_them() -> None:
    [first, second] = REPORT.paragraphs(STORY.articles[0])
    assert [r.claim for r in first] == ["c1"]
    assert [(p.text, p.classes) for p in first[0].pieces] == [
        ("Orrin Velk", "entity"),
        (" said ", ""),
        ("the Pellow sluice would close on Monday", "quote indirect reused"),
        (".", ""),
    ]
    assert first[0].pieces[2].note == "indirect quote: speaker unknown; paraphrase, in Kestrel Post"
    assert [r.claim for r in second] == ["c2", None]
    assert ("We will keep the gates shut all week,", "quote direct", "direct quote: Orrin Velk") in [
        (p.text, p.classes, p.note) for p in second[1].pieces
    ]


def test_the_other_side_of_a_reused_passage_is_marked_too() -> None:
    [first, _] = REPORT.paragraphs(STORY.articles[1])
    assert ("The Pellow sluice would close on Monday", "reused") in [
        (p.text, p.classes) for p in first[0].pieces
    ]


def test_coverage_shows_shared_and_contested_groups_by_article() -> None:
    rows = REPORT.coverage()
    assert [(r.group.id, r.claim.id) for r in rows] == [("g1", "c1"), ("g2", "c2")]
    assert rows[0].cells == [Cell("independent", "c1"), Cell("independent", "c3")]


def test_a_copy_and_a_missing_article_in_coverage() -> None:
    groups = [g.model_copy(update={"independent": ["Marrowby Gazette"]}) for g in STORY.groups[:1]]
    story = STORY.model_copy(update={"groups": groups, "off_story": []})
    [row] = Report(story).coverage()
    assert [c.kind for c in row.cells] == ["independent", "copied", "missing"]


def test_a_second_article_of_one_outlet_counts_as_a_copy() -> None:
    articles = [a.model_copy(update={"source": "Marrowby Gazette"}) for a in STORY.articles]
    groups = [g.model_copy(update={"independent": ["Marrowby Gazette"]}) for g in STORY.groups]
    [row, _] = Report(STORY.model_copy(update={"articles": articles, "groups": groups})).coverage()
    assert [c.kind for c in row.cells] == ["independent", "copied"]


def test_quotes_by_speaker_list_reported_speech_after_quotes_and_the_unknown_speaker_last() -> None:
    assert [(name, [q.id for q in quotes]) for name, quotes in REPORT.quotes_by_speaker()] == [
        ("Orrin Velk", ["q1", "q2"]),
        ("Speaker unknown", ["q3"]),
    ]


def test_quote_versions_mark_the_differing_words() -> None:
    [versions] = REPORT.quote_versions()
    assert [(v.quote.id, v.outlet) for v in versions] == [("q1", "Marrowby Gazette"), ("q2", "Kestrel Post")]
    for v in versions:
        assert "".join(p.text for p in v.pieces) == v.quote.text
    assert [p.text for v in versions for p in v.pieces if p.classes == "diff"] == ["all", "this"]


def test_the_graph_has_a_node_per_article_in_reuse_and_an_arrow_per_link() -> None:
    nodes, arrows = REPORT.graph()
    assert [(n.article, n.outlet) for n in nodes] == [("a1", "Marrowby Gazette"), ("a2", "Kestrel Post")]
    [arrow] = arrows
    assert (arrow.width, arrow.directed, arrow.label) == (2.25, True, "25%")
    assert Report(Story(articles=STORY.articles)).graph() == ([], [])


def test_the_timeline_needs_two_dated_articles() -> None:
    assert [a.id for a in REPORT.timeline()] == ["a1", "a2"]
    one = STORY.articles[0]
    assert Report(Story(articles=[one])).timeline() == []


def test_omissions_name_the_missing_points() -> None:
    assert [(a.id, [c.id for c in claims]) for a, claims in REPORT.omissions()] == [("a3", ["c1"])]
    assert Report(Story(articles=STORY.articles)).omissions() == []


@st.composite
def marked_article(draw: st.DrawFn) -> Story:
    """An article with claims and framing marks at arbitrary, possibly overlapping places."""
    text = draw(st.text(alphabet="ab .\n", min_size=1, max_size=60))
    spans = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=6))
    spans = [(min(s), max(s)) for s in spans]
    article = Article(id="a1", path="x.txt", text=text)
    claims = [
        Claim(id=f"c{k}", article="a1", start=s, end=e, text=text[s:e]) for k, (s, e) in enumerate(spans[:3])
    ]
    framing = [
        Framing(article="a1", start=s, end=e, text=text[s:e], kind="hedge", note="n") for s, e in spans[3:]
    ]
    return Story(articles=[article], claims=claims, framing=framing)


@given(marked_article())
@settings(max_examples=100, deadline=None)  # a shared two-core machine
def test_any_marks_cut_the_text_without_losing_any(story: Story) -> None:
    [article] = story.articles
    paragraphs = Report(story).paragraphs(article)
    assert ["".join(p.text for run in runs for p in run.pieces) for runs in paragraphs] == [
        article.text[s:e] for s, e in paragraph_spans(article.text)
    ]
