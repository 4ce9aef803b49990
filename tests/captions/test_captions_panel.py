"""The captions dock, offscreen: choices persist and become CaptionOptions, captions are listed,
a model folder imports on a worker thread, a new session gets the captions thread."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from studio.core.events import CaptionEvent, EventBus, Severity, StatusMessage
from tests.qt_helpers import qt_app, wait_until

_APP = qt_app()




@pytest.fixture
def panel(tmp_path, example_show_path):
    from studio.show.showfile import load_show
    from studio.ui.bridge import EventBridge
    from studio.ui.panels import PanelContext, PanelSettings
    from studio.ui.panels.captions_panel import CaptionsPanel

    show = load_show(example_show_path)
    bridge = EventBridge()
    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)

    def make():
        settings = PanelSettings(qsettings, "captions")
        return CaptionsPanel(PanelContext(session_provider=lambda: None, bridge=bridge, settings=settings,
                                          show_provider=lambda: show))

    widget = make()
    yield widget, bridge, make
    bridge.close()
    widget.deleteLater()
    QCoreApplication.processEvents()


def test_choices_persist_and_become_caption_options(panel):
    widget, _, make = panel
    widget.language.setCurrentIndex(widget.language.findData("zh"))
    widget.caption1.setCurrentIndex(widget.caption1.findData("en"))
    widget.caption2.setCurrentIndex(widget.caption2.findData("es"))
    widget.model.setCurrentIndex(widget.model.findData("tiny.en"))
    options = widget.options()
    assert (options.language, options.model, options.translate_to) == ("zh", "tiny.en", ["en", "es"])
    assert any(t.term == "LIP-RUBY" for t in options.glossary.terms)
    again = make()
    assert again.options().translate_to == ["en", "es"] and again.model.currentData() == "tiny.en"
    assert "installed" in again.model_state.text().lower()


def test_captions_and_status_are_shown(panel):
    widget, bridge, _ = panel
    bus = EventBus()
    bridge.attach(bus)
    bus.publish(CaptionEvent("partial", 61.0, 62.0, 62.2, "This is Ruby", "en"))
    wait_until(lambda: widget.partial.text() == "This is Ruby")
    bus.publish(CaptionEvent("final", 61.0, 63.0, 63.5, "This is Ruby.", "en", {"es": "Este es Ruby."}))
    bus.publish(StatusMessage(Severity.WARNING, "No translation model for en→de", "captions"))
    wait_until(lambda: widget.captions.count() == 1 and "en→de" in widget.status.text())
    assert widget.captions.item(0).text() == "01:01  This is Ruby.\nEste es Ruby."
    assert widget.partial.text() == ""


def test_model_folder_import_runs_off_the_gui_thread(panel, tmp_path, monkeypatch):
    from studio.models.registry import installed_path

    source = installed_path("whisper-tiny.en")
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "models"))   # never touch the real models
    widget, _, _ = panel
    widget.model.setCurrentIndex(widget.model.findData("tiny.en"))
    assert "not installed" in widget.model_state.text()
    folder = tmp_path / "usb-stick"
    shutil.copytree(source, folder, ignore=shutil.ignore_patterns("installed.json"))
    widget._jobs.import_folder("whisper-tiny.en", str(folder))
    wait_until(lambda: "ready" in widget.status.text())
    assert "Model installed" == widget.model_state.text()
    widget._jobs.import_folder("whisper-tiny.en", str(tmp_path / "nowhere"))
    wait_until(lambda: "could not be installed" in widget.status.text())


def test_new_session_gets_captions_and_later_choices_reach_the_engine(panel):
    from studio.core.session import Session

    widget, bridge, _ = panel
    widget.model.setCurrentIndex(widget.model.findData("tiny.en"))
    widget.language.setCurrentIndex(widget.language.findData("en"))
    widget.enabled_check.setChecked(True)
    session = Session(show=None)
    bridge.session_created.emit(session)
    QCoreApplication.processEvents()
    thread = session.features["captions"]
    assert "caption_bar" in session.features
    widget.caption1.setCurrentIndex(widget.caption1.findData("es"))
    thread.captioner.process()       # the captions thread's next round applies the new choices
    assert thread.captioner.options.translate_to == ["es"]
    widget.enabled_check.setChecked(False)
    assert session.features["caption_bar"].enabled is False
