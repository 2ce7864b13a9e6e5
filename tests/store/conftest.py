"""Each store test runs on SQLite and on PostgreSQL (127.0.0.1:5432, database ``test``), in
tables with a unique prefix dropped afterwards, so parallel runs sharing the database never
clash."""

from __future__ import annotations

import uuid

import pytest
from servers import POSTGRES as _PG

from bot.store import Store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    else:
        if _PG is None:
            pytest.skip("PostgreSQL does not answer at 127.0.0.1:5432 (database test)")
        url = _PG
    s = Store(url, prefix=f"t{uuid.uuid4().hex[:12]}_")
    yield s
    s.drop_all()
    s.close()
