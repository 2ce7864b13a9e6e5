"""Every documented failure of the API: one row per behaviour, shared by the error tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from servers import STAFF_PASSWORD

JSON = "application/json"


def _boom(*_args, **_kwargs):
    raise RuntimeError("secret internal detail")


def _break_engine(app, client, headers):
    app.extensions["sanad"].engine.ask = _boom


def _break_database(app, client, headers):
    app.extensions["sanad"].store.ping = _boom


def _use_up_limit(app, client, headers):
    assert client.post("/api/chat", json={"message": "olá"}).status_code == 200


def _staff_login(role: str, csrf: bool = True):
    """A prepare step: log the client in as a ``role`` (and send its CSRF token)."""

    def prepare(app, client, headers):
        app.extensions["sanad"].store.users.create("staff", STAFF_PASSWORD, role)
        body = {"username": "staff", "password": STAFF_PASSWORD}
        token = client.post("/console/api/login", json=body).get_json()["csrf_token"]
        if csrf:
            headers["X-CSRF-Token"] = token

    return prepare


def _stale_edit(app, client, headers):
    _staff_login("editor")(app, client, headers)
    body = {"question": "Q?", "answer": "Primeira.", "version": 1}
    assert (
        client.put("/console/api/faq/pt-amount-stolen", json=body, headers=headers).status_code
        == 200
    )


@dataclass(frozen=True)
class Case:
    id: str
    method: str
    path: str
    status: int
    code: str
    kwargs: dict = field(default_factory=dict)
    config: dict = field(default_factory=dict)
    prepare: object = None
    auth: bool = False  # send a valid bot key


CASES = [
    Case(
        "malformed_json",
        "POST",
        "/api/chat",
        400,
        "invalid_json",
        {"data": '{"message": ', "content_type": JSON},
    ),
    Case(
        "invalid_utf8",
        "POST",
        "/api/chat",
        400,
        "invalid_json",
        {"data": b'{"message": "\xff\xfe"}', "content_type": JSON},
    ),
    Case(
        "message_wrong_type",
        "POST",
        "/api/chat",
        400,
        "validation_error",
        {"json": {"message": 42}},
    ),
    Case("body_not_object", "POST", "/api/chat", 400, "validation_error", {"json": ["hi"]}),
    Case(
        "unknown_field",
        "POST",
        "/api/chat",
        400,
        "validation_error",
        {"json": {"message": "olá", "extra": 1}},
    ),
    Case(
        "bad_lang",
        "POST",
        "/api/chat",
        400,
        "validation_error",
        {"json": {"message": "olá", "lang": "en"}},
    ),
    Case(
        "bad_session_id",
        "POST",
        "/api/chat",
        400,
        "validation_error",
        {"json": {"message": "olá", "session_id": "a b/c"}},
    ),
    Case("missing_message", "POST", "/api/chat", 400, "missing_message", {"json": {}}),
    Case(
        "empty_body",
        "POST",
        "/api/chat",
        400,
        "missing_message",
        {"data": "", "content_type": JSON},
    ),
    Case("empty_message", "POST", "/api/chat", 400, "empty_message", {"json": {"message": ""}}),
    Case(
        "invisible_message",
        "POST",
        "/api/chat",
        400,
        "empty_message",
        {"json": {"message": "\u200b\u202e\u2066\x00 \n"}},
    ),
    Case(
        "message_too_long",
        "POST",
        "/api/chat",
        400,
        "message_too_long",
        {"json": {"message": "a" * 1001}},
    ),
    Case(
        "body_too_large",
        "POST",
        "/api/chat",
        413,
        "payload_too_large",
        {"json": {"message": "a" * (17 * 1024)}},
    ),
    Case(
        "not_json",
        "POST",
        "/api/chat",
        415,
        "unsupported_media_type",
        {"data": "message=hi", "content_type": "application/x-www-form-urlencoded"},
    ),
    Case(
        "no_content_type",
        "POST",
        "/api/chat",
        415,
        "unsupported_media_type",
        {"data": '{"message": "hi"}'},
    ),
    Case("unknown_route", "GET", "/api/nope", 404, "not_found"),
    Case("unknown_root_route", "GET", "/nope.php", 404, "not_found"),
    Case("wrong_method_chat", "GET", "/api/chat", 405, "method_not_allowed"),
    Case("wrong_method_faq", "DELETE", "/api/faq", 405, "method_not_allowed"),
    Case(
        "internal_error",
        "POST",
        "/api/chat",
        500,
        "internal_error",
        {"json": {"message": "olá"}},
        prepare=_break_engine,
    ),
    Case(
        "rate_limited",
        "POST",
        "/api/chat",
        429,
        "rate_limited",
        {"json": {"message": "olá"}},
        config={"RATELIMIT_ENABLED": True, "RATE_LIMIT": "1/minute"},
        prepare=_use_up_limit,
    ),
    Case(
        "bad_api_key",
        "POST",
        "/api/chat",
        401,
        "invalid_api_key",
        {"json": {"message": "olá"}, "headers": {"Authorization": "Bearer nope"}},
    ),
    Case(
        "not_bearer",
        "POST",
        "/api/chat",
        401,
        "invalid_api_key",
        {"json": {"message": "olá"}, "headers": {"Authorization": "Basic dXNlcjpwdw=="}},
    ),
    Case(
        "origin_not_allowed",
        "POST",
        "/api/chat",
        403,
        "origin_not_allowed",
        {"json": {"message": "olá"}, "headers": {"Origin": "https://evil.example"}},
    ),
    Case(
        "webhook_without_key",
        "POST",
        "/webhooks/rest/webhook",
        401,
        "missing_api_key",
        {"json": {"sender": "u1", "message": "olá"}},
    ),
    Case(
        "webhook_missing_sender",
        "POST",
        "/webhooks/rest/webhook",
        400,
        "validation_error",
        {"json": {"message": "olá"}},
        auth=True,
    ),
    Case(
        "webhook_not_json",
        "POST",
        "/webhooks/rest/webhook",
        415,
        "unsupported_media_type",
        {"data": "hi", "content_type": "text/plain"},
        auth=True,
    ),
    Case("search_missing_q", "GET", "/api/search", 400, "validation_error"),
    Case("search_bad_k", "GET", "/api/search?q=hackers&k=0", 400, "validation_error"),
    Case("search_k_not_int", "GET", "/api/search?q=hackers&k=ten", 400, "validation_error"),
    Case("search_blank_q", "GET", "/api/search?q=%E2%80%8B", 400, "empty_query"),
    Case("search_q_twice", "GET", "/api/search?q=a&q=b", 400, "duplicate_parameter"),
    Case("faq_lang_twice", "GET", "/api/faq?lang=ar&lang=pt", 400, "duplicate_parameter"),
    Case("faq_missing_lang", "GET", "/api/faq", 400, "validation_error"),
    Case("faq_bad_lang", "GET", "/api/faq?lang=fr", 400, "validation_error"),
    Case(
        "feedback_no_target",
        "POST",
        "/api/feedback",
        400,
        "validation_error",
        {"json": {"session_id": "s1", "helpful": True}},
    ),
    Case(
        "feedback_helpful_not_bool",
        "POST",
        "/api/feedback",
        400,
        "validation_error",
        {"json": {"session_id": "s1", "answer_id": "a1", "helpful": "yes"}},
    ),
    *(
        Case(
            f"feedback_helpful_{value}",
            "POST",
            "/api/feedback",
            400,
            "validation_error",
            {"json": {"session_id": "s1", "answer_id": "a1", "helpful": value}},
        )
        for value in (0, 1)  # equal to False and True, but not booleans
    ),
    Case(
        "feedback_not_json",
        "POST",
        "/api/feedback",
        415,
        "unsupported_media_type",
        {"data": "helpful=1", "content_type": "application/x-www-form-urlencoded"},
    ),
    Case("not_ready", "GET", "/readyz", 503, "not_ready", prepare=_break_database),
    # --- the staff console ---
    Case("console_no_session", "GET", "/console/api/faq", 401, "login_required"),
    Case(
        "console_wrong_password",
        "POST",
        "/console/api/login",
        401,
        "invalid_credentials",
        {"json": {"username": "nobody", "password": "x"}},
    ),
    Case(
        "console_no_csrf",
        "POST",
        "/console/api/faq",
        403,
        "csrf_failed",
        {"json": {"lang": "pt", "question": "Q?", "answer": "A."}, "headers": {}},
        prepare=_staff_login("editor", csrf=False),
    ),
    Case(
        "console_viewer_edits",
        "POST",
        "/console/api/faq",
        403,
        "forbidden_role",
        {"json": {"lang": "pt", "question": "Q?", "answer": "A."}, "headers": {}},
        prepare=_staff_login("viewer"),
    ),
    Case(
        "console_conflict",
        "PUT",
        "/console/api/faq/pt-amount-stolen",
        409,
        "conflict",
        {"json": {"question": "Q?", "answer": "Segunda.", "version": 1}, "headers": {}},
        prepare=_stale_edit,
    ),
    Case(
        "console_unknown_entry",
        "GET",
        "/console/api/faq/pt-nothing",
        404,
        "not_found",
        {"headers": {}},
        prepare=_staff_login("viewer"),
    ),
    Case(
        # Beyond any id the database can hold: the driver would overflow (a 500 once).
        "console_change_id_too_large",
        "POST",
        f"/console/api/history/{2**63}/revert",
        404,
        "not_found",
        {"headers": {}},
        prepare=_staff_login("editor"),
    ),
    Case(
        "console_bad_faq_json",
        "POST",
        "/console/api/faq",
        400,
        "invalid_json",
        {"data": "{", "content_type": JSON, "headers": {}},
        prepare=_staff_login("editor"),
    ),
]


def run(case: Case, make_app, store_key=None):
    """Build the app the case needs, prepare it, send the request; the response."""
    app = make_app(**case.config)
    client = app.test_client()
    kwargs = dict(case.kwargs)
    if case.auth:
        token = app.extensions["sanad"].store.create_key("case")[1]
        kwargs["headers"] = {**kwargs.get("headers", {}), "Authorization": f"Bearer {token}"}
    if case.prepare:
        case.prepare(app, client, kwargs.get("headers", {}))
    return client.open(case.path, method=case.method, **kwargs)
