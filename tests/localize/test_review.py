"""The review of translations: the headless worker (commands in, snapshots out, on its own
thread) and the window's review table driving it; approving writes the show file."""

from __future__ import annotations

import os
import queue
import threading
from pathlib import Path

import pytest

from studio.localize.review import (Approve, ApproveSegment, Draft, Edit, EditSource, Load, ReviewWorker, Save,
                                    SetLanguage)
from studio.show import load_show
from studio.show.translations import TranslationState

from .test_localize import SHOW
from .tiny_multilingual import multilingual_folder

SCREENSHOTS = os.environ.get("STUDIO_SCREENSHOTS")   # a folder: the dialog's PNGs are written there


@pytest.fixture
def show_path(tmp_path):
    path = tmp_path / "serum.show.md"
    path.write_text(SHOW, "utf-8")
    return path


class Snapshots:
    def __init__(self):
        self.queue: queue.Queue = queue.Queue()
        self.threads: set[str] = set()

    def __call__(self, snapshot):
        self.threads.add(threading.current_thread().name)
        self.queue.put(snapshot)

    def idle(self, timeout_s: float = 20.0):
        """The next snapshot of a finished command."""
        while True:
            snapshot = self.queue.get(timeout=timeout_s)
            if not snapshot.busy:
                return snapshot


def test_worker_drafts_approves_and_marks_stale(show_path, tmp_path_factory):
    model = multilingual_folder(tmp_path_factory.mktemp("m2m") / "m2m100-418m", "m2m100")
    snaps = Snapshots()
    worker = ReviewWorker(snaps)
    try:
        worker.send(Load(show_path, semantic=False))
        assert snaps.idle().lang == "es"                       # the show's first caption language
        worker.send(SetLanguage("th"))
        rows = {r.unit_id: r for r in snaps.idle().rows}
        assert {r.state for r in rows.values()} == {"missing"}
        worker.send(Draft(model=str(model)))
        snap = snaps.idle()
        assert "5 drafts" in snap.message and snap.saved_path == str(show_path)
        rows = {r.unit_id: r for r in snap.rows}
        assert all(r.state == "proposed" and r.text for r in rows.values())
        assert rows["s0.l0"].missing_terms == ("Aqua Boost Serum",)    # random weights lose the brand
        worker.send(Edit("s0.l1", "เซรั่มนี้รักษาสิวได้ภายใน 3 วัน"))
        snap = snaps.idle()
        claim = {r.unit_id: r for r in snap.rows}["s0.l1"]
        assert claim.blocking and ("block", "th.medical-claim", "TH") in claim.findings   # checked after the edit
        worker.send(Approve("s0.l1"))
        snaps.idle()
        show = load_show(show_path)                            # saved at once: captions read it
        assert show.segments[0].lines[1].live_translations()["th"] == "เซรั่มนี้รักษาสิวได้ภายใน 3 วัน"
        worker.send(ApproveSegment(0))
        snaps.idle()
        show = load_show(show_path)
        assert show.segments[0].offer_slot().state("th") is TranslationState.APPROVED
        assert show.segments[0].b_lines[0].slot().state("th") is TranslationState.APPROVED
        assert show.faq[0].slot().state("th") is TranslationState.PROPOSED     # not in the segment
        worker.send(EditSource("s0.l1", "This serum calms the skin."))
        rows = {r.unit_id: r for r in snaps.idle().rows}
        assert rows["s0.l1"].state == "stale"
        assert "th" not in load_show(show_path).segments[0].lines[1].live_translations()
        worker.send(Approve("nope"))
        assert snaps.idle().error
    finally:
        worker.stop()
    assert snaps.threads == {"localize-review"}


def test_a_show_with_comments_asks_before_saving(tmp_path):
    path = tmp_path / "c.show.md"
    path.write_text(SHOW.replace("## Products", "<!-- keep me -->\n## Products"), "utf-8")
    snaps = Snapshots()
    worker = ReviewWorker(snaps)
    try:
        worker.send(Load(path, semantic=False))
        snaps.idle()
        worker.send(Edit("s0.l1", "Borrador."))
        snap = snaps.idle()
        assert snap.needs_force and "comments" in snap.message and "keep me" in path.read_text("utf-8")
        worker.send(Save(force=True))
        assert snaps.idle().saved_path and "Borrador." in path.read_text("utf-8")
    finally:
        worker.stop()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_review_table_approves_into_the_show_file(show_path, language, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from studio.ui.i18n import translator_for
    from studio.ui.localise_dialog import LocaliseDialog
    from tests.qt_helpers import qt_app, wait_until

    app = qt_app()
    translator = translator_for(language)
    if translator is not None:
        QCoreApplication.installTranslator(translator)
    try:
        dialog = LocaliseDialog(show_path, semantic=False)
        saved = []
        dialog.saved.connect(saved.append)
        dialog.show()
        wait_until(lambda: dialog.snapshot.rows and not dialog.snapshot.busy, message="no rows")
        assert dialog.table.rowCount() == 5 and dialog.language.currentText() == "es"
        assert dialog.table.item(1, 2).text() == "Conoce Aqua Boost Serum con ácido hialurónico."
        # Type a translation into the table (an edit is a proposal), then approve the line.
        dialog.table.item(2, 2).setText("Este sérum cura el acné en 3 días.")
        wait_until(lambda: dialog.snapshot.rows[2].state == "proposed" and not dialog.snapshot.busy)
        assert dialog.snapshot.rows[2].blocking           # US: a disease claim, in Spanish too
        dialog.table.selectRow(2)
        dialog.approve_button.click()
        wait_until(lambda: dialog.snapshot.rows[2].state == "approved" and not dialog.snapshot.busy)
        assert saved and saved[-1] == str(show_path)
        assert load_show(show_path).segments[0].lines[1].live_translations()["es"] == \
            "Este sérum cura el acné en 3 días."
        app.processEvents()
        if language == "zh_CN":
            assert dialog.approve_button.text() != "Approve line"       # the window's language
        if SCREENSHOTS:
            dialog.resize(1100, 420)
            app.processEvents()
            dialog.grab().save(str(Path(SCREENSHOTS) / f"localise-{language}.png"))
        dialog.close()
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


def test_no_model_for_the_pair_is_said_in_the_windows_language(show_path, monkeypatch, tmp_path):
    """A Chinese producer pressing 'Draft' with no model for en→es reads why in Chinese, not core English."""
    from PySide6.QtCore import QCoreApplication

    from studio.ui.i18n import translator_for
    from studio.ui.localise_dialog import LocaliseDialog
    from tests.qt_helpers import qt_app, wait_until

    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "no-models"))
    app = qt_app()
    translator = translator_for("zh_CN")
    QCoreApplication.installTranslator(translator)
    try:
        dialog = LocaliseDialog(show_path, semantic=False)
        dialog.show()
        wait_until(lambda: dialog.snapshot.rows and not dialog.snapshot.busy, message="no rows")
        dialog.draft_button.click()
        wait_until(lambda: dialog.snapshot.error and not dialog.snapshot.busy, message="no draft error")
        app.processEvents()
        assert dialog.snapshot.said is not None and dialog.snapshot.said.key == "localize.no_model"
        assert dialog.status.text().startswith("没有 en→es 的翻译模型"), dialog.status.text()
        dialog.close()
    finally:
        QCoreApplication.removeTranslator(translator)
