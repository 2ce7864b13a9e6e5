"""The console's commands: ``sanad users ...`` and ``sanad export``; ``sanad ask`` answers from
the FAQ as curated."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner
from servers import STAFF_PASSWORD as PASSWORD

from bot import knowledge
from bot.api import config as api_config
from bot.cli import main
from bot.store import Store


@pytest.fixture
def db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("SANAD_DATABASE_URL", url)
    store = Store(url)
    yield store
    store.close()


@pytest.fixture
def cli(db):
    runner = CliRunner()
    return lambda *args, input=None: runner.invoke(main, list(args), input=input)


def test_users_create_with_password_on_stdin(cli, db):
    result = cli("users", "create", "edna", "--role", "editor", "--password-stdin", input=PASSWORD)
    assert result.exit_code == 0, result.output
    assert db.users.authenticate("edna", PASSWORD).role == "editor"


def test_users_create_prompts_twice_for_the_password(cli, db):
    result = cli("users", "create", "vic", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output  # hidden input
    assert db.users.get("vic").role == "viewer"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("users", "create", "edna", "--password-stdin"), "at least 10"),
        (("users", "create", "bad name", "--password-stdin"), "username must match"),
    ],
)
def test_users_create_refuses_bad_accounts(cli, args, message):
    result = cli(*args, input="short" if "edna" in args else PASSWORD)
    assert result.exit_code == 1
    assert message in result.output


def test_users_create_refuses_a_taken_name(cli):
    cli("users", "create", "edna", "--password-stdin", input=PASSWORD)
    result = cli("users", "create", "edna", "--password-stdin", input=PASSWORD)
    assert result.exit_code == 1 and "already a user" in result.output


def test_users_list_set_role_set_password_delete(cli, db):
    cli("users", "create", "edna", "--password-stdin", input=PASSWORD)
    assert cli("users", "set-role", "edna", "editor").exit_code == 0
    assert "edna\teditor" in cli("users", "list").output
    result = cli("users", "set-password", "edna", "--password-stdin", input="another password")
    assert result.exit_code == 0
    assert db.users.authenticate("edna", "another password") is not None
    assert cli("users", "delete", "edna").exit_code == 0
    assert cli("users", "list").output == ""


@pytest.mark.parametrize(
    "args", [("users", "delete", "ghost"), ("users", "set-role", "ghost", "viewer")]
)
def test_users_commands_on_unknown_users_fail(cli, args):
    result = cli(*args)
    assert result.exit_code == 1 and "no user 'ghost'" in result.output


def _edit(db: Store, entry_id: str, answer: str) -> None:
    db.faq.seed(knowledge.load(api_config.load()["KNOWLEDGE_DIR"]).faq)
    record = db.faq.get(entry_id)
    db.faq.update(replace(record, answer=answer), record.version, "edna")


def test_ask_answers_from_the_curated_faq(cli, db):
    _edit(db, "pt-amount-stolen", "Cerca de US $ 1,7 bilhão (editado).")
    result = cli("ask", "--json", "Quanto os hackers norte-coreanos roubaram em ativos digitais?")
    assert json.loads(result.output)["answer"] == "Cerca de US $ 1,7 bilhão (editado)."


def test_export_writes_the_curated_knowledge(cli, db, tmp_path):
    _edit(db, "pt-amount-stolen", "Cerca de US $ 1,7 bilhão (editado).")
    out = tmp_path / "exported"
    result = cli("export", str(out))
    assert result.exit_code == 0, result.output
    exported = knowledge.load(out)
    entry = next(e for e in exported.faq if e.id == "pt-amount-stolen")
    assert entry.answer == "Cerca de US $ 1,7 bilhão (editado)."


def test_export_refuses_a_directory_with_files_unless_forced(cli, tmp_path):
    out = tmp_path / "exported"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    assert cli("export", str(out)).exit_code == 1
    assert cli("export", str(out), "--force").exit_code == 0
    assert (out / "notes.txt").read_text() == "mine"
