"""The sanad command line: ask (with sessions), check, search."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.cli import main


@pytest.fixture
def cli(tmp_path, monkeypatch):
    monkeypatch.setenv("SANAD_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=False)


def test_ask_json_is_the_answer_object(cli, answer_keys):
    result = cli("ask", "--json", "quanto foi roubado?")
    assert result.exit_code == 0
    assert set(json.loads(result.output)) == answer_keys


def test_follow_up_across_commands_with_a_session(cli):
    first = cli("ask", "--json", "--session", "s1", "وين صار الاجتماع؟")
    follow = cli("ask", "--json", "--session", "s1", "ومتى؟")
    assert json.loads(first.output)["short_answer"] == "سيول"
    answer = json.loads(follow.output)
    assert answer["answered"]
    assert "الثلاثاء" in answer["short_answer"]


def test_the_session_id_a_first_answer_prints_carries_the_follow_up(cli):
    first = json.loads(cli("ask", "--json", "وين صار الاجتماع؟").output)
    follow = cli("ask", "--json", "--session", first["session_id"], "ومتى؟")
    assert "الثلاثاء" in json.loads(follow.output)["short_answer"]


def test_follow_up_without_the_session_is_not_understood(cli):
    cli("ask", "--json", "--session", "s1", "وين صار الاجتماع؟")
    assert not json.loads(cli("ask", "--json", "ومتى؟").output)["answered"]


def test_check_reports_ok(cli):
    result = cli("check")
    assert result.exit_code == 0
    assert result.output.startswith("ok:")


def test_search_lists_ranked_hits(cli):
    result = cli("search", "quanto foi roubado", "-k", "3")
    assert result.exit_code == 0
    assert " 1. " in result.output and "1,7" in result.output


def test_bench_eval_detects_the_language_of_a_file_not_named_after_one(cli, tmp_path):
    path = tmp_path / "fresh.yaml"
    path.write_text('answerable:\n  - q: "quanto foi roubado?"\n    cite: "1,7 bilhão"\n')
    result = cli("bench", "eval", str(path))
    assert result.exit_code == 0
    assert json.loads(result.output)["answerable"] == {"n": 1, "accuracy": 1.0}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("answerable: [\n", id="broken-yaml"),
        pytest.param("- just a list\n", id="not-sections"),
        pytest.param("answerable:\n  - cite: x\n", id="case-without-question"),
    ],
)
def test_bench_eval_reports_a_bad_file_without_a_traceback(cli, tmp_path, text):
    path = tmp_path / "pt.yaml"
    path.write_text(text)
    result = cli("bench", "eval", str(path))
    assert result.exit_code == 1
    assert "Error:" in result.output and "Traceback" not in result.output
