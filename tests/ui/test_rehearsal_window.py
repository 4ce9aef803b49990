"""Show → Rehearsal scorecard…: after a rehearsal the window runs the same pass as `studio rehearse`
over the recording, off the GUI thread, writes the scorecard beside it and opens it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.ui.conftest import wait_until

ROOT = Path(__file__).resolve().parents[2]


def test_without_a_show_the_window_says_what_is_missing(make_window):
    window = make_window(panel_specs=[])
    assert window.rehearsal_action.isEnabled()
    assert window.score_rehearsal("/nowhere/take.wav") is False
    assert "show" in window.statusBar().currentMessage()


@pytest.mark.slow   # a real Whisper pass (tiny.en) over ~20 s of espeak-ng speech
def test_the_scorecard_of_a_rehearsal_recording_opens(make_window, example_show_path, tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_example_media import write_reading
    from studio.models.registry import installed_path

    if installed_path("whisper-tiny.en") is None:
        pytest.fail("model whisper-tiny.en is not installed: run scripts/setup.sh")
    take = tmp_path / "take 1.wav"
    write_reading(take)
    opened: list[str] = []
    monkeypatch.setattr("studio.ui.window_rehearsal.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    asked: list[str] = []
    monkeypatch.setattr("studio.ui.window_rehearsal.QFileDialog.getOpenFileName",
                        lambda _parent, _title, start, _filter: (asked.append(start) or str(take), ""))
    window = make_window(panel_specs=[])
    assert window.load_show(str(example_show_path))
    window.rehearsal_model = "tiny.en"
    window.last_recording = str(take)          # as if the window had just recorded it
    window.rehearsal_action.trigger()
    assert asked == [str(take)]                # the last recording is proposed
    assert not window.rehearsal_action.isEnabled()   # one pass at a time
    wait_until(lambda: opened or "could not" in window.statusBar().currentMessage(), 120.0,
               "the scorecard never came")
    assert opened == [str(tmp_path / "take 1.scorecard.html")], window.statusBar().currentMessage()
    page = Path(opened[0]).read_text("utf-8")
    assert "Rehearsal scorecard: Autumn Lip Launch" in page and 'id="go"' in page
    report = json.loads((tmp_path / "take 1.rehearsal.json").read_text("utf-8"))
    assert set(report["markets"]) == {"US", "DE"}
    assert report["segments"][0]["lines"][0]["status"] == "read"
    assert window.rehearsal_action.isEnabled()
