"""Tables of the staff console: accounts, their sessions, the curated FAQ and its history.

The chat tables live in :mod:`bot.store`; these are added to the same metadata, so one
``create_all`` makes every table and one ``prefix`` namespaces them all.
"""

from __future__ import annotations

import sqlalchemy as sa


def staff_tables(md: sa.MetaData, p: str) -> dict[str, sa.Table]:
    users = sa.Table(
        f"{p}users",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
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
    return {"users": users, "staff_sessions": staff_sessions, "meta": meta}


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
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(64)),
        # Order of the FAQ as written (new entries last): suggestions follow it.
        sa.Column("position", sa.Integer, default=0),
    )
    faq_changes = sa.Table(
        f"{p}faq_changes",
        md,
        # Its largest id is the FAQ's revision: every worker polls it to know when to reload.
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entry_id", sa.String(64), nullable=False, index=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("username", sa.String(64)),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("before", sa.Text),  # JSON entry, null when created
        sa.Column("after", sa.Text),  # JSON entry, null when deleted
        sa.Column("reverts", sa.Integer),  # the change a revert undid
    )
    return {"faq_entries": faq_entries, "faq_changes": faq_changes}
