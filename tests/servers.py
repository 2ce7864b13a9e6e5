"""Real ``sanad serve`` processes for tests, and a tiny HTTP client that keeps a console login.

The console cookie is ``Secure``; :mod:`http.cookiejar` would not send it over plain HTTP, so
:class:`Browser` keeps it by hand, as a browser on ``localhost`` does.
"""

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
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SANAD = Path(sys.executable).parent / "sanad"
STAFF_PASSWORD = "correct horse battery"  # of every staff account the tests make
WORKERS = 2  # of every server the tests start through the sqlite_env and pg_env fixtures
POSTGRES_URLS = (
    "postgresql+psycopg2://postgres@127.0.0.1:5432/test",
    "postgresql+psycopg2://root@127.0.0.1:5432/test",
)


REDIS = ("127.0.0.1", 6379)


class MissingService(RuntimeError):
    """A server the tests need does not answer on CI, where it must (never skipped there)."""


def _absent(what: str) -> None:
    """On a laptop a missing server skips its tests with the reason; CI (``CI=true``) has
    PostgreSQL and Redis, so there their absence fails the run instead of hiding tests."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        raise MissingService(f"{what} does not answer, and CI must run its tests")


def postgres_url() -> str | None:
    """The first PostgreSQL URL that answers (127.0.0.1:5432, database ``test``), else None."""
    import sqlalchemy as sa

    for url in POSTGRES_URLS:
        engine = sa.create_engine(url, connect_args={"connect_timeout": 2})
        try:
            with engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            return url
        except Exception:
            continue
        finally:
            engine.dispose()
    _absent("PostgreSQL at 127.0.0.1:5432 (database test)")
    return None


POSTGRES = postgres_url()
needs_postgres = pytest.mark.skipif(
    POSTGRES is None, reason="PostgreSQL does not answer at 127.0.0.1:5432 (database test)"
)


def redis_up() -> bool:
    """Whether Redis answers at 127.0.0.1:6379."""
    try:
        with socket.create_connection(REDIS, timeout=0.5):
            return True
    except OSError:
        _absent("Redis at 127.0.0.1:6379")
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(url: str, body=None, headers=None, method: str | None = None):
    """(status, headers, decoded JSON or None) of one request."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        url,
        data=data,
        method=method,
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            raw = response.read()
            return response.status, response.headers, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        raw = error.read()
        return error.code, error.headers, json.loads(raw) if raw else None


@dataclass
class Server:
    """A running ``sanad serve`` (its own process group, so kill() takes its workers too)."""

    env: dict
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> Server:
        self.process = subprocess.Popen(
            [str(SANAD), "serve", "--port", str(self.port)],
            env={**os.environ, **self.env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.process.stderr.read().decode()[-2000:]}")
            try:
                if request(f"{self.base}/readyz")[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.kill()
        raise RuntimeError(f"server did not become ready in {timeout} s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def kill(self) -> None:
        """kill -9 of the master and every worker: nothing gets to flush or clean up."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def create_user(env: dict, username: str, password: str, role: str) -> None:
    subprocess.run(
        [str(SANAD), "users", "create", username, "--role", role, "--password-stdin"],
        input=password + "\n",
        env={**os.environ, **env},
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )


class Browser:
    """Logs in to one server's console and keeps its session cookie and CSRF token."""

    def __init__(self, base: str):
        self.base, self.cookie, self.csrf = base, "", ""

    def login(self, username: str, password: str) -> None:
        status, headers, body = request(
            f"{self.base}/console/api/login", {"username": username, "password": password}
        )
        if status != 200:
            raise RuntimeError(f"login failed: {status} {body}")
        self.cookie = headers["Set-Cookie"].split(";", 1)[0]
        self.csrf = body["csrf_token"]

    def call(self, method: str, path: str, body=None):
        headers = {"Cookie": self.cookie, "X-CSRF-Token": self.csrf}
        return request(f"{self.base}{path}", body, headers, method)
