"""Each documented failure gets its status code and machine code."""

from __future__ import annotations

import pytest
from error_cases import CASES, run


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_status_and_code(case, make_app):
    response = run(case, make_app)
    assert (response.status_code, response.get_json()["error"]["code"]) == (
        case.status,
        case.code,
    )


def test_rate_limited_sends_retry_after(make_app):
    case = next(c for c in CASES if c.id == "rate_limited")
    response = run(case, make_app)
    assert int(response.headers["Retry-After"]) > 0


def test_method_not_allowed_lists_allowed_methods(client):
    response = client.get("/api/chat")
    assert "POST" in response.headers["Allow"]


def test_internal_error_hides_the_exception(make_app):
    case = next(c for c in CASES if c.id == "internal_error")
    body = run(case, make_app).get_data(as_text=True)
    assert "secret internal detail" not in body
    assert "Traceback" not in body
