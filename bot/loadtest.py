"""HTTP load benchmark: ``sanad serve`` in a subprocess, driven over loopback from this process.

:func:`run` starts the real server (gunicorn) on a free 127.0.0.1 port with a temporary SQLite
database and rate limits raised out of the way, waits for ``/readyz``, then measures
``GET /healthz`` (the framework's ceiling: routing, JSON, headers, no work) and
``POST /api/chat`` (a rotation of real questions in Arabic and Portuguese, sent as the
anonymous widget, without Origin) with :func:`drive`: a bounded load generator of threads, each
with one keep-alive ``http.client`` connection, stopping after ``duration`` seconds or
``max_requests`` requests, whichever comes first. Each phase runs ``runs`` times and the median
of each figure is reported. The load generator shares the machine's cores with the server, so
figures are noisy and relative: compare ``chat_to_healthz_ratio``, never absolute numbers.
Where Linux's ``/proc`` is there, each phase also reports ``server_cpu_ms``: the CPU the
server's processes spent per successful request. A busy host inflates it too (2.8-4.0 ms a chat
request in one hour on the same code), so it is compared side by side like the rest.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import math
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"
QUESTIONS = (
    "كم سرق القراصنة؟",
    "quanto foi roubado?",
    "وين صار الاجتماع؟",
    "onde foi a reunião?",
    "ما هي أبرز أساليب قراصنة كوريا الشمالية؟",
    "Quanto os hackers norte-coreanos roubaram em ativos digitais?",
)
HIGH_LIMIT = "1000000000/minute"
REQUEST_TIMEOUT = 10.0


class LoadTestError(RuntimeError):
    """The server did not start, or a phase could not run."""


# --- statistics ------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) by linear interpolation between closest ranks.

    The same definition as numpy's default; 0.0 for no values.
    """
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be within 0..100, not {q}")
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float:
    """The median; 0.0 for no values."""
    return float(statistics.median(values)) if values else 0.0


@dataclass
class Phase:
    """What one run of :func:`drive` saw."""

    elapsed: float = 0.0
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        return len(self.latencies) + self.errors

    def summary(self) -> dict:
        ok = len(self.latencies)
        return {
            "requests": self.requests,
            "errors": self.errors,
            "rps": round(ok / self.elapsed, 1) if self.elapsed > 0 else 0.0,
            "p50_ms": round(percentile(self.latencies, 50) * 1000, 3),
            "p99_ms": round(percentile(self.latencies, 99) * 1000, 3),
        }


def combine(summaries: Sequence[dict]) -> dict:
    """The median of each figure over several runs; request and error counts are summed."""
    out = {
        "rps": round(median([s["rps"] for s in summaries]), 1),
        "p50_ms": round(median([s["p50_ms"] for s in summaries]), 3),
        "p99_ms": round(median([s["p99_ms"] for s in summaries]), 3),
        "requests": sum(s["requests"] for s in summaries),
        "errors": sum(s["errors"] for s in summaries),
        "runs_rps": [s["rps"] for s in summaries],
    }
    costs = [s["server_cpu_ms"] for s in summaries if "server_cpu_ms" in s]
    if costs:
        out["server_cpu_ms"] = round(median(costs), 3)
    return out


# --- the load generator ----------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One kind of request: ``bodies`` are sent in turn (None: no body)."""

    method: str
    path: str
    bodies: tuple[bytes | None, ...] = (None,)
    headers: tuple[tuple[str, str], ...] = ()


def healthz_target() -> Target:
    return Target("GET", "/healthz")


def chat_target(questions: Sequence[str] = QUESTIONS) -> Target:
    bodies = tuple(json.dumps({"message": q}, ensure_ascii=False).encode() for q in questions)
    return Target(
        "POST",
        "/api/chat",
        bodies,
        (("Content-Type", "application/json"), ("Accept", "application/json")),
    )


def drive(
    port: int,
    target: Target,
    *,
    duration: float,
    concurrency: int,
    max_requests: int,
    host: str = HOST,
) -> Phase:
    """Send ``target`` requests to ``host:port`` from ``concurrency`` threads.

    Stops after ``duration`` seconds or ``max_requests`` requests (whichever first); a
    request in flight then still finishes (at most :data:`REQUEST_TIMEOUT`). Any status
    other than 200, and any connection error, counts as an error.
    """
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise LoadTestError(f"the load generator only speaks to loopback, not {host}")
    if concurrency < 1 or max_requests < 1 or duration <= 0:
        raise ValueError("concurrency, max_requests and duration must be positive")
    phase = Phase()
    lock = threading.Lock()
    issued = 0
    started = time.perf_counter()
    deadline = started + duration

    def claim() -> int | None:
        nonlocal issued
        with lock:
            if issued >= max_requests or time.perf_counter() >= deadline:
                return None
            issued += 1
            return issued

    def worker() -> None:
        latencies: list[float] = []
        errors = 0
        statuses: dict[int, int] = {}
        conn: http.client.HTTPConnection | None = None
        headers = dict(target.headers)
        try:
            while (n := claim()) is not None:
                body = target.bodies[n % len(target.bodies)]
                if conn is None:
                    conn = http.client.HTTPConnection(host, port, timeout=REQUEST_TIMEOUT)
                t0 = time.perf_counter()
                try:
                    conn.request(target.method, target.path, body=body, headers=headers)
                    response = conn.getresponse()
                    response.read()
                except (OSError, http.client.HTTPException):
                    errors += 1
                    conn.close()
                    conn = None
                    continue
                elapsed = time.perf_counter() - t0
                statuses[response.status] = statuses.get(response.status, 0) + 1
                if response.status == 200:
                    latencies.append(elapsed)
                else:
                    errors += 1
                if response.will_close:
                    conn.close()
                    conn = None
        finally:
            if conn is not None:
                conn.close()
            with lock:
                phase.latencies.extend(latencies)
                phase.errors += errors
                for status, count in statuses.items():
                    phase.statuses[status] = phase.statuses.get(status, 0) + count

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    phase.elapsed = time.perf_counter() - started
    return phase


# --- the server ------------------------------------------------------------------------------


def free_port(host: str = HOST) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def group_cpu_seconds(pgid: int, proc: Path = Path("/proc")) -> float | None:
    """User plus system CPU seconds of the live processes of process group ``pgid`` (the
    server's master and workers), from Linux's ``/proc``; None where there is no ``/proc``."""
    if not proc.is_dir():
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            # Fields after the parenthesised command name: state ppid pgrp ... utime(12) stime(13)
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while being read
        if int(fields[2]) == pgid:
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def _sanad() -> list[str]:
    script = Path(sys.executable).parent / "sanad"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def _get(port: int, path: str) -> int:
    conn = http.client.HTTPConnection(HOST, port, timeout=2)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


class Server:
    """``sanad serve`` on ``port`` with a temporary database; a context manager that always
    stops it (SIGTERM to its process group, SIGKILL after ``stop_timeout`` seconds)."""

    def __init__(
        self,
        port: int,
        workers: int,
        *,
        ready_timeout: float = 60.0,
        stop_timeout: float = 15.0,
        env: dict | None = None,
    ):
        self.port = port
        self.workers = workers
        self.ready_timeout = ready_timeout
        self.stop_timeout = stop_timeout
        self.extra_env = env or {}
        self.process: subprocess.Popen | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._log = None

    def __enter__(self) -> Server:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="sanad-loadtest-")
        tmp = Path(self._tmp.name)
        env = {
            **os.environ,
            "SANAD_DATABASE_URL": f"sqlite:///{tmp / 'sanad.sqlite3'}",
            "SANAD_SECRET_KEY": "loadtest",
            "SANAD_HOST": HOST,
            "SANAD_PORT": str(self.port),
            "SANAD_WORKERS": str(self.workers),
            "SANAD_RATE_LIMIT": HIGH_LIMIT,  # the limiter still runs, as in production,
            "SANAD_BOT_RATE_LIMIT": HIGH_LIMIT,  # but never refuses
            "SANAD_RATELIMIT_STORAGE_URI": "memory://",
            "SANAD_TRUSTED_PROXIES": "0",
            **self.extra_env,
        }
        self._log = open(tmp / "server.log", "wb")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [
                *_sanad(),
                "serve",
                "--host",
                HOST,
                "--port",
                str(self.port),
                "--workers",
                str(self.workers),
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + self.ready_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise LoadTestError(f"the server exited ({self.process.returncode}):\n{self.log()}")
            try:
                if _get(self.port, "/readyz") == 200:
                    return
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.2)
        raise LoadTestError(
            f"the server was not ready in {self.ready_timeout:.0f} s:\n{self.log()}"
        )

    def cpu_seconds(self) -> float | None:
        """CPU seconds used so far by the server's processes (None: not measurable here)."""
        return group_cpu_seconds(self.process.pid) if self.process is not None else None

    def log(self, tail: int = 3000) -> str:
        if self._tmp is None:
            return ""
        try:
            text = (Path(self._tmp.name) / "server.log").read_bytes().decode(errors="replace")
        except OSError:
            return ""
        return text[-tail:]

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=self.stop_timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if process is not None:  # a worker outliving its master (its group is still ours)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


# --- the benchmark ---------------------------------------------------------------------------


def run(
    *,
    workers: int = 2,
    threads: int | None = None,
    duration: float = 10.0,
    concurrency: int = 8,
    port: int | None = None,
    runs: int = 3,
    max_requests: int = 1_000_000,
    warmup: float = 2.0,
) -> dict:
    """Start the server, measure ``/healthz`` then ``/api/chat``, stop the server; the result
    as a JSON-ready dict (medians over ``runs`` runs of each phase)."""
    port = port or free_port()
    targets = {"healthz": healthz_target(), "chat": chat_target()}
    result: dict = {
        "workers": workers,
        "threads": threads or "default",
        "concurrency": concurrency,
        "duration_s": duration,
        "runs": runs,
    }
    env = {"SANAD_THREADS": str(threads)} if threads else None
    with Server(port, workers, env=env) as server:
        if warmup > 0:  # every worker has built its index; connections and caches are warm
            for target in targets.values():
                drive(
                    port,
                    target,
                    duration=warmup,
                    concurrency=concurrency,
                    max_requests=max_requests,
                )
        for name, target in targets.items():
            summaries = []
            for _ in range(runs):
                cpu_before = server.cpu_seconds()
                phase = drive(
                    port,
                    target,
                    duration=duration,
                    concurrency=concurrency,
                    max_requests=max_requests,
                )
                cpu_after = server.cpu_seconds()
                summary = phase.summary()
                if cpu_before is not None and cpu_after is not None and phase.latencies:
                    # What a request costs the server, apart from how the client got it served.
                    cost = (cpu_after - cpu_before) / len(phase.latencies) * 1000
                    summary["server_cpu_ms"] = round(cost, 3)
                summaries.append(summary)
                if phase.requests and not phase.latencies:
                    raise LoadTestError(
                        f"every {name} request failed (statuses {phase.statuses}):\n" + server.log()
                    )
            result[name] = combine(summaries)
    ceiling = result["healthz"]["rps"]
    result["chat_to_healthz_ratio"] = round(result["chat"]["rps"] / ceiling, 3) if ceiling else 0.0
    costs = (result["healthz"].get("server_cpu_ms"), result["chat"].get("server_cpu_ms"))
    if all(costs):
        # The same comparison in CPU per request: healthz's cost over chat's.
        result["healthz_to_chat_cpu_ratio"] = round(costs[0] / costs[1], 3)
    return result
