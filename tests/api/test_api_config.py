"""Settings come from SANAD_* environment variables, with defaults."""

from __future__ import annotations

import pytest

from bot.api import config


def test_defaults():
    settings = config.load({})
    assert (settings["HOST"], settings["PORT"], settings["RATELIMIT_STORAGE_URI"]) == (
        "127.0.0.1",
        8000,
        "memory://",
    )


def test_default_database_is_sqlite_in_instance():
    assert config.load({})["DATABASE_URL"].endswith("instance/sanad.sqlite3")


def test_environment_overrides():
    settings = config.load(
        {
            "SANAD_PORT": "9000",
            "SANAD_WORKERS": "4",
            "SANAD_ALLOWED_ORIGINS": "https://a.example, https://b.example/",
            "SANAD_RATE_LIMIT": "5/minute",
            "SANAD_BOT_RATE_LIMIT": "50/minute",
            "SANAD_DATABASE_URL": "postgresql+psycopg2://u@h/db",
            "SANAD_SECRET_KEY": "s3cret",
        }
    )
    assert settings["PORT"] == 9000 and settings["WORKERS"] == 4
    assert settings["ALLOWED_ORIGINS"] == ["https://a.example", "https://b.example"]
    assert (settings["RATE_LIMIT"], settings["BOT_RATE_LIMIT"]) == ("5/minute", "50/minute")
    assert settings["SECRET_KEY"] == "s3cret"


def test_bad_integer_is_reported():
    with pytest.raises(ValueError, match="SANAD_PORT"):
        config.load({"SANAD_PORT": "eighty"})
