"""What staff learn from visitors: grouped questions, unhelpful answers, the dashboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

ANSWERED = "Quanto os hackers norte-coreanos roubaram em ativos digitais?"
UNANSWERED = [
    "Qual é a capital da Austrália?",
    "qual é a capital da australia",
    "Capital da Austrália?",
]
UNANSWERED_AR = "ما هي عاصمة أستراليا؟"


def _ask(client, message, **fields):
    response = client.post("/api/chat", json={"message": message, **fields})
    assert response.status_code == 200
    return response.get_json()


def _groups(client, query=""):
    response = client.get(f"/console/api/questions{query}")
    assert response.status_code == 200
    return response.get_json()["groups"]


@pytest.fixture
def asked(client):
    """Visitors' questions: one answered four times, one unanswered typed three ways, one in
    Arabic."""
    for _ in range(4):
        _ask(client, ANSWERED)
    for text in UNANSWERED:
        _ask(client, text)
    _ask(client, UNANSWERED_AR)


def test_unanswered_questions_typed_differently_count_once(client, viewer, asked):
    groups = _groups(client)
    australia = next(g for g in groups if g["lang"] == "pt")
    assert australia["count"] == 3
    assert set(australia["variants"]) == set(UNANSWERED)
    assert ANSWERED not in [g["question"] for g in groups]


def test_groups_tell_first_and_last_seen(client, viewer, asked):
    group = next(g for g in _groups(client) if g["lang"] == "pt")
    assert group["first_seen"] <= group["last_seen"]
    assert group["first_seen"].startswith(str(datetime.now(UTC).year))


def test_questions_filter_by_language(client, viewer, asked):
    assert [g["lang"] for g in _groups(client, "?lang=ar")] == ["ar"]


def test_all_questions_include_the_answered_ones(client, viewer, asked):
    top = _groups(client, "?kind=all")[0]
    assert (top["question"], top["count"], top["answered"]) == (ANSWERED, 4, 4)


def test_questions_filter_by_date(client, viewer, asked):
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    today = datetime.now(UTC).date().isoformat()
    assert _groups(client, f"?kind=all&since={tomorrow}") == []
    assert len(_groups(client, f"?kind=all&since={today}&until={today}")) == 3


def test_low_confidence_lists_answered_questions_below_high(client, viewer, store):
    def log(question, answered, confidence):
        store.log_chat(
            channel="widget",
            lang="pt",
            question=question,
            answered=answered,
            confidence=confidence,
            cited_ids=[],
            latency_ms=1.0,
            answer_id=None,
            session_id=None,
        )

    log("Quem organizou a reunião?", True, 0.7)  # medium band: answered, but unsure
    log("Onde foi a reunião?", True, 0.95)  # high band
    log("Qual é a capital?", False, 0.1)  # not answered at all
    assert [g["question"] for g in _groups(client, "?kind=low")] == ["Quem organizou a reunião?"]


@pytest.mark.parametrize(
    "query", ["?kind=sometimes", "?lang=en", "?since=yesterday", "?since=2025-13-01"]
)
def test_bad_filters_are_refused(client, viewer, query):
    response = client.get(f"/console/api/questions{query}")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "validation_error"


def test_console_searches_are_not_counted_as_visitor_questions(client, viewer):
    client.get("/console/api/search?q=Qual%20%C3%A9%20a%20capital%20da%20Austr%C3%A1lia")
    assert _groups(client, "?kind=all") == []


def _rate(client, helpful: bool, comment: str | None = None) -> dict:
    """Ask ANSWERED and give the answer a thumbs up or down; the answer given."""
    answer = _ask(client, ANSWERED)
    body = {"session_id": answer["session_id"], "answer_id": answer["answer_id"]}
    body.update({"helpful": helpful}, **({"comment": comment} if comment else {}))
    assert client.post("/api/feedback", json=body).status_code == 201
    return answer


def test_unhelpful_feedback_shows_question_and_answer_given(client, viewer):
    answer = _rate(client, False, "Queria o valor de 2024.")
    (item,) = client.get("/console/api/feedback").get_json()["items"]
    assert item["question"] == ANSWERED
    assert item["answer"] == answer["answer"]
    assert item["short_answer"] == answer["short_answer"]
    assert item["comment"] == "Queria o valor de 2024."


def test_helpful_feedback_is_not_listed(client, viewer):
    _rate(client, True)
    assert client.get("/console/api/feedback").get_json()["items"] == []


def test_dashboard_counts_questions_per_day_by_language(client, viewer, asked):
    stats = client.get("/console/api/stats?days=7").get_json()
    assert len(stats["days"]) == 7
    today = stats["days"][-1]
    assert today["date"] == datetime.now(UTC).date().isoformat()
    assert (today["pt"], today["ar"], today["total"], today["answered"]) == (7, 1, 8, 4)
    assert stats["total"] == 8
    assert stats["answered_rate"] == pytest.approx(4 / 8)


def test_dashboard_top_questions(client, viewer, asked):
    top = client.get("/console/api/stats").get_json()["top_questions"]
    assert top[0] == {"question": ANSWERED, "lang": "pt", "count": 4}


def test_dashboard_days_are_bounded(client, viewer):
    assert client.get("/console/api/stats?days=0").status_code == 400
    assert client.get("/console/api/stats?days=367").status_code == 400
