"""Property: whatever is posted to /api/chat, no 500 and one of the documented shapes."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ANSWER_KEYS = {"answered", "answer", "citations", "session_id", "answer_id", "lang"}
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
bodies = st.one_of(
    st.fixed_dictionaries(
        {"message": st.text(max_size=1200)},
        optional={
            "lang": st.sampled_from(["ar", "pt", "en", ""]),
            "session_id": st.text(max_size=20),
        },
    ),
    st.dictionaries(
        st.sampled_from(["message", "lang", "session_id", "x"]), json_values, max_size=4
    ),
    json_values,
)


@pytest.fixture
def chat_client(app):
    return app.test_client()


def check(response):
    assert response.status_code != 500
    body = response.get_json()
    if response.status_code == 200:
        assert set(body) >= ANSWER_KEYS
    else:
        assert response.status_code in (400, 413, 415)
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}


@SETTINGS
@given(body=bodies)
def test_any_json_body(chat_client, body):
    check(chat_client.post("/api/chat", data=json.dumps(body), content_type="application/json"))


@SETTINGS
@given(raw=st.binary(max_size=300))
def test_any_bytes(chat_client, raw):
    check(chat_client.post("/api/chat", data=raw, content_type="application/json"))


@SETTINGS
@given(
    text=st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
    | st.text(
        alphabet=st.sampled_from(
            "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068"
            "\u2069\u200b\u200c\u200d\ufeff\x00\x07 a😀ب"
        ),
        max_size=40,
    )
)
def test_any_message_text(chat_client, text):
    check(chat_client.post("/api/chat", json={"message": text}))
