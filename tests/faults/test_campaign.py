"""A short run of the fault campaign (tests/faults/campaign.py): nothing acknowledged is ever lost."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import require_shared
from tests.faults.campaign import run_campaign


def test_sigkill_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    require_shared()
    tally = run_campaign(seconds=20, folder=tmp_path, seed=2)
    assert tally.kills >= 5
    assert tally.problems == []
    assert tally.lost == 0 and tally.acknowledged > 0
