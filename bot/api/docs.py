"""``GET /api/docs``: Swagger UI over ``/api/openapi.json``, every asset served by this server.

The scripts and stylesheet are the Swagger UI 5 distribution shipped in the ``flask-swagger-ui``
package (only its files are used, not its blueprint): no CDN, so the page works offline, and
version 5 renders the OpenAPI 3.1 document APIFlask generates. The start-up script is a
separate same-origin file, not an inline script, so the page's Content-Security-Policy allows
scripts from 'self' only. Swagger UI's CSS draws its icons as ``data:`` images, hence
``img-src data:``.
"""

from __future__ import annotations

from pathlib import Path

import flask_swagger_ui
from apiflask import APIBlueprint
from flask import Response, abort, current_app, render_template_string, send_from_directory

bp = APIBlueprint("docs", __name__, url_prefix="/api/docs", enable_openapi=False)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)

DIST = Path(flask_swagger_ui.__file__).resolve().parent / "dist"
# The files of the distribution the page uses; nothing else of the package is served.
ASSETS = frozenset(
    {
        "swagger-ui.css",
        "index.css",
        "swagger-ui-bundle.js",
        "swagger-ui-standalone-preset.js",
        "favicon-16x16.png",
        "favicon-32x32.png",
    }
)
ASSET_MAX_AGE = 24 * 3600

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{ title }} {{ version }}</title>
  <link rel="stylesheet" href="{{ url_for('docs.asset', filename='swagger-ui.css') }}">
  <link rel="stylesheet" href="{{ url_for('docs.asset', filename='index.css') }}">
  <link rel="icon" href="{{ url_for('docs.asset', filename='favicon-32x32.png') }}">
</head>
<body>
  <div id="swagger-ui" data-spec-url="{{ url_for('openapi.spec') }}"></div>
  <script src="{{ url_for('docs.asset', filename='swagger-ui-bundle.js') }}"></script>
  <script src="{{ url_for('docs.asset', filename='swagger-ui-standalone-preset.js') }}"></script>
  <script src="{{ url_for('docs.init_script') }}"></script>
</body>
</html>
"""

INIT_JS = """"use strict";
window.addEventListener("load", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.getAttribute("data-spec-url"),
    domNode: root,
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "BaseLayout"
  });
});
"""


@bp.get("")
def page():
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    html = render_template_string(
        PAGE, title=getattr(app, "title", "API"), version=getattr(app, "version", "")
    )
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = CSP
    return response


@bp.get("/init.js")
def init_script():
    response = Response(INIT_JS, mimetype="text/javascript")
    response.cache_control.max_age = ASSET_MAX_AGE
    return response


@bp.get("/assets/<filename>")
def asset(filename: str):
    if filename not in ASSETS:
        abort(404)
    return send_from_directory(DIST, filename, max_age=ASSET_MAX_AGE)
