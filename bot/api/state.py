"""What every request needs: the engine and the store, kept in ``app.extensions``."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app

from bot.answer import Engine
from bot.store import Store


@dataclass
class Sanad:
    engine: Engine | None
    store: Store


def state(app: Flask | None = None) -> Sanad:
    return (app or current_app).extensions["sanad"]
