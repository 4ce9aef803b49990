import numpy as np

from studio.ar.budget import BudgetOptions, CostController, CostLevel
from studio.ar.one_euro import OneEuroFilter, OneEuroOptions


def test_one_euro_removes_jitter_on_a_still_point_and_follows_a_fast_move():
    rng = np.random.default_rng(1)
    f = OneEuroFilter(OneEuroOptions(min_cutoff_hz=1.5, beta=0.08))
    still = [f(np.array([100.0, 50.0]) + rng.normal(0, 1.0, 2), i / 30) for i in range(90)]
    assert np.std(np.array(still[30:]), axis=0).max() < 0.5        # raw σ is 1.0 px
    # Then a fast move at 900 px/s: the filter must not trail by more than ~1.5 frames.
    truth = [np.array([100.0 + 30 * k, 50.0]) for k in range(1, 31)]
    out = [f(t, (90 + k) / 30) for k, t in enumerate(truth)]
    lag_frames = (truth[-1][0] - out[-1][0]) / 30
    assert 0 <= lag_frames < 1.5


def test_one_euro_keeps_a_rigid_shape_rigid():
    f = OneEuroFilter()
    shape = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
    f(shape, 0.0)
    out = f(shape + 40.0, 1 / 30)
    d = out - out[0]
    assert np.allclose(d, shape - shape[0])


def test_cost_controller_steps_down_to_the_product_card_and_back_up():
    c = CostController(BudgetOptions(budget_ms=20, window_frames=5, quiet_frames=10))
    seen = []
    for _ in range(40):
        seen.append(c.observe(35.0))
    assert seen[-1] is CostLevel.PRODUCT_CARD
    assert CostLevel.ALTERNATE in seen and CostLevel.ALTERNATE_SMALL in seen
    for _ in range(200):
        c.observe(2.0)
    assert c.level is CostLevel.FULL


def test_cost_controller_waits_longer_after_a_failed_probe():
    c = CostController(BudgetOptions(budget_ms=20, window_frames=5, quiet_frames=10))
    for _ in range(5):
        c.observe(30.0)                    # FULL -> ALTERNATE
    assert c.level is CostLevel.ALTERNATE
    for _ in range(14):
        c.observe(5.0)                     # quiet: probe FULL
    assert c.level is CostLevel.FULL
    for _ in range(5):
        c.observe(30.0)                    # FULL still too slow
    assert c.level is CostLevel.ALTERNATE
    changes = c.changes
    for _ in range(14):
        c.observe(5.0)                     # the same quiet spell is no longer enough
    assert c.level is CostLevel.ALTERNATE and c.changes == changes
