"""The web side: the demo pages and the embeddable widget.

* ``GET /``: the plain demo page (``web/index.html``; its script is ``/static/demo.js``), with
  links to the article demos.
* ``GET /demo/<lang>``: the seed article of that language, as a publisher would show it, with
  the widget embedded by its one tag.
* ``GET /widget.js``: the widget (``web/widget.js``), cacheable (max-age + ETag/Last-Modified)
  and readable cross-origin by the configured widget origins.

Pages are sent with a strict Content-Security-Policy: no inline script or style anywhere.
"""

from __future__ import annotations

from pathlib import Path

from apiflask import APIBlueprint
from flask import abort, current_app, render_template, request, send_from_directory

from bot.api.state import state

WEB_DIR = Path(__file__).resolve().parent.parent.parent / "web"

bp = APIBlueprint("web", __name__, enable_openapi=False, template_folder=str(WEB_DIR / "templates"))

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'"
)
WIDGET_MAX_AGE = 3600  # an hour: a fixed widget reaches every site within the hour
DEMO_LANGS = {"ar": ("rtl", "pt"), "pt": ("ltr", "ar")}


def _strict(response):
    response.headers["Content-Security-Policy"] = CSP
    return response


@bp.get("/")
def index():
    return _strict(send_from_directory(current_app.static_folder, "index.html"))


@bp.get("/demo/<lang>")
def demo(lang: str):
    """The seed article(s) of ``lang`` rendered as text (Jinja autoescapes) with the widget."""
    if lang not in DEMO_LANGS:
        abort(404)
    engine = state().engine
    if engine is None:
        abort(503)
    articles = [_article_view(a) for a in engine.kb.articles if a.lang == lang]
    direction, other = DEMO_LANGS[lang]
    html = render_template("demo.html", lang=lang, dir=direction, other=other, articles=articles)
    return _strict(current_app.response_class(html, mimetype="text/html"))


def _article_view(article) -> dict:
    """Title and paragraphs (``heading`` marks headline-like lines) of an article."""
    headings = {s.paragraph for s in article.sentences if s.heading}
    shown = {s.paragraph for s in article.sentences if not s.excluded}
    paragraphs = []
    for number, (start, end) in enumerate(article.paragraphs):
        text = article.body[start:end].strip()
        if not text or number not in shown:
            continue  # e.g. a publisher's promotional residue, excluded from answers too
        if number == 0 and text == article.title.strip():
            continue  # the body opens with the title line, shown as the page's h1
        paragraphs.append({"text": text, "heading": number in headings})
    return {"title": article.title, "url": article.url, "paragraphs": paragraphs}


@bp.get("/widget.js")
def widget():
    response = send_from_directory(
        current_app.static_folder, "widget.js", max_age=WIDGET_MAX_AGE, conditional=True
    )
    response.cache_control.public = True
    response.headers.pop("Content-Disposition", None)
    response.headers["Content-Type"] = "text/javascript; charset=utf-8"
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    allowed = current_app.config["ALLOWED_ORIGINS"]
    origin = (request.headers.get("Origin") or "").rstrip("/")
    if "*" in allowed:
        response.headers["Access-Control-Allow-Origin"] = "*"
    elif origin and (origin in allowed or origin == request.host_url.rstrip("/")):
        response.headers["Access-Control-Allow-Origin"] = origin
    response.vary.add("Origin")
    return response
