"""The support-staff console at ``/console``: one blueprint, its views split by feature.

* :mod:`.access`: log in and out, sessions in the database, CSRF, roles;
* :mod:`.pages`: the two HTML pages (``web/console/``);
* :mod:`.search`: answers with their citations in context, and a reply to paste;
* :mod:`.reports`: what visitors asked and could not get answered, feedback, the dashboard;
* :mod:`.faq`: the FAQ, its changes, their history and reverts.

Nothing under ``/console`` but the login page and the login call is served without a session:
pages redirect to the login page, API calls get 401.
"""

from __future__ import annotations

from apiflask import APIBlueprint

bp = APIBlueprint("console", __name__, url_prefix="/console", tag="Console")

# The views register themselves on ``bp``.
from bot.api.console import access, faq, pages, reports, search  # noqa: E402

__all__ = ["access", "bp", "faq", "pages", "reports", "search"]
