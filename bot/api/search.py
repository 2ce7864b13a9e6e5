"""``GET /api/search``: ranked sentences and FAQ entries, with scores and citations."""

from __future__ import annotations

from dataclasses import asdict

from apiflask import APIBlueprint

from bot.api.errors import ApiError
from bot.api.schemas import SearchIn, SearchOut
from bot.api.state import state
from bot.api.text import clean

bp = APIBlueprint("search", __name__, url_prefix="/api", tag="Search")


@bp.get("/search")
@bp.input(SearchIn, location="query", arg_name="query")
@bp.output(SearchOut)
@bp.doc(summary="Search the knowledge base", responses={400: "Invalid request"})
def search(query: dict):
    text = clean(query["q"])
    if not text:
        raise ApiError(
            400,
            "empty_query",
            "The query is empty once invisible and control characters are removed.",
        )
    hits = state().engine.search(text, lang=query.get("lang"), k=query["k"])
    return {
        "query": text,
        "lang": query.get("lang"),
        "hits": [
            {
                "rank": rank,
                "kind": h.kind,
                "id": h.id,
                "text": h.text,
                "score": h.score,
                "coverage": h.coverage,
                "citation": asdict(h.citation),
            }
            for rank, h in enumerate(hits, 1)
        ],
    }
