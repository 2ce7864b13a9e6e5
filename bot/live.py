"""The knowledge base as it is now: the articles from ``knowledge/`` and the FAQ as curated.

Staff edit the FAQ in the database. Every process that answers questions keeps a
:class:`LiveKnowledge`: a background thread polls the FAQ's revision (a counter that every
change bumps as it commits) a few times a second; when it moves, a new
:class:`~bot.answer.Engine` is built off to the side and published with one reference
assignment. A request holds the engine it started
with, so requests in flight finish on the old index while new ones get the new one; no lock is
needed on the answering path. Polling the database, rather than signalling between processes,
is what lets every worker of every server that shares the database follow the same changes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace

from bot.answer import Engine
from bot.knowledge import KnowledgeBase
from bot.store import Store

log = logging.getLogger(__name__)


def with_curated_faq(base: KnowledgeBase, store: Store) -> KnowledgeBase:
    """``base`` with the database's FAQ in place of the files' (seeding it the first time)."""
    store.faq.seed(base.faq)
    known = {s.id for a in base.articles for s in a.sentences}
    faq = tuple(r.to_entry(known) for r in store.faq.entries())
    return replace(base, faq=faq, _sentences={})


class LiveKnowledge:
    """Builds engines from the current knowledge and hands each new one to ``publish``."""

    def __init__(
        self,
        base: KnowledgeBase,
        store: Store,
        build: Callable[[KnowledgeBase], Engine],
        publish: Callable[[Engine], None],
        interval: float = 0.2,
    ):
        self.base, self.store, self.build, self.publish = base, store, build, publish
        self.interval = interval
        self.loaded_revision = -1
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()  # one rebuild at a time (the poller and wake() may race)
        self._thread: threading.Thread | None = None

    def load(self) -> Engine:
        """Build and publish an engine from the knowledge as it is now."""
        with self._lock:
            # Read the revision first: a change landing meanwhile is then seen (again) next poll.
            revision = self.store.faq.revision()
            engine = self.build(with_curated_faq(self.base, self.store))
            self.publish(engine)
            self.loaded_revision = revision
        log.info("knowledge loaded at FAQ revision %d", revision)
        return engine

    def start(self) -> None:
        """Follow changes in the background (not when ``interval`` is 0: tests call wake())."""
        if self.interval <= 0 or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="sanad-live", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def wake(self) -> None:
        """A change was just saved here: reload now rather than at the next poll."""
        if self._thread is None:
            self.reload_if_changed()
        else:
            self._wake.set()

    def reload_if_changed(self) -> bool:
        """Reload when the FAQ has changed since the last load; True when it did."""
        try:
            if self.store.faq.revision() == self.loaded_revision:
                return False
            self.load()
        except Exception:
            # The database is away (or the build failed): keep answering with what we have.
            log.exception("could not reload the knowledge base")
            return False
        return True

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.interval)
            self._wake.clear()
            if not self._stop.is_set():
                self.reload_if_changed()
