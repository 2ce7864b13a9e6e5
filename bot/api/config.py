"""Server settings from environment variables, with defaults; the one place they are read.

=============================== ============================================ ===================
variable                        meaning                                      default
=============================== ============================================ ===================
SANAD_HOST                      address ``sanad serve`` binds                127.0.0.1
SANAD_PORT                      port ``sanad serve`` binds                   8000
SANAD_WORKERS                   gunicorn worker processes                    2
SANAD_KNOWLEDGE_DIR             knowledge directory                          ./knowledge
SANAD_DATABASE_URL              SQLAlchemy URL (sqlite or postgresql)        instance/sanad.sqlite3
SANAD_ALLOWED_ORIGINS           comma-separated widget origins (CORS)        (none)
SANAD_RATE_LIMIT                anonymous (widget) limit per client          30/minute
SANAD_BOT_RATE_LIMIT            limit per API key                            600/minute
SANAD_RATELIMIT_STORAGE_URI     Flask-Limiter storage                        memory://
SANAD_SECRET_KEY                secret for hashing client addresses          random per process
SANAD_TRUSTED_PROXIES           proxies in front setting X-Forwarded-For     0
=============================== ============================================ ===================
"""

from __future__ import annotations

import os
import secrets
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


def _origins(value: str) -> list[str]:
    return [o.strip().rstrip("/") for o in value.split(",") if o.strip()]


def load(env: Mapping[str, str] | None = None) -> dict:
    """Flask config keys from ``env`` (default: ``os.environ``)."""
    env = os.environ if env is None else env
    from bot.cli import knowledge_dir

    secret = env.get("SANAD_SECRET_KEY") or ""
    return {
        "HOST": env.get("SANAD_HOST") or "127.0.0.1",
        "PORT": _int(env, "SANAD_PORT", 8000),
        "WORKERS": _int(env, "SANAD_WORKERS", 2),
        "KNOWLEDGE_DIR": str(
            Path(env["SANAD_KNOWLEDGE_DIR"]) if env.get("SANAD_KNOWLEDGE_DIR") else knowledge_dir()
        ),
        "DATABASE_URL": env.get("SANAD_DATABASE_URL") or f"sqlite:///{DEFAULT_DATABASE}",
        "ALLOWED_ORIGINS": _origins(env.get("SANAD_ALLOWED_ORIGINS", "")),
        "RATE_LIMIT": env.get("SANAD_RATE_LIMIT") or "30/minute",
        "BOT_RATE_LIMIT": env.get("SANAD_BOT_RATE_LIMIT") or "600/minute",
        "RATELIMIT_STORAGE_URI": env.get("SANAD_RATELIMIT_STORAGE_URI") or "memory://",
        "RATELIMIT_ENABLED": True,
        "SECRET_KEY": secret or secrets.token_hex(32),
        "SECRET_KEY_FROM_ENV": bool(secret),
        "TRUSTED_PROXIES": _int(env, "SANAD_TRUSTED_PROXIES", 0),
        "MAX_CONTENT_LENGTH": MAX_BODY_BYTES,
        "MAX_MESSAGE_CHARS": MAX_MESSAGE_CHARS,
        "SESSION_TTL": 30 * 60.0,
        "TABLE_PREFIX": "",
    }
