"""On standby the prompter's status follows the show the top bar runs, instead of its own clock standing still."""

from __future__ import annotations

from tests.ui.conftest import wait_for_frames, wait_until


def test_the_standby_status_names_the_segment_on_air_and_no_still_times(make_window, example_show_path):
    window = make_window()
    window.load_show(str(example_show_path))
    wait_for_frames(window)
    panel = window.panel_widgets["prompter"]
    status = panel.status
    wait_until(lambda: panel._snapshot is not None, 10, "no prompter snapshot")
    wait_until(lambda: status.segment_label.text() == "1/5 Welcome", 10, status.segment_label.text())
    assert status.show_time_label.text() == "" and status.segment_time_label.text() == ""
    assert "standby" in status.state_label.text() and "Start" in status.state_label.text()
    window.next_segment()
    wait_until(lambda: status.segment_label.text() == "2/5 Ruby matte", 10, status.segment_label.text())
    assert status.show_time_label.text() == ""


def test_start_waits_greyed_until_the_session_prompter_is_bound_then_starts(make_window, example_show_path):
    """A click before the live session is up used to vanish (no prompter to command): the button waits greyed."""
    from studio.prompter.prompter_types import PrompterState

    window = make_window()
    panel = window.panel_widgets["prompter"]
    assert panel._show is None and not panel.start_button.isEnabled()   # nothing to prompt yet
    window.load_show(str(example_show_path))
    wait_for_frames(window)
    wait_until(lambda: panel.start_button.isEnabled(), 10, "Start stayed greyed with a session up")
    panel.start_button.click()
    wait_until(lambda: panel._snapshot is not None
               and panel._snapshot.state in (PrompterState.COUNTDOWN, PrompterState.PROMPTING), 10,
               "Start did not start the prompter")
