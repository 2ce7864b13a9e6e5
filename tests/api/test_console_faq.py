"""Curating the FAQ in the console: every action, every refusal, and the chat following."""

from __future__ import annotations

import os

import pytest
from servers import STAFF_PASSWORD

ENTRY = "pt-amount-stolen"
QUESTION = "Quanto os hackers norte-coreanos roubaram em ativos digitais?"
NEW_ANSWER = "Cerca de US $ 1,7 bilhão em ativos digitais, segundo a revisão de 2025."


def _get(client, entry_id=ENTRY):
    return client.get(f"/console/api/faq/{entry_id}").get_json()


def _put(client, headers, entry_id=ENTRY, **changes):
    entry = _get(client, entry_id)
    body = {
        "question": entry["question"],
        "alternates": entry["alternates"],
        "answer": entry["answer"],
        "supports": [s["sentence_id"] for s in entry["supports"]],
        "version": entry["version"],
    }
    body.update(changes)
    return client.put(f"/console/api/faq/{entry_id}", json=body, headers=headers)


def _chat(client, message=QUESTION):
    return client.post("/api/chat", json={"message": message}).get_json()


def _sentence_id(client, query="bilhão", lang="pt"):
    found = client.get(f"/console/api/sentences?q={query}&lang={lang}").get_json()
    return found["sentences"][0]["sentence_id"]


# --- reading ---------------------------------------------------------------------------------


def test_lists_the_seeded_faq_of_a_language(client, viewer):
    entries = client.get("/console/api/faq?lang=pt").get_json()["entries"]
    assert ENTRY in {e["id"] for e in entries}
    assert {e["lang"] for e in entries} == {"pt"}


def test_an_entry_shows_version_and_its_supporting_sentences(client, viewer):
    entry = _get(client)
    assert entry["version"] == 1
    assert entry["supports"] and "1,7 bilhão" in entry["supports"][0]["text"]
    assert entry["supports"][0]["title"]


def test_unknown_entry_is_404(client, viewer):
    response = client.get("/console/api/faq/pt-nothing")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_sentence_search_finds_supports_by_meaning(client, viewer):
    found = client.get("/console/api/sentences?q=quanto%20roubaram&lang=pt").get_json()
    assert any("1,7 bilhão" in s["text"] for s in found["sentences"])
    assert all(s["sentence_id"].startswith("kr-eu-cyber-pt:") for s in found["sentences"])


# --- editing ---------------------------------------------------------------------------------


def test_an_edit_changes_the_chat_answer(client, editor):
    assert NEW_ANSWER not in _chat(client)["answer"]
    response = _put(client, editor, answer=NEW_ANSWER)
    assert response.status_code == 200
    assert response.get_json()["version"] == 2
    assert response.get_json()["updated_by"] == "edna"
    assert _chat(client)["answer"] == NEW_ANSWER


def test_an_edit_shows_in_the_public_faq(client, editor):
    _put(client, editor, answer=NEW_ANSWER)
    entries = client.get("/api/faq?lang=pt").get_json()["entries"]
    assert next(e for e in entries if e["id"] == ENTRY)["answer"] == NEW_ANSWER


def test_a_new_alternate_phrasing_is_answered(client, editor):
    phrasing = "Qual foi o prejuízo causado pelos piratas informáticos?"
    _put(client, editor, alternates=[phrasing])
    answer = _chat(client, phrasing)
    assert answer["answered"] and answer["citations"][0]["doc_id"] == ENTRY


def test_a_stale_version_gets_a_conflict_and_changes_nothing(client, editor):
    assert _put(client, editor, answer=NEW_ANSWER).status_code == 200
    response = _put(client, editor, answer="Outra resposta.", version=1)
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "conflict"
    assert _get(client)["answer"] == NEW_ANSWER


def test_the_second_of_two_editors_gets_the_conflict(app, staff):
    # Two browsers open version 1; the first saves; the second must not overwrite it.
    browsers = [app.test_client(), app.test_client()]
    tokens = []
    for browser in browsers:
        body = {"username": "edna", "password": STAFF_PASSWORD}
        token = browser.post("/console/api/login", json=body).get_json()["csrf_token"]
        tokens.append({"X-CSRF-Token": token})
    assert [_get(b)["version"] for b in browsers] == [1, 1]
    assert _put(browsers[0], tokens[0], answer=NEW_ANSWER, version=1).status_code == 200
    assert _put(browsers[1], tokens[1], answer="A minha versão.", version=1).status_code == 409
    assert _get(browsers[1])["answer"] == NEW_ANSWER


def test_edit_of_unknown_entry_is_404(client, editor):
    body = {"question": "Q?", "answer": "A.", "version": 1}
    response = client.put("/console/api/faq/pt-nothing", json=body, headers=editor)
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"question": ""}, "validation_error"),
        ({"answer": "x" * 4001}, "validation_error"),
        ({"version": None}, "validation_error"),
        ({"version": "one"}, "validation_error"),
        ({"alternates": "not a list"}, "validation_error"),
        ({"supports": ["kr-eu-cyber-pt:00000000"]}, "unknown_sentence"),
        ({"answer": "\u202e\u200b"}, "empty_field"),
        ({"surprise": 1}, "validation_error"),
    ],
)
def test_invalid_edits_are_refused(client, editor, changes, code):
    response = _put(client, editor, **changes)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == code
    assert _get(client)["version"] == 1


def test_bidi_controls_and_extra_spaces_are_cleaned(client, editor):
    _put(client, editor, answer="  Cerca de\u202e US $ 1,7   bilhão. ")
    assert _get(client)["answer"] == "Cerca de US $ 1,7 bilhão."


def test_markup_is_kept_as_text(client, editor):
    _put(client, editor, answer="<b>1,7 bilhão</b> <script>x()</script>")
    assert _get(client)["answer"] == "<b>1,7 bilhão</b> <script>x()</script>"


def test_supports_are_picked_sentence_ids(client, editor):
    sid = _sentence_id(client, "Bybit")
    response = _put(client, editor, supports=[sid])
    assert [s["sentence_id"] for s in response.get_json()["supports"]] == [sid]


# --- creating and deleting -------------------------------------------------------------------


def _create(client, headers, **fields):
    body = {
        "lang": "pt",
        "question": "Quem é o dono da WazirX?",
        "alternates": ["A WazirX pertence a quem?"],
        "answer": "A WazirX é uma bolsa de criptomoedas indiana.",
        "supports": [],
    }
    body.update(fields)
    return client.post("/console/api/faq", json=body, headers=headers)


def test_create_adds_an_entry_the_chat_answers_from(client, editor):
    response = _create(client, editor, supports=[_sentence_id(client, "WazirX")])
    assert response.status_code == 201
    entry = response.get_json()
    assert entry["id"].startswith("pt-") and entry["version"] == 1
    answer = _chat(client, "A WazirX pertence a quem?")
    assert answer["answer"] == "A WazirX é uma bolsa de criptomoedas indiana."


def test_create_needs_a_language(client, editor):
    response = _create(client, editor, lang="en")
    assert response.status_code == 400


def test_delete_removes_the_entry_everywhere(client, editor):
    response = client.delete(f"/console/api/faq/{ENTRY}?version=1", headers=editor)
    assert response.status_code == 204
    assert client.get(f"/console/api/faq/{ENTRY}").status_code == 404
    assert ENTRY not in {e["id"] for e in client.get("/api/faq?lang=pt").get_json()["entries"]}
    assert all(c["doc_id"] != ENTRY for c in _chat(client)["citations"])


def test_delete_of_a_stale_version_is_a_conflict(client, editor):
    _put(client, editor, answer=NEW_ANSWER)
    response = client.delete(f"/console/api/faq/{ENTRY}?version=1", headers=editor)
    assert response.status_code == 409
    assert _get(client)["answer"] == NEW_ANSWER


def test_saving_an_entry_deleted_meanwhile_is_a_conflict_and_recreates_nothing(client, editor):
    entry = _get(client)
    client.delete(f"/console/api/faq/{ENTRY}?version=1", headers=editor)
    body = {"question": entry["question"], "answer": NEW_ANSWER, "version": 1}
    response = client.put(f"/console/api/faq/{ENTRY}", json=body, headers=editor)
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "conflict"
    assert client.get(f"/console/api/faq/{ENTRY}").status_code == 404


def test_delete_needs_the_version(client, editor):
    response = client.delete(f"/console/api/faq/{ENTRY}", headers=editor)
    assert response.status_code == 400


# --- history and revert ----------------------------------------------------------------------


def _history(client, entry_id=ENTRY):
    return client.get(f"/console/api/history?entry_id={entry_id}").get_json()["changes"]


def test_history_keeps_who_when_before_and_after(client, editor):
    before = _get(client)["answer"]
    _put(client, editor, answer=NEW_ANSWER)
    (change,) = _history(client)
    assert change["action"] == "update" and change["username"] == "edna"
    assert change["before"]["answer"] == before and change["after"]["answer"] == NEW_ANSWER
    assert change["at"].startswith("20")


def test_history_of_create_and_delete(client, editor):
    entry = _create(client, editor).get_json()
    client.delete(f"/console/api/faq/{entry['id']}?version=1", headers=editor)
    deleted, created = _history(client, entry["id"])
    assert (created["action"], created["before"]) == ("create", None)
    assert (deleted["action"], deleted["after"]) == ("delete", None)


def test_revert_restores_the_answer_and_the_chat_follows(client, editor):
    original = _get(client)["answer"]
    _put(client, editor, answer=NEW_ANSWER)
    (change,) = _history(client)
    response = client.post(f"/console/api/history/{change['id']}/revert", headers=editor)
    assert response.status_code == 200
    assert response.get_json()["entry"]["answer"] == original
    assert response.get_json()["entry"]["version"] == 3
    assert _chat(client)["answer"] == original
    assert _history(client)[0]["action"] == "revert"


def test_revert_of_a_delete_brings_the_entry_back(client, editor):
    client.delete(f"/console/api/faq/{ENTRY}?version=1", headers=editor)
    (change,) = _history(client)
    client.post(f"/console/api/history/{change['id']}/revert", headers=editor)
    assert _get(client)["version"] == 2
    assert _chat(client)["citations"][0]["doc_id"] == ENTRY


def test_revert_of_a_create_removes_the_entry(client, editor):
    entry = _create(client, editor).get_json()
    (change,) = _history(client, entry["id"])
    response = client.post(f"/console/api/history/{change['id']}/revert", headers=editor)
    assert response.get_json() == {"entry": None}
    assert client.get(f"/console/api/faq/{entry['id']}").status_code == 404


def test_revert_after_a_later_change_is_a_conflict(client, editor):
    _put(client, editor, answer=NEW_ANSWER)
    _put(client, editor, answer="Mais uma versão.")
    first = _history(client)[-1]
    response = client.post(f"/console/api/history/{first['id']}/revert", headers=editor)
    assert response.status_code == 409
    assert _get(client)["answer"] == "Mais uma versão."


def test_revert_of_unknown_change_is_404(client, editor):
    response = client.post("/console/api/history/9999/revert", headers=editor)
    assert response.status_code == 404


def test_status_tells_saved_and_loaded_revisions_and_which_worker(client, editor):
    worker = {"worker": os.getpid()}  # the test client answers in this process
    assert client.get("/console/api/status").get_json() == {
        "revision": 0,
        "loaded_revision": 0,
        **worker,
    }
    _put(client, editor, answer=NEW_ANSWER)
    assert client.get("/console/api/status").get_json() == {
        "revision": 1,
        "loaded_revision": 1,
        **worker,
    }
