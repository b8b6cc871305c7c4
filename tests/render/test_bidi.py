"""Bidirectional controls from article text are contained: isolated in HTML, escaped in a terminal."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.model import Article, InputReport, Story
from newsprism.render.bidi import BIDI_CONTROLS, isolated, printable
from newsprism.render.html import render_html
from newsprism.render.terminal import problem_lines

RLO, PDF, LRI, PDI, FSI = "\u202e", "\u202c", "\u2066", "\u2069", "\u2068"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Harbour Daily", "Harbour Daily"),
        (f"{RLO}Wire", f"{FSI}{RLO}Wire{PDI}"),
        (f"{PDI}{RLO}Wire", f"{FSI}{RLO}Wire{PDI}"),  # a closer it did not open would close ours
        (f"{LRI}a{PDI}{RLO}b", f"{FSI}{LRI}a{PDI}{RLO}b{PDI}"),
        (f"{RLO}x{PDF}", f"{FSI}{RLO}x{PDF}{PDI}"),
        (f"{LRI}left open", f"{FSI}{LRI}left open{PDI}{PDI}"),
    ],
)
def test_text_with_a_bidi_control_becomes_an_isolate(text: str, shown: str) -> None:
    assert isolated(text) == shown


@given(st.text(alphabet=st.sampled_from([*BIDI_CONTROLS, "a", "ب", " "])))
def test_an_isolate_never_closes_what_it_did_not_open(text: str) -> None:
    depth = 0
    for c in isolated(text):
        depth += c in "\u2066\u2067\u2068"
        depth -= c == PDI
        assert depth >= 0
    assert depth == 0
    assert [c for c in isolated(text) if c not in BIDI_CONTROLS] == [
        c for c in text if c not in BIDI_CONTROLS
    ]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"{RLO}Wire", "\\u202eWire"),
        ("red \x1b[31mtext\x1b[0m", "red \\u001b[31mtext\\u001b[0m"),
        ("tab\tand\nnewline kept", "tab\tand\nnewline kept"),
        ("bell\x07 and C1 \x9b", "bell\\u0007 and C1 \\u009b"),
    ],
)
def test_a_terminal_sees_controls_escaped(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_the_report_isolates_an_outlet_name_and_the_terminal_escapes_it() -> None:
    text = "The pier reopened on Monday after repairs that took three weeks."
    story = Story(articles=[Article(id="a1", path="p.txt", source=f"{RLO}Wire", title="Pier", text=text)])
    assert f"{FSI}{RLO}Wire{PDI}" in render_html(story)
    assert RLO not in render_html(story).replace(f"{FSI}{RLO}Wire{PDI}", "")
    [line] = problem_lines([InputReport(input=f"{RLO}a.txt", status="failed", reason="empty")])
    assert line == "failed: \\u202ea.txt: empty"
