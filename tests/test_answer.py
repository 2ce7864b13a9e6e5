"""The answer engine on the seed knowledge base: contract, grounding, abstention, follow-ups."""

from __future__ import annotations

import json

import pytest

from bot import knowledge
from bot.answer import Engine
from bot.cli import DEFAULT_KNOWLEDGE


@pytest.fixture(scope="module")
def kb():
    return knowledge.load(DEFAULT_KNOWLEDGE)


@pytest.fixture(scope="module")
def engine(kb):
    return Engine(kb)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("كم سرق القراصنة؟", "1.7 مليار دولار"),
        ("كم بلغت قيمة العملات المسروقة؟", "1.7 مليار دولار"),
        ("قديش المبلغ اللي انسرق؟", "1.7 مليار دولار"),
        ("quanto foi roubado?", "US $ 1,7 bilhão"),
        ("quanto os hackers levaram?", "US $ 1,7 bilhão"),
        ("Quanto foi roubado pelos hakers?", "US $ 1,7 bilhão"),
    ],
)
def test_amount_stolen(engine, question, short):
    answer = engine.ask(question)
    assert answer.answered
    assert answer.short_answer == short
    assert any(short in c.text for c in answer.citations)


@pytest.mark.parametrize(
    ("question", "lang", "short"),
    [
        ("وين صار الاجتماع؟", "ar", "سيول"),
        ("onde foi a reuniao?", "pt", "Seul"),
        ("em que dia foi a reunião?", "pt", "terça -feira"),
        ("متى كان الاجتماع؟", "ar", "الثلاثاء"),
        ("quais hackers são afiliados à RPDC?", "pt", "Lazarus Group"),
    ],
)
def test_short_answer_types(engine, question, lang, short):
    answer = engine.ask(question)
    assert answer.lang == lang
    assert answer.answered
    assert answer.short_answer is not None
    assert short in answer.short_answer


@pytest.mark.parametrize(
    "question",
    [
        "كم سعر الإيثر اليوم؟",
        "ما سعر صرف اليورو؟",
        "متى تأسست سامسونج؟",
        "كم عدد سكان سيول؟",
        "كيف أعيد تعيين كلمة المرور؟",
        "qual o preço do ether?",
        "qual a cotação do euro?",
        "quando a Samsung foi fundada?",
        "quantas pessoas moram em Seul?",
        "como redefinir minha senha?",
    ],
)
def test_abstains_politely_with_suggestions(engine, question):
    answer = engine.ask(question)
    assert not answer.answered
    assert answer.short_answer is None
    assert answer.citations == ()
    assert answer.confidence_band == "low"
    assert answer.suggestions
    expected = "عذر" if answer.lang == "ar" else "Desculpe"
    assert expected in answer.answer


def test_answer_object_is_the_contract(engine, answer_keys, citation_keys):
    data = engine.ask("كم سرق القراصنة؟").to_dict()
    assert set(data) == answer_keys
    assert data["citations"]
    assert all(set(c) == citation_keys for c in data["citations"])
    json.dumps(data, ensure_ascii=False)  # serialisable as is


def test_citations_are_verbatim_with_offsets(engine, kb):
    answer = engine.ask("quanto foi roubado?")
    for citation in answer.citations:
        if citation.kind == "article":
            body = kb.article(citation.doc_id).body
            assert body[citation.start : citation.end] == citation.text


def test_citations_are_numbered_best_first(engine):
    answer = engine.ask("onde foi a reunião?")
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))


def test_short_answer_is_a_span_of_a_citation(engine):
    answer = engine.ask("quanto foi roubado?")
    assert any(answer.short_answer in c.text for c in answer.citations)


@pytest.mark.parametrize(("question", "lang"), [("كم سرق القراصنة؟", "ar"), ("quanto?", "pt")])
def test_language_of_answer_follows_question(engine, question, lang):
    assert engine.ask(question).lang == lang


def test_lang_parameter_overrides_detection(engine):
    assert engine.ask("Bybit", lang="ar").lang == "ar"


def test_confidence_band_matches_confidence(engine):
    for question in ("كم سرق القراصنة؟", "qual o preço do ether?", "quem participou?"):
        answer = engine.ask(question)
        assert 0.0 <= answer.confidence <= 1.0
        if answer.confidence_band == "high":
            assert answer.confidence >= engine.params.high_threshold
        elif answer.confidence_band == "medium":
            assert answer.confidence >= engine.params.answer_threshold


def test_promotional_residue_is_never_cited(engine):
    answer = engine.ask("projetos de criptografia de ferramenta secreta cobertura de mídia")
    assert all("Principais diferenças" not in c.text for c in answer.citations)


def test_follow_up_uses_the_session(engine):
    first = engine.ask("وين صار الاجتماع؟")
    follow = engine.ask("ومتى؟", session_id=first.session_id)
    assert follow.answered
    assert follow.short_answer is not None and "الثلاثاء" in follow.short_answer


@pytest.mark.parametrize(
    ("turns", "answered"),
    [
        # the earlier turn's light verb ("rolou") does not weigh on the follow-up
        pytest.param(
            ["oq rolou na kraken", "e quem descobriu?"], True, id="light-verb-not-carried"
        ),
        # "رئيسها" asks for a president: "رئيسيًا" (main) is not one
        pytest.param(["وامتى تأسست بايبت؟", "ومين رئيسها؟"], False, id="ar-role-with-possessive"),
    ],
)
def test_follow_up_last_turn(engine, turns, answered):
    session = engine.ask(turns[0]).session_id
    for turn in turns[1:]:
        answer = engine.ask(turn, session_id=session)
    assert answer.answered is answered


def test_follow_up_without_session_abstains(engine):
    assert not engine.ask("ومتى؟").answered


def test_new_session_id_is_issued(engine):
    a, b = engine.ask("quanto foi roubado?"), engine.ask("quanto foi roubado?")
    assert a.session_id and b.session_id and a.session_id != b.session_id


@pytest.mark.parametrize("text", ["", "   ", "؟؟؟", "🙂🙂", "12345", "\u202e\u200b"])
def test_degenerate_input_abstains_without_error(engine, text):
    assert not engine.ask(text).answered


def test_search_ranks_sentences_and_faq(engine):
    hits = engine.search("quanto foi roubado", k=5)
    assert hits
    assert {h.kind for h in hits} <= {"article", "faq"}
    assert any("1,7" in h.text or "1,7" in h.citation.text for h in hits)


def _two_language_kb():
    from bot.knowledge import KnowledgeBase, LexiconEntry, build_article

    ar = build_article("lib-ar", "ar", "مكتبة", "افتتحت المدينة مكتبة جديدة في الصيف.\n")
    pt = build_article(
        "lib-pt",
        "pt",
        "Biblioteca",
        "A biblioteca nova custou 3 milhões de reais à prefeitura.\n",
    )
    lexicon = (
        LexiconEntry({"ar": ("مكتبة", "المكتبة"), "pt": ("biblioteca",)}),
        LexiconEntry({"ar": ("تكلفة", "كلفت", "تكلفت"), "pt": ("custou", "custo")}),
    )
    return KnowledgeBase((ar, pt), (), lexicon)


@pytest.mark.parametrize(
    "question",
    [
        # light10 joins مؤسس "founder" to مؤسسة "institution", a synonym of "company"
        pytest.param("مين مؤسس جوجل", id="founder-is-not-company"),
        # the Portuguese sentence names Bybit and others: the name asked is no answer
        pytest.param("بايبت من اي دولة", id="other-language-does-not-answer-with-the-asked-name"),
        # a role word asks for a person holding it: "Ministério" is not "ministro"
        pytest.param("quem é o ministro das relações exteriores", id="minister-is-not-ministry"),
        pytest.param("مين رئيس كوريا الجنوبية", id="president-is-not-main"),
        # a place the text does not call the capital or the headquarters is neither
        pytest.param("qual a capital da coreia do norte", id="capital-must-be-said"),
        pytest.param("شو عاصمة كوريا الشمالية", id="ar-capital-must-be-said"),
        pytest.param("onde fica a sede do lazarus", id="headquarters-must-be-said"),
        pytest.param("وين مقر لازاروس", id="ar-headquarters-must-be-said"),
        pytest.param("qual o endereço da kraken", id="address-must-be-said"),
        # a share is asked: an amount is no percentage
        pytest.param("qual a porcentagem roubada", id="percentage-is-not-an-amount"),
        pytest.param("شو نسبة المسروق", id="ar-percentage-is-not-an-amount"),
        # "which day?" / "what time?" is not answered by a year or a weekday
        pytest.param("em que dia os hackers roubaram a bybit", id="day-is-not-a-year"),
        pytest.param("باي يوم انسرقت بايبت", id="ar-day-is-not-a-year"),
        pytest.param("que horas foi a reuniao", id="time-is-not-a-day"),
        # the verb of a "when?" question is the event dated: a theft from Wazirx is no founding
        pytest.param("quando a wazirx foi fundada", id="when-founded-is-not-when-robbed"),
        pytest.param("متى تأسست وازير اكس", id="ar-when-founded-is-not-when-robbed"),
        # the verb is all a "who?" asks about the names it gives: naming Bybit is no founding
        pytest.param("quem fundou a bybit", id="who-founded-is-not-who-robbed"),
        pytest.param("مين أسس بايبت", id="ar-who-founded-is-not-who-robbed"),
        pytest.param("qual empresa comprou a kraken", id="which-company-bought-is-not-named"),
        # a kind noun right before the name only says what it is: the verb is still all asked
        pytest.param("quem fundou o grupo lazarus", id="who-founded-the-group-named"),
        pytest.param("مين أسس مجموعة لازاروس", id="ar-who-founded-the-group-named"),
        # the text speaks of an engineer it does not name: "Kraken" is not his name
        pytest.param("qual o nome do engenheiro", id="name-of-an-unnamed-engineer"),
        pytest.param("شو اسم المهندس", id="ar-name-of-an-unnamed-engineer-in-either-language"),
        pytest.param("a bybit é de que país", id="which-country-in-either-language"),
        # "برامج بيونغ يانغ النووية" are Pyongyang's programs: the place owns them, it does not
        # name them (and "برامج" is the plural of the asked "البرنامج")
        pytest.param("شو اسم البرنامج النووي", id="ar-a-place-after-a-noun-is-its-owner"),
        # "preso" (arrested) is a word the synonym lexicon lists, not a typo of "preço" (price),
        # whose synonym "valor" would answer it with the amount stolen
        pytest.param("foi preso?", id="a-listed-word-is-no-typo"),
        pytest.param("alguem foi preso?", id="someone-arrested-is-no-price"),
        # a Portuguese typo keeps the first letter: "demitido" (fired) is not "emitido" (issued)
        pytest.param("foi demitido?", id="a-typo-keeps-its-first-letter"),
    ],
)
def test_hard_negatives_are_declined(engine, question):
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    "question", ["quem roubou a bybit", "مين سرق بايبت", "quem revelou o hacker da kraken"]
)
def test_who_did_what_to_a_name_is_answered_when_the_text_says_it(engine, question):
    assert engine.ask(question).answered


def test_a_light_verbs_colloquial_form_is_not_a_money_word(engine):
    # "بتعمل" (does) is عمل, light10's stem of العملات too: it must not bring the money
    # synonyms, which made this an "how much?" answered with the amount stolen
    answer = engine.ask("كوريا الشمالية شو بتعمل بالفلوس المسروقة")
    assert answer.answered
    assert answer.short_answer is None
    assert any("في تمويل برامج" in c.text for c in answer.citations)


@pytest.mark.parametrize(
    "question", ["quem pegou o hacker da kraken", "quem descobriu o hacker falso da kraken"]
)
def test_who_is_answered_by_the_agent_of_a_passive(engine, question):
    # "...acabou sendo exposto pelos especialistas em segurança da empresa": no name says who
    answer = engine.ask(question)
    assert answer.answered
    assert answer.short_answer == "especialistas em segurança da empresa"


@pytest.mark.parametrize(
    ("question", "short"),
    [
        pytest.param("qual o nome da agencia de noticias", "Yonhap", id="name-a-few-words-after"),
        pytest.param("شو اسم مجموعة القراصنة", "لازاروس", id="ar-name-right-after"),
    ],
)
def test_the_name_of_one_of_a_kind_is_the_name_beside_its_noun(engine, question, short):
    answer = engine.ask(question)
    assert answer.answered
    assert answer.short_answer == short


@pytest.mark.parametrize(
    ("question", "short"),
    [
        pytest.param("em que dia foi a reuniao", "terça -feira", id="day-by-weekday"),
        pytest.param("باي يوم صار الاجتماع", "الثلاثاء", id="ar-day-by-weekday"),
        pytest.param("em que mes o google revelou", "abril", id="month"),
    ],
)
def test_a_date_question_gets_the_unit_it_asks_for(engine, question, short):
    answer = engine.ask(question)
    assert answer.answered
    assert answer.short_answer == short


def test_a_nationality_adjective_answers_which_country(engine):
    # "بورصة كراكن الأمريكية ... قرصانًا من كوريا الشمالية": the adjective beside Kraken
    answer = engine.ask("كراكن من اي دولة")
    assert answer.answered
    assert answer.short_answer == "الأمريكية"


def test_fact_only_in_other_language_is_cited_and_marked():
    answer = Engine(_two_language_kb()).ask("كم تكلفت المكتبة؟")
    assert answer.answered
    assert answer.lang == "ar"
    assert answer.source_lang == "pt"
    assert answer.citations[0].lang == "pt"
    assert "3 milhões de reais" in answer.citations[0].text
    assert answer.answer.startswith("هذه المعلومة واردة في المقال البرتغالي فقط")


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # Matched on most words: the name is the one the question points to.
        pytest.param("مين مثل الاتحاد الاوروبي بالمفاوضات", "Maciej Stadejek", id="well-matched"),
        # Medium confidence: "Divisão ... da Comissão Europeia" is no Korean body.
        pytest.param("شو الجهات الكوريه اللي انضمت للمحادثات", None, id="thinly-matched"),
    ],
)
def test_a_name_from_the_other_language_is_shown_only_when_well_matched(engine, question, short):
    answer = engine.ask(question)
    assert answer.answered and answer.source_lang == "pt"
    assert answer.short_answer == short


def test_other_language_is_not_used_without_lexicon_links():
    from dataclasses import replace

    kb = replace(_two_language_kb(), lexicon=())
    assert not Engine(kb).ask("كم تكلفت المكتبة؟").answered


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("الخبر باختصار عن شو", "كوريا الجنوبية والاتحاد الأوروبي يتفقان"),
        ("do que se trata a matéria?", "Pressionado pelas ameatinas"),
    ],
)
def test_what_is_it_about_gets_the_lead(engine, question, lead):
    answer = engine.ask(question)
    assert answer.answered
    assert answer.answer.startswith(lead)
    assert answer.citations[0].start == 0 or answer.citations[0].text.startswith(lead)


def test_summary_is_declined_when_several_articles_could_be_meant():
    from bot.knowledge import KnowledgeBase, build_article

    kb = KnowledgeBase(
        (
            build_article("a", "pt", "A", "A biblioteca reabriu ontem.\n"),
            build_article("b", "pt", "B", "O museu fechou para obras.\n"),
        )
    )
    assert not Engine(kb).ask("do que se trata?").answered


def test_why_question_prefers_a_sentence_that_gives_a_reason():
    from bot.knowledge import KnowledgeBase, build_article

    body = (
        "A prefeitura fechou a ponte velha na segunda-feira.\n"
        "A ponte velha foi fechada porque as vigas racharam com a chuva.\n"
    )
    engine = Engine(KnowledgeBase((build_article("p", "pt", "Ponte", body),)))
    answer = engine.ask("por que fecharam a ponte velha?")
    assert answer.answered
    assert "porque" in answer.citations[0].text


def test_suggestions_do_not_repeat_what_was_just_answered(engine, kb):
    answer = engine.ask("كم سرق القراصنة؟")
    cited = {c.sentence_id for c in answer.citations}
    repeating = [e.question for e in kb.faq if cited & set(e.supports)]
    assert repeating  # the seed FAQ has an entry backed by the cited sentence
    assert not set(answer.suggestions) & set(repeating)


@pytest.mark.parametrize("question", ["How much was stolen?", "Where was the meeting held?"])
def test_english_question_is_told_which_languages_sanad_answers(engine, question):
    answer = engine.ask(question)
    assert not answer.answered
    assert "العربية والبرتغالية" in answer.answer and "árabe e em português" in answer.answer
    assert answer.suggestions


@pytest.mark.parametrize("question", ["o roubo do dinheiro foi quando?", "e o preço do ether?"])
def test_portuguese_with_english_lookalikes_is_not_english(question):
    from bot.lang import looks_english

    assert not looks_english(question)


def test_faq_matches_when_its_words_fill_the_articles():
    """Idf comes from the sentences even with one FAQ entry; it must stay positive."""
    from bot.answer import _idf
    from bot.knowledge import FaqEntry, KnowledgeBase, build_article

    body = "".join(
        f"A biblioteca {word} recebeu visitas.\n"
        for word in ("municipal", "nova", "velha", "central", "infantil", "escolar")
    )
    faq = FaqEntry("pt-hours", "pt", "Quando abre a biblioteca?", "Às nove horas.")
    engine = Engine(KnowledgeBase((build_article("b", "pt", "Bibliotecas", body),), (faq,)))
    index = engine.indexes["pt"]
    assert _idf(index, {"bibliotec"}) > 0
    answer = engine.ask("quando abre a biblioteca?")
    assert answer.answered
    assert answer.citations[0].kind == "faq"
    assert answer.answer == "Às nove horas."


@pytest.fixture(scope="module")
def library():
    """A knowledge base on another topic (tests/fixtures/knowledge), never tuned on."""
    from pathlib import Path

    return Engine(knowledge.load(Path(__file__).parent / "fixtures" / "knowledge"))


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("quando a biblioteca reabre?", "quinta-feira"),
        ("quanto custou a reforma?", "3,5 milhões de reais"),
        ("quem é a diretora?", "Marta Queiroz"),
        ("onde fica a biblioteca?", "Praça da Estação"),
        ("متى تفتح المكتبة؟", "الخميس"),
        ("كم كلفت المكتبة؟", "2.5 مليون دولار"),
        ("من هي مديرة المكتبة؟", "مارتا كيروز"),
        ("ما هي مواعيد عمل المكتبة؟", "الثلاثاء"),
        ("qual o horário de funcionamento da biblioteca?", "domingo"),
        ("quantos livros tem a biblioteca?", "65 mil"),
    ],
)
def test_unseen_knowledge_base_is_answered(library, question, short):
    answer = library.ask(question)
    assert answer.answered
    assert answer.short_answer is not None and short in answer.short_answer


@pytest.mark.parametrize(
    "question", ["quanto custa o ingresso do museu?", "quem é o prefeito?", "كم عدد سكان المدينة؟"]
)
def test_unseen_knowledge_base_declines_what_it_lacks(library, question):
    assert not library.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "qnto foi roubado so da bybit?",
        "quanto foi roubado apenas da Bybit?",
        "قديش انسرق من بايبت لحالها؟",
        "كم سرق من بايبت فقط؟",
    ],
)
def test_only_one_of_a_listed_pair_is_declined(engine, question):
    """The articles give 1.7 billion for Wazirx and Bybit together, not for Bybit alone."""
    assert not engine.ask(question).answered


def test_restriction_does_not_block_the_plain_question(engine):
    assert engine.ask("quanto foi roubado da bybit?").answered


def test_search_ranks_the_sentence_with_the_asked_for_kind_first(engine):
    top = engine.search("quanto foi roubado?", k=5)[0]
    assert "1,7 bilhão" in top.citation.text


def _faq_phrasings(kb):
    return [(e, p) for e in kb.faq for p in (e.question, *e.alternates)]


def test_no_faq_phrasing_is_answered_by_another_entry(engine, kb):
    # A curated question may be answered by its own entry or by the sentence behind it, never
    # by a different entry ("Onde e quando foi a reunião...?" once got "Quem liderou...?").
    wrong = []
    for entry, phrasing in _faq_phrasings(kb):
        answer = engine.ask(phrasing, lang=entry.lang)
        first = answer.citations[0] if answer.citations else None
        if first is not None and first.kind == "faq" and first.doc_id != entry.id:
            wrong.append((phrasing, first.doc_id))
    assert wrong == []


def test_the_where_and_when_faq_question_gets_its_own_entry(engine):
    answer = engine.ask("Onde e quando foi a reunião entre a Coreia do Sul e a UE?")
    assert answer.citations[0].doc_id == "pt-where-when-meeting"
    assert answer.short_answer == "Seul"


@pytest.mark.parametrize(
    ("asked", "phrased", "differ"),
    [
        ("place", "person", True),
        ("date", "number", True),
        ("place", "place", False),
        ("other", "person", False),  # "what about...?" wants no particular kind
        ("person", "definition", False),
        ("yesno", "date", False),
    ],
)
def test_answer_types_differ_only_when_both_are_definite(asked, phrased, differ):
    from bot.answer import _types_differ

    assert _types_differ(asked, phrased) is differ


@pytest.mark.parametrize(
    ("question", "articles", "answered"),
    [
        pytest.param("quando morreu?", 2, False, id="verb-only-several-articles"),
        pytest.param("quando morreu o poeta?", 2, True, id="named-subject"),
        pytest.param("quando morreu?", 1, True, id="single-article-is-the-subject"),
    ],
)
def test_a_question_naming_nothing_is_declined_among_several_articles(question, articles, answered):
    from bot.knowledge import KnowledgeBase, build_article

    bodies = [
        "O poeta morreu em 1935, em Lisboa.\n",
        "O museu da cidade fechou para obras em 2020.\n",
    ][:articles]
    kb = KnowledgeBase(
        tuple(build_article(f"a{n}", "pt", f"T{n}", body) for n, body in enumerate(bodies))
    )
    assert Engine(kb).ask(question, lang="pt").answered is answered


def test_an_arabic_body_name_is_shown_as_the_short_answer_to_who(engine):
    answer = engine.ask("مين طلع البيان بعد الاجتماع", lang="ar")
    assert answer.answered
    assert answer.short_answer == "وزارة الخارجية الكورية الجنوبية"


@pytest.mark.parametrize(
    ("places_listed", "answered"),
    [
        pytest.param(True, False, id="places-known-a-text-without-one-does-not-answer"),
        pytest.param(False, True, id="no-places-known-a-missing-one-proves-less"),
    ],
)
def test_which_country_needs_a_place_when_the_lexicon_lists_places(places_listed, answered):
    from bot.knowledge import KnowledgeBase, LexiconEntry, build_article

    body = "A corretora Wazirx foi atacada por hackers em 2024.\nO Brasil abriu uma embaixada.\n"
    lexicon = (LexiconEntry({"pt": ("Brasil",)}, type="place"),) if places_listed else ()
    kb = KnowledgeBase((build_article("w", "pt", "Wazirx", body),), (), lexicon)
    assert Engine(kb).ask("a wazirx é de que país?", lang="pt").answered is answered


def test_a_follow_up_finds_a_place_far_from_the_earlier_turns_words():
    from bot.knowledge import KnowledgeBase, LexiconEntry, build_article

    body = (
        "Em abril, o Google revelou que trabalhadores de tecnologia começaram a se infiltrar em "
        "empresas de blockchain de vários setores, mirando agora empresas no Reino Unido.\n"
        "O museu da cidade reabriu depois de longas obras.\n"
    )
    lexicon = (LexiconEntry({"pt": ("Reino Unido",)}, type="place"),)
    engine = Engine(KnowledgeBase((build_article("g", "pt", "Google", body),), (), lexicon))
    assert engine.ask("oq o google revelou em abril?", session_id="s", lang="pt").answered
    answer = engine.ask("e quais paises?", session_id="s", lang="pt")
    assert answer.answered and "Reino Unido" in answer.answer


def test_an_faq_entry_asked_in_verbs_only_still_answers_among_several_articles():
    from bot.knowledge import FaqEntry, KnowledgeBase, build_article

    articles = (
        build_article("a0", "pt", "T0", "O poeta morreu em 1935, em Lisboa.\n"),
        build_article("a1", "pt", "T1", "O museu fechou para obras em 2020.\n"),
    )
    faq = FaqEntry("pt-join", "pt", "Como faço para me inscrever?", "Pelo formulário do site.")
    engine = Engine(KnowledgeBase(articles, (faq,)))
    answer = engine.ask("como faço para me inscrever?", lang="pt")
    assert answer.answered and answer.answer == "Pelo formulário do site."
    assert not engine.ask("quando morreu?", lang="pt").answered


@pytest.mark.parametrize(
    ("word", "reading", "read"),
    [
        pytest.param("hakers", "hack", True, id="a-left-out-letter-is-a-typo"),
        pytest.param("mora", "mir", False, id="a-replaced-letter-in-four-is-another-word"),
        pytest.param("negociasoes", "negociaca", True, id="a-replaced-letter-in-a-long-word"),
    ],
)
def test_typos_widen_a_word_the_text_lacks(engine, word, reading, read):
    from bot.question import Concept

    index = engine.indexes["pt"]
    concept = Concept(word, index.language.stem(word))
    assert (reading in engine._forms(concept, index)) is read


def test_a_two_letter_word_behind_the_article_has_no_typos():
    """ARCD: "كيف ينتقل السل؟" (tuberculosis) read "السلب" (robbery) and "ارسل" (sent)."""
    from bot.answer import _typo_stems
    from bot.knowledge import KnowledgeBase, build_article

    body = "وقعت عملية السلب في المدينة.\nارسل الوفد رسالة.\n"
    index = Engine(KnowledgeBase((build_article("a", "ar", "خبر", body),), ())).indexes["ar"]
    assert _typo_stems("السل", index) == set()
    assert "سلب" in _typo_stems("السلبب", index)  # a longer word still has its typos


@pytest.mark.parametrize(
    ("question", "using", "definition"),
    [
        pytest.param(
            "O que é regime de exercícios domiciliares?",
            "Compete ao coordenador acompanhar o regime de exercícios domiciliares do curso.",
            "Entende-se por regime de exercícios domiciliares a substituição das aulas.",
            id="entende-se-por",
        ),
        pytest.param(
            "O que é o Siscad?",
            "O professor lança as notas do curso no Siscad.",
            "Siscad: sistema de controle acadêmico.",
            id="x-colon",
        ),
        pytest.param(
            "O que é computador?",
            "Os computadores do laboratório do curso ficam abertos.",
            "Computador é uma máquina que processa dados.",
            id="x-e",
        ),
    ],
)
def test_what_is_x_is_answered_by_the_sentence_that_says_what_x_is(question, using, definition):
    from bot.knowledge import KnowledgeBase, build_article

    body = f"{using}\n\n{definition}\n"
    kb = KnowledgeBase((build_article("regras", "pt", "Regras", body),), (), ())
    answer = Engine(kb).ask(question)
    assert answer.answered
    assert answer.answer == definition


def test_when_was_the_event_needs_the_event_not_the_other_words():
    from bot.knowledge import KnowledgeBase, build_article

    body = (
        "Em abril, a Coreia do Sul e a União Europeia assinaram um acordo comercial.\n\n"
        "A reunião em Seul aconteceu na terça-feira.\n"
    )
    title = "Coreia do Sul e União Europeia"
    kb = KnowledgeBase((build_article("acordo", "pt", title, body),), (), ())
    answer = Engine(kb).ask("qndo foi a reuniao entre coreia e uniao europeia?")
    assert answer.answered
    assert answer.short_answer == "terça-feira"


@pytest.mark.parametrize(
    ("sentence", "echoes"),
    [
        pytest.param("O programa de bolsas tem o objetivo de manter alunos.", True, id="echo"),
        pytest.param("O programa de bolsas quer manter alunos na escola.", False, id="no-echo"),
    ],
)
def test_a_sentence_repeating_the_goal_word_covers_more(sentence, echoes):
    from dataclasses import replace

    from bot.knowledge import KnowledgeBase, build_article
    from bot.question import analyse

    kb = KnowledgeBase((build_article("b", "pt", "Bolsas", f"{sentence}\n"),), (), ())
    engine = Engine(kb)
    index = engine.indexes["pt"]
    question = analyse("qual o objetivo do programa de bolsas municipal?", index.language)
    assert question.cues

    def confidence(q):
        return engine._rank(q, index, depth=1)[0].confidence

    with_cue, without = confidence(question), confidence(replace(question, cues=()))
    assert (with_cue > without) is echoes
    assert with_cue >= without


def test_a_relative_clause_verb_weighs_like_a_verb(engine):
    from dataclasses import replace

    from bot.question import analyse

    index = engine.indexes["ar"]
    question = analyse("مين كشف الهاكر اللي قدم على كراكن؟", index.language)
    verb = next(i for i, c in enumerate(question.concepts) if c.norm == "قدم")
    assert question.concepts[verb].verb
    as_noun = tuple(replace(c, verb=False) for c in question.concepts)

    def idf(q):
        return engine._concept_matrix(q, index)[verb][1]

    ratio = idf(question) / idf(replace(question, concepts=as_noun))
    assert ratio == pytest.approx(engine.params.verb_weight)


def test_the_predicate_before_a_describing_clause_is_never_light(engine):
    from dataclasses import replace

    from bot.question import analyse

    index = engine.indexes["ar"]
    question = analyse("رجعو الفلوس اللي انسرقت من بايبت ولا لا", index.language)
    verb = next(i for i, c in enumerate(question.concepts) if c.predicate)
    plain = tuple(replace(c, predicate=False) for c in question.concepts)

    def idf(q):
        return engine._concept_matrix(q, index)[verb][1]

    ratio = idf(replace(question, concepts=plain)) / idf(question)
    assert ratio == pytest.approx(engine.params.verb_weight)


@pytest.mark.parametrize(
    ("credits", "share"),
    [
        pytest.param([1.0, 0.0], 1.0, id="guess-not-stated-counts-for-nothing"),
        pytest.param([1.0, 1.0], 1.0, id="guess-stated-counts"),
        pytest.param([0.0, 1.0], 0.5, id="the-rest-must-still-be-stated"),
    ],
)
def test_a_guess_left_open_counts_only_when_stated(credits, share):
    from bot.answer import _covered
    from bot.lang import get
    from bot.question import analyse

    question = analyse("foi roubado em dinheiro ou?", get("pt"))
    assert [c.guess for c in question.concepts] == [False, True]
    total, hit = _covered(question, [1.0, 1.0], credits)
    assert hit / total == pytest.approx(share)


@pytest.mark.parametrize(
    ("text", "name", "destination"),
    [
        pytest.param("O dinheiro foi enviado para a China.", "China", True, id="pt-para"),
        pytest.param("O dinheiro saiu da China ontem.", "China", False, id="pt-from"),
        pytest.param("سافر الوفد إلى بكين.", "بكين", True, id="ar-ila"),
        pytest.param("سافر الوفد لبكين.", "بكين", True, id="ar-glued-li"),
        pytest.param("عاد الوفد من لندن.", "لندن", False, id="ar-name-opening-with-lam"),
        pytest.param("الأموال في تمويل برامج بيونغ يانغ.", "بيونغ يانغ", False, id="ar-fi-of"),
    ],
)
def test_a_destination_is_a_place_the_text_goes_to(text, name, destination):
    from bot.answer import _goes_to
    from bot.extract import Span
    from bot.knowledge import KnowledgeBase, build_article

    code = "ar" if name[0] > "z" else "pt"
    kb = KnowledgeBase((build_article("d", code, "D", f"{text}\n"),), (), ())
    index = Engine(kb).indexes[code]
    start = text.index(name)
    span = Span(name, start, start + len(name), "place")
    assert _goes_to(index, 0, span) is destination


def test_a_word_met_only_in_another_form_anchors_the_place_it_stands_near(engine):
    # "بيستهدفو" meets the text's "مستهدفين" only by a second-chance key; the countries stand
    # beside it, far from "جوجل", and still count as the places asked for.
    answer = engine.ask("جوجل قالت انهم بيستهدفو شو دول")
    assert answer.answered
    assert "المملكة المتحدة" in answer.citations[0].text


def _squad_engine(tmp_path, paragraphs: list[str], lang: str = "pt") -> Engine:
    """An engine over a knowledge base of one article per paragraph (built as SQuAD reads)."""
    from bot.bench import load_squad

    data = {
        "data": [
            {"title": f"Artigo {n}", "paragraphs": [{"context": text, "qas": []}]}
            for n, text in enumerate(paragraphs)
        ]
    }
    path = tmp_path / "kb.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return Engine(load_squad(path, lang).kb)


def _one_paragraph_engine(tmp_path, context: str) -> Engine:
    return _squad_engine(tmp_path, [context])


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        pytest.param("quando ocorre a renovação de matrícula?", True, id="when-by-a-clause"),
        pytest.param(
            "em que ano ocorre a renovação de matrícula?", False, id="which-year-needs-one"
        ),
    ],
)
def test_when_is_answered_by_a_temporal_clause(tmp_path, question, answered):
    engine = _one_paragraph_engine(
        tmp_path, "A renovação de matrícula ocorre após o término de cada semestre letivo."
    )
    assert engine.ask(question).answered is answered


def test_a_sentence_repeating_a_dropped_cue_ranks_first(tmp_path):
    # "objetivo" only announces a reason, so the cover does without it; the ranking does not
    engine = _one_paragraph_engine(
        tmp_path,
        "A parceria foi assinada em Seul para reforçar a cooperação. "
        "O objetivo da parceria é proteger o ciberespaço de ameaças.",
    )
    top = engine.search("qual o objetivo da parceria?", k=1)[0]
    assert "O objetivo" in top.citation.text


def test_a_text_about_another_name_does_not_answer(tmp_path):
    engine = _squad_engine(
        tmp_path,
        [
            "A Argentina fica ao sul do continente e faz fronteira com o Chile.",
            "A Argentina tem muitos rios, e o Chile tem montanhas.",
            "A área total do Brasil é de 8,5 milhões de quilômetros quadrados, a maior da região.",
        ],
    )
    assert engine.ask("qual é a área do Brasil?").answered
    # "Argentina" is in two of the three texts, so its absence alone costs little cover
    assert not engine.ask("qual é a área da Argentina?").answered


def _arabic_engine(tmp_path, paragraphs: list[str]) -> Engine:
    return _squad_engine(tmp_path, paragraphs, "ar")


def test_a_country_is_a_place_without_a_lexicon(tmp_path):
    engine = _arabic_engine(tmp_path, ["تقع سويسرا في قلب القارة الأوروبية."])
    assert engine.indexes["ar"].entities[("سويسرا",)] == "place"
    assert engine.ask("اين تقع سويسرا؟").answered


def test_a_name_is_not_read_as_a_word_one_letter_away(tmp_path):
    # "الصين" (China) against "الدين" (religion): a name is no typo of another word
    engine = _arabic_engine(
        tmp_path, ["تقع سويسرا في قلب القارة الأوروبية.", "تقع حرية الدين في قلب الدستور."]
    )
    assert not engine.ask("اين تقع الصين؟").answered


def test_a_short_word_with_the_article_is_no_typo_of_another(tmp_path):
    # "الجرب" (scabies) and "المجر" (Hungary) differ by one letter only with the article
    engine = _arabic_engine(tmp_path, ["أصدرت المجر إنذارا نهائيا إلى صربيا."])
    assert not engine.ask("ماهو الجرب؟").answered


@pytest.mark.parametrize(
    ("text", "defines"),
    [
        pytest.param("الأسد حيوان من الثدييات يعيش في أفريقيا.", True, id="opens-with-it"),
        pytest.param("يعد الأسد من أكبر السنوريات في العالم.", True, id="definer-before-it"),
        pytest.param("شاهد الزوار في الحديقة الأسد والنمر معا.", False, id="passing-mention"),
    ],
)
def test_what_is_x_in_arabic_wants_a_sentence_about_x(tmp_path, text, defines):
    # a sentence that only mentions the word keeps the name-miss share of its confidence
    engine = _arabic_engine(tmp_path, [text])
    assert (engine.ask("ما هو الأسد؟").confidence == 1.0) is defines


@pytest.mark.parametrize(
    ("answer", "short"),
    [
        pytest.param("Para financiar o programa de Pyongyang.", None, id="a-place-it-serves"),
        pytest.param("Foi enviado para Pyongyang.", "Pyongyang", id="a-place-it-goes-to"),
    ],
)
def test_an_faq_answer_gives_a_destination_only_where_it_says_to(answer, short):
    """An FAQ answer is held to the rule sentences are (``_goes_to``): "para onde vai?" is not
    answered by a place named for another reason."""
    from bot.knowledge import FaqEntry, KnowledgeBase, build_article

    body = "A polícia de Pyongyang investiga o caso desde março.\n"
    lexicon = (knowledge.LexiconEntry({"pt": ("Pyongyang",)}, "place"),)
    faq = FaqEntry("pt-money", "pt", "Para onde vai o dinheiro roubado?", answer)
    engine = Engine(KnowledgeBase((build_article("a", "pt", "Roubo", body),), (faq,), lexicon))
    reply = engine.ask("pra onde vai o dinheiro roubado?", lang="pt")
    assert reply.citations[0].kind == "faq"
    assert reply.short_answer == short


def test_a_name_with_the_asked_role_in_apposition_is_its_name():
    """A name followed by ", diretor-geral" answers "qual o nome do diretor-geral?"."""
    from bot.knowledge import KnowledgeBase, build_article

    body = "A reunião foi liderada por João Silva, diretor-geral do ministério.\n"
    engine = Engine(KnowledgeBase((build_article("a", "pt", "Reunião", body),), ()))
    assert engine.ask("qual o nome do diretor-geral?", lang="pt").answered


@pytest.fixture(scope="module")
def two_arabic_articles():
    from bot.knowledge import KnowledgeBase, build_article

    articles = (
        build_article(
            "a1", "ar", "ليوناردو دا فينشي",
            "رسم ليوناردو دا فينشي لوحة الموناليزا في فلورنسا.\nتوفي ليوناردو عام 1519.\n",
        ),
        build_article(
            "a2", "ar", "الشيوعية", "الشيوعية مذهب سياسي واقتصادي.\nنشأت الشيوعية في أوروبا.\n"
        ),
    )  # fmt: skip
    return Engine(KnowledgeBase(articles, ()))


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        pytest.param("متى رسمها؟", False, id="a-verb-about-someone-unnamed"),
        pytest.param("بماذا توصف؟", False, id="a-bare-verb"),
        pytest.param("ما هي الشيوعية؟", True, id="a-noun-with-its-article"),
        pytest.param("من هو ليوناردو؟", True, id="a-subject-of-a-title"),
    ],
)
def test_one_bare_word_names_no_subject_among_several_articles(
    two_arabic_articles, question, answered
):
    assert two_arabic_articles.ask(question, lang="ar").answered is answered


@pytest.mark.parametrize(
    ("sentence", "defines"),
    [
        pytest.param("O MEC é o ministério da educação.", True, id="e-accented-is-is"),
        pytest.param("A despesa passa perante o MEC e o Tribunal de Contas.", False, id="e-is-and"),
    ],
)
def test_a_definer_folded_into_another_word_counts_only_as_written(sentence, defines):
    """FaQuAD: "O que é o MEC?" was answered by "... perante o MEC e o Tribunal ..."."""
    from bot.answer import _defines

    assert _defines(_portuguese_index(sentence), 0, {"mec"}) is defines


def _portuguese_index(sentence: str):
    """The Portuguese index of a knowledge base of one sentence."""
    from bot.knowledge import KnowledgeBase, build_article

    return Engine(KnowledgeBase((build_article("a", "pt", "T", f"{sentence}\n"),), ())).indexes[
        "pt"
    ]


@pytest.mark.parametrize(
    ("sentence", "defines"),
    [
        pytest.param("Siscad: sistema de controle acadêmico.", True, id="word-colon"),
        pytest.param(
            "Sistema de Controle Acadêmico (Siscad): sistema computacional.",
            True,
            id="colon-after-the-bracket-that-holds-the-word",
        ),
        pytest.param("A abertura do Siscad depende do plano.", False, id="only-names-it"),
    ],
)
def test_a_gloss_defines_the_word_before_its_colon(sentence, defines):
    """FaQuAD: "O que é Siscad?" missed "Sistema de Controle Acadêmico (Siscad): Sistema ..."."""
    from bot.answer import _defines

    index = _portuguese_index(sentence)
    (anchor,) = index.language.tokens("Siscad")
    assert _defines(index, 0, {anchor.stem}) is defines


def test_a_definition_question_finds_the_defining_sentence_below_the_usual_depth():
    """FaQuAD: twelve sentences name "regime de exercícios domiciliares"; the one that says
    what it is ranked below the eight judged, so one that only named it answered."""
    from bot.knowledge import KnowledgeBase, build_article

    naming = [f"O regime domiciliar vale no caso {n}." for n in range(12)]
    defining = "Entende-se por regime domiciliar a troca das aulas por atividades em casa."
    body = "\n".join([*naming, defining]) + "\n"
    engine = Engine(KnowledgeBase((build_article("a", "pt", "Regras", body),), ()))
    answer = engine.ask("O que é regime domiciliar?", lang="pt")
    assert answer.answered and answer.citations[0].text == defining


_SEEDED_RUN = """
import json, sys
from bot import knowledge
from bot.answer import Engine
engine = Engine(knowledge.load(sys.argv[1]))
out = []
for question in json.loads(sys.argv[2]):
    answer = engine.ask(question).to_dict()
    del answer["session_id"], answer["answer_id"]
    out.append([answer, [repr(hit) for hit in engine.search(question)]])
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def test_answers_and_scores_do_not_depend_on_the_hash_seed():
    """Every gunicorn worker has its own hash seed, so a set's order differs between workers:
    a score summed in that order differed in its last bits and broke a tie one way in one
    worker and the other way in the next (the FAQ entry's score below: 2.89 or 0.0)."""
    import os
    import subprocess
    import sys

    questions = json.dumps(
        ["من اي بورصات انسرقت المصاري", "كم سرق القراصنة؟", "quanto foi roubado?", "o que é a UE?"]
    )
    outputs = set()
    for seed in ("1", "2"):  # these two broke the tie differently
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-c", _SEEDED_RUN, str(DEFAULT_KNOWLEDGE), questions]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
