"""The console's two pages: the login form and the console itself (``web/console/``)."""

from __future__ import annotations

from flask import current_app, redirect, request, send_from_directory

from bot.api.console import bp
from bot.api.console.access import session_from_cookie
from bot.api.web import CSP


def _page(name: str):
    response = send_from_directory(current_app.static_folder, f"console/{name}")
    response.headers["Content-Security-Policy"] = CSP
    return response


@bp.get("")
@bp.get("/")
@bp.doc(hide=True)
def index():
    return _page("index.html")


@bp.get("/login")
@bp.doc(hide=True)
def login_page():
    if session_from_cookie() is not None:
        target = request.args.get("next", "")
        # Only paths of the console itself: never an open redirect to another site.
        return redirect(target if target.startswith("/console") else "/console")
    return _page("login.html")
