"""Who may use the console: login, sessions, refusals without a session, roles and CSRF."""

from __future__ import annotations

import pytest
from servers import STAFF_PASSWORD

# Every console API call, each with a body that would be valid for an editor.
API_CALLS = [
    ("GET", "/console/api/me", None),
    ("GET", "/console/api/search?q=quanto%20foi%20roubado", None),
    ("GET", "/console/api/sentences?q=bilh%C3%A3o", None),
    ("GET", "/console/api/questions", None),
    ("GET", "/console/api/feedback", None),
    ("GET", "/console/api/stats", None),
    ("GET", "/console/api/faq?lang=pt", None),
    ("GET", "/console/api/faq/pt-amount-stolen", None),
    ("GET", "/console/api/history", None),
    ("GET", "/console/api/status", None),
    ("POST", "/console/api/faq", {"lang": "pt", "question": "Q?", "answer": "A."}),
    ("PUT", "/console/api/faq/pt-amount-stolen", {"question": "Q?", "answer": "A.", "version": 1}),
    ("DELETE", "/console/api/faq/pt-amount-stolen?version=1", None),
    ("POST", "/console/api/history/1/revert", None),
    ("POST", "/console/api/logout", None),
]
CHANGES = [call for call in API_CALLS if call[0] != "GET" and "logout" not in call[1]]


def call(client, method, path, body, headers=None):
    return client.open(path, method=method, json=body, headers=headers or {})


def _login(client, username="edna", password=STAFF_PASSWORD, **kwargs):
    return client.post(
        "/console/api/login", json={"username": username, "password": password}, **kwargs
    )


@pytest.mark.parametrize(("method", "path", "body"), API_CALLS, ids=[c[1] for c in API_CALLS])
def test_api_refuses_without_session(client, method, path, body):
    response = call(client, method, path, body)
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "login_required"


def test_console_page_redirects_to_login_without_session(client):
    response = client.get("/console")
    assert response.status_code == 302
    assert response.headers["Location"] == "/console/login?next=/console"


def test_login_page_is_public_and_strict(client):
    response = client.get("/console/login")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_login_returns_user_and_csrf_token(client, staff):
    body = _login(client).get_json()
    assert body["user"] == {"username": "edna", "role": "editor"}
    assert len(body["csrf_token"]) >= 32


def test_login_cookie_is_httponly_samesite_strict_secure(client, staff):
    cookie = _login(client).headers["Set-Cookie"]
    for flag in ("HttpOnly", "SameSite=Strict", "Secure", "Path=/console"):
        assert flag in cookie


def test_cookie_secure_flag_can_be_turned_off_for_plain_http(make_app):
    app = make_app(COOKIE_SECURE=False)
    app.extensions["sanad"].store.users.create("edna", STAFF_PASSWORD, "editor")
    cookie = _login(app.test_client()).headers["Set-Cookie"]
    assert "Secure" not in cookie and "HttpOnly" in cookie


@pytest.mark.parametrize(
    ("username", "password"),
    [("edna", "wrong password!"), ("nobody", STAFF_PASSWORD), ("EDNA", STAFF_PASSWORD)],
)
def test_wrong_credentials_get_one_answer(client, staff, username, password):
    response = _login(client, username, password)
    assert response.status_code == 401
    assert response.get_json()["error"] == {
        "code": "invalid_credentials",
        "message": "Wrong username or password.",
    }
    assert "Set-Cookie" not in response.headers


def test_login_from_another_site_is_refused(client, staff):
    response = _login(client, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "origin_not_allowed"


def test_login_must_be_json(client, staff):
    response = client.post(
        "/console/api/login", data={"username": "edna", "password": STAFF_PASSWORD}
    )
    assert response.status_code == 415


def test_session_opens_the_console_page(client, editor):
    response = client.get("/console")
    assert response.status_code == 200
    assert response.mimetype == "text/html"


def test_login_page_sends_a_logged_in_user_on(client, editor):
    assert client.get("/console/login?next=/console").headers["Location"] == "/console"


def test_login_page_never_redirects_off_site(client, editor):
    response = client.get("/console/login?next=https://evil.example/")
    assert response.headers["Location"] == "/console"


def test_me_tells_user_and_token(client, viewer):
    body = client.get("/console/api/me").get_json()
    assert body["user"] == {"username": "vic", "role": "viewer"}
    assert body["csrf_token"] == viewer["X-CSRF-Token"]


def test_logout_ends_the_session(client, editor):
    cookie = client.get_cookie("sanad_console", path="/console")
    assert client.post("/console/api/logout", headers=editor).status_code == 204
    assert client.get("/console/api/me").status_code == 401
    # The old token is dead on the server too, not only forgotten by this browser.
    client.set_cookie("sanad_console", cookie.value, path="/console")
    assert client.get("/console/api/me").status_code == 401


def test_a_forged_cookie_is_refused(client, staff):
    client.set_cookie("sanad_console", "made-up-token", path="/console")
    assert client.get("/console/api/me").status_code == 401


def test_sessions_expire(make_app):
    app = make_app(CONSOLE_SESSION_HOURS=-1)
    app.extensions["sanad"].store.users.create("edna", STAFF_PASSWORD, "editor")
    client = app.test_client()
    assert _login(client).status_code == 200
    assert client.get("/console/api/me").status_code == 401


def test_deleting_a_user_ends_their_sessions(client, store, editor):
    store.users.delete("edna")
    assert client.get("/console/api/me").status_code == 401


def test_new_password_ends_old_sessions(client, store, editor):
    store.users.set_password("edna", "another long password")
    assert client.get("/console/api/me").status_code == 401


@pytest.mark.parametrize(("method", "path", "body"), CHANGES, ids=[c[1] for c in CHANGES])
@pytest.mark.parametrize("token", [None, "wrong-token"])
def test_changes_need_the_csrf_token(client, editor, method, path, body, token):
    headers = {"X-CSRF-Token": token} if token else {}
    response = call(client, method, path, body, headers)
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "csrf_failed"


def test_logout_needs_the_csrf_token(client, editor):
    assert client.post("/console/api/logout").status_code == 403
    assert client.get("/console/api/me").status_code == 200


@pytest.mark.parametrize(("method", "path", "body"), CHANGES, ids=[c[1] for c in CHANGES])
def test_viewers_cannot_change_anything(client, viewer, method, path, body):
    response = call(client, method, path, body, viewer)
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden_role"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [c for c in API_CALLS if c[0] == "GET"],
    ids=[c[1] for c in API_CALLS if c[0] == "GET"],
)
def test_viewers_can_read_everything(client, viewer, method, path, body):
    assert call(client, method, path, body).status_code == 200


def test_console_answers_are_never_cached(client, editor):
    assert client.get("/console/api/me").headers["Cache-Control"] == "no-store"


def test_failed_logins_are_rate_limited(make_app):
    app = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT="3/minute")
    app.extensions["sanad"].store.users.create("edna", STAFF_PASSWORD, "editor")
    client = app.test_client()
    assert [_login(client, password="wrong one!!").status_code for _ in range(3)] == [401] * 3
    response = _login(client)  # even the right password waits now
    assert response.status_code == 429
    assert response.get_json()["error"]["code"] == "rate_limited"


def test_a_refused_login_says_when_to_retry(make_app):
    app = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT="2/minute")
    client = app.test_client()
    for _ in range(2):
        _login(client, password="wrong one!!")
    retry = int(_login(client).headers["Retry-After"])
    assert 1 <= retry <= 60


def test_failed_logins_count_across_workers_sharing_the_database(make_app):
    """Each worker (here: two apps over one database) must not get its own allowance."""
    first = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT="3/minute")
    second = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT="3/minute")
    first.extensions["sanad"].store.users.create("edna", STAFF_PASSWORD, "editor")
    clients = [first.test_client(), second.test_client()]
    codes = [_login(clients[n % 2], password="wrong one!!").status_code for n in range(4)]
    assert codes == [401, 401, 401, 429]


def test_failures_older_than_the_window_no_longer_count(make_app):
    app = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT="2/minute")
    failures = app.extensions["sanad"].store.login_failures
    with app.test_request_context():
        from bot.api.auth import client_hash

        client = client_hash()
    for _ in range(2):
        failures.record(client, keep=60)
    assert failures.wait(client, [(2, 60.0)]) > 0
    assert failures.wait(client, [(2, 0.001)]) == 0.0
    assert failures.wait(client, [(3, 60.0)]) == 0.0


def test_successful_logins_do_not_use_up_the_limit(make_app):
    app = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT="3/minute")
    app.extensions["sanad"].store.users.create("edna", STAFF_PASSWORD, "editor")
    client = app.test_client()
    assert [_login(client).status_code for _ in range(6)] == [200] * 6
