"""The real server: ``sanad serve`` (gunicorn) in a subprocess, spoken to over HTTP."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

SANAD = Path(sys.executable).parent / "sanad"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(url, body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        url, data=data, headers={"Content-Type": "application/json", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    db = tmp_path_factory.mktemp("server") / "sanad.sqlite3"
    env = {
        **os.environ,
        "SANAD_DATABASE_URL": f"sqlite:///{db}",
        "SANAD_SECRET_KEY": "server-test",
        "SANAD_WORKERS": "2",
    }
    process = subprocess.Popen(
        [str(SANAD), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited: {process.stdout.read().decode()[-2000:]}")
        try:
            if request(f"{base}/readyz")[0] == 200:
                break
        except (OSError, ValueError):
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("server did not become ready in 30 s")
    yield base
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_server_is_ready(server):
    assert request(f"{server}/readyz")[1]["status"] == "ready"


def test_server_answers_and_follows_up_across_workers(server):
    status, first = request(
        f"{server}/api/chat", {"message": "Quanto os hackers norte-coreanos roubaram?"}
    )
    assert status == 200 and first["answered"]
    for _ in range(4):  # any worker sees the session: it lives in the database
        status, again = request(
            f"{server}/api/chat", {"message": "E em 2024?", "session_id": first["session_id"]}
        )
        assert status == 200 and again["session_id"] == first["session_id"]


def test_server_errors_have_the_shape(server):
    status, body = request(f"{server}/api/nope")
    assert (status, body["error"]["code"]) == (404, "not_found")


def test_server_refuses_invalid_knowledge(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "bad.md").write_text("---\nid: Bad Id\n---\n", encoding="utf-8")
    env = {
        **os.environ,
        "SANAD_KNOWLEDGE_DIR": str(tmp_path),
        "SANAD_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = _serve_expecting_refusal(env)
    assert result.returncode == 2
    assert "bad.md" in result.stderr


def _serve_expecting_refusal(env: dict) -> subprocess.CompletedProcess:
    """Run ``sanad serve``, which should exit at once; its output, for the assertions."""
    return subprocess.run(
        [str(SANAD), "serve", "--port", str(free_port())],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_server_refuses_unreachable_database(tmp_path):
    env = {**os.environ, "SANAD_DATABASE_URL": "postgresql+psycopg2://nobody@127.0.0.1:1/none"}
    result = _serve_expecting_refusal(env)
    assert result.returncode == 2
    assert "cannot open the database" in result.stderr
