"""The teleprompter dock, offscreen: captions move the highlight, mirror flips the text,
full screen opens on a display, and a screenshot is written for people to look at."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from studio.core.events import CaptionEvent, SegmentChanged
from studio.prompter.worker import PrompterCommand
from studio.show import load_show

from tests.qt_helpers import qt_app, spin  # noqa: E402

# Widgets need a QApplication made before anything makes a plain QGuiApplication.
_APP = qt_app()

from studio.ui.bridge import EventBridge  # noqa: E402
from studio.ui.panels import PanelContext, PanelSettings  # noqa: E402
from studio.ui.panels.prompter_panel import PANEL, PrompterPanel, format_clock  # noqa: E402

# Set STUDIO_SCREENSHOT_DIR to keep the panel's screenshot for a look (CI leaves the tree clean).
SCREENSHOT_DIR = os.environ.get("STUDIO_SCREENSHOT_DIR")


def _wait(predicate, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        QCoreApplication.processEvents()
        time.sleep(0.005)


class _Session:
    """The parts of studio.live.session.Session the prompter uses (clock, bus, level, segments),
    with the session's real prompter (studio.live.prompter) on its own thread; no camera needed."""

    def __init__(self, show):
        from studio.core.clock import SessionClock
        from studio.core.events import EventBus
        from studio.live.prompter import LivePrompter

        self.show = show
        self.clock = SessionClock()
        self.events = EventBus()
        self.audio_level_dbfs = -30.0
        self.segment_index = 0
        self.moves = []
        self.prompter = LivePrompter(self)
        self.prompter.start()

    def go_to_segment(self, index):
        previous, self.segment_index = self.segment_index, index
        self.moves.append(index)
        self.events.publish(SegmentChanged(index, previous))

    def stop(self):
        self.prompter.stop()


@pytest.fixture
def panel(tmp_path, example_show_path):
    if not isinstance(QApplication.instance(), QApplication):
        pytest.fail("a plain QGuiApplication exists; widgets need QApplication")
    show = load_show(example_show_path)
    bridge = EventBridge()
    session = _Session(show)
    settings = PanelSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "prompter")
    ctx = PanelContext(session_provider=lambda: session, bridge=bridge, settings=settings,
                       show_provider=lambda: show)
    widget = PANEL.factory(ctx)
    bridge.session_created.emit(session)
    widget.resize(900, 640)
    widget.show()
    yield widget, bridge, session
    widget.close()
    session.stop()
    widget.deleteLater()
    QCoreApplication.processEvents()


def _caption(session, text):
    now = session.clock.now_s()
    return CaptionEvent("final", now - 2.0, now, now, text, "en")


def test_panel_follows_captions_proposes_and_the_host_puts_the_segment_on_air(panel):
    widget, bridge, session = panel
    assert isinstance(widget, PrompterPanel)
    widget.mode_combo.setCurrentIndex(widget.mode_combo.findData("voice"))
    widget.send(PrompterCommand.START)
    _wait(lambda: widget._snapshot is not None and widget._snapshot.state.value == "prompting", 8.0)
    session.events.publish(_caption(session, "This is Ruby, a deep red with a soft matte finish."))
    _wait(lambda: widget.view.current_line is not None and widget.view.current_line.segment == 1)
    assert widget.view.current_line.text.startswith("This is Ruby")
    # The voice is in Ruby: proposed, not switched.
    _wait(lambda: widget.status.proposal_box.isVisible())
    assert "2 · Ruby matte" in widget.status.proposal_label.text()
    assert widget.view.footer is not None and "Ruby matte" in widget.view.footer
    assert session.moves == [] and "1/5 Welcome" in widget.segment_label.text()
    assert not widget.offer_label.isVisible()                  # Ruby's offer is not on air yet
    widget.status.accept_button.click()                        # the host's one click
    _wait(lambda: session.moves == [1])
    _wait(lambda: "2/5 Ruby matte" in widget.segment_label.text() and not widget.status.proposal_box.isVisible())
    assert widget.view.current_line.text.startswith("This is Ruby")   # the text stays where the host reads
    _wait(lambda: widget.offer_label.isVisible())                    # Ruby's 10-minute offer counts down
    assert re.search(r"20% off .*· (10:00|9:5\d)$", widget.offer_label.text())
    # The producer switches segment elsewhere: the prompter goes there.
    session.events.publish(SegmentChanged(3, 1))
    _wait(lambda: widget.view.current_line is not None and widget.view.current_line.segment == 3)
    assert session.moves == [1]


def test_a_looping_welcome_reading_never_moves_the_session(panel):
    widget, bridge, session = panel
    widget.mode_combo.setCurrentIndex(widget.mode_combo.findData("voice"))
    widget.send(PrompterCommand.START)
    _wait(lambda: widget._snapshot is not None and widget._snapshot.state.value == "prompting", 8.0)
    welcome = "Hi everyone, welcome to the Autumn Lip Launch!"
    for text in (welcome, "This is Ruby, a deep red with a soft matte finish.", welcome,
                 "Now something softer: Glow Gloss in Nude Rose.", welcome, welcome):
        session.events.publish(_caption(session, text))
        _wait(lambda: widget._snapshot is not None and widget._snapshot.heard_token is not None)
        spin(0.15)
    spin(0.3)
    assert session.moves == []                                 # price card, look and F8 product stay put
    assert widget._snapshot.segment == 0
    widget.status.dismiss_button.click()
    _wait(lambda: not widget.status.proposal_box.isVisible())


def test_mirror_flips_the_text_and_screenshot(panel, tmp_path):
    widget, bridge, session = panel
    widget.mirror_check.setChecked(False)
    _wait(lambda: widget._snapshot is not None)
    spin(0.2)                              # the status rows settle (the view's height with them)
    plain = _pixels(widget.view)
    widget.mirror_check.setChecked(True)
    QCoreApplication.processEvents()
    mirrored = _pixels(widget.view)
    assert widget.view.mirror
    assert np.abs(plain.astype(int) - mirrored[:, ::-1].astype(int)).mean() < 2.0
    assert np.abs(plain.astype(int) - mirrored.astype(int)).mean() > 2.0
    widget.mirror_check.setChecked(False)
    widget.send(PrompterCommand.START)
    _wait(lambda: widget._snapshot.state.value == "prompting", 8.0)
    session.events.publish(_caption(session, "This is Ruby, a deep red with a soft matte finish."))
    session.events.publish(_caption(session, "It glides on in one stroke and stays"))
    _wait(lambda: widget.view.current_line is not None and widget.view.current_line.text.startswith("It glides"))
    _wait(lambda: widget.status.proposal_box.isVisible())
    if SCREENSHOT_DIR:
        widget.grab().save(str(Path(SCREENSHOT_DIR) / "prompter_panel_proposal.png"))
    widget.status.accept_button.click()
    _wait(lambda: widget.offer_label.isVisible())
    _wait(lambda: widget.view._animation.state() != widget.view._animation.State.Running, 3.0)
    out = Path(SCREENSHOT_DIR or tmp_path) / "prompter_panel.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(out))


def test_full_screen_opens_on_a_display_and_escape_closes_it(panel):
    widget, bridge, session = panel
    widget.full_button.setChecked(True)
    _wait(lambda: widget._full is not None and widget._full.isVisible())
    assert widget._full.view.current_line is widget.view.current_line or widget._snapshot is None
    widget._full.close()
    _wait(lambda: widget._full is None and not widget.full_button.isChecked())


def test_font_and_margins_persist(panel, tmp_path):
    widget, bridge, session = panel
    widget.font_spin.setValue(88)
    widget.margin_slider.setValue(20)
    assert widget._ctx.settings.value("font_px", 0, int) == 88
    assert widget._ctx.settings.value("margin_percent", 0, int) == 20


def test_format_clock():
    assert format_clock(245) == "4:05" and format_clock(-30) == "-0:30"
    assert format_clock(3723) == "1:02:03" and format_clock(None) == "–"


def _pixels(view) -> np.ndarray:
    image = view.grab().toImage().convertToFormat(view.grab().toImage().Format.Format_RGB888)
    ptr = image.constBits()
    arr = np.frombuffer(ptr, dtype=np.uint8, count=image.sizeInBytes())
    return arr.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3].reshape(
        image.height(), image.width(), 3).copy()


CLAIM_SHOW = """# Glow
markets: US
language: en

## Segment: Serum
This live is sponsored by the brand.
This cream cures acne in three days, so tap the cart below before it sells out tonight.
[Hold the jar to the camera]
"""


def _standalone_panel(tmp_path, show_text: str):
    """A prompter panel on a show given as text, with the session's prompter (no camera):
    (panel, bridge, show). The prompter stops when the panel is destroyed."""
    from studio.show import parse_show

    show = parse_show(show_text)
    bridge = EventBridge()
    session = _Session(show)
    settings = PanelSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "prompter")
    widget = PANEL.factory(PanelContext(session_provider=lambda: session, bridge=bridge, settings=settings,
                                        show_provider=lambda: show))
    bridge.session_created.emit(session)
    widget.destroyed.connect(lambda *_: session.stop())
    return widget, bridge, show


def test_script_findings_are_underlined_with_the_suggestion_and_live_hits_show_at_once(tmp_path):
    from studio.compliance.events import ComplianceFinding, DisclosureReminder

    widget, bridge, show = _standalone_panel(tmp_path, CLAIM_SHOW)
    widget.resize(900, 640)
    widget.show()
    try:
        _wait(lambda: widget.view._marks, 15.0)
        marks = widget.view._marks[(0, 1)]
        assert marks[0].severity == "block"
        assert show.segments[0].lines[1].text[marks[0].start:marks[0].end].startswith("cures")
        item = next(i for i in widget.view._items if i.line is not None and i.line.line == 1)
        assert item.note is not None and "cosmetic" in item.note.text()
        plain = _pixels(widget.view)
        # A live caption hit: the suggestion is on the prompter at once.
        from studio.compliance import Checker

        hit = Checker(["US"]).check_text("it cures acne", "en")[0]
        bridge.event.emit(ComplianceFinding(hit, 1.0, 2.0, 2.1, 0.4))
        assert widget.view.banner[0] == "finding" and "cosmetic" in widget.view.banner[1]
        QCoreApplication.processEvents()
        banner = _pixels(widget.view)
        assert (banner[:20, :, 0].astype(int) - plain[:20, :, 0].astype(int)).mean() > 40   # red strip on top
        bridge.event.emit(DisclosureReminder(("US",), "Quick reminder: this live is sponsored.", 60.0))
        assert widget.view.banner == ("reminder", "Reminder: Quick reminder: this live is sponsored.")
        if SCREENSHOT_DIR:
            widget.grab().save(str(Path(SCREENSHOT_DIR) / "prompter_panel_findings.png"))
    finally:
        widget.close()
        widget.deleteLater()
        QCoreApplication.processEvents()


LONG_STATUS_SHOW = """# Long
language: en

## Products
| sku | name | price |
|---|---|---|
| SER-01 | Serum | 30 USD |

## Segment: The whole autumn collection, every shade and finish, with swatches and layering tips (5m)
product: SER-01
offer: Buy one and get the second at half price on every shade of the autumn collection, tonight only
offer time: 10m

This is the only line of this segment, and it is long enough to wrap over several lines in a narrow dock.
"""


@pytest.fixture(params=["en", "zh_CN"])
def ui_language(request):
    from PySide6.QtCore import QLocale

    from studio.ui.i18n import install_translators

    installed = install_translators(_APP, request.param)
    yield request.param
    for translator in installed:
        _APP.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_a_long_status_never_widens_a_narrow_dock(tmp_path, ui_language):
    from PySide6.QtWidgets import QScrollArea

    widget, _bridge, _show = _standalone_panel(tmp_path, LONG_STATUS_SHOW)
    # As the window docks a panel: in a resizable scroll area, here 300 px wide.
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    area.resize(300, 640)
    area.show()
    try:
        widget.mode_combo.setCurrentIndex(widget.mode_combo.findData("timed"))
        widget.send(PrompterCommand.START)
        _wait(lambda: widget.offer_label.isVisible() and widget.state_label.text(), 8.0)
        spin(0.3)
        assert len(widget.offer_label.text()) > 80 and len(widget.segment_label.text()) > 80
        if ui_language == "zh_CN":
            assert widget.start_button.text() == "暂停"
        viewport = area.viewport().width()
        assert area.horizontalScrollBar().maximum() == 0, "the dock scrolls sideways: text cut off on the right"
        assert widget.width() <= viewport
        for label in (widget.offer_label, widget.segment_label, widget.state_label, widget.view):
            right = label.mapTo(widget, label.rect().topRight()).x()
            assert right <= viewport, f"{label!r} ends at {right} px, past the {viewport} px dock"
        # The script wraps inside the view.
        assert widget.view._layout_width <= widget.view.width()
        assert max(item.layout.boundingRect().width() for item in widget.view._items) <= widget.view.width()
        if SCREENSHOT_DIR:
            area.grab().save(str(Path(SCREENSHOT_DIR) / f"prompter_panel_300px_{ui_language}.png"))
    finally:
        area.close()
        area.deleteLater()
        QCoreApplication.processEvents()


def test_the_early_signal_moves_the_painted_highlight_before_any_caption(panel):
    """What studio.prompter.early_job hands the live prompter (windows of the newest audio, straight
    to its queue, never on the bus) reaches the dock as the follower's snapshot and is painted."""
    from studio.prompter.early_signal import WINDOW_KIND

    widget, bridge, session = panel
    widget.mode_combo.setCurrentIndex(widget.mode_combo.findData("voice"))
    widget.send(PrompterCommand.START)
    _wait(lambda: widget._snapshot is not None and widget._snapshot.state.value == "prompting", 8.0)
    spin(0.3)
    before = _pixels(widget.view)
    now = session.clock.now_s()
    for text in ("This is Ruby, a deep", "This is Ruby, a deep red with a soft"):
        session.prompter.worker.submit_caption(CaptionEvent(WINDOW_KIND, now - 2.5, now, now, text, "en"))
    _wait(lambda: widget.view.current_line is not None and widget.view.current_line.text.startswith("This is Ruby"))
    _wait(lambda: widget.view._animation.state() != widget.view._animation.State.Running, 3.0)
    spin(0.2)
    after = _pixels(widget.view)
    h = min(before.shape[0], after.shape[0])     # the proposal row above may take some height
    assert np.abs(after[:h].astype(int) - before[:h].astype(int)).mean() > 1.0   # repainted there


def test_the_screen_picker_names_each_display_by_number_and_size_and_fits_the_dock(panel):
    """'1: screen (1920×1080)' was cut at 1366×768 ('1: screen (1920×'); the name moved to the tooltip."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    widget, bridge, session = panel
    screens = QGuiApplication.screens()
    combo = widget.screen_combo
    assert combo.count() == len(screens)
    for i, screen in enumerate(screens):
        size = screen.size()
        assert combo.itemText(i) == f"{i + 1}: {size.width()}×{size.height()}"
        assert screen.name() in combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
    text_px = combo.fontMetrics().horizontalAdvance(combo.itemText(combo.currentIndex()))
    assert text_px < combo.width() - 24        # the arrow and the frame take the rest
