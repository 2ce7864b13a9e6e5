"""Question analysis: answer type, content concepts, elliptical follow-ups and context."""

from __future__ import annotations

import pytest

from bot.lang import get
from bot.question import analyse, with_context

LANGS = {"ar": get("ar"), "pt": get("pt")}


def ask(text: str, code: str):
    return analyse(text, LANGS[code])


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        # Arabic: MSA and colloquial question words
        pytest.param("كم سرق القراصنة؟", "ar", "number", id="ar-kam"),
        pytest.param("قديش سرقوا؟", "ar", "number", id="ar-addesh"),
        pytest.param("متى عقد الاجتماع؟", "ar", "date", id="ar-mata"),
        pytest.param("امتى صار الاجتماع", "ar", "date", id="ar-imta"),
        pytest.param("أين عقد الاجتماع؟", "ar", "place", id="ar-ayna"),
        pytest.param("وين صار الاجتماع", "ar", "place", id="ar-wein"),
        pytest.param("من قاد المفاوضات؟", "ar", "person", id="ar-man"),
        pytest.param("مين قاد المفاوضات", "ar", "person", id="ar-meen"),
        pytest.param(
            "لماذا تتعاون كوريا الجنوبية مع الاتحاد الأوروبي؟", "ar", "reason", id="ar-limatha"
        ),
        pytest.param("ليش بدهم يتعاونوا", "ar", "reason", id="ar-leish"),
        pytest.param("مَتَى عُقِدَ الاجْتِمَاعُ؟", "ar", "date", id="ar-vowelled"),
        pytest.param("لمادا تتعاون كوريا", "ar", "reason", id="ar-dhal-typed-dal"),
        pytest.param("ما مدة الرحلة", "ar", "number", id="ar-duration-is-a-count"),
        # Portuguese: full and abbreviated question words
        pytest.param("Quanto os hackers roubaram?", "pt", "number", id="pt-quanto"),
        pytest.param("qnto roubaram", "pt", "number", id="pt-qnto"),
        pytest.param("Quando foi a reunião?", "pt", "date", id="pt-quando"),
        pytest.param("qndo foi a reuniao", "pt", "date", id="pt-qndo"),
        pytest.param("Onde foi a reunião?", "pt", "place", id="pt-onde"),
        pytest.param("Quem liderou as negociações?", "pt", "person", id="pt-quem"),
        pytest.param("qm liderou", "pt", "person", id="pt-qm"),
        pytest.param("Por que a Coreia do Sul quer cooperar?", "pt", "reason", id="pt-por-que"),
        pytest.param("pq cooperam", "pt", "reason", id="pt-pq"),
        pytest.param("QUANDO FOI A REUNIÃO", "pt", "date", id="pt-upper-case"),
        # cue words refine the type
        pytest.param("Em que cidade foi a reunião?", "pt", "place", id="pt-em-que-cidade"),
        pytest.param("Qual o valor roubado?", "pt", "amount", id="pt-qual-o-valor"),
        pytest.param("في أي عام سرقوا؟", "ar", "date", id="ar-fi-ayy-am"),
        pytest.param("كم قيمة الأصول المسروقة؟", "ar", "amount", id="ar-kam-qimat"),
        # a rank is asked for by its noun, or by "رقم كم" (which in order, not how many)
        pytest.param("ما ترتيب الهند من حيث المساحة؟", "ar", "rank", id="ar-rank-noun"),
        pytest.param("هو الرئيس رقم كم لتركيا", "ar", "rank", id="ar-raqam-kam"),
        pytest.param("em que posição ficou a universidade?", "pt", "rank", id="pt-rank-noun"),
        # ...but not from before the question word, nor from far after it
        pytest.param("o hacker fingiu ser oq", "pt", "other", id="pt-cue-before-oq"),
        pytest.param("oq o google revelou sobre os hackers", "pt", "other", id="pt-cue-far-after"),
        pytest.param("شو بتعمل كوريا بالفلوس", "ar", "other", id="ar-cue-past-a-verb"),
        pytest.param("شو بتعمل بالفلوس", "ar", "other", id="ar-cue-right-after-a-verb"),
        # without a question word the cue is all that says what is asked
        pytest.param(
            "vao cooperar em alguma organizacao internacional?", "pt", "org", id="pt-cue-alone"
        ),
        # a person's role is answered by the text's description of them
        pytest.param("qual o cargo do jong-kwon", "pt", "definition", id="pt-qual-o-cargo"),
        pytest.param("شو منصب ستاديك", "ar", "definition", id="ar-shu-mansab"),
        pytest.param("ما وظيفة بشار الاسد", "ar", "definition", id="ar-ma-wazifa"),
        # what a thing is called or known as is a name, not a method
        pytest.param("como são chamados os professores?", "pt", "entity", id="pt-sao-chamados"),
        pytest.param("como ficou conhecida a cidade?", "pt", "entity", id="pt-ficou-conhecida"),
        pytest.param("como eles roubaram?", "pt", "method", id="pt-como-a-method"),
    ],
)
def test_answer_type(text, code, expected):
    assert ask(text, code).answer_type == expected


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        pytest.param("كم سرق القراصنة؟", "ar", ["سرق", "قراصنة"], id="ar-kam"),
        pytest.param("متى عقد الاجتماع؟", "ar", ["عقد", "الاجتماع"], id="ar-mata"),
        pytest.param("Quando foi a reunião?", "pt", ["reunião"], id="pt-quando"),
        pytest.param("Onde foi a reuniao?", "pt", ["reunião"], id="pt-no-accent"),
        pytest.param("Em que cidade foi a reunião?", "pt", ["reunião"], id="pt-type-cue-dropped"),
        pytest.param(
            "Quem liderou as negociações?", "pt", ["liderou", "negociações"], id="pt-quem"
        ),
        pytest.param("qual o cargo do Stadejek", "pt", ["Stadejek"], id="pt-role-word-dropped"),
        pytest.param("ما منصب ستاديك", "ar", ["ستاديك"], id="ar-role-word-dropped"),
        pytest.param(
            "فيمَ تُستخدم الأموال المسروقة؟",
            "ar",
            ["تستخدم", "الأموال", "المسروقة"],
            id="ar-contracted-what",
        ),
        # an indefinite pronoun stands for the answer, not for a word the text must hold
        pytest.param(
            "a comissao mandou alguem", "pt", ["comissao", "mandou"], id="pt-indefinite-pronoun"
        ),
        # a question phrase may open with a one-letter word ("o que significa")
        pytest.param(
            "O que significa conhecer outras coisas?", "pt", ["conhecer", "coisas"], id="pt-o-que"
        ),
    ],
)
def test_concepts_are_the_content_words(text, code, expected):
    language = LANGS[code]
    stems = [c.stem for c in ask(text, code).concepts]
    assert stems == [language.stem(language.normalise(w)) for w in expected]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("كم سرق القراصنة؟", "ar"),
        ("قديش المبلغ اللي انسرق؟", "ar"),
        ("وين صار الاجتماع يا ترى؟", "ar"),
        ("Quanto os hackers roubaram da corretora?", "pt"),
        ("qndo foi q vc disse q foi a reuniao?", "pt"),
        ("Em que cidade foi a reunião?", "pt"),
    ],
)
def test_concepts_exclude_stop_and_question_words(text, code):
    language = LANGS[code]
    question = ask(text, code)
    assert question.concepts
    for concept in question.concepts:
        assert concept.norm not in language.stop_words
        assert concept.norm not in language.question_words
        assert concept.weight == 1.0


def test_concepts_are_unique_by_stem():
    question = ask("reunião reuniões reuniao em Seul", "pt")
    stems = [c.stem for c in question.concepts]
    assert len(stems) == len(set(stems))


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        pytest.param("ومتى؟", "ar", True, id="ar-wa-mata"),
        pytest.param("وين؟", "ar", True, id="ar-bare-wein"),
        pytest.param("وكم سرقوا؟", "ar", True, id="ar-wa-kam"),
        pytest.param("e quem participou?", "pt", True, id="pt-e-quem"),
        pytest.param("e quando?", "pt", True, id="pt-e-quando"),
        pytest.param("quando?", "pt", True, id="pt-bare-quando"),
        pytest.param("Quando foi a reunião em Seul?", "pt", False, id="pt-full"),
        pytest.param("Quem liderou as negociações?", "pt", False, id="pt-full-quem"),
        pytest.param("متى عقد الاجتماع في سيول؟", "ar", False, id="ar-full"),
        pytest.param("لماذا تتعاون كوريا؟", "ar", False, id="ar-limatha-not-a-clitic"),
        pytest.param("بكم باعوا الأصول؟", "ar", False, id="ar-bikam-not-a-clitic"),
        pytest.param("كم سرق القراصنة؟", "ar", False, id="ar-kam-full"),
    ],
)
def test_elliptical(text, code, expected):
    assert ask(text, code).elliptical is expected


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        pytest.param("Quais corretoras foram atacadas?", "pt", True, id="pt-quais"),
        pytest.param("Qual corretora foi atacada?", "pt", False, id="pt-qual"),
        pytest.param("Quantos hackers participaram?", "pt", True, id="pt-quantos"),
        pytest.param("ما هي البورصات التي سرقت؟", "ar", True, id="ar-ma-hiya"),
        pytest.param("متى عقد الاجتماع؟", "ar", False, id="ar-mata"),
        pytest.param("من اي بورصات انسرقت المصاري", "ar", True, id="ar-sound-plural-noun"),
        pytest.param("حسب جوجل انو دول مستهدفه", "ar", True, id="ar-broken-plural-cue"),
        pytest.param("em que empresas eles entraram?", "pt", True, id="pt-plural-noun"),
        pytest.param("de que país é a Wazirx?", "pt", False, id="pt-stressed-singular"),
    ],
)
def test_plural(text, code, expected):
    assert ask(text, code).plural is expected


@pytest.mark.parametrize(
    ("previous", "follow_up", "code", "answer_type", "own", "carried"),
    [
        pytest.param(
            "وين صار الاجتماع؟", "ومتى؟", "ar", "date", [], ["الاجتماع"], id="ar-and-when"
        ),
        pytest.param(
            "Onde foi a reunião?", "e quando?", "pt", "date", [], ["reunião"], id="pt-and-when"
        ),
        pytest.param(
            "Onde foi a reunião?",
            "e quem participou?",
            "pt",
            "person",
            ["participou"],
            ["reunião"],
            id="pt-and-who-took-part",
        ),
    ],
)
def test_with_context_merges_previous_concepts(
    previous, follow_up, code, answer_type, own, carried
):
    language = LANGS[code]
    merged = with_context(ask(follow_up, code), ask(previous, code))
    stems = {c.stem: c.weight for c in merged.concepts}
    assert merged.answer_type == answer_type
    assert not merged.elliptical
    for word in own:
        assert stems[language.stem(language.normalise(word))] == 1.0
    for word in carried:
        assert 0 < stems[language.stem(language.normalise(word))] < 1.0


def test_with_context_keeps_the_follow_up_text_and_tokens():
    follow_up = ask("e quando?", "pt")
    merged = with_context(follow_up, ask("Onde foi a reunião?", "pt"))
    assert (merged.text, merged.tokens, merged.lang) == (
        follow_up.text,
        follow_up.tokens,
        follow_up.lang,
    )


def test_with_context_does_not_repeat_a_concept_the_follow_up_has():
    merged = with_context(ask("e a reunião em Seul?", "pt"), ask("Quando foi a reunião?", "pt"))
    stems = [c.stem for c in merged.concepts]
    assert len(stems) == len(set(stems))
    reuniao = [c for c in merged.concepts if c.norm == "reuniao"]
    assert [c.weight for c in reuniao] == [1.0]


def test_with_context_borrows_the_type_when_the_follow_up_has_none():
    merged = with_context(ask("e a biblioteca?", "pt"), ask("Onde foi a reunião?", "pt"))
    assert merged.answer_type == "place"


def test_with_context_keeps_the_follow_up_type():
    merged = with_context(ask("e quem?", "pt"), ask("Onde foi a reunião?", "pt"))
    assert merged.answer_type == "person"


def test_asked_norms_are_every_normalised_word():
    assert ask("Onde foi a Reunião?", "pt").asked_norms == {"onde", "foi", "a", "reuniao"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quem é Maciej Stadejek?", "definition"),
        ("quem é a diretora?", "person"),
        ("quem liderou as negociações?", "person"),
    ],
)
def test_who_is_a_named_person_asks_for_a_description(text, expected):
    from bot import lang
    from bot.question import analyse

    assert analyse(text, lang.get("pt")).answer_type == expected


@pytest.mark.parametrize(
    ("text", "code", "unit"),
    [
        pytest.param("o roubo foi em que ano?", "pt", "year", id="pt-year"),
        pytest.param("em q mes o google falou disso?", "pt", "month", id="pt-month"),
        pytest.param("وباي سنه", "ar", "year", id="ar-year-glued-waw-bi"),
        pytest.param("في أي شهر كشفت جوجل؟", "ar", "month", id="ar-month"),
        pytest.param("em que dia foi o roubo?", "pt", "day", id="pt-day"),
        pytest.param("باي يوم صار الاجتماع", "ar", "day", id="ar-day"),
        pytest.param("que horas foi a reunião?", "pt", "time", id="pt-time"),
        pytest.param("quando foi a reunião?", "pt", None, id="pt-when-no-unit"),
        pytest.param("متى بدأ العام الدراسي؟", "ar", None, id="ar-year-word-not-asked"),
    ],
)
def test_date_unit(text, code, unit):
    assert ask(text, code).date_unit == unit


def test_with_context_follow_up_with_a_question_word_keeps_its_own_type():
    merged = with_context(ask("وشو بتستهدف؟", "ar"), ask("شو اسم المجموعة؟", "ar"))
    assert ask("شو اسم المجموعة؟", "ar").answer_type != "other"
    assert merged.answer_type == "other"


def test_with_context_counts_the_previous_words_as_asked():
    merged = with_context(ask("ومين كشفه؟", "ar"), ask("شو عمل الهاكر بكراكن؟", "ar"))
    assert "بكراكن" in merged.asked_norms


@pytest.mark.parametrize(
    ("text", "code", "category"),
    [
        pytest.param("Qual universidade foi a primeira?", "pt", "universidade", id="pt-qual"),
        pytest.param("em q tipo de empresa eles entraram", "pt", "empresa", id="pt-kind-word"),
        pytest.param("عن طريق اي منظمه دوليه؟", "ar", "منظمه", id="ar-ayy"),
        pytest.param("em que cidade fica a sede?", "pt", "cidade", id="pt-noun-of-the-phrase"),
        pytest.param("وازير اكس من اي دولة", "ar", "دولة", id="ar-noun-of-the-phrase"),
        pytest.param("quem liderou as negociações?", "pt", None, id="pt-who-has-none"),
        pytest.param("quando foi a reunião?", "pt", None, id="pt-date-has-none"),
    ],
)
def test_category(text, code, category):
    language = LANGS[code]
    expected = {language.stem(language.normalise(category))} if category else set()
    assert ask(text, code).category == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("مين ورا سرقة العملات الرقميه", "ar", id="ar-who-behind"),
        pytest.param("quem liderou a reunião?", "pt", id="pt-who"),
    ],
)
def test_a_question_without_which_has_no_category(text, code):
    assert ask(text, code).category == frozenset()


def test_what_is_the_noun_that_has_a_category():
    ar = LANGS["ar"]
    assert ask("ما هو الحزب الذي يرأسه؟", "ar").category == {ar.stem(ar.normalise("الحزب"))}


@pytest.mark.parametrize(
    ("follow_up", "weight"),
    [
        pytest.param("e quando?", 0.8, id="alone-context-is-the-question"),
        pytest.param("e a biblioteca fica onde?", 0.5, id="beside-own-words-context-weighs-less"),
    ],
)
def test_carried_concepts_weigh_less_beside_the_follow_ups_own(follow_up, weight):
    merged = with_context(ask(follow_up, "pt"), ask("Quando abriu o museu?", "pt"))
    carried = [c for c in merged.concepts if c.norm == "museu"]
    assert [c.weight for c in carried] == [weight]


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        pytest.param("eles tao se infiltrando em q tipo de empresa", "pt", True, id="pt-tipo"),
        pytest.param("اي نوع من الشركات استهدفوا؟", "ar", True, id="ar-naw"),
        pytest.param("qual empresa foi atacada?", "pt", False, id="pt-which-company"),
    ],
)
def test_asks_kind(text, code, expected):
    assert ask(text, code).asks_kind is expected


@pytest.mark.parametrize(
    ("text", "code", "role"),
    [
        pytest.param("quem é o presidente da Coreia?", "pt", True, id="pt-who-is-the-president"),
        pytest.param("مين رئيس كوريا", "ar", True, id="ar-who-is-the-president"),
        pytest.param("quem descobriu o hacker?", "pt", False, id="pt-who-acted-on-a-hacker"),
        pytest.param("onde mora o presidente?", "pt", False, id="pt-not-a-who-question"),
    ],
)
def test_asks_role(text, code, role):
    assert ask(text, code).asks_role is role


@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        pytest.param("qual a capital da Coreia?", "pt", "capital", id="pt-capital"),
        pytest.param("onde fica a sede da empresa?", "pt", "sede", id="pt-headquarters"),
        pytest.param("وين مقر الشركة", "ar", "مقر", id="ar-headquarters"),
    ],
)
def test_a_specific_cue_stays_a_word_to_match(text, code, word):
    assert LANGS[code].normalise(word) in [c.norm for c in ask(text, code).concepts]


def test_a_plain_place_cue_is_still_dropped():
    assert "cidade" not in [c.norm for c in ask("em que cidade foi a reunião?", "pt").concepts]


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        pytest.param("qual o nome do engenheiro?", "pt", True, id="pt-the-name-of"),
        pytest.param("شو اسم المهندس", "ar", True, id="ar-the-name-of"),
        pytest.param("quem é o engenheiro?", "pt", False, id="pt-who-is"),
    ],
)
def test_asks_name(text, code, name):
    assert ask(text, code).asks_name is name


@pytest.mark.parametrize(
    ("text", "code", "percent"),
    [
        pytest.param("qual a porcentagem roubada?", "pt", True, id="pt-porcentagem"),
        pytest.param("quantos por cento foram roubados?", "pt", True, id="pt-por-cento"),
        pytest.param("كم نسبة المسروق", "ar", True, id="ar-nisba"),
        pytest.param("كم مساحة اسيا بالنسبة لاوراسيا", "ar", False, id="ar-bilnisba-is-as-for"),
    ],
)
def test_asks_percent(text, code, percent):
    assert ask(text, code).asks_percent is percent


@pytest.mark.parametrize(
    ("word", "form"),
    [
        pytest.param("رئيسها", "رئيس", id="ar-possessive"),
        pytest.param("الرئيس", "رئيس", id="ar-article"),
        pytest.param("ورئيسهم", "رئيس", id="ar-conjunction-and-possessive"),
        pytest.param("presidente", "presidente", id="pt-plain"),
    ],
)
def test_cue_form_finds_the_cue_inside_a_written_form(word, form):
    from bot.question import cue_form

    code = "pt" if word.isascii() else "ar"
    language = LANGS[code]
    found = cue_form(language.normalise(word), language)
    assert found is not None
    assert language.synonym_key(found) == language.synonym_key(language.normalise(form))


def test_only_a_role_is_found_behind_a_possessive():
    from bot.question import cue_form

    # "تاريخها" is "its history": no date is asked for
    assert cue_form(LANGS["ar"].normalise("تاريخها"), LANGS["ar"]) is None


@pytest.mark.parametrize(
    ("text", "word", "verb"),
    [
        pytest.param("مين كشف الهاكر اللي قدم على كراكن؟", "قدم", True, id="after-main-verb"),
        pytest.param("مين كشف الهاكر الذي قدم على كراكن", "قدم", True, id="msa-relative"),
        pytest.param("شو الجهات اللي انضمت للمحادثات", "انضمت", False, id="clause-is-asked"),
        pytest.param("مين كشف الهاكر اللي بيشتغل بكراكن", "بيشتغل", True, id="b-present"),
        pytest.param("مين كشف الهاكر اللي بكراكن", "بكراكن", False, id="preposition"),
        pytest.param("مين كشف الهاكر اللي الشركه وظفته", "الشركه", False, id="definite-noun"),
        pytest.param("مين كشف الهاكر قدم على كراكن", "قدم", False, id="no-relative"),
    ],
)
def test_a_relative_clause_verb_after_the_main_verb_is_a_verb(text, word, verb):
    concept = next(c for c in ask(text, "ar").concepts if c.norm == word)
    assert concept.verb is verb


@pytest.mark.parametrize(
    ("text", "predicates"),
    [
        pytest.param("رجعو الفلوس اللي انسرقت من بايبت ولا لا", ["رجعو"], id="before-clause"),
        pytest.param("مين كشف الهاكر اللي قدم على كراكن؟", ["كشف"], id="who-did"),
        pytest.param("شو الجهات اللي انضمت للمحادثات", [], id="clause-is-asked"),
        pytest.param("رجعو الفلوس المسروقه من بايبت", [], id="no-relative-clause"),
    ],
)
def test_the_verb_before_a_describing_clause_is_the_predicate(text, predicates):
    assert [c.norm for c in ask(text, "ar").concepts if c.predicate] == predicates


@pytest.mark.parametrize(
    ("text", "code", "guesses"),
    [
        pytest.param("شو اللي انسرق بالضبط فلوس كاش ولا", "ar", ["كاش"], id="ar-open"),
        pytest.param("roubaram em 2024 ou?", "pt", ["2024"], id="pt-open"),
        pytest.param("خلال التوظيف ولا بعد", "ar", [], id="ar-both-named"),
        pytest.param("roubaram em 2024 ou 2025?", "pt", [], id="pt-both-named"),
        pytest.param("رجعو الفلوس ولا لا", "ar", [], id="ar-or-not"),
        pytest.param("foi em 2024 ou não?", "pt", [], id="pt-or-not"),
        pytest.param("foi em 2024?", "pt", [], id="no-or"),
    ],
)
def test_an_alternative_left_open_is_a_guess(text, code, guesses):
    assert [c.norm for c in ask(text, code).concepts if c.guess] == guesses


@pytest.mark.parametrize(
    ("text", "code", "cues"),
    [
        pytest.param("شو الهدف اللي بدهم يوصلولو الشركا", "ar", ["الهدف"], id="ar-goal"),
        pytest.param("qual o motivo da reunião?", "pt", ["motivo"], id="pt-reason"),
        pytest.param("de que forma eles roubaram?", "pt", ["forma"], id="pt-method"),
        pytest.param("qual o valor roubado?", "pt", [], id="pt-amount-has-a-span"),
        pytest.param("em que cidade foi a reunião?", "pt", [], id="pt-place-has-a-span"),
    ],
)
def test_dropped_reason_and_method_cues_are_kept_aside(text, code, cues):
    question = ask(text, code)
    assert [c.norm for c in question.cues] == cues
    assert not {c.norm for c in question.cues} & {c.norm for c in question.concepts}


@pytest.mark.parametrize(
    ("text", "code", "destination"),
    [
        pytest.param("الفلوس المسروقه لوين بتروح؟", "ar", True, id="ar-lwein"),
        pytest.param("إلى أين ذهب الوفد؟", "ar", True, id="ar-ila-ayna"),
        pytest.param("pra onde foi o dinheiro?", "pt", True, id="pt-pra-onde"),
        pytest.param("وين صار الاجتماع", "ar", False, id="ar-where"),
        pytest.param("onde foi a reunião?", "pt", False, id="pt-where"),
    ],
)
def test_asks_destination(text, code, destination):
    assert ask(text, code).asks_destination is destination


@pytest.mark.parametrize(
    ("text", "code", "origin"),
    [
        pytest.param("كراكن من اي دولة", "ar", True, id="ar-min-ay"),
        pytest.param("de que país é a Kraken?", "pt", True, id="pt-de-que"),
        pytest.param("ما هي الدولة التي تحد لبنان؟", "ar", False, id="ar-which-country"),
        pytest.param("qual país faz fronteira com o Brasil?", "pt", False, id="pt-which-country"),
    ],
)
def test_asks_origin(text, code, origin):
    assert ask(text, code).asks_origin is origin


@pytest.mark.parametrize(
    ("text", "code", "unit"),
    [
        pytest.param("كم دام حكم السلاطين؟", "ar", "duration", id="ar-kam-dam"),
        pytest.param("كم سنة استمرت الحرب؟", "ar", "duration", id="ar-kam-sana"),
        pytest.param("por quanto tempo a matrícula pode ser trancada?", "pt", "duration", id="pt"),
        pytest.param("كم عدد السكان؟", "ar", None, id="ar-a-count"),
        pytest.param("quantos cursos existem?", "pt", None, id="pt-a-count"),
    ],
)
def test_how_long_asks_for_a_duration(text, code, unit):
    assert ask(text, code).date_unit == unit
