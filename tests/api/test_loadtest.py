"""``bot.loadtest`` and ``sanad bench http``: statistics, and short bounded runs against a real
``sanad serve``. Structure only: no timing thresholds (the figures are noisy)."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest
from click.testing import CliRunner

from bot import loadtest
from bot.cli import main

FIGURES = {"rps", "p50_ms", "p99_ms", "requests", "errors"}

# --- statistics ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "values",
    [[1.0], [3.0, 1.0], [5.0, 1.0, 4.0, 2.0, 3.0], [0.1 * i for i in range(1, 101)], [7.0] * 9],
)
@pytest.mark.parametrize("q", [0, 1, 25, 50, 90, 99, 100])
def test_percentile_matches_numpys_linear_definition(values, q):
    assert loadtest.percentile(values, q) == pytest.approx(float(np.percentile(values, q)))


def test_percentile_edges():
    assert loadtest.percentile([], 50) == 0.0
    assert loadtest.percentile([2.0, 1.0], 0) == 1.0
    assert loadtest.percentile([2.0, 1.0], 100) == 2.0
    with pytest.raises(ValueError):
        loadtest.percentile([1.0], 101)
    with pytest.raises(ValueError):
        loadtest.percentile([1.0], -1)


def test_median():
    assert loadtest.median([]) == 0.0
    assert loadtest.median([3.0, 1.0, 2.0]) == 2.0
    assert loadtest.median([4.0, 1.0, 3.0, 2.0]) == 2.5


def test_phase_summary():
    phase = loadtest.Phase(elapsed=2.0, latencies=[0.001, 0.002, 0.003, 0.004], errors=1)
    summary = phase.summary()
    assert summary["requests"] == 5 and summary["errors"] == 1
    assert summary["rps"] == 2.0  # successful requests per second
    assert summary["p50_ms"] == pytest.approx(2.5)
    assert summary["p99_ms"] == pytest.approx(3.97)


def test_phase_summary_of_nothing():
    summary = loadtest.Phase().summary()
    assert summary == {"requests": 0, "errors": 0, "rps": 0.0, "p50_ms": 0.0, "p99_ms": 0.0}


def test_combine_takes_medians_and_sums_counts():
    runs = [
        {"rps": 10.0, "p50_ms": 1.0, "p99_ms": 9.0, "requests": 10, "errors": 0},
        {"rps": 30.0, "p50_ms": 3.0, "p99_ms": 5.0, "requests": 30, "errors": 1},
        {"rps": 20.0, "p50_ms": 2.0, "p99_ms": 7.0, "requests": 20, "errors": 0},
    ]
    combined = loadtest.combine(runs)
    assert (combined["rps"], combined["p50_ms"], combined["p99_ms"]) == (20.0, 2.0, 7.0)
    assert (combined["requests"], combined["errors"]) == (60, 1)
    assert combined["runs_rps"] == [10.0, 30.0, 20.0]


def test_chat_target_rotates_questions_in_both_languages():
    target = loadtest.chat_target()
    messages = [json.loads(body)["message"] for body in target.bodies]
    assert any("\u0600" <= ch <= "\u06ff" for m in messages for ch in m)  # Arabic
    assert "quanto foi roubado?" in messages
    headers = dict(target.headers)
    assert headers["Content-Type"] == "application/json"
    assert "Origin" not in headers and "X-Forwarded-For" not in headers


def test_drive_refuses_other_hosts():
    with pytest.raises(loadtest.LoadTestError):
        loadtest.drive(
            80,
            loadtest.healthz_target(),
            duration=1,
            concurrency=1,
            max_requests=1,
            host="example.com",
        )


def test_drive_counts_refused_connections_as_errors():
    phase = loadtest.drive(
        loadtest.free_port(),  # nothing listens there
        loadtest.healthz_target(),
        duration=5,
        concurrency=2,
        max_requests=6,
    )
    assert phase.requests == 6 and phase.errors == 6 and not phase.latencies


# --- against the real server -----------------------------------------------------------------


@pytest.fixture(scope="module")
def server():
    with loadtest.Server(loadtest.free_port(), workers=1) as running:
        yield running
    assert running.process is None


@pytest.mark.parametrize("target", [loadtest.healthz_target(), loadtest.chat_target()])
def test_short_run_against_the_server(server, target):
    phase = loadtest.drive(server.port, target, duration=1.0, concurrency=2, max_requests=50)
    summary = phase.summary()
    assert set(summary) == FIGURES
    assert summary["errors"] == 0, phase.statuses
    assert 0 < summary["requests"] <= 50
    assert summary["rps"] > 0 and 0 < summary["p50_ms"] <= summary["p99_ms"]
    assert set(phase.statuses) == {200}


def test_max_requests_bounds_a_run(server):
    phase = loadtest.drive(
        server.port, loadtest.healthz_target(), duration=60, concurrency=3, max_requests=25
    )
    assert phase.requests == 25 and phase.errors == 0


def test_server_that_cannot_start_is_reported_and_stopped(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "bad.md").write_text("---\nid: Bad Id\n---\n", encoding="utf-8")
    server = loadtest.Server(
        loadtest.free_port(), workers=1, env={"SANAD_KNOWLEDGE_DIR": str(tmp_path)}
    )
    with pytest.raises(loadtest.LoadTestError, match="exited"), server:
        pass
    assert server.process is None


def test_bench_http_prints_the_report():
    result = CliRunner().invoke(
        main,
        [
            "bench",
            "http",
            "--workers",
            "1",
            "--duration",
            "1",
            "--concurrency",
            "2",
            "--runs",
            "1",
            "--max-requests",
            "30",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["workers"], report["concurrency"]) == (1, 2)
    for name in ("healthz", "chat"):
        assert set(report[name]) >= FIGURES
        assert report[name]["errors"] == 0
        assert 0 < report[name]["requests"] <= 30
        assert report[name]["rps"] > 0
        assert report[name]["server_cpu_ms"] >= 0  # measured from /proc on Linux
    assert report["chat_to_healthz_ratio"] > 0


def test_combine_takes_the_median_server_cpu_when_measured():
    runs = [
        {"rps": 1.0, "p50_ms": 1.0, "p99_ms": 1.0, "requests": 1, "errors": 0, "server_cpu_ms": c}
        for c in (3.0, 1.0, 2.0)
    ]
    assert loadtest.combine(runs)["server_cpu_ms"] == 2.0
    unmeasured = {k: v for k, v in runs[0].items() if k != "server_cpu_ms"}
    assert "server_cpu_ms" not in loadtest.combine([unmeasured])


def test_group_cpu_seconds_sums_the_group_from_proc(tmp_path):
    ticks = os.sysconf("SC_CLK_TCK")
    # pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
    for pid, pgrp, utime, stime in ((10, 7, ticks, ticks), (11, 7, 2 * ticks, 0), (12, 8, 50, 50)):
        (tmp_path / str(pid)).mkdir()
        stat = f"{pid} (sanad w) S 1 {pgrp} 1 0 -1 0 0 0 0 0 {utime} {stime} 0 0"
        (tmp_path / str(pid) / "stat").write_text(stat)
    (tmp_path / "self").mkdir()
    assert loadtest.group_cpu_seconds(7, tmp_path) == 4.0
    assert loadtest.group_cpu_seconds(7, tmp_path / "missing") is None


def test_the_running_server_reports_its_cpu(server):
    before = server.cpu_seconds()
    loadtest.drive(server.port, loadtest.chat_target(), duration=60, concurrency=2, max_requests=40)
    assert server.cpu_seconds() > before
