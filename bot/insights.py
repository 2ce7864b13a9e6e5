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
from functools import cache

from bot import lang as languages
from bot.lang.ar.analysis import normalise as _fold
from bot.lang.base import TOKEN_RE, Language

MAX_VARIANTS = 10

Row = Mapping[str, object]


# --- grouping key ------------------------------------------------------------------------------


def question_key(text: str, lang: str | None) -> str:
    """A key shared by the ways one question gets typed, and by no other question.

    With a known language: the stems of the question's words, function words left out, sorted,
    so that case, punctuation, diacritics and spelling variants, word order and inflection do not
    matter. Question words are always kept, although they are short and frequent: "quanto foi
    roubado?" and "quando foi o roubo?" ask different things. Otherwise the folded words, sorted.
    The language is part of the key: a group has one language.
    """
    analysis = _language(lang)
    words = _stems(text, analysis) if analysis else _folded_words(text)
    return f"{lang or '-'}:{' '.join(sorted(set(words)))}"


@cache
def _language(code: str | None) -> Language | None:
    if code is None:
        return None
    try:
        return languages.get(code)
    except languages.UnknownLanguage:
        return None


@cache
def _question_words(code: str) -> frozenset[str]:
    # Single words only: in a phrase such as "qual o valor" the "o" is a plain stop word.
    return frozenset(w for w in languages.get(code).question_words if " " not in w)


def _stems(text: str, analysis: Language) -> list[str]:
    tokens = analysis.tokens(text)
    asking = _question_words(analysis.code)
    content = [t.stem for t in tokens if t.norm not in asking and not analysis.is_stop(t.norm)]
    if not content:
        # Nothing but function words ("o que é isso?", "quem é ela?"): they are all it says,
        # and dropping them would lump every such question under "que" or "quem".
        return [t.stem for t in tokens]
    return content + [t.stem for t in tokens if t.norm in asking]


def _folded_words(text: str) -> list[str]:
    """Words folded without a language: Arabic's folding also lower-cases and strips accents."""
    words = (_fold(m.group()) for m in TOKEN_RE.finditer(text))
    return [w for w in words if w]


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
    buckets: dict[str, list[Row]] = {}
    for row in rows:
        buckets.setdefault(question_key(str(row["question"]), row["lang"]), []).append(row)
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
