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
