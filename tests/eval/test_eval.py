"""Gate on the hand-written evaluation set (tests/eval/*.yaml, format in its README).

Abstention, whose target (issue #2) is 0.90, and answerable accuracy are gated at the measured
level this engine must not fall under. The answerable target, 0.95, is gated for both
languages (Arabic 0.962, 76 of 79; Portuguese 0.964). Each
file ends with a second batch of 25 answerable questions written after the engine was tuned on
the rest, and the unanswerable sections with a second batch of 20 hard negatives, which is why
the floors sit below what the first cases alone reach. The report is printed on failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import knowledge
from bot.answer import Engine
from bot.cli import DEFAULT_KNOWLEDGE
from bot.evaluation import evaluate_file

HERE = Path(__file__).parent
# (answerable accuracy, abstention, follow-up accuracy) floors per language.
FLOORS = {"ar": (0.95, 0.96, 0.85), "pt": (0.95, 0.95, 0.99)}
# (short answer accuracy, short answer precision) floors on the answerable cases: a wrong short
# answer is worse than none, so precision is gated as well as accuracy.
SHORT_FLOORS = {"ar": (0.64, 0.85), "pt": (0.62, 0.86)}
# Answers only in the other language's article (Arabic questions on the Portuguese article).
CROSS_FLOORS = {"ar": 0.4}


@pytest.fixture(scope="module")
def engine():
    return Engine(knowledge.load(DEFAULT_KNOWLEDGE))


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_evaluation_floors(engine, lang):
    report = evaluate_file(engine, HERE / f"{lang}.yaml")
    answerable, abstention, followups = FLOORS[lang]
    summary = report.summary()
    assert report.answerable.accuracy >= answerable, summary
    assert report.unanswerable.accuracy >= abstention, summary
    assert report.followups.accuracy >= followups, summary


@pytest.mark.parametrize("lang", sorted(SHORT_FLOORS))
def test_short_answer_floors(engine, lang):
    report = evaluate_file(engine, HERE / f"{lang}.yaml")
    accuracy, precision = SHORT_FLOORS[lang]
    summary = report.summary()
    assert report.answerable.short_accuracy >= accuracy, summary
    assert report.answerable.short_precision >= precision, summary


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_evaluation_set_is_large_enough(lang):
    from bot.evaluation import load_cases

    cases = load_cases(HERE / f"{lang}.yaml")
    assert len(cases["answerable"]) >= 40
    assert len(cases["unanswerable"]) >= 12
    assert len(cases["followups"]) >= 3


@pytest.mark.parametrize("lang", sorted(CROSS_FLOORS))
def test_other_language_floor(engine, lang):
    report = evaluate_file(engine, HERE / f"{lang}.yaml")
    assert report.cross_lingual.accuracy >= CROSS_FLOORS[lang], report.summary()
