"""Fixtures for the sales log tests: a fresh database file per test and a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.sales import SalesLog
from studio.show import load_show

ROOT = Path(__file__).resolve().parents[2]


class StepClock:
    """Milliseconds that advance only when told: deterministic per-minute and window figures."""

    def __init__(self, start_ms: int = 1_795_000_000_000):
        self.now = start_ms

    def __call__(self) -> int:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += int(seconds * 1000)


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "sales.sqlite"


@pytest.fixture
def show():
    return load_show(ROOT / "assets" / "shows" / "autumn-lip-launch.show.md")


@pytest.fixture
def log(db_path, clock):
    with SalesLog.open(db_path, origin="test", clock_ms=clock) as opened:
        yield opened


@pytest.fixture
def live(log, show):
    """A session started from the example show (5 segments, 4 products, target 5000 USD)."""
    log.start_session(show=show)
    return log
