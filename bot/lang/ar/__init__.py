"""Arabic: wires the language's constants and its two analysis functions together."""

from bot.lang.ar import question_words
from bot.lang.ar.analysis import (
    normalise,
    noun_like,
    place_names,
    soft_keys,
    stem,
    unglued,
    variants,
    verb_like,
)
from bot.lang.ar.dates import (
    CENTURY_ERAS,
    CENTURY_WORDS,
    DATE_WORDS,
    HIJRI_MONTHS,
    MONTHS,
    WEEKDAYS,
)
from bot.lang.ar.messages import MESSAGES
from bot.lang.ar.numbers import (
    CURRENCY_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PERCENT_WORDS,
    SCALE_WORDS,
)
from bot.lang.ar.places import PLACES
from bot.lang.ar.question_words import (
    CUE_WORDS,
    DEFINERS,
    METHOD_MARKERS,
    QUESTION_WORDS,
    REASON_MARKERS,
    SPECIFIC_CUES,
    TIME_MARKERS,
)
from bot.lang.ar.spans import (
    COMPASS_WORDS,
    EXCLUDING_WORDS,
    FOREIGN_NAME_WORDS,
    MULTIPLIER_WORDS,
    ORG_HEADS,
)
from bot.lang.ar.stop_words import STOP_WORDS
from bot.lang.ar.synonyms import SYNONYMS
from bot.lang.ar.weak_words import WEAK_WORDS
from bot.lang.base import (
    Language,
    normalised_groups,
    normalised_map,
    normalised_set,
    question_frames,
)

ARABIC = Language(
    code="ar",
    name="Arabic",
    normalise=normalise,
    stem_word=stem,
    variants=variants,
    verb_like=verb_like,
    soft_keys=soft_keys,
    stop_words=normalised_set(STOP_WORDS, normalise),
    question_words=normalised_map(QUESTION_WORDS, normalise),
    definers=normalised_set(DEFINERS, normalise),
    copula_optional=True,
    cue_words=normalised_map(CUE_WORDS, normalise),
    specific_cues=normalised_set(SPECIFIC_CUES, normalise),
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
    other_months=normalised_set(HIJRI_MONTHS, normalise),
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
    org_heads=normalised_set(ORG_HEADS, normalise),
    unglued=unglued,
    noun_like=noun_like,
    glued_article=True,
    place_names=place_names,
    frames=question_frames(question_words, normalise),
)
