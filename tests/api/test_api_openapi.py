"""The responses that request hooks add are in the OpenAPI document (bot.api.openapi).

The schema fuzz test (test_api_schema.py) runs with the rate limiter off, so the limiter's 429
is checked here, against the same sets the hooks read.
"""

from __future__ import annotations

import pytest

from bot.api import JSON_ENDPOINTS, LIMITED_BLUEPRINTS, openapi
from bot.api.console.access import CSRF_HEADER, PUBLIC
from bot.api.openapi import openapi_path


@pytest.fixture
def spec(client):
    return client.get("/api/openapi.json").get_json()


def operations(app, spec, keep):
    """(endpoint, method, operation) of the documented routes whose endpoint ``keep`` admits."""
    return [op for op in openapi.operations(app, spec) if keep(op[0])]


@pytest.mark.parametrize(
    ("rule", "path"),
    [
        ("/api/chat", "/api/chat"),
        ("/api/context/<sentence_id>", "/api/context/{sentence_id}"),
        ("/console/api/history/<int:change_id>/revert", "/console/api/history/{change_id}/revert"),
    ],
)
def test_openapi_path(rule, path):
    assert openapi_path(rule) == path


def test_limited_operations_document_429_with_retry_after(app, spec):
    found = operations(app, spec, lambda e: e.partition(".")[0] in LIMITED_BLUEPRINTS)
    assert {e for e, _, _ in found} >= {"chat.chat", "search.search", "rasa.webhook"}
    for endpoint, _, operation in found:
        assert "Retry-After" in operation["responses"]["429"]["headers"], endpoint


def test_unlimited_operations_do_not_document_429(app, spec):
    found = operations(app, spec, lambda e: e in {"health.healthz", "health.readyz"})
    assert len(found) == 2
    assert all("429" not in op["responses"] for _, _, op in found)


def test_json_bodies_are_required_and_their_checks_documented(app, spec):
    found = operations(app, spec, lambda e: e in JSON_ENDPOINTS)
    assert len(found) == len(JSON_ENDPOINTS)
    for endpoint, _, operation in found:
        assert operation["requestBody"]["required"] is True, endpoint
        assert {"413", "415"} <= set(operation["responses"]), endpoint


def test_console_operations_need_the_session_cookie(app, spec):
    found = operations(app, spec, lambda e: e.startswith("console.") and e not in PUBLIC)
    assert len(found) > 10
    for endpoint, method, operation in found:
        assert operation["security"] == [{"ConsoleSession": []}], endpoint
        assert "401" in operation["responses"], endpoint
        names = {p["name"] for p in operation.get("parameters", [])}
        assert (CSRF_HEADER in names) == (method not in ("GET", "HEAD")), endpoint
    scheme = spec["components"]["securitySchemes"]["ConsoleSession"]
    assert scheme == {"type": "apiKey", "in": "cookie", "name": "sanad_console"}


def test_login_is_public(spec):
    operation = spec["paths"]["/console/api/login"]["post"]
    assert "security" not in operation
    assert "200" in operation["responses"]


@pytest.mark.parametrize(("path", "method"), [("/api/chat", "post"), ("/api/feedback", "post")])
def test_widget_endpoints_take_a_key_or_none(spec, path, method):
    assert spec["paths"][path][method]["security"] == [{}, {"ApiKey": []}]


def test_every_operation_documents_500_with_the_error_shape(spec):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            response = operation["responses"]["500"]
            assert response["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/HTTPError"
            }, (method, path)
