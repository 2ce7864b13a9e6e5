"""Cleaning visitor text before it reaches the engine or the database."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
# Categories removed: controls (Cc), format characters (Cf: bidi overrides and isolates
# U+202A-202E and U+2066-2069, zero-width U+200B-200F, U+FEFF, ...), lone surrogates (Cs),
# private use (Co) and unassigned code points (Cn).
_DROP = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def clean(text: str) -> str:
    """``text`` without invisible or control characters, with runs of space collapsed.

    Line breaks and tabs become spaces; emoji and every visible character stay.
    """
    out = []
    for ch in text:
        if ch in "\t\n\r\v\f\x85\u2028\u2029":
            out.append(" ")
        elif unicodedata.category(ch) not in _DROP:
            out.append(ch)
    return _SPACE.sub(" ", "".join(out)).strip()
