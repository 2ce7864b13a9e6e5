"""Sanad's HTTP API: ``create_app()`` builds the APIFlask application.

One blueprint per feature (chat, search, faq, feedback, rasa, health, web, docs); extensions
are wired with ``init_app``. The OpenAPI document is generated from the code at
``/api/openapi.json``; the human docs are at ``/api/docs`` (Swagger UI served from this
server's own files, see :mod:`bot.api.docs`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from apiflask import APIFlask
from flask import Flask, request
from flask_cors import CORS
from werkzeug.middleware.proxy_fix import ProxyFix

from bot import knowledge
from bot.api import config, errors, openapi
from bot.api.ratelimit import RateLimits
from bot.api.state import Sanad
from bot.live import LiveKnowledge
from bot.store import DbSessions, Store

log = logging.getLogger(__name__)

WEB_DIR = Path(__file__).resolve().parent.parent.parent / "web"
LIMITED_BLUEPRINTS = frozenset({"chat", "search", "faq", "feedback", "rasa", "context"})
JSON_ENDPOINTS = frozenset(
    {
        "chat.chat",
        "feedback.feedback",
        "rasa.webhook",
        "console.login",
        "console.faq_create",
        "console.faq_update",
    }
)

ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            "required": ["code", "message"],
        }
    },
    "required": ["error"],
}

DESCRIPTION = """Sanad answers questions about its knowledge base in Arabic and Portuguese and
cites its sources. Every error has the shape `{"error": {"code": "...", "message": "..."}}`.
Messaging bots authenticate with `Authorization: Bearer <key>` (keys: `sanad keys create NAME`);
the web widget is anonymous, limited to the configured origins and rate limited per client."""


def create_app(config_overrides: dict | None = None) -> APIFlask:
    """Build the app: settings from the environment, then ``config_overrides``.

    Loads the knowledge base (raises :class:`bot.knowledge.KnowledgeError` when it is invalid),
    builds the search index, opens the database and creates its tables.
    """
    app = APIFlask(
        __name__,
        title="Sanad API",
        version="1.0.0",
        spec_path="/api/openapi.json",
        docs_path=None,  # /api/docs is bot.api.docs: Swagger UI with local assets
        static_folder=str(WEB_DIR),
        static_url_path="/static",
    )
    app.config.update(
        VALIDATION_ERROR_STATUS_CODE=400,
        DESCRIPTION=DESCRIPTION,
        SECURITY_SCHEMES={"ApiKey": {"type": "http", "scheme": "bearer"}},
        JSON_AS_ASCII=False,
        RATELIMIT_HEADERS_ENABLED=True,
    )
    app.config.update(config.load())
    app.config.update(config_overrides or {})
    app.config["HTTP_ERROR_SCHEMA"] = ERROR_SCHEMA
    app.config["VALIDATION_ERROR_SCHEMA"] = ERROR_SCHEMA
    app.json.ensure_ascii = False  # type: ignore[attr-defined]

    if app.config["TRUSTED_PROXIES"]:
        n = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)  # type: ignore
    errors.init_app(app)
    init_services(app)
    init_extensions(app)
    init_request_checks(app)
    register_blueprints(app)
    from bot.cli import keys

    app.cli.add_command(keys)  # `flask --app bot.api keys ...` manages this app's keys
    return app


def init_services(app: Flask) -> None:
    """Store, knowledge and engine; a prebuilt ``KNOWLEDGE_BASE`` in the config skips loading.

    The engine follows FAQ edits made in the console by any process (:mod:`bot.live`).
    """
    from bot.answer import Engine

    store = Store(app.config["DATABASE_URL"], prefix=app.config["TABLE_PREFIX"])
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = store.shared_secret()
    kb = app.config.get("KNOWLEDGE_BASE") or knowledge.load(app.config["KNOWLEDGE_DIR"])
    sessions = DbSessions(store, ttl=app.config["SESSION_TTL"])
    services = Sanad(engine=None, store=store, sessions=sessions)
    services.live = LiveKnowledge(
        kb,
        store,
        build=lambda kb: Engine(kb, sessions=sessions),
        publish=lambda engine: setattr(services, "engine", engine),
        interval=app.config["RELOAD_INTERVAL"],
    )
    services.live.load()
    services.live.start()
    app.extensions["sanad"] = services


def init_extensions(app: Flask) -> None:
    """CORS for the widget's origins and the rate limiter (per client, or per API key)."""
    CORS(
        app,
        resources={r"/api/*": {"origins": app.config["ALLOWED_ORIGINS"]}},
        methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Content-Type", "Authorization"],
        expose_headers=[
            "Retry-After",
            "X-RateLimit-Limit",
            "X-RateLimit-Remaining",
            "X-RateLimit-Reset",
        ],
        max_age=600,
    )
    # Failed console logins have their own limit, counted in the database
    # (bot.api.console.access.check_login_limit).
    RateLimits(LIMITED_BLUEPRINTS).init_app(app)


def init_request_checks(app: Flask) -> None:
    """Size and content type of bodies, and single query parameters, before any parsing."""

    @app.before_request
    def _check_query():
        # Every query parameter is a single value; given twice ("?q=a&q=b"), which one counts
        # would be the framework's choice, and a proxy or cache may pick the other one.
        for name, values in request.args.lists():
            if len(values) > 1:
                raise errors.ApiError(
                    400,
                    "duplicate_parameter",
                    f"The query parameter {name!r} is given {len(values)} times; give it once.",
                )

    @app.before_request
    def _check_body():
        if request.endpoint not in JSON_ENDPOINTS or request.method not in ("POST", "PUT"):
            return
        limit = app.config["MAX_CONTENT_LENGTH"]
        if request.content_length is not None and request.content_length > limit:
            raise errors.ApiError(
                413, "payload_too_large", f"The request body is larger than {limit // 1024} KiB."
            )
        if not request.is_json:
            raise errors.ApiError(
                415,
                "unsupported_media_type",
                "Send the body as JSON with 'Content-Type: application/json'.",
            )

    @app.after_request
    def _headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response


def register_blueprints(app: Flask) -> None:
    from bot.api import chat, console, context, docs, faq, feedback, health, rasa, search, web

    for module in (chat, search, faq, feedback, rasa, health, context, web, docs, console):
        app.register_blueprint(module.bp)
    openapi.init_app(
        app,
        json_endpoints=JSON_ENDPOINTS,
        limited_blueprints=LIMITED_BLUEPRINTS,
        console_public=console.access.PUBLIC,
        console_cookie=console.access.COOKIE,
        csrf_header=console.access.CSRF_HEADER,
    )


__all__ = ["create_app"]
