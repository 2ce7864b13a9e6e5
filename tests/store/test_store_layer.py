"""The data layer on SQLite and PostgreSQL (127.0.0.1:5432, database ``test``).

Each test uses tables with a unique prefix and drops them afterwards, so parallel runs against
the same PostgreSQL database do not clash.
"""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from bot.store import DbSessions, Store, hash_key


def log(store, **overrides):
    values = dict(
        channel="widget",
        lang="pt",
        question="Quanto?",
        answered=True,
        confidence=0.9,
        cited_ids=["a:1", "b:2"],
        latency_ms=3.5,
        answer_id="ans1",
        session_id="s1",
        client_hash="h" * 32,
    )
    values.update(overrides)
    return store.log_chat(**values)


def test_ping(store):
    assert store.ping()


def test_create_is_idempotent(store):
    store.create_all()
    assert store.ping()


def test_chat_log_round_trip(store):
    log(store)
    row = store.chats()[0]
    assert (row["channel"], row["question"], row["answered"], row["cited_ids"]) == (
        "widget",
        "Quanto?",
        True,
        ["a:1", "b:2"],
    )


def test_chat_log_keeps_arabic_and_emoji(store):
    log(store, question="ما هي أبرز أساليب القراصنة؟ 😀", lang="ar")
    assert store.chats()[0]["question"] == "ما هي أبرز أساليب القراصنة؟ 😀"


def test_chat_log_newest_first(store):
    first, second = log(store, answer_id="a"), log(store, answer_id="b")
    assert [r["id"] for r in store.chats()] == [second, first]


def test_feedback_round_trip(store):
    store.add_feedback(session_id="s1", answer_id="ans1", helpful=False, comment="errado")
    row = store.feedback_rows()[0]
    assert (row["session_id"], row["answer_id"], row["helpful"], row["comment"]) == (
        "s1",
        "ans1",
        False,
        "errado",
    )


def test_key_verifies(store):
    key, token = store.create_key("bot")
    assert store.verify_key(token).id == key.id


def test_key_is_stored_as_sha256(store):
    _, token = store.create_key("bot")
    with store.engine.connect() as conn:
        stored = conn.execute(sa.select(store.api_keys.c.key_hash)).scalar()
    assert stored == hash_key(token) and len(stored) == 64


def test_unknown_key_does_not_verify(store):
    store.create_key("bot")
    assert store.verify_key("sanad_nope") is None


def test_revoked_key_does_not_verify(store):
    key, token = store.create_key("bot")
    assert store.revoke_key(key.id)
    assert store.verify_key(token) is None


def test_revoke_twice_is_false(store):
    key, _ = store.create_key("bot")
    store.revoke_key(key.id)
    assert not store.revoke_key(key.id)


@pytest.mark.parametrize("key_id", [0, -1, 2**31, 2**63, 10**30])
def test_revoke_of_an_id_no_key_can_have_is_false(store, key_id):
    # `sanad keys revoke 99999999999999999999999` overflowed the driver once.
    store.create_key("bot")
    assert not store.revoke_key(key_id)


def test_list_keys(store):
    store.create_key("a")
    store.create_key("b")
    assert [k.name for k in store.list_keys()] == ["a", "b"]


def test_session_round_trip(store):
    sessions = DbSessions(store, ttl=60)
    sessions.put("s1", {"lang": "ar", "concepts": [["x", "x", 1.0]]})
    assert sessions.get("s1") == {"lang": "ar", "concepts": [["x", "x", 1.0]]}


def test_session_overwrite(store):
    sessions = DbSessions(store, ttl=60)
    sessions.put("s1", {"lang": "ar"})
    sessions.put("s1", {"lang": "pt"})
    assert sessions.get("s1") == {"lang": "pt"}


def test_session_missing(store):
    assert DbSessions(store).get("nobody") is None


def test_session_expires(store):
    store.put_session("old", {"lang": "pt"})
    assert store.get_session("old", ttl=-1) is None


def test_purge_sessions(store):
    store.put_session("old", {"lang": "pt"})
    assert store.purge_sessions(ttl=-1) == 1


def test_concurrent_writes(store):
    def write(n):
        for i in range(10):
            log(store, answer_id=f"{n}-{i}")
            store.put_session(f"s{n}", {"i": i})

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(store.chats(limit=100)) == 40


def test_sqlite_uses_wal(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'wal.sqlite3'}")
    with s.engine.connect() as conn:
        mode = conn.execute(sa.text("PRAGMA journal_mode")).scalar()
    s.close()
    assert mode == "wal"


def test_sqlite_creates_the_directory(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'nested' / 'dir' / 'db.sqlite3'}")
    assert s.ping()
    s.close()


def test_stores_created_at_once_on_a_new_database(tmp_path):
    url = f"sqlite:///{tmp_path / 'race.sqlite3'}"
    stores, errors = [], []

    def open_store():
        try:
            stores.append(Store(url))
        except Exception as exc:  # pragma: no cover - the failure being tested for
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert errors == []


def test_sessions_survive_a_database_outage(tmp_path, caplog):
    store = Store(f"sqlite:///{tmp_path / 'gone.sqlite3'}", create=False)  # no tables
    sessions = DbSessions(store, ttl=60)
    sessions.put("s1", {"lang": "pt"})  # logged, not raised
    assert sessions.get("s1") is None
    assert "could not save session" in caplog.text


def test_new_nullable_columns_are_added_to_an_older_database(tmp_path):
    # A chat log made before the answer text was kept: opening it adds the missing columns.
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "CREATE TABLE chat_log (id INTEGER PRIMARY KEY, created_at DATETIME NOT NULL,"
                " channel VARCHAR(16) NOT NULL, lang VARCHAR(8), question TEXT NOT NULL,"
                " answered BOOLEAN NOT NULL, confidence FLOAT NOT NULL, cited_ids TEXT NOT NULL,"
                " latency_ms FLOAT NOT NULL, answer_id VARCHAR(64), session_id VARCHAR(128),"
                " client_hash VARCHAR(64), api_key_id INTEGER)"
            )
        )
    engine.dispose()
    store = Store(url)
    log(store, answer="Resposta.", short_answer="1,7 bilhão")
    assert store.chats()[0]["answer"] == "Resposta."
    store.close()


def test_chat_log_saves_the_sessions_given_with_it(store):
    log(store, sessions=[("s1", {"lang": "pt"})])
    assert (store.chats()[0]["session_id"], store.get_session("s1", ttl=60)) == (
        "s1",
        {"lang": "pt"},
    )


def test_batched_puts_wait_for_the_caller(store):
    sessions = DbSessions(store, ttl=60)
    with sessions.batched() as batch:
        sessions.put("s1", {"lang": "ar"})
        assert (sessions.get("s1"), batch.states) == (None, [("s1", {"lang": "ar"})])
        log(store, sessions=batch.states)
        batch.saved = True
    assert sessions.get("s1") == {"lang": "ar"}


def test_batched_puts_not_saved_by_the_caller_are_saved_at_the_end(store):
    sessions = DbSessions(store, ttl=60)
    with sessions.batched():
        sessions.put("s1", {"lang": "pt"})
    assert sessions.get("s1") == {"lang": "pt"}


def test_a_failed_chat_log_saves_no_session_with_it(store):
    store.chat_log.drop(store.engine)  # the log insert fails: the transaction is rolled back
    with pytest.raises(sa.exc.SQLAlchemyError):
        log(store, sessions=[("s1", {"lang": "pt"})])
    assert store.get_session("s1", ttl=60) is None


def test_a_batch_collects_only_its_own_sessions(store):
    mine, other = DbSessions(store, ttl=60), DbSessions(store, ttl=60)
    with mine.batched() as batch:
        other.put("s2", {"lang": "ar"})
    assert (batch.states, other.get("s2")) == ([], {"lang": "ar"})
