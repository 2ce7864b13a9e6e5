"""``GET /console/api/search``: what Sanad would answer, with everything behind it.

Staff see the answer a visitor would get (short answer, confidence), every citation inside its
article context, the FAQ entries and article sentences that matched side by side with their
scores, and a reply ready to paste. Console searches are not written to the chat log: they are
not visitors' questions.
"""

from __future__ import annotations

from apiflask import Schema
from apiflask.fields import Integer, String
from apiflask.validators import Length, OneOf, Range

from bot.answer import Engine, Hit
from bot.api.console import bp
from bot.api.context import window
from bot.api.errors import ApiError
from bot.api.state import state
from bot.api.text import clean
from bot.reply import format_reply

AROUND = 2  # sentences shown before and after a cited one


class SearchIn(Schema):
    q = String(required=True, validate=Length(min=1, max=1000))
    lang = String(load_default=None, validate=OneOf(("ar", "pt")))
    k = Integer(load_default=8, validate=Range(min=1, max=30))


def _text(query: dict) -> str:
    text = clean(query["q"])
    if not text:
        raise ApiError(400, "empty_query", "The query is empty once control characters go.")
    return text


def _context(engine: Engine, sentence_id: str) -> dict | None:
    found = window(engine.kb, sentence_id, AROUND, AROUND)
    if found is None:
        return None
    article, sentences = found
    at = next(i for i, s in enumerate(sentences) if s.id == sentence_id)
    return {
        "doc_id": article.id,
        "title": article.title,
        "url": article.url,
        "before": [s.text for s in sentences[:at]],
        "sentence": sentences[at].text,
        "after": [s.text for s in sentences[at + 1 :]],
    }


def _faq_hit(engine: Engine, hit: Hit) -> dict:
    entry = next(e for e in engine.kb.faq if e.id == hit.id)
    return {
        "id": entry.id,
        "lang": entry.lang,
        "question": entry.question,
        "answer": entry.answer,
        "score": hit.score,
        "coverage": hit.coverage,
    }


def _sentence_hit(hit: Hit) -> dict:
    c = hit.citation
    return {
        "sentence_id": hit.id,
        "doc_id": c.doc_id,
        "title": c.title,
        "lang": c.lang,
        "text": hit.text,
        "score": hit.score,
        "coverage": hit.coverage,
    }


@bp.get("/api/search")
@bp.input(SearchIn, location="query", arg_name="query")
@bp.doc(summary="Search as staff: answer, citations in context, FAQ and sentence hits")
def search(query: dict):
    engine = state().engine  # one engine for the whole request, even if a reload lands
    text = _text(query)
    answer = engine.ask(text, lang=query["lang"])
    hits = engine.search(text, lang=query["lang"] or answer.lang, k=query["k"] * 2)
    sentence_ids = [c.sentence_id for c in answer.citations if c.kind == "article"]
    sentence_ids += [h.id for h in hits if h.kind == "article"]
    contexts = {sid: _context(engine, sid) for sid in dict.fromkeys(sentence_ids)}
    publishers = {a.id: a.publisher for a in engine.kb.articles if a.publisher}
    return {
        "query": text,
        "lang": answer.lang,
        "answer": answer.to_dict(),
        "contexts": {sid: ctx for sid, ctx in contexts.items() if ctx},
        "faq": [_faq_hit(engine, h) for h in hits if h.kind == "faq"][: query["k"]],
        "sentences": [_sentence_hit(h) for h in hits if h.kind == "article"][: query["k"]],
        "reply": format_reply(answer, publishers),
    }


@bp.get("/api/sentences")
@bp.input(SearchIn, location="query", arg_name="query")
@bp.doc(summary="Article sentences matching a query (to pick an FAQ entry's supports)")
def sentences(query: dict):
    engine = state().engine
    hits = engine.search(_text(query), lang=query["lang"], k=query["k"] * 3)
    found = [_sentence_hit(h) for h in hits if h.kind == "article"]
    return {"sentences": found[: query["k"]]}
