"""Judging of evaluation cases (bot/evaluation.py): what counts as a cited answer."""

from __future__ import annotations

import pytest

from bot.answer import Answer
from bot.evaluation import Tally, _judge


def _answer(text: str, answered: bool = True) -> Answer:
    return Answer(answered, text, None, "pt", 0.9, "high", (), (), "s")


@pytest.mark.parametrize(
    ("cite", "text", "correct"),
    [
        pytest.param("em Seul", "A reunião foi em Seul.", 1, id="one-fragment-found"),
        pytest.param("em Seul", "A reunião foi terça.", 0, id="one-fragment-missing"),
        pytest.param(["em Seul", "na terça"], "Foi na terça.", 1, id="any-of-several"),
        pytest.param(["em Seul", "na terça"], "Foi em abril.", 0, id="none-of-several"),
    ],
)
def test_a_case_is_correct_when_a_cited_fragment_is_in_the_answer(cite, text, correct):
    tally = Tally()
    _judge(tally, {"q": "onde?", "cite": cite}, _answer(text))
    assert (tally.total, tally.correct) == (1, correct)


def test_a_declined_answer_is_never_correct():
    tally = Tally()
    _judge(tally, {"q": "onde?", "cite": "em Seul"}, _answer("em Seul", answered=False))
    assert tally.correct == 0
