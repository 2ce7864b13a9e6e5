"""``GET /api/context/<sentence_id>``: a cited sentence amid its neighbours in the article.

The widget shows it when a visitor opens a citation: the article's title, a link when the
article has a url, and the cited sentence highlighted inside the sentences around it. Sentences
excluded from answers (``exclude:`` in the article's front matter) are never returned.
"""

from __future__ import annotations

from apiflask import APIBlueprint, Schema
from apiflask.fields import Boolean, Integer, List, Nested, String
from apiflask.validators import Range

from bot.api.errors import ApiError
from bot.api.state import state
from bot.knowledge import Article, KnowledgeBase, Sentence

bp = APIBlueprint("context", __name__, url_prefix="/api", tag="Context")

MAX_AROUND = 10


class ContextIn(Schema):
    before = Integer(
        load_default=2,
        validate=Range(min=0, max=MAX_AROUND),
        metadata={"description": f"Sentences before the cited one (0-{MAX_AROUND})."},
    )
    after = Integer(
        load_default=2,
        validate=Range(min=0, max=MAX_AROUND),
        metadata={"description": f"Sentences after the cited one (0-{MAX_AROUND})."},
    )


class ContextSentenceOut(Schema):
    id = String(metadata={"description": "Sentence id (as in a citation's sentence_id)."})
    text = String()
    cited = Boolean(metadata={"description": "True for the sentence that was asked for."})


class ContextOut(Schema):
    doc_id = String()
    title = String()
    lang = String()
    url = String(allow_none=True)
    sentences = List(Nested(ContextSentenceOut), metadata={"description": "In article order."})


def _not_found(sentence_id: str) -> ApiError:
    return ApiError(404, "unknown_sentence", f"There is no article sentence {sentence_id!r}.")


@bp.get("/context/<sentence_id>")
@bp.input(ContextIn, location="query", arg_name="query")
@bp.output(ContextOut)
@bp.doc(
    summary="A cited sentence in its context",
    description="The article sentence `sentence_id` (a citation's sentence_id) with up to "
    "`before` sentences before it and `after` after it, the article's title, language and url. "
    "FAQ citations have no article context: their ids give 404.",
    responses={400: "Invalid request", 404: "Unknown sentence", 503: "Not ready"},
)
def context(sentence_id: str, query: dict):
    engine = state().engine
    if engine is None:
        raise ApiError(503, "not_ready", "The knowledge base is not loaded yet.")
    found = window(engine.kb, sentence_id, query["before"], query["after"])
    if found is None:
        raise _not_found(sentence_id)
    article, sentences = found
    return {
        "doc_id": article.id,
        "title": article.title,
        "lang": article.lang,
        "url": article.url,
        "sentences": [
            {"id": s.id, "text": s.text, "cited": s.id == sentence_id} for s in sentences
        ],
    }


def window(
    kb: KnowledgeBase, sentence_id: str, before: int, after: int
) -> tuple[Article, list[Sentence]] | None:
    """The article of ``sentence_id`` and the shown sentences around it (None when unknown or
    excluded from answers)."""
    try:
        sentence = kb.sentence(sentence_id)
        article = kb.article(sentence.doc_id)
    except (KeyError, StopIteration):
        return None
    if sentence.excluded:
        return None
    shown = [s for s in article.sentences if not s.excluded]
    at = next(i for i, s in enumerate(shown) if s.id == sentence.id)
    return article, shown[max(0, at - before) : at + after + 1]
