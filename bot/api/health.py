"""``/healthz`` (the process is up) and ``/readyz`` (it can answer)."""

from __future__ import annotations

import logging

from apiflask import APIBlueprint

from bot.api.errors import ApiError
from bot.api.schemas import ReadyOut, StatusOut
from bot.api.state import state

log = logging.getLogger(__name__)

bp = APIBlueprint("health", __name__, tag="Health")


@bp.get("/healthz")
@bp.output(StatusOut)
@bp.doc(summary="Liveness: the process is up")
def healthz():
    return {"status": "ok"}


def checks() -> dict[str, bool]:
    services = state()
    engine = services.engine
    try:
        database = services.store.ping()
    except Exception as exc:
        log.warning("database not reachable: %s", exc)
        database = False
    return {
        "knowledge": engine is not None and bool(engine.kb.articles or engine.kb.faq),
        "index": engine is not None and bool(engine.indexes),
        "database": database,
    }


@bp.get("/readyz")
@bp.output(ReadyOut)
@bp.doc(
    summary="Readiness: knowledge loaded, index built, database reachable",
    responses={503: "Not ready"},
)
def readyz():
    result = checks()
    failed = [name for name, ok in result.items() if not ok]
    if failed:
        raise ApiError(503, "not_ready", "Not ready: " + ", ".join(failed) + " failed.")
    return {"status": "ready", "checks": result}
