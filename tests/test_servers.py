"""The test helpers' own promise: on CI a missing PostgreSQL or Redis fails, never skips."""

from __future__ import annotations

import pytest
import servers


@pytest.mark.parametrize("ci", ["true", "1"])
def test_a_missing_server_fails_on_ci(monkeypatch, ci):
    monkeypatch.setenv("CI", ci)
    monkeypatch.setattr(servers, "REDIS", ("127.0.0.1", servers.free_port()))
    with pytest.raises(servers.MissingService):
        servers.redis_up()


def test_a_missing_server_only_skips_elsewhere(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(servers, "REDIS", ("127.0.0.1", servers.free_port()))
    assert servers.redis_up() is False
