"""Pins the one error shape: ``{"error": {"code": str, "message": str}}`` and nothing else."""

from __future__ import annotations

import re

import pytest
from error_cases import CASES, run

CODE = re.compile(r"^[a-z][a-z0-9_]*$")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_error_shape(case, make_app):
    response = run(case, make_app)
    assert response.status_code >= 400
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert CODE.match(body["error"]["code"])
    message = body["error"]["message"]
    assert isinstance(message, str) and message.strip()
    assert "Traceback" not in message
