"""Before a sales session the sales dock says what to do, not a lone '–'."""

from __future__ import annotations

from tests.ui.conftest import spin, wait_for_frames


def test_the_sales_dock_before_a_session_says_to_start_one(make_window, example_show_path):
    window = make_window()
    window.load_show(str(example_show_path))
    wait_for_frames(window)                       # the session (and its sales worker) is running
    spin(2.5)                                     # a dashboard refresh came back: no sales session
    panel = window.panel_widgets["sales"]
    assert not panel.gmv_label.isVisibleTo(panel)
    assert panel.empty_label.isVisibleTo(panel) and "Start sales session" in panel.empty_label.text()
    assert panel.session_button.text() == "Start sales session"
