"""bot.insights: grouping visitors' questions and the console dashboard's figures."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from bot.insights import (
    MAX_VARIANTS,
    QuestionGroup,
    answered_rate,
    daily_counts,
    group_questions,
    question_key,
    top_questions,
)

T0 = datetime(2025, 5, 13, 12, 0, tzinfo=UTC)


def row(question, lang="pt", minutes=0, answered=True, confidence=0.5):
    """A chat-log row asked ``minutes`` after T0."""
    return {
        "question": question,
        "lang": lang,
        "created_at": T0 + timedelta(minutes=minutes),
        "answered": answered,
        "confidence": confidence,
    }


# --- question_key ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("pt", "Quanto foi roubado?", "quanto foi roubado"),  # case, trailing ?
        ("pt", "quanto, foi... roubado!", "quanto foi roubado"),  # punctuation
        ("pt", "  quanto   foi  roubado ", "quanto foi roubado"),  # extra spaces
        ("pt", "Onde fica a reunião?", "onde fica a reuniao"),  # accents
        ("pt", "roubado quanto foi", "quanto foi roubado"),  # word order
        ("pt", "quantos foram roubados?", "quanto foi roubado?"),  # inflection
        ("pt", "quando foi a reunião?", "quando foram as reuniões?"),  # plural -ões
        ("pt", "quanto foi roubado, quanto?", "quanto foi roubado"),  # a word repeated
        ("ar", "كَمْ سُرِقَ؟", "كم سرق"),  # diacritics, Arabic question mark
        ("ar", "متـــى الاجتماع", "متى الاجتماع"),  # tatweel
        ("ar", "أين الإجتماع", "اين الاجتماع"),  # alef with hamza
        ("ar", "متى كان الاجتماع", "متي كان الاجتماع"),  # alef maksura
        ("ar", "أين المكتبة؟", "أين المكتبه"),  # taa marbuta / haa
        ("ar", "الاجتماع متى", "متى الاجتماع"),  # word order
        ("ar", "متى الاجتماعات", "متى الاجتماع"),  # inflection (plural)
        ("ar", "متى الاجتماع ؟", "متى الاجتماع"),  # space before ؟
        (None, "Olá, Mundo!", "mundo olá"),  # no language: case, accents, order
        (None, "أين المكتبة؟", "اين المكتبه"),  # no language: Arabic folding
        ("en", "What WAS stolen?", "stolen what was"),  # unknown language: the fallback
        ("pt", "Qual é a capital da Austrália?", "Capital da Austrália?"),  # question word left out
        ("pt", "Qual é o horário de funcionamento da loja?", "Horário de funcionamento da loja?"),
        ("ar", "ما هي ساعات عمل المتجر؟", "ماهي ساعات عمل المتجر"),  # "ماهي" typed as one word
        ("ar", "ما هي عاصمة أستراليا؟", "عاصمة أستراليا"),
    ],
)
def test_question_key_ignores_how_a_question_is_typed(lang, a, b):
    assert question_key(a, lang) == question_key(b, lang)


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("pt", "quanto foi roubado?", "quando foi o roubo?"),
        ("pt", "quem liderou as negociações?", "onde foram as negociações?"),
        ("pt", "onde fica a biblioteca?", "onde fica o museu?"),
        ("pt", "o que é isso?", "o que é aquilo?"),  # only function words: all of them count
        ("ar", "كم سرق القراصنة؟", "متى سرق القراصنة؟"),
        ("ar", "من هي مديرة المكتبة؟", "أين المكتبة؟"),
        (None, "quanto foi roubado?", "quando foi roubado?"),
    ],
)
def test_question_key_tells_different_questions_apart(lang, a, b):
    assert question_key(a, lang) != question_key(b, lang)


def test_question_key_is_the_kind_asked_and_the_content_stems():
    assert question_key("quanto foi roubado?", "pt") == "pt:number:roub"


def test_question_key_of_only_function_words_keeps_them_all():
    assert question_key("o que é isso?", "pt") == "pt::e isso o que"


def test_question_key_separates_languages():
    assert question_key("Bybit", "pt") != question_key("Bybit", "ar")


def test_question_key_without_language_folds_words():
    assert question_key("Olá, MUNDO!", None) == "-::mundo ola"


# --- group_questions ---------------------------------------------------------------------------


def test_group_counts_the_ways_one_question_was_typed():
    rows = [row("Quanto foi roubado?"), row("quanto foi roubado"), row("roubado quanto?")]
    groups = group_questions(rows)
    assert [g.count for g in groups] == [3]


def test_group_question_is_the_most_frequent_variant():
    rows = [row("roubado quanto?", minutes=9), row("quanto foi roubado")]
    rows += [row("quanto foi roubado", minutes=1)]
    assert group_questions(rows)[0].question == "quanto foi roubado"


def test_group_question_tie_goes_to_the_most_recent_variant():
    rows = [row("quanto foi roubado", minutes=1), row("Quanto foi roubado?", minutes=5)]
    assert group_questions(rows)[0].question == "Quanto foi roubado?"


def test_group_variants_are_distinct_and_by_frequency():
    rows = [row("quanto roubaram?", minutes=2)] + [row("quanto foi roubado")] * 3
    rows += [row("Quanto foi roubado?", minutes=1)] * 2
    assert group_questions(rows)[0].variants == (
        "quanto foi roubado",
        "Quanto foi roubado?",
        "quanto roubaram?",
    )


def test_group_variants_differing_only_in_spaces_are_one():
    rows = [row("quanto  foi roubado "), row(" quanto foi roubado")]
    assert group_questions(rows)[0].variants == ("quanto foi roubado",)


def test_group_keeps_at_most_ten_variants():
    texts = [f"quanto foi roubado{'!' * n}" for n in range(MAX_VARIANTS + 3)]
    group = group_questions([row(t, minutes=n) for n, t in enumerate(texts)])[0]
    assert (group.count, len(group.variants)) == (MAX_VARIANTS + 3, MAX_VARIANTS)


def test_group_first_and_last_seen():
    rows = [row("quanto foi roubado", minutes=m) for m in (5, -3, 40)]
    group = group_questions(rows)[0]
    assert (group.first_seen, group.last_seen) == (
        T0 - timedelta(minutes=3),
        T0 + timedelta(minutes=40),
    )


def test_group_answered_count_and_average_confidence():
    rows = [
        row("quanto foi roubado", answered=True, confidence=0.9),
        row("quanto foi roubado", answered=False, confidence=0.1),
        row("quanto foi roubado", answered=True, confidence=0.5),
    ]
    group = group_questions(rows)[0]
    assert group.answered == 2
    assert group.avg_confidence == pytest.approx(0.5)


def test_groups_sorted_by_count_then_most_recent():
    rows = [row("onde foi a reunião", minutes=1)]
    rows += [row("quem liderou", minutes=50)]
    rows += [row("quanto foi roubado", minutes=m) for m in (2, 3)]
    assert [g.question for g in group_questions(rows)] == [
        "quanto foi roubado",
        "quem liderou",
        "onde foi a reunião",
    ]


def test_group_keeps_languages_apart():
    groups = group_questions([row("Bybit", lang="pt"), row("Bybit", lang="ar")])
    assert sorted(g.lang for g in groups) == ["ar", "pt"]


def test_group_arabic_spellings_together():
    rows = [row("متى كان الاجتماع؟", lang="ar"), row("متـى كان الإجتماع", lang="ar")]
    assert [(g.lang, g.count) for g in group_questions(rows)] == [("ar", 2)]


def test_group_without_language():
    groups = group_questions([row("Olá!", lang=None), row("olá", lang=None)])
    assert [(g.lang, g.count) for g in groups] == [(None, 2)]


def test_no_rows_no_groups():
    assert group_questions([]) == []


def test_group_to_dict():
    rows = [row("quanto foi roubado", answered=False, confidence=0.25)]
    assert group_questions(rows)[0].to_dict() == {
        "key": "pt:number:roub",
        "question": "quanto foi roubado",
        "variants": ["quanto foi roubado"],
        "lang": "pt",
        "count": 1,
        "first_seen": "2025-05-13T12:00:00+00:00",
        "last_seen": "2025-05-13T12:00:00+00:00",
        "answered": 0,
        "avg_confidence": 0.25,
    }


def test_group_is_frozen():
    group = group_questions([row("quanto foi roubado")])[0]
    assert isinstance(group, QuestionGroup)
    with pytest.raises(AttributeError):
        group.count = 5  # type: ignore[misc]


# --- daily_counts ------------------------------------------------------------------------------

ZERO = {"ar": 0, "pt": 0, "other": 0, "total": 0, "answered": 0}


def test_daily_counts_lists_every_day_oldest_first():
    days = daily_counts([], 3, date(2025, 5, 13))
    assert days == [
        {"date": "2025-05-11", **ZERO},
        {"date": "2025-05-12", **ZERO},
        {"date": "2025-05-13", **ZERO},
    ]


def test_daily_counts_by_language_and_answered():
    rows = [
        row("a", lang="ar"),
        row("b", lang="pt", answered=False),
        row("c", lang="pt"),
        row("d", lang=None, answered=False),
        row("e", lang="en"),
    ]
    (day,) = daily_counts(rows, 1, date(2025, 5, 13))
    assert day == {"date": "2025-05-13", "ar": 1, "pt": 2, "other": 2, "total": 5, "answered": 3}


def test_daily_counts_puts_rows_on_their_day():
    rows = [row("a", minutes=-24 * 60), row("b"), row("c", minutes=5)]
    totals = [d["total"] for d in daily_counts(rows, 3, date(2025, 5, 13))]
    assert totals == [0, 1, 2]


def test_daily_counts_ignores_rows_outside_the_period():
    rows = [row("old", minutes=-3 * 24 * 60), row("future", minutes=24 * 60), row("now")]
    assert [d["total"] for d in daily_counts(rows, 2, date(2025, 5, 13))] == [0, 1]


def test_daily_counts_uses_the_utc_day():
    # 22:30 in São Paulo on the 12th is 01:30 UTC on the 13th.
    late = datetime(2025, 5, 12, 22, 30, tzinfo=timezone(timedelta(hours=-3)))
    days = daily_counts([{**row("a"), "created_at": late}], 2, date(2025, 5, 13))
    assert [(d["date"], d["total"]) for d in days] == [("2025-05-12", 0), ("2025-05-13", 1)]


# --- answered_rate and top_questions -----------------------------------------------------------


@pytest.mark.parametrize(
    ("answered", "rate"),
    [([], 0.0), ([True], 1.0), ([False], 0.0), ([True, True, True, False], 0.75)],
)
def test_answered_rate(answered, rate):
    assert answered_rate([row("q", answered=a) for a in answered]) == rate


def test_top_questions_most_asked_first():
    rows = [row("quem liderou", minutes=1)] + [row("quanto foi roubado")] * 2
    assert top_questions(rows) == [
        {"question": "quanto foi roubado", "lang": "pt", "count": 2},
        {"question": "quem liderou", "lang": "pt", "count": 1},
    ]


def test_top_questions_keeps_n():
    rows = [row(f"pergunta numero {n}", minutes=n) for n in range(12)]
    assert [q["question"] for q in top_questions(rows, 2)] == [
        "pergunta numero 11",
        "pergunta numero 10",
    ]


def test_top_questions_default_is_ten():
    rows = [row(f"pergunta numero {n}") for n in range(12)]
    assert len(top_questions(rows)) == 10


def test_group_merges_a_typo_of_a_more_frequent_word():
    rows = [row("onde fica a loja?"), row("onde fica a loja?"), row("onde fica a lojaa?")]
    rows += [row("quem são os hackers?"), row("quem são os hackers?"), row("quem são os hakers")]
    groups = group_questions(rows)
    assert sorted((g.question, g.count) for g in groups) == [
        ("onde fica a loja?", 3),
        ("quem são os hackers?", 3),
    ]


@pytest.mark.parametrize(
    ("common", "rare"),
    [
        ("onde fica a praia?", "onde fica a praça?"),  # short words one letter apart
        ("onde mora o prefeito?", "onde mora o perfeito?"),  # real words, letters swapped
        ("onde fica o museu?", "onde fica o mercado?"),
    ],
)
def test_group_keeps_apart_words_that_are_not_typos(common, rare):
    groups = group_questions([row(common), row(common), row(rare)])
    assert sorted(g.count for g in groups) == [1, 2]


def test_group_typo_merging_stays_within_a_language():
    rows = [row("lojas", lang="pt"), row("lojas", lang="pt"), row("loja", lang=None)]
    assert sorted(g.count for g in group_questions(rows)) == [1, 2]
