"""What visitors asked: unanswered and low-confidence questions, unhelpful answers, the
dashboard's figures. All read from the chat log and feedback tables (:mod:`bot.insights`)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from apiflask import Schema
from apiflask.fields import Date, Integer, String
from apiflask.validators import OneOf, Range

from bot import insights
from bot.api.console import bp
from bot.api.state import state

KINDS = ("unanswered", "low", "all")


class PeriodIn(Schema):
    lang = String(load_default=None, validate=OneOf(("ar", "pt")))
    since = Date(load_default=None, metadata={"description": "First day (YYYY-MM-DD)."})
    until = Date(load_default=None, metadata={"description": "Last day, included."})


class QuestionsIn(PeriodIn):
    kind = String(load_default="unanswered", validate=OneOf(KINDS))


class StatsIn(Schema):
    days = Integer(load_default=30, validate=Range(min=1, max=366))


def _day(value: date | None, shift: int = 0) -> datetime | None:
    if value is None:
        return None
    return datetime.combine(value + timedelta(days=shift), time(), tzinfo=UTC)


def _rows(query: dict) -> list[dict]:
    return state().store.questions(
        since=_day(query["since"]), until=_day(query["until"], 1), lang=query["lang"]
    )


def _keep(row: dict, kind: str, high: float) -> bool:
    """``low``: answered, but below the confidence at which answers are called high."""
    if kind == "unanswered":
        return not row["answered"]
    if kind == "low":
        return row["answered"] and row["confidence"] < high
    return True


@bp.get("/api/questions")
@bp.input(QuestionsIn, location="query", arg_name="query")
@bp.doc(summary="Visitors' questions grouped, with counts and first/last seen")
def questions(query: dict):
    high = state().engine.params.high_threshold
    rows = [r for r in _rows(query) if _keep(r, query["kind"], high)]
    return {"groups": [g.to_dict() for g in insights.group_questions(rows)]}


@bp.get("/api/feedback")
@bp.input(PeriodIn, location="query", arg_name="query")
@bp.doc(summary="Answers visitors marked unhelpful, with the question and the answer given")
def feedback(query: dict):
    items = state().store.unhelpful(
        since=_day(query["since"]), until=_day(query["until"], 1), lang=query["lang"]
    )
    for item in items:
        item["created_at"] = item["created_at"].isoformat()
    return {"items": items}


@bp.get("/api/stats")
@bp.input(StatsIn, location="query", arg_name="query")
@bp.doc(summary="Dashboard: questions per day by language, answered rate, top questions")
def stats(query: dict):
    today = datetime.now(UTC).date()
    since = _day(today - timedelta(days=query["days"] - 1))
    rows = state().store.questions(since=since)
    return {
        "days": insights.daily_counts(rows, query["days"], today),
        "total": len(rows),
        "answered_rate": insights.answered_rate(rows),
        "top_questions": insights.top_questions(rows, 10),
    }
