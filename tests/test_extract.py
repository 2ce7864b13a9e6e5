"""Typed spans (amounts, numbers, dates, names) and the short answer chosen among them."""

from __future__ import annotations

import pytest

from bot.extract import SPAN_KINDS, entity_key, find_spans, short_answer
from bot.lang import get

AR, PT = get("ar"), get("pt")
LANGS = {"ar": AR, "pt": PT}

PT_AMOUNT = (
    "Acredita -se que hackers norte -coreanos tenham roubado cerca de US $ 1,7 bilhão em ativos "
    "digitais de trocas de criptomoedas Wazirx e Bybit apenas em 2024 e 2025."
)
AR_AMOUNT = (
    "ويُعتقد أن قراصنة كوريا الشمالية سرقوا أصولًا رقمية بقيمة 1.7 مليار دولار من بورصتي "
    "“وازير إكس” و”بايبت” في عامي 2024 و2025 فقط."
)
PT_MEETING = (
    "Os parceiros procuram garantir uma ordem de ciberespaço segura e aberta, anunciou o "
    "Ministério das Relações Exteriores da Coréia do Sul, em um comunicado emitido após uma "
    "reunião em Seul na terça -feira, informou a agência de notícias coreana do Yonhap."
)


def entities(code: str, names: dict[str, str]) -> dict[tuple[str, ...], str]:
    """Lexicon-style entity keys, built the way the lexicon is: normalised words via entity_key."""
    normalise = LANGS[code].normalise
    return {entity_key([normalise(w) for w in name.split()]): kind for name, kind in names.items()}


PT_ENTITIES = entities(
    "pt",
    {"Seul": "place", "Coréia do Sul": "place", "Yonhap": "org", "Wazirx": "org", "Bybit": "org"},
)
AR_ENTITIES = entities(
    "ar",
    {"سيول": "place", "وازير إكس": "org", "بايبت": "org", "الاتحاد الأوروبي": "org"},
)


def spans_of(text, code, ents=None):
    return [(s.text, s.kind) for s in find_spans(text, LANGS[code], ents)]


# --- find_spans ------------------------------------------------------------------------------

SPAN_CASES = [
    # amounts
    pytest.param(PT_AMOUNT, "pt", None, "US $ 1,7 bilhão", "amount", id="pt-us-dollar-billion"),
    pytest.param(AR_AMOUNT, "ar", None, "1.7 مليار دولار", "amount", id="ar-billion-dollar"),
    pytest.param(
        "سرقوا ١٫٧ مليار دولار في عامين",
        "ar",
        None,
        "١٫٧ مليار دولار",
        "amount",
        id="ar-arabic-indic-digits-verbatim",
    ),
    pytest.param(
        "A reforma custou 3,5 milhões de reais.",
        "pt",
        None,
        "3,5 milhões de reais",
        "amount",
        id="pt-millions-de-reais",
    ),
    pytest.param(
        "وبلغت التكلفة 2.5 مليون دولار، شملت المبنى.",
        "ar",
        None,
        "2.5 مليون دولار",
        "amount",
        id="ar-million-dollar",
    ),
    # plain numbers
    pytest.param(
        "O acervo passou para 65 mil livros.", "pt", None, "65 mil", "number", id="pt-thousands"
    ),
    pytest.param("O prédio tem 3 andares.", "pt", None, "3", "number", id="pt-digit"),
    pytest.param("شارك 120 كاتبًا في المعرض.", "ar", None, "120", "number", id="ar-digits"),
    # dates
    pytest.param("A biblioteca foi fundada em 1998.", "pt", None, "1998", "date", id="pt-year"),
    pytest.param(PT_MEETING, "pt", None, "terça -feira", "date", id="pt-spaced-weekday"),
    pytest.param(
        "Reabre na quinta-feira, depois das obras.",
        "pt",
        None,
        "quinta-feira",
        "date",
        id="pt-weekday",
    ),
    pytest.param("Em abril, o Google revelou o caso.", "pt", None, "abril", "date", id="pt-month"),
    pytest.param("وفي أبريل، كشفت “جوجل” أن", "ar", None, "أبريل", "date", id="ar-month"),
    pytest.param(PT_AMOUNT, "pt", None, "2024 e 2025", "date", id="pt-year-list"),
    pytest.param(AR_AMOUNT, "ar", None, "2024 و2025", "date", id="ar-year-list-glued-waw"),
    pytest.param(
        "في عامي ٢٠٢٤ و٢٠٢٥ فقط",
        "ar",
        None,
        "٢٠٢٤ و٢٠٢٥",
        "date",
        id="ar-year-list-arabic-indic",
    ),
    pytest.param(
        "افتتحت المكتبة في 12 مارس 2026.",
        "ar",
        None,
        "12 مارس 2026",
        "date",
        id="ar-day-month-year",
    ),
    pytest.param(
        "A biblioteca abriu em 12 de março de 2026.",
        "pt",
        None,
        "12 de março de 2026",
        "date",
        id="pt-day-de-month-de-year",
    ),
    # names
    pytest.param(
        "e Maciej Stadejek, diretor de política",
        "pt",
        None,
        "Maciej Stadejek",
        "entity",
        id="pt-capitalised-name",
    ),
    pytest.param(
        "como o Lazarus Group, têm sido ativos",
        "pt",
        None,
        "Lazarus Group",
        "entity",
        id="pt-capitalised-group",
    ),
    pytest.param(
        "مثل مجموعة “لازاروس”، حيث تستهدف",
        "ar",
        None,
        "لازاروس",
        "entity",
        id="ar-curly-quoted-name",
    ),
    pytest.param(
        "من منصة «بايبت» للعملات", "ar", None, "بايبت", "entity", id="ar-guillemet-quoted-name"
    ),
    pytest.param(
        AR_AMOUNT, "ar", None, "بايبت", "entity", id="ar-quoted-name-opened-with-closing-quote"
    ),
    pytest.param(PT_MEETING, "pt", PT_ENTITIES, "Seul", "place", id="pt-lexicon-place"),
    pytest.param(PT_MEETING, "pt", PT_ENTITIES, "Yonhap", "org", id="pt-lexicon-org"),
    pytest.param(
        "بعد اجتماع في سيول يوم الثلاثاء",
        "ar",
        AR_ENTITIES,
        "سيول",
        "place",
        id="ar-lexicon-place",
    ),
    pytest.param(AR_AMOUNT, "ar", AR_ENTITIES, "وازير إكس", "org", id="ar-lexicon-two-word-org"),
    pytest.param(
        "تتعاون كوريا الجنوبية والاتحاد الأوروبي",
        "ar",
        AR_ENTITIES,
        "الاتحاد الأوروبي",
        "org",
        id="ar-lexicon-name-after-glued-waw",
    ),
]


@pytest.mark.parametrize(("text", "code", "ents", "span", "kind"), SPAN_CASES)
def test_find_spans(text, code, ents, span, kind):
    assert (span, kind) in spans_of(text, code, ents)


@pytest.mark.parametrize(
    ("text", "code", "day"),
    [
        pytest.param("بعد اجتماع في سيول يوم الثلاثاء أن", "ar", "الثلاثاء", id="ar-tuesday"),
        pytest.param("أمام الزوار يوم الخميس، بعد", "ar", "الخميس", id="ar-thursday"),
    ],
)
def test_arabic_weekday_span(text, code, day):
    dates = [s for s, k in spans_of(text, code) if k == "date"]
    assert dates in ([day], [f"يوم {day}"])


@pytest.mark.parametrize(
    ("text", "code", "year"),
    [
        pytest.param("A biblioteca foi fundada em 1998 por 12 pessoas.", "pt", "1998", id="pt"),
        pytest.param(PT_AMOUNT, "pt", "2024", id="pt-year-list"),
        pytest.param("تأسست المكتبة عام 1998.", "ar", "1998", id="ar"),
        pytest.param("في عامي ٢٠٢٤ و٢٠٢٥ فقط", "ar", "٢٠٢٤", id="ar-arabic-indic"),
    ],
)
def test_years_are_dates_not_numbers(text, code, year):
    spans = find_spans(text, LANGS[code])
    assert any(s.kind == "date" and year in s.text for s in spans)
    assert not any(s.kind in ("number", "amount") and year in s.text for s in spans)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("افتتحت المكتبة في 12 مارس 2026.", "ar", id="ar-day-month-year"),
        pytest.param("A biblioteca abriu em 12 de março de 2026.", "pt", id="pt-day-de-month"),
    ],
)
def test_day_of_a_date_is_not_a_separate_number(text, code):
    spans = find_spans(text, LANGS[code])
    dates = [s for s in spans if s.kind == "date"]
    numbers = [s for s in spans if s.kind == "number"]
    assert not any(n.start < d.end and d.start < n.end for n in numbers for d in dates)
    assert not [n.text for n in numbers]


def test_currency_code_is_part_of_the_amount_not_a_name():
    spans = find_spans(PT_AMOUNT, PT)
    assert not any(s.text in ("US", "US $") and s.kind == "entity" for s in spans)


@pytest.mark.parametrize(("text", "code", "ents", "span", "kind"), SPAN_CASES)
@pytest.mark.parametrize("with_entities", [True, False], ids=["as-listed", "no-lexicon"])
def test_every_span_is_a_verbatim_slice(text, code, ents, span, kind, with_entities):
    spans = find_spans(text, LANGS[code], ents if with_entities else None)
    if with_entities:
        assert spans
    for found in spans:
        assert text[found.start : found.end] == found.text
        assert found.text == found.text.strip()
        assert found.kind in SPAN_KINDS
    assert spans == sorted(spans, key=lambda s: (s.start, -s.end))


def test_entity_key_drops_the_arabic_article():
    assert entity_key(["الاتحاد", "الاوروبي"]) == ("اتحاد", "اوروبي")
    assert entity_key(["seul"]) == ("seul",)


# --- short_answer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "answer_type", "ents", "expected"),
    [
        pytest.param(PT_AMOUNT, "pt", "amount", None, "US $ 1,7 bilhão", id="pt-amount"),
        pytest.param(PT_AMOUNT, "pt", "number", None, "US $ 1,7 bilhão", id="pt-number-q"),
        pytest.param(AR_AMOUNT, "ar", "amount", None, "1.7 مليار دولار", id="ar-amount"),
        pytest.param(PT_AMOUNT, "pt", "date", None, "2024 e 2025", id="pt-date"),
        pytest.param(AR_AMOUNT, "ar", "date", None, "2024 و2025", id="ar-date"),
        pytest.param(PT_MEETING, "pt", "date", PT_ENTITIES, "terça -feira", id="pt-weekday"),
        pytest.param(
            "A biblioteca foi fundada em 1998 e tem 300 livros.",
            "pt",
            "number",
            None,
            "300",
            id="number-question-skips-the-year",
        ),
        pytest.param(
            "A biblioteca foi fundada em 1998 e tem 300 livros.",
            "pt",
            "date",
            None,
            "1998",
            id="date-question-takes-the-year",
        ),
        pytest.param(
            "Ela convidou 120 autores e gastou 3,5 milhões de reais.",
            "pt",
            "amount",
            None,
            "3,5 milhões de reais",
            id="amount-question-prefers-money",
        ),
        pytest.param(
            "A diretora, Marta Queiroz, falou em 2024.",
            "pt",
            "person",
            None,
            "Marta Queiroz",
            id="person-from-capitalised-name",
        ),
    ],
)
def test_short_answer(text, code, answer_type, ents, expected):
    span = short_answer(text, answer_type, LANGS[code], entities=ents)
    assert span is not None
    assert span.text == expected
    assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "code", "answer_type"),
    [
        pytest.param(PT_AMOUNT, "pt", "reason", id="reason-has-no-span"),
        pytest.param(PT_AMOUNT, "pt", "method", id="method-has-no-span"),
        pytest.param("A biblioteca reabriu ontem.", "pt", "amount", id="no-amount-in-text"),
        pytest.param("ناقش المسؤولون الخطوات اللازمة.", "ar", "date", id="no-date-in-text"),
    ],
)
def test_short_answer_none(text, code, answer_type):
    assert short_answer(text, answer_type, LANGS[code]) is None


@pytest.mark.parametrize(
    ("text", "code", "answer_type", "ents", "asked"),
    [
        pytest.param("A reunião foi em Seul.", "pt", "place", PT_ENTITIES, {"seul"}, id="pt-place"),
        pytest.param("عقد الاجتماع في سيول.", "ar", "place", AR_ENTITIES, {"سيول"}, id="ar-place"),
        pytest.param(
            "عقد الاجتماع في سيول.",
            "ar",
            "place",
            AR_ENTITIES,
            {"بسيول"},
            id="ar-place-asked-with-glued-preposition",
        ),
        pytest.param(
            "O diretor é Maciej Stadejek.",
            "pt",
            "person",
            None,
            {"maciej", "stadejek"},
            id="pt-name",
        ),
    ],
)
def test_span_made_only_of_asked_words_is_skipped(text, code, answer_type, ents, asked):
    language = LANGS[code]
    assert short_answer(text, answer_type, language, entities=ents) is not None
    assert short_answer(text, answer_type, language, asked=asked, entities=ents) is None


def test_asked_span_gives_way_to_another_span():
    span = short_answer(PT_MEETING, "place", PT, asked={"seul"}, entities=PT_ENTITIES)
    assert span is not None
    assert span.text == "Coréia do Sul"


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        pytest.param("reunião", "Seul", id="meeting-anchors-seoul"),
        pytest.param("Ministério", "Coréia do Sul", id="ministry-anchors-south-korea"),
    ],
)
def test_span_nearest_the_anchors_wins(anchor, expected):
    anchors = [PT.stem(PT.normalise(anchor))]
    span = short_answer(PT_MEETING, "place", PT, entities=PT_ENTITIES, anchors=anchors)
    assert span is not None
    assert span.text == expected


PT_LEADERS = (
    "As negociações foram lideradas por Ana Souza, diretora de segurança do Brasil, "
    "e Pedro Lima, diretor de política de defesa da UE."
)
PT_LEADERS_ASKED = frozenset({"brasil", "ue"})
PT_LEADERS_ENTITIES = entities("pt", {"Ana Souza": "person", "Pedro Lima": "person"})


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        pytest.param("Brasil", "Ana Souza", id="apposition-before-the-next-name"),
        pytest.param("UE", "Pedro Lima", id="apposition-to-the-sentence-end"),
    ],
)
def test_a_name_owns_the_apposition_that_describes_it(anchor, expected):
    anchors = [PT.stem(PT.normalise(w)) for w in ("lideradas", anchor)]
    span = short_answer(
        PT_LEADERS,
        "person",
        PT,
        PT_LEADERS_ASKED,
        PT_LEADERS_ENTITIES,
        anchors=anchors,
        focus=anchors[1:],
    )
    assert span is not None
    assert span.text == expected


def test_focus_anchors_decide_before_the_others():
    anchors = [PT.stem(PT.normalise(w)) for w in ("Brasil", "UE")]
    asked, ents = PT_LEADERS_ASKED, PT_LEADERS_ENTITIES
    near_brazil = short_answer(
        PT_LEADERS, "person", PT, asked, ents, anchors=anchors, focus=anchors[:1]
    )
    near_eu = short_answer(
        PT_LEADERS, "person", PT, asked, ents, anchors=anchors, focus=anchors[1:]
    )
    assert (near_brazil.text, near_eu.text) == ("Ana Souza", "Pedro Lima")


@pytest.mark.parametrize(
    ("text", "code", "answer_type", "ents", "expected"),
    [
        pytest.param(PT_AMOUNT, "pt", "org", PT_ENTITIES, "Wazirx e Bybit", id="pt-lexicon-orgs"),
        pytest.param(PT_AMOUNT, "pt", "entity", None, "Wazirx e Bybit", id="pt-capitalised"),
        pytest.param(
            AR_AMOUNT, "ar", "org", AR_ENTITIES, "وازير إكس” و”بايبت", id="ar-quoted-orgs"
        ),
    ],
)
def test_plural_joins_listed_names(text, code, answer_type, ents, expected):
    language = LANGS[code]
    single = short_answer(text, answer_type, language, entities=ents)
    joined = short_answer(text, answer_type, language, entities=ents, plural=True)
    assert joined is not None and single is not None
    assert joined.text == expected
    assert joined.start == single.start
    assert text[joined.start : joined.end] == joined.text


def test_plural_does_not_join_amounts():
    span = short_answer(
        "Custou 3,5 milhões de reais e 2 milhões de reais.", "amount", PT, plural=True
    )
    assert span is not None
    assert span.text in ("3,5 milhões de reais", "2 milhões de reais")


@pytest.mark.parametrize(
    ("text", "code", "span"),
    [
        ("Abre às 9h.", "pt", "9h"),
        ("Fecha às 18:30 aos sábados.", "pt", "18:30"),
        ("Às nove horas.", "pt", "nove horas"),
        ("تفتح المكتبة الساعة التاسعة صباحا", "ar", "الساعة التاسعة"),
        ("تبدأ الجلسة عند الساعة 10", "ar", "الساعة 10"),
    ],
)
def test_times_of_day_are_dates(text, code, span):
    from bot import lang

    found = [(s.text, s.kind) for s in find_spans(text, lang.get(code))]
    assert (span, "date") in found
    assert not any(kind == "number" and s in span for s, kind in found)


def test_a_comma_ends_a_capitalised_name():
    from bot import lang

    text = "Representantes do Serviço Nacional de Inteligência, do Gabinete dos Promotos Supremos."
    names = [s.text for s in find_spans(text, lang.get("pt")) if s.kind == "entity"]
    assert "Serviço Nacional de Inteligência" in names
    assert "Gabinete dos Promotos Supremos" in names


def test_a_name_far_from_the_question_words_is_not_offered():
    from bot import lang

    pt = lang.get("pt")
    text = (
        "A reunião aconteceu ontem e, segundo fontes ouvidas pela reportagem durante toda a "
        "tarde de domingo, Maria Souza chegou depois."
    )
    anchors = {pt.stem("reuniao")}
    assert short_answer(text, "person", pt, anchors=anchors) is None
    assert short_answer(text, "person", pt, anchors=anchors, near=False).text == "Maria Souza"


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("roubado de trocas de criptomoedas Wazirx e Bybit apenas em 2024", "bybit", True),
        ("roubado de trocas de criptomoedas Wazirx e Bybit apenas em 2024", "wazirx", True),
        ("A Bybit perdeu 1,4 bilhão em fevereiro.", "bybit", False),
    ],
)
def test_listed_with_others(text, asked, expected):
    from bot import lang
    from bot.extract import listed_with_others

    pt = lang.get("pt")
    assert listed_with_others(text, pt, {pt.stem(asked)}) is expected


# --- numbers: phrases, ranges, ordinals; dates: era years, relative dates ----------------------


@pytest.mark.parametrize(
    ("text", "code", "span", "kind"),
    [
        pytest.param("تتألف من اثنتي عشر مقاطعة", "ar", "اثنتي عشر", "number", id="ar-teen-phrase"),
        pytest.param("تتألف من 28 ولاية وسبعة أقاليم", "ar", "سبعة", "number", id="ar-glued-waw"),
        pytest.param("ما بين 50 و85 مليون قتيل", "ar", "50 و85 مليون", "number", id="ar-range"),
        pytest.param(
            "مابين 2.9 إلى 5.8 مليون مستخدم", "ar", "2.9 إلى 5.8 مليون", "number", id="ar-ila"
        ),
        pytest.param("بلغت 8.7% من المساحة", "ar", "8.7%", "number", id="ar-percent-sign"),
        pytest.param(
            "ودام ملكهم من عام 1299م إلى عام 1922م.",
            "ar",
            "1299م إلى عام 1922م",
            "date",
            id="ar-date-range",
        ),
        pytest.param(
            "governou entre 2003 e 2014 o país", "pt", "2003 e 2014", "date", id="pt-between"
        ),
        pytest.param("تحتاج من 2-6 أسابيع", "ar", "2-6", "number", id="ar-dash-range"),
        pytest.param(
            "uma banca de entre 3 e 5 professores", "pt", "3 e 5", "number", id="pt-range"
        ),
        pytest.param("رئيس تركيا الثاني عشر", "ar", "الثاني عشر", "ordinal", id="ar-ordinal"),
        pytest.param("é o sexto maior país", "pt", "sexto", "ordinal", id="pt-ordinal"),
        pytest.param("فتحوا القسطنطينية عام 1453م", "ar", "1453م", "date", id="ar-era-year"),
        pytest.param("ودام ملكهم من عام 1299م", "ar", "1299م", "date", id="ar-early-era-year"),
        pytest.param(
            "بدأت في الأول من سبتمبر من عام 1939 في أوروبا",
            "ar",
            "الأول من سبتمبر من عام 1939",
            "date",
            id="ar-ordinal-day-of-month-of-year",
        ),
        pytest.param(
            "في وقت سابق من هذا الشهر، كشفت",
            "ar",
            "في وقت سابق من هذا الشهر",
            "date",
            id="ar-earlier-this-month",
        ),
        pytest.param(
            "No início deste mês, a Kraken", "pt", "No início deste mês", "date", id="pt-relative"
        ),
        pytest.param("اندلعت في أواخر عام 2010،", "ar", "في أواخر عام 2010", "date", id="ar-late"),
        pytest.param(
            "انتهى في العام 280 قبل الميلاد،", "ar", "280 قبل الميلاد", "date", id="ar-bc"
        ),
        pytest.param("قتل سنة 61 للهجرة،", "ar", "61 للهجرة", "date", id="ar-hijri-era"),
        pytest.param("خرج سنة 2 هـ في مئة", "ar", "2 هـ", "date", id="ar-one-digit-era-year"),
        pytest.param("عاش ستة وسبعين عامًا", "ar", "ستة وسبعين", "number", id="ar-units-and-tens"),
        pytest.param("القرار رقم 5 ينص على", "ar", "5", "label", id="ar-number-label"),
        pytest.param("a resolução nº 342 de 2015", "pt", "342", "label", id="pt-number-label"),
        # a century is a date, whether an ordinal, a number or a Roman numeral says which
        pytest.param(
            "وفي أواخر القرن السادس عشر الميلادي بدأت",
            "ar",
            "القرن السادس عشر الميلادي",
            "date",
            id="ar-century-ordinal-and-era",
        ),
        pytest.param("تضاعف خلال القرن 20.", "ar", "القرن 20", "date", id="ar-century-number"),
        pytest.param("ازدهرت بالقرن الثامن", "ar", "القرن الثامن", "date", id="ar-century-glued"),
        pytest.param("no século XVI, os portugueses", "pt", "século XVI", "date", id="pt-roman"),
        pytest.param("durante o século dezenove", "pt", "século dezenove", "date", id="pt-words"),
        # a preposition written onto a figure is not part of it
        pytest.param("قدر عدد سكانها بـ104 مليون نسمة", "ar", "104 مليون", "number", id="ar-bi"),
    ],
)
def test_number_and_date_forms(text, code, span, kind):
    assert (span, kind) in spans_of(text, code)


@pytest.mark.parametrize(
    ("text", "code", "not_span"),
    [
        pytest.param("تتألف من 28 ولاية وسبعة أقاليم", "ar", "وسبعة", id="ar-waw-is-not-quoted"),
        pytest.param(
            "فتحوا القسطنطينية (إسطنبول حاليًّا) عام 1453م", "ar", "حاليًّا) عام", id="ar-bracket"
        ),
        pytest.param("في سن الخامسة والعشرين تزوج الأب", "ar", "الأب", id="ar-father-is-no-month"),
        pytest.param("foram 3 votos e 5 abstenções", "pt", "3 e 5", id="pt-list-is-no-range"),
        # the tokeniser cuts "ل2.2%" at its decimal point: "ل2" is no figure of its own
        pytest.param("رفع معدل النمو ل2.2% في", "ar", "2", id="ar-no-figure-before-a-cut"),
        pytest.param("no século 300 anos depois", "pt", "século 300", id="pt-no-300th-century"),
    ],
)
def test_spans_that_are_not_found(text, code, not_span):
    assert not_span not in [s for s, _ in spans_of(text, code)]


@pytest.mark.parametrize(
    ("text", "code", "answer_type"),
    [
        pytest.param("استمرت السلطنة حتى العصر الثالث", "ar", "number", id="ar-ordinal-no-count"),
        pytest.param("Foi o primeiro presidente.", "pt", "number", id="pt-ordinal-no-count"),
    ],
)
def test_an_ordinal_does_not_answer_how_many(text, code, answer_type):
    assert short_answer(text, answer_type, LANGS[code]) is None


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        pytest.param("تحتل الهند المرتبة السادسة في الإنفاق العسكري.", "ar", "السادسة", id="ar"),
        pytest.param("Foi o primeiro colocado em 2014, com 12 pontos.", "pt", "primeiro", id="pt"),
    ],
)
def test_a_rank_is_answered_by_an_ordinal_not_a_count(text, code, expected):
    span = short_answer(text, "rank", LANGS[code])
    assert span is not None and span.text == expected


@pytest.mark.parametrize(
    ("text", "code", "unit", "expected"),
    [
        pytest.param(
            "A reunião foi na terça-feira; o acordo, de 2024.", "pt", "year", "2024", id="pt-year"
        ),
        pytest.param("عقد الاجتماع يوم الثلاثاء", "ar", "year", None, id="ar-weekday-no-year"),
        pytest.param(
            "Abriu na terça-feira e fechou em abril.", "pt", "month", "abril", id="pt-month"
        ),
        pytest.param("ولد الشافعي بغزة عام 150 هـ", "ar", "year", "150 هـ", id="ar-hijri-year"),
        pytest.param("الطاعون الأسود في عام 1350، إذ", "ar", "year", "1350", id="ar-early-year"),
        pytest.param("Fundada em 12 de março.", "pt", "year", None, id="pt-day-is-no-year"),
    ],
)
def test_a_date_question_asking_a_unit_needs_that_unit(text, code, unit, expected):
    span = short_answer(text, "date", LANGS[code], unit=unit)
    assert (span.text if span else None) == expected


@pytest.mark.parametrize(
    ("text", "code", "ents", "expected"),
    [
        pytest.param(
            "بالتسلل إلى شركات خارج الولايات المتحدة، مستهدفين شركات في المملكة المتحدة",
            "ar",
            entities("ar", {"الولايات المتحدة": "place", "المملكة المتحدة": "place"}),
            "المملكة المتحدة",
            id="ar-outside",
        ),
        pytest.param(
            "empresas fora dos Estados Unidos, no Reino Unido",
            "pt",
            None,
            "Reino Unido",
            id="pt-fora-dos",
        ),
    ],
)
def test_a_name_set_aside_is_not_the_answer(text, code, ents, expected):
    span = short_answer(text, "place", LANGS[code], entities=ents)
    assert span is not None and span.text == expected


@pytest.mark.parametrize(
    ("text", "code", "asked"),
    [
        pytest.param(
            "A Universidade Federal de Mato Grosso do Sul (UFMS) fica em Campo Grande.",
            "pt",
            {"ufms"},
            id="pt-acronym-asked",
        ),
        pytest.param(
            "A Coordenadoria Biblioteca Central (CBC) tem acervo.", "pt", {"cbc"}, id="pt-alias"
        ),
    ],
)
def test_a_name_whose_bracketed_alias_is_asked_repeats_the_question(text, code, asked):
    span = short_answer(text, "entity", LANGS[code], asked=asked)
    assert span is None or span.text == "Campo Grande"


@pytest.mark.parametrize(
    ("text", "question_words", "expected"),
    [
        pytest.param(
            "نشر أينشتاين النظرية النسبية (Relativity) عام 1915.",
            {"من", "اكتشف", "النسبيه"},
            None,
            id="ar-bracketed-gloss-is-the-subject",
        ),
        pytest.param(
            "نشر أينشتاين النظرية النسبية (Relativity) عام 1915.",
            {"ما", "اسم", "النسبيه", "بالانجليزيه"},
            "Relativity",
            id="ar-foreign-name-asked",
        ),
        pytest.param(
            "فلسطين (باليونانية: Παλαιστίνη) منطقة",
            {"من", "سكن", "المنطقه"},
            None,
            id="ar-greek-gloss-after-a-label",
        ),
    ],
)
def test_a_foreign_gloss_in_arabic_answers_only_a_foreign_name_question(
    text, question_words, expected
):
    span = short_answer(text, "entity", AR, asked=question_words, display=True)
    assert (span.text if span else None) == expected


def test_a_foreign_gloss_still_counts_as_a_name_when_judging():
    text = "فلسطين (باليونانية: Παλαιστίνη) منطقة"
    assert short_answer(text, "entity", AR, asked={"من"}) is not None


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        pytest.param(
            "O MEC e a Universidade de Coimbra assinaram o acordo.",
            "universidade",
            "Universidade de Coimbra",
            id="pt-name-opening-with-the-category",
        ),
        pytest.param(
            "قال “جوجل” إن مجموعة “لازاروس” تستهدف المنصات",
            "مجموعه",
            "لازاروس",
            id="ar-name-after-the-category",
        ),
    ],
)
def test_a_name_of_the_asked_category_is_preferred(text, category, expected):
    language = PT if "Coimbra" in text else AR
    stem = language.stem(language.normalise(category))
    span = short_answer(
        text, "entity", language, asked={language.normalise(category)}, category={stem}
    )
    assert span is not None and span.text == expected


@pytest.mark.parametrize(
    ("text", "answer_type", "shown"),
    [
        pytest.param(
            "Na sala estavam Ana, Rui, Eva, Luís, Rita.", "person", False, id="five-names"
        ),
        pytest.param("Na sala estavam Ana e Rui.", "person", True, id="two-names"),
        pytest.param("Foram 3, 5, 7 e 9 votos.", "number", False, id="four-values"),
        pytest.param("Foram 3 votos e 5 abstenções.", "number", True, id="two-values"),
    ],
)
def test_a_text_crowded_with_spans_of_the_kind_gets_no_short_answer(text, answer_type, shown):
    assert (short_answer(text, answer_type, PT, display=True) is not None) is shown
    assert short_answer(text, answer_type, PT) is not None


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        pytest.param("org", True, id="org-is-where-things-happen"),
        pytest.param("place", True, id="place"),
        pytest.param("date", False, id="date"),
    ],
)
def test_what_answers_where(kind, expected):
    from bot.extract import fits

    assert fits(kind, "place") is expected


def test_where_is_not_shown_an_organisation():
    text = "وفي أبريل، كشفت “جوجل” أن العمال بدأوا بالتسلل"
    ents = entities("ar", {"جوجل": "org"})
    assert short_answer(text, "place", AR, entities=ents) is not None  # evidence when judging
    assert short_answer(text, "place", AR, entities=ents, display=True) is None


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        pytest.param(True, "كوريا الجنوبية", id="shown-a-country-that-acted"),
        pytest.param(False, None, id="not-evidence-when-judging"),
    ],
)
def test_who_may_be_shown_a_country(display, expected):
    text = "اتفقت كوريا الجنوبية مع الاتحاد الأوروبي على التعاون"
    ents = entities("ar", {"كوريا الجنوبية": "place", "الاتحاد الأوروبي": "org"})
    asked = {"مين", "اتفق", "مع", "الاتحاد", "الاوروبي"}
    span = short_answer(text, "person", AR, asked=asked, entities=ents, display=display)
    assert (span.text if span else None) == expected


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        pytest.param(
            "acabou sendo exposto pelos especialistas em segurança da empresa que suspeitaram.",
            "especialistas em segurança da empresa",
            id="up-to-the-clause",
        ),
        pytest.param("Ele foi preso pela polícia federal, disse.", "polícia federal", id="comma"),
        pytest.param(
            "O texto foi escrito por jornalistas.", "jornalistas", id="irregular-participle"
        ),
        pytest.param("Morreram pelo menos três pessoas.", None, id="no-participle-no-agent"),
        pytest.param("O voo foi adiado por uma semana.", None, id="a-time-is-not-who"),
        pytest.param(
            "A empresa foi fundada por João Silva.", None, id="a-name-is-left-to-the-name"
        ),
        pytest.param("تم اكتشافه من قبل الشركة.", None, id="arabic-has-no-agent-phrases"),
    ],
)
def test_agent_of_a_passive(text, agent):
    language = AR if "من قبل" in text else PT
    found = [s.text for s in find_spans(text, language) if s.kind == "agent"]
    assert found == ([agent] if agent else [])


@pytest.mark.parametrize(
    ("answer_type", "expected"),
    [
        pytest.param("person", "especialistas em segurança da empresa", id="who"),
        pytest.param("org", None, id="which-organisation-is-not-a-description"),
    ],
)
def test_an_agent_answers_who_before_a_country_nearby(answer_type, expected):
    text = (
        "A Kraken, com sede nos EUA, revelou que um hacker tentou ser contratado fingindo um "
        "pedido de emprego, mas acabou sendo exposto pelos especialistas em segurança da empresa."
    )
    ents = entities("pt", {"Kraken": "org", "EUA": "place"})
    asked = {"quem", "descobriu", "o", "hacker", "da", "kraken"}
    anchors = {PT.stem("hacker"), PT.stem("kraken")}
    span = short_answer(
        text, answer_type, PT, asked=asked, entities=ents, anchors=anchors, display=True
    )
    assert (span.text if span else None) == expected


def test_another_alias_of_an_asked_entry_repeats_the_question():
    from bot.extract import EntityTable

    names = {"União Europeia": "org", "UE": "org", "Maciej Stadejek": "person"}
    table = entities("pt", names)
    keys = list(table)
    ents = EntityTable(table, {keys[0]: 7, keys[1]: 7, keys[2]: 8})
    text = "A União Europeia foi representada por Maciej Stadejek."
    span = short_answer(text, "person", PT, asked={"quem", "representou", "a", "ue"}, entities=ents)
    assert span is not None and span.text == "Maciej Stadejek"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("No Brasil, o professor ministra aulas.", "Brasil", id="no"),
        pytest.param("Na USP de São Carlos foi criado o curso.", "USP de São Carlos", id="na"),
    ],
)
def test_a_leading_function_word_is_not_part_of_a_name(text, name):
    names = [s for s, kind in spans_of(text, "pt") if kind == "entity"]
    assert name in names
    assert not any(n.split()[0] in ("No", "Na") for n in names)


PT_PLAN = (
    "A Coréia do Sul e a União Europeia planejam aumentar a cooperação contra o roubo de "
    "criptomoedas da Coreia do Norte."
)
PT_PLAN_ENTITIES = entities(
    "pt",
    {"Coréia do Sul": "place", "Coreia do Norte": "place", "União Europeia": "org"},
)


def test_a_lexicon_name_is_compared_whole_with_the_question():
    asked = {"quem", "planeja", "roubo", "da", "coreia", "do", "norte"}
    span = short_answer(PT_PLAN, "place", PT, asked=asked, entities=PT_PLAN_ENTITIES)
    assert span is not None and span.text == "Coréia do Sul"


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        pytest.param(set(), "Coréia do Sul e a União Europeia", id="who-is-both"),
        pytest.param({"unia"}, "União Europeia", id="which-union-is-one"),
    ],
)
def test_who_joins_two_names_joined_by_and(category, expected):
    asked = {"quem", "planeja", "aumentar", "cooperacao"}
    span = short_answer(
        PT_PLAN,
        "person",
        PT,
        asked=asked,
        entities=PT_PLAN_ENTITIES,
        anchors=["planej"],
        category=category,
        display=True,
    )
    assert span is not None and span.text == expected


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("Eles entraram em empresas de blockchain nos Estados Unidos.", None, id="no"),
        pytest.param("Eles entraram na empresa Kraken.", "Kraken", id="a-name-of-the-sort"),
    ],
)
def test_what_sort_of_thing_is_not_answered_by_another_name(text, shown):
    span = short_answer(
        text, "org", PT, asked={"tipo", "empresa"}, category={"empres"}, display=True, sort=True
    )
    assert (span.text if span else None) == shown


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(
            "وأعلنت وزارة الخارجية الكورية الجنوبية في بيان",
            "وزارة الخارجية الكورية الجنوبية",
            id="ministry-up-to-a-preposition",
        ),
        pytest.param("لكن فريق الأمن اكتشف خداعه", "فريق الأمن", id="team"),
        pytest.param("وقالت والحكومة المصرية إن", "الحكومة المصرية", id="glued-waw-left-out"),
    ],
)
def test_arabic_body_names(text, body):
    assert (body, "body") in spans_of(text, "ar")


def test_an_organisation_noun_alone_is_no_body():
    assert not [s for s, kind in spans_of("مثل مجموعة “لازاروس”، حيث", "ar") if kind == "body"]


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        pytest.param(True, "وزارة الخارجية الكورية الجنوبية", id="shown"),
        pytest.param(False, None, id="not-evidence-when-judging"),
    ],
)
def test_an_arabic_body_answers_who_only_when_shown(display, expected):
    text = "وأعلنت وزارة الخارجية الكورية الجنوبية في بيان صدر بعد الاجتماع"
    span = short_answer(text, "person", AR, asked={"مين", "طلع", "البيان"}, display=display)
    assert (span.text if span else None) == expected


def test_an_arabic_name_repeats_an_asked_word_with_or_without_the_article():
    text = "وأعلن نادي الهلال السعودي فوزه"
    assert short_answer(text, "org", AR, asked={"بماذا", "يعتبر", "النادي"}, display=True) is None


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        pytest.param(
            "O curso de Bacharelado foi criado para formar analistas.",
            {"objetiv"},
            None,
            id="capitalised-name-of-another-kind",
        ),
        pytest.param(
            "O acervo está no sistema Pergamum desde 2001.",
            {"sistem"},
            "Pergamum",
            id="capitalised-name-of-the-asked-kind",
        ),
    ],
)
def test_which_x_shows_a_capitalised_name_only_of_that_kind(text, category, expected):
    span = short_answer(text, "entity", PT, asked={"qual"}, category=category, display=True)
    assert (span.text if span else None) == expected


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        pytest.param("A reunião foi na terça-feira.", "day", "terça-feira", id="weekday-is-a-day"),
        pytest.param(
            "O roubo foi em 12 de março de 2024.", "day", "12 de março de 2024", id="date"
        ),
        pytest.param("O roubo foi em 2024.", "day", None, id="a-year-is-no-day"),
        pytest.param("A reunião começou às 10h30.", "time", "10h30", id="clock-time"),
        pytest.param("A reunião foi na terça-feira.", "time", None, id="a-day-is-no-time"),
    ],
)
def test_a_date_of_the_asked_unit(text, unit, expected):
    span = short_answer(text, "date", PT, unit=unit)
    assert (span.text if span else None) == expected


def test_tables_with_the_same_names_share_memoised_spans():
    from bot.extract import EntityTable

    first = EntityTable({("lazarus",): "org"})
    second = EntityTable({("lazarus",): "org"})  # rebuilt on a reload, same contents
    other = EntityTable({("lazarus",): "person"})
    assert (first.fingerprint == second.fingerprint, first.fingerprint == other.fingerprint) == (
        True,
        False,
    )
    assert hash(first.fingerprint) == hash(second.fingerprint)


def test_spans_follow_the_entity_table():
    from bot.extract import EntityTable

    text = "O grupo Zeta atacou."
    as_org = find_spans(text, PT, EntityTable({("zeta",): "org"}))
    as_person = find_spans(text, PT, EntityTable({("zeta",): "person"}))
    kinds = (
        {s.kind for s in as_org if s.text == "Zeta"},
        {s.kind for s in as_person if s.text == "Zeta"},
    )
    assert kinds == ({"org"}, {"person"})


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("criada no Rio de Janeiro, pela Rainha D. Maria I.", "Rainha D. Maria I"),
        pytest.param("criada no Rio de Janeiro, pela Rainha D. Maria I.", "Rio de Janeiro"),
        pytest.param("fundada em 387 a.C. pelo filósofo grego Platão", "Platão"),
    ],
    ids=["initial-inside-a-name", "capitalised-month-ends-a-name", "initials-alone-are-no-name"],
)
def test_capitalised_names_around_initials_and_months(text, span):
    assert (span, "entity") in spans_of(text, "pt")


@pytest.mark.parametrize(
    "text", ["fundada em 387 a.C. pelo filósofo grego Platão", "no Rio de Janeiro em 1792"]
)
def test_no_name_or_date_is_made_of_a_lone_initial_or_a_place_month(text):
    spans = spans_of(text, "pt")
    assert ("C", "entity") not in spans and ("Janeiro", "date") not in spans


def test_a_capitalised_month_after_a_day_is_still_a_date():
    spans = spans_of("Em 1 de Janeiro de 2020 houve festa.", "pt")
    assert ("1 de Janeiro de 2020", "date") in spans


@pytest.mark.parametrize(
    ("text", "code", "asked", "expected"),
    [
        ("نجيب محفوظ (11 ديسمبر 1911 - 30 أغسطس 2006) روائي مصري", "ar", "توفي", "30 أغسطس 2006"),
        ("نجيب محفوظ (11 ديسمبر 1911 - 30 أغسطس 2006) روائي مصري", "ar", "ولد", "11 ديسمبر 1911"),
        (
            "Einstein (Ulm, 14 de março de 1879 — Princeton, 18 de abril de 1955) foi um físico.",
            "pt",
            "morreu",
            "18 de abril de 1955",
        ),
        (
            "Einstein (Ulm, 14 de março de 1879 — Princeton, 18 de abril de 1955) foi um físico.",
            "pt",
            "nasceu",
            "14 de março de 1879",
        ),
    ],
    ids=["ar-death", "ar-birth", "pt-death-after-a-place", "pt-birth"],
)
def test_a_life_span_gives_birth_first_and_death_second(text, code, asked, expected):
    span = short_answer(text, "date", LANGS[code], asked={LANGS[code].normalise(asked)})
    assert span is not None and span.text == expected


@pytest.mark.parametrize(
    ("text", "code", "anchors", "expected"),
    [
        (
            "كانت حرب نشبت في أوروبا من 28 يوليو 1914 وانتهت في 11 نوفمبر 1918.",
            "ar",
            {"انتهت"},
            "11 نوفمبر 1918",
        ),
        (
            "A guerra começou em 28 de julho de 1914 e terminou em 11 de novembro de 1918.",
            "pt",
            {"termin"},
            "11 de novembro de 1918",
        ),
    ],
    ids=["ar-glued-and", "pt-and"],
)
def test_a_date_before_a_coordinated_verb_belongs_to_the_clause_before(
    text, code, anchors, expected
):
    span = short_answer(text, "date", LANGS[code], anchors=anchors)
    assert span is not None and span.text == expected


def _places(code: str, *names: str):
    from bot.extract import EntityTable

    language = LANGS[code]
    return EntityTable({entity_key([t.norm for t in language.tokens(n)]): "place" for n in names})


@pytest.mark.parametrize(
    ("text", "code", "asked", "expected"),
    [
        ("هي جمهورية تقع في جنوب آسيا.", "ar", "اين تقع", "جنوب آسيا"),
        ("تقع سويسرا في غرب أوروبا.", "ar", "اين تقع سويسرا بالنسبة لاوروبا", "غرب أوروبا"),
        ("A cidade fica no sul da Itália.", "pt", "onde fica a cidade", "sul da Itália"),
    ],
    ids=["ar-region", "ar-region-of-an-asked-place", "pt-region"],
)
def test_where_is_answered_with_the_region_of_a_place(text, code, asked, expected):
    language = LANGS[code]
    norms = {t.norm for t in language.tokens(asked)}
    ents = _places(code, "آسيا", "أوروبا", "سويسرا", "Itália")
    span = short_answer(text, "place", language, norms, ents, display=True)
    assert span is not None and span.text == expected


def test_a_listed_name_with_a_bracketed_alias_still_repeats_the_question():
    text = "جمهورية الهند (بالهندية: भारत गणराज्य) هي جمهورية تقع في جنوب آسيا."
    norms = {t.norm for t in AR.tokens("اين تقع جمهورية الهند")}
    span = short_answer(text, "place", AR, norms, _places("ar", "الهند", "آسيا"), display=True)
    assert span is not None and span.text == "جنوب آسيا"


def test_a_place_repeats_a_question_that_names_it_by_its_adjective():
    text = "ايران دولة تقع في غرب آسيا."
    norms = {t.norm for t in AR.tokens("أين تقع الجمهورية الإسلامية الإيرانية")}
    span = short_answer(text, "place", AR, norms, _places("ar", "ايران", "آسيا"), display=True)
    assert span is not None and span.text == "غرب آسيا"


def test_a_place_adjective_does_not_stand_for_who_did_it():
    text = "روتشيلد عائلة يهودية ألمانية ثرية جدا."
    norms = {t.norm for t in AR.tokens("من هو مؤسس عائلة روتشيلد")}
    span = short_answer(text, "person", AR, norms, _places("ar", "ألمانيا"), display=True)
    assert span is None


def _stems(code: str, text: str) -> set[str]:
    return {t.stem for t in LANGS[code].tokens(text)}


def shown(text: str, code: str, question: str, ents=None, **options) -> str | None:
    """The short answer shown for ``question`` in ``text``, as the engine asks for it."""
    from bot.question import analyse

    language = LANGS[code]
    q = analyse(question, language)
    span = short_answer(
        text,
        q.answer_type,
        language,
        q.asked_norms,
        ents or {},
        category=q.category,
        display=True,
        unit=q.date_unit,
        origin=q.asks_origin,
        **options,
    )
    return span.text if span else None


def test_where_is_answered_by_a_name_rather_than_a_place_adjective():
    text = "A UFMS é uma instituição federal brasileira, sediada em Campo Grande, no estado."
    question = "Onde é sediada a UFMS?"
    norms = {t.norm for t in PT.tokens(question)}
    anchors = _stems("pt", "sediada UFMS")  # the question's content words
    span = short_answer(text, "place", PT, norms, _places("pt", "Brasil"), anchors=anchors)
    assert span is not None and span.text == "Campo Grande"


def test_which_country_is_answered_by_a_place_adjective():
    text = "كشفت بورصة كراكن الأمريكية أن قرصانا من كوريا الشمالية حاول الحصول على وظيفة"
    question = "كراكن بورصه من اي بلد"
    norms = {t.norm for t in AR.tokens(question)}
    ents = _places("ar", "أمريكا", "كوريا الشمالية")
    anchors = _stems("ar", "كراكن بورصه")  # the question's content words
    span = short_answer(text, "place", AR, norms, ents, anchors=anchors, category={"بلد"})
    assert span is not None and span.text == "الأمريكية"


def test_a_place_only_the_lexicon_lists_may_stand_for_who_acted():
    ents = _places("ar", "برزنيا")  # a country only this knowledge base's lexicon knows
    assert "برزنيا" not in AR.places
    norms = {t.norm for t in AR.tokens("مين اتفق مع الاتحاد")}
    span = short_answer(
        "اتفقت برزنيا مع الاتحاد على التعاون", "person", AR, norms, ents, display=True
    )
    assert span is not None and span.text == "برزنيا"


@pytest.mark.parametrize(
    ("text", "code", "question", "expected"),
    [
        pytest.param(
            "وقد تضاعف سكان آسيا أربع مرات، ويبلغ عددهم 4 مليارات نسمة.",
            "ar",
            "كم عدد سكان آسيا؟",
            "4 مليارات",
            id="ar-a-multiplier-is-no-count",
        ),
        pytest.param(
            "وقد تضاعف سكان آسيا أربع مرات خلال القرن.",
            "ar",
            "كم مرة تضاعف السكان؟",
            "أربع",
            id="ar-how-many-times-takes-it",
        ),
        pytest.param(
            "A cidade cresceu três vezes e tem 200 mil moradores.",
            "pt",
            "quantos moradores tem a cidade?",
            "200 mil",
            id="pt-a-multiplier-is-no-count",
        ),
        pytest.param(
            "Ele venceu o torneio cinco vezes.",
            "pt",
            "quantas vezes ele venceu?",
            "cinco",
            id="pt-how-many-times-takes-it",
        ),
    ],
)
def test_a_multiplier_answers_only_how_many_times(text, code, question, expected):
    assert shown(text, code, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        pytest.param("أين درّس أينشتاين الفيزياء؟", None, id="where-is-not-answered-by-origin"),
        pytest.param("من أي بلد أينشتاين؟", "ألماني", id="from-which-country-takes-it"),
        pytest.param("ما الدولة التي ولد فيها أينشتاين؟", None, id="which-country-does-not"),
    ],
)
def test_a_place_adjective_is_shown_only_when_origin_is_asked(question, expected):
    """ARCD: "أين درّس ألبرت أينشتاين الفيزياء النظرية؟" was answered "ألماني" (German-born)."""
    text = "كان أينشتاين عالم فيزياء ألماني المولد، سويسري الجنسية، ويشتهر بالنسبية."
    ents = entities("ar", {"ألمانيا": "place", "سويسرا": "place"})
    assert shown(text, "ar", question, ents, anchors={"اينشتاين", "فيزياء"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A primeira turma da Poli-USP iniciou-se em 1989.", None, id="of-a-name"),
        pytest.param(
            "A primeira turma iniciou-se em 1989 no Campus Butantã.",
            "Campus Butantã",
            id="in-a-name",
        ),
    ],
)
def test_a_name_answers_where_only_when_the_text_puts_something_in_it(text, expected):
    """FaQuAD: "Onde a primeira turma ... se iniciou?" was answered "Poli-USP" ("da Poli-USP")."""
    assert shown(text, "pt", "onde a primeira turma se iniciou?", anchors={"turm"}) == expected


@pytest.mark.parametrize(
    ("text", "name", "introduced"),
    [
        pytest.param("O curso fica no Campus Butantã.", "Campus Butantã", True, id="pt-no"),
        pytest.param("A turma da Poli-USP.", "Poli-USP", False, id="pt-da"),
        pytest.param("عقد الاجتماع في سيول.", "سيول", True, id="ar-fi"),
        pytest.param("عقد الاجتماع بسيول.", "سيول", True, id="ar-glued-bi"),
        pytest.param("وفد من سيول.", "سيول", False, id="ar-min"),
    ],
)
def test_introduced_by_a_locative(text, name, introduced):
    from bot.extract import Span, introduced_by

    language = AR if name[0] > "z" else PT
    start = text.index(name)
    span = Span(name, start, start + len(name), "entity")
    tokens = language.tokens(text)
    assert introduced_by(tokens, span, language.frames.at, language) is introduced


@pytest.mark.parametrize(
    ("text", "code", "question", "expected"),
    [
        pytest.param(
            "هاجر جبران مع عائلته إلى الولايات المتحدة، ولد في 6 يناير 1883 في بشري.",
            "ar",
            "متى هاجر جبران؟",
            None,
            id="ar-a-birth-date-is-no-other-event",
        ),
        pytest.param(
            "هاجر جبران مع عائلته إلى الولايات المتحدة، ولد في 6 يناير 1883 في بشري.",
            "ar",
            "متى ولد جبران؟",
            "6 يناير 1883",
            id="ar-a-birth-date-answers-when-born",
        ),
        pytest.param(
            "Fernando Pessoa (13 de junho de 1888 — 30 de novembro de 1935) publicou em 1934.",
            "pt",
            "quando Pessoa publicou?",
            "1934",
            id="pt-a-life-span-is-no-other-event",
        ),
        pytest.param(
            "جبران شاعر لبناني، ولد في 6 يناير 1883 في بشري.",
            "ar",
            "متى توفي جبران؟",
            None,
            id="ar-a-birth-date-is-no-death-date",
        ),
        pytest.param(
            "توماس أديسون (1847-1931) مخترع أمريكي.",
            "ar",
            "متى ولد أديسون؟",
            "1847",
            id="ar-birth-from-a-bracketed-year-span",
        ),
        pytest.param(
            "ابن خلدون (1332 - 1406م)، ولد في تونس.",
            "ar",
            "متى توفي ابن خلدون؟",
            "1406",
            id="ar-death-from-a-bracketed-year-span",
        ),
        pytest.param(
            "Camões (1524-1580) foi um poeta.",
            "pt",
            "quando morreu Camões?",
            "1580",
            id="pt-death-from-a-bracketed-year-span",
        ),
    ],
)
def test_a_life_date_answers_only_birth_or_death(text, code, question, expected):
    assert shown(text, code, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        pytest.param("أين يقع العراق؟", "غرب آسيا", id="where-takes-the-region"),
        pytest.param("ماهي عاصمة العراق؟", "بغداد", id="a-kind-of-place-is-no-region"),
    ],
)
def test_a_region_answers_where_not_a_kind_of_place(question, expected):
    """ARCD: "ماهي عاصمة العراق؟" was answered "غرب آسيا"."""
    text = "العراق دولة عربية تقع في غرب آسيا، وعاصمتها بغداد."
    ents = entities("ar", {"العراق": "place", "آسيا": "place", "بغداد": "place"})
    anchors = _stems("ar", question)
    assert shown(text, "ar", question, ents, anchors=anchors) == expected


@pytest.mark.parametrize(
    ("text", "code", "question", "expected"),
    [
        pytest.param(
            "O curso tem dois turnos, e a matrícula pode ser trancada por até quatro semestres.",
            "pt",
            "por quanto tempo a matrícula pode ser trancada?",
            "quatro semestres",
            id="pt-the-number-of-units",
        ),
        pytest.param(
            "حكم السلاطين ثلاث قارات لمدة ستة قرون.",
            "ar",
            "كم دام حكم السلاطين؟",
            "ستة قرون",
            id="ar-the-number-of-units",
        ),
        pytest.param(
            "امتدت أراضي الدولة على ثلاث قارات.",
            "ar",
            "كم دام حكم الدولة؟",
            None,
            id="ar-no-units-no-duration",
        ),
        pytest.param(
            "O estágio tem 30 (trinta) dias de recesso.",
            "pt",
            "por quanto tempo dura o recesso?",
            "trinta",  # not "trinta) dias": the unit is not taken across the bracket
            id="pt-no-unit-across-a-bracket",
        ),
    ],
)
def test_a_duration_is_a_number_of_time_units(text, code, question, expected):
    assert shown(text, code, question) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param(
            "ولد في 15 كانون الثاني 1990 في دمشق.", ["15 كانون الثاني 1990"], id="two-words"
        ),
        pytest.param(
            "وقعت الغزوة في السابع عشر من رمضان.", ["السابع عشر من رمضان"], id="hijri-teen-ordinal"
        ),
        pytest.param(
            "قتل في العاشر من محرم سنة 61 للهجرة.",
            ["العاشر من محرم سنة 61 للهجرة"],
            id="hijri-year",
        ),
        pytest.param(
            "توفي في 12 ربيع الأول سنة 11 هـ.", ["12 ربيع الأول سنة 11 هـ"], id="hijri-pair"
        ),
        pytest.param("قال رمضان إن الاجتماع مهم.", [], id="a-hijri-month-alone-is-a-name"),
        pytest.param("سافر محرم إلى القاهرة.", [], id="another-name"),
    ],
)
def test_arabic_months_of_two_words_and_of_the_hijri_calendar(text, dates):
    assert [s.text for s in find_spans(text, AR, {}) if s.kind == "date"] == dates
