"""``GET /api/context/<sentence_id>``: a cited sentence amid its neighbours."""

from __future__ import annotations

import pytest

AR_QUESTION = "كم سرق القراصنة؟"


def _article(knowledge_base, lang):
    return next(a for a in knowledge_base.articles if a.lang == lang)


def _shown(article):
    return [s for s in article.sentences if not s.excluded]


def test_context_of_a_citation(client):
    answer = client.post("/api/chat", json={"message": AR_QUESTION}).get_json()
    cited = next(c for c in answer["citations"] if c["kind"] == "article")
    response = client.get(f"/api/context/{cited['sentence_id']}")
    assert response.status_code == 200
    data = response.get_json()
    assert (data["doc_id"], data["title"], data["lang"]) == (
        cited["doc_id"],
        cited["title"],
        "ar",
    )
    assert "url" in data
    marked = [s for s in data["sentences"] if s["cited"]]
    assert [(s["id"], s["text"]) for s in marked] == [(cited["sentence_id"], cited["text"])]


def test_context_defaults_to_two_around(client, knowledge_base):
    shown = _shown(_article(knowledge_base, "ar"))
    middle = shown[len(shown) // 2]
    data = client.get(f"/api/context/{middle.id}").get_json()
    at = shown.index(middle)
    assert [s["id"] for s in data["sentences"]] == [s.id for s in shown[at - 2 : at + 3]]
    assert [s["cited"] for s in data["sentences"]] == [False, False, True, False, False]


def test_context_before_and_after(client, knowledge_base):
    shown = _shown(_article(knowledge_base, "pt"))
    middle = shown[len(shown) // 2]
    data = client.get(f"/api/context/{middle.id}?before=1&after=3").get_json()
    at = shown.index(middle)
    assert [s["id"] for s in data["sentences"]] == [s.id for s in shown[at - 1 : at + 4]]


def test_context_stops_at_the_article_edges(client, knowledge_base):
    shown = _shown(_article(knowledge_base, "pt"))
    first = client.get(f"/api/context/{shown[0].id}?before=5&after=0").get_json()
    assert [s["id"] for s in first["sentences"]] == [shown[0].id]
    last = client.get(f"/api/context/{shown[-1].id}?before=0&after=5").get_json()
    assert [s["id"] for s in last["sentences"]] == [shown[-1].id]


def test_context_never_returns_excluded_sentences(client, knowledge_base):
    article = next(a for a in knowledge_base.articles if any(s.excluded for s in a.sentences))
    excluded = {s.id for s in article.sentences if s.excluded}
    for sentence in _shown(article):
        data = client.get(f"/api/context/{sentence.id}?before=10&after=10").get_json()
        assert not excluded & {s["id"] for s in data["sentences"]}


def test_context_of_an_excluded_sentence_is_404(client, knowledge_base):
    article = next(a for a in knowledge_base.articles if any(s.excluded for s in a.sentences))
    excluded = next(s for s in article.sentences if s.excluded)
    response = client.get(f"/api/context/{excluded.id}")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "unknown_sentence"


@pytest.mark.parametrize("sentence_id", ["nope", "kr-eu-cyber-ar:00000000", "ar-amount-stolen"])
def test_context_of_an_unknown_sentence_is_404(client, sentence_id):
    response = client.get(f"/api/context/{sentence_id}")
    assert response.status_code == 404
    error = response.get_json()["error"]
    assert error["code"] == "unknown_sentence" and sentence_id in error["message"]


@pytest.mark.parametrize("query", ["before=-1", "after=11", "before=x"])
def test_context_rejects_bad_windows(client, knowledge_base, query):
    sentence = _shown(_article(knowledge_base, "ar"))[3]
    response = client.get(f"/api/context/{sentence.id}?{query}")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "validation_error"


def test_context_allows_widget_origins(client, knowledge_base):
    sentence = _shown(_article(knowledge_base, "ar"))[3]
    response = client.get(
        f"/api/context/{sentence.id}", headers={"Origin": "https://widget.example"}
    )
    assert response.headers["Access-Control-Allow-Origin"] == "https://widget.example"


def test_context_is_documented(client):
    spec = client.get("/api/openapi.json").get_json()
    operation = spec["paths"]["/api/context/{sentence_id}"]["get"]
    assert {"200", "404"} <= set(operation["responses"])
    assert {p["name"] for p in operation["parameters"]} >= {"sentence_id", "before", "after"}
