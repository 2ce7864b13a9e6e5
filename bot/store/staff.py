"""Staff accounts and their console sessions.

Passwords are hashed with Werkzeug's ``generate_password_hash`` (scrypt from :mod:`hashlib`,
salted). Sessions live in the database rather than in a signed cookie, so that every worker and
every server sharing the database knows them, and logging out or deleting an account ends them
at once.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from werkzeug.security import check_password_hash, generate_password_hash

if TYPE_CHECKING:
    from bot.store import Store

ROLES = ("viewer", "editor")
USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 10
# Checked when the username is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not a password of anyone's")


class AccountError(ValueError):
    """A username, role or password that cannot be accepted; ``code`` names the reason."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class User:
    id: int
    username: str
    role: str
    created_at: datetime

    @property
    def can_edit(self) -> bool:
        return self.role == "editor"


@dataclass(frozen=True)
class StaffSession:
    user: User
    csrf_token: str
    expires_at: float


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(
            "weak_password", f"Use a password of at least {MIN_PASSWORD} characters."
        )


class Users:
    """The ``users`` table."""

    def __init__(self, store: Store):
        self.store = store
        self.table = store.tables["users"]

    def create(self, username: str, password: str, role: str) -> User:
        if not USERNAME_RE.match(username):
            raise AccountError("bad_username", f"A username must match {USERNAME_RE.pattern}.")
        if role not in ROLES:
            raise AccountError("bad_role", f"The role must be one of {', '.join(ROLES)}.")
        check_password(password)
        created = datetime.now(UTC)
        try:
            with self.store.engine.begin() as conn:
                result = conn.execute(
                    self.table.insert().values(
                        username=username,
                        password_hash=generate_password_hash(password),
                        role=role,
                        created_at=created,
                    )
                )
        except sa.exc.IntegrityError:
            raise AccountError("user_exists", f"There is already a user {username!r}.") from None
        return User(int(result.inserted_primary_key[0]), username, role, created)

    def get(self, username: str) -> User | None:
        c = self.table.c
        query = sa.select(c.id, c.username, c.role, c.created_at).where(c.username == username)
        with self.store.engine.connect() as conn:
            row = conn.execute(query).first()
        return User(*row) if row else None

    def list(self) -> list[User]:
        c = self.table.c
        query = sa.select(c.id, c.username, c.role, c.created_at).order_by(c.username)
        with self.store.engine.connect() as conn:
            return [User(*row) for row in conn.execute(query)]

    def authenticate(self, username: str, password: str) -> User | None:
        """The user when ``password`` is theirs, else None (in the same time either way)."""
        c = self.table.c
        query = sa.select(c.id, c.username, c.role, c.created_at, c.password_hash).where(
            c.username == username
        )
        with self.store.engine.connect() as conn:
            row = conn.execute(query).first()
        stored = row.password_hash if row else _DUMMY_HASH
        if not check_password_hash(stored, password) or row is None:
            return None
        return User(row.id, row.username, row.role, row.created_at)

    def set_password(self, username: str, password: str) -> bool:
        """Change the password and end the user's sessions; False for an unknown user."""
        check_password(password)
        user = self.get(username)
        if user is None:
            return False
        with self.store.engine.begin() as conn:
            conn.execute(
                self.table.update()
                .where(self.table.c.id == user.id)
                .values(password_hash=generate_password_hash(password))
            )
        self.store.staff_sessions.end_all(user.id)
        return True

    def set_role(self, username: str, role: str) -> bool:
        if role not in ROLES:
            raise AccountError("bad_role", f"The role must be one of {', '.join(ROLES)}.")
        with self.store.engine.begin() as conn:
            query = self.table.update().where(self.table.c.username == username)
            return conn.execute(query.values(role=role)).rowcount == 1

    def delete(self, username: str) -> bool:
        user = self.get(username)
        if user is None:
            return False
        self.store.staff_sessions.end_all(user.id)
        with self.store.engine.begin() as conn:
            conn.execute(self.table.delete().where(self.table.c.id == user.id))
        return True


class StaffSessions:
    """The ``staff_sessions`` table: a random token in the cookie, its hash here."""

    def __init__(self, store: Store):
        self.store = store
        self.table = store.tables["staff_sessions"]

    def start(self, user: User, lifetime: float) -> tuple[str, StaffSession]:
        """A new session for ``user``: the cookie's token and the session."""
        token = secrets.token_urlsafe(32)
        session = StaffSession(user, secrets.token_urlsafe(32), time.time() + lifetime)
        with self.store.engine.begin() as conn:
            conn.execute(
                self.table.delete().where(self.table.c.expires_at < time.time())
            )  # expired sessions of anyone go here, so the table never grows without bound
            conn.execute(
                self.table.insert().values(
                    token_hash=_token_hash(token),
                    user_id=user.id,
                    csrf_token=session.csrf_token,
                    expires_at=session.expires_at,
                )
            )
        return token, session

    def get(self, token: str) -> StaffSession | None:
        """The live session whose cookie token is ``token``, with its user."""
        if not token or len(token) > 200:
            return None
        s, u = self.table.c, self.store.tables["users"].c
        query = (
            sa.select(u.id, u.username, u.role, u.created_at, s.csrf_token, s.expires_at)
            .join_from(self.table, self.store.tables["users"], s.user_id == u.id)
            .where(s.token_hash == _token_hash(token), s.expires_at > time.time())
        )
        with self.store.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        return StaffSession(User(*row[:4]), row.csrf_token, row.expires_at)

    def end(self, token: str) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(self.table.delete().where(self.table.c.token_hash == _token_hash(token)))

    def end_all(self, user_id: int) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(self.table.delete().where(self.table.c.user_id == user_id))


__all__ = ["ROLES", "AccountError", "StaffSession", "StaffSessions", "User", "Users"]


class LoginFailures:
    """The ``login_failures`` table: failed console logins per client, for rate limiting."""

    def __init__(self, store: Store):
        self.store = store
        self.table = store.tables["login_failures"]

    def record(self, client: str, keep: float) -> None:
        """Count a failed login of ``client``; failures older than ``keep`` seconds go."""
        now = time.time()
        with self.store.engine.begin() as conn:
            conn.execute(self.table.delete().where(self.table.c.at < now - keep))
            conn.execute(self.table.insert().values(client_hash=client, at=now))

    def wait(self, client: str, limits: Iterable[tuple[int, float]]) -> float:
        """Seconds ``client`` must wait before its next login (0.0 when it need not): for each
        ``(amount, seconds)``, no more than ``amount`` failures within the last ``seconds``."""
        now = time.time()
        c = self.table.c
        longest = 0.0
        with self.store.engine.connect() as conn:
            for amount, seconds in limits:
                query = (
                    sa.select(c.at)
                    .where(c.client_hash == client, c.at >= now - seconds)
                    .order_by(c.at.desc())
                    .offset(amount - 1)
                    .limit(1)
                )
                oldest = conn.execute(query).scalar()  # the amount-th latest failure
                if oldest is not None:
                    longest = max(longest, oldest + seconds - now)
        return longest
