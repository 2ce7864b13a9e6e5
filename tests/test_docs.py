"""Every route, setting and command is documented in the README (as Datasette checks)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.api import config as api_config
from bot.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
# Routes a reader of the README does not call: the docs page's own assets, static files.
UNDOCUMENTED = {"/static/<path:filename>", "/api/docs/assets/<filename>", "/api/docs/init.js"}


def _routes(app) -> list[str]:
    return sorted({r.rule for r in app.url_map.iter_rules()} - UNDOCUMENTED)


@pytest.fixture(scope="module")
def routes(tmp_path_factory):
    from bot.api import create_app

    db = tmp_path_factory.mktemp("docs") / "docs.sqlite3"
    return _routes(
        create_app({"DATABASE_URL": f"sqlite:///{db}", "SECRET_KEY": "docs", "RELOAD_INTERVAL": 0})
    )


def test_every_route_is_documented(routes):
    # "/demo/<lang>" is documented as /demo/ar and /demo/pt; "<id>" as in the README table.
    missing = [r for r in routes if not re.search(re.escape(r.split("<")[0]), README)]
    assert not missing


@pytest.mark.parametrize("variable", sorted(set(re.findall(r"SANAD_[A-Z_]+", api_config.__doc__))))
def test_every_setting_is_documented(variable):
    assert variable in README


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_documented(command):
    assert f"sanad {command}" in README


@pytest.mark.parametrize("command", sorted(main.commands["bench"].commands))
def test_every_benchmark_is_documented(command):
    assert f"sanad bench {command}" in README


@pytest.mark.parametrize("command", sorted(main.commands["users"].commands))
def test_every_users_command_is_documented(command):
    assert f"sanad users {command}" in README
