"""Portuguese normalisation and stemming.

Visitors type without accents ("reuniao", "terca") or with them; both must meet the text's
spelling. Words are stemmed with nltk's Snowball Portuguese stemmer (pure code, no data
download) on the lower-cased word, and the stem is then accent-folded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.stem.snowball import PortugueseStemmer

from bot.lang.base import ascii_digits, fold_accents, strip_invisible
from bot.lang.pt.spans import PARTICIPLE_ENDINGS

_STEMMER = PortugueseStemmer()
# Plurals Snowball leaves apart: bilhão/bilhões/bilhoes, pão/pães, mão/mãos.
_PLURAL_AO = re.compile(r"(?:oes|aes|aos)$")
_LOAN_PLURAL = re.compile(r"(?<=[bcdfgkmnprtwy])s$")
# The preterite "-ou" is only ever a verb's ending; after a stem, a bare "o" is a noun's
# ("fundou" founded, "fundos" funds): synonym lookup keeps them apart (Language.key_endings).
SYNONYM_KEY_ENDINGS = ("ou",)


@lru_cache(maxsize=131072)
def normalise(text: str) -> str:
    """Lower-case, fold accents and digits, drop invisible direction marks."""
    return fold_accents(ascii_digits(strip_invisible(text))).lower()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem of an accent-folded word, with -ões/-ães plurals joined to -ão."""
    word = _PLURAL_AO.sub("ao", word)
    # Loanword plurals in consonant + s ("hackers", "bots") are not Portuguese plurals.
    word = _LOAN_PLURAL.sub("", word)
    return fold_accents(_STEMMER.stem(word))


# Adjectives of nationality and the place they come from: "coreano" -> "Coreia", "europeu" ->
# "Europa", "americanos" -> "América", "brasileira" -> "Brasil". Each pair is (ending, what
# replaces it); the caller keeps only the stems the text contains. Compiled for Sanad from the
# regular patterns of Portuguese gentilics (-ano, -ense, -ês, -eu, -eiro, -ino).
DEMONYM_ENDINGS = (
    ("ano", "ia"),
    ("ano", "a"),
    ("ano", ""),
    ("iano", "ia"),
    ("ense", ""),
    ("ense", "a"),
    ("es", "a"),
    ("es", ""),
    ("eu", "a"),
    ("eia", "a"),
    ("eiro", ""),
    ("ino", "a"),
    ("ino", ""),
)


# Verb endings (accent-folded) before which the verb's root stands, and the action nouns made
# from a root ("cooperar" -> "cooperação", "recrutar" -> "recrutamento", "proibir" ->
# "proibição"). Regular Portuguese derivation; every ending that fits gives a root
# ("cooperam": "cooper-am", not only "coop-eram"). The present's "-a"/"-e" is left out: as
# many nouns end so ("área", "programa"), and FaQuAD's hard negatives were declined less with it.
ROOT_ENDINGS = (
    "aram", "eram", "iram", "avam", "ando", "endo", "indo", "ado", "ada", "ido", "ida",
    "ava", "am", "em", "ou", "iu", "eu", "ar", "er", "ir",
)  # fmt: skip
ACTION_NOUN_ENDINGS = ("acao", "icao", "amento", "imento")
# Action nouns, singular and plural, and the infinitive endings of their verbs.
NOUN_VERB_ENDINGS = (
    ("acoes", "ar"), ("acao", "ar"), ("icoes", "ir"), ("icao", "ir"),
    ("amentos", "ar"), ("amento", "ar"), ("imentos", "er"), ("imento", "er"), ("imento", "ir"),
)  # fmt: skip


@lru_cache(maxsize=65536)
def variants(word: str) -> list[str]:
    """Stems of the other part of speech of the word: the action noun of a verb ("cooperar",
    "cooperam" -> "cooperação") and the verb of an action noun ("negociações" -> "negociar").

    Snowball stems a verb and its "-ção" noun apart ("cooper", "cooperaca"); a visitor asks
    with the one when the text says the other. The caller keeps only stems the text holds.
    """
    out = set()
    for ending, verb in NOUN_VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            out.add(stem(word[: -len(ending)] + verb))
    for ending in ROOT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            root = word[: -len(ending)]
            out |= {stem(root + noun) for noun in ACTION_NOUN_ENDINGS}
    out.discard(stem(word))
    return sorted(out)


@lru_cache(maxsize=65536)
def place_names(word: str) -> tuple[str, ...]:
    """The place names a nationality adjective may be made from: "coreanos" -> "coreia",
    "americana" -> "america", "brasileiro" -> "brasil".

    Callers keep only what the text or the lexicon holds, so a wrong guess ("humano") costs
    nothing.
    """
    singular = word[:-1] if word.endswith("s") and len(word) > 5 else word
    for feminine, masculine in (("ana", "ano"), ("esa", "es"), ("ina", "ino"), ("eira", "eiro")):
        if singular.endswith(feminine):
            singular = singular[: -len(feminine)] + masculine
    return tuple(
        singular[: -len(end)] + place
        for end, place in DEMONYM_ENDINGS
        if singular.endswith(end) and len(singular) - len(end) >= 3
    )


# Finite and non-finite verb endings (accent-folded). Question verbs are often paraphrases of
# the text's verbs ("falou" for "revelou"), while a missing noun ("salário", "presidente") means
# missing information; answering weighs the two differently. Participles (-ado/-ido) are left
# out on purpose: "fundada", "recuperado" name the state asked about.
VERB_ENDINGS = (
    "aram",
    "eram",
    "iram",
    "avam",
    "ava",
    "ando",
    "endo",
    "indo",
    "ou",
    "iu",
    "eu",
    "am",
    "em",
    "ar",
    "er",
    "ir",
    "ei",
    "amos",
    "emos",
    "imos",
)
_NOT_VERBS = frozenset(
    {
        "europeu",
        "nuclear",
        "lugar",
        "militar",
        "mulher",
        "poder",
        "ordem",
        "homem",
        "viagem",
        "mensagem",
        "bem",
        "tambem",
        "porem",
        "alem",
    }
)


def participle(word: str) -> bool:
    """Whether a folded word looks like a past participle ("exposto", "contratados")."""
    return len(word) >= 5 and word.endswith(PARTICIPLE_ENDINGS) and word not in _NOT_VERBS


def verb_like(word: str) -> bool:
    """Whether a folded word looks like a verb form (a heuristic, not a tagger)."""
    if len(word) < 4 or word in _NOT_VERBS or word.endswith(("agem", "idade")):
        return False
    return word.endswith(VERB_ENDINGS)


_PREFIX = 6
# Endings of verb forms that Snowball leaves whole in short verbs ("usam", "usando" and "usar"
# get three stems): without them the root is left ("us").
SHORT_VERB_ENDINGS = ("ando", "endo", "indo", "aram", "eram", "avam", "am", "em", "ar", "er", "ir")


@lru_cache(maxsize=65536)
def soft_keys(word: str) -> frozenset[str]:
    """Keys under which two forms of one word meet, for a second-chance match.

    The stem; for long words their first six letters ("infiltrando" and "infiltrar"), and for
    short verbs their root ("usam" and "usando"): both join verb forms Snowball stems apart.
    Answering gives such a match partial credit.
    """
    keys = {stem(word)}
    if len(word) >= 7:
        keys.add("#" + word[:_PREFIX])
    elif verb_like(word):
        keys |= {"~" + word[: -len(e)] for e in SHORT_VERB_ENDINGS if word.endswith(e)}
    return frozenset(keys)
