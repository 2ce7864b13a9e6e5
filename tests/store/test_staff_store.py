"""Staff accounts and console sessions in the database."""

from __future__ import annotations

import pytest
from servers import STAFF_PASSWORD as PASSWORD

from bot.store.staff import AccountError


def test_passwords_are_stored_hashed_and_salted(store):
    store.users.create("edna", PASSWORD, "editor")
    store.users.create("vic", PASSWORD, "viewer")
    with store.engine.connect() as conn:
        hashes = [row.password_hash for row in conn.execute(store.tables["users"].select())]
    assert all(PASSWORD not in h and h.startswith("scrypt:") for h in hashes)
    assert hashes[0] != hashes[1]  # same password, different salt


def test_authenticate_accepts_only_the_right_password(store):
    store.users.create("edna", PASSWORD, "editor")
    assert store.users.authenticate("edna", PASSWORD).role == "editor"
    assert store.users.authenticate("edna", PASSWORD + "!") is None
    assert store.users.authenticate("nobody", PASSWORD) is None


@pytest.mark.parametrize(
    ("username", "password", "role", "code"),
    [
        ("edna", "short", "editor", "weak_password"),
        ("edna", PASSWORD, "admin", "bad_role"),
        ("has space", PASSWORD, "viewer", "bad_username"),
        ("", PASSWORD, "viewer", "bad_username"),
    ],
)
def test_bad_accounts_are_refused(store, username, password, role, code):
    with pytest.raises(AccountError) as error:
        store.users.create(username, password, role)
    assert error.value.code == code


def test_usernames_are_unique(store):
    store.users.create("edna", PASSWORD, "editor")
    with pytest.raises(AccountError) as error:
        store.users.create("edna", PASSWORD, "viewer")
    assert error.value.code == "user_exists"


def test_a_session_is_found_by_its_token_only(store):
    user = store.users.create("edna", PASSWORD, "editor")
    token, session = store.staff_sessions.start(user, 3600)
    found = store.staff_sessions.get(token)
    assert (found.user.username, found.csrf_token) == ("edna", session.csrf_token)
    assert store.staff_sessions.get(token + "x") is None
    with store.engine.connect() as conn:
        stored = [row.token_hash for row in conn.execute(store.tables["staff_sessions"].select())]
    assert token not in stored


def test_expired_sessions_are_not_found_and_get_purged(store):
    user = store.users.create("edna", PASSWORD, "editor")
    old, _ = store.staff_sessions.start(user, -1)
    assert store.staff_sessions.get(old) is None
    store.staff_sessions.start(user, 3600)  # starting a session sweeps expired ones
    with store.engine.connect() as conn:
        assert len(conn.execute(store.tables["staff_sessions"].select()).all()) == 1


def test_set_role(store):
    store.users.create("vic", PASSWORD, "viewer")
    assert store.users.set_role("vic", "editor") is True
    assert store.users.get("vic").role == "editor"
    assert store.users.set_role("nobody", "editor") is False


def test_shared_secret_is_made_once(store):
    assert store.shared_secret() == store.shared_secret()
    assert len(store.shared_secret()) == 64
