"""``sanad bench live``: how long an FAQ edit takes to reach every worker of another server.

Two ``sanad serve`` processes share one database (a temporary SQLite file, or the PostgreSQL
given). An editor saves an FAQ answer through the first server's console API; the clock runs
from the save's response until the second server has answered the entry's question with the
new text ``streak`` times in a row (so that every one of its workers has it, not just one).
"""

from __future__ import annotations

import http.client
import json
import secrets
import tempfile
import time
import uuid
from pathlib import Path

from bot.loadtest import HOST, LoadTestError, Server, free_port, median, percentile
from bot.store import Store

PASSWORD = secrets.token_urlsafe(16)


def _call(port: int, method: str, path: str, body=None, headers=None):
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        data = json.dumps(body).encode() if body is not None else None
        conn.request(method, path, data, {"Content-Type": "application/json", **(headers or {})})
        response = conn.getresponse()
        raw = response.read()
        return response.status, response.getheader("Set-Cookie"), json.loads(raw) if raw else None
    finally:
        conn.close()


class _Editor:
    """A console session on one server: the cookie and the CSRF token."""

    def __init__(self, port: int, username: str):
        self.port = port
        status, cookie, body = _call(
            port, "POST", "/console/api/login", {"username": username, "password": PASSWORD}
        )
        if status != 200:
            raise LoadTestError(f"console login failed: {status} {body}")
        self.headers = {"Cookie": cookie.split(";", 1)[0], "X-CSRF-Token": body["csrf_token"]}

    def set_answer(self, entry_id: str, answer: str) -> None:
        path = f"/console/api/faq/{entry_id}"
        _, _, entry = _call(self.port, "GET", path, headers=self.headers)
        body = {
            "question": entry["question"],
            "alternates": entry["alternates"],
            "answer": answer,
            "supports": [s["sentence_id"] for s in entry["supports"]],
            "version": entry["version"],
        }
        status, _, saved = _call(self.port, "PUT", path, body, self.headers)
        if status != 200:
            raise LoadTestError(f"the edit failed: {status} {saved}")


def _wait_for(port: int, question: str, answer: str, streak: int, timeout: float) -> float:
    """Seconds until ``streak`` answers in a row to ``question`` are ``answer``."""
    started, seen = time.monotonic(), 0
    while seen < streak:
        if time.monotonic() - started > timeout:
            raise LoadTestError(f"the edit did not arrive within {timeout:.0f} s")
        _, _, body = _call(port, "POST", "/api/chat", {"message": question})
        seen = seen + 1 if body and body.get("answer") == answer else 0
    return time.monotonic() - started


def run(
    database_url: str | None = None,
    *,
    edits: int = 15,
    workers: int = 2,
    entry_id: str | None = None,
    timeout: float = 30.0,
) -> dict:
    """Propagation times of ``edits`` FAQ edits from one server to the other (seconds)."""
    prefix = f"bench{uuid.uuid4().hex[:8]}_"
    with tempfile.TemporaryDirectory(prefix="sanad-live-") as tmp:
        url = database_url or f"sqlite:///{Path(tmp) / 'shared.sqlite3'}"
        env = {"SANAD_DATABASE_URL": url, "SANAD_TABLE_PREFIX": prefix}
        store = Store(url, prefix=prefix)
        try:
            store.users.create("bench-editor", PASSWORD, "editor")
            with (
                Server(free_port(), workers, env=env) as first,
                Server(free_port(), workers, env=env) as second,
            ):
                times = _measure(store, first.port, second.port, edits, workers, entry_id, timeout)
        finally:
            store.drop_all()
            store.close()
    return {
        "database": url.split(":", 1)[0].split("+", 1)[0],
        "servers": 2,
        "workers_each": workers,
        "edits": edits,
        "seconds_median": round(median(times), 3),
        "seconds_p90": round(percentile(times, 90), 3),
        "seconds_max": round(max(times), 3),
        "within_1s": round(sum(t <= 1.0 for t in times) / len(times), 3),
    }


def _answered_from_itself(port: int, entries) -> object:
    """The first entry whose own question the chat answers with that entry."""
    for entry in entries:
        _, _, body = _call(port, "POST", "/api/chat", {"message": entry.question})
        cited = (body or {}).get("citations") or [{}]
        if cited[0].get("kind") == "faq" and cited[0].get("doc_id") == entry.id:
            return entry
    raise LoadTestError("no FAQ entry is answered from itself; pass --entry")


def _measure(store, first, second, edits, workers, entry_id, timeout) -> list[float]:
    if entry_id:
        entry = store.faq.get(entry_id)
        if entry is None:
            raise LoadTestError(f"no FAQ entry {entry_id!r}")
    else:
        entry = _answered_from_itself(second, store.faq.entries())
    editor = _Editor(first, "bench-editor")
    times = []
    for n in range(edits):
        answer = f"{entry.answer} [{n}]"
        editor.set_answer(entry.id, answer)
        times.append(_wait_for(second, entry.question, answer, 2 * workers, timeout))
    editor.set_answer(entry.id, entry.answer)
    return times
