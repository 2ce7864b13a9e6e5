"""Settings for real servers (tests/servers.py) over SQLite or the PostgreSQL of the machine."""

from __future__ import annotations

import uuid

import pytest
from servers import POSTGRES, WORKERS


@pytest.fixture
def pg_env():
    """Settings for servers sharing PostgreSQL, in tables of their own (dropped afterwards)."""
    from bot.store import Store

    prefix = f"t{uuid.uuid4().hex[:12]}_"
    env = {
        "SANAD_DATABASE_URL": POSTGRES,
        "SANAD_TABLE_PREFIX": prefix,
        "SANAD_WORKERS": str(WORKERS),
    }
    yield env
    store = Store(POSTGRES, prefix=prefix, create=False)
    store.drop_all()
    store.close()


@pytest.fixture
def sqlite_env(tmp_path):
    return {
        "SANAD_DATABASE_URL": f"sqlite:///{tmp_path / 'sanad.sqlite3'}",
        "SANAD_WORKERS": str(WORKERS),
    }
