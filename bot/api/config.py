"""Server settings from environment variables, with defaults; the one place they are read.

=============================== ============================================ ===================
variable                        meaning                                      default
=============================== ============================================ ===================
SANAD_HOST                      address ``sanad serve`` binds                127.0.0.1
SANAD_PORT                      port ``sanad serve`` binds                   8000
SANAD_WORKERS                   gunicorn worker processes                    2
SANAD_THREADS                   request threads per worker                   4
SANAD_KNOWLEDGE_DIR             knowledge directory                          ./knowledge
SANAD_DATABASE_URL              SQLAlchemy URL (sqlite or postgresql)        instance/sanad.sqlite3
SANAD_ALLOWED_ORIGINS           comma-separated widget origins (CORS)        (none)
SANAD_RATE_LIMIT                anonymous (widget) limit per client          30/minute
SANAD_BOT_RATE_LIMIT            limit per API key                            600/minute
SANAD_RATELIMIT_STORAGE_URI     rate limit storage: memory:// or redis://... memory://
SANAD_SECRET_KEY                secret for hashing client addresses          random, kept in the DB
SANAD_TRUSTED_PROXIES           proxies in front setting X-Forwarded-For     0
SANAD_RELOAD_INTERVAL           seconds between checks for FAQ changes       0.2
SANAD_COOKIE_SECURE             console cookie only over HTTPS (1/0)         1
SANAD_CONSOLE_SESSION_HOURS     console login lifetime                       12
SANAD_LOGIN_RATE_LIMIT          failed console logins allowed per client     5/minute;20/hour
SANAD_TABLE_PREFIX              prefix of every table name                   (none)
=============================== ============================================ ===================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent.parent
DEFAULT_DATABASE = PROJECT_DIR / "instance" / "sanad.sqlite3"

MAX_MESSAGE_CHARS = 1000
MAX_BODY_BYTES = 16 * 1024


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    value = env.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, not {value!r}") from exc


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    value = env.get(name, "").strip()
    if not value:
        return default
    try:
        return float(value)
    except ValueError as exc:
        raise ValueError(f"{name} must be a number, not {value!r}") from exc


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    value = env.get(name, "").strip().lower()
    if not value:
        return default
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be 1 or 0, not {value!r}")


def _origins(value: str) -> list[str]:
    return [o.strip().rstrip("/") for o in value.split(",") if o.strip()]


def load(env: Mapping[str, str] | None = None) -> dict:
    """Flask config keys from ``env`` (default: ``os.environ``)."""
    env = os.environ if env is None else env
    from bot.cli import knowledge_dir

    return {
        "HOST": env.get("SANAD_HOST") or "127.0.0.1",
        "PORT": _int(env, "SANAD_PORT", 8000),
        "WORKERS": _int(env, "SANAD_WORKERS", 2),
        "THREADS": _int(env, "SANAD_THREADS", 4),
        "KNOWLEDGE_DIR": str(
            Path(env["SANAD_KNOWLEDGE_DIR"]) if env.get("SANAD_KNOWLEDGE_DIR") else knowledge_dir()
        ),
        "DATABASE_URL": env.get("SANAD_DATABASE_URL") or f"sqlite:///{DEFAULT_DATABASE}",
        "ALLOWED_ORIGINS": _origins(env.get("SANAD_ALLOWED_ORIGINS", "")),
        "RATE_LIMIT": env.get("SANAD_RATE_LIMIT") or "30/minute",
        "BOT_RATE_LIMIT": env.get("SANAD_BOT_RATE_LIMIT") or "600/minute",
        "RATELIMIT_STORAGE_URI": env.get("SANAD_RATELIMIT_STORAGE_URI") or "memory://",
        "RATELIMIT_ENABLED": True,
        # Unset: a random secret made once and kept in the database, shared by every worker.
        "SECRET_KEY": env.get("SANAD_SECRET_KEY") or None,
        "TRUSTED_PROXIES": _int(env, "SANAD_TRUSTED_PROXIES", 0),
        "RELOAD_INTERVAL": _float(env, "SANAD_RELOAD_INTERVAL", 0.2),
        "COOKIE_SECURE": _flag(env, "SANAD_COOKIE_SECURE", True),
        "CONSOLE_SESSION_HOURS": _float(env, "SANAD_CONSOLE_SESSION_HOURS", 12.0),
        "LOGIN_RATE_LIMIT": env.get("SANAD_LOGIN_RATE_LIMIT") or "5/minute;20/hour",
        "MAX_CONTENT_LENGTH": MAX_BODY_BYTES,
        "MAX_MESSAGE_CHARS": MAX_MESSAGE_CHARS,
        "SESSION_TTL": 30 * 60.0,
        "TABLE_PREFIX": env.get("SANAD_TABLE_PREFIX") or "",
    }
