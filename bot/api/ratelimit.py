"""Rate limits per client (the widget) or per API key (bots), counted by the ``limits`` library.

``limits`` (the library under Flask-Limiter) counts the hits in a storage named by a URI:
``memory://`` for one process, ``redis://host:port`` when several workers or servers share the
count. Flask-Limiter's hooks cost every request 0.17-0.2 ms, ``/healthz`` included, more than
writing the chat log: they re-resolve decorators, exemptions and callable limits each time.
Sanad has one rule (a limit per client on the public blueprints), so two hooks apply it
directly, in 0.03 ms.

Fixed windows, as Flask-Limiter's default: ``30/minute`` lets 30 requests in each calendar
minute. Every limited response carries ``X-RateLimit-Limit``, ``X-RateLimit-Remaining`` and
``X-RateLimit-Reset``; a refused one is a 429 ``rate_limited`` error with ``Retry-After``.
"""

from __future__ import annotations

import logging
import math
import time
from functools import lru_cache

from flask import Flask, current_app, g, request
from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter

from bot.api import auth
from bot.api.errors import ApiError

log = logging.getLogger(__name__)

FAILURE_LOG_INTERVAL = 60.0  # seconds


@lru_cache(maxsize=32)
def limits_of(value: str) -> tuple[RateLimitItem, ...]:
    """``"30/minute;500/hour"`` as limit items (parsed once per distinct value)."""
    return tuple(parse_many(value))


class RateLimits:
    """The limiter of one app: ``init_app`` wires it; ``blueprints`` are the limited ones."""

    def __init__(self, blueprints: frozenset[str]):
        self.blueprints = blueprints
        self.limiter: FixedWindowRateLimiter | None = None
        self.prefix = "sanad"
        self._failed_at = -math.inf  # when a storage failure was last logged

    def init_app(self, app: Flask) -> None:
        self.limiter = FixedWindowRateLimiter(
            storage_from_string(app.config["RATELIMIT_STORAGE_URI"])
        )
        self.prefix = app.config.get("RATELIMIT_KEY_PREFIX", "sanad")
        app.before_request(self._check)
        app.after_request(self._headers)
        app.extensions["sanad_limiter"] = self

    def _applies(self) -> bool:
        return (
            current_app.config["RATELIMIT_ENABLED"]
            and request.blueprint in self.blueprints
            and request.method != "OPTIONS"
        )

    def _check(self) -> None:
        """Count this request against every limit of its client; refuse it when one is used up."""
        if not self._applies():
            return
        config = current_app.config
        items = limits_of(config["BOT_RATE_LIMIT"] if auth.valid_key() else config["RATE_LIMIT"])
        client = auth.rate_limit_key()
        try:
            counted = [
                (item, self.limiter.hit(item, self.prefix, client), *self._stats(item, client))
                for item in items
            ]
        except Exception:  # a storage outage must not take the answers down with it
            self._log_failure()
            return
        item, allowed, reset, remaining = min(counted, key=lambda c: (c[1], c[3]))
        g.sanad_rate = (item, reset, remaining)
        if not allowed:
            raise ApiError(
                429,
                "rate_limited",
                f"Too many requests ({item}); wait before trying again.",
                headers={"Retry-After": str(max(1, math.ceil(reset - time.time())))},
            )

    def _log_failure(self) -> None:
        """Log a storage failure with its trace at most once a minute, not once a request."""
        now = time.monotonic()
        if now - self._failed_at >= FAILURE_LOG_INTERVAL:
            self._failed_at = now
            log.exception("rate limit storage failed; requests are let through uncounted")

    def _stats(self, item: RateLimitItem, client: str) -> tuple[float, int]:
        stats = self.limiter.get_window_stats(item, self.prefix, client)
        return stats.reset_time, stats.remaining

    def _headers(self, response):
        rate = g.pop("sanad_rate", None)
        if rate is not None:
            item, reset, remaining = rate
            response.headers["X-RateLimit-Limit"] = str(item.amount)
            response.headers["X-RateLimit-Remaining"] = str(remaining)
            response.headers["X-RateLimit-Reset"] = str(int(reset))
        return response
