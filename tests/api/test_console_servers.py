"""FAQ edits across real servers: live in every worker of every server sharing the database,
and durable through kill -9 right after the save returned."""

from __future__ import annotations

import time
import uuid

import pytest
from servers import STAFF_PASSWORD as PASSWORD
from servers import WORKERS, Browser, Server, create_user, needs_postgres
from servers import request as http

ENTRY = "pt-amount-stolen"
QUESTION = "Quanto os hackers norte-coreanos roubaram em ativos digitais?"
PROPAGATION = 1.0  # seconds: the bound for an edit to reach every server


def _editor(server: Server, env: dict) -> Browser:
    """An editor account made with ``sanad users create``, logged in to ``server``."""
    create_user(env, "edna", PASSWORD, "editor")
    browser = Browser(server.base)
    browser.login("edna", PASSWORD)
    return browser


def _edit(browser: Browser, answer: str) -> dict:
    status, _, entry = browser.call("GET", f"/console/api/faq/{ENTRY}")
    assert status == 200
    body = {
        "question": entry["question"],
        "alternates": entry["alternates"],
        "answer": answer,
        "supports": [s["sentence_id"] for s in entry["supports"]],
        "version": entry["version"],
    }
    status, _, saved = browser.call("PUT", f"/console/api/faq/{ENTRY}", body)
    assert status == 200, saved
    return saved


def _answers(server: Server, n: int) -> list[str]:
    """``n`` chat answers in a row (the requests spread over the server's workers)."""
    out = []
    for _ in range(n):
        status, _, body = http(f"{server.base}/api/chat", {"message": QUESTION})
        assert status == 200
        out.append(body["answer"])
    return out


def _login(server: Server) -> Browser:
    browser = Browser(server.base)
    browser.login("edna", PASSWORD)
    return browser


def saved_revision(browser: Browser) -> int:
    status, _, body = browser.call("GET", "/console/api/status")
    assert status == 200
    return body["revision"]


def _worker_revisions(browser: Browser, tries: int = 200) -> dict[int, int]:
    """The FAQ revision each worker process of the server answers from, asked until every
    worker has answered (each call is a new connection, taken by whichever worker accepts)."""
    seen: dict[int, int] = {}
    for _ in range(tries):
        status, _, body = browser.call("GET", "/console/api/status")
        assert status == 200
        seen[body["worker"]] = body["loaded_revision"]
        if len(seen) == WORKERS:
            break
    return seen


@needs_postgres
def test_an_edit_on_one_server_reaches_every_worker_of_the_other_within_a_second(pg_env):
    first = Server(pg_env).start()
    second = Server(pg_env).start()
    try:
        browser = _editor(first, pg_env)
        new = f"Cerca de US $ 1,7 bilhão ({uuid.uuid4().hex[:6]})."
        assert new not in _answers(second, 4)
        _edit(browser, new)
        saved = time.monotonic()
        # Look once the second has passed: by then every worker must have the change.
        time.sleep(max(0.0, saved + PROPAGATION - time.monotonic()))
        assert _answers(second, 4 * WORKERS) == [new] * (4 * WORKERS)
        assert _answers(first, 4 * WORKERS) == [new] * (4 * WORKERS)
        for server in (first, second):
            revisions = _worker_revisions(_login(server))
            assert len(revisions) == WORKERS, revisions  # every worker was asked
            assert set(revisions.values()) == {saved_revision(browser)}, revisions
    finally:
        first.stop()
        second.stop()


@pytest.mark.parametrize(
    "env_fixture",
    ["sqlite_env", pytest.param("pg_env", marks=needs_postgres)],
)
def test_a_saved_edit_survives_kill_9_right_after(env_fixture, request):
    env = request.getfixturevalue(env_fixture)
    server = Server(env).start()
    try:
        browser = _editor(server, env)
        new = f"Cerca de US $ 1,7 bilhão, versão {uuid.uuid4().hex[:6]}."
        saved = _edit(browser, new)
    finally:
        server.kill()  # at once: no graceful shutdown, no flush
    restarted = Server(env, port=server.port).start()
    try:
        browser.login("edna", PASSWORD)
        status, _, entry = browser.call("GET", f"/console/api/faq/{ENTRY}")
        assert (status, entry["answer"], entry["version"]) == (200, new, saved["version"])
        assert _answers(restarted, 1) == [new]
    finally:
        restarted.stop()
