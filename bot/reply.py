"""An answer as staff paste it into an e-mail or a chat: the text, then its numbered sources."""

from __future__ import annotations

from bot import lang as languages
from bot.answer import Answer, Citation


def format_reply(answer: Answer, publishers: dict[str, str] | None = None) -> str:
    """Plain text in the answer's language; each source names its article and quotes it.

    ``publishers`` maps article ids to publisher names, shown after the title when known.
    """
    lines = [answer.answer]
    if answer.answered and answer.citations:
        lines += ["", languages.get(answer.lang).messages["sources"] + ":"]
        lines += [_source(c, publishers or {}) for c in answer.citations]
    return "\n".join(lines)


def _source(citation: Citation, publishers: dict[str, str]) -> str:
    where = citation.title
    if citation.kind == "article" and publishers.get(citation.doc_id):
        where += f", {publishers[citation.doc_id]}"
    line = f"[{citation.n}] «{citation.text}» ({where})"
    return f"{line} {citation.url}" if citation.url else line
