"""API keys: the ``keys`` commands, hashed storage, Bearer authentication."""

from __future__ import annotations

from click.testing import CliRunner

from bot.cli import main
from bot.store import hash_key

PT_QUESTION = "Quanto os hackers norte-coreanos roubaram em ativos digitais?"


def create(runner, name="whatsapp"):
    result = runner.invoke(args=["keys", "create", name])
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


def test_create_prints_a_high_entropy_token(runner):
    token = create(runner)
    assert token.startswith("sanad_") and len(token) >= 40


def test_key_is_stored_hashed(runner, store):
    token = create(runner)
    with store.engine.connect() as conn:
        rows = conn.execute(store.api_keys.select()).mappings().all()
    assert rows[0]["key_hash"] == hash_key(token)
    assert token not in repr(rows)


def test_list_shows_name_and_prefix_not_the_key(runner):
    token = create(runner, "telegram")
    output = runner.invoke(args=["keys", "list"]).output
    assert "telegram" in output and token[:12] in output and token not in output


def test_revoke(runner, store):
    create(runner)
    key_id = store.list_keys()[0].id
    result = runner.invoke(args=["keys", "revoke", str(key_id)])
    assert result.exit_code == 0 and not store.list_keys()[0].active


def test_revoke_unknown_key_fails(runner):
    assert runner.invoke(args=["keys", "revoke", "999"]).exit_code != 0


def test_revoked_key_is_refused(runner, client, store):
    token = create(runner)
    store.revoke_key(store.list_keys()[0].id)
    response = client.post(
        "/api/chat", json={"message": PT_QUESTION}, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 401


def test_valid_key_is_accepted(client, bot_headers):
    response = client.post(
        "/webhooks/rest/webhook", headers=bot_headers, json={"sender": "u1", "message": PT_QUESTION}
    )
    assert response.status_code == 200


def test_key_skips_the_origin_check(client, bot_headers):
    headers = {**bot_headers, "Origin": "https://elsewhere.example"}
    response = client.post("/api/chat", json={"message": PT_QUESTION}, headers=headers)
    assert response.status_code == 200


def test_sanad_keys_command_uses_the_configured_database(tmp_path, monkeypatch):
    monkeypatch.setenv("SANAD_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    cli = CliRunner()
    created = cli.invoke(main, ["keys", "create", "rasa-bot"])
    listed = cli.invoke(main, ["keys", "list"])
    assert created.exit_code == 0 and "rasa-bot" in listed.output
