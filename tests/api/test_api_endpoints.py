"""Search, FAQ, feedback, the Rasa channel, health checks, docs and the demo page."""

from __future__ import annotations

from bot.api.rasa import render

PT_QUESTION = "Quanto os hackers norte-coreanos roubaram em ativos digitais?"


# --- search -------------------------------------------------------------------------------------


def test_search_ranks_hits(client):
    data = client.get("/api/search", query_string={"q": "hackers roubaram", "k": 3}).get_json()
    assert [h["rank"] for h in data["hits"]] == [1, 2, 3]


def test_search_hits_have_scores_and_citations(client):
    hit = client.get("/api/search", query_string={"q": "hackers"}).get_json()["hits"][0]
    assert {"score", "coverage", "kind", "id", "text"} <= set(hit)
    assert hit["citation"]["doc_id"]


def test_search_respects_lang(client):
    data = client.get("/api/search", query_string={"q": "hackers", "lang": "pt"}).get_json()
    assert {h["citation"]["lang"] for h in data["hits"]} == {"pt"}


def test_search_default_k_is_10(client):
    data = client.get("/api/search", query_string={"q": "Coreia do Norte"}).get_json()
    assert len(data["hits"]) <= 10


# --- faq ----------------------------------------------------------------------------------------


def test_faq_lists_a_language(client, knowledge_base):
    data = client.get("/api/faq?lang=pt").get_json()
    assert [e["id"] for e in data["entries"]] == [e.id for e in knowledge_base.faq_for("pt")]


def test_faq_entries_have_question_and_answer(client):
    entry = client.get("/api/faq?lang=ar").get_json()["entries"][0]
    assert entry["question"] and entry["answer"]


# --- feedback -----------------------------------------------------------------------------------


def test_feedback_is_stored(client, store):
    answer = client.post("/api/chat", json={"message": PT_QUESTION}).get_json()
    response = client.post(
        "/api/feedback",
        json={
            "session_id": answer["session_id"],
            "answer_id": answer["answer_id"],
            "helpful": True,
            "comment": "útil",
        },
    )
    assert response.status_code == 201
    row = store.feedback_rows()[0]
    assert (row["answer_id"], row["helpful"], row["comment"]) == (answer["answer_id"], True, "útil")


def test_feedback_by_question(client, store):
    response = client.post(
        "/api/feedback", json={"session_id": "s1", "question": "Quanto roubaram?", "helpful": False}
    )
    assert response.status_code == 201
    assert store.feedback_rows()[0]["question"] == "Quanto roubaram?"


# --- rasa ---------------------------------------------------------------------------------------


def test_rasa_status(client):
    assert client.get("/webhooks/rest/").get_json() == {"status": "ok"}


def test_rasa_webhook_answers_with_sources(client, bot_headers):
    response = client.post(
        "/webhooks/rest/webhook",
        headers=bot_headers,
        json={"sender": "+5511999990000", "message": PT_QUESTION},
    )
    [message] = response.get_json()
    assert message["recipient_id"] == "+5511999990000"
    assert "Fontes:" in message["text"] and "[1]" in message["text"]


def test_rasa_sender_is_the_session(client, store, bot_headers):
    client.post(
        "/webhooks/rest/webhook",
        headers=bot_headers,
        json={"sender": "user-7", "message": PT_QUESTION, "metadata": {}},
    )
    row = store.chats()[0]
    assert (row["session_id"], row["channel"]) == ("user-7", "rasa")


def test_rasa_unanswered_lists_suggestions(client, bot_headers):
    [message] = client.post(
        "/webhooks/rest/webhook",
        headers=bot_headers,
        json={"sender": "u", "message": "Qual é a receita de bolo de cenoura?"},
    ).get_json()
    assert "Perguntas sugeridas:" in message["text"]


def test_render_numbers_sources(app):
    engine = app.extensions["sanad"].engine
    text = render(engine.ask("ما هي أبرز أساليب قراصنة كوريا الشمالية؟"))
    assert "المصادر:" in text and "[1]" in text


# --- health -------------------------------------------------------------------------------------


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_readyz_when_ready(client):
    data = client.get("/readyz").get_json()
    assert data == {
        "status": "ready",
        "checks": {"knowledge": True, "index": True, "database": True},
    }


def test_readyz_without_index(app, client):
    app.extensions["sanad"].engine = None
    assert client.get("/readyz").status_code == 503


# --- docs and demo page -------------------------------------------------------------------------


def test_openapi_document_lists_every_endpoint(client):
    spec = client.get("/api/openapi.json").get_json()
    assert {
        "/api/chat",
        "/api/search",
        "/api/faq",
        "/api/feedback",
        "/webhooks/rest/webhook",
        "/webhooks/rest/",
        "/healthz",
        "/readyz",
    } <= set(spec["paths"])


def test_openapi_documents_the_error_shape(client):
    spec = client.get("/api/openapi.json").get_json()
    response = spec["paths"]["/api/chat"]["post"]["responses"]["400"]
    ref = response["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    assert spec["components"]["schemas"][ref]["required"] == ["error"]


def test_docs_page(client):
    response = client.get("/api/docs")
    assert (response.status_code, response.mimetype) == (200, "text/html")


def test_demo_page(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b'<script src="/static/demo.js"></script>' in response.data
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_demo_page_has_no_inline_script(client):
    html = client.get("/").get_data(as_text=True)
    assert html.count("<script") == html.count("<script src=")


def test_demo_script_uses_text_content_only(client):
    js = client.get("/static/demo.js").get_data(as_text=True)
    assert "textContent" in js and "innerHTML" not in js
