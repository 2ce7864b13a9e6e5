"""The curated FAQ's data layer: seeding once, versions, conflicts, history and revert."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.knowledge import FaqEntry, KnowledgeBase
from bot.live import LiveKnowledge
from bot.store.faq import FaqError, FaqRecord, _row

SEED = (
    FaqEntry("pt-a", "pt", "Pergunta A?", "Resposta A.", ("Outra A?",), ("doc:1",)),
    FaqEntry("ar-b", "ar", "سؤال ب؟", "جواب ب.", (), ()),
)


@pytest.fixture
def faq(store):
    store.faq.seed(SEED)
    return store.faq


def _edit(record: FaqRecord, **changes) -> FaqRecord:
    return replace(record, **changes)


def test_seeding_copies_the_entries_once(store):
    assert store.faq.seed(SEED) is True
    assert store.faq.seed((FaqEntry("pt-c", "pt", "C?", "C."),)) is False
    assert [r.id for r in store.faq.entries()] == ["ar-b", "pt-a"]


def test_seeding_writes_no_history_and_no_revision(faq):
    assert faq.history() == [] and faq.revision() == 0


def test_seeded_records_keep_every_field(faq):
    record = faq.get("pt-a")
    assert (record.question, record.alternates, record.answer, record.supports) == (
        "Pergunta A?",
        ("Outra A?",),
        "Resposta A.",
        ("doc:1",),
    )
    assert record.version == 1


def test_entries_filter_by_language(faq):
    assert [r.id for r in faq.entries("ar")] == ["ar-b"]


def test_update_bumps_version_and_revision(faq):
    saved = faq.update(_edit(faq.get("pt-a"), answer="Nova."), 1, "edna")
    assert (saved.version, saved.updated_by) == (2, "edna")
    assert faq.get("pt-a").answer == "Nova."
    assert faq.revision() == faq.history()[0].id


def test_update_keeps_the_entry_language(faq):
    faq.update(_edit(faq.get("pt-a"), lang="ar"), 1, "edna")
    assert faq.get("pt-a").lang == "pt"


def test_update_of_a_stale_version_conflicts(faq):
    faq.update(_edit(faq.get("pt-a"), answer="Primeira."), 1, "edna")
    with pytest.raises(FaqError) as error:
        faq.update(_edit(faq.get("pt-a"), answer="Segunda."), 1, "vic")
    assert error.value.code == "conflict"
    assert faq.get("pt-a").answer == "Primeira."


def test_update_of_unknown_entry_is_not_found(faq):
    with pytest.raises(FaqError) as error:
        faq.update(FaqRecord("pt-x", "pt", "Q", (), "A", ()), 1, "edna")
    assert error.value.code == "not_found"


def test_concurrent_saves_of_one_version_let_exactly_one_win(faq):
    # Eight editors save over version 1 at the same moment: one succeeds, seven conflict.
    record, results, barrier = faq.get("pt-a"), [], threading.Barrier(8)

    def save(n: int) -> None:
        barrier.wait()
        try:
            faq.update(_edit(record, answer=f"Versão {n}."), 1, f"user{n}")
            results.append("saved")
        except FaqError as error:
            results.append(error.code)
        except Exception as exc:  # SQLite may report its write lock as "database is locked"
            results.append(type(exc).__name__)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count("saved") == 1
    assert faq.get("pt-a").version == 2
    assert len(faq.history("pt-a")) == 1


def test_create_starts_at_version_1_with_history(faq):
    created = faq.create(FaqRecord("pt-new", "pt", "Q?", (), "A.", ()), "edna")
    assert created.version == 1
    (change,) = faq.history("pt-new")
    assert (change.action, change.username, change.before) == ("create", "edna", None)
    assert change.after["answer"] == "A."


def test_create_of_an_existing_id_conflicts(faq):
    with pytest.raises(FaqError) as error:
        faq.create(FaqRecord("pt-a", "pt", "Q?", (), "A.", ()), "edna")
    assert error.value.code == "conflict"


def test_delete_needs_the_current_version(faq):
    with pytest.raises(FaqError):
        faq.delete("pt-a", 7, "edna")
    faq.delete("pt-a", 1, "edna")
    assert faq.get("pt-a") is None
    assert faq.history("pt-a")[0].after is None


def test_history_is_newest_first_and_filters_by_entry(faq):
    faq.update(_edit(faq.get("pt-a"), answer="1."), 1, "edna")
    faq.update(_edit(faq.get("ar-b"), answer="٢."), 1, "edna")
    assert [c.entry_id for c in faq.history()] == ["ar-b", "pt-a"]
    assert [c.entry_id for c in faq.history("pt-a")] == ["pt-a"]


def test_revert_restores_content_with_a_new_version(faq):
    faq.update(_edit(faq.get("pt-a"), answer="Errada.", alternates=()), 1, "edna")
    restored = faq.revert(faq.history()[0].id, "vic")
    assert (restored.answer, restored.alternates, restored.version) == (
        "Resposta A.",
        ("Outra A?",),
        3,
    )
    change = faq.history()[0]
    assert (change.action, change.username, change.reverts) == ("revert", "vic", 1)


def test_revert_twice_is_a_conflict(faq):
    faq.update(_edit(faq.get("pt-a"), answer="Errada."), 1, "edna")
    change = faq.history()[0].id
    faq.revert(change, "edna")
    with pytest.raises(FaqError) as error:
        faq.revert(change, "edna")
    assert error.value.code == "conflict"


def test_reverting_the_revert_redoes_the_change(faq):
    faq.update(_edit(faq.get("pt-a"), answer="Nova."), 1, "edna")
    faq.revert(faq.history()[0].id, "edna")
    faq.revert(faq.history()[0].id, "edna")
    assert faq.get("pt-a").answer == "Nova."


def test_revert_of_a_delete_recreates_the_entry(faq):
    faq.delete("pt-a", 1, "edna")
    restored = faq.revert(faq.history()[0].id, "edna")
    assert restored.version == 2 and faq.get("pt-a").answer == "Resposta A."


@pytest.mark.parametrize("change_id", [999, 0, -1, 2**31, 2**63, 10**30])
def test_revert_of_unknown_change_is_not_found(faq, change_id):
    # Ids beyond the column's range included: the driver overflowed on them (a 500 once).
    with pytest.raises(FaqError) as error:
        faq.revert(change_id, "edna")
    assert error.value.code == "not_found"


def test_to_entry_drops_supports_of_vanished_sentences(faq):
    entry = faq.get("pt-a").to_entry(known_sentences={"doc:2"})
    assert entry.supports == ()


def test_every_change_moves_the_revision_by_one(faq):
    record = faq.update(_edit(faq.get("pt-a"), answer="Nova."), 1, "edna")
    faq.delete(record.id, record.version, "edna")
    assert faq.revision() == 2 == len(faq.history())


def test_the_revision_starts_at_the_changes_an_older_database_holds(faq, store):
    faq.update(_edit(faq.get("pt-a"), answer="Nova."), 1, "edna")
    with store.engine.begin() as conn:
        conn.execute(faq.revision_t.delete())  # as made by a Sanad without the revision row
    faq.ensure_revision()
    assert faq.revision() == 1


def test_a_poll_between_two_overlapping_saves_misses_neither(faq, store):
    """Editor A's transaction is open when B saves: B must not commit first, or a worker
    reloading between the two commits would never see A's change."""
    holder = {}
    live = LiveKnowledge(
        KnowledgeBase(articles=(), faq=()),
        store,
        build=lambda kb: kb,
        publish=lambda kb: holder.update(kb=kb),
        interval=0,
    )
    live.load()
    a, b = faq.get("pt-a"), faq.get("ar-b")
    conn = store.engine.connect()
    pending = conn.begin()
    after_a = _edit(a, answer="Resposta de A.", version=2)
    conn.execute(faq.entries_t.update().where(faq.entries_t.c.id == a.id).values(**_row(after_a)))
    faq._log(conn, a.id, "update", "a", a, after_a)
    saving_b = threading.Thread(target=faq.update, args=(_edit(b, answer="جواب ب."), 1, "b"))
    saving_b.start()
    saving_b.join(timeout=1.0)
    live.reload_if_changed()  # a worker polls while A is still open
    pending.commit()
    conn.close()
    saving_b.join(timeout=10)
    live.reload_if_changed()
    answers = {e.id: e.answer for e in holder["kb"].faq}
    assert answers == {"pt-a": "Resposta de A.", "ar-b": "جواب ب."}


def test_times_come_back_in_utc_with_their_offset(faq):
    """SQLite keeps no offset: a naive time would be read by a browser as its local time."""
    saved = faq.update(_edit(faq.get("pt-a"), answer="Nova."), 1, "edna")
    times = (faq.get("pt-a").updated_at, faq.history()[0].at, saved.updated_at)
    assert all(t.utcoffset() == timedelta(0) for t in times), times
    assert abs(faq.history()[0].at - datetime.now(UTC)) < timedelta(minutes=1)
