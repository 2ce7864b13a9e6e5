"""The curated FAQ: entries edited in the console, every change kept with who, when and what.

The shipped ``knowledge/faq/*.yaml`` seeds the table once, for a new installation; from then on
the database is the FAQ (``sanad export`` writes it back to files).

Concurrency without locks: every save bumps an entry's ``version`` and names the version it
edited (``UPDATE ... WHERE version = :edited``), so of two editors of one version only the first
succeeds and the second gets :class:`FaqError` ``conflict``. A version identifies an entry's
content, so the state read before the write is exactly what the write replaced.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa

from bot.knowledge import FaqEntry
from bot.store.schema import holds_id

if TYPE_CHECKING:
    from bot.store import Store

SEEDED = "faq_seeded"


class FaqError(Exception):
    """A refused FAQ change; ``code`` is ``not_found`` or ``conflict``."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class FaqRecord:
    """An FAQ entry as stored: the knowledge record's fields plus version and authorship."""

    id: str
    lang: str
    question: str
    alternates: tuple[str, ...]
    answer: str
    supports: tuple[str, ...]  # sentence ids
    version: int = 1
    updated_at: datetime | None = None
    updated_by: str | None = None

    def content(self) -> dict:
        """What an editor changes (and the history keeps), as JSON-ready data."""
        return {
            "id": self.id,
            "lang": self.lang,
            "question": self.question,
            "alternates": list(self.alternates),
            "answer": self.answer,
            "supports": list(self.supports),
            "version": self.version,
        }

    def to_entry(self, known_sentences: set[str] | None = None) -> FaqEntry:
        """The engine's record; supports naming sentences no longer in the articles are dropped."""
        supports = tuple(
            s for s in self.supports if known_sentences is None or s in known_sentences
        )
        return FaqEntry(self.id, self.lang, self.question, self.answer, self.alternates, supports)


@dataclass(frozen=True)
class FaqChange:
    id: int
    entry_id: str
    action: str  # create, update, delete, revert
    username: str | None
    at: datetime
    before: dict | None
    after: dict | None
    reverts: int | None = None


def _now() -> datetime:
    return datetime.now(UTC)


def new_id(lang: str) -> str:
    """A fresh entry id matching the knowledge files' id pattern."""
    return f"{lang}-{secrets.token_hex(4)}"


class FaqRepository:
    """The ``faq_entries`` and ``faq_changes`` tables."""

    def __init__(self, store: Store):
        self.store = store
        self.entries_t = store.tables["faq_entries"]
        self.changes_t = store.tables["faq_changes"]
        self.revision_t = store.tables["faq_revision"]

    # --- reading -----------------------------------------------------------------------------

    def revision(self) -> int:
        """How many changes were committed (0 before any): one primary-key read, cheap enough
        to poll several times a second from every worker."""
        query = sa.select(self.revision_t.c.revision).where(self.revision_t.c.id == 1)
        with self.store.engine.connect() as conn:
            return int(conn.execute(query).scalar() or 0)

    def ensure_revision(self) -> None:
        """Create the revision row once; an installation that already has changes starts it at
        their number. Another process creating it at the same moment is fine."""
        with self.store.engine.connect() as conn:
            if conn.execute(sa.select(self.revision_t.c.id)).first():
                return
        start = sa.select(sa.func.count()).select_from(self.changes_t)
        try:
            with self.store.engine.begin() as conn:
                count = int(conn.execute(start).scalar_one())
                conn.execute(self.revision_t.insert().values(id=1, revision=count))
        except sa.exc.IntegrityError:
            pass

    def entries(self, lang: str | None = None) -> list[FaqRecord]:
        c = self.entries_t.c
        query = self.entries_t.select().order_by(c.lang, c.position, c.id)
        if lang is not None:
            query = query.where(c.lang == lang)
        with self.store.engine.connect() as conn:
            return [_record(row) for row in conn.execute(query)]

    def get(self, entry_id: str) -> FaqRecord | None:
        query = self.entries_t.select().where(self.entries_t.c.id == entry_id)
        with self.store.engine.connect() as conn:
            row = conn.execute(query).first()
        return _record(row) if row else None

    def history(self, entry_id: str | None = None, limit: int = 200) -> list[FaqChange]:
        c = self.changes_t.c
        query = self.changes_t.select().order_by(c.id.desc()).limit(limit)
        if entry_id is not None:
            query = query.where(c.entry_id == entry_id)
        with self.store.engine.connect() as conn:
            return [_change(row) for row in conn.execute(query)]

    def change(self, change_id: int) -> FaqChange | None:
        if not holds_id(change_id):
            return None
        query = self.changes_t.select().where(self.changes_t.c.id == change_id)
        with self.store.engine.connect() as conn:
            row = conn.execute(query).first()
        return _change(row) if row else None

    # --- seeding -----------------------------------------------------------------------------

    def seed(self, entries: Iterable[FaqEntry]) -> bool:
        """Copy the shipped FAQ into an empty installation, once; False when already seeded.

        The marker row and the entries go in one transaction, so of several workers starting
        together exactly one seeds and the others see its entries.
        """
        meta = self.store.tables["meta"]
        with self.store.engine.connect() as conn:
            if conn.execute(sa.select(meta.c.key).where(meta.c.key == SEEDED)).first():
                return False  # the usual case, checked first to spare the database a failed insert
        rows = [
            {
                **_row(FaqRecord(e.id, e.lang, e.question, e.alternates, e.answer, e.supports)),
                "position": n,
            }
            for n, e in enumerate(entries)
        ]
        try:
            with self.store.engine.begin() as conn:
                conn.execute(meta.insert().values(key=SEEDED, value=_now().isoformat()))
                if rows:
                    conn.execute(self.entries_t.insert(), rows)
        except sa.exc.IntegrityError:
            return False
        return True

    # --- changing ----------------------------------------------------------------------------

    def create(self, record: FaqRecord, username: str | None) -> FaqRecord:
        record = replace(record, version=1, updated_at=_now(), updated_by=username)
        try:
            with self.store.engine.begin() as conn:
                conn.execute(
                    self.entries_t.insert().values(
                        **_row(record), position=self._next_position(conn)
                    )
                )
                self._log(conn, record.id, "create", username, None, record)
        except sa.exc.IntegrityError:
            raise FaqError("conflict", f"There is already an FAQ entry {record.id!r}.") from None
        return record

    def update(self, record: FaqRecord, edited: int, username: str | None) -> FaqRecord:
        """Save ``record`` over version ``edited``; ``conflict`` when that is not current."""
        before = self._current(record.id, edited)
        after = replace(
            record, lang=before.lang, version=edited + 1, updated_at=_now(), updated_by=username
        )
        with self.store.engine.begin() as conn:
            c = self.entries_t.c
            query = self.entries_t.update().where(c.id == record.id, c.version == edited)
            if conn.execute(query.values(**_row(after))).rowcount != 1:
                raise _conflict(record.id)
            self._log(conn, record.id, "update", username, before, after)
        return after

    def delete(self, entry_id: str, edited: int, username: str | None) -> None:
        before = self._current(entry_id, edited)
        with self.store.engine.begin() as conn:
            c = self.entries_t.c
            query = self.entries_t.delete().where(c.id == entry_id, c.version == edited)
            if conn.execute(query).rowcount != 1:
                raise _conflict(entry_id)
            self._log(conn, entry_id, "delete", username, before, None)

    def revert(self, change_id: int, username: str | None) -> FaqRecord | None:
        """Put the entry back as it was before change ``change_id``; the entry restored (None
        when the change created it). ``conflict`` when the entry changed after that change."""
        change = self.change(change_id)
        if change is None:
            raise FaqError("not_found", f"There is no change {change_id}.")
        current = self.get(change.entry_id)
        expected = change.after["version"] if change.after else None
        if (current.version if current else None) != expected:
            raise FaqError(
                "conflict",
                f"FAQ entry {change.entry_id!r} changed after change {change_id}; "
                "revert the later changes first.",
            )
        return self._restore(change, current, username)

    def _restore(self, change: FaqChange, current: FaqRecord | None, username: str | None):
        c = self.entries_t.c
        target = None
        if change.before is not None:
            # The version keeps counting up, also for an entry brought back after its deletion.
            version = (current.version if current else change.before["version"]) + 1
            target = replace(_from_content(change.before), version=version, updated_at=_now())
            target = replace(target, updated_by=username)
        with self.store.engine.begin() as conn:
            if current is not None:
                where = (c.id == current.id) & (c.version == current.version)
                query = (
                    self.entries_t.update().where(where).values(**_row(target))
                    if target
                    else self.entries_t.delete().where(where)
                )
                if conn.execute(query).rowcount != 1:
                    raise _conflict(current.id)
            else:
                try:
                    conn.execute(
                        self.entries_t.insert().values(
                            **_row(target), position=self._next_position(conn)
                        )
                    )
                except sa.exc.IntegrityError:
                    raise _conflict(change.entry_id) from None
            self._log(conn, change.entry_id, "revert", username, current, target, change.id)
        return target

    def _next_position(self, conn) -> int:
        """After every entry: a new entry goes to the end of the FAQ."""
        last = sa.select(sa.func.coalesce(sa.func.max(self.entries_t.c.position), -1))
        return int(conn.execute(last).scalar_one()) + 1

    def _current(self, entry_id: str, edited: int) -> FaqRecord:
        current = self.get(entry_id)
        if current is None:
            raise FaqError("not_found", f"There is no FAQ entry {entry_id!r}.")
        if current.version != edited:
            raise _conflict(entry_id)
        return current

    def _log(self, conn, entry_id, action, username, before, after, reverts=None) -> None:
        """Record a change and bump the revision, inside the change's own transaction.

        The bump holds the revision row's lock until commit, so a concurrent save waits for
        this one: the revision only ever moves past committed changes.
        """
        bump = self.revision_t.update().where(self.revision_t.c.id == 1)
        if conn.execute(bump.values(revision=self.revision_t.c.revision + 1)).rowcount == 0:
            count = conn.execute(sa.select(sa.func.count()).select_from(self.changes_t))
            conn.execute(self.revision_t.insert().values(id=1, revision=count.scalar_one() + 1))
        conn.execute(
            self.changes_t.insert().values(
                entry_id=entry_id,
                action=action,
                username=username,
                at=_now(),
                before=_json(before),
                after=_json(after),
                reverts=reverts,
            )
        )


def _conflict(entry_id: str) -> FaqError:
    return FaqError(
        "conflict",
        f"FAQ entry {entry_id!r} was changed by someone else since you opened it; "
        "reload it and apply your edit again.",
    )


def _json(record: FaqRecord | None) -> str | None:
    return None if record is None else json.dumps(record.content(), ensure_ascii=False)


def _row(record: FaqRecord) -> dict:
    return {
        "id": record.id,
        "lang": record.lang,
        "question": record.question,
        "alternates": json.dumps(list(record.alternates), ensure_ascii=False),
        "answer": record.answer,
        "supports": json.dumps(list(record.supports)),
        "version": record.version,
        "updated_at": record.updated_at or _now(),
        "updated_by": record.updated_by,
    }


def _record(row) -> FaqRecord:
    m = row._mapping
    return FaqRecord(
        m["id"],
        m["lang"],
        m["question"],
        tuple(json.loads(m["alternates"])),
        m["answer"],
        tuple(json.loads(m["supports"])),
        m["version"],
        m["updated_at"],
        m["updated_by"],
    )


def _from_content(data: dict) -> FaqRecord:
    return FaqRecord(
        data["id"],
        data["lang"],
        data["question"],
        tuple(data["alternates"]),
        data["answer"],
        tuple(data["supports"]),
        data["version"],
    )


def _change(row) -> FaqChange:
    m = row._mapping
    before = json.loads(m["before"]) if m["before"] else None
    after = json.loads(m["after"]) if m["after"] else None
    return FaqChange(
        m["id"], m["entry_id"], m["action"], m["username"], m["at"], before, after, m["reverts"]
    )


__all__ = ["FaqChange", "FaqError", "FaqRecord", "FaqRepository", "new_id"]
