"""End-to-end fixtures: the real server (``sanad serve``) and Debian's Chromium via Playwright.

The server runs once per session on a free port over a temporary SQLite database, with rate
limits far above what the suite sends; a second local origin (``host_site``, a tiny HTTP server
whose pages the tests set) is allowed to embed the widget cross-origin.
Browser tests are skipped when Playwright or /usr/bin/chromium is missing (``make e2e-deps``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from e2e_support import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PROJECT

# Records CSP violations and the page's own globals before any page script runs.
INIT_SCRIPT = """
window.__sanadE2E = {violations: [], globals: Object.getOwnPropertyNames(window)};
document.addEventListener("securitypolicyviolation", (e) => {
  window.__sanadE2E.violations.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _command() -> list[str]:
    sanad = Path(sys.executable).with_name("sanad")
    return [str(sanad)] if sanad.exists() else [sys.executable, "-m", "bot"]


class HostSite:
    """Another origin (another port on 127.0.0.1): a site embedding the widget.

    ``pages[path] = (content_type, body, headers)``; anything else is a 404.
    """

    def __init__(self):
        self.pages: dict[str, tuple[str, str, dict]] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                content_type, body, headers = site.pages.get(self.path, ("text/plain", "", {}))
                data = body.encode()
                self.send_response(200 if self.path in site.pages else 404)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def host_site():
    site = HostSite()
    yield site
    site.close()


@pytest.fixture(scope="session")
def server_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("e2e")


@pytest.fixture(scope="session")
def server_env(server_dir, host_site) -> dict[str, str]:
    """The e2e server's environment (its database is shared with the CLI in tests)."""
    return {
        **os.environ,
        "SANAD_DATABASE_URL": f"sqlite:///{server_dir / 'e2e.sqlite3'}",
        "SANAD_RATE_LIMIT": "100000/minute",
        "SANAD_BOT_RATE_LIMIT": "100000/minute",
        "SANAD_ALLOWED_ORIGINS": host_site.origin,
        "SANAD_SECRET_KEY": "e2e-secret",
        "SANAD_RATELIMIT_STORAGE_URI": "memory://",
    }


@pytest.fixture(scope="session")
def server(server_dir, server_env):
    """Base URL of a real ``sanad serve`` (gunicorn, one worker)."""
    port = _free_port()
    tmp, env = server_dir, server_env
    log = (tmp / "server.log").open("w")
    command = [*_command(), "serve", "--port", str(port), "--workers", "1"]
    proc = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=PROJECT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"sanad serve exited: {(tmp / 'server.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base}/readyz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("sanad serve did not become ready within 60 s")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.skip(f"{CHROMIUM} is missing: run `make e2e-deps`")
    sync_api.expect.set_options(timeout=10_000)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, server):
    """``new_page(**context_options)``: a page in a fresh context (fresh sessionStorage)."""
    contexts = []

    def make(**options):
        options.setdefault("viewport", DESKTOP)
        context = browser.new_context(base_url=server, **options)
        context.set_default_timeout(10_000)
        context.add_init_script(INIT_SCRIPT)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


# --- the support-staff console (test_console.py) ------------------------------------------------

CONSOLE_PASSWORD = "e2e console password"


@pytest.fixture(scope="session")
def console_users(server, server_env):
    """Console accounts on the e2e server, made as an operator would (``sanad users create``
    over the server's database): ``{"editor": (username, password), "viewer": (...)}``."""
    env = server_env
    users = {}
    for role in ("editor", "viewer"):
        username = f"e2e-{role}"
        done = subprocess.run(
            [*_command(), "users", "create", username, "--role", role, "--password-stdin"],
            input=f"{CONSOLE_PASSWORD}\n",
            text=True,
            env=env,
            cwd=PROJECT,
            capture_output=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        users[role] = (username, CONSOLE_PASSWORD)
    return users
