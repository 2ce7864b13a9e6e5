"""``POST /api/feedback``: was an answer helpful?"""

from __future__ import annotations

from apiflask import APIBlueprint

from bot.api import auth
from bot.api.schemas import FeedbackIn, FeedbackOut
from bot.api.state import state
from bot.api.text import clean

bp = APIBlueprint("feedback", __name__, url_prefix="/api", tag="Feedback")


@bp.post("/feedback")
@bp.input(
    FeedbackIn,
    arg_name="body",
    example={
        "session_id": "SESSION-ID-OF-THE-ANSWER",
        "answer_id": "ANSWER-ID-OF-THE-ANSWER",
        "helpful": False,
        "comment": "Faltou a data.",
    },
)
@bp.output(FeedbackOut, status_code=201)
@bp.doc(
    summary="Rate an answer",
    description="Give the answer_id of the answer (or the question asked) and whether it "
    "helped; an optional comment of at most 2000 characters.",
    security=auth.OPTIONAL_KEY,
    responses={400: "Invalid request", 401: "Bad API key", 403: "Origin not allowed"},
)
def feedback(body: dict):
    if auth.current_key() is None:
        auth.check_origin()
    question = clean(body["question"]) if body.get("question") else None
    comment = clean(body["comment"]) if body.get("comment") else None
    feedback_id = state().store.add_feedback(
        session_id=body["session_id"],
        answer_id=body.get("answer_id"),
        question=question,
        helpful=body["helpful"],
        comment=comment or None,
    )
    return {
        "id": feedback_id,
        "session_id": body["session_id"],
        "answer_id": body.get("answer_id"),
        "helpful": body["helpful"],
    }
