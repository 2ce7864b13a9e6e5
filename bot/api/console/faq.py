"""The FAQ as staff curate it: list, create, edit, delete, history and revert.

Every change is saved in one transaction with its history row, then this process reloads its
engine at once and every other process within its polling interval (:mod:`bot.live`). Edits
name the version they started from; a stale one gets 409 ``conflict`` instead of overwriting.
"""

from __future__ import annotations

import os

from apiflask import Schema
from apiflask.fields import Integer, List, String
from apiflask.validators import Length, OneOf, Range
from flask import current_app

from bot.api.console import bp
from bot.api.console.access import current, editor_only
from bot.api.errors import ApiError
from bot.api.state import state
from bot.api.text import clean
from bot.knowledge import KnowledgeBase
from bot.store.faq import FaqChange, FaqError, FaqRecord, new_id

STATUS = {"not_found": 404, "conflict": 409}


def _text(max_length: int, **kwargs) -> String:
    return String(validate=Length(min=1, max=max_length), **kwargs)


class FaqEditIn(Schema):
    question = _text(500, required=True)
    alternates = List(_text(500), load_default=list, validate=Length(max=30))
    answer = _text(4000, required=True)
    supports = List(
        _text(100),
        load_default=list,
        validate=Length(max=20),
        metadata={"description": "Sentence ids, as the sentence search returns them."},
    )


class FaqCreateIn(FaqEditIn):
    lang = String(required=True, validate=OneOf(("ar", "pt")))


class FaqUpdateIn(FaqEditIn):
    version = Integer(required=True, validate=Range(min=1), metadata={"description": "Edited."})


class FaqListIn(Schema):
    lang = String(load_default=None, validate=OneOf(("ar", "pt")))


class VersionIn(Schema):
    version = Integer(required=True, validate=Range(min=1))


class HistoryIn(Schema):
    entry_id = String(load_default=None, validate=Length(max=64))
    limit = Integer(load_default=200, validate=Range(min=1, max=1000))


def _kb() -> KnowledgeBase:
    return state().engine.kb


def _supports(ids: list[str], kb: KnowledgeBase) -> list[dict]:
    out = []
    for sid in ids:
        try:
            sentence = kb.sentence(sid)
        except KeyError:  # the article changed since the entry was written
            out.append({"sentence_id": sid, "doc_id": None, "title": None, "text": None})
            continue
        title = kb.article(sentence.doc_id).title
        out.append(
            {"sentence_id": sid, "doc_id": sentence.doc_id, "title": title, "text": sentence.text}
        )
    return out


def entry_payload(record: FaqRecord | None, kb: KnowledgeBase | None = None) -> dict | None:
    if record is None:
        return None
    data = record.content()
    data["supports"] = _supports(list(record.supports), kb or _kb())
    data["updated_at"] = record.updated_at.isoformat() if record.updated_at else None
    data["updated_by"] = record.updated_by
    return data


def _change_payload(change: FaqChange) -> dict:
    return {
        "id": change.id,
        "entry_id": change.entry_id,
        "action": change.action,
        "username": change.username,
        "at": change.at.isoformat(),
        "before": change.before,
        "after": change.after,
        "reverts": change.reverts,
    }


def _record(entry_id: str, lang: str, body: dict) -> FaqRecord:
    """The edited entry from the request, cleaned; every support must be a shown sentence."""
    question, answer = clean(body["question"]), clean(body["answer"])
    if not question or not answer:
        raise ApiError(400, "empty_field", "The question and the answer must not be empty.")
    alternates = tuple(dict.fromkeys(a for a in map(clean, body["alternates"]) if a))
    kb = _kb()
    for sid in body["supports"]:
        try:
            excluded = kb.sentence(sid).excluded
        except KeyError:
            excluded = True
        if excluded:
            raise ApiError(400, "unknown_sentence", f"There is no article sentence {sid!r}.")
    supports = tuple(dict.fromkeys(body["supports"]))
    return FaqRecord(entry_id, lang, question, alternates, answer, supports)


def _refused(error: FaqError) -> ApiError:
    return ApiError(STATUS[error.code], error.code, error.message)


def _changed() -> None:
    state().live.wake()


@bp.get("/api/faq")
@bp.input(FaqListIn, location="query", arg_name="query")
@bp.doc(summary="The FAQ as curated, with versions and supporting sentences")
def faq_list(query: dict):
    kb = _kb()
    records = state().store.faq.entries(query["lang"])
    return {"entries": [entry_payload(r, kb) for r in records]}


@bp.get("/api/faq/<entry_id>")
@bp.doc(summary="One FAQ entry", responses={200: "The entry", 404: "No such entry"})
def faq_get(entry_id: str):
    record = state().store.faq.get(entry_id)
    if record is None:
        raise ApiError(404, "not_found", f"There is no FAQ entry {entry_id!r}.")
    return entry_payload(record)


@bp.post("/api/faq")
@bp.input(FaqCreateIn, arg_name="body")
@bp.doc(summary="Create an FAQ entry (editors)", responses={201: "The new entry"})
@editor_only
def faq_create(body: dict):
    record = _record(new_id(body["lang"]), body["lang"], body)
    try:
        saved = state().store.faq.create(record, current().user.username)
    except FaqError as error:
        raise _refused(error) from None
    _changed()
    return entry_payload(saved), 201


@bp.put("/api/faq/<entry_id>")
@bp.input(FaqUpdateIn, arg_name="body")
@bp.doc(
    summary="Edit an FAQ entry (editors)",
    description="Send the version you edited; 409 conflict when someone saved since.",
    responses={200: "The entry as saved", 404: "No such entry", 409: "Changed since"},
)
@editor_only
def faq_update(entry_id: str, body: dict):
    store = state().store
    existing = store.faq.get(entry_id)
    if existing is None and store.faq.history(entry_id, limit=1):
        # Deleted while this editor had it open: a conflict to resolve (the console offers to
        # save it again), not a plain "no such entry" that would lose the edit.
        raise ApiError(409, "conflict", f"FAQ entry {entry_id!r} was deleted since you opened it.")
    if existing is None:
        raise ApiError(404, "not_found", f"There is no FAQ entry {entry_id!r}.")
    try:
        saved = store.faq.update(
            _record(entry_id, existing.lang, body), body["version"], current().user.username
        )
    except FaqError as error:
        raise _refused(error) from None
    _changed()
    return entry_payload(saved)


@bp.delete("/api/faq/<entry_id>")
@bp.input(VersionIn, location="query", arg_name="query")
@bp.doc(
    summary="Delete an FAQ entry (editors)",
    responses={204: "Deleted", 404: "No such entry", 409: "Changed"},
)
@editor_only
def faq_delete(entry_id: str, query: dict):
    try:
        state().store.faq.delete(entry_id, query["version"], current().user.username)
    except FaqError as error:
        raise _refused(error) from None
    _changed()
    return current_app.response_class(status=204)


@bp.get("/api/history")
@bp.input(HistoryIn, location="query", arg_name="query")
@bp.doc(summary="FAQ changes, newest first: who, when, before and after")
def history(query: dict):
    changes = state().store.faq.history(query["entry_id"], query["limit"])
    return {"changes": [_change_payload(c) for c in changes]}


@bp.post("/api/history/<int:change_id>/revert")
@bp.doc(
    summary="Undo one FAQ change (editors)",
    description="Restores the entry as it was before the change, as a new change.",
    responses={
        200: "The entry as restored",
        404: "No such change",
        409: "The entry changed after it",
    },
)
@editor_only
def revert(change_id: int):
    try:
        restored = state().store.faq.revert(change_id, current().user.username)
    except FaqError as error:
        raise _refused(error) from None
    _changed()
    return {"entry": entry_payload(restored)}


@bp.get("/api/status")
@bp.doc(summary="The FAQ revision saved and the one this worker process answers from")
def status():
    services = state()
    return {
        "revision": services.store.faq.revision(),
        "loaded_revision": services.live.loaded_revision,
        "worker": os.getpid(),  # which of the server's processes answered
    }
