"""The try-on dock: pick a look or shade (or follow the product on screen), AR on/off with
one key, and the before/after split.

GUI thread only. The TryOnFilter is the session's (`session.tryon`, put in by studio.live.assembly
from the window's LiveOptions, which always ask for it); the face tracker inside it lives on its
own thread ('face-tracker'). This panel never makes one: it only calls the filter's thread-safe setters
(its commands) and reads its last report (its snapshot) on a timer. Without
the face model the panel says so, where it goes and how to import it (a button, or the command).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.ar.looks import LookCatalog
from studio.ui.look_names import look_label
from studio.ui.model_jobs import ModelJobs
from studio.ui.shortcut_help import describe_shortcut
from studio.ui.panels import PanelContext, PanelSpec

AR_TOGGLE_KEY = "F6"            # one key: a host switches the try-on off mid-sentence
SPLIT_TOGGLE_KEY = "Shift+F6"
FOLLOW_PRODUCT = ""             # combo data of "follow the product on screen"
STATUS_INTERVAL_MS = 250
FACE_MODEL = "face_landmarker"  # the tracker's model (studio.models manifest name)


class TryOnPanel(QWidget):
    """Called on the GUI thread only."""

    def __init__(self, ctx: PanelContext) -> None:
        super().__init__()
        self.setObjectName("TryOnPanel")
        self._ctx = ctx
        self._filter = None
        self.catalog = LookCatalog.load()

        self.ar_check = QCheckBox(self.tr("AR try-on on (%1)").replace("%1", AR_TOGGLE_KEY), self)
        self.look_combo = QComboBox(self)
        self.look_combo.addItem(self.tr("Follow the product on screen"), FOLLOW_PRODUCT)
        for look in self.catalog.all():
            self.look_combo.addItem(look_label(look), look.id)
        self.split_check = QCheckBox(self.tr("Before / after split (%1)").replace("%1", SPLIT_TOGGLE_KEY), self)
        self.status_label = QLabel(self.tr("Try-on starts with the camera."), self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("Import face model…"), self)
        self.import_button.setToolTip(self.tr("The file face_landmarker.task, e.g. from a USB stick"))
        self.import_button.clicked.connect(self._choose_model_file)
        self._jobs = ModelJobs()
        self._jobs.done.connect(self._on_import_done)
        self._model_missing = False

        layout = QVBoxLayout(self)
        layout.addWidget(self.ar_check)
        layout.addWidget(QLabel(self.tr("Look"), self))
        layout.addWidget(self.look_combo)
        layout.addWidget(self.split_check)
        layout.addWidget(self.status_label)
        layout.addWidget(self.import_button)
        layout.addStretch(1)

        settings = ctx.settings
        self.ar_check.setChecked(bool(settings.value("ar_enabled", True, bool)))
        self.split_check.setChecked(bool(settings.value("split", False, bool)))
        index = self.look_combo.findData(settings.value("look", FOLLOW_PRODUCT, str))
        self.look_combo.setCurrentIndex(max(index, 0))

        self.ar_check.toggled.connect(self._apply)
        self.split_check.toggled.connect(self._apply)
        self.look_combo.currentIndexChanged.connect(self._apply)
        for key, checkbox, what in ((AR_TOGGLE_KEY, self.ar_check, self.tr("AR try-on on or off")),
                                    (SPLIT_TOGGLE_KEY, self.split_check, self.tr("Before / after split on or off"))):
            shortcut = describe_shortcut(QShortcut(QKeySequence(key), self), what)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(checkbox.toggle)
        ctx.bridge.session_created.connect(self._on_session)
        ctx.bridge.session_stopped.connect(self._on_stopped)
        self._timer = QTimer(self)
        self._timer.setInterval(STATUS_INTERVAL_MS)
        self._timer.timeout.connect(self._show_status)
        self._timer.start()
        self._check_model()

    @property
    def tryon_filter(self):
        return self._filter

    def _on_session(self, session) -> None:
        self._check_model()
        self._filter = getattr(session, "tryon", None)
        if self._filter is None:                 # the assembly said why (status bar, log)
            self.status_label.setText(self.tr("Try-on is off for these sources; see the status bar."))
            return
        self._apply()

    def _on_stopped(self) -> None:
        self._filter = None                      # the session closes its filters

    def _apply(self, *_args) -> None:
        look_id = self.look_combo.currentData() or None
        settings = self._ctx.settings
        settings.set_value("ar_enabled", self.ar_check.isChecked())
        settings.set_value("split", self.split_check.isChecked())
        settings.set_value("look", look_id or FOLLOW_PRODUCT)
        if self._filter is None:
            return
        self._filter.set_ar_enabled(self.ar_check.isChecked())
        self._filter.set_split(self.split_check.isChecked())
        self._filter.set_manual_look(look_id)

    # ---- the face model -----------------------------------------------------------------

    def _check_model(self) -> None:
        """Read the models folder now (session start, after an import), not on every tick."""
        from studio.models.registry import installed_path

        self._model_missing = installed_path(FACE_MODEL) is None
        self.import_button.setVisible(self._model_missing)
        if self._model_missing:
            self._show_model_missing()

    def _show_model_missing(self) -> None:
        from studio.models.registry import model_dir

        self.status_label.setText(self.tr(
            "Try-on needs the face model, which is not installed. Import the file face_landmarker.task "
            "with the button below, or run: studio models import %1 PATH (it goes into %2).")
            .replace("%1", FACE_MODEL).replace("%2", str(model_dir(FACE_MODEL))))

    def _choose_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The face model file"), "",
                                              self.tr("Face model (*.task);;All files (*)"))
        if path:
            self.import_model(path)

    def import_model(self, path: str) -> None:
        """Copied and checked on a worker thread; the panel hears back through `done`."""
        self.import_button.setEnabled(False)
        self.status_label.setText(self.tr("Importing the face model…"))
        self._jobs.import_path(FACE_MODEL, path)

    def _on_import_done(self, _name: str, error: str) -> None:
        self.import_button.setEnabled(True)
        if error:
            self.status_label.setText(self.tr("The face model could not be imported: %1").replace("%1", error))
            return
        self._check_model()
        if self._filter is not None and not self._model_missing:
            # The pipeline switched the filter off when the model was missing: try again now.
            self._filter.enabled = True
        self.status_label.setText(self.tr("Face model installed: try-on is on."))

    def _show_status(self) -> None:
        from studio.overlays.tryon import TryOnState

        if self._model_missing and self.ar_check.isChecked():
            return                               # the missing model stays said, with how to fix it
        if self._filter is not None and not self._filter.enabled:
            self.status_label.setText(self.tr("Try-on stopped after an error; see the status bar and the log."))
            return
        report = self._filter.last_report if self._filter is not None else None
        if report is None:
            return
        look = self.catalog.get(report.look_id)
        name = look.name if look else ""
        rate = self._filter.tracks_per_s()
        drawn = (self.tr("Showing %1 (%2 ms a frame).").replace("%2", f"{report.track_ms + report.render_ms:.0f}")
                 if rate is None else        # live: the model runs on its own thread, the frame does not wait
                 self.tr("Showing %1 (the face is followed %2 times a second).").replace("%2", f"{rate:.0f}"))
        texts = {
            TryOnState.OFF: self.tr("AR is off."),
            TryOnState.NO_LOOK: self.tr("Nothing to try on in this segment: pick a look above to show one."),
            TryOnState.NO_FACE: self.tr("No face in view: nothing is drawn."),
            TryOnState.DRAWN: drawn.replace("%1", name),
            TryOnState.PRODUCT_CARD: self.tr("The laptop is too busy for try-on: showing the product card."),
            TryOnState.ERROR: self.tr("%1 could not be drawn; see the log.").replace("%1", name),
            TryOnState.LOADING: self.tr("Loading the face model: try-on starts in a moment."),
        }
        self.status_label.setText(texts[report.state])


PANEL = PanelSpec(
    id="tryon",
    title=QT_TRANSLATE_NOOP("Panels", "AR try-on"),
    factory=TryOnPanel,
    default_area=Qt.DockWidgetArea.LeftDockWidgetArea,
    shortcut="Ctrl+Shift+Y",
    order=40,
    tags=("camera",),
)
