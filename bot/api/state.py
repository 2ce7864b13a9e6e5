"""What every request needs: the engine and the store, kept in ``app.extensions``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flask import Flask, current_app

from bot.answer import Engine
from bot.store import DbSessions, Store

if TYPE_CHECKING:
    from bot.live import LiveKnowledge


@dataclass
class Sanad:
    """``engine`` is replaced whole when the knowledge changes: read it once per request."""

    engine: Engine | None
    store: Store
    sessions: DbSessions  # the engine's; the chat API saves them with the chat log
    live: LiveKnowledge | None = field(default=None, repr=False)


def state(app: Flask | None = None) -> Sanad:
    return (app or current_app).extensions["sanad"]
