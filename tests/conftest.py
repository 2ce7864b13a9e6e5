"""Shared fixtures (Flask's flaskr pattern): ``app``, ``client``, ``runner``.

Each test gets its own app over a temporary SQLite database; the knowledge base is loaded once
per run. Rate limiting is off unless a test turns it on (``make_app(RATELIMIT_ENABLED=True)``).
"""

from __future__ import annotations

import pytest

from bot import knowledge
from bot.cli import knowledge_dir


@pytest.fixture(scope="session")
def knowledge_base():
    return knowledge.load(knowledge_dir())


@pytest.fixture
def make_app(tmp_path, knowledge_base):
    """Build an app with test settings plus ``overrides``."""
    from bot.api import create_app

    apps = []

    def make(**overrides):
        config = {
            "TESTING": True,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'sanad.sqlite3'}",
            "KNOWLEDGE_BASE": knowledge_base,
            "SECRET_KEY": "test-secret",
            "RATELIMIT_ENABLED": False,
            "RATELIMIT_STORAGE_URI": "memory://",
            "ALLOWED_ORIGINS": ["https://widget.example"],
            "RELOAD_INTERVAL": 0,  # no polling thread: a change reloads at once, in the request
        }
        config.update(overrides)
        app = create_app(config)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.extensions["sanad"].live.stop()
        app.extensions["sanad"].store.close()


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def store(app):
    return app.extensions["sanad"].store


@pytest.fixture
def api_key(store):
    """A valid bot key (the token)."""
    return store.create_key("test-bot")[1]


@pytest.fixture
def bot_headers(api_key):
    return {"Authorization": f"Bearer {api_key}"}


# The answer object's fields: the contract of issue #2 plus the fields Sanad adds. Clients
# (the widget, bots) rely on these names; both the engine and the API tests pin them here.
ANSWER_KEYS = frozenset(
    {
        "answered",
        "answer",
        "short_answer",
        "lang",
        "confidence",
        "confidence_band",
        "citations",
        "suggestions",
        "session_id",
        "answer_type",
        "source_lang",
        "answer_id",
    }
)
CITATION_KEYS = frozenset(
    {
        "n",
        "kind",
        "doc_id",
        "title",
        "lang",
        "sentence_id",
        "text",
        "start",
        "end",
        "url",
        "score",
    }
)


@pytest.fixture(scope="session")
def answer_keys() -> frozenset[str]:
    return ANSWER_KEYS


@pytest.fixture(scope="session")
def citation_keys() -> frozenset[str]:
    return CITATION_KEYS


# --- the staff console -------------------------------------------------------------------------

from servers import STAFF_PASSWORD  # noqa: E402 - the console's fixtures, kept together here


@pytest.fixture
def staff(store):
    """An editor ``edna`` and a viewer ``vic``, both with STAFF_PASSWORD."""
    store.users.create("edna", STAFF_PASSWORD, "editor")
    store.users.create("vic", STAFF_PASSWORD, "viewer")


@pytest.fixture
def login(client, staff):
    """Log ``client`` in as a user; returns the headers a change must send (the CSRF token)."""

    def log_in(username: str = "edna") -> dict[str, str]:
        response = client.post(
            "/console/api/login", json={"username": username, "password": STAFF_PASSWORD}
        )
        assert response.status_code == 200, response.get_json()
        return {"X-CSRF-Token": response.get_json()["csrf_token"]}

    return log_in


@pytest.fixture
def editor(login):
    return login("edna")


@pytest.fixture
def viewer(login):
    return login("vic")
