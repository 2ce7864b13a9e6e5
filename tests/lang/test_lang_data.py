"""Well-formedness of the language data in bot/lang/<code>/ (word lists and mappings)."""

from __future__ import annotations

import importlib
import re
from types import SimpleNamespace

import pytest

from bot.lang import get
from bot.lang.base import ANSWER_TYPES

CODES = ("ar", "pt")
MODULES = ("stop_words", "question_words", "numbers", "dates", "synonyms", "places")
WORD = re.compile(r"^\w+$")


def data(code: str) -> SimpleNamespace:
    """Every public constant of the language's data modules, in one namespace."""
    ns = SimpleNamespace()
    for name in MODULES:
        module = importlib.import_module(f"bot.lang.{code}.{name}")
        for attr, value in vars(module).items():
            if attr.isupper():
                setattr(ns, attr, value)
    return ns


def folded(code: str, words) -> set[str]:
    """Words folded the way the language folds text (multi-word entries word by word)."""
    normalise = get(code).normalise
    return {" ".join(normalise(w) for w in word.split()) for word in words}


@pytest.mark.parametrize("code", CODES)
def test_answer_types_are_known(code):
    d = data(code)
    for table in (d.QUESTION_WORDS, d.CUE_WORDS):
        unknown = {k: v for k, v in table.items() if v not in ANSWER_TYPES}
        assert not unknown


@pytest.mark.parametrize("code", CODES)
def test_spelling_variants_agree_on_answer_type(code):
    """Keys that fold to the same form ("إيه"/"ايه", "porquê"/"porque") must not disagree."""
    normalise = get(code).normalise
    d = data(code)
    for table in (d.QUESTION_WORDS, d.CUE_WORDS, d.NUMBER_WORDS, d.WEEKDAYS, d.MONTHS):
        seen: dict[str, tuple[str, object]] = {}
        for key, value in table.items():
            norm = " ".join(normalise(w) for w in key.split())
            if norm in seen:
                assert seen[norm][1] == value, (key, seen[norm][0])
            seen[norm] = (key, value)


@pytest.mark.parametrize("code", CODES)
def test_stop_words_carry_no_meaningful_words(code):
    d = data(code)
    stop = folded(code, d.STOP_WORDS)
    meaningful = {
        "question word": d.QUESTION_WORDS,
        "cue word": d.CUE_WORDS,
        "number word": d.NUMBER_WORDS,
        "scale word": d.SCALE_WORDS,
        "currency": d.CURRENCY_WORDS,
        "weekday": d.WEEKDAYS,
        "month": d.MONTHS,
        "date word": d.DATE_WORDS,
    }
    for kind, words in meaningful.items():
        clash = stop & folded(code, [w for w in words if " " not in w])
        assert not clash, f"{kind}s in STOP_WORDS: {sorted(clash)}"


def test_stop_words_keep_time_relations_and_include_colloquial_forms():
    ar, pt = data("ar"), data("pt")
    for word in ("قبل", "بعد", "منذ", "من", "ما", "كم", "شو", "وين"):
        assert word not in ar.STOP_WORDS
    colloquial = (
        "وفي",
        "ولكن",
        "اللي",
        "الدي",
        "هاد",
        "هيك",
        "يعني",
        "مش",
        "مو",
        "بدي",
        "عم",
        "رح",
        "بيروح",  # "to go" is dropped like Portuguese "vai": "لوين بتروح" asks a destination
        "بتروح",
    )
    for word in (*colloquial, "إنو"):
        assert word in ar.STOP_WORDS
    for word in ("antes", "depois", "que", "como", "quando", "um", "dois"):
        assert word not in pt.STOP_WORDS
    for word in ("pra", "pro", "tá", "né", "vc", "q", "de", "o"):
        assert word in pt.STOP_WORDS


@pytest.mark.parametrize("code", CODES)
def test_calendar_ranges(code):
    d = data(code)
    assert set(d.MONTHS.values()) == set(range(1, 13))
    assert set(d.WEEKDAYS.values()) == set(range(7))


@pytest.mark.parametrize("code", CODES)
def test_number_words_are_not_calendar_words(code):
    """ "dez" (ten) is no month abbreviation, bare "اثنين" (two) is no weekday."""
    d = data(code)
    numbers = folded(code, d.NUMBER_WORDS)
    assert not numbers & folded(code, d.WEEKDAYS)
    assert not numbers & folded(code, d.MONTHS)
    assert all(v >= 0 for v in d.NUMBER_WORDS.values())
    assert all(v >= 10 for v in d.SCALE_WORDS.values())


@pytest.mark.parametrize("code", CODES)
def test_synonym_groups(code):
    d = data(code)
    normalise = get(code).normalise
    stop = folded(code, d.STOP_WORDS)
    owner: dict[str, int] = {}
    for i, group in enumerate(d.SYNONYMS):
        norms = {normalise(w) for w in group}
        assert len(norms) >= 2, sorted(group)
        for word in group:
            assert WORD.match(word), f"{word!r} is not a single word"
        assert not norms & stop, f"stop words in group {sorted(group)}: {sorted(norms & stop)}"
        for norm in norms:
            assert owner.setdefault(norm, i) == i, f"{norm!r} is in two synonym groups"
    assert 40 <= len(d.SYNONYMS) <= 120


def test_expected_entries():
    ar, pt = data("ar"), data("pt")
    assert pt.WEEKDAYS["terça-feira"] == pt.WEEKDAYS["terca-feira"] == pt.WEEKDAYS["terça"] == 1
    assert pt.WEEKDAYS["sábado"] == pt.WEEKDAYS["sabado"] == 5
    assert ar.WEEKDAYS["الاثنين"] == ar.WEEKDAYS["الإثنين"] == 0
    assert ar.MONTHS["يناير"] == ar.MONTHS["كانون الثاني"] == ar.MONTHS["جانفي"] == 1
    assert ar.MONTHS["آب"] == ar.MONTHS["أغسطس"] == ar.MONTHS["أوت"] == 8
    assert pt.MONTHS["março"] == pt.MONTHS["marco"] == 3
    assert ar.QUESTION_WORDS["كم"] == ar.QUESTION_WORDS["قديش"] == "number"
    assert ar.QUESTION_WORDS["بكم"] == ar.QUESTION_WORDS["كم قيمة"] == "amount"
    assert ar.QUESTION_WORDS["متى"] == ar.QUESTION_WORDS["إيمتى"] == "date"
    assert ar.QUESTION_WORDS["وين"] == ar.QUESTION_WORDS["اين"] == "place"
    assert ar.QUESTION_WORDS["مين"] == ar.QUESTION_WORDS["منو"] == "person"
    assert ar.QUESTION_WORDS["ليش"] == ar.QUESTION_WORDS["علاش"] == "reason"
    assert ar.QUESTION_WORDS["إزاي"] == ar.QUESTION_WORDS["كيفاش"] == "method"
    assert ar.QUESTION_WORDS["هل"] == "yesno"
    assert pt.QUESTION_WORDS["qual foi o valor"] == "amount"
    assert pt.QUESTION_WORDS["em que ano"] == pt.QUESTION_WORDS["qnd"] == "date"
    assert pt.QUESTION_WORDS["cadê"] == pt.QUESTION_WORDS["cade"] == "place"
    assert pt.QUESTION_WORDS["pq"] == pt.QUESTION_WORDS["por quê"] == "reason"
    assert ar.CUE_WORDS["دولار"] == pt.CUE_WORDS["dólares"] == "amount"
    assert ar.CUE_WORDS["منصة"] == pt.CUE_WORDS["corretora"] == "org"
    assert ar.SCALE_WORDS["مليار"] == pt.SCALE_WORDS["bi"] == 1e9
    assert ar.NUMBER_WORDS["ألفين"] == pt.NUMBER_WORDS["dois"] * 1000
    assert "%" in ar.PERCENT_WORDS and "por cento" in pt.PERCENT_WORDS
    assert {"دولار", "الدولار"} <= ar.CURRENCY_WORDS
    assert {"dólar", "reais", "R$"} <= pt.CURRENCY_WORDS


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize(
    "frame", ["which", "kind", "name", "sort", "percent", "restrictive", "ambiguous", "empty"]
)
def test_every_language_has_its_question_frames(code, frame):
    assert getattr(get(code).frames, frame)


@pytest.mark.parametrize("code", CODES)
def test_every_language_names_the_date_units(code):
    assert set(get(code).frames.date_units) == {"year", "month", "day", "time"}
    assert all(get(code).frames.date_units.values())


def test_no_arabic_synonym_shares_its_stem_with_a_country():
    # "مصريات" (Egyptian slang for money) stems to مصر: every text on Egypt matched "money"
    ar = get("ar")
    countries = "مصر تونس ليبيا الجزائر المغرب السودان سوريا لبنان الأردن العراق اليمن قطر عمان"
    stems = {ar.stem(ar.normalise(c)) for c in countries.split()}
    words = {w for group in data("ar").SYNONYMS for w in group}
    assert not {w for w in words if ar.stem(ar.normalise(w)) in stems}


@pytest.mark.parametrize("code", CODES)
def test_places_are_names_not_function_words(code):
    language = get(code)
    places = data(code).PLACES
    assert len(places) >= 200
    for place in places:
        words = [language.normalise(w) for w in place.split()]
        assert all(words), place
        # a one-word name that folds to a function word ("Irã" -> "irá") would tag every one
        assert len(words) > 1 or not language.is_stop(words[0]), place


@pytest.mark.parametrize(
    ("code", "word"),
    [("ar", "مالي"), ("ar", "جدة"), ("ar", "نجد"), ("pt", "Porto"), ("pt", "Granada")],
)
def test_places_leave_out_names_that_are_common_words(code, word):
    assert word not in data(code).PLACES
