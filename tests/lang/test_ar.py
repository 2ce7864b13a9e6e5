"""Arabic analysis: normalisation, light stemming, variants, verb shapes and tokens."""

from __future__ import annotations

import pytest

from bot.lang import get
from bot.lang.ar.analysis import normalise, stem

AR = get("ar")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("أَصْلًا", "اصلا", id="harakat-tanween-and-hamza-alef"),
        pytest.param("مُدَرِّسَةٌ", "مدرسه", id="shadda-and-taa-marbuta"),
        pytest.param("عـــربي", "عربي", id="tatweel"),
        pytest.param("إسلام", "اسلام", id="alef-hamza-below"),
        pytest.param("آمن", "امن", id="alef-madda"),
        pytest.param("ٱلكتاب", "الكتاب", id="alef-wasla"),
        pytest.param("مستشفى", "مستشفي", id="alef-maksura"),
        pytest.param("مدرسة", "مدرسه", id="taa-marbuta"),
        pytest.param("١٫٧", "1.7", id="arabic-indic-decimal"),
        pytest.param("٢٠٢٥", "2025", id="arabic-indic-year"),
        pytest.param("۱۲", "12", id="persian-digits"),
        pytest.param("١٬٠٠٠", "1,000", id="arabic-thousands-separator"),
        pytest.param("سرقوا", "سرقو", id="silent-alef-of-verb-plural"),
        pytest.param("كتبوا التقرير", "كتبو التقرير", id="silent-alef-before-another-word"),
        pytest.param("قواعد", "قواعد", id="waw-alef-inside-word-kept"),
        pytest.param("Bybit", "bybit", id="latin-lower-cased"),
        pytest.param("سيول", "سيول", id="already-normal"),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "mark",
    [
        pytest.param("\u200b", id="zero-width-space"),
        pytest.param("\u200c", id="zero-width-non-joiner"),
        pytest.param("\u200d", id="zero-width-joiner"),
        pytest.param("\u200e", id="left-to-right-mark"),
        pytest.param("\u200f", id="right-to-left-mark"),
        pytest.param("\u202b", id="right-to-left-embedding"),
        pytest.param("\u202c", id="pop-directional-formatting"),
        pytest.param("\u2067", id="right-to-left-isolate"),
        pytest.param("\u2069", id="pop-directional-isolate"),
        pytest.param("\u061c", id="arabic-letter-mark"),
        pytest.param("\u2060", id="word-joiner"),
        pytest.param("\ufeff", id="zero-width-no-break-space"),
    ],
)
def test_normalise_removes_invisible_marks(mark):
    assert normalise(f"{mark}سي{mark}ول{mark}") == "سيول"


@pytest.mark.parametrize(
    "text",
    ["أَصْلًا عـــربي", "سرقوا ١٫٧ مليار دولار", "القراصنة", "Bybit و“وازير إكس”"],
)
def test_normalise_is_idempotent(text):
    assert normalise(normalise(text)) == normalise(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("سرقوا", "سرقو", id="verb-plural-with-and-without-alef"),
        pytest.param("سرقوا", "سرق", id="verb-plural-and-singular"),
        pytest.param("القراصنة", "قراصنة", id="definite-article"),
        pytest.param("والقراصنة", "القراصنة", id="wa-al-prefix"),
        pytest.param("بالعملات", "العملات", id="bi-al-prefix"),
        pytest.param("للأمن", "الأمن", id="lil-prefix"),
        pytest.param("الاجتماع", "اجتماع", id="al-prefix"),
        pytest.param("الرقمية", "رقمية", id="feminine-adjective"),
        pytest.param("المشاورات", "مشاورات", id="feminine-plural"),
        pytest.param("الإلكترونية", "الالكترونيه", id="hamza-and-taa-marbuta-spellings"),
    ],
)
def test_stem_conflates_forms_retrieval_must_match(a, b):
    assert AR.stem(normalise(a)) == AR.stem(normalise(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("مكتبة", "كتاب", id="library-vs-book"),
        pytest.param("كاتب", "كتاب", id="writer-vs-book"),
    ],
)
def test_light_stem_keeps_word_patterns_apart(a, b):
    """Light stemming is not root extraction: words sharing only a root stay distinct."""
    assert AR.stem(normalise(a)) != AR.stem(normalise(b))


@pytest.mark.parametrize(
    "word",
    ["وال", "الي", "بها", "ون", "والقراصنة", "المشاورات", "بالعملات", "ويهدف", "سرقوا"],
)
def test_stem_leaves_at_least_two_letters(word):
    assert len(stem(normalise(word))) >= 2


@pytest.mark.parametrize(
    "word",
    [
        pytest.param("1.7", id="number"),
        pytest.param("2025", id="year"),
        pytest.param("bybit", id="latin-word"),
        pytest.param("في", id="two-letter-word"),
    ],
)
def test_stem_keeps_numbers_latin_and_short_words(word):
    assert AR.stem(word) == word


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("بيسرقو", "سرق", id="colloquial-b-present"),
        pytest.param("انسرق", "سرق", id="passive-in-form"),
        pytest.param("بيستخدموها", "يستخدم", id="b-present-with-object"),
    ],
)
def test_variants_reach_the_text_form(word, expected):
    assert expected in AR.variants(normalise(word))


@pytest.mark.parametrize("word", ["بيسرقو", "انسرق", "بيستخدموها", "يتعاونو"])
def test_variants_exclude_the_word_itself_and_fragments(word):
    variants = AR.variants(word)
    assert word not in variants
    assert all(len(v) >= 3 for v in variants)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("بيسرقو", True, id="colloquial-b-present"),
        pytest.param("يتعاونو", True, id="y-present-plural"),
        pytest.param("قالو", True, id="past-plural"),
        pytest.param("كشفت", True, id="past-feminine"),
        pytest.param("ذكروها", True, id="past-plural-with-object-pronoun"),
        pytest.param("شافوه", True, id="past-plural-with-his"),
        pytest.param("وجوه", False, id="short-noun-ending-like-it"),
        pytest.param("الاجتماع", False, id="definite-noun"),
        pytest.param("العملات", False, id="definite-plural-noun"),
        pytest.param("منصات", False, id="feminine-plural-noun"),
        pytest.param("مليار", False, id="number-word"),
        pytest.param("نشاط", False, id="noun-starting-with-nun"),
        pytest.param("bybit", False, id="latin-word"),
        pytest.param("قد", False, id="too-short"),
    ],
)
def test_verb_like(word, expected):
    assert AR.verb_like(normalise(word)) is expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قَرَاصِنَةُ كوريا الشَّمَالِيَّةِ سَرَقُوا", id="full-vowelling"),
        pytest.param("كوريا-الشمالية و“بايبت”", id="hyphen-and-quotes"),
        pytest.param("بقيمة ١٫٧ مليار دولار، في عامي 2024 و2025.", id="digits-and-punctuation"),
        pytest.param("عـــربي\u200fسيول", id="tatweel-and-bidi-mark"),
    ],
)
def test_tokens_keep_offsets_into_the_original(text):
    tokens = AR.tokens(text)
    assert tokens
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.norm == normalise(token.text)
        assert token.stem == AR.stem(token.norm)


def test_vowelled_word_is_one_token():
    text = "قَرَاصِنَةُ"
    (token,) = AR.tokens(text)
    assert (token.start, token.end, token.norm) == (0, len(text), "قراصنه")


def test_hyphen_separates_tokens():
    assert [t.text for t in AR.tokens("كوريا-الشمالية")] == ["كوريا", "الشمالية"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("١٫٧ مليار", "1.7", id="arabic-indic-decimal"),
        pytest.param("1.7 مليار", "1.7", id="ascii-decimal"),
        pytest.param("قيمة 1.7.", "1.7", id="sentence-final-stop-not-in-number"),
    ],
)
def test_numbers_are_single_tokens(text, expected):
    numbers = [t for t in AR.tokens(text) if t.is_number]
    assert [t.norm for t in numbers] == [expected]


@pytest.mark.parametrize(
    ("word", "weak"),
    [
        pytest.param("المشهوره", True, id="famous-adds-little"),
        pytest.param("الرئيسية", True, id="main-adds-little"),
        pytest.param("بالضبط", True, id="exactly-adds-little"),
        pytest.param("هلق", True, id="now-adds-little"),
        pytest.param("حالياً", True, id="currently-adds-little"),
        pytest.param("مجموعة", False, id="a-noun-is-content"),
    ],
)
def test_praising_adjectives_are_weak(word, weak):
    from bot.lang import get

    ar = get("ar")
    assert ar.is_weak(ar.normalise(word)) is weak


@pytest.mark.parametrize(
    ("word", "form"),
    [
        pytest.param("ويهدف", "يهدف", id="and"),
        pytest.param("فأين", "أين", id="so-where"),
        pytest.param("وبعد", "بعد", id="and-after"),
    ],
)
def test_unglued_drops_a_joined_conjunction_or_preposition(word, form):
    assert AR.normalise(form) in AR.unglued(AR.normalise(word))


def test_unglued_keeps_the_word_itself_first():
    assert AR.unglued("سيول")[0] == "سيول"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("مؤسس", "مؤسسة", False, id="founder-and-institution-apart"),
        pytest.param("عمل", "العملات", False, id="work-and-currencies-apart"),
        pytest.param("للشركات", "الشركات", True, id="article-and-preposition-together"),
        pytest.param("سرق", "السارق", False, id="only-the-feminine-mark-is-added"),
    ],
)
def test_synonym_key_keeps_words_the_stemmer_joins_apart(a, b, same):
    key = AR.synonym_key
    assert (key(AR.normalise(a)) == key(AR.normalise(b))) is same
    assert AR.stem(AR.normalise(a)) == AR.stem(AR.normalise(b)) or not same


@pytest.mark.parametrize(
    ("adjective", "place"),
    [
        pytest.param("الأمريكية", "امريكا", id="feminine"),
        pytest.param("الكوري", "كوريا", id="masculine"),
        pytest.param("الكوريين", "كوريا", id="plural"),
    ],
)
def test_place_names_of_a_nationality(adjective, place):
    assert place in AR.place_names(AR.normalise(adjective))


def test_place_names_of_a_plain_noun_are_none():
    assert AR.place_names(AR.normalise("اجتماع")) == ()


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        pytest.param("الشركه", True, id="article"),
        pytest.param("للدول", True, id="preposition-and-article"),
        pytest.param("بكراكن", True, id="glued-preposition"),
        pytest.param("بيسرقو", False, id="colloquial-present"),
        pytest.param("قدم", False, id="bare-past-verb"),
    ],
)
def test_noun_like_tells_a_noun_phrase_from_a_verb_after_a_relative(word, noun):
    assert AR.noun_like(word) is noun


@pytest.mark.parametrize("word", ["يسمى", "يلقب", "يطلق"])
def test_naming_verbs_are_weak(word):
    # "بماذا يسمى X" is answered by "يعرف X بـ ..." as well: the verb proves little
    assert AR.is_weak(normalise(word))
