"""HTML pages to main text, metadata and what the page shows besides, on pages the tests write."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.clean.html import Meta, extract_page, page_lines
from newsprism.errors import InputError
from newsprism.model import Document

BODY = [
    "Engineers from the Kestrel Waterways Trust closed the Pellow sluice at Dunhaven on Tuesday "
    "after water rose above the old stone sill for the second time this winter.",
    "Orrin Velk, who leads the trust's repair crew, said the gates would stay shut until the "
    "river fell and a surveyor could check the hinges for cracks and loose bolts.",
    "Boat owners moored above the sluice were told to expect at least a week of closure, and "
    "the towpath between the lock and the mill bridge was fenced off for safety.",
]


def page(body: list[str] = BODY, extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html><html><head>
<title>Sluice closed at Dunhaven | Marrowby Gazette</title>
<meta property="og:site_name" content="Marrowby Gazette">
<meta name="author" content="Tamsin Orr">
<meta property="article:published_time" content="2025-02-11T08:30:00+00:00">
<script>var tracker = "do not show";</script><style>p {{ color: red; }}</style>
</head><body>
<nav><ul><li>Home</li><li>Weather</li></ul></nav>
<article><h1>Sluice closed at Dunhaven</h1>{paragraphs}</article>
<footer><p>Subscribe to our newsletter</p></footer>{extra}
</body></html>"""


def doc(html: str, url: str | None = "https://gazette.example/sluice") -> Document:
    return Document(input="page.html", content=html, format="html", url=url)


def test_a_page_gives_its_article_lines_and_metadata() -> None:
    found = extract_page(doc(page()))
    assert [line for line in found.lines if line in BODY] == BODY
    assert not {"Home", "Subscribe to our newsletter"} & set(found.lines)
    assert found.meta.author == "Tamsin Orr"
    assert found.meta.published is not None
    assert found.meta.published.startswith("2025-02-11")
    assert found.meta.source == "Marrowby Gazette"
    assert found.meta.title is not None
    assert "Sluice closed at Dunhaven" in found.meta.title


def test_what_the_page_shows_outside_the_article_is_listed_once() -> None:
    found = extract_page(doc(page(extra="<aside>Subscribe to our newsletter</aside>")))
    assert "Subscribe to our newsletter" in found.outside
    assert "Home" in found.outside
    assert len(found.outside) == len(set(found.outside))
    assert not set(BODY) & set(found.outside)
    assert not any("tracker" in line or "color" in line for line in found.outside)
    assert extract_page(doc(page()), outside=False).outside == []


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<html><head><title>Sluice</title></head><body><script>x = 1</script></body></html>",
        "<html><body><style>p { color: red; }</style><noscript>   </noscript></body></html>",
        "",
    ],
    ids=["empty-body", "only-script", "only-style", "empty"],
)
def test_a_page_with_no_article_is_an_input_error(html: str) -> None:
    with pytest.raises(InputError, match="no article text"):
        extract_page(doc(html))


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>One</p><p>Two</p>", ["One", "Two"]),
        ("<div>Gate<br>shut</div>", ["Gate", "shut"]),
        ("<p>The <b>gate</b> is <i>shut</i>.</p>", ["The gate is shut."]),
        ("<ul><li>Home</li><li>News</li></ul>", ["Home", "News"]),
        ("<p>Kept</p><script>hidden()</script><style>.x{}</style><noscript>no</noscript>", ["Kept"]),
        ("<head><title>Tab</title></head><body><p>Body</p></body>", ["Body"]),
        ("<svg><text>Chart</text></svg><template><p>Later</p></template><p>Shown</p>", ["Shown"]),
        ("", []),
        ("   ", []),
    ],
    ids=["paragraphs", "line-break", "inline-tags", "list", "invisible", "head", "svg-template", "empty",
         "blank"],
)  # fmt: skip
def test_page_lines_are_the_visible_blocks(html: str, expected: list[str]) -> None:
    assert page_lines(html) == expected


TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<br>", "<li>", "<script>", "</script>", "<b>", "</b>"]
)
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)


@given(st.lists(st.one_of(TEXT, TAGS), max_size=12).map("".join))
@settings(max_examples=100, deadline=None)  # the first call imports lxml
def test_page_lines_of_any_markup_are_stripped_lines(html: str) -> None:
    for line in page_lines(html):
        assert line == line.strip()
        assert line
        assert "\n" not in line


@pytest.mark.parametrize(
    "character", ["\x0c", "\x01", "&#xb;"], ids=["form-feed", "start-of-heading", "entity"]
)
def test_a_control_character_in_the_text_leaves_the_article_readable(character: str) -> None:
    body = [BODY[0].replace("Waterways ", f"Waterways{character} ", 1), *BODY[1:]]
    found = extract_page(doc(page(body)))
    assert BODY[1] in found.lines


@pytest.mark.parametrize(
    ("mine", "theirs", "expected"),
    [
        (Meta(title="A"), Meta(title="B", author="C"), Meta(title="A", author="C")),
        (Meta(), Meta(source="Gazette", url="u"), Meta(source="Gazette", url="u")),
        (Meta(published="2031-02-11"), Meta(), Meta(published="2031-02-11")),
        (Meta(title=""), Meta(title="B"), Meta(title="B")),
    ],
)
def test_metadata_over_other_metadata_fills_what_it_lacks(mine: Meta, theirs: Meta, expected: Meta) -> None:
    assert mine.over(theirs) == expected
