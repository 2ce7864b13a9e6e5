"""The parts of the OpenAPI document that hooks add to many operations, derived from the hooks.

A view documents what it decides itself (``@bp.doc(responses=...)``: 404 for an unknown entry,
409 for a stale edit). What a ``before_request`` hook decides for every view it guards (a
repeated query parameter, the body's size and type, the rate limiter, the console's login and
CSRF checks) is added here from the same sets those hooks read, so a guarded view cannot be
left undocumented: the schema-based fuzz test (``tests/api/test_api_schema.py``) fails on any
status code the document does not list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flask import Flask

ERROR_CONTENT = {"application/json": {"schema": {"$ref": "#/components/schemas/HTTPError"}}}
RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds until the limit resets.",
        "schema": {"type": "integer", "minimum": 1},
    }
}
CONSOLE_SCHEME = "ConsoleSession"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def init_app(
    app: Flask,
    *,
    json_endpoints: frozenset[str],
    limited_blueprints: frozenset[str],
    console_public: frozenset[str],
    console_cookie: str,
    csrf_header: str,
) -> None:
    """Register the processor that completes ``app``'s OpenAPI document when it is built."""
    app.config["SECURITY_SCHEMES"] = {
        **app.config.get("SECURITY_SCHEMES", {}),
        CONSOLE_SCHEME: {"type": "apiKey", "in": "cookie", "name": console_cookie},
    }

    @app.spec_processor  # type: ignore[attr-defined]
    def complete(spec: dict) -> dict:
        for endpoint, method, operation in operations(app, spec):
            if endpoint in json_endpoints and method in ("POST", "PUT"):
                _json_body(operation)
            if endpoint.partition(".")[0] in limited_blueprints:
                _error(operation, 429, "Rate limited", headers=RETRY_AFTER)
            if endpoint.startswith("console.") and endpoint not in console_public:
                _console(operation, method, csrf_header)
            _error(operation, 400, "A query parameter given twice")  # _check_query
            _error(operation, 500, "Internal error (never with a stack trace)")
        return spec


def openapi_path(rule: str) -> str:
    """Werkzeug's ``/faq/<int:entry_id>`` as OpenAPI's ``/faq/{entry_id}``."""
    return re.sub(r"<(?:[^<>:]+:)?([^<>]+)>", r"{\1}", rule)


def operations(app: Flask, spec: dict) -> Iterator[tuple[str, str, dict]]:
    """(endpoint, METHOD, operation) for every route that the document describes."""
    paths = spec.get("paths", {})
    for rule in app.url_map.iter_rules():
        operations = paths.get(openapi_path(rule.rule), {})
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            operation = operations.get(method.lower())
            if operation is not None:
                yield rule.endpoint, method, operation


def _error(operation: dict, status: int, description: str, headers: dict | None = None) -> None:
    """Document an error response unless the view documents that status itself."""
    response: dict = {"description": description, "content": ERROR_CONTENT}
    if headers:
        response["headers"] = headers
    operation.setdefault("responses", {}).setdefault(str(status), response)


def _json_body(operation: dict) -> None:
    """The body checks of ``bot.api.init_request_checks``: a JSON body is required."""
    if "requestBody" in operation:
        operation["requestBody"]["required"] = True
    _error(operation, 413, "Body over 16 KiB")
    _error(operation, 415, "Not JSON")


def _console(operation: dict, method: str, csrf_header: str) -> None:
    """The console's guard (``bot.api.console.access.guard``): a session, and CSRF on changes."""
    operation["security"] = [{CONSOLE_SCHEME: []}]
    _error(operation, 401, "Not logged in")
    if method not in SAFE_METHODS:
        _error(operation, 403, f"Missing or wrong {csrf_header} header, or not an editor")
        parameters = operation.setdefault("parameters", [])
        if not any(p.get("name") == csrf_header for p in parameters):
            parameters.append(
                {
                    "in": "header",
                    "name": csrf_header,
                    "required": True,
                    "description": "The csrf_token returned by the login.",
                    "schema": {"type": "string"},
                }
            )
