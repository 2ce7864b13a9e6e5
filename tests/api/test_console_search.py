"""Search in the console: the answer, its citations in context, hits side by side, a reply."""

from __future__ import annotations

import pytest


def _search(client, q, lang=None):
    url = f"/console/api/search?q={q}" + (f"&lang={lang}" if lang else "")
    response = client.get(url)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("quanto foi roubado?", "pt", "1,7 bilhão"),
        ("كم سرق القراصنة؟", "ar", "1.7"),
    ],
)
def test_search_gives_the_answer_a_visitor_would_get(client, viewer, query, lang, expected):
    result = _search(client, query)
    assert result["lang"] == lang
    assert result["answer"]["answered"]
    assert expected in result["answer"]["short_answer"]
    assert result["answer"]["confidence"] > 0


def test_every_cited_sentence_comes_in_its_context(client, viewer):
    result = _search(client, "Onde foi a reunião?", "pt")
    cited = [c for c in result["answer"]["citations"] if c["kind"] == "article"]
    assert cited
    for citation in cited:
        context = result["contexts"][citation["sentence_id"]]
        assert context["sentence"] == citation["text"]
        assert context["before"] or context["after"]
        assert context["title"] == citation["title"]


def test_faq_hits_and_sentences_come_side_by_side_with_scores(client, viewer):
    result = _search(client, "quanto foi roubado?")
    assert result["faq"] and result["sentences"]
    assert all(hit["score"] > 0 for hit in result["faq"] + result["sentences"])
    assert "pt-amount-stolen" in [hit["id"] for hit in result["faq"]]
    assert all(hit["sentence_id"] in result["contexts"] for hit in result["sentences"])


@pytest.mark.parametrize(
    ("query", "heading"), [("quanto foi roubado?", "Fontes:"), ("كم سرق القراصنة؟", "المصادر:")]
)
def test_reply_is_the_answer_with_its_sources_in_the_question_language(
    client, viewer, query, heading
):
    result = _search(client, query)
    reply = result["reply"]
    assert reply.startswith(result["answer"]["answer"])
    assert heading in reply
    first = result["answer"]["citations"][0]
    assert f"[1] «{first['text']}»" in reply


def test_reply_for_an_unknown_answer_is_the_polite_fallback(client, viewer):
    result = _search(client, "Qual é a capital da Austrália?")
    assert not result["answer"]["answered"]
    assert result["reply"] == result["answer"]["answer"]


def test_search_needs_a_query(client, viewer):
    assert client.get("/console/api/search").status_code == 400
    response = client.get("/console/api/search?q=%E2%80%AE")
    assert response.get_json()["error"]["code"] == "empty_query"
