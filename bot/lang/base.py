"""What every language module provides, and the analysis they share.

A language is data (word lists, kept as constants in ``bot/lang/<code>/``) plus two small
functions: ``normalise`` (character folding) and ``stem``. Tokenising keeps character offsets
into the original text so that citations and short answers can be quoted verbatim.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

# Letters, digits and the combining marks Arabic writes inside words (harakat, dagger alef,
# tatweel). Python's \w leaves combining marks out, which would split vowelled Arabic words.
_WORD = r"[\w\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED]+"
# A number keeps its decimal or thousands separators ("1.7", "1,7", "١٫٧", "1.000.000").
_NUMBER = r"\d+(?:[.,\u066B\u066C]\d+)*"
TOKEN_RE = re.compile(rf"{_NUMBER}(?![\w])|{_WORD}")

ANSWER_TYPES = frozenset(
    {
        "amount",
        "number",
        "rank",  # "ما ترتيب", "em que posição": an ordinal ("السادسة", "primeiro")
        "date",
        "place",
        "person",
        "org",
        "entity",
        "reason",
        "method",
        "definition",
        "yesno",
        "summary",
        "other",
    }
)


@dataclass(frozen=True)
class Token:
    """One word or number of a text, with where it stands in that text."""

    text: str
    norm: str
    stem: str
    start: int
    end: int

    @property
    def is_number(self) -> bool:
        return self.norm[:1].isdigit()


_TOKENS: dict[tuple[str, str], tuple[Token, ...]] = {}
_TOKENS_MAX = 50_000


def fold_accents(text: str) -> str:
    """Remove Latin diacritics ("reunião" -> "reuniao") without touching Arabic letters."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = [ch for ch in decomposed if not (unicodedata.combining(ch) and ord(ch) < 0x0600)]
    return unicodedata.normalize("NFC", "".join(kept))


# Invisible format characters: zero-width (space, joiners, no-break), direction marks and
# embeddings/overrides/isolates, the Arabic letter mark, the word joiner and soft hyphen.
INVISIBLE_RE = re.compile(
    "[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def strip_invisible(text: str) -> str:
    """Remove characters that change how text looks but not what it says."""
    return INVISIBLE_RE.sub("", text)


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII, the Arabic decimal separator to '.'."""
    return text.translate(_DIGITS)


_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹\u066b\u066c",
    "01234567890123456789.,",
)


@dataclass(frozen=True)
class QuestionFrames:
    """Words that frame a question rather than say what it is about (language data, in
    ``bot/lang/<code>/question_words.py``)."""

    which: frozenset[str] = frozenset()  # "qual", "اي": the noun after says what kind
    what_is: frozenset[str] = frozenset()  # "ما هو الحزب الذي": which party
    kind: frozenset[str] = frozenset()  # "nome", "نوع": announce a name without its kind
    name: frozenset[str] = frozenset()  # "o nome do engenheiro": the name of one of a kind
    sort: frozenset[str] = frozenset()  # "que tipo de empresa": a description, not a name
    percent: frozenset[str] = frozenset()  # "porcentagem", "نسبة": a share is asked
    restrictive: frozenset[str] = frozenset()  # "só", "لحالها": one thing of several only
    plural: frozenset[str] = frozenset()  # "quais": several things at once
    broken_plurals: frozenset[str] = frozenset()  # "دول", "مدن": plurals without an ending
    follow_up_openers: frozenset[str] = frozenset()  # "e", "و": open an elliptical follow-up
    ambiguous: frozenset[str] = frozenset()  # "من" (from), "como" (as): ask only at the start
    empty: frozenset[str] = frozenset()  # "um", "ال": too empty to match
    event_verbs: frozenset[str] = frozenset()  # "quando foi a reunião": the noun is the event
    relative: frozenset[str] = frozenset()  # "اللي", "الذي": a verb follows
    alternative: frozenset[str] = frozenset()  # "ou", "ولا": between offered alternatives
    or_not: frozenset[str] = frozenset()  # "não", "لا" after "or": a yes/no question
    destination: frozenset[str] = frozenset()  # "para onde", "لوين": a place one goes to
    origin: frozenset[str] = frozenset()  # "de que país", "من اي دولة": where one is from
    duration: frozenset[str] = frozenset()  # "quanto tempo", "كم دام": a number of time units
    time_units: frozenset[str] = frozenset()  # "anos", "عامًا": what a duration counts
    to: frozenset[str] = frozenset()  # "para", "إلى": introduce a destination in a text
    at: frozenset[str] = frozenset()  # "em", "في": put what follows at a place
    birth: frozenset[str] = frozenset()  # "nasceu", "ولد": the first date of a life span
    death: frozenset[str] = frozenset()  # "morreu", "توفي": the second date of a life span
    date_units: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "ano": year


@dataclass(frozen=True)
class Language:
    """A language's data and its two analysis functions; built once per language module."""

    code: str
    name: str
    normalise: Callable[[str], str]
    stem_word: Callable[[str], str]
    variants: Callable[[str], list[str]]
    verb_like: Callable[[str], bool]
    soft_keys: Callable[[str], frozenset[str]]
    stop_words: frozenset[str]
    question_words: Mapping[str, str]
    cue_words: Mapping[str, str]
    markers: Mapping[str, frozenset[str]]
    number_words: Mapping[str, float]
    scale_words: Mapping[str, float]
    currency_words: frozenset[str]
    percent_words: frozenset[str]
    weekdays: Mapping[str, int]
    months: Mapping[str, int]
    date_words: frozenset[str]
    synonyms: tuple[frozenset[str], ...]
    weak_words: frozenset[str]
    messages: Mapping[str, str]
    # The noun of a century ("القرن", "século"): with an ordinal or number after it, a date;
    # ``century_eras`` may close it ("الميلادي").
    century_words: frozenset[str] = frozenset()
    century_eras: frozenset[str] = frozenset()
    specific_cues: frozenset[str] = frozenset()  # "capital", "مقر": must be in the answer
    # Words that introduce what something is ("é", "significa", "entende-se por"): a sentence
    # answering "o que é X?" has one after X. Empty: no such test.
    definers: frozenset[str] = frozenset()
    # Definers whose folded form is another word, by that form: they count only as written
    # (Portuguese "é", "is", folds to "e", "and").
    definers_as_written: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Whether a sentence may say what X is with no definer at all, by opening with X (Arabic
    # "الأسد حيوان من الثدييات").
    copula_optional: bool = False
    # Shortest word in which one replaced letter is read as a typo ("hackres"); shorter words
    # only match a word with one more letter.
    replaced_letter_from: int = 4
    # Whether a typo keeps the word's first letter, as in scripts without glued prefixes
    # (Arabic writes و، ب، ال onto the word, so its first letter varies with them).
    typo_keeps_first_letter: bool = False
    # Endings read whole after the stem by synonym_key: they mark a verb where the bare next
    # letter would file it with a noun ("fundou" founded, "fundos" funds).
    key_endings: tuple[str, ...] = ()
    ordinal_words: frozenset[str] = frozenset()  # number words that rank ("الثاني", "sexto")
    excluding_words: frozenset[str] = frozenset()  # "خارج", "fora": what follows is set aside
    foreign_name_words: frozenset[str] = frozenset()  # "بالإنجليزية", "sigla"
    org_heads: frozenset[str] = frozenset()  # "وزارة", "فريق": open an Arabic body's name
    compass_words: frozenset[str] = frozenset()  # "جنوب", "sul": open a region of a place
    # Month names of another calendar (the Hijri), which are dates only beside a day or a year.
    other_months: frozenset[str] = frozenset()
    multiplier_words: frozenset[str] = frozenset()  # "مرات", "vezes": "four times" is no count
    # Names of countries, continents and cities (normalised, words joined by spaces): places
    # in every knowledge base, whose lexicon may add more.
    places: frozenset[str] = frozenset()
    # Words that introduce who did what a verb tells ("exposto pelos especialistas"), as
    # normalised phrases; with ``participle``, only after a word it accepts ("exposto pelos",
    # not "pelo menos"). Empty: no such spans (Arabic: "من قبل" also means "before", and its
    # agents answered "who represented the EU?" wrongly in tests/eval).
    agent_openers: frozenset[str] = frozenset()
    participle: Callable[[str], bool] | None = None
    # The word, and the word without a conjunction or preposition written joined to it
    # ("ويهدف" -> "يهدف"); languages that write them apart have only the word.
    unglued: Callable[[str], tuple[str, ...]] = lambda word: (word,)
    frames: QuestionFrames = QuestionFrames()
    # Place names a nationality adjective may be made from ("coreano" -> "coreia", "الامريكيه"
    # -> "امريكا"): the adjective then matches the place, and names it in a text.
    place_names: Callable[[str], tuple[str, ...]] = lambda word: ()
    # Whether a word's shape marks it as a noun or a preposition's object, not a verb ("الشركه",
    # "بكراكن"); languages whose relative clauses need no such test leave it False.
    noun_like: Callable[[str], bool] = lambda word: False
    # Whether a noun that names a subject carries the article glued to it ("الشيوعية"), so
    # that a question's one bare word ("رسمها") is more likely a verb about someone unnamed.
    glued_article: bool = False

    def tokens(self, text: str) -> list[Token]:
        """Split ``text`` into tokens with offsets, normalised and stemmed forms.

        Knowledge-base sentences are tokenised again for every question that considers them,
        so results are memoised per text (bounded; tokens are immutable).
        """
        cached = _TOKENS.get((self.code, text))
        if cached is None:
            cached = tuple(self._tokenise(text))
            if len(_TOKENS) >= _TOKENS_MAX:
                _TOKENS.clear()
            _TOKENS[(self.code, text)] = cached
        return list(cached)

    def _tokenise(self, text: str):
        for match in TOKEN_RE.finditer(text):
            norm = self.normalise(match.group())
            if norm:
                yield Token(match.group(), norm, self.stem(norm), match.start(), match.end())

    def stem(self, norm: str) -> str:
        """Stem an already normalised word; numbers and very short words are kept whole."""
        if norm[:1].isdigit() or len(norm) < 3:
            return norm
        return self.stem_word(norm)

    def synonym_key(self, norm: str) -> str:
        """The key under which a word finds its synonyms: its stem and the letter after it.

        Stemmers join words of different meaning that synonyms must keep apart: "fundada"
        (founded) and "fundos" (funds), مؤسس (founder) and مؤسسة (institution), عمل (work)
        and العملات (currencies). The letter after the stem parts them, while the inflections
        a synonym group lists each bring their own key ("roubou", "roubaram", "roubo").
        """
        stem = self.stem(norm)
        at = norm.find(stem)
        rest = norm[at + len(stem) :] if at >= 0 else ""
        after = next((e for e in self.key_endings if rest.startswith(e)), rest[:1])
        return f"{stem}|{after}"

    def is_stop(self, norm: str) -> bool:
        return norm in self.stop_words

    def is_weak(self, norm: str) -> bool:
        """Content words that say little about what is asked: verbs, relational adverbs."""
        return norm in self.weak_words or self.verb_like(norm)


def question_frames(data, normalise: Callable[[str], str]) -> QuestionFrames:
    """The :class:`QuestionFrames` of a language's ``question_words`` module; a list the
    language does not need (Portuguese has no broken plurals) is left empty."""

    def words(name: str) -> frozenset[str]:
        return normalised_set(getattr(data, name, ()), normalise)

    def phrases(name: str) -> frozenset[str]:
        return frozenset(normalised_map(dict.fromkeys(getattr(data, name, ())), normalise))

    units = getattr(data, "DATE_UNIT_WORDS", {})
    return QuestionFrames(
        which=words("WHICH_WORDS"),
        what_is=words("WHAT_IS_WORDS"),
        kind=words("KIND_WORDS"),
        name=words("NAME_WORDS"),
        sort=words("SORT_WORDS"),
        percent=words("PERCENT_QUESTION_WORDS"),
        restrictive=words("RESTRICTIVE_WORDS"),
        plural=words("PLURAL_QUESTION_WORDS"),
        broken_plurals=words("BROKEN_PLURALS"),
        follow_up_openers=words("FOLLOW_UP_OPENERS"),
        ambiguous=words("AMBIGUOUS_QUESTION_WORDS"),
        empty=words("EMPTY_WORDS"),
        event_verbs=words("EVENT_VERBS"),
        relative=words("RELATIVE_WORDS"),
        alternative=words("ALTERNATIVE_WORDS"),
        or_not=words("OR_NOT_WORDS"),
        destination=phrases("DESTINATION_WORDS"),
        origin=phrases("ORIGIN_WORDS"),
        duration=phrases("DURATION_WORDS"),
        time_units=words("TIME_UNITS"),
        to=words("TO_WORDS"),
        at=words("AT_WORDS"),
        birth=words("BIRTH_WORDS"),
        death=words("DEATH_WORDS"),
        date_units={unit: normalised_set(w, normalise) for unit, w in units.items()},
    )


def normalised_set(words: Iterable[str], normalise: Callable[[str], str]) -> frozenset[str]:
    """Fold a word list the same way text is folded, so look-ups compare like with like."""
    return frozenset(n for n in (normalise(w) for w in words) if n)


def normalised_map(mapping: Mapping[str, object], normalise: Callable[[str], str]) -> dict:
    """Fold every key of ``mapping``; multi-word keys are folded word by word."""
    out: dict = {}
    for key, value in mapping.items():
        folded = " ".join(normalise(w) for w in key.split())
        if folded:
            out.setdefault(folded, value)
    return out


def normalised_groups(
    groups: Iterable[Iterable[str]], normalise: Callable[[str], str]
) -> tuple[frozenset[str], ...]:
    return tuple(g for g in (normalised_set(group, normalise) for group in groups) if len(g) > 1)
