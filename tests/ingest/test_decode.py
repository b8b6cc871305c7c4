from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprism.errors import InputError
from newsprism.ingest.decode import charset_of, decode

ENGLISH = "The mayor’s “plan” costs €4 million — critics call it naïve, reports say."
FRENCH = "Le café était fermé à Zürich, où l'équipe a dîné. Señor Muñoz a déclaré."
RUSSIAN = "Президент заявил, что город будет защищаться до конца."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ENGLISH.encode("utf-8"), ENGLISH),
        (b"\xef\xbb\xbf" + ENGLISH.encode("utf-8"), ENGLISH),
        (ENGLISH.encode("utf-16"), ENGLISH),
        (b"\xfe\xff" + ENGLISH.encode("utf-16-be"), ENGLISH),
        ("Plain English text about a council vote.".encode("utf-16-le"), "Plain English text about a council vote."),
        ("Plain English text about a council vote.".encode("utf-16-be"), "Plain English text about a council vote."),
        (ENGLISH.encode("cp1252"), ENGLISH),
        (FRENCH.encode("latin-1"), FRENCH),
        (FRENCH.encode("cp1252"), FRENCH),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (RUSSIAN.encode("utf-8"), RUSSIAN),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom",
         "cp1252", "latin1", "cp1252-french", "cp1251", "utf8-cyrillic"],
)  # fmt: skip
def test_encodings_are_detected(data: bytes, expected: str) -> None:
    assert decode(data) == expected


def test_a_declared_charset_is_honoured() -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body>{RUSSIAN}</body></html>'
    assert RUSSIAN in decode(page.encode("cp1251"))


def test_a_declared_latin1_is_read_as_windows_1252() -> None:
    assert decode("“quoted” — text".encode("cp1252"), declared="iso-8859-1") == "“quoted” — text"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"text with a \x00 NUL byte and more text after it to be long", "binary"),
        (bytes(range(256)) * 4, "binary"),
    ],
    ids=["empty", "blank", "pdf", "png", "jpeg", "zip", "nul", "all-bytes"],
)
def test_what_is_not_text_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode(data)


def test_random_bytes_are_refused() -> None:
    with pytest.raises(InputError):
        decode(os.urandom(4096))


@given(st.binary(max_size=2000))
def test_any_bytes_give_text_or_a_clear_error(data: bytes) -> None:
    reason = None
    try:
        text = decode(data)
    except InputError as exc:
        reason = exc.reason
    if reason is None:
        assert text.strip()
    else:
        assert reason.strip()


@pytest.mark.parametrize(
    ("header", "charset"),
    [
        ("text/html; charset=ISO-8859-1", "ISO-8859-1"),
        ('text/html;charset="utf-8"', "utf-8"),
        ("text/html", None),
        (None, None),
    ],
)
def test_charset_of_a_content_type(header: str | None, charset: str | None) -> None:
    assert charset_of(header) == charset
