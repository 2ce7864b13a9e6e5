"""Evaluation on hand-written question sets (``tests/eval/*.yaml``; format in its README).

A case is judged on what a visitor sees: answered or not, whether the expected source fragment
is in the answer or its citations, and (reported separately) whether the short answer matches.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot import lang as languages
from bot.answer import Answer, Engine

_TRIM = " \t\n.,،؛;:!?؟\"'“”«»()"


@dataclass
class Tally:
    """Counts for one section of an evaluation file."""

    total: int = 0
    correct: int = 0
    short_total: int = 0
    short_given: int = 0
    short_correct: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    @property
    def short_accuracy(self) -> float:
        return self.short_correct / self.short_total if self.short_total else 1.0

    @property
    def short_precision(self) -> float:
        """Of the short answers shown, the share that were right."""
        return self.short_correct / self.short_given if self.short_given else 1.0


@dataclass
class Report:
    lang: str
    answerable: Tally = field(default_factory=Tally)
    unanswerable: Tally = field(default_factory=Tally)
    followups: Tally = field(default_factory=Tally)
    cross_lingual: Tally = field(default_factory=Tally)

    def summary(self) -> dict:
        out = {}
        for name in ("answerable", "unanswerable", "followups", "cross_lingual"):
            tally: Tally = getattr(self, name)
            out[name] = {"n": tally.total, "accuracy": round(tally.accuracy, 3)}
            if tally.short_total:
                out[name]["short_n"] = tally.short_total
                out[name]["short_accuracy"] = round(tally.short_accuracy, 3)
                out[name]["short_precision"] = round(tally.short_precision, 3)
        return out


class EvaluationError(ValueError):
    """An evaluation file that cannot be read as cases."""


def load_cases(path: str | Path) -> dict:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise EvaluationError(f"{path}: not a readable evaluation file ({exc})") from exc
    if not isinstance(data, dict):
        raise EvaluationError(f"{path}: expected sections such as 'answerable:' at the top")
    return data


def file_language(path: str | Path, data: dict) -> str | None:
    """The language the file's questions are asked in: its ``lang:`` key, else its name
    ("ar.yaml"), else None (each question's own language is detected)."""
    code = data.get("lang") or Path(path).stem
    return code if code in languages.CODES else None


def evaluate_file(engine: Engine, path: str | Path) -> Report:
    data = load_cases(path)
    lang = file_language(path, data)
    report = Report(lang or "auto")
    for case in data.get("answerable") or []:
        _judge(report.answerable, case, engine.ask(case["q"], lang=lang))
    for case in data.get("unanswerable") or []:
        answer = engine.ask(case["q"], lang=lang)
        report.unanswerable.total += 1
        if answer.answered:
            report.unanswerable.failures.append(f"answered {case['q']!r}: {answer.answer[:80]}")
        else:
            report.unanswerable.correct += 1
    for dialogue in data.get("followups") or []:
        session = uuid.uuid4().hex
        for turn in dialogue["turns"]:
            _judge(report.followups, turn, engine.ask(turn["q"], session_id=session, lang=lang))
    for case in data.get("cross_lingual") or []:
        _judge(report.cross_lingual, case, engine.ask(case["q"], lang=lang))
    return report


def _judge(tally: Tally, case: dict, answer: Answer) -> None:
    tally.total += 1
    texts = [answer.answer, *(c.text for c in answer.citations)]
    cites = [case["cite"]] if isinstance(case["cite"], str) else case["cite"]
    cited = answer.answered and any(c in t for c in cites for t in texts)
    if cited:
        tally.correct += 1
    else:
        tally.failures.append(f"{case['q']!r}: got {answer.answer[:90]!r}")
    if case.get("short"):
        tally.short_total += 1
        tally.short_given += answer.short_answer is not None
        if cited and _short_matches(answer.short_answer, case["short"]):
            tally.short_correct += 1
        else:
            tally.failures.append(f"short {case['q']!r}: got {answer.short_answer!r}")


def _short_matches(got: str | None, expected: Iterable[str]) -> bool:
    if not got:
        return False
    norm = " ".join(got.strip(_TRIM).split())
    return any(norm == " ".join(e.strip(_TRIM).split()) for e in expected)
