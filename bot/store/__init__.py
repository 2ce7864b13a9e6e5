"""Sanad's data layer: chat log, feedback, API keys and conversation sessions.

SQLAlchemy Core over SQLite (the default, in WAL mode) or PostgreSQL
(``postgresql+psycopg2://...``). Tables are created on start; ``prefix`` namespaces them so
that several stores (parallel test runs) can share one database.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import json
import logging
import random
import secrets
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.store import schema
from bot.store.faq import FaqRepository
from bot.store.staff import LoginFailures, StaffSessions, Users

log = logging.getLogger(__name__)

KEY_PREFIX = "sanad_"


def _now() -> datetime:
    return datetime.now(UTC)


def hash_key(token: str) -> str:
    """SHA-256 of an API key: keys are 256-bit random tokens, so no slow hash is needed."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ApiKey:
    id: int
    name: str
    prefix: str
    created_at: datetime
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def _tables(prefix: str) -> tuple[sa.MetaData, dict[str, sa.Table]]:
    md = sa.MetaData()
    p = prefix
    chat_log = sa.Table(
        f"{p}chat_log",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", schema.UtcDateTime(), nullable=False, index=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("lang", sa.String(8)),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("answered", sa.Boolean, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("cited_ids", sa.Text, nullable=False, default="[]"),
        sa.Column("latency_ms", sa.Float, nullable=False),
        sa.Column("answer_id", sa.String(64), index=True),
        sa.Column("session_id", sa.String(128), index=True),
        sa.Column("client_hash", sa.String(64)),
        sa.Column("api_key_id", sa.Integer),
        # What the visitor was told, so staff can judge answers marked unhelpful.
        sa.Column("answer", sa.Text),
        sa.Column("short_answer", sa.Text),
    )
    feedback = sa.Table(
        f"{p}feedback",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", schema.UtcDateTime(), nullable=False),
        sa.Column("session_id", sa.String(128), nullable=False, index=True),
        sa.Column("answer_id", sa.String(64), index=True),
        sa.Column("question", sa.Text),
        sa.Column("helpful", sa.Boolean, nullable=False),
        sa.Column("comment", sa.Text),
    )
    api_keys = sa.Table(
        f"{p}api_keys",
        md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", schema.UtcDateTime(), nullable=False),
        sa.Column("revoked_at", schema.UtcDateTime()),
    )
    sessions = sa.Table(
        f"{p}sessions",
        md,
        sa.Column("session_id", sa.String(128), primary_key=True),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False, index=True),
    )
    return md, {
        "chat_log": chat_log,
        "feedback": feedback,
        "api_keys": api_keys,
        "sessions": sessions,
        **schema.staff_tables(md, prefix),
        **schema.faq_tables(md, prefix),
    }


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An SQLAlchemy engine for ``url``; SQLite files get WAL mode and a busy timeout."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


class Store:
    """Every table Sanad writes, behind small methods; safe to share between threads."""

    def __init__(self, url: str, prefix: str = "", create: bool = True):
        self.url = url
        self.prefix = prefix
        self.engine = make_engine(url)
        self.metadata, self.tables = _tables(prefix)
        self.chat_log = self.tables["chat_log"]
        self.feedback = self.tables["feedback"]
        self.api_keys = self.tables["api_keys"]
        self.sessions = self.tables["sessions"]
        self.users = Users(self)
        self.staff_sessions = StaffSessions(self)
        self.login_failures = LoginFailures(self)
        self.faq = FaqRepository(self)
        self._prepare_hot_statements()
        if create:
            self.create_all()

    def _prepare_hot_statements(self) -> None:
        """Build once the statements every chat request runs, executed with bound values.

        A statement built per call with ``.values(...)`` costs SQLAlchemy about 0.15 ms to
        coerce and cache-key each time, more than SQLite takes to write the row.
        """
        c = self.sessions.c
        self._log_insert = self.chat_log.insert()
        self._session_select = sa.select(c.state).where(
            c.session_id == sa.bindparam("session_id"), c.updated_at >= sa.bindparam("since")
        )
        self._session_upsert = None
        if self.dialect in ("sqlite", "postgresql"):
            if self.dialect == "sqlite":
                from sqlalchemy.dialects.sqlite import insert
            else:
                from sqlalchemy.dialects.postgresql import insert
            stmt = insert(self.sessions)
            self._session_upsert = stmt.on_conflict_do_update(
                index_elements=[c.session_id],
                set_={"state": stmt.excluded.state, "updated_at": stmt.excluded.updated_at},
            )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def create_all(self) -> None:
        """Create missing tables; another process creating them at the same moment is fine."""
        for attempt in range(3):
            try:
                self.metadata.create_all(self.engine)
                self._add_missing_columns()
                self.faq.ensure_revision()
                return
            except sa.exc.DBAPIError:
                if attempt == 2:
                    raise
                time.sleep(0.1 * (attempt + 1))

    def _add_missing_columns(self) -> None:
        """Add nullable columns that a newer Sanad defines to tables an older one created.

        ``create_all`` never alters an existing table; the only schema changes so far are new
        nullable columns, which this covers without a migration framework.
        """
        inspector = sa.inspect(self.engine)
        for table in self.metadata.sorted_tables:
            have = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name in have or not column.nullable:
                    continue
                kind = column.type.compile(dialect=self.engine.dialect)
                with self.engine.begin() as conn:
                    conn.execute(
                        sa.text(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}')
                    )

    def shared_secret(self) -> str:
        """A random secret kept in the database, the same for every worker and server sharing
        it (used when ``SANAD_SECRET_KEY`` is not set)."""
        meta = self.tables["meta"]
        query = sa.select(meta.c.value).where(meta.c.key == "secret_key")
        with self.engine.connect() as conn:
            secret = conn.execute(query).scalar()
        if secret:
            return secret
        try:
            with self.engine.begin() as conn:
                conn.execute(meta.insert().values(key="secret_key", value=secrets.token_hex(32)))
        except sa.exc.IntegrityError:
            pass  # another process made it first; use theirs
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def drop_all(self) -> None:
        self.metadata.drop_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> bool:
        """True when the database answers a trivial query."""
        with self.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        return True

    # --- chat log ------------------------------------------------------------------------------

    def log_chat(
        self,
        *,
        channel: str,
        lang: str | None,
        question: str,
        answered: bool,
        confidence: float,
        cited_ids: list[str],
        latency_ms: float,
        answer_id: str | None,
        session_id: str | None,
        client_hash: str | None = None,
        api_key_id: int | None = None,
        answer: str | None = None,
        short_answer: str | None = None,
        sessions: Sequence[tuple[str, dict]] = (),
    ) -> int:
        """Log one exchange; ``sessions`` (id, state) are saved in the same transaction, which
        costs one commit instead of two per chat."""
        row = {
            "created_at": _now(),
            "channel": channel,
            "lang": lang,
            "question": question,
            "answered": answered,
            "confidence": confidence,
            "cited_ids": json.dumps(cited_ids, ensure_ascii=False),
            "latency_ms": latency_ms,
            "answer_id": answer_id,
            "session_id": session_id,
            "client_hash": client_hash,
            "api_key_id": api_key_id,
            "answer": answer,
            "short_answer": short_answer,
        }
        with self.engine.begin() as conn:
            for session_id, state in sessions:
                self._put_session(conn, session_id, state)
            result = conn.execute(self._log_insert, row)
            return int(result.inserted_primary_key[0])

    def chats(self, limit: int = 100) -> list[dict]:
        """The latest chat log rows, newest first, with ``cited_ids`` decoded."""
        query = self.chat_log.select().order_by(self.chat_log.c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        for row in rows:
            row["cited_ids"] = json.loads(row["cited_ids"])
        return rows

    def questions(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        lang: str | None = None,
        limit: int = 100_000,
    ) -> list[dict]:
        """Visitors' questions (not the console's searches) for the console's reports, newest
        first: question, lang, created_at (aware, UTC), answered, confidence."""
        c = self.chat_log.c
        query = sa.select(c.question, c.lang, c.created_at, c.answered, c.confidence)
        query = _period(query.order_by(c.id.desc()).limit(limit), c.created_at, since, until)
        if lang:
            query = query.where(c.lang == lang)
        return self._dated_rows(query)

    def _dated_rows(self, query) -> list[dict]:
        """The rows of ``query`` as dicts."""
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    # --- feedback ------------------------------------------------------------------------------

    def add_feedback(
        self,
        *,
        session_id: str,
        helpful: bool,
        answer_id: str | None = None,
        question: str | None = None,
        comment: str | None = None,
    ) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                self.feedback.insert().values(
                    created_at=_now(),
                    session_id=session_id,
                    answer_id=answer_id,
                    question=question,
                    helpful=helpful,
                    comment=comment,
                )
            )
            return int(result.inserted_primary_key[0])

    def feedback_rows(self, limit: int = 100) -> list[dict]:
        query = self.feedback.select().order_by(self.feedback.c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def unhelpful(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        lang: str | None = None,
        limit: int = 500,
    ) -> list[dict]:
        """Answers marked unhelpful, newest first, with what the visitor was told."""
        f, c = self.feedback.c, self.chat_log.c
        query = (
            sa.select(
                f.id,
                f.created_at,
                sa.func.coalesce(c.question, f.question).label("question"),
                c.lang,
                c.answer,
                c.short_answer,
                c.confidence,
                f.comment,
            )
            .join_from(self.feedback, self.chat_log, f.answer_id == c.answer_id, isouter=True)
            .where(f.helpful.is_(False))
            .order_by(f.id.desc())
            .limit(limit)
        )
        query = _period(query, f.created_at, since, until)
        if lang:
            query = query.where(c.lang == lang)
        return self._dated_rows(query)

    # --- API keys ------------------------------------------------------------------------------

    def create_key(self, name: str) -> tuple[ApiKey, str]:
        """A new key named ``name``: the record and the token, which is shown only once."""
        token = KEY_PREFIX + secrets.token_urlsafe(32)
        created = _now()
        with self.engine.begin() as conn:
            result = conn.execute(
                self.api_keys.insert().values(
                    name=name,
                    prefix=token[: len(KEY_PREFIX) + 6],
                    key_hash=hash_key(token),
                    created_at=created,
                )
            )
            key_id = int(result.inserted_primary_key[0])
        return ApiKey(key_id, name, token[: len(KEY_PREFIX) + 6], created, None), token

    def list_keys(self) -> list[ApiKey]:
        c = self.api_keys.c
        query = sa.select(c.id, c.name, c.prefix, c.created_at, c.revoked_at).order_by(c.id)
        with self.engine.connect() as conn:
            return [ApiKey(*row) for row in conn.execute(query)]

    def revoke_key(self, key_id: int) -> bool:
        """Revoke key ``key_id``; False when there is no such active key."""
        if not schema.holds_id(key_id):
            return False
        c = self.api_keys.c
        query = (
            self.api_keys.update()
            .where(c.id == key_id, c.revoked_at.is_(None))
            .values(revoked_at=_now())
        )
        with self.engine.begin() as conn:
            return conn.execute(query).rowcount == 1

    def verify_key(self, token: str) -> ApiKey | None:
        """The active key whose token is ``token``, else None."""
        if not token or len(token) > 200:
            return None
        c = self.api_keys.c
        query = sa.select(c.id, c.name, c.prefix, c.created_at, c.revoked_at).where(
            c.key_hash == hash_key(token), c.revoked_at.is_(None)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return ApiKey(*row) if row else None

    # --- sessions ------------------------------------------------------------------------------

    def get_session(self, session_id: str, ttl: float) -> dict | None:
        params = {"session_id": session_id, "since": time.time() - ttl}
        with self.engine.connect() as conn:
            state = conn.execute(self._session_select, params).scalar()
        return json.loads(state) if state is not None else None

    def put_session(self, session_id: str, state: dict) -> None:
        with self.engine.begin() as conn:
            self._put_session(conn, session_id, state)

    def _put_session(self, conn, session_id: str, state: dict) -> None:
        values = {
            "session_id": session_id,
            "state": json.dumps(state, ensure_ascii=False),
            "updated_at": time.time(),
        }
        if self._session_upsert is not None:
            conn.execute(self._session_upsert, values)
            return
        c = self.sessions.c  # other databases: update, then insert
        update = self.sessions.update().where(c.session_id == session_id).values(**values)
        if conn.execute(update).rowcount == 0:
            conn.execute(self.sessions.insert(), values)

    def purge_sessions(self, ttl: float) -> int:
        """Delete sessions idle for longer than ``ttl`` seconds; the number deleted."""
        c = self.sessions.c
        with self.engine.begin() as conn:
            return conn.execute(
                self.sessions.delete().where(c.updated_at < time.time() - ttl)
            ).rowcount


def _period(query, column, since: datetime | None, until: datetime | None):
    if since is not None:
        query = query.where(column >= since)
    if until is not None:
        query = query.where(column < until)
    return query


@dataclass
class Batch:
    """Session states put while a :meth:`DbSessions.batched` block runs, not yet saved."""

    owner: DbSessions
    states: list[tuple[str, dict]] = field(default_factory=list)
    saved: bool = False


_BATCH: contextvars.ContextVar[Batch | None] = contextvars.ContextVar("sanad_batch", default=None)


class DbSessions:
    """Conversation state in the database, shared by every worker; the interface of
    :class:`bot.answer.Sessions` (``get``/``put``)."""

    def __init__(self, store: Store, ttl: float = 30 * 60.0, purge_every: int = 200):
        self.store, self.ttl, self.purge_every = store, ttl, purge_every

    def get(self, session_id: str) -> dict | None:
        """The conversation's state; None when unknown, expired or the database is down
        (the question is then answered without its context rather than failing)."""
        try:
            return self.store.get_session(session_id, self.ttl)
        except sa.exc.SQLAlchemyError:
            log.exception("could not read session %s", session_id)
            return None

    def put(self, session_id: str, state: dict) -> None:
        """Save the conversation's state; a database failure loses only the context.

        Inside :meth:`batched` the state is only collected, for the caller to save."""
        batch = _BATCH.get()
        if batch is not None and batch.owner is self:  # another store's sessions save at once
            batch.states.append((session_id, state))
            return
        self._save([(session_id, state)])
        self._maybe_purge()

    @contextlib.contextmanager
    def batched(self) -> Iterator[Batch]:
        """Collect the states put in this block (this thread or task only): the chat API saves
        them with the chat log, in one transaction; if the block did not (``batch.saved`` still
        false, e.g. the log failed), they are saved on their own when it ends."""
        batch = Batch(self)
        token = _BATCH.set(batch)
        try:
            yield batch
        finally:
            _BATCH.reset(token)
            if not batch.saved:
                self._save(batch.states)
            self._maybe_purge()

    def _save(self, states: Sequence[tuple[str, dict]]) -> None:
        for session_id, state in states:
            try:
                self.store.put_session(session_id, state)
            except sa.exc.SQLAlchemyError:
                log.exception("could not save session %s", session_id)

    def _maybe_purge(self) -> None:
        if self.purge_every and random.randrange(self.purge_every) == 0:
            try:
                self.store.purge_sessions(self.ttl)
            except sa.exc.SQLAlchemyError:
                log.exception("could not purge expired sessions")


__all__ = ["KEY_PREFIX", "ApiKey", "Batch", "DbSessions", "Store", "hash_key", "make_engine"]
