"""Portuguese analysis: normalisation, stemming, verb shapes and tokens."""

from __future__ import annotations

import pytest

from bot.lang import get
from bot.lang.pt.analysis import normalise

PT = get("pt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Reunião", "reuniao", id="tilde-and-capital"),
        pytest.param("TERÇA", "terca", id="cedilla-upper-case"),
        pytest.param("Coréia", "coreia", id="acute"),
        pytest.param("AÇÕES", "acoes", id="upper-case-tilde"),
        pytest.param("pôde às três", "pode as tres", id="circumflex-and-grave"),
        pytest.param("bilhões", "bilhoes", id="plural-tilde"),
        pytest.param("reuniao", "reuniao", id="already-folded"),
        pytest.param("١٫٧ bi", "1.7 bi", id="arabic-indic-digits"),
        pytest.param("US $ 1,7 bilhão", "us $ 1,7 bilhao", id="amount-punctuation-kept"),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "mark",
    [
        pytest.param("\u200b", id="zero-width-space"),
        pytest.param("\u200e", id="left-to-right-mark"),
        pytest.param("\u202a", id="left-to-right-embedding"),
        pytest.param("\u2066", id="left-to-right-isolate"),
        pytest.param("\u2060", id="word-joiner"),
        pytest.param("\ufeff", id="zero-width-no-break-space"),
    ],
)
def test_normalise_removes_invisible_marks(mark):
    assert normalise(f"{mark}reu{mark}nião{mark}") == "reuniao"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("bilhão", "bilhões", id="bilhao-plural"),
        pytest.param("bilhão", "bilhoes", id="bilhao-plural-unaccented"),
        pytest.param("bilhão", "bilhao", id="bilhao-unaccented"),
        pytest.param("reunião", "reuniao", id="reuniao-unaccented"),
        pytest.param("reunião", "reuniões", id="reuniao-plural"),
        pytest.param("pão", "pães", id="aes-plural"),
        pytest.param("mão", "mãos", id="aos-plural"),
        pytest.param("terça", "TERÇA", id="case"),
        pytest.param("negociação", "negociacoes", id="cao-plural-unaccented"),
        pytest.param("cidade", "cidades", id="regular-plural"),
        pytest.param("biblioteca", "Bibliotecas", id="plural-and-capital"),
        pytest.param("roubaram", "roubou", id="verb-tenses"),
        pytest.param("diretor", "diretora", id="gender"),
        pytest.param("hacker", "hackers", id="loanword-plural"),
    ],
)
def test_stem_conflates_forms_retrieval_must_match(a, b):
    assert PT.stem(normalise(a)) == PT.stem(normalise(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("reunião", "roubo", id="unrelated-nouns"),
        pytest.param("bilhão", "milhão", id="different-scales"),
    ],
)
def test_stem_keeps_different_words_apart(a, b):
    assert PT.stem(normalise(a)) != PT.stem(normalise(b))


@pytest.mark.parametrize("word", ["reunião", "bilhões", "Coréia", "ações", "pães"])
def test_stem_output_is_accent_free(word):
    assert PT.stem(normalise(word)) == normalise(PT.stem(normalise(word)))


@pytest.mark.parametrize(
    "word",
    [
        pytest.param("1,7", id="number"),
        pytest.param("2025", id="year"),
        pytest.param("eu", id="short"),
    ],
)
def test_stem_keeps_numbers_and_short_words(word):
    assert PT.stem(word) == word


@pytest.mark.parametrize(
    ("word", "other"),
    [
        pytest.param("cooperar", "cooperação", id="infinitive-to-cao-noun"),
        pytest.param("cooperam", "cooperação", id="present-plural-to-cao-noun"),
        pytest.param("investigaram", "investigações", id="past-to-plural-noun"),
        pytest.param("negociações", "negociar", id="cao-noun-to-verb"),
        pytest.param("proibição", "proibir", id="icao-noun-to-ir-verb"),
    ],
)
def test_variants_reach_the_other_part_of_speech(word, other):
    assert PT.stem(normalise(other)) in PT.variants(normalise(word))


@pytest.mark.parametrize("word", ["reuniao", "hackers", "pyongyang"])
def test_variants_of_a_word_without_derivation_are_none(word):
    assert PT.variants(word) == []


@pytest.mark.parametrize(
    ("adjective", "place"),
    [
        pytest.param("coreano", "Coréia", id="ano-to-ia"),
        pytest.param("coreanas", "Coreia", id="feminine-plural"),
        pytest.param("americanos", "América", id="ano-to-a"),
        pytest.param("italiano", "Itália", id="iano-to-ia"),
        pytest.param("brasileira", "Brasil", id="eira"),
        pytest.param("francesa", "França", id="esa-to-a"),
    ],
)
def test_place_names_of_a_nationality(adjective, place):
    assert normalise(place) in PT.place_names(normalise(adjective))


@pytest.mark.parametrize("word", ["reuniao", "plano", "ordem"])
def test_place_names_guess_nothing_for_other_words(word):
    assert PT.place_names(normalise(word)) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("usam", "usando", id="present-and-gerund"),
        pytest.param("usam", "usar", id="present-and-infinitive"),
    ],
)
def test_soft_keys_join_forms_of_short_verbs(a, b):
    assert PT.stem(a) != PT.stem(b)  # what the soft key is for
    assert PT.soft_keys(a) & PT.soft_keys(b)


def test_soft_keys_leave_short_nouns_alone():
    assert PT.soft_keys("casa") == frozenset({PT.stem("casa")})


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("roubaram", True, id="past-plural"),
        pytest.param("revelou", True, id="past-singular"),
        pytest.param("roubar", True, id="infinitive"),
        pytest.param("planejando", True, id="gerund"),
        pytest.param("fundada", False, id="participle"),
        pytest.param("recuperado", False, id="participle-masculine"),
        pytest.param("europeu", False, id="adjective-in-eu"),
        pytest.param("mulher", False, id="noun-in-er"),
        pytest.param("viagem", False, id="noun-in-agem"),
        pytest.param("cidade", False, id="noun-in-idade"),
        pytest.param("também", False, id="adverb-in-em"),
        pytest.param("reunião", False, id="noun"),
        pytest.param("ser", False, id="too-short"),
    ],
)
def test_verb_like(word, expected):
    assert PT.verb_like(normalise(word)) is expected


@pytest.mark.parametrize(
    ("word", "weak"),
    [
        pytest.param("agora", True, id="now-adds-little"),
        pytest.param("atualmente", True, id="currently-adds-little"),
        pytest.param("depois", True, id="relational-adverb"),
        pytest.param("anunciou", True, id="reporting-verb"),
        pytest.param("empresa", False, id="a-noun-is-content"),
    ],
)
def test_weak_words(word, weak):
    assert PT.is_weak(normalise(word)) is weak


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("hackers norte -coreanos roubaram", id="spaced-hyphen"),
        pytest.param("norte-coreano e diretor-geral", id="hyphenated-words"),
        pytest.param("Acredita -se que US $ 1,7 bilhão", id="amount"),
        pytest.param("Reunião em Seul na terça -feira.", id="accents"),
        pytest.param("Coréia\u200b do Sul", id="zero-width-space"),
    ],
)
def test_tokens_keep_offsets_into_the_original(text):
    tokens = PT.tokens(text)
    assert tokens
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.norm == normalise(token.text)
        assert token.stem == PT.stem(token.norm)


def test_hyphen_separates_tokens():
    assert [t.text for t in PT.tokens("norte-coreano")] == ["norte", "coreano"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("US $ 1,7 bilhão", ["1,7"], id="decimal-comma"),
        pytest.param("1.000.000 de pessoas", ["1.000.000"], id="thousands-dots"),
        pytest.param("em 2024 e 2025.", ["2024", "2025"], id="years-and-final-stop"),
        pytest.param("custou 3,5.", ["3,5"], id="sentence-final-stop-not-in-number"),
    ],
)
def test_numbers_are_single_tokens(text, expected):
    assert [t.text for t in PT.tokens(text) if t.is_number] == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("fundada", "fundos", False, id="founded-and-funds-apart"),
        pytest.param("fundou", "fundos", False, id="preterite-and-plural-noun-apart"),
        pytest.param("roubou", "roubo", False, id="preterite-and-noun-apart"),
        pytest.param("roubavam", "roubar", True, id="verb-forms-together"),
        pytest.param("hackers", "hacker", True, id="plural-together"),
    ],
)
def test_synonym_key_keeps_words_the_stemmer_joins_apart(a, b, same):
    assert PT.stem(normalise(a)) == PT.stem(normalise(b))
    assert (PT.synonym_key(normalise(a)) == PT.synonym_key(normalise(b))) is same
