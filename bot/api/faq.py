"""``GET /api/faq``: the FAQ of one language."""

from __future__ import annotations

from apiflask import APIBlueprint

from bot.api.schemas import FaqIn, FaqOut
from bot.api.state import state

bp = APIBlueprint("faq", __name__, url_prefix="/api", tag="FAQ")


@bp.get("/faq")
@bp.input(FaqIn, location="query", arg_name="query")
@bp.output(FaqOut)
@bp.doc(summary="List the FAQ of a language", responses={400: "Invalid request"})
def faq(query: dict):
    lang = query["lang"]
    entries = state().engine.faq(lang)
    return {
        "lang": lang,
        "entries": [
            {
                "id": e.id,
                "question": e.question,
                "answer": e.answer,
                "alternates": list(e.alternates),
                "supports": list(e.supports),
            }
            for e in entries
        ],
    }
