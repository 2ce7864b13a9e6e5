"""What visitors ask: chat-log rows grouped and counted for the staff console.

Pure functions over rows shaped like :meth:`bot.store.Store.questions` returns them: dicts with
``question`` (str), ``lang`` ("ar", "pt" or None), ``created_at`` (aware datetime),
``answered`` (bool) and ``confidence`` (0..1). No Flask and no database here, so the console's
reports are tested with plain lists.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache, lru_cache

from bot import lang as languages
from bot.index import deletions
from bot.lang.ar.analysis import normalise as _fold
from bot.lang.base import TOKEN_RE, Language
from bot.question import VAGUE_TYPES, analyse

MAX_VARIANTS = 10

Row = Mapping[str, object]


# --- grouping key ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _KeyParts:
    lang: str | None
    kind: str  # the kind of answer asked for; "" when the question does not say
    words: tuple[tuple[str, str], ...]  # (folded word, stem)

    def key(self, canonical: Mapping[tuple[str | None, str], str] | None = None) -> str:
        canonical = canonical or {}
        stems = {canonical.get((self.lang, norm), stem) for norm, stem in self.words}
        return f"{self.lang or '-'}:{self.kind}:{' '.join(sorted(stems))}"


def question_key(text: str, lang: str | None) -> str:
    """A key shared by the ways one question gets typed, and by no other question.

    With a known language the key is what the answer engine reads in the question: the kind of
    answer asked for and the stems of its content words (``bot.question.analyse``). So case,
    punctuation, diacritics, spelling variants, word order, inflection, function words and the
    way the question is phrased ("Qual é a capital...?" / "Capital...?") do not matter, while
    "quanto foi roubado?" and "quando foi o roubo?" stay apart. A question of nothing but
    function words ("o que é isso?") keys on all of them. Otherwise the folded words, sorted.
    The language is part of the key: a group has one language.
    """
    return _parts(text, lang).key()


@lru_cache(maxsize=20_000)
def _parts(text: str, lang: str | None) -> _KeyParts:
    # Memoised: a chat log repeats its questions (suggestion chips send identical texts).
    analysis = _language(lang)
    if analysis is None:
        return _KeyParts(lang, "", tuple((w, w) for w in _folded_words(text)))
    question = analyse(text, analysis)
    words = tuple((c.norm, c.stem) for c in question.concepts)
    if not words:
        return _KeyParts(lang, "", tuple((t.norm, t.stem) for t in question.tokens))
    kind = "" if question.answer_type in VAGUE_TYPES else question.answer_type
    return _KeyParts(lang, kind, words)


@cache
def _language(code: str | None) -> Language | None:
    if code is None:
        return None
    try:
        return languages.get(code)
    except languages.UnknownLanguage:
        return None


def _folded_words(text: str) -> list[str]:
    """Words folded without a language: Arabic's folding also lower-cases and strips accents."""
    words = (_fold(m.group()) for m in TOKEN_RE.finditer(text))
    return [w for w in words if w]


def _typo_canon(parts: Iterable[_KeyParts]) -> dict[tuple[str | None, str], str]:
    """(language, word) for each word that is a typo of a more frequent word in the same log,
    mapped to that word's stem.

    Compared as typed (folded), not stemmed: stems are short, and "praia" and "praça" stem
    one letter apart. Only one letter too many ("lojaa") or too few ("hakers") counts, in a
    word of five letters or more.
    """
    counts: Counter[tuple[str | None, str]] = Counter()
    stem_of: dict[tuple[str | None, str], str] = {}
    for part in parts:
        for norm, stem in set(part.words):
            counts[(part.lang, norm)] += 1
            stem_of[(part.lang, norm)] = stem
    by_deletion: dict[tuple[str | None, str], list[str]] = {}
    for lang, word in sorted(counts, key=lambda lw: (-counts[lw], lw[1])):
        if len(word) >= 4 and not word.isdigit():
            for variant in deletions(word):
                by_deletion.setdefault((lang, variant), []).append(word)
    canon: dict[tuple[str | None, str], str] = {}
    for (lang, word), n in counts.items():
        if len(word) < 5 or word.isdigit():
            continue
        for variant in deletions(word):
            other = next(
                (
                    o
                    for o in by_deletion.get((lang, variant), ())
                    if counts[(lang, o)] > n and _typo_of(word, o, variant)
                ),
                None,
            )
            if other is not None:
                canon[(lang, word)] = stem_of[(lang, other)]
                break
    return canon


def _typo_of(word: str, other: str, shared: str) -> bool:
    """One of the two is the other with one letter more. Words one letter swapped or replaced
    are left apart: "perfeito" and "prefeito" are both words, and a wrong merge hides a
    question from staff where a missed one only shows it twice."""
    return abs(len(word) - len(other)) == 1 and shared in (word, other)


# --- groups ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionGroup:
    """One question as visitors asked it, however they typed it."""

    key: str
    question: str
    variants: tuple[str, ...]
    lang: str | None
    count: int
    first_seen: datetime
    last_seen: datetime
    answered: int
    avg_confidence: float

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "question": self.question,
            "variants": list(self.variants),
            "lang": self.lang,
            "count": self.count,
            "first_seen": self.first_seen.isoformat(),
            "last_seen": self.last_seen.isoformat(),
            "answered": self.answered,
            "avg_confidence": self.avg_confidence,
        }


def group_questions(rows: Iterable[Row]) -> list[QuestionGroup]:
    """Rows grouped by :func:`question_key`, most asked first, then most recently asked."""
    rows = list(rows)
    parts = [_parts(str(row["question"]), row["lang"]) for row in rows]
    canon = _typo_canon(parts)
    buckets: dict[str, list[Row]] = {}
    for row, part in zip(rows, parts, strict=True):
        buckets.setdefault(part.key(canon), []).append(row)
    groups = [_group(key, members) for key, members in buckets.items()]
    return sorted(groups, key=lambda g: (-g.count, -g.last_seen.timestamp()))


def _group(key: str, rows: list[Row]) -> QuestionGroup:
    times = [row["created_at"] for row in rows]
    variants = _variants(rows)
    return QuestionGroup(
        key=key,
        question=variants[0],
        variants=variants[:MAX_VARIANTS],
        lang=rows[0]["lang"],
        count=len(rows),
        first_seen=min(times),
        last_seen=max(times),
        answered=sum(1 for row in rows if row["answered"]),
        avg_confidence=sum(float(row["confidence"]) for row in rows) / len(rows),
    )


def _variants(rows: list[Row]) -> tuple[str, ...]:
    """Distinct texts, most frequent first; of equally frequent ones the most recent first."""
    counts: Counter[str] = Counter()
    latest: dict[str, datetime] = {}
    for row in rows:
        # Texts differing only in spacing are one variant, shown tidied.
        text = " ".join(str(row["question"]).split())
        counts[text] += 1
        latest[text] = max(latest.get(text, row["created_at"]), row["created_at"])
    return tuple(sorted(counts, key=lambda t: (-counts[t], -latest[t].timestamp())))


# --- dashboard figures -------------------------------------------------------------------------


def daily_counts(rows: Iterable[Row], days: int, today: date) -> list[dict]:
    """Questions per UTC day for the ``days`` days ending ``today``, oldest first.

    Every day is listed, with zeros when nobody asked, so that a chart has no gaps.
    """
    first = today - timedelta(days=days - 1)
    counts = {
        first + timedelta(days=n): {"ar": 0, "pt": 0, "other": 0, "total": 0, "answered": 0}
        for n in range(days)
    }
    for row in rows:
        day = counts.get(row["created_at"].astimezone(UTC).date())
        if day is None:
            continue
        day[row["lang"] if row["lang"] in ("ar", "pt") else "other"] += 1
        day["total"] += 1
        day["answered"] += 1 if row["answered"] else 0
    return [{"date": day.isoformat(), **figures} for day, figures in counts.items()]


def answered_rate(rows: Iterable[Row]) -> float:
    """The share of questions answered; 0.0 when there are none."""
    flags = [bool(row["answered"]) for row in rows]
    return sum(flags) / len(flags) if flags else 0.0


def top_questions(rows: Iterable[Row], n: int = 10) -> list[dict]:
    """The ``n`` most asked questions, each as its most frequent wording."""
    return [
        {"question": g.question, "lang": g.lang, "count": g.count}
        for g in group_questions(rows)[:n]
    ]
