"""API keys for messaging bots (``Authorization: Bearer <key>``) and client identities."""

from __future__ import annotations

import hashlib
import hmac
from functools import wraps

from flask import current_app, g, request

from bot.api.errors import ApiError
from bot.api.state import state
from bot.store import ApiKey

_UNSET = object()
# OpenAPI security of the endpoints the widget calls anonymously and bots call with their key.
OPTIONAL_KEY = [{}, {"ApiKey": []}]


def _lookup() -> tuple[ApiKey | None, ApiError | None]:
    """The request's API key, or the error its Authorization header deserves (cached)."""
    cached = g.get("sanad_auth", _UNSET)
    if cached is not _UNSET:
        return cached
    header = request.headers.get("Authorization", "")
    result: tuple[ApiKey | None, ApiError | None] = (None, None)
    if header:
        scheme, _, token = header.partition(" ")
        key = None
        if scheme.lower() == "bearer" and token.strip():
            key = state().store.verify_key(token.strip())
        if key is None:
            result = (
                None,
                ApiError(
                    401,
                    "invalid_api_key",
                    "The API key is missing, unknown "
                    "or revoked; send 'Authorization: Bearer <key>'.",
                ),
            )
        else:
            result = (key, None)
    g.sanad_auth = result
    return result


def current_key() -> ApiKey | None:
    """The authenticated key of this request, None for anonymous requests.

    Raises a 401 :class:`ApiError` when an Authorization header is sent but is not valid.
    """
    key, error = _lookup()
    if error is not None:
        raise error
    return key


def valid_key() -> ApiKey | None:
    """Like :func:`current_key` but never raises (for the rate limiter)."""
    return _lookup()[0]


def require_key(view):
    """Let only requests with a valid API key through."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if current_key() is None:
            raise ApiError(
                401,
                "missing_api_key",
                "This endpoint needs an API key: send 'Authorization: Bearer <key>'.",
            )
        return view(*args, **kwargs)

    return wrapper


def client_address() -> str:
    return request.remote_addr or "unknown"


def client_hash() -> str:
    """A keyed hash of the client's address: lets logs group a client without storing its IP."""
    secret = current_app.config["SECRET_KEY"].encode()
    return hmac.new(secret, client_address().encode(), hashlib.sha256).hexdigest()[:32]


def rate_limit_key() -> str:
    key = valid_key()
    return f"key:{key.id}" if key else f"ip:{client_address()}"


def check_origin() -> None:
    """Anonymous browser requests must come from the site itself or an allowed origin."""
    origin = request.headers.get("Origin")
    if not origin or valid_key() is not None:
        return
    origin = origin.rstrip("/")
    if origin == request.host_url.rstrip("/"):
        return
    if (
        origin in current_app.config["ALLOWED_ORIGINS"]
        or "*" in current_app.config["ALLOWED_ORIGINS"]
    ):
        return
    raise ApiError(403, "origin_not_allowed", f"Requests from {origin} are not allowed.")
