from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

import newsprism
from newsprism.model import (
    Article,
    BriefItem,
    Claim,
    Entity,
    Group,
    Mention,
    Quote,
    Story,
    Words,
    json_schema_text,
    outlet_names,
)
from tests.helpers import ROOT, assert_valid_story

TEXT = 'Mayor Ida Brandt said "we will rebuild" on Monday.'


def story(**findings: object) -> Story:
    return Story(articles=[Article(id="a1", path="x.txt", text=TEXT)], **findings)  # type: ignore[arg-type]


def test_schema_file_matches_the_model() -> None:
    kept = (ROOT / "schema" / "story.schema.json").read_text()
    assert kept == json_schema_text(), "run `newsprism schema schema/story.schema.json`"


def test_public_api_is_pinned() -> None:
    assert sorted(newsprism.__all__) == sorted(
        [
            "Article", "DocumentError", "InputError", "InputReport", "MissingExtra",
            "NewsprismError", "NoUsableInput", "Settings", "SettingsError", "Store", "StoreError", "Story",
            "__version__", "analyze", "load", "make_settings",
        ]
    )  # fmt: skip


def test_valid_findings_are_accepted_and_round_trip() -> None:
    start = TEXT.index("we will")
    s = story(
        entities=[
            Entity(
                id="e1", name="Ida Brandt", type="PERSON", mentions=[Mention(article="a1", start=6, end=16)]
            )
        ],
        quotes=[
            Quote(id="q1", article="a1", start=start, end=start + 15, text="we will rebuild", speaker="e1")
        ],
    )
    assert Story.from_json(s.to_json()) == s
    assert_valid_story(s.to_json())


@pytest.mark.parametrize(
    "findings",
    [
        {"quotes": [Quote(id="q1", article="a1", start=0, end=5, text="Ida B")]},
        {"quotes": [Quote(id="q1", article="a9", start=0, end=5, text="Mayor")]},
        {"claims": [Claim(id="c1", article="a1", start=5, end=2, text="")]},
        {"quotes": [Quote(id="q1", article="a1", start=0, end=5, text="Mayor", speaker="e404")]},
        {"entities": [Entity(id="e1", name="x", type="ORG", mentions=[Mention(article="a1", start=3, end=999)])]},
        {"groups": [Group(id="g1", claims=["c404"], status="single_source")]},
        {"brief": [BriefItem(text="Something.", cites=["c404"])]},
        {"off_story": ["a404"]},
        {"quotes": [Quote(id="q1", article="a1", start=0, end=5, text="Mayor", cue=Words(start=0, end=3, text="Mai"))]},
    ],
    ids=["text-differs", "unknown-article", "reversed", "unknown-speaker", "mention-outside",
         "unknown-claim-in-group", "brief-cites-nothing-real", "unknown-off-story", "cue-not-its-span"],
)  # fmt: skip
def test_inconsistent_documents_are_refused(findings: dict[str, object]) -> None:
    with pytest.raises(ValidationError, match="inconsistent story document"):
        story(**findings)


def test_a_brief_item_must_cite_something() -> None:
    with pytest.raises(ValidationError):
        BriefItem(text="Unsupported.", cites=[])


def test_unknown_fields_are_refused_on_load() -> None:
    data = story().model_dump(by_alias=True)
    data["articles"][0]["colour"] = "red"
    with pytest.raises(ValidationError):
        Story.model_validate(data)


@given(
    text=st.text(min_size=1, max_size=200),
    cuts=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=5),
)
def test_any_span_of_the_text_is_a_valid_quote_and_round_trips(
    text: str, cuts: list[tuple[int, int]]
) -> None:
    quotes = []
    for i, (a, b) in enumerate(cuts):
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        quotes.append(Quote(id=f"q{i}", article="a1", start=start, end=end, text=text[start:end]))
    s = Story(articles=[Article(id="a1", path="p", text=text)], quotes=quotes)
    assert Story.from_json(s.to_json()) == s


@given(text=st.text(min_size=2, max_size=100), shift=st.integers(1, 5))
def test_a_span_that_does_not_match_is_always_refused(text: str, shift: int) -> None:
    wrong = text[0] + chr((ord(text[1]) + shift) % 0x110000)
    with pytest.raises(ValidationError):
        Story(
            articles=[Article(id="a1", path="p", text=text)],
            quotes=[Quote(id="q", article="a1", start=0, end=2, text=wrong)],
        )


@pytest.mark.parametrize(
    ("fields", "outlet"),
    [
        ({"source": "Velk Wire", "url": "https://news.example/a", "path": "a.html"}, "Velk Wire"),
        ({"url": "https://news.example/a", "path": "a.html"}, "news.example"),
        ({"path": "/tmp/in/04_letter.txt"}, "unknown outlet (a1)"),
        ({"path": ""}, "unknown outlet (a1)"),
    ],
)
def test_an_outlet_is_its_source_its_host_or_unknown(fields: dict[str, str], outlet: str) -> None:
    article = Article(id="a1", text="Text.", **fields)
    assert outlet_names([article]) == {"a1": outlet}


def test_every_property_of_the_story_schema_says_what_it_is() -> None:
    schema = json.loads((ROOT / "schema" / "story.schema.json").read_text())
    records = {"Story": schema, **schema["$defs"]}
    undescribed = [
        f"{name}.{field}"
        for name, record in records.items()
        for field, spec in record.get("properties", {}).items()
        if not spec.get("description")
    ]
    assert undescribed == []
    assert all(record.get("description") for record in records.values() if "properties" in record)


def test_a_story_is_navigated_by_its_ids() -> None:
    from tests.render.stories import small_story

    story = small_story()
    assert story.article("a2").source == "Kestrel Post"
    assert story.claim("c3").article == "a2"
    assert [c.id for c in story.claims_in(story.group("g1"))] == ["c1", "c3"]
    assert story.group_of("c4") == story.group("g2")
    assert story.group_of("nope") is None
    assert [c.id for c in story.claims_of("a1")] == ["c1", "c2"]
    assert [q.id for q in story.quotes_of("a1")] == ["q1", "q3"]
    assert story.speaker(story.quote("q1")) == story.entity("e1")
    assert story.speaker(story.quote("q3")) is None
    assert [c.id for c in story.sides(story.contradictions[0])] == ["c2", "c4"]
    assert (story.outlet("a1"), story.outlet("a3")) == ("Marrowby Gazette", "depot.example")
    for find in (story.article, story.claim, story.quote, story.entity, story.group):
        with pytest.raises(KeyError):
            find("x9")
