"""Index helpers (bot/index.py): what kinds of answer a sentence can give."""

from __future__ import annotations

import pytest

from bot.index import answer_kinds
from bot.lang import get


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        pytest.param("يهدف الشركاء إلى ضمان نظام آمن.", "ar", "reason", id="ar-purpose"),
        pytest.param("ويهدف الشركاء إلى ضمان نظام آمن.", "ar", "reason", id="ar-glued-and"),
        pytest.param("وباستخدام إعلانات مزيفة سرقوا الأموال.", "ar", "method", id="ar-glued-means"),
        pytest.param("Eles roubaram usando golpes de phishing.", "pt", "method", id="pt-means"),
        pytest.param("A matrícula é renovada após o semestre.", "pt", "time", id="pt-when-clause"),
        pytest.param("يتجدد الاشتراك عندما ينتهي العام.", "ar", "time", id="ar-when-clause"),
        pytest.param("As bibliotecas existem desde que há livros.", "pt", "time", id="pt-since"),
        pytest.param("O tempo conta a partir do ingresso.", "pt", "time", id="pt-from-on"),
        pytest.param("يعيش الناس هنا منذ أن بنيت المدينة.", "ar", "time", id="ar-since"),
    ],
)
def test_a_connective_gives_the_sentence_its_kind(text, code, kind):
    assert kind in answer_kinds(text, get(code), None)


def test_a_sentence_without_a_connective_has_neither_kind():
    kinds = answer_kinds("اجتمع الشركاء في سيول.", get("ar"), None)
    assert not kinds & {"reason", "method"}


def test_a_lexicon_phrase_translates_word_by_word():
    from bot import knowledge
    from bot.cli import DEFAULT_KNOWLEDGE
    from bot.index import SearchParams, build

    index = build(knowledge.load(DEFAULT_KNOWLEDGE), "ar", SearchParams())
    pt = get("pt")
    union = {pt.stem(pt.normalise(w)) for w in ("União", "Europeia")}
    assert union <= index.cross[get("ar").stem(get("ar").normalise("الاتحاد"))]


@pytest.mark.parametrize(
    ("code", "word", "named"),
    [
        pytest.param("pt", "bybit", True, id="lexicon-name"),
        pytest.param("pt", "stadejek", True, id="capitalised-name-of-the-text"),
        pytest.param("pt", "reuniao", False, id="common-noun"),
        pytest.param("ar", "كراكن", True, id="ar-lexicon-name"),
        pytest.param("ar", "اجتماع", False, id="ar-common-noun"),
    ],
)
def test_name_words_are_those_the_texts_use_in_names(code, word, named):
    from bot import knowledge
    from bot.cli import DEFAULT_KNOWLEDGE
    from bot.index import SearchParams, build

    index = build(knowledge.load(DEFAULT_KNOWLEDGE), code, SearchParams())
    assert (word in index.name_norms) is named
