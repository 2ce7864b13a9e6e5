"""The live knowledge base: the curated FAQ replaces the files', and edits reach the engine."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
import sqlalchemy as sa

from bot.answer import Engine
from bot.live import LiveKnowledge, with_curated_faq
from bot.store import Store

ENTRY = "pt-amount-stolen"
QUESTION = "Quanto os hackers norte-coreanos roubaram em ativos digitais?"


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'live.sqlite3'}"


def _live(kb, url, interval=0.0):
    store = Store(url)
    holder = {}
    live = LiveKnowledge(kb, store, Engine, lambda e: holder.__setitem__("engine", e), interval)
    live.load()
    return live, holder, store


def _edit(store: Store, answer: str) -> None:
    record = store.faq.get(ENTRY)
    store.faq.update(replace(record, answer=answer), record.version, "test")


def test_curated_faq_replaces_the_files(knowledge_base, db_url):
    store = Store(db_url)
    store.faq.seed(knowledge_base.faq)
    _edit(store, "Editada.")
    kb = with_curated_faq(knowledge_base, store)
    assert next(e for e in kb.faq if e.id == ENTRY).answer == "Editada."
    assert kb.articles == knowledge_base.articles
    assert kb.sentence(kb.faq[0].supports[0]).doc_id  # the sentence index is rebuilt too


def test_reload_only_when_the_faq_changed(knowledge_base, db_url):
    live, holder, store = _live(knowledge_base, db_url)
    first = holder["engine"]
    assert live.reload_if_changed() is False and holder["engine"] is first
    _edit(store, "Editada.")
    assert live.reload_if_changed() is True
    assert holder["engine"] is not first
    assert holder["engine"].ask(QUESTION).answer == "Editada."


def test_requests_in_flight_keep_their_engine(knowledge_base, db_url):
    live, holder, store = _live(knowledge_base, db_url)
    in_flight = holder["engine"]
    before = in_flight.ask(QUESTION).answer
    _edit(store, "Editada.")
    live.wake()  # no polling thread: reloads at once
    assert in_flight.ask(QUESTION).answer == before
    assert holder["engine"].ask(QUESTION).answer == "Editada."


def test_a_process_follows_another_process_edits(knowledge_base, db_url):
    # Two "processes" (each its own store and poller) over one database.
    _, _, editor_store = _live(knowledge_base, db_url)
    follower, holder, _ = _live(knowledge_base, db_url, interval=0.05)
    follower.start()
    try:
        _edit(editor_store, "Editada noutro processo.")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and follower.loaded_revision < 1:
            time.sleep(0.02)
        assert holder["engine"].ask(QUESTION).answer == "Editada noutro processo."
    finally:
        follower.stop()


def test_a_database_failure_keeps_the_engine_answering(knowledge_base, db_url, monkeypatch):
    live, holder, store = _live(knowledge_base, db_url)
    engine = holder["engine"]

    def down():
        raise sa.exc.OperationalError("SELECT", {}, Exception("database is down"))

    monkeypatch.setattr(store.faq, "revision", down)
    assert live.reload_if_changed() is False
    assert holder["engine"] is engine
