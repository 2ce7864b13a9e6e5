"""Language registry: look a language up by its code, or guess it from a question.

Languages are loaded lazily so that importing ``bot.lang`` stays cheap.
"""

from __future__ import annotations

import importlib
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
    """Guess the language of ``text`` from its script.

    Arabic script means Arabic; Latin script means Portuguese (with or without accents). Text in
    neither script (emoji, digits only, Cyrillic, ...) returns ``default``.
    """
    arabic = latin = 0
    for ch in text:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc":
            arabic += 1
        elif (ch.isalpha() and ch.isascii()) or "\u00c0" <= ch <= "\u024f":
            latin += 1
    if arabic == latin == 0:
        return default
    return "ar" if arabic >= latin else "pt"


__all__ = ["CODES", "Language", "UnknownLanguage", "detect", "get"]
