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
            "SANAD_THREADS": "3",
            "SANAD_ALLOWED_ORIGINS": "https://a.example, https://b.example/",
            "SANAD_RATE_LIMIT": "5/minute",
            "SANAD_BOT_RATE_LIMIT": "50/minute",
            "SANAD_DATABASE_URL": "postgresql+psycopg2://u@h/db",
            "SANAD_SECRET_KEY": "s3cret",
        }
    )
    assert settings["PORT"] == 9000 and settings["WORKERS"] == 4 and settings["THREADS"] == 3
    assert settings["ALLOWED_ORIGINS"] == ["https://a.example", "https://b.example"]
    assert (settings["RATE_LIMIT"], settings["BOT_RATE_LIMIT"]) == ("5/minute", "50/minute")
    assert settings["SECRET_KEY"] == "s3cret"


def test_bad_integer_is_reported():
    with pytest.raises(ValueError, match="SANAD_PORT"):
        config.load({"SANAD_PORT": "eighty"})


@pytest.mark.parametrize(
    ("env", "key", "value"),
    [
        ({}, "RELOAD_INTERVAL", 0.2),
        ({"SANAD_RELOAD_INTERVAL": "0.5"}, "RELOAD_INTERVAL", 0.5),
        ({}, "COOKIE_SECURE", True),
        ({"SANAD_COOKIE_SECURE": "0"}, "COOKIE_SECURE", False),
        ({"SANAD_COOKIE_SECURE": "yes"}, "COOKIE_SECURE", True),
        ({}, "CONSOLE_SESSION_HOURS", 12.0),
        ({}, "LOGIN_RATE_LIMIT", "5/minute;20/hour"),
        ({"SANAD_TABLE_PREFIX": "site1_"}, "TABLE_PREFIX", "site1_"),
        ({}, "SECRET_KEY", None),  # then made once and kept in the database
    ],
)
def test_console_settings(env, key, value):
    assert config.load(env)[key] == value


@pytest.mark.parametrize(
    "env", [{"SANAD_RELOAD_INTERVAL": "soon"}, {"SANAD_COOKIE_SECURE": "maybe"}]
)
def test_bad_console_settings_are_reported(env):
    with pytest.raises(ValueError, match=next(iter(env))):
        config.load(env)


def test_unset_secret_is_shared_through_the_database(make_app):
    first, second = make_app(SECRET_KEY=None), make_app(SECRET_KEY=None)
    assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"]
    assert len(first.config["SECRET_KEY"]) == 64
