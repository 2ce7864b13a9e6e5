"""Rate limits: per client for the widget, per key (and higher) for bots; in memory or Redis."""

from __future__ import annotations

import uuid

import pytest
from servers import redis_up

MESSAGE = {"message": "Quanto os hackers roubaram?"}


def limited_app(make_app, **overrides):
    config = {
        "RATELIMIT_ENABLED": True,
        "RATE_LIMIT": "2/minute",
        "BOT_RATE_LIMIT": "5/minute",
        "RATELIMIT_KEY_PREFIX": f"t{uuid.uuid4().hex}",
    }
    return make_app(**{**config, **overrides})


def statuses(client, n, **kwargs):
    return [client.post("/api/chat", json=MESSAGE, **kwargs).status_code for _ in range(n)]


def test_anonymous_client_is_limited(make_app):
    client = limited_app(make_app).test_client()
    assert statuses(client, 3) == [200, 200, 429]


def test_limit_is_per_client(make_app):
    client = limited_app(make_app).test_client()
    statuses(client, 3, environ_base={"REMOTE_ADDR": "198.51.100.1"})
    assert statuses(client, 1, environ_base={"REMOTE_ADDR": "198.51.100.2"}) == [200]


def test_bots_get_the_higher_limit(make_app):
    app = limited_app(make_app)
    token = app.extensions["sanad"].store.create_key("bot")[1]
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    assert statuses(client, 6, headers=headers) == [200] * 5 + [429]


def test_bot_limit_is_per_key_not_per_address(make_app):
    app = limited_app(make_app)
    token = app.extensions["sanad"].store.create_key("bot")[1]
    client = app.test_client()
    statuses(client, 3)  # the address is used up anonymously
    assert statuses(client, 1, headers={"Authorization": f"Bearer {token}"}) == [200]


@pytest.mark.parametrize(
    "path", ["/api/search?q=hackers", "/api/faq?lang=pt", "/api/context/no-such-sentence"]
)
def test_read_endpoints_are_limited(make_app, path):
    client = limited_app(make_app, RATE_LIMIT="1/minute").test_client()
    client.get(path)
    assert client.get(path).status_code == 429


def test_health_is_not_limited(make_app):
    client = limited_app(make_app, RATE_LIMIT="1/minute").test_client()
    assert {client.get("/healthz").status_code for _ in range(5)} == {200}


def test_429_has_retry_after_and_error_shape(make_app):
    client = limited_app(make_app, RATE_LIMIT="1/minute").test_client()
    client.post("/api/chat", json=MESSAGE)
    response = client.post("/api/chat", json=MESSAGE)
    assert int(response.headers["Retry-After"]) > 0
    assert response.get_json()["error"]["code"] == "rate_limited"


@pytest.mark.skipif(not redis_up(), reason="no Redis answering at 127.0.0.1:6379")
def test_redis_storage_is_shared_between_apps(make_app):
    prefix = f"t{uuid.uuid4().hex}"
    config = {"RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379", "RATELIMIT_KEY_PREFIX": prefix}
    first = limited_app(make_app, **config).test_client()
    second = limited_app(make_app, **config).test_client()  # another worker, same Redis
    assert statuses(first, 2) + statuses(second, 1) == [200, 200, 429]


def test_responses_report_the_limit_and_what_remains(make_app):
    client = limited_app(make_app).test_client()
    response = client.post("/api/chat", json=MESSAGE)
    assert (response.headers["X-RateLimit-Limit"], response.headers["X-RateLimit-Remaining"]) == (
        "2",
        "1",
    )


def test_the_tightest_of_several_limits_is_reported(make_app):
    client = limited_app(make_app, RATE_LIMIT="5/minute;2/hour").test_client()
    client.post("/api/chat", json=MESSAGE)
    client.post("/api/chat", json=MESSAGE)
    response = client.post("/api/chat", json=MESSAGE)
    assert response.status_code == 429
    assert response.headers["X-RateLimit-Limit"] == "2"
    assert int(response.headers["Retry-After"]) > 60  # the hour's window, not the minute's


def test_a_storage_outage_does_not_refuse_answers(make_app):
    # Nothing listens on port 9: the limiter cannot count, the visitor still gets an answer.
    client = limited_app(make_app, RATELIMIT_STORAGE_URI="redis://127.0.0.1:9").test_client()
    assert statuses(client, 3) == [200, 200, 200]


def test_cors_preflights_are_not_counted(make_app):
    client = limited_app(make_app, RATE_LIMIT="1/minute").test_client()
    for _ in range(3):
        client.options("/api/chat", headers={"Origin": "https://news.example"})
    assert statuses(client, 1) == [200]


def test_a_storage_outage_is_logged_once_not_per_request(make_app, caplog):
    client = limited_app(make_app, RATELIMIT_STORAGE_URI="redis://127.0.0.1:9").test_client()
    statuses(client, 3)
    failures = [r for r in caplog.records if "rate limit storage failed" in r.getMessage()]
    assert len(failures) == 1


def test_the_widget_may_read_the_rate_headers(make_app):
    client = limited_app(make_app, ALLOWED_ORIGINS=["https://news.example"]).test_client()
    response = client.post("/api/chat", json=MESSAGE, headers={"Origin": "https://news.example"})
    exposed = {h.strip() for h in response.headers["Access-Control-Expose-Headers"].split(",")}
    assert {"Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} <= (
        exposed
    )
