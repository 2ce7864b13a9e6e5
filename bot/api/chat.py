"""``POST /api/chat``: a question in, a cited answer out; every exchange is logged."""

from __future__ import annotations

import logging
import time

from apiflask import APIBlueprint
from flask import jsonify

from bot.answer import Answer
from bot.api import auth
from bot.api.errors import ApiError
from bot.api.schemas import AnswerOut, ChatIn
from bot.api.state import state
from bot.api.text import clean

log = logging.getLogger(__name__)

bp = APIBlueprint("chat", __name__, url_prefix="/api", tag="Chat")


def ask(message: str, session_id: str | None, lang: str | None, channel: str) -> Answer:
    """Clean ``message``, answer it and log the exchange with the conversation's new state.

    A log failure is only logged; the state is then saved on its own (the context survives)."""
    text = clean(message)
    if not text:
        raise ApiError(
            400,
            "empty_message",
            "The message is empty once invisible and control characters are removed.",
        )
    services = state()
    key = auth.valid_key()
    with services.sessions.batched() as batch:
        started = time.perf_counter()
        answer = services.engine.ask(text, session_id=session_id, lang=lang)
        latency = (time.perf_counter() - started) * 1000
        try:
            services.store.log_chat(
                channel=channel,
                lang=answer.lang,
                question=text,
                answered=answer.answered,
                confidence=answer.confidence,
                cited_ids=[c.sentence_id for c in answer.citations],
                latency_ms=round(latency, 3),
                answer_id=answer.answer_id,
                session_id=answer.session_id,
                client_hash=None if key else auth.client_hash(),
                api_key_id=key.id if key else None,
                answer=answer.answer,
                short_answer=answer.short_answer,
                sessions=batch.states,  # one transaction for the log and the conversation
            )
            batch.saved = True
        except Exception:  # the visitor gets the answer even when the log is down
            log.exception("could not log chat %s", answer.answer_id)
    return answer


@bp.post("/chat")
@bp.input(
    ChatIn,
    arg_name="body",
    examples={
        "pt": {"summary": "A question in Portuguese", "value": {"message": "quanto foi roubado?"}},
        "ar": {"summary": "A question in Arabic", "value": {"message": "كم سرق القراصنة؟"}},
        "follow-up": {
            "summary": "A follow-up in the same conversation",
            "value": {"message": "e quando?", "session_id": "SESSION-ID-FROM-THE-LAST-ANSWER"},
        },
    },
)
@bp.output(AnswerOut)
@bp.doc(
    summary="Ask a question",
    description="Answers from the knowledge base with numbered citations, or says it does not "
    "know and suggests FAQ questions. Without session_id a new conversation is started; send "
    "the returned session_id back for follow-up questions. Anonymous requests (the widget) are "
    "rate limited per client; bots send 'Authorization: Bearer <key>' for higher limits.",
    security=auth.OPTIONAL_KEY,
    responses={400: "Invalid request", 401: "Bad API key", 403: "Origin not allowed"},
)
def chat(body: dict):
    key = auth.current_key()
    if key is None:
        auth.check_origin()
    answer = ask(
        body["message"], body.get("session_id"), body.get("lang"), "api" if key else "widget"
    )
    # The answer object already has AnswerOut's fields (tests/api/test_api_chat.py pins them), so
    # it skips the schema's dump, a tenth of a request.
    return jsonify(answer.to_dict())
