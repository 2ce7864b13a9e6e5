"""Short answers: a span of a cited sentence whose kind matches what the question asks for.

A span is always ``text[start:end]`` of the source, never composed text. Spans are found by
kind: numbers and amounts ("US $ 1,7 bilhão", "1.7 مليار دولار"), dates (days, months, years),
and names (entities from the lexicon, quoted names, capitalised Latin names).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from bot.lang import Language
from bot.lang.base import Token

NAME_TYPES = frozenset({"place", "person", "org", "entity"})
# Characters between a name and the nearest question word beyond which the name is not
# offered as the short answer (measured on tests/eval: see short_answer).
NAME_DISTANCE_CAP = 45
SPAN_TYPES = NAME_TYPES | {"amount", "number", "rank", "date"}
# Every kind find_spans gives: the answer types, and kinds that answer none by themselves (a
# rank "الثاني", a label "nº 342", an Arabic body name only shown, never evidence).
SPAN_KINDS = (SPAN_TYPES - {"rank"}) | {"ordinal", "label", "body", "agent"}
# A text holding this many names (or values) of the asked kind, besides those the question
# repeats, gets no short answer: chosen on the tune halves of ARCD and FaQuAD, where the pick
# among five or more names, or four or more values, was right about a third of the time.
NAME_CROWD = 5
VALUE_CROWD = 4
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
# Arabic news often opens a quote with ” as well as “ («”بايبت”»); the name inside may not
# start or end with a space, which keeps the gap between two quoted names from matching.
_QUOTED = re.compile(r"[“«\"”](?!\s)([^”»\"“«]{2,60})(?<!\s)[”»\"“]")
# Words that may join the parts of one span: "2024 و2025", "Wazirx e Bybit", "1,7 bilhão de".
_JOINERS = frozenset({"و", "e", "de", "do", "da", "dos", "das", "a", "ao", "em", "of"})
_NAME_JOINERS = frozenset({"e", "و", "de", "do", "da", "dos", "das", "del", "von", "van", "bin"})
_WEEKDAY_TAIL = "feira"
_ORDINAL_WEEKDAYS = frozenset({"segunda", "terca", "quarta", "quinta", "sexta"})


@dataclass(frozen=True)
class Span:
    """A typed span of a source text."""

    text: str
    start: int
    end: int
    kind: str


_SPANS: dict[tuple, list[Span]] = {}
_SPANS_MAX = 20_000


def find_spans(
    text: str, language: Language, entities: Mapping[tuple[str, ...], str] | None = None
) -> list[Span]:
    """Every typed span of ``text``: numbers/amounts, dates and names, in text order.

    Memoised per text and entity table: the same sentences are examined for many questions.
    """
    key = (language.code, text, _fingerprint(entities))
    if key not in _SPANS:
        if len(_SPANS) >= _SPANS_MAX:
            _SPANS.clear()
        _SPANS[key] = _find_spans(text, language, entities)
    return list(_SPANS[key])


def _fingerprint(entities: Mapping[tuple[str, ...], str] | None):
    """A stable key for an entity table (its contents, not its identity)."""
    if not entities:
        return ()
    fingerprint = getattr(entities, "fingerprint", None)
    return fingerprint if fingerprint is not None else tuple(sorted(entities.items()))


class Fingerprint:
    """A table's contents as a dictionary key whose hash is computed once: hashing the
    300-entry tuple itself took 6-7 µs, on every memoised span lookup."""

    __slots__ = ("_hash", "items")

    def __init__(self, items: tuple):
        self.items = items
        self._hash = hash(items)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return self is other or (isinstance(other, Fingerprint) and self.items == other.items)


class EntityTable(dict):
    """Lexicon names -> type, with a content fingerprint computed once, and which names are
    aliases of one entry ("UE" and "União Europeia")."""

    def __init__(
        self,
        items: Mapping[tuple[str, ...], str],
        entry_of: Mapping[tuple[str, ...], int] | None = None,
    ):
        super().__init__(items)
        self.entry_of = dict(entry_of or {})
        self.fingerprint = Fingerprint(tuple(sorted(self.items())))
        self.asked_cache: dict[frozenset[str], set[int]] = {}


def _asked_entries(entities, asked: frozenset[str]) -> set[int]:
    """Lexicon entries the question names by one of their aliases: every word of it asked.

    Memoised on the table: a question's sentences are examined with the same words.
    """
    entry_of = getattr(entities, "entry_of", None)
    if not entry_of:
        return set()
    cache = entities.asked_cache
    if asked not in cache:
        if len(cache) > 1000:
            cache.clear()
        bare = asked | _bare_forms(asked)
        cache[asked] = {entry for key, entry in entry_of.items() if set(key) <= bare}
    return cache[asked]


@lru_cache(maxsize=2048)
def _bare_forms(asked: frozenset[str]) -> frozenset[str]:
    """Asked words without the Arabic article ("النادي" -> "نادي")."""
    return frozenset(_strip_al(a) for a in asked if a)


def _find_spans(text, language, entities) -> list[Span]:
    tokens = language.tokens(text)
    dates = _dates(text, tokens, language)
    dates += [c for c in _centuries(text, tokens, language) if not _overlaps(c, dates)]
    dates = _merge_relative(text, dates, _relative_dates(text, tokens, language))
    dates = _date_ranges(text, tokens, dates)
    dates += [t for t in _times(text, tokens, language) if not _overlaps(t, dates)]
    # The day of "12 de março" belongs to the date, not to a separate number.
    values = [n for n in _numbers(text, tokens, language) if not _overlaps(n, dates)] + dates
    # "US" in "US $ 1,7 bilhão" is part of an amount, not a name.
    names = [
        n
        for n in _names(text, tokens, language, entities or {})
        if not any(v.start < n.end and n.start < v.end for v in values)
    ]
    agents = _agents(text, tokens, language, values + names)
    return sorted(values + names + agents, key=lambda s: (s.start, -s.end))


# "من أواخر عام 1939 إلى أوائل عام 1941", "de 1939 a 1945", "entre 2003 e 2014".
_DATE_RANGE_OPENERS = frozenset({"من", "منذ", "بين", "مابين", "de", "desde", "entre"})
# Between the two ends of a range, dates or numbers ("إلى 1941", "entre 3 e 5"). Normalised
# forms: "إلى" folds to "الي", "حتى" to "حتي".
_RANGE_JOINERS = frozenset({"و", "الي", "حتي", "لغايه", "e", "a", "ate"})


def _date_ranges(text: str, tokens: list[Token], dates: list[Span]) -> list[Span]:
    """Join two dates opened by "from"/"between" into one: "من 1939 إلى 1941" is one answer."""
    ordered = sorted(dates, key=lambda d: d.start)
    out: list[Span] = []
    i = 0
    while i < len(ordered):
        first = ordered[i]
        if i + 1 < len(ordered) and _opens_range(tokens, first):
            second = ordered[i + 1]
            gap = [t.norm for t in tokens if first.end <= t.start and t.end <= second.start]
            # The second year may keep its own "عام": "من عام 1299م إلى عام 1922م".
            if gap and gap[0] in _RANGE_JOINERS and set(gap[1:]) <= _YEAR_WORDS:
                out.append(Span(text[first.start : second.end], first.start, second.end, "date"))
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _opens_range(tokens: list[Token], span: Span) -> bool:
    """Whether "from"/"between" stands before the date, or before its "عام" ("ومن عام 1299م")."""
    before = [t.norm for t in _before(tokens, span.start)[-2:]]
    if len(before) == 2 and before[1] in _YEAR_WORDS:
        before = before[:1]
    if not before:
        return False
    word = before[-1]
    return word in _DATE_RANGE_OPENERS or (word[:1] == "و" and word[1:] in _DATE_RANGE_OPENERS)


def _merge_relative(text: str, dates: list[Span], relative: list[Span]) -> list[Span]:
    """Add relative dates; one right before a date is part of it ("أواخر عام 2010", "no final
    da década de 1940")."""
    out = list(dates)
    for r in relative:
        follows = [
            d
            for d in out
            if d.start >= r.end and text[r.end : d.start].strip() in ("", "de", "do", "da", "من")
        ]
        if follows:
            d = follows[0]
            out[out.index(d)] = Span(text[r.start : d.end], r.start, d.end, "date")
        elif not _touches(text, r, out):
            out.append(r)
    return out


def _touches(text: str, span: Span, others: list[Span]) -> bool:
    """Overlaps, or stands right beside one of ``others``: "عام" before "1453م" is its unit."""
    return any(
        (o.start < span.end and span.start < o.end)
        or not text[min(o.end, span.end) : max(o.start, span.start)].strip()
        for o in others
    )


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(o.start < span.end and span.start < o.end for o in others)


def short_answer(
    text: str,
    answer_type: str,
    language: Language,
    asked: Iterable[str] = (),
    entities: Mapping[tuple[str, ...], str] | None = None,
    plural: bool = False,
    anchors: Iterable[str] = (),
    near: bool = True,
    unit: str | None = None,
    category: Iterable[str] = (),
    display: bool = False,
    sort: bool = False,
    focus: Iterable[str] | None = None,
    origin: bool = False,
) -> Span | None:
    """The span of ``text`` that answers a question of ``answer_type``; None if there is none.

    Spans made only of words the question already contains are skipped: "when did the meeting
    in Seoul happen" must not answer "Seoul". Among the rest, the span nearest to the words the
    question shares with the sentence (``anchors``, as stems) wins: in "a reunião em Seul",
    "Seul" is what "onde foi a reunião?" asks for. With ``near``, a name farther than
    ``NAME_DISTANCE_CAP`` from all of them is not offered (``near=False`` only asks whether
    the text holds a span of the kind at all). ``unit`` ("year", "month") is the part of a date
    the question asks for: "which year?" is not answered by "Tuesday". ``category`` holds the
    stem of the noun naming the kind asked for ("qual universidade"): a name that opens with it
    or follows it is preferred, and its opening word is not taken for a repeat of the question.
    With ``display`` (a short answer to show, not a check that one exists), a text crowded
    with spans of the kind gets none (see ``NAME_CROWD``), and a gloss in another script is
    not shown unless asked for. With ``sort`` ("que tipo de empresa?"), only a name of the
    asked category is shown: any other name is not a sort of thing. ``focus`` (stems; all the
    anchors by default) are the anchors nearness is measured to first: a follow-up's own words
    ("UE" in "e pela UE?"), before those it carries over. Shown, a place's adjective
    answers only a question on where one is from (``origin``: "من اي دولة", "de que país").
    """
    if answer_type not in SPAN_TYPES:
        return None
    asked = frozenset(asked)
    asked_entries = _asked_entries(entities, asked) if entities else None
    category = frozenset(category)
    tokens = language.tokens(text)
    # "ما اسم النسبية بالإنجليزية؟" asks for the gloss of an asked word: aliases do not count.
    foreign = bool(asked & language.foreign_name_words)
    # Only for the span shown: whether a sentence holds a place at all is judged as before
    # (ARCD: judged on every sentence, it answered "شمال شرق لبنان" wrongly).
    asked_places = (
        frozenset(_places_named(asked, language))
        if display and answer_type in NAME_TYPES
        else frozenset()
    )
    spans = find_spans(text, language, entities)
    if answer_type == "place":
        spans = [
            _with_region(text, tokens, s, language)
            # "الغرب الأفريقي" is the African west, no region of a place
            if s.kind in ("place", "entity") and not _place_adjective(s, language, entities)
            else s
            for s in spans
        ]
    candidates = [
        s
        for s in spans
        if (
            fits(s.kind, answer_type)
            or (
                display
                and _acts(s.kind, answer_type)
                and not _place_adjective(s, language, entities)
            )
        )
        and not _names_asked_entry(s, language, entities, asked_entries)
        and not _repeats_question(
            _region_part(_after_category(s, language, category), language),
            answer_type,
            language,
            asked,
            () if foreign else _aliases(text, s, language),
            lexical=bool(entities) and _in_lexicon(s, language, entities),
            asked_places=asked_places,
        )
        and not _set_aside(s, tokens, language)
        and (unit is None or _has_unit(s, unit, language, tokens))
        and not (display and not foreign and _foreign_script(s, language))
        and not (answer_type == "place" and s.kind == "org" and (display or category))
        and not (s.kind == "number" and _multiplies(s, tokens, language, asked))
        # Shown, "ألماني" is no answer to "أين درّس؟" (ARCD: the one such short answer, wrong);
        # judging still counts it as a place the sentence holds.
        and not (
            display
            and answer_type == "place"
            and not origin
            and _place_adjective(s, language, entities)
        )
    ]
    if display and sort:
        candidates = [s for s in candidates if of_kind(s, tokens, category)]
    elif display and answer_type == "entity" and not foreign:
        # "qual X?" and a capitalised name that is neither an X nor a known name: too often a
        # capitalised department or title beside the answer (FaQuAD tune half: 3 right of 12).
        candidates = [
            s
            for s in candidates
            if not _by_capitals(s)
            or of_kind(s, tokens, category)
            or _in_lexicon(s, language, entities or {})
        ]
    if {s.kind for s in candidates if fits(s.kind, answer_type)} == {"agent"}:
        # "...a Kraken, com sede nos EUA, revelou que um hacker ... acabou sendo exposto pelos
        # especialistas": a country stands in for "who?" only where nothing says who did it.
        candidates = [s for s in candidates if s.kind == "agent"]
    if not candidates:
        return None
    fitting = [s for s in candidates if fits(s.kind, answer_type)]
    if display and len(fitting) >= (NAME_CROWD if answer_type in NAME_TYPES else VALUE_CROWD):
        # Among many spans of the asked kind, nearness to the question's words picks the right
        # one too seldom (tune halves of ARCD/FaQuAD: about a third): better none.
        return None
    if display and answer_type == "place":
        # Shown for "onde?", a name no "em"/"في" puts at a place is seldom one (FaQuAD: "da
        # Poli-USP", "a memória RAM"); "no Sistema Acadêmico", "em Campo Grande" are. Asked for
        # a kind of place ("ما هي عاصمة العراق؟"), a region ("غرب آسيا") is none.
        at = language.frames.at | language.frames.to
        candidates = [
            s
            for s in candidates
            if (s.kind != "entity" or introduced_by(tokens, s, at, language))
            and not (category and _opens_region(s, language))
        ]
        if not candidates:
            return None
    anchor_stems = set(anchors)
    positions = [t.start for t in tokens if t.stem in anchor_stems]
    if near and answer_type in NAME_TYPES and positions:
        # A name far from every word the question shares with the sentence is more likely
        # another actor of the sentence than the answer: better no short answer.
        candidates = [
            s
            for s in candidates
            # An agent phrase belongs to its verb ("exposto pelos especialistas"), however
            # far the verb has put it from the names the question shares.
            if s.kind == "agent"
            or min(_gap(_with_apposition(text, s), p) for p in positions) <= NAME_DISTANCE_CAP
        ]
        if not candidates:
            return None
    if answer_type == "date":
        life = _life_date(text, candidates, language, asked)
        if life is not None:
            return life
        if display:
            # "متى هاجر جبران؟" is not "ولد في 6 يناير 1883", nor "متى بدأ الكتابة؟" the first
            # date of "(11 ديسمبر 1911 - 30 أغسطس 2006)": a life's dates answer only for it,
            # and "متى توفي؟" is not answered by "ولد في".
            other = _other_life_dates(text, tokens, candidates, language, asked)
            candidates = [s for s in candidates if s not in other]
            if not candidates:
                return None
    focus_stems = set(focus) if focus else None
    focused = [t.start for t in tokens if t.stem in focus_stems] if focus_stems else positions
    clauses = _clause_openers(tokens, language) if len(candidates) > 1 else frozenset()
    best = max(
        candidates,
        key=lambda s: _preference(
            s,
            answer_type,
            focused or positions,
            of_kind(s, tokens, category),
            _with_apposition(text, s),
            clauses,
            # "instituição brasileira, sediada em Campo Grande": a place's adjective says where
            # something is from, not where it is, unless a kind is asked ("من اي بلد").
            answer_type == "place" and not category and _place_adjective(s, language, entities),
        ),
    )
    if unit == "duration":
        best = _with_time_unit(text, tokens, best, language)
    if plural and best.kind in NAME_TYPES:
        best = _join_list(text, best, candidates, language)
    elif answer_type in ("person", "org") and best.kind in NAME_TYPES and not category:
        # "a Coréia do Sul e a União Europeia planejam": who plans is both (but "qual
        # fundação?" asks for the one of that kind).
        best = _join_pair(text, best, candidates)
    return best


# Between the two dates of a life span: a dash, and in Portuguese the place of death before
# the second date ("1879 — Princeton, 18 de abril").
_LIFE_GAP = re.compile(r"^\s*[-–—]\s*(?:[^\d,()\-–—]{1,40},\s*)?$")


def _other_life_dates(text: str, tokens: list[Token], candidates, language: Language, asked):
    """The dates of a life that the question does not ask for: with neither birth nor death
    asked, those of a life span and those a birth or death word introduces ("ولد في 6 يناير
    1883", "morreu em 1935"); with one asked, those the other word introduces."""
    birth, death = bool(asked & language.frames.birth), bool(asked & language.frames.death)
    dates = sorted((s for s in candidates if s.kind == "date"), key=lambda s: s.start)
    other = set()
    if not (birth or death):
        other = {
            d
            for first, second in pairwise(dates)
            if _LIFE_GAP.match(text[first.end : second.start])
            for d in (first, second)
        }
    unasked = (language.frames.birth if not birth else frozenset()) | (
        language.frames.death if not death else frozenset()
    )
    for span in dates:
        before = _before(tokens, span.start)[-2:]
        if before and before[-1].norm in language.frames.at:
            before = before[:-1]  # "ولد في", "nasceu em"
        if before and before[-1].norm in unasked:
            other.add(span)
    return other


# A life span in brackets, in years: "(1847-1931)", "(1332 - 1406م)".
_YEAR_SPAN = re.compile(r"\((\d{3,4})\s*[-–—]\s*(\d{3,4})\s*(م|هـ)?\s*\)")


def _life_date(text: str, candidates: list[Span], language: Language, asked) -> Span | None:
    """For "when was X born / did X die?", the first or second date of a life span."""
    death = bool(asked & language.frames.death)
    if not (death or asked & language.frames.birth):
        return None
    dates = sorted((s for s in candidates if s.kind == "date"), key=lambda s: s.start)
    for first, second in pairwise(dates):
        if _LIFE_GAP.match(text[first.end : second.start]):
            return second if death else first
    years = _YEAR_SPAN.search(text)
    if years is None or years.group(3) == "هـ":
        return None  # a Hijri span is left to the dates found in the text
    group = 2 if death else 1
    return Span(years.group(group), years.start(group), years.end(group), "date")


# Words between a point of the compass and its place: "جنوب شرق آسيا", "no sul da Ásia".
_REGION_JOINERS = frozenset({"من", "de", "da", "do", "dos", "das"})


def _with_region(text: str, tokens: list[Token], span: Span, language: Language) -> Span:
    """A place with the point of the compass before it: "تقع في جنوب آسيا" -> "جنوب آسيا"."""
    first = bisect_left([t.start for t in tokens], span.start)
    start, i = span.start, first - 1
    if (
        i >= 1
        and tokens[i].norm in _REGION_JOINERS
        and tokens[i - 1].norm in language.compass_words
    ):
        i -= 1  # "sul da Ásia", "الشمال الشرقي من أفريقيا"
    while (
        i >= 0
        and first - i <= 3
        and tokens[i].norm in language.compass_words
        and _adjacent(text, tokens[i], tokens[i + 1])
    ):
        start, i = tokens[i].start, i - 1
    return span if start == span.start else Span(text[start : span.end], start, span.end, span.kind)


def _opens_region(span: Span, language: Language) -> bool:
    """Whether the span is a region: it opens with a point of the compass ("غرب آسيا")."""
    tokens = language.tokens(span.text)
    return len(tokens) > 1 and tokens[0].norm in language.compass_words


def _region_part(span: Span, language: Language) -> Span:
    """The points of the compass opening a region ("غرب" of "غرب أوروبا"): what the region
    adds to a place the question may itself name ("أين تقع سويسرا بالنسبة لأوروبا؟")."""
    tokens = language.tokens(span.text)
    n = 0
    while n < len(tokens) and (
        tokens[n].norm in language.compass_words or tokens[n].norm in _REGION_JOINERS
    ):
        n += 1
    if n == 0 or n == len(tokens):
        return span
    end = tokens[n - 1].end
    return Span(span.text[:end], span.start, span.start + end, span.kind)


def _join_pair(text: str, best: Span, candidates: list[Span]) -> Span:
    """Extend a name over one joined to it by "and": "Coréia do Sul e a União Europeia"."""
    for other in candidates:
        if other.kind not in NAME_TYPES or other is best:
            continue
        left, right = (best, other) if best.start < other.start else (other, best)
        gap = text[left.end : right.start].strip(' ”“"«»')
        if gap in _PAIR_JOINERS:
            return Span(text[left.start : right.end], left.start, right.end, best.kind)
    return best


_PAIR_JOINERS = frozenset({"e", "e a", "e o", "e os", "e as", "و"})


def _set_aside(span: Span, tokens: list[Token], language: Language) -> bool:
    """Whether the span follows a word of exclusion: "خارج الولايات المتحدة", "fora dos EUA"."""
    before = _before(tokens, span.start)[-2:]
    while before and before[-1].norm in _NAME_JOINERS | {"os", "as", "o"}:
        before.pop()
    return bool(before) and before[-1].norm in language.excluding_words


def _before(tokens: list[Token], position: int) -> list[Token]:
    """The tokens ending at or before ``position`` (tokens are in text order)."""
    return tokens[: bisect_right([t.end for t in tokens], position)]


def _next(tokens: list[Token], position: int) -> list[Token]:
    """The first token starting at or after ``position``, as a list of at most one."""
    return tokens[bisect_left([t.start for t in tokens], position) :][:1]


_CLOCK = re.compile(r"\d{1,2}\s*(?::|h)\s*\d{0,2}\b")
_HOUR_WORDS = frozenset("horas hora ساعه الساعه صباحا مساء".split())


def _with_time_unit(text: str, tokens: list[Token], span: Span, language: Language) -> Span:
    """A duration with the unit it counts: "quatro" -> "quatro semestres", "عشرين عامًا"."""
    after = _next(tokens, span.end)
    if not after or after[0].norm not in language.frames.time_units:
        return span
    if text[span.end : after[0].start].strip():
        return span  # "30 (trinta) dias": the unit is the bracket's figure's
    end = after[0].end
    return Span(text[span.start : end], span.start, end, span.kind)


def _has_unit(span: Span, unit: str, language: Language, text_tokens: list[Token]) -> bool:
    """Whether a date span names the asked unit: a year for "which year?", a month for "which
    month?", a day or a clock time; whether a number counts time units, for "how long?"."""
    if unit == "duration":
        after = _next(text_tokens, span.end)
        inside = language.tokens(span.text)[-1:]
        return any(t.norm in language.frames.time_units for t in after + inside)
    tokens = language.tokens(span.text)
    if unit == "year":
        # The span is a date already: a figure of three or four digits in it is its year
        # ("في عام 1350", whose "عام" the span leaves out), and a shorter one with its era
        # ("150 هـ"); one or two digits alone are a day ("12 مارس").
        return any(
            _is_year(tokens, i, language)
            or _year_with_clitic(t)
            or (t.is_number and 3 <= len(t.norm) <= 4)
            or (t.is_number and _era_end(tokens, i) > i)
            for i, t in enumerate(tokens)
        )
    if unit == "month":
        return any(t.norm in language.months for t in tokens)
    if unit == "day":  # "terça-feira", "12 de março", "5 أبريل": not a bare year
        weekday = any(t.norm in language.weekdays for t in tokens)
        dated = any(t.norm in language.months for t in tokens) and any(
            t.is_number and not _is_year(tokens, i, language) for i, t in enumerate(tokens)
        )
        return weekday or dated
    if unit == "time":  # "às 10h30", "الساعة العاشرة": a clock time, not a day
        return bool(_CLOCK.search(span.text)) or any(t.norm in _HOUR_WORDS for t in tokens)
    return True


def _aliases(text: str, span: Span, language: Language) -> list[str]:
    """Normalised words that the text gives as another name of the span, in brackets.

    "Universidade Federal de Mato Grosso do Sul (UFMS)": each is the other's alias, so a
    question about the UFMS is not answered with its full name.
    """
    after = text[span.end :]
    if after.lstrip().startswith("("):
        inner = after.lstrip()[1:].split(")", 1)[0]
        return [t.norm for t in language.tokens(inner)][:6]
    before = text[: span.start].rstrip()
    if before.endswith("("):
        return [t.norm for t in language.tokens(before[:-1])][-4:]
    return []


def _foreign_script(span: Span, language: Language) -> bool:
    """A name in another script in Arabic text ("(Albert Einstein)", "(باليونانية: Ἀλέξανδρος)")
    glosses the Arabic words around it: it answers only a question asking for the foreign
    name."""
    if language.code != "ar":
        return False
    letters = [c for c in span.text if c.isalpha()]
    return bool(letters) and not any("\u0600" <= c <= "\u06ff" for c in letters)


def listed_with_others(
    text: str,
    language: Language,
    anchors: Iterable[str],
    entities: Mapping[tuple[str, ...], str] | None = None,
) -> bool:
    """Whether a name the question asks about is listed with another ("Wazirx e Bybit").

    A figure given for such a list is not the figure of one of its members.
    """
    anchors = set(anchors)
    names = sorted(
        (s for s in find_spans(text, language, entities) if s.kind in NAME_TYPES),
        key=lambda s: s.start,
    )
    asked = [s for s in names if any(t.stem in anchors for t in language.tokens(s.text))]
    # A capitalised run may itself be the list: "Wazirx e Bybit".
    if any(t.norm in ("e", "و") for s in asked for t in language.tokens(s.text)):
        return True
    for span in asked:
        for other in names:
            if other is span:
                continue
            left, right = (span, other) if span.start < other.start else (other, span)
            if text[left.end : right.start].strip(' ،,”“"«»') in ("e", "و", ",", "،", ""):
                return True
    return False


def _acts(kind: str, answer_type: str) -> bool:
    """Spans shown when nearest, but not evidence enough that a text answers: a country can be
    who acted ("مين اتفق مع الاتحاد الأوروبي؟" -> "كوريا الجنوبية"), and an Arabic body found
    only by its opening noun ("وزارة الخارجية ...") who or which organisation. A country is
    shown only where judging found a span of the asked kind in the sentence (shown alone, on
    ARCD 2 of 12 such countries were right)."""
    if kind == "body":
        return answer_type in ("person", "org", "entity")
    return answer_type == "person" and kind == "place"


def _multiplies(span: Span, tokens: list[Token], language: Language, asked: frozenset[str]):
    """Whether the number is a multiplier ("أربع مرات", "quatro vezes") and the question does
    not ask how many times: "كم عدد سكان آسيا؟" is not "أربع" of "تضاعف سكان آسيا أربع مرات"."""
    after = _next(tokens, span.end)
    words = language.multiplier_words
    return bool(after) and after[0].norm in words and not asked & words


def introduced_by(tokens: list[Token], span: Span, words: frozenset[str], language) -> bool:
    """Whether one of ``words`` stands right before the span ("para a Coreia", "في سيول") or
    is glued to it, in a token the span leaves out ("لـسيول")."""
    before = _before(tokens, span.start)[-1:]
    inside = [t for t in tokens if t.start < span.start < t.end]
    glued = any(language.normalise(t.text[: span.start - t.start]) in words for t in inside)
    return glued or any(t.norm in words for t in before)


def fits(kind: str, answer_type: str) -> bool:
    """Whether a span of ``kind`` can answer a question of ``answer_type``."""
    if answer_type in ("amount", "number"):
        return kind in ("amount", "number")
    if answer_type == "rank":
        return kind == "ordinal"
    if answer_type == "date":
        return kind == "date"
    if answer_type == "entity":
        return kind in NAME_TYPES
    if answer_type == "person":
        # "who revealed it?" -> "Google"; "who exposed him?" -> "especialistas em segurança".
        return kind in ("person", "org", "entity", "agent")
    if answer_type == "place":
        # "من وين انسرقت؟" -> "من بورصتي وازير إكس": an organisation is where things happen.
        return kind in ("place", "org", "entity")
    return kind == answer_type or kind == "entity"


def _after_category(span: Span, language: Language, category: frozenset[str]) -> Span:
    """The span without an opening category noun: "Universidade de Coimbra" -> "de Coimbra"
    when the question asks "qual universidade"."""
    tokens = language.tokens(span.text)
    if len(tokens) > 1 and tokens[0].stem in category:
        start = tokens[1].start
        return Span(span.text[start:], span.start + start, span.end, span.kind)
    return span


def of_kind(span: Span, tokens: list[Token], category: frozenset[str]) -> bool:
    """Whether the span opens with the asked category noun or stands right after it."""
    if not category:
        return False
    starts = [t.start for t in tokens]
    first = bisect_left(starts, span.start)
    inside = tokens[first : bisect_left(starts, span.end)]
    before = _before(tokens, span.start)[-1:]
    return bool(inside and inside[0].stem in category) or bool(
        before and before[-1].stem in category
    )


def _preference(
    span: Span,
    answer_type: str,
    anchors: list[int],
    of_kind=False,
    reach: Span | None = None,
    clauses: frozenset[int] = frozenset(),
    adjective: bool = False,
) -> tuple:
    exact = span.kind == answer_type or answer_type == "entity"
    money = span.kind == "amount" if answer_type != "number" else True
    if answer_type in NAME_TYPES:
        exact = (of_kind, exact)
    # A question word inside the span is the span's own ("الثانية" in "الثاني من سبتمبر"),
    # not a sign that the span stands near what is asked.
    outside = [a for a in anchors if not span.start <= a < span.end]
    distance = min((_clause_gap(reach or span, a, clauses) for a in outside), default=0)
    return (not adjective, exact, money, -distance, -span.start)


# Characters added to the distance from a span to a question word that opens the next
# coordinated clause: "من 28 يوليو 1914 وانتهت في 11 نوفمبر 1918" dates the end with 1918.
CLAUSE_GAP = 20


def _clause_gap(span: Span, position: int, clauses: frozenset[int]) -> int:
    gap = _gap(span, position)
    return gap + CLAUSE_GAP if position in clauses and span.end <= position else gap


def _clause_openers(tokens: list[Token], language: Language) -> frozenset[int]:
    """Starts of words that open a coordinated clause: a verb with a glued "و" ("وانتهت")
    or a word after "e" ("e terminou")."""
    out = set()
    for i, token in enumerate(tokens):
        glued = token.text[:1] in _CONJUNCTION_LETTERS and token.stem[:1] != token.text[:1]
        after_and = i > 0 and tokens[i - 1].norm in _AND_WORDS
        if glued or after_and:
            out.add(token.start)
    return frozenset(out)


_CONJUNCTION_LETTERS = frozenset("وف")
_AND_WORDS = frozenset({"e", "و"})


# The longest apposition read as part of the name before it, in characters.
_APPOSITION_MAX = 120


def _with_apposition(text: str, span: Span) -> Span:
    """The name with the apposition that describes it: "Jong-Kwon, diretor-geral ... da
    Coréia," is where "do lado coreano" points, not at the next name of the list."""
    rest = text[span.end :]
    if span.kind not in ("person", "org") or not rest.lstrip().startswith(","):
        return span
    opening = span.end + rest.index(",") + 1
    closing = text.find(",", opening)
    closing = len(text.rstrip(" .")) if closing == -1 else closing
    if closing - opening > _APPOSITION_MAX:
        return span
    return replace(span, end=closing)


def _gap(span: Span, position: int) -> int:
    """Characters between a span and a word starting at ``position``."""
    if position < span.start:
        return span.start - position
    return max(0, position - span.end)


def _by_capitals(span: Span) -> bool:
    """Whether the span is a name found only by its capital letters (Latin script)."""
    return span.kind == "entity" and span.text[:1].isupper()


def _in_lexicon(span: Span, language: Language, entities) -> bool:
    return entity_key([t.norm for t in language.tokens(span.text)]) in entities


def _names_asked_entry(span: Span, language: Language, entities, asked_entries) -> bool:
    """Whether a lexicon name is another alias of an entry the question names ("União
    Europeia" when "UE" is asked)."""
    if not asked_entries or span.kind == "entity":
        return False
    key = entity_key([t.norm for t in language.tokens(span.text)])
    return entities.entry_of.get(key) in asked_entries


def _repeats_question(
    span: Span,
    answer_type: str,
    language,
    asked: frozenset[str],
    aliases: Iterable[str] = (),
    lexical: bool = False,
    asked_places: frozenset[str] = frozenset(),
) -> bool:
    """Whether the span restates the question rather than answering it.

    A value made only of asked words is the question's own ("2024" in "what happened in
    2024?"). A name sharing any asked word, itself or through an alias in brackets, is the
    subject: "Crypto Exchange Kraken" does not answer "what is the name of the hacker who
    applied at Kraken?". A lexicon name (``lexical``) is a known entity and is compared
    whole ("Coreia do Sul" does not repeat "Coreia do Norte"); its other aliases are caught by
    ``_names_asked_entry``. A place among ``asked_places`` (the places the question names,
    itself or by its adjective) is a repeat too.
    """
    words = [t.norm for t in language.tokens(span.text)]
    if answer_type in NAME_TYPES:
        words += [a for a in aliases if not language.is_stop(a)]
    content = [w for w in words if w not in language.stop_words and w not in _JOINERS]
    if not content:
        return False
    hits = [_asked(w, language, asked) for w in content]
    if answer_type in NAME_TYPES and asked_places:
        # "ايران" repeats "أين تقع الجمهورية الإيرانية؟": a place or its adjective is asked.
        hits = [
            h or bool(_places_named((w,), language) & asked_places)
            for h, w in zip(hits, content, strict=True)
        ]
    if answer_type in NAME_TYPES and lexical:
        # "جمهورية الهند (بالهندية: भारत गणराज्य)" still repeats "اين تقع جمهورية الهند؟": an
        # alias in brackets is another name for the asked one, not a word it lacks.
        own = len(content) - len([a for a in aliases if not language.is_stop(a)])
        return all(hits[:own]) or any(hits[own:])
    return any(hits) if answer_type in NAME_TYPES else all(hits)


def _places_named(norms: Iterable[str], language: Language) -> set[str]:
    """The places words name, themselves or as adjectives: "الايرانيه" -> "ايران"..."""
    out = set()
    for norm in norms:
        listed = _listed_place(norm, language)
        if listed:
            out.add(listed)
        out |= {p for p in language.place_names(norm) if p in language.places}
    return out


def _listed_place(norm: str, language: Language) -> str | None:
    """The language's place a word names as it stands ("الهند" -> "هند"), if any."""
    bare = _strip_al(norm)
    if bare in language.places:
        return bare
    return norm if norm in language.places else None


def _asked(norm: str, language: Language, asked: frozenset[str]) -> bool:
    if norm in asked:
        return True
    if language.code != "ar":
        return False
    # Arabic glues prepositions and the article to the word: "في سيول" vs "بسيول", "نادي"
    # vs "النادي".
    if _strip_al(norm) in _bare_forms(asked):
        return True
    return any(norm[1:] == a or a[1:] == norm for a in asked if a)


# --- numbers and amounts -------------------------------------------------------------------


# Number words that are mostly articles or pronouns ("uma ordem", "um hacker").
_ARTICLE_NUMBERS = frozenset({"um", "uma", "uns", "umas", "واحد", "واحده", "احد"})


def _is_numeric(token: Token, language: Language) -> bool:
    if token.norm in _ARTICLE_NUMBERS:
        return False
    return token.is_number or token.norm in language.number_words


def _number_width(tokens: list[Token], i: int, language: Language) -> tuple[int, int]:
    """(tokens, letters of a glued conjunction) of the number starting at ``tokens[i]``.

    A phrase of the table ("اثنتي عشر") is one number; Arabic glues "و" to the next item of a
    list ("وسبعة أقاليم", "و85 مليون"), which is not part of the number.
    """
    for width in (3, 2):
        if i + width <= len(tokens):
            phrase = " ".join(t.norm for t in tokens[i : i + width])
            if phrase in language.number_words:
                return width, 0
    token = tokens[i]
    if _is_numeric(token, language):
        return 1, 0
    rest = token.norm[1:]
    glued = language.code == "ar" and token.norm[:1] == "و" and token.text[:1] == "و" and rest
    if glued and (
        rest[0].isdigit() or (rest in language.number_words and rest not in _ARTICLE_NUMBERS)
    ):
        return 1, 1
    if language.code == "ar" and token.norm[:1] in _DIGIT_CLITICS and rest.isdigit():
        # "بـ104 مليون": a preposition written onto the figure, tatweel and all (not a figure
        # the tokeniser cut at its decimal point: "ل2.2%" is "ل2" and "2")
        cut = i + 1 < len(tokens) and tokens[i + 1].start - token.end == 1
        if not (cut and tokens[i + 1].is_number):
            return 1, next(k for k, ch in enumerate(token.text) if ch.isdigit())
    return 0, 0


# Prepositions Arabic writes onto a figure: "بـ104", "كـ3".
_DIGIT_CLITICS = frozenset("بلك")


# Words after which a number names something rather than counting it. Compiled for Sanad.
_LABEL_WORDS = frozenset({"nº", "º", "n", "numero", "art", "artigo", "lei", "رقم", "برقم"})


def _compound_width(tokens: list[Token], i: int, width: int, language: Language) -> int:
    """Arabic says units before tens: "ستة وسبعين" (76) is one number, not "ستة" and "سبعين"."""
    if language.code != "ar" or width != 1 or i + 1 >= len(tokens):
        return width
    unit = language.number_words.get(tokens[i].norm)
    nxt = tokens[i + 1].norm
    tens = language.number_words.get(nxt[1:]) if nxt[:1] == "و" else None
    if unit is not None and tens is not None and 1 <= unit <= 9 and tens in _TENS:
        return 2
    return width


_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})


# Words opening a range of numbers ("بين 50 و85 مليون", "entre 3 e 5", "de 2 a 6").
_RANGE_OPENERS = frozenset({"بين", "مابين", "من", "entre", "de", "das", "dos"})


def _numbers(text: str, tokens: list[Token], language: Language) -> list[Span]:
    spans = []
    i = 0
    while i < len(tokens):
        width, clitic = _number_width(tokens, i, language)
        if not width:
            i += 1
            continue
        ordinal = width == 1 and tokens[i].norm in language.ordinal_words
        if ordinal:
            width = _ordinal_end(tokens, i) - i + 1  # "الثاني عشر": twelfth
        width = _compound_width(tokens, i, width, language)
        first, last = i, _units_after(tokens, i + width - 1, language)
        while first > 0 and tokens[first - 1].norm in language.currency_words:
            first -= 1
        last = _range_end(text, tokens, first, last, language)
        part = tokens[first : last + 1]
        kind = _number_kind(part, language)
        if ordinal and last == i + width - 1:
            kind = "ordinal"  # "الثاني", "sexto": a rank, not a count
        if i > 0 and tokens[i - 1].norm in _LABEL_WORDS:
            kind = "label"  # "resolução nº 342", "القرار رقم 5": a name, not a quantity
        start = tokens[first].start + (clitic if first == i else 0)
        end = tokens[last].end
        if text[end : end + 1] in ("%", "٪"):
            end += 1  # "8.7%": the sign is no word, so no token carries it
        spans.append(Span(text[start:end], start, end, kind))
        i = last + 1
    return [s for s in spans if s.kind != "year"]


def _units_after(tokens: list[Token], last: int, language: Language) -> int:
    """The last token of a number with its scale, currency and percent words ("1,7 bilhão")."""
    j = last + 1
    while j < len(tokens):
        norm = tokens[j].norm
        unit = norm in language.scale_words or norm in language.currency_words
        unit = unit or norm in language.percent_words
        currency_next = j + 1 < len(tokens) and tokens[j + 1].norm in language.currency_words
        linked = norm == "de" and currency_next
        if not (unit or linked):
            break
        if unit:
            last = j
        j += 1
    return last


def _range_end(text: str, tokens: list[Token], first: int, last: int, language) -> int:
    """Extend a number over the other end of a range: "50 و85 مليون", "entre 3 e 5", "2-6".

    Only a range word before the number ("بين", "entre") or a dash makes two numbers one
    answer; "3 ترشيحات و5 مدن" stays two.
    """
    j = last + 1
    if j >= len(tokens):
        return last
    opened = first > 0 and tokens[first - 1].norm in _RANGE_OPENERS
    dash = text[tokens[last].end : tokens[j].start].strip() in ("-", "–")
    nxt = j
    if not dash and tokens[j].norm in _RANGE_JOINERS and (opened or tokens[j].norm != "و"):
        nxt = j + 1
    elif not dash and not (opened and _number_width(tokens, j, language)[1]):
        return last
    if nxt >= len(tokens) or not _number_width(tokens, nxt, language)[0]:
        return last
    if nxt > j and not (opened or tokens[j].norm in ("الي", "حتي", "ate")):
        return last
    width = _number_width(tokens, nxt, language)[0]
    return _units_after(tokens, nxt + width - 1, language)


def _number_kind(part: list[Token], language: Language) -> str:
    if any(t.norm in language.currency_words for t in part):
        return "amount"
    if len(part) == 1 and _YEAR.match(part[0].norm):
        return "year"
    return "number"


# --- dates ---------------------------------------------------------------------------------


# Words that make the number after them a year ("عام 1299", "سنة 800 هـ", "ano 800").
_YEAR_WORDS = frozenset({"عام", "العام", "عامي", "لعام", "بعام", "وعام", "سنه", "السنه", "ano"})
# Arabic writes the era after a year: "1453م" (ميلادي), "857هـ" (هجري).
_ERA_YEAR = re.compile(r"^\d{3,4}[مه]$")


def _is_year(tokens: list[Token], i: int, language: Language) -> bool:
    norm = tokens[i].norm
    if _YEAR.match(norm):
        return True
    if language.code == "ar" and _ERA_YEAR.match(norm):
        return True
    previous = tokens[i - 1].norm if i > 0 else ""
    if previous not in _YEAR_WORDS or not norm.isdigit() or len(norm) > 4:
        return False
    return len(norm) >= 2 or _era_end(tokens, i) > i  # "سنة 2 هـ": the era makes it a year


def _date_atom(tokens: list[Token], i: int, language: Language) -> int:
    """How many tokens from ``i`` form a date word (0 when ``tokens[i]`` is none)."""
    norm = tokens[i].norm
    bare = norm[2:] if language.code == "ar" and norm.startswith("ال") else norm
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if norm in language.weekdays or bare in language.weekdays:
        if norm in _ORDINAL_WEEKDAYS and nxt != _WEEKDAY_TAIL:
            return 0
        return 2 if nxt == _WEEKDAY_TAIL else 1
    pair = f"{norm} {nxt}"
    if pair in language.months:
        return 2  # "كانون الثاني"
    if pair in language.other_months:
        return 2 if _dated(tokens, i, 2, language) else 0  # "12 ربيع الأول"
    if norm in language.months or bare in language.months:
        if len(bare) <= 2 and not _beside_number(tokens, i):
            return 0  # "آب" (August) and "أب"/"الأب" (father) fold alike: only "15 آب 2019"
        return 0 if _ends_a_name(tokens, i) else 1
    if norm in language.other_months and _dated(tokens, i, 1, language):
        return 1  # "17 رمضان", "العاشر من محرم", but not "رمضان" the name
    if _is_year(tokens, i, language):
        return 1
    return 0


def _ends_a_name(tokens: list[Token], i: int) -> bool:
    """Whether a capitalised month closes a name: "Rio de Janeiro" (but "1 de Janeiro")."""
    return (
        i >= 2
        and _is_capital(tokens[i])
        and tokens[i - 1].norm in ("de", "do", "da")
        and _is_capital(tokens[i - 2])
    )


def _dated(tokens: list[Token], i: int, width: int, language: Language) -> bool:
    """Whether the month of ``width`` tokens at ``i`` stands with a day before it ("17",
    "العاشر من", "السابع عشر من") or a number after it (a year, "سنة 61")."""
    if i > 0 and _day_number(tokens[i - 1]):
        return True
    if i > 1 and tokens[i - 1].norm == "من" and _day_before(tokens, i - 1, language) is not None:
        return True
    after = tokens[i + width : i + width + 2]
    return any(t.is_number for t in after)


def _beside_number(tokens: list[Token], i: int) -> bool:
    return any(0 <= j < len(tokens) and tokens[j].is_number for j in (i - 1, i + 1))


# The "-teen" of an Arabic compound ordinal: "السابع عشر", "الحادية عشرة".
_TEENS = frozenset({"عشر", "عشره"})


def _day_before(tokens: list[Token], of: int, language: Language) -> int | None:
    """Where the day before ``tokens[of]`` ("من") opens: "17", "الأول", "السابع عشر"."""
    k = of - 1
    if _day_number(tokens[k]) or tokens[k].norm in language.ordinal_words:
        return k
    if tokens[k].norm in _TEENS and k > 0 and tokens[k - 1].norm in language.ordinal_words:
        return k - 1
    return None


def _dates(text: str, tokens: list[Token], language: Language) -> list[Span]:
    spans: list[Span] = []
    i = 0
    while i < len(tokens):
        width = _date_atom(tokens, i, language)
        if not width:
            i += 1
            continue
        first, last = i, i + width - 1
        if first > 0 and _day_number(tokens[first - 1]):
            first -= 1  # "12 مارس"
        elif (
            first > 1
            and tokens[first - 1].norm == "من"
            and (day := _day_before(tokens, first - 1, language)) is not None
        ):
            first = day  # "الأول من سبتمبر", "17 من رمضان", "السابع عشر من رمضان"
        elif first > 1 and tokens[first - 1].norm == "de" and _day_number(tokens[first - 2]):
            first -= 2  # "12 de março"
        j = last + 1
        while j < len(tokens):
            step = _date_atom(tokens, j, language)
            if step:
                last, j = j + step - 1, j + step
            elif (
                tokens[j].norm in _JOINERS
                and j + 1 < len(tokens)
                and (_date_atom(tokens, j + 1, language) or _year_with_clitic(tokens[j + 1]))
            ):
                j += 1
            elif _year_with_clitic(tokens[j]):
                last, j = j, j + 1
            elif (
                tokens[j].norm in ("من", "de")
                and j + 2 < len(tokens)
                and tokens[j + 1].norm in _YEAR_WORDS
                and _is_year(tokens, j + 2, language)
            ):
                last, j = j + 2, j + 3  # "سبتمبر من عام 1939"
            elif (
                tokens[j].norm in _YEAR_WORDS
                and j + 1 < len(tokens)
                and _is_year(tokens, j + 1, language)
            ):
                last, j = j + 1, j + 2  # "سبتمبر عام 1945"
            else:
                break
        last = _era_end(tokens, last)
        spans.append(
            Span(
                text[tokens[first].start : tokens[last].end],
                tokens[first].start,
                tokens[last].end,
                "date",
            )
        )
        i = last + 1
    return spans


_ROMAN = re.compile(r"^[IVXLC]+$")
_TEENS = frozenset({"عشر", "عشره"})


def _ordinal_end(tokens: list[Token], i: int) -> int:
    """The last token of the ordinal at ``i``: "الثاني عشر" (twelfth) is two."""
    return i + 1 if i + 1 < len(tokens) and tokens[i + 1].norm in _TEENS else i


def _centuries(text: str, tokens: list[Token], language: Language) -> list[Span]:
    """Centuries, which answer "when?": "القرن السادس عشر الميلادي", "القرن 20", "século XVI".

    The noun may carry a glued preposition ("بالقرن"); the span starts at the noun.
    """
    spans = []
    for i, token in enumerate(tokens[:-1]):
        noun = next((f for f in language.unglued(token.norm) if f in language.century_words), None)
        if noun is None:
            continue
        last = _century_number(tokens, i + 1, language)
        if last is None:
            continue
        if last + 1 < len(tokens) and tokens[last + 1].norm in language.century_eras:
            last += 1
        # A glued letter is one character of the written word when nothing is vowelled.
        glued = len(token.norm) - len(noun) if len(token.text) == len(token.norm) else 0
        start = token.start + glued
        spans.append(Span(text[start : tokens[last].end], start, tokens[last].end, "date"))
    return spans


def _century_number(tokens: list[Token], i: int, language: Language) -> int | None:
    """The last token of the century's number starting at ``i``: an ordinal ("السادس عشر"), a
    Roman numeral ("XVI"), or a number up to 21 ("20", "dezenove"); None when there is none."""
    token = tokens[i]
    if token.norm in language.ordinal_words:
        return _ordinal_end(tokens, i)
    if _ROMAN.match(token.text):
        return i
    value = float(token.norm) if token.norm.isdigit() else language.number_words.get(token.norm)
    return i if value is not None and 1 <= value <= 21 and value == int(value) else None


# Era words after a year, part of the date they qualify: "280 قبل الميلاد", "336 ق.م", "61
# للهجرة", "1953 م". Compiled for Sanad.
_ERAS = (
    ("قبل", "الميلاد"),
    ("ق", "م"),
    ("للهجره",),
    ("هجريه",),
    ("ميلاديه",),
    ("م",),
    ("ه",),
)


def _era_end(tokens: list[Token], last: int) -> int:
    for era in _ERAS:
        words = tuple(t.norm for t in tokens[last + 1 : last + 1 + len(era)])
        if words == era:
            return last + len(era)
    return last


# Calendar units that make a relative date ("no início deste mês", "في وقت سابق من هذا الشهر").
_DATE_UNITS = frozenset(
    {
        "mes",
        "ano",
        "semana",
        "dia",
        "seculo",
        "decada",
        "شهر",
        "الشهر",
        "عام",
        "العام",
        "سنه",
        "السنه",
        "اسبوع",
        "الاسبوع",
        "يوم",
        "اليوم",
    }
)
_DATE_GLUE = frozenset(
    {
        "de",
        "do",
        "da",
        "deste",
        "desta",
        "neste",
        "nesta",
        "este",
        "esta",
        "desse",
        "dessa",
        "no",
        "na",
        "o",
        "a",
        "في",
        "من",
        "هذا",
        "هذه",
        "ذلك",
    }
)


_DEMONSTRATIVES = frozenset(
    {"este", "esta", "deste", "desta", "neste", "nesta", "hoje", "هذا", "هذه", "ذلك"}
)


# A preposition that belongs to a relative date opening with a date word: "No início deste
# mês", "في وقت سابق من هذا الشهر" (without it, "início deste mês" does not read as "when").
_DATE_PREPOSITIONS = frozenset({"في", "no", "na", "em"})


def _relative_dates(text: str, tokens: list[Token], language: Language) -> list[Span]:
    """Runs of date words and glue around a calendar unit: "início deste mês".

    A run does not cross punctuation: "(إسطنبول حاليًّا) عام 1453م" holds no "حاليًّا) عام".
    """
    spans = []
    i = 0
    while i < len(tokens):
        if not _date_like(tokens[i], language):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(tokens)
            and (_date_like(tokens[j + 1], language) or tokens[j + 1].norm in _DATE_GLUE)
            and _adjacent(text, tokens[j], tokens[j + 1])
        ):
            j += 1
        while j > i and tokens[j].norm in _DATE_GLUE:
            j -= 1
        first = i
        while (
            first > 0
            and tokens[first - 1].norm in _DEMONSTRATIVES
            and _adjacent(text, tokens[first - 1], tokens[first])
        ):
            first -= 1  # "هذا الشهر", "este ano"
        if (
            first == i
            and first > 0
            and tokens[i].norm not in _DATE_UNITS
            and tokens[first - 1].norm in _DATE_PREPOSITIONS
            and _adjacent(text, tokens[first - 1], tokens[first])
        ):
            first -= 1
        if any(t.norm in _DATE_UNITS for t in tokens[first : j + 1]) and j > first:
            start, end = tokens[first].start, tokens[j].end
            spans.append(Span(text[start:end], start, end, "date"))
        i = j + 1
    return spans


def _date_like(token: Token, language: Language) -> bool:
    return token.norm in language.date_words or token.norm in _DATE_UNITS


# Times of day: "9h", "10:30", "nove horas", "الساعة التاسعة".
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2}|h\d{0,2})(?!\w)")
_HOURS_AFTER = frozenset({"hora", "horas", "h"})
_HOURS_BEFORE = frozenset({"الساعه", "ساعه"})


def _times(text: str, tokens: list[Token], language: Language) -> list[Span]:
    spans = [Span(m.group(), m.start(), m.end(), "date") for m in _CLOCK.finditer(text)]
    for i, token in enumerate(tokens):
        if not (token.is_number or token.norm in language.number_words):
            continue
        if i + 1 < len(tokens) and tokens[i + 1].norm in _HOURS_AFTER:
            first, last = token, tokens[i + 1]
        elif i > 0 and tokens[i - 1].norm in _HOURS_BEFORE:
            first, last = tokens[i - 1], token
        else:
            continue
        spans.append(Span(text[first.start : last.end], first.start, last.end, "date"))
    return spans


def _day_number(token: Token) -> bool:
    return token.is_number and token.norm.isdigit() and 1 <= int(token.norm) <= 31


def _year_with_clitic(token: Token) -> bool:
    """Arabic writes "و2025" (and "و1922م") as one word."""
    rest = token.norm[1:]
    return token.norm[:1] in ("و", "ف") and bool(_YEAR.match(rest) or _ERA_YEAR.match(rest))


# --- names ---------------------------------------------------------------------------------


def _names(text, tokens, language, entities) -> list[Span]:
    """Lexicon names, then quoted and capitalised names that do not cut through them.

    A longer name that contains a known one is kept beside it: "Ministério das Relações
    Exteriores da Coréia do Sul" is an organisation, "Coréia do Sul" a place inside it.
    """
    known = _lexicon_names(text, tokens, entities, language)
    spans = list(known)
    found = _quoted(text) + _capitalised(text, tokens, language) + _bodies(text, tokens, language)
    for span in found:
        clashes = [s for s in spans if s.start < span.end and span.start < s.end]
        if all(
            s in known
            and span.start <= s.start
            and s.end <= span.end
            and s != span
            and len(span.text) > len(s.text)
            for s in clashes
        ):
            spans.append(span)
    return spans


# Most words an agent phrase runs to: "especialistas em segurança da empresa" is five.
_AGENT_WORDS = 6


def _agents(text: str, tokens: list[Token], language: Language, taken: list[Span]) -> list[Span]:
    """Who did what the verb tells, when no name says it: "exposto pelos especialistas em
    segurança da empresa". A phrase that holds a name is left to the name; a language without
    ``agent_openers`` has none.
    """
    spans = []
    for i in range(len(tokens)):
        first = i + _agent_opener(text, tokens, i, language)
        if (
            first == i
            or first >= len(tokens)
            or not _adjacent(text, tokens[first - 1], tokens[first])
        ):
            continue
        last = _agent_end(text, tokens, first, language)
        if last is None:
            continue
        start, end = tokens[first].start, tokens[last].end
        span = Span(text[start:end], start, end, "agent")
        if not _overlaps(span, taken):
            spans.append(span)
    return spans


def _agent_opener(text: str, tokens: list[Token], i: int, language: Language) -> int:
    """How many words of an agent opener start at ``i`` (0: none)."""
    openers = language.agent_openers
    if not openers:
        return 0
    pair = f"{tokens[i].norm} {tokens[i + 1].norm}" if i + 1 < len(tokens) else ""
    width = 2 if pair in openers else int(tokens[i].norm in openers)
    if width and language.participle is not None:
        after_participle = i > 0 and language.participle(tokens[i - 1].norm)
        if not (after_participle and _adjacent(text, tokens[i - 1], tokens[i])):
            return 0
    return width


def _agent_end(text: str, tokens: list[Token], first: int, language: Language) -> int | None:
    """The last word of the agent phrase opening at ``first``: content words and the joiners
    between them, up to a break, a clause word ("que") or a verb; None if it opens with none."""
    last = None
    for j in range(first, min(first + _AGENT_WORDS, len(tokens))):
        token = tokens[j]
        if j > first and not _adjacent(text, tokens[j - 1], token):
            break
        if token.norm in _JOINERS and last is not None:
            continue
        if token.norm in language.date_words:
            return None  # "adiado por uma semana": a time, not who
        content = not (
            language.is_stop(token.norm)
            or token.norm in language.question_words
            or token.norm in language.frames.relative
            or _is_numeric(token, language)
            or language.verb_like(token.norm)
        )
        if not content:
            break
        last = j
    return last


def _bodies(text: str, tokens: list[Token], language: Language) -> list[Span]:
    """Arabic names of bodies: an organisation noun and the definite words after it
    ("وزارة الخارجية الكورية الجنوبية", "فريق الأمن"), up to a break or a word without "ال"."""
    if not language.org_heads:
        return []
    spans = []
    for i, token in enumerate(tokens):
        clitic = _head_clitic(token, language)
        if clitic < 0:
            continue
        last = i
        for j in range(i + 1, min(i + 6, len(tokens))):
            if not (_definite(tokens[j]) and _adjacent(text, tokens[j - 1], tokens[j])):
                break
            last = j
        if last > i:
            start = token.start + clitic
            spans.append(Span(text[start : tokens[last].end], start, tokens[last].end, "body"))
    return spans


def _head_clitic(token: Token, language: Language) -> int:
    """Letters of a glued conjunction before an organisation noun ("ووزارة" -> 1); -1 if none."""
    if token.norm in language.org_heads:
        return 0
    if token.norm[:1] in ("و", "ب", "ل", "ف") and token.norm[1:] in language.org_heads:
        return 1
    return -1


def _definite(token: Token) -> bool:
    """A word with the article, also behind a glued "و" or "ل": "الأمن", "والدفاع", "للأمن"."""
    return token.norm.startswith(("ال", "وال", "لل", "بال")) and len(token.norm) > 3


def _lexicon_names(text, tokens, entities, language: Language) -> list[Span]:
    """Entities listed in the lexicon, matched on normalised words (longest first), and the
    adjectives of listed places ("الأمريكية": of America), which say where something is from."""
    spans = []
    i = 0
    longest = max((len(k) for k in entities), default=0)
    while i < len(tokens):
        for width in range(min(longest, len(tokens) - i), 0, -1):
            key = tuple(_strip_al(t.norm) for t in tokens[i : i + width])
            if key in entities:
                start, end = tokens[i].start + _clitic_length(tokens[i]), tokens[i + width - 1].end
                spans.append(Span(text[start:end], start, end, entities[key]))
                i += width - 1
                break
        else:
            if _names_a_listed_place(tokens[i], entities, language):
                start, end = tokens[i].start + _clitic_length(tokens[i]), tokens[i].end
                spans.append(Span(text[start:end], start, end, "place"))
        i += 1
    return spans


def _place_adjective(span: Span, language: Language, entities=None) -> bool:
    """Whether a place span is one adjective of a place ("ألمانية", "brasileira"): a country
    may stand for who acted, its adjective may not ("عائلة ... ألمانية" founded nothing). A
    place the language or the lexicon lists ("سيول") is a name, not an adjective."""
    tokens = language.tokens(span.text)
    if span.kind != "place" or len(tokens) != 1:
        return False
    norm = tokens[0].norm
    return _listed_place(norm, language) is None and entity_key([norm]) not in (entities or {})


def _names_a_listed_place(token: Token, entities, language: Language) -> bool:
    return any(entities.get((place,)) == "place" for place in language.place_names(token.norm))


def entity_key(words: list[str]) -> tuple[str, ...]:
    """The look-up key of a lexicon name: its normalised words without the Arabic article."""
    return tuple(_strip_al(w) for w in words)


def _clitic_length(token: Token) -> int:
    """Letters of a conjunction or preposition glued before "ال": "والاتحاد" -> 1."""
    if token.norm.startswith(("وال", "بال", "فال", "كال")) and token.text[1:2] == "ا":
        return 1
    return 0


def _strip_al(norm: str) -> str:
    for prefix in ("وال", "بال", "لل", "ال"):
        if norm.startswith(prefix) and len(norm) > len(prefix) + 2:
            return norm[len(prefix) :]
    return norm


def _quoted(text: str) -> list[Span]:
    """Short quoted names, as Arabic news writes them: “لازاروس”, «بايبت»."""
    out = []
    for match in _QUOTED.finditer(text):
        inner = match.group(1).strip()
        if 0 < len(inner.split()) <= 4:
            start = match.start(1) + match.group(1).index(inner)
            out.append(Span(inner, start, start + len(inner), "entity"))
    return out


def _capitalised(text: str, tokens: list[Token], language: Language) -> list[Span]:
    """Runs of capitalised words ("Maciej Stadejek", "Lazarus Group") not opening a sentence.

    A leading function word is not part of the name: "No Brasil" -> "Brasil".
    """
    spans = []
    i = 0
    while i < len(tokens):
        if not _is_capital(tokens[i]) or (i == 0 and not _next_is_capital(tokens, i)):
            i += 1
            continue
        first = last = i
        j = i + 1
        while j < len(tokens) and _adjacent(text, tokens[j - 1], tokens[j]):
            if _is_capital(tokens[j]):
                last = j
            elif not (
                tokens[j].norm in _NAME_JOINERS
                and j + 1 < len(tokens)
                and _is_capital(tokens[j + 1])
            ):
                break
            j += 1
        while first < last and tokens[first].norm in language.stop_words:
            first += 1
        words = range(first, last + 1)
        # Initials alone are no name: the "C" of "387 a.C.".
        if not all(tokens[k].norm in language.stop_words for k in words) and not all(
            _is_initial(tokens[k]) for k in words
        ):
            start, end = tokens[first].start, tokens[last].end
            spans.append(Span(text[start:end], start, end, "entity"))
        i = last + 1
    return spans


def _adjacent(text: str, left: Token, right: Token) -> bool:
    """Only spaces or a hyphen between two words: a comma or a bracket ends a name. An
    initial's full stop does not: "D. Maria I", "J. K. Rowling"."""
    between = text[left.end : right.start]
    if _is_initial(left) and between.startswith("."):
        between = between[1:]
    return between.strip(" -\u00a0") == ""


def _is_initial(token: Token) -> bool:
    """A lone capital ("D.", "K."), but not the regnal numerals I, V, X ("D. Pedro I")."""
    return len(token.text) == 1 and token.text.isupper() and token.text not in "IVX"


def _is_capital(token: Token) -> bool:
    """Latin script has case; Arabic has none, so this never fires on Arabic words."""
    return token.text[:1].isupper()


def _next_is_capital(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and _is_capital(tokens[i + 1])


def _join_list(text: str, best: Span, candidates: list[Span], language: Language) -> Span:
    """ "Wazirx e Bybit": extend a name over the names listed right after it."""
    names = sorted((s for s in candidates if s.kind in NAME_TYPES), key=lambda s: s.start)
    end = best.end
    for span in names:
        if span.start <= end:
            continue
        gap = text[end : span.start].strip(' ،,”“"«»')
        if gap not in ("e", "و", "", ",", "،") and not (gap.startswith("و") and len(gap) <= 2):
            break
        end = span.end
    return Span(text[best.start : end], best.start, end, best.kind)
