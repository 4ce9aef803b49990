"""The captions dock, offscreen: choices persist and become the window's caption options, captions
are listed, a model folder imports on a worker thread; the session's captions (set up by the
assembly from the window's LiveOptions) take the dock's commands — start, stop, new choices."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from studio.core.events import CaptionEvent, EventBus, Severity, StatusMessage
from tests.qt_helpers import qt_app, spin, wait_until

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
    widget._jobs.import_path("whisper-tiny.en", str(folder))
    wait_until(lambda: "ready" in widget.status.text())
    assert "Model installed" == widget.model_state.text()
    widget._jobs.import_path("whisper-tiny.en", str(tmp_path / "nowhere"))
    wait_until(lambda: "could not be installed" in widget.status.text())


def _window_session(widget, config=None):
    """The session the window would build now, from its settings (the dock's choices included)."""
    from studio.live.assembly import build_session
    from studio.live.session import SessionConfig, VideoSourceConfig
    from studio.ui.live_choices import window_options

    config = config or SessionConfig(video=VideoSourceConfig("pattern", width=160, height=90, fps=10,
                                                             duration_s=1))
    qsettings = widget._ctx.settings._settings
    return build_session(window_options(config, qsettings, widget._ctx.show_provider()),
                         widget._ctx.show_provider())


def test_the_windows_options_carry_the_docks_choices_and_later_choices_reach_the_engine(panel):
    widget, bridge, _ = panel
    widget.model.setCurrentIndex(widget.model.findData("tiny.en"))
    widget.language.setCurrentIndex(widget.language.findData("en"))
    widget.caption2.setCurrentIndex(0)           # the show's second caption language, taken off
    widget.enabled_check.setChecked(True)
    session = _window_session(widget)
    captions = session.captions
    assert captions.running and captions.options.model == "tiny.en" and captions.options.translate_to == ["es"]
    assert captions.bar is not None and "captions" in session.assembly.names
    bridge.session_created.emit(session)
    QCoreApplication.processEvents()
    widget.caption1.setCurrentIndex(widget.caption1.findData("de"))
    thread = captions.thread
    thread.captioner.process()       # the captions thread's next round applies the new choices
    assert thread.captioner.options.translate_to == ["de"]
    widget.enabled_check.setChecked(False)
    assert not captions.running and captions.bar.enabled is False
    assert widget.status.text() == "Captions are off."
    widget.enabled_check.setChecked(True)
    assert captions.running and captions.bar.enabled and captions.thread is thread   # the model stays loaded


def test_captions_off_in_the_dock_are_set_up_stopped(panel):
    widget, bridge, _ = panel
    widget.model.setCurrentIndex(widget.model.findData("tiny.en"))
    widget.enabled_check.setChecked(False)
    session = _window_session(widget)
    assert session.captions is not None and not session.captions.running and session.captions.thread is None
    assert "captions" not in session.assembly.names


def test_the_shows_languages_become_the_choices_once_per_show(panel, tmp_path):
    """The example show says `language: en` and `captions: es, de`."""
    from dataclasses import replace

    widget, bridge, make = panel
    assert (widget.language.currentData(), widget.caption1.currentData(), widget.caption2.currentData()) == \
        ("en", "es", "de")
    assert widget.options().translate_to == ["es", "de"]
    assert "Languages from the show" in widget.status.text()
    widget.caption2.setCurrentIndex(widget.caption2.findData("pt"))     # the host's own pick...
    again = make()
    assert again.caption2.currentData() == "pt"                         # ...survives a restart with the show
    show = again._ctx.show_provider()
    bridge.show_changed.disconnect(widget._on_show)                     # one panel per window
    bridge.show_changed.emit(replace(show, language="zh-CN", caption_languages=["zh-TW", "pt-BR", "xx", "ja"]))
    QCoreApplication.processEvents()
    assert (again.language.currentData(), again.caption1.currentData(), again.caption2.currentData()) == \
        ("zh", "zh-Hant", "pt")
    assert "xx" in again.status.text() and "ja" in again.status.text()  # said, not silently dropped


def test_captions_switched_on_during_a_live_start_at_once(panel, speak, wav_writer):
    """No 'next session': the running session's captions start at the dock's command and captions
    come; switched off, recognition stops."""
    import numpy as np

    from studio.live.session import AudioSourceConfig, SessionConfig, VideoSourceConfig
    from tests.captions.speech import SR

    widget, bridge, _ = panel
    widget.model.setCurrentIndex(widget.model.findData("tiny.en"))
    widget.caption1.setCurrentIndex(0)
    widget.caption2.setCurrentIndex(0)
    widget.enabled_check.setChecked(False)
    speech = speak("Welcome to the autumn lip launch. This is the ruby matte lipstick.")
    wav = wav_writer(np.concatenate([speech, np.zeros(SR, np.float32)]), "talk.wav")
    session = _window_session(widget, SessionConfig(
        video=VideoSourceConfig(kind="pattern", width=160, height=90, fps=10),
        audio=AudioSourceConfig(kind="file", path=str(wav), loop=True)))
    bridge.attach(session.events)
    bridge.session_created.emit(session)
    session.start()
    try:
        assert not session.captions.running
        widget.enabled_check.setChecked(True)
        thread = session.captions.thread
        assert thread.is_alive() and session.captions.bar.enabled
        wait_until(lambda: widget.captions.count() >= 1, 90.0, "no caption came from the running session")
        assert "lipstick" in widget.captions.item(0).text().lower() or \
            "launch" in widget.captions.item(0).text().lower()
        widget.enabled_check.setChecked(False)
        heard = _settled(lambda: thread.captioner.stats().audio_s)  # what was queued before is taken in
        spin(0.6)
        assert thread.captioner.stats().audio_s == heard            # no more audio recognised
    finally:
        bridge.session_stopped.emit()
        session.stop()
        bridge.detach()
    assert not thread.is_alive()


def _settled(read, quiet_s: float = 0.4, limit_s: float = 10.0):
    """The value once it has stopped changing for quiet_s: blocks queued before captions were switched off may still
    be taken in (one more on a busy machine); audio that keeps being recognised never settles and fails the test."""
    value, still = read(), 0.0
    for _ in range(int(limit_s / 0.1)):
        spin(0.1)
        now = read()
        still = still + 0.1 if now == value else 0.0
        value = now
        if still >= quiet_s:
            return value
    pytest.fail(f"audio kept being recognised for {limit_s:.0f} s after captions were switched off")


def test_more_caption_languages_and_the_glossary_file_reach_the_options(panel, tmp_path):
    widget, _, make = panel
    widget.caption1.setCurrentIndex(widget.caption1.findData("es"))
    widget.caption2.setCurrentIndex(widget.caption2.findData("pt"))
    widget.caption_more.setText("id, vi, es")                 # es again: once
    widget.caption_more.editingFinished.emit()
    terms = tmp_path / "terms.txt"
    terms.write_text("Niacinamide\nCentella Asiatica\n", "utf-8")
    widget.glossary.setText(str(terms))
    widget.glossary.editingFinished.emit()
    options = make().options()                                 # saved: a restart keeps them
    assert options.translate_to == ["es", "pt", "id", "vi"] and options.shown_on_bar == ("es", "pt", "id", "vi")
    names = [t.term for t in options.glossary.terms]
    assert names[:2] == ["Niacinamide", "Centella Asiatica"] and "LIP-RUBY" in names
    widget.glossary.setText(str(tmp_path / "gone.txt"))        # unreadable: said, catalog names still used
    widget.glossary.editingFinished.emit()
    assert "cannot be read" in widget.status.text()
    assert "LIP-RUBY" in [t.term for t in widget.options().glossary.terms]
