from studio.prompter.timing import ShowTimer
from studio.show import load_show


def test_overrun_and_offer_that_keeps_running_after_the_segment(example_show_path):
    show = load_show(example_show_path)
    timer = ShowTimer(show, [10] * len(show.segments))
    timer.start(100.0)
    timer.enter_segment(1, 200.0)            # Welcome ran 100 s of its planned 120 s
    timer.enter_segment(2, 560.0)            # Ruby ran 360 s of 300 s: overrun
    p = timer.progress(600.0, words_done_total=25, words_per_s=2.5)
    assert not p.segments[0].overrun and p.segments[1].overrun
    assert abs(p.segments[1].remaining_s + 60.0) < 1e-9
    assert p.elapsed_s == 500.0
    assert p.current.index == 2 and p.current.words_done == 5
    # The Ruby offer (10 min from 200 s) still runs while the host is on the nude gloss.
    assert p.offer is not None and p.offer.segment == 1 and abs(p.offer.remaining_s - 200.0) < 1e-9
    assert abs(p.remaining_script_s - (50 - 25) / 2.5) < 1e-9
    later = timer.progress(900.0, 25, 2.5)
    assert later.offer is None               # ended, and the current segment has none
    timer.restart_offer(1, 900.0)
    timer.enter_segment(1, 900.0)
    assert timer.progress(930.0, 25, 2.5).offer.remaining_s == 570.0
