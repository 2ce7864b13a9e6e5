"""Language registry: look a language up by its code, or guess it from a question.

Languages are loaded lazily so that importing ``bot.lang`` stays cheap.
"""

from __future__ import annotations

import importlib
import re
from functools import cache

from bot.lang.base import Language

CODES = ("ar", "pt")
_ATTRIBUTE = {"ar": "ARABIC", "pt": "PORTUGUESE"}


class UnknownLanguage(LookupError):
    """Raised for a language code Sanad has no analysis for."""

    code = "unknown_language"


@cache
def get(code: str) -> Language:
    """The :class:`Language` for ``code`` ("ar" or "pt")."""
    if code not in _ATTRIBUTE:
        raise UnknownLanguage(f"unsupported language {code!r}; expected one of {CODES}")
    module = importlib.import_module(f"bot.lang.{code}")
    return getattr(module, _ATTRIBUTE[code])


def detect(text: str, default: str | None = None) -> str | None:
    """Guess the language of ``text`` from the script of its words.

    Words are counted, not letters, so that Latin names inside an Arabic question ("متى هاجم
    Lazarus Group منصة Bybit؟") do not outvote it: Arabic wins with at least a third of the
    words. Text with letters of neither script (emoji, digits, Cyrillic) returns ``default``.
    """
    arabic = latin = 0
    for word in _WORD.findall(text):
        if any(_is_arabic_letter(ch) for ch in word):
            arabic += 1
        elif any(_is_latin_letter(ch) for ch in word):
            latin += 1
    if arabic == latin == 0:
        return default
    return "ar" if arabic * 2 >= latin else "pt"


_WORD = re.compile(r"\w+")

# English function words that are not Portuguese words: a question made of them is English,
# a language Sanad does not answer in (it says so, in Arabic and Portuguese). Compiled for Sanad.
ENGLISH_HINTS = frozenset(
    """
    the what how much many was were is are who where when why which did does of and
    stolen about with from this that there their they have has been it its
    """.split()
)


def looks_english(text: str) -> bool:
    """Whether Latin-script ``text`` reads as English rather than Portuguese."""
    words = [w.lower() for w in _WORD.findall(text) if any(_is_latin_letter(c) for c in w)]
    hits = sum(w in ENGLISH_HINTS for w in words)
    return len(words) > 0 and hits >= 2 and hits * 2 >= len(words)


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f")


def _is_arabic_letter(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc"


__all__ = ["CODES", "Language", "UnknownLanguage", "detect", "get", "looks_english"]
