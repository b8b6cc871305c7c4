"""Bytes to text: encodings, byte-order marks, and refusing what is not text.

Order, as browsers do it (WHATWG Encoding): a byte-order mark; a charset the input
declares (HTTP header or <meta>) when the bytes decode under it; UTF-8; then legacy
single-byte text. For legacy text windows-1252 is preferred when it yields plausible
Latin-script text, because the WHATWG standard decodes "latin-1" and "iso-8859-1" as
windows-1252 and because charset-normalizer, asked alone, misreads short Latin-script
texts (cp1252 news text comes back as cp1250, latin-1 French as mac_latin2: see
tests/ingest/test_decode.py). Other scripts (Cyrillic cp1251, Greek, ...) go to
charset-normalizer, which detects them well.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from newsprism.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old office document"),
)

# Aliases that WHATWG maps to windows-1252.
_AS_CP1252 = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "ascii", "us-ascii", "cp819"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_C1_OR_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# A Latin-script text has mostly ASCII letters; Cyrillic or Greek bytes read as cp1252
# come out as words made only of accented letters.
_MAX_NON_ASCII_LETTERS = 0.3
_MAX_CONTROL = 0.01


def decode(data: bytes, declared: str | None = None) -> str:
    """The text of `data`, or InputError when it is empty or not text."""
    if not data.strip():
        raise InputError("empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary file ({what}), not text")
    text = _decode(data, declared or sniff_charset(data))
    controls = len(_C1_OR_CONTROL.findall(text))
    if controls > _MAX_CONTROL * len(text):
        raise InputError("binary data, not text")
    if not text.strip():
        raise InputError("empty")
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding) or _fail(encoding)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16) or _fail(utf16)
    if b"\x00" in data:
        raise InputError("binary data (NUL bytes), not text")
    if declared:
        text = _strict(data, _whatwg(declared))
        if text is not None:
            return text
    return _strict(data, "utf-8") or _legacy(data)


def sniff_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _whatwg(label: str) -> str:
    label = label.strip().lower()
    return "cp1252" if label in _AS_CP1252 else label


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _fail(encoding: str) -> str:
    raise InputError(f"starts with a {encoding} byte-order mark but is not valid {encoding}")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 of mostly ASCII text has a NUL in every other byte."""
    head = data[:2000]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _legacy(data: bytes) -> str:
    text = _strict(data, "cp1252")
    if text is not None and _plausible_latin(text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("not text in any encoding newsprism recognises")
    return str(best)


def _plausible_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters or _C1_OR_CONTROL.search(text):
        return False
    non_ascii = sum(not c.isascii() for c in letters)
    return non_ascii <= _MAX_NON_ASCII_LETTERS * len(letters)
