"""The chat log through kill -9 of a loaded server: every answer a client received is logged,
and the database is whole and serves again (issue #3: "a crash never corrupts the database")."""

from __future__ import annotations

import sqlite3
import threading
import time
from http.client import HTTPException

import pytest
from servers import Server, needs_postgres
from servers import request as http

from bot.store import Store

QUESTIONS = ("quanto foi roubado?", "كم سرق القراصنة؟", "onde foi a reunião?")
CLIENTS = 6
HIGH_LIMIT = {"SANAD_RATE_LIMIT": "1000000/minute", "SANAD_RATELIMIT_STORAGE_URI": "memory://"}


def _load(server: Server, stop: threading.Event, received: list[str]) -> None:
    """Chat until ``stop``; the answer ids of the 200s (a killed server's errors are expected)."""
    n = 0
    while not stop.is_set():
        try:
            status, _, body = http(f"{server.base}/api/chat", {"message": QUESTIONS[n % 3]})
        except (OSError, HTTPException):
            return  # the server is gone, perhaps halfway through a response
        if status == 200:
            received.append(body["answer_id"])
        n += 1


def _kill_under_load(server: Server, answers_before_kill: int) -> list[str]:
    """Start clients, kill -9 the server once ``answers_before_kill`` answers came back while
    the clients are still sending; the answer ids every client received."""
    stop, received = threading.Event(), []
    clients = [
        threading.Thread(target=_load, args=(server, stop, received)) for _ in range(CLIENTS)
    ]
    for client in clients:
        client.start()
    deadline = time.monotonic() + 60
    while len(received) < answers_before_kill and time.monotonic() < deadline:
        time.sleep(0.01)
    server.kill()  # with requests in flight in every worker
    stop.set()
    for client in clients:
        client.join(timeout=15)
    return list(received)


@pytest.mark.parametrize(
    "env_fixture",
    ["sqlite_env", pytest.param("pg_env", marks=needs_postgres)],
)
def test_every_received_answer_is_logged_after_kill_9(env_fixture, request):
    env = {**request.getfixturevalue(env_fixture), **HIGH_LIMIT}
    server = Server(env).start()
    received = _kill_under_load(server, answers_before_kill=60)
    assert len(received) >= 60
    store = Store(env["SANAD_DATABASE_URL"], prefix=env.get("SANAD_TABLE_PREFIX", ""))
    try:
        logged = {row["answer_id"] for row in store.chats(limit=1_000_000)}
    finally:
        store.close()
    assert set(received) <= logged
    restarted = Server(env, port=server.port).start()
    try:
        status, _, body = http(f"{restarted.base}/api/chat", {"message": QUESTIONS[0]})
        assert (status, body["answered"]) == (200, True)
    finally:
        restarted.stop()


def test_sqlite_database_is_whole_after_kill_9(sqlite_env):
    env = {**sqlite_env, **HIGH_LIMIT}
    _kill_under_load(Server(env).start(), answers_before_kill=60)
    path = env["SANAD_DATABASE_URL"].removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
