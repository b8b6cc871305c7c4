"""Article text may carry bidirectional controls (U+202A-U+202E, U+2066-U+2069) that would
reverse what follows them: an outlet whose name starts with a right-to-left override
(U+202E) makes the rest of its sentence read backwards (the "Trojan Source" trick,
CVE-2021-42574). Wherever newsprism shows such text
the controls are contained: in HTML, isolated (`isolated`), in a terminal, shown escaped
with every other control character (`printable`). Story documents keep the text as it is.
"""

from __future__ import annotations

import re

# Embeddings and overrides (LRE RLE PDF LRO RLO), then isolates (LRI RLI FSI PDI).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_ISOLATE_OPENERS = "\u2066\u2067\u2068"
_FSI, _PDI = "\u2068", "\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")  # searched in C: every text a page shows passes here
# C0 and C1 controls but tab and newline (terminal escapes among them), and the bidi ones.
_UNPRINTABLE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}]")


def isolated(text: str) -> str:
    """`text` as a Unicode isolate when it holds a bidi control, so nothing in it reaches the
    text around it: first-strong isolate, the text without the isolate-closers it did not
    open (they would close ours), a closer for each isolate it left open, and ours, which
    also ends every embedding or override it left open."""
    if not _BIDI.search(text):
        return text
    kept, depth = [], 0
    for c in text:
        if c in _ISOLATE_OPENERS:
            depth += 1
        elif c == _PDI:
            if depth == 0:
                continue
            depth -= 1
        kept.append(c)
    return _FSI + "".join(kept) + _PDI * (depth + 1)


def printable(text: str) -> str:
    """`text` for a terminal: each control character but tab and newline, bidi ones included,
    written as its escape (`\\u202e`), so nothing in it moves the cursor or reorders a line."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
