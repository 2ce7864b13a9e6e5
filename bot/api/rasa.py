"""Rasa's REST channel (``/webhooks/rest/webhook``), so Rasa-speaking connectors can use Sanad.

The sender id is the session id; the reply is one message: the answer, then its numbered
sources (or, without an answer, the suggested questions).
"""

from __future__ import annotations

from apiflask import APIBlueprint

from bot.answer import Answer
from bot.api.auth import require_key
from bot.api.chat import ask
from bot.api.schemas import RasaIn, RasaOut, StatusOut

bp = APIBlueprint("rasa", __name__, url_prefix="/webhooks/rest", tag="Rasa")

LABELS = {
    "ar": {"sources": "المصادر:", "suggestions": "أسئلة مقترحة:"},
    "pt": {"sources": "Fontes:", "suggestions": "Perguntas sugeridas:"},
}


def render(answer: Answer) -> str:
    """Plain text for a messaging app: answer, then numbered sources or suggestions."""
    labels = LABELS.get(answer.lang, LABELS["pt"])
    lines = [answer.answer]
    if answer.citations:
        lines += ["", labels["sources"]]
        for c in answer.citations:
            where = f" — {c.url}" if c.url else ""
            lines.append(f"[{c.n}] {c.title}{where}")
    elif answer.suggestions:
        lines += ["", labels["suggestions"]]
        lines += [f"• {s}" for s in answer.suggestions]
    return "\n".join(lines)


@bp.get("/")
@bp.output(StatusOut)
@bp.doc(summary="Rasa REST channel status")
def status():
    return {"status": "ok"}


@bp.post("/webhook")
@require_key
@bp.input(
    RasaIn,
    arg_name="body",
    example={"sender": "user-42", "message": "onde foi a reunião?"},
)
@bp.output(RasaOut(many=True))
@bp.doc(
    summary="Rasa REST channel webhook",
    description="Body {sender, message}; answers [{recipient_id, text}]. Needs an API key.",
    security="ApiKey",
    responses={400: "Invalid request", 401: "No or bad API key"},
)
def webhook(body: dict):
    answer = ask(body["message"], body["sender"], None, "rasa")
    return [{"recipient_id": body["sender"], "text": render(answer)}]
