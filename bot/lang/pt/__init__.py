"""Portuguese: wires the language's constants and its two analysis functions together."""

from bot.lang.base import (
    Language,
    normalised_groups,
    normalised_map,
    normalised_set,
    question_frames,
)
from bot.lang.pt import question_words
from bot.lang.pt.analysis import (
    SYNONYM_KEY_ENDINGS,
    normalise,
    participle,
    place_names,
    soft_keys,
    stem,
    variants,
    verb_like,
)
from bot.lang.pt.dates import CENTURY_ERAS, CENTURY_WORDS, DATE_WORDS, MONTHS, WEEKDAYS
from bot.lang.pt.messages import MESSAGES
from bot.lang.pt.numbers import (
    CURRENCY_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PERCENT_WORDS,
    SCALE_WORDS,
)
from bot.lang.pt.places import PLACES
from bot.lang.pt.question_words import (
    CUE_WORDS,
    DEFINERS,
    DEFINERS_AS_WRITTEN,
    METHOD_MARKERS,
    QUESTION_WORDS,
    REASON_MARKERS,
    SPECIFIC_CUES,
    TIME_MARKERS,
)
from bot.lang.pt.spans import (
    AGENT_OPENERS,
    COMPASS_WORDS,
    EXCLUDING_WORDS,
    FOREIGN_NAME_WORDS,
    MULTIPLIER_WORDS,
)
from bot.lang.pt.stop_words import STOP_WORDS
from bot.lang.pt.synonyms import SYNONYMS
from bot.lang.pt.weak_words import WEAK_WORDS

PORTUGUESE = Language(
    code="pt",
    name="Portuguese",
    normalise=normalise,
    stem_word=stem,
    variants=variants,
    verb_like=verb_like,
    soft_keys=soft_keys,
    stop_words=normalised_set(STOP_WORDS, normalise),
    question_words=normalised_map(QUESTION_WORDS, normalise),
    cue_words=normalised_map(CUE_WORDS, normalise),
    specific_cues=normalised_set(SPECIFIC_CUES, normalise),
    definers=normalised_set(DEFINERS, normalise),
    definers_as_written={normalise(w): frozenset({w}) for w in DEFINERS_AS_WRITTEN},
    markers={
        "reason": normalised_set(REASON_MARKERS, normalise),
        "method": normalised_set(METHOD_MARKERS, normalise),
        "time": normalised_set(TIME_MARKERS, normalise),
    },
    number_words=normalised_map(NUMBER_WORDS, normalise),
    scale_words=normalised_map(SCALE_WORDS, normalise),
    currency_words=normalised_set(CURRENCY_WORDS, normalise),
    percent_words=normalised_set(PERCENT_WORDS, normalise),
    weekdays=normalised_map(WEEKDAYS, normalise),
    months=normalised_map(MONTHS, normalise),
    date_words=normalised_set(DATE_WORDS, normalise),
    century_words=normalised_set(CENTURY_WORDS, normalise),
    century_eras=normalised_set(CENTURY_ERAS, normalise),
    synonyms=normalised_groups(SYNONYMS, normalise),
    weak_words=normalised_set(WEAK_WORDS, normalise),
    messages=MESSAGES,
    ordinal_words=normalised_set(ORDINAL_WORDS, normalise),
    excluding_words=normalised_set(EXCLUDING_WORDS, normalise),
    places=frozenset(normalised_map(dict.fromkeys(PLACES), normalise)),
    foreign_name_words=normalised_set(FOREIGN_NAME_WORDS, normalise),
    compass_words=normalised_set(COMPASS_WORDS, normalise),
    multiplier_words=normalised_set(MULTIPLIER_WORDS, normalise),
    place_names=place_names,
    agent_openers=normalised_set(AGENT_OPENERS, normalise),
    participle=participle,
    # "mora"/"mira", "casa"/"cosa": in four letters a replaced one is often another word
    # (FaQuAD natural negatives declined 0.863 -> 0.869 with no answer lost, `sanad bench abstain`).
    replaced_letter_from=5,
    # "demitido" (fired) read as "emitido" (issued) answered "foi demitido?" with a communiqué
    # (ARCD and FaQuAD figures unchanged, `sanad bench abstain`).
    typo_keeps_first_letter=True,
    key_endings=SYNONYM_KEY_ENDINGS,
    frames=question_frames(question_words, normalise),
)
