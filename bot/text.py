"""Splitting article text into paragraphs and sentences, keeping character offsets.

Offsets always index the article body exactly as stored, so a citation can be checked with
``body[start:end] == text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A sentence ends at . ! ? ؟ … (possibly followed by closing quotes/brackets) and whitespace.
# A full stop between digits ("1.7") is no boundary because whitespace must follow it.
_BOUNDARY = re.compile(r"""(?<=[.!?؟…])[”"’'»)\]]*\s+""")
# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    "sr sra srs dr dra drs prof profa eng arq av etc ex fig pág pag p pp vol cap art nº n "
    "no tel ltda cia jr st mr mrs ms vs dept gov min séc sec a.c d.c".split()
)
# Headings are short lines that end without sentence punctuation.
_HEADING_MAX_WORDS = 14
_END_PUNCT = tuple(".!?؟…:;\"”»')")


def paragraphs(body: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line of ``body``, with surrounding spaces trimmed."""
    pos = 0
    for line in body.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            yield start, start + len(stripped)
        pos += len(line)


def sentences(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, shifted by ``offset``."""
    start = _skip_space(text, 0)
    for match in _BOUNDARY.finditer(text):
        end = match.start()
        if end <= start or _ends_with_abbreviation(text[start:end]):
            continue
        yield offset + start, offset + _trim_end(text, start, match.end())
        start = match.end()
    end = _trim_end(text, start, len(text))
    if end > start:
        yield offset + start, offset + end


def is_heading(text: str) -> bool:
    """A short line without closing punctuation reads as a heading, not a statement."""
    stripped = text.strip()
    return not stripped.endswith(_END_PUNCT) and len(stripped.split()) <= _HEADING_MAX_WORDS


def _ends_with_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip(".").split()
    if not (words and chunk.endswith(".")):
        return False
    # A lone capital is an initial or Portuguese "D." (Dom, Dona): "pela Rainha D. Maria I",
    # "J. K. Rowling". A sentence ending in one ("a vitamina C.") is rarer than a name; I, V
    # and X end regnal names ("D. Pedro I."), so they may end a sentence.
    last = words[-1]
    initial = len(last) == 1 and last.isupper() and last.isascii() and last not in "IVX"
    return last.lower() in ABBREVIATIONS or initial


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
