"""The early signal's budget on the captions thread (studio.prompter.early_job.EarlyBudget): the
captions come first, so its share shrinks as the engine sheds and as its own load grows."""

from __future__ import annotations

from studio.captions.shedding import ShedLevel
from studio.prompter.early_job import EarlyBudget


def test_the_share_shrinks_as_the_engine_sheds_and_works_harder():
    budget = EarlyBudget()
    idle = [budget.share(level, engine_rtf=0.1) for level in ShedLevel]
    assert idle == sorted(idle, reverse=True) and idle[0] > idle[-1] > 0
    assert budget.share(ShedLevel.FULL, 0.6) < budget.share(ShedLevel.FULL, 0.2)
    assert budget.share(ShedLevel.FULL, 0.6) + 0.6 <= budget.max_total_share + 1e-9


def test_it_is_shed_when_the_engine_needs_the_thread():
    budget = EarlyBudget()
    assert budget.share(ShedLevel.FULL, engine_rtf=budget.max_total_share - 0.05) == 0.0
    assert budget.share(ShedLevel.SHORT_WINDOW, engine_rtf=0.9) == 0.0
