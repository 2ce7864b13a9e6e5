"""One JSON error shape for every failure: ``{"error": {"code": ..., "message": ...}}``.

Covers errors raised by views (:class:`ApiError`), APIFlask's validation errors, Werkzeug's
HTTP errors (404, 405, 413, 415, 429, ...) and anything unexpected (500, never a trace).
"""

from __future__ import annotations

import logging

from apiflask import HTTPError
from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

MESSAGE_TOO_LONG = "Must be at most {max} characters."
MESSAGE_REQUIRED = "A message is required."

# status -> (code, message) for errors that carry nothing more specific
DEFAULTS: dict[int, tuple[str, str]] = {
    400: ("bad_request", "The request is not valid."),
    401: ("unauthorized", "A valid API key is required: send 'Authorization: Bearer <key>'."),
    403: ("forbidden", "This request is not allowed."),
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This address does not accept that method."),
    413: ("payload_too_large", "The request body is larger than 16 KiB."),
    415: ("unsupported_media_type", "Send the body as JSON with 'Content-Type: application/json'."),
    422: ("validation_error", "The request is not valid."),
    429: ("rate_limited", "Too many requests; wait before trying again."),
    500: ("internal_error", "Something went wrong on our side; the error has been logged."),
    503: ("not_ready", "The service is not ready."),
}


class ApiError(HTTPError):
    """An error with a machine code: ``raise ApiError(400, "empty_message", "...")``."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(status, message, headers=headers, extra_data={"code": code})
        self.code = code


def error_response(status: int, code: str, message: str, headers=None):
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    for name, value in (dict(headers or {})).items():
        if name.lower() not in ("content-type", "content-length"):
            response.headers[name] = value
    return response


def _flatten(messages, path: str = "") -> list[tuple[str, str]]:
    """[(field path, message)] from marshmallow's nested error messages."""
    out: list[tuple[str, str]] = []
    if isinstance(messages, dict):
        for key, value in messages.items():
            out += _flatten(value, f"{path}.{key}" if path else str(key))
    elif isinstance(messages, list | tuple):
        for value in messages:
            out += _flatten(value, path)
    else:
        out.append((path, str(messages)))
    return out


def _validation(detail) -> tuple[str, str]:
    """Code and message for a validation error's ``detail`` (``{"json": {"field": [...]}}``)."""
    problems = _flatten(detail)
    for location, text in problems:
        field = location.split(".", 1)[-1]
        if text == "Invalid JSON body.":
            return "invalid_json", "The request body is not valid JSON."
        if field == "message" and text.startswith("Must be at most"):
            return "message_too_long", f"message: {text}"
        if field == "message" and text == MESSAGE_REQUIRED:
            return "missing_message", MESSAGE_REQUIRED
    described = "; ".join(
        f"{loc.split('.', 1)[-1]}: {text.rstrip('.')}" for loc, text in problems[:5]
    )
    if not described:
        return "validation_error", "The request is not valid."
    return "validation_error", f"The request is not valid: {described}."


def _from_http_error(error: HTTPError):
    status = error.status_code
    code = (error.extra_data or {}).get("code")
    if code:
        return error_response(status, code, error.message, error.headers)
    if error.detail and status in (400, 422):
        code, message = _validation(error.detail)
        return error_response(400, code, message, error.headers)
    code, message = DEFAULTS.get(status, ("error", error.message or "Request failed."))
    return error_response(status, code, message, error.headers)


def _from_werkzeug(exc: HTTPException):
    status = exc.code or 500
    headers = dict(exc.get_headers())
    data = getattr(exc, "data", None)
    if status == 400 and isinstance(data, dict) and data.get("messages"):
        code, message = _validation(data["messages"])
        return error_response(400, code, message, headers)
    description = exc.description or ""
    if status == 400 and ("JSON" in description or "decode" in description.lower()):
        return error_response(400, "invalid_json", "The request body is not valid JSON.", headers)
    code, message = DEFAULTS.get(status, (_snake(exc.name), exc.name or "Request failed."))
    if status == 404:
        message = f"There is nothing at {request.path}."
    elif status == 405:
        allowed = headers.get("Allow", "")
        message = f"{request.path} does not accept {request.method}; it accepts {allowed}."
    elif status == 429:
        message = f"Too many requests ({exc.description}); wait before trying again."
    return error_response(status, code, message, headers)


def _snake(name: str | None) -> str:
    return "_".join((name or "error").lower().split())


def _unexpected(exc: Exception):
    if isinstance(exc, HTTPException):
        return _from_werkzeug(exc)
    if isinstance(exc, HTTPError):
        return _from_http_error(exc)
    log.exception("unhandled error on %s %s", request.method, request.path)
    return error_response(500, *DEFAULTS[500])


def init_app(app: Flask) -> None:
    """Route every error of ``app`` through the one shape."""
    app.error_processor(_from_http_error)  # type: ignore[attr-defined]
    app.register_error_handler(HTTPException, _from_werkzeug)
    app.register_error_handler(Exception, _unexpected)
