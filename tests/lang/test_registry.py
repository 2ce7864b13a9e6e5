"""The language registry: look-up by code and script-based detection."""

from __future__ import annotations

import pytest

from bot.lang import CODES, Language, UnknownLanguage, detect, get


@pytest.mark.parametrize("code", CODES)
def test_get_returns_the_language_for_its_code(code):
    language = get(code)
    assert isinstance(language, Language)
    assert language.code == code


@pytest.mark.parametrize("code", CODES)
def test_get_returns_the_same_object_each_time(code):
    assert get(code) is get(code)


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("es", id="other-language"),
        pytest.param("", id="empty"),
        pytest.param("arabic", id="name-not-code"),
        pytest.param("pt-BR", id="region-tag"),
    ],
)
def test_unknown_code_raises(code):
    with pytest.raises(UnknownLanguage) as info:
        get(code)
    assert repr(code) in str(info.value)


def test_unknown_language_is_a_lookup_error_with_a_code():
    assert issubclass(UnknownLanguage, LookupError)
    assert UnknownLanguage.code == "unknown_language"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("كم سرق القراصنة؟", "ar", id="arabic"),
        pytest.param("قديش المبلغ اللي انسرق", "ar", id="colloquial-arabic"),
        pytest.param("أَيْنَ عُقِدَ الاجْتِمَاعُ؟", "ar", id="vowelled-arabic"),
        pytest.param("Quanto os hackers roubaram?", "pt", id="portuguese"),
        pytest.param("Onde foi a reunião? Na terça-feira?", "pt", id="portuguese-accents"),
        pytest.param("onde foi a reuniao", "pt", id="portuguese-no-accents"),
        pytest.param("ÇÃO É", "pt", id="accented-capitals-only"),
        pytest.param("ما هو Bybit؟", "ar", id="arabic-with-latin-name"),
        pytest.param("متى هاجم Lazarus Group منصة Bybit؟", "ar", id="arabic-with-long-latin-names"),
        pytest.param("Quem é o diretor da بايبت?", "pt", id="portuguese-with-arabic-name"),
        pytest.param("2024 سرقوا", "ar", id="arabic-with-digits"),
    ],
)
def test_detect(text, expected):
    assert detect(text, default="xx") == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   ", id="spaces"),
        pytest.param("😀🎉👍", id="emoji"),
        pytest.param("2024 1,7 100%", id="digits"),
        pytest.param("?!...", id="punctuation"),
        pytest.param("Привет мир", id="cyrillic"),
    ],
)
@pytest.mark.parametrize("default", ["pt", "ar", None])
def test_detect_falls_back_to_default_without_letters_of_either_script(text, default):
    assert detect(text, default) == default


@pytest.mark.parametrize("code", CODES)
def test_tokens_of_empty_text(code):
    assert get(code).tokens("") == []
