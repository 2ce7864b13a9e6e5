"""Console sessions: login, logout, the guard on every console request, roles and CSRF.

The cookie carries a random token; the database keeps its hash, the user and a CSRF token
(:class:`bot.store.staff.StaffSessions`). State-changing requests must echo the CSRF token in
``X-CSRF-Token`` (the synchronizer-token pattern): another site can make a browser send the
cookie, but cannot read the token. The cookie is also ``SameSite=Strict`` and ``HttpOnly``.
"""

from __future__ import annotations

import hmac
import math
from functools import wraps
from urllib.parse import quote

from apiflask import Schema
from apiflask.fields import String
from apiflask.validators import Length
from flask import current_app, g, redirect, request
from limits import parse_many

from bot.api.auth import client_hash
from bot.api.console import bp
from bot.api.errors import ApiError
from bot.api.state import state
from bot.store.staff import StaffSession

COOKIE = "sanad_console"
CSRF_HEADER = "X-CSRF-Token"
PUBLIC = frozenset({"console.login_page", "console.login"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class LoginIn(Schema):
    username = String(required=True, validate=Length(min=1, max=64))
    password = String(required=True, validate=Length(min=1, max=200))


def current() -> StaffSession:
    """The session of this request (the guard has made sure there is one)."""
    return g.staff


def user_payload(session: StaffSession) -> dict:
    return {
        "user": {"username": session.user.username, "role": session.user.role},
        "csrf_token": session.csrf_token,
    }


def editor_only(view):
    """Let only editors through: viewers may look at everything but change nothing."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current().user.can_edit:
            raise ApiError(403, "forbidden_role", "Only editors can change the FAQ.")
        return view(*args, **kwargs)

    return wrapper


def session_from_cookie() -> StaffSession | None:
    token = request.cookies.get(COOKIE, "")
    return state().store.staff_sessions.get(token) if token else None


@bp.before_request
def guard():
    """No session: pages redirect to the login page, API calls get 401; no CSRF token: 403."""
    if request.endpoint in PUBLIC:
        return None
    g.staff = session_from_cookie()
    if g.staff is None:
        if request.path.startswith("/console/api/"):
            raise ApiError(401, "login_required", "Log in to the console first.")
        return redirect(f"/console/login?next={quote(request.full_path.rstrip('?'))}")
    if request.method not in SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(sent.encode(), g.staff.csrf_token.encode()):
            raise ApiError(
                403, "csrf_failed", f"Missing or wrong {CSRF_HEADER} header; reload the page."
            )
    return None


@bp.after_request
def no_store(response):
    # Console data is private: never kept by a browser's or a proxy's cache.
    response.headers["Cache-Control"] = "no-store"
    return response


def same_origin() -> None:
    """Logins only from the console's own pages (login CSRF): a cross-site Origin is refused."""
    origin = request.headers.get("Origin")
    if origin and origin.rstrip("/") != request.host_url.rstrip("/"):
        raise ApiError(403, "origin_not_allowed", f"Logins from {origin} are not allowed.")


@bp.post("/api/login")
@bp.input(LoginIn, arg_name="body")
@bp.doc(
    summary="Log in to the console",
    description="Sets the session cookie; returns the user and the CSRF token to send as "
    "X-CSRF-Token with every change. Failed attempts are rate limited per client.",
    responses={
        200: "The user and the CSRF token; the session cookie is set",
        401: "Wrong username or password",
        403: "Origin not allowed",
        429: "Too many failed attempts",
    },
)
def login(body: dict):
    same_origin()
    store = state().store
    client = check_login_limit()
    user = store.users.authenticate(body["username"], body["password"])
    if user is None:
        if client is not None:
            keep = max(seconds for _, seconds in login_limits())
            store.login_failures.record(client, keep)
        raise ApiError(401, "invalid_credentials", "Wrong username or password.")
    lifetime = current_app.config["CONSOLE_SESSION_HOURS"] * 3600
    token, session = store.staff_sessions.start(user, lifetime)
    response = current_app.json.response(user_payload(session))
    response.set_cookie(
        COOKIE,
        token,
        max_age=int(lifetime),
        path="/console",
        secure=current_app.config["COOKIE_SECURE"],
        httponly=True,
        samesite="Strict",
    )
    return response


@bp.post("/api/logout")
@bp.doc(summary="Log out (ends the session everywhere)", responses={204: "Logged out"})
def logout():
    state().store.staff_sessions.end(request.cookies.get(COOKIE, ""))
    response = current_app.response_class(status=204)
    response.delete_cookie(COOKIE, path="/console")
    return response


@bp.get("/api/me")
@bp.doc(summary="The logged-in user and the CSRF token", responses={200: "The user"})
def me():
    return user_payload(current())


def login_limits() -> list[tuple[int, float]]:
    """``SANAD_LOGIN_RATE_LIMIT`` ("5/minute;20/hour") as (failures, seconds) pairs."""
    items = parse_many(current_app.config["LOGIN_RATE_LIMIT"])
    return [(item.amount, float(item.get_expiry())) for item in items]


def check_login_limit() -> str | None:
    """Refuse a client with too many recent failed logins (429 with Retry-After).

    Only failures count, so staff who type right are never slowed down; but once over the
    limit, even the right password waits. The count is in the database, shared by every
    worker and server. The client's identity; None when rate limiting is off.
    """
    if not current_app.config.get("RATELIMIT_ENABLED", True):
        return None
    client = client_hash()
    wait = state().store.login_failures.wait(client, login_limits())
    if wait > 0:
        raise ApiError(
            429,
            "rate_limited",
            "Too many failed logins; wait before trying again.",
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
        )
    return client
