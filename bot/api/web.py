"""``GET /``: the plain demo page (``web/index.html``; its script is ``/static/demo.js``)."""

from __future__ import annotations

from apiflask import APIBlueprint
from flask import current_app, send_from_directory

bp = APIBlueprint("web", __name__, enable_openapi=False)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


@bp.get("/")
def index():
    response = send_from_directory(current_app.static_folder, "index.html")
    response.headers["Content-Security-Policy"] = CSP
    return response
