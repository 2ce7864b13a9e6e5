"""POST /api/chat: answers, sessions, cleaning and the chat log."""

from __future__ import annotations

import pytest

PT_QUESTION = "Quanto os hackers norte-coreanos roubaram em ativos digitais?"
AR_QUESTION = "ما هي أبرز أساليب قراصنة كوريا الشمالية؟"


def chat(client, **body):
    return client.post("/api/chat", json=body)


def test_answers_with_the_answer_object(client, answer_keys):
    data = chat(client, message=PT_QUESTION).get_json()
    assert set(data) == answer_keys
    assert data["answered"] is True


def test_citations_have_the_documented_fields(client, citation_keys):
    data = chat(client, message=PT_QUESTION).get_json()
    assert data["citations"]
    assert all(set(c) == citation_keys for c in data["citations"])


@pytest.mark.parametrize("question", [PT_QUESTION, AR_QUESTION, "qual o preço do ether?"])
def test_the_answer_is_what_the_documented_schema_would_send(client, question):
    from bot.api.schemas import AnswerOut

    data = chat(client, message=question).get_json()
    assert AnswerOut().dump(data) == data


def test_answers_arabic(client):
    data = chat(client, message=AR_QUESTION).get_json()
    assert (data["answered"], data["lang"]) == (True, "ar")


def test_issues_a_session_id_when_none_is_sent(client):
    assert chat(client, message=PT_QUESTION).get_json()["session_id"]


def test_keeps_the_session_id_it_is_given(client):
    data = chat(client, message=PT_QUESTION, session_id="visitor-1").get_json()
    assert data["session_id"] == "visitor-1"


def test_remembers_the_session_in_the_database(client, store):
    chat(client, message=PT_QUESTION, session_id="visitor-2")
    assert store.get_session("visitor-2", ttl=60)["lang"] == "pt"


def test_lang_overrides_detection(client):
    data = chat(client, message="hackers", lang="ar").get_json()
    assert data["lang"] == "ar"


def test_unknown_question_is_not_answered_but_suggests(client):
    data = chat(client, message="Qual é a receita de bolo de cenoura?").get_json()
    assert (data["answered"], bool(data["suggestions"])) == (False, True)


def test_logs_every_chat(client, store):
    data = chat(client, message=PT_QUESTION).get_json()
    row = store.chats()[0]
    assert (row["answer_id"], row["session_id"], row["channel"], row["lang"]) == (
        data["answer_id"],
        data["session_id"],
        "widget",
        "pt",
    )


def test_log_holds_cited_ids_and_latency(client, store):
    data = chat(client, message=PT_QUESTION).get_json()
    row = store.chats()[0]
    assert row["cited_ids"] == [c["sentence_id"] for c in data["citations"]]
    assert row["latency_ms"] >= 0


def test_log_stores_no_raw_ip(client, store):
    client.post(
        "/api/chat", json={"message": PT_QUESTION}, environ_base={"REMOTE_ADDR": "203.0.113.9"}
    )
    row = store.chats()[0]
    assert "203.0.113.9" not in repr(row)
    assert len(row["client_hash"]) == 32


def test_bot_chats_are_logged_as_api_channel(client, store, bot_headers):
    client.post("/api/chat", json={"message": PT_QUESTION}, headers=bot_headers)
    row = store.chats()[0]
    assert (row["channel"], row["client_hash"]) == ("api", None)


def test_log_failure_does_not_fail_the_answer(client, store, monkeypatch):
    def broken(**_kwargs):
        raise RuntimeError("database is down")

    monkeypatch.setattr(store, "log_chat", broken)
    assert chat(client, message=PT_QUESTION).status_code == 200


def test_log_failure_keeps_the_conversation(client, store, monkeypatch):
    def broken(**_kwargs):
        raise RuntimeError("database is down")

    monkeypatch.setattr(store, "log_chat", broken)
    session_id = chat(client, message=PT_QUESTION).get_json()["session_id"]
    assert store.get_session(session_id, ttl=60) is not None


def test_chat_log_and_conversation_are_saved_together(client, store):
    session_id = chat(client, message=PT_QUESTION).get_json()["session_id"]
    assert (store.chats()[0]["session_id"], store.get_session(session_id, ttl=60)["lang"]) == (
        session_id,
        "pt",
    )


@pytest.mark.parametrize(
    "noise",
    ["\u202e", "\u202a", "\u2066", "\u2069", "\u200b", "\u200f", "\ufeff", "\x00", "\x1b"],
    ids=["rlo", "lre", "lri", "pdi", "zwsp", "rlm", "bom", "nul", "esc"],
)
def test_strips_invisible_characters_before_asking(client, store, noise):
    response = chat(client, message=f"{noise}Quanto os hackers{noise} roubaram?")
    assert response.status_code == 200
    assert store.chats()[0]["question"] == "Quanto os hackers roubaram?"


def test_emoji_are_fine(client):
    assert chat(client, message="😀 Quanto os hackers roubaram? 🔐").status_code == 200


def test_lone_surrogate_is_fine(client):
    response = client.post(
        "/api/chat", data='{"message": "hackers \\ud800"}', content_type="application/json"
    )
    assert response.status_code == 200


def test_exactly_1000_characters_is_accepted(client):
    assert chat(client, message="a" * 1000).status_code == 200


def test_allowed_origin_gets_cors_headers(client):
    response = client.post(
        "/api/chat", json={"message": PT_QUESTION}, headers={"Origin": "https://widget.example"}
    )
    assert response.headers["Access-Control-Allow-Origin"] == "https://widget.example"


def test_same_origin_is_allowed(client):
    response = client.post(
        "/api/chat", json={"message": PT_QUESTION}, headers={"Origin": "http://localhost"}
    )
    assert response.status_code == 200


def test_preflight_from_allowed_origin(client):
    response = client.options(
        "/api/chat",
        headers={
            "Origin": "https://widget.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert response.headers["Access-Control-Allow-Origin"] == "https://widget.example"


def test_other_origin_gets_no_cors_headers(client):
    response = client.options(
        "/api/chat",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "Access-Control-Allow-Origin" not in response.headers
