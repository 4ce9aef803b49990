"""The host's reading pace (studio.prompter.pace), split out of the prompter controller."""

from __future__ import annotations

from studio.prompter.pace import HostPace


def test_pace_is_words_over_time_and_the_default_until_measured():
    pace = HostPace(default_words_per_s=2.5, window_s=30.0)
    pace.note(0.0, 0)
    assert pace.words_per_s() == 2.5            # one sample: nothing measured yet
    for k in range(1, 11):
        pace.note(float(k), 3 * k)
    assert abs(pace.words_per_s() - 3.0) < 1e-9


def test_a_step_back_restarts_the_measure_and_a_jump_is_clamped():
    pace = HostPace(default_words_per_s=2.5, window_s=30.0)
    for k in range(10):
        pace.note(float(k), 100 + 3 * k)
    pace.note(10.0, 20)                         # the host went back: older samples no longer count
    assert pace.words_per_s() == 2.5
    for k in range(11, 17):
        pace.note(float(k), 20 + 2 * (k - 10))
    assert abs(pace.words_per_s() - 2.0) < 1e-9
    pace.note(17.0, 400)                        # a leap ahead is not reading speed
    assert pace.words_per_s() == 4.5
