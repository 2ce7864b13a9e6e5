"""Running the API: gunicorn in production, Flask's reloading server with ``--dev``."""

from __future__ import annotations

from gunicorn.app.base import BaseApplication


class SanadServer(BaseApplication):
    """Gunicorn with the app built in each worker on start-up (one index per worker)."""

    def __init__(self, options: dict, overrides: dict | None = None):
        self.options = options
        self.overrides = overrides or {}
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if key in self.cfg.settings and value is not None:
                self.cfg.set(key.lower(), value)

    def load(self):
        from bot.api import create_app

        return create_app(self.overrides)


def serve(
    host: str, port: int, workers: int, threads: int = 4, overrides: dict | None = None
) -> None:
    """Gunicorn with ``workers`` processes of ``threads`` request threads each.

    Four threads per worker by default. A thread waits for its connection's request to
    arrive, so a browser's speculative connection that sends nothing holds it: with one thread
    a single such connection stalls the worker (the browser tests caught it). Answering is
    CPU-bound Python, so the threads of one process take turns on the GIL: behind a proxy
    that buffers requests (nginx), one thread per worker served 10-20 % more chat requests
    with a p99 of 23 ms against 62 ms (``sanad bench http`` with SANAD_THREADS=1).
    """
    options = {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        "timeout": 30,
        "graceful_timeout": 10,
        "preload_app": False,
        "accesslog": "-",
        "errorlog": "-",
        "limit_request_line": 8190,
        "control_socket_disable": True,  # several servers may run side by side
    }
    SanadServer(options, overrides).run()


def serve_dev(host: str, port: int, overrides: dict | None = None) -> None:
    from bot.api import create_app

    create_app(overrides).run(host=host, port=port, debug=True, use_reloader=True)
