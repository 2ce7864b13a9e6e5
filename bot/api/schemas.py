"""Request and response schemas: they validate input and document the API (OpenAPI 3)."""

from __future__ import annotations

from apiflask import Schema
from apiflask.fields import Boolean, Float, Integer, List, Nested, String
from apiflask.validators import Length, OneOf, Range, Regexp
from marshmallow import EXCLUDE, ValidationError, validates_schema

from bot.api.config import MAX_MESSAGE_CHARS
from bot.api.errors import MESSAGE_REQUIRED, MESSAGE_TOO_LONG

LANGS = ("ar", "pt")
SESSION_PATTERN = r"^[A-Za-z0-9._:@+\-]{1,128}$"
SESSION_HELP = "1-128 characters: letters, digits and . _ : @ + -"


class StrictBoolean(Boolean):
    """JSON ``true`` or ``false`` only, as documented.

    marshmallow's Boolean takes 1, "yes" and "on" too, and even with ``truthy={True}`` it takes
    0 and 1, which equal False and True (a set lookup finds them); the schema fuzz test caught
    ``"helpful": 0`` stored as unhelpful feedback.
    """

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


def _nullable(description: str) -> String:
    """An output string that may be null."""
    return String(allow_none=True, metadata={"description": description})


def _session(**kwargs) -> String:
    return String(
        validate=Regexp(SESSION_PATTERN, error=f"Must be {SESSION_HELP}."),
        metadata={"description": f"Conversation id ({SESSION_HELP})."},
        **kwargs,
    )


def _message(description: str) -> String:
    return String(
        required=True,
        validate=Length(max=MAX_MESSAGE_CHARS, error=MESSAGE_TOO_LONG),
        error_messages={"required": MESSAGE_REQUIRED},
        metadata={"description": description},
    )


def _lang(**kwargs) -> String:
    return String(
        validate=OneOf(LANGS, error="Must be one of: ar, pt."),
        metadata={"description": "Language: ar (Arabic) or pt (Portuguese)."},
        **kwargs,
    )


class ChatIn(Schema):
    message = _message("The visitor's question (at most 1000 characters).")
    session_id = _session()
    lang = _lang(load_default=None)


class CitationOut(Schema):
    n = Integer(
        metadata={"description": "Number of the source as shown to the visitor ([1], [2])."}
    )
    kind = String(metadata={"description": "article (a sentence of an article) or faq."})
    doc_id = String(metadata={"description": "Id of the article or of the FAQ entry."})
    title = String(metadata={"description": "Title of the article, or the FAQ question."})
    lang = String(metadata={"description": "Language of the cited text: ar or pt."})
    sentence_id = String(metadata={"description": "Stable id of the cited sentence or entry."})
    text = String(metadata={"description": "The quoted sentence or FAQ answer, verbatim."})
    start = Integer(
        metadata={
            "description": "Offset of the quote in the article body (body[start:end] is text); "
            "0 for an FAQ answer."
        }
    )
    end = Integer(metadata={"description": "End offset of the quote (start + its length)."})
    url = _nullable("The article's address, if known.")
    score = Float(metadata={"description": "Retrieval score (higher is better)."})


class AnswerOut(Schema):
    answered = Boolean(metadata={"description": "False: Sanad does not know; see suggestions."})
    answer = String(
        metadata={
            "description": "The cited sentence or FAQ answer, verbatim from the knowledge "
            "base (after a short note when it is in the other language); when answered is "
            "false, a polite 'I do not know' in the question's language."
        }
    )
    short_answer = _nullable(
        "The span of a cited text that answers (an amount, date, place, name, ...), never "
        "composed; null when there is none."
    )
    lang = String(metadata={"description": "Language of the question and the answer: ar or pt."})
    confidence = Float(metadata={"description": "In [0, 1]."})
    confidence_band = String(
        metadata={"description": "high (>= 0.85), medium (answered) or low (not answered)."}
    )
    citations = List(Nested(CitationOut), metadata={"description": "Sources, best first."})
    suggestions = List(
        String(), metadata={"description": "FAQ questions to offer next, in the same language."}
    )
    session_id = String(metadata={"description": "Send it back with a follow-up question."})
    answer_type = String(
        metadata={
            "description": "What the question asks for: amount, number, rank, date, place, "
            "person, org, entity, reason, method, definition, yesno, summary or other."
        }
    )
    source_lang = _nullable(
        "Set when the answer was found in the other language's articles (the answer then says "
        "so); null otherwise."
    )
    answer_id = String(metadata={"description": "Id of this answer, for POST /api/feedback."})


class SearchIn(Schema):
    q = String(
        required=True,
        validate=Length(min=1, max=MAX_MESSAGE_CHARS),
        metadata={"description": "The query."},
    )
    lang = _lang(load_default=None)
    k = Integer(load_default=10, validate=Range(min=1, max=50))


class HitOut(Schema):
    rank = Integer()
    kind = String()
    id = String()
    text = String()
    score = Float()
    coverage = Float()
    citation = Nested(CitationOut)


class SearchOut(Schema):
    query = String()
    lang = String(allow_none=True)
    hits = List(Nested(HitOut))


class FaqIn(Schema):
    lang = _lang(required=True)


class FaqEntryOut(Schema):
    id = String()
    question = String()
    answer = String()
    alternates = List(String())
    supports = List(String(), metadata={"description": "Sentence ids backing the answer."})


class FaqOut(Schema):
    lang = String()
    entries = List(Nested(FaqEntryOut))


class FeedbackIn(Schema):
    session_id = _session(required=True)
    answer_id = String(validate=Length(min=1, max=64))
    question = String(validate=Length(min=1, max=MAX_MESSAGE_CHARS))
    helpful = StrictBoolean(required=True)
    comment = String(validate=Length(max=2000), load_default=None)

    @validates_schema
    def _answer_or_question(self, data, **_kwargs):
        if not data.get("answer_id") and not data.get("question"):
            raise ValidationError("Give answer_id or question.", "answer_id")


class FeedbackOut(Schema):
    id = Integer()
    session_id = String()
    answer_id = String(allow_none=True)
    helpful = Boolean()


class RasaIn(Schema):
    class Meta:
        unknown = EXCLUDE  # Rasa clients may send "metadata" and the like

    sender = _session(required=True)
    message = _message("The user's message.")


class RasaOut(Schema):
    recipient_id = String()
    text = String()


class StatusOut(Schema):
    status = String()


class ReadyOut(Schema):
    status = String()
    checks = Nested(
        type(
            "Checks", (Schema,), {"knowledge": Boolean(), "index": Boolean(), "database": Boolean()}
        )
    )
