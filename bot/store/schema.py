"""Tables of the staff console: accounts, their sessions, the curated FAQ and its history.

The chat tables live in :mod:`bot.store`; these are added to the same metadata, so one
``create_all`` makes every table and one ``prefix`` namespaces them all.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

# The largest value of an ``sa.Integer`` id on every supported database (PostgreSQL's
# ``integer`` is 32 bits).
MAX_ID = 2**31 - 1


def holds_id(value: int) -> bool:
    """Whether an id column can hold ``value``. The data layer takes any other id, which a URL
    or a command line can carry, for no such record: the driver would fail on it."""
    return 0 < value <= MAX_ID


class UtcDateTime(sa.types.TypeDecorator):
    """A timestamp that is UTC going in and timezone-aware coming out, on every database.

    SQLite keeps no offset and hands back naive values, which a browser would read as its
    own local time; PostgreSQL's ``timestamptz`` already behaves like this.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


def staff_tables(md: sa.MetaData, p: str) -> dict[str, sa.Table]:
    users = sa.Table(
        f"{p}users",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    staff_sessions = sa.Table(
        f"{p}staff_sessions",
        md,
        # Only a hash of the cookie's token is stored: a leaked table logs nobody in.
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, nullable=False, index=True),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False, index=True),
    )
    meta = sa.Table(
        f"{p}meta",
        md,
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    # Failed console logins, kept in the database so that every worker and every server
    # sharing it counts the same attempts (an in-memory limiter counts per process).
    login_failures = sa.Table(
        f"{p}login_failures",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("client_hash", sa.String(64), nullable=False, index=True),
        sa.Column("at", sa.Float, nullable=False, index=True),
    )
    return {
        "users": users,
        "staff_sessions": staff_sessions,
        "meta": meta,
        "login_failures": login_failures,
    }


def faq_tables(md: sa.MetaData, p: str) -> dict[str, sa.Table]:
    faq_entries = sa.Table(
        f"{p}faq_entries",
        md,
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("lang", sa.String(8), nullable=False, index=True),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("alternates", sa.Text, nullable=False),  # JSON list of text
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("supports", sa.Text, nullable=False),  # JSON list of sentence ids
        # Optimistic concurrency: a save names the version it edited (see FaqRepository.update).
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64)),
        # Order of the FAQ as written (new entries last): suggestions follow it.
        sa.Column("position", sa.Integer, default=0),
    )
    faq_changes = sa.Table(
        f"{p}faq_changes",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entry_id", sa.String(64), nullable=False, index=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("username", sa.String(64)),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("before", sa.Text),  # JSON entry, null when created
        sa.Column("after", sa.Text),  # JSON entry, null when deleted
        sa.Column("reverts", sa.Integer),  # the change a revert undid
    )
    # The FAQ's revision, one row that every change bumps in its own transaction. Every worker
    # polls it to know when to reload. Not the changes' largest id: ids are handed out before
    # commit, so two saves may commit in the other order and a poll between them would miss the
    # first for good; the row lock orders the bumps as the commits.
    faq_revision = sa.Table(
        f"{p}faq_revision",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("revision", sa.Integer, nullable=False),
    )
    return {"faq_entries": faq_entries, "faq_changes": faq_changes, "faq_revision": faq_revision}
