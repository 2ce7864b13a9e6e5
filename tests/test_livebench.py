"""``sanad bench live`` against real servers (two edits, to keep it short)."""

from __future__ import annotations

import pytest

from bot import livebench
from bot.loadtest import LoadTestError


def test_reports_propagation_times_between_two_servers():
    result = livebench.run(edits=2, workers=1)
    assert (result["database"], result["servers"], result["edits"]) == ("sqlite", 2, 2)
    assert 0 < result["seconds_median"] <= result["seconds_max"]
    assert 0.0 <= result["within_1s"] <= 1.0


def test_unknown_entry_is_reported():
    with pytest.raises(LoadTestError, match="no FAQ entry 'pt-nothing'"):
        livebench.run(edits=1, workers=1, entry_id="pt-nothing")
