"""Canvas controls: 9:16 (vertical, for TikTok/Reels/Shorts) or 16:9, and where
the camera sits inside it (zoom, pan). Changes apply live via Session.set_canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSlider, QVBoxLayout, QWidget)

from studio.ui.settings import CanvasChoice

ZOOM_MAX = 4.0          # the compositor allows 8×, but past 4× a 720p camera is mush
ZOOM_STEPS_PER_1X = 100
PAN_STEPS = 100          # slider -100..100 ↔ pan -1..1
WHEEL_ZOOM_STEP = 0.1
DRAG_PAN_GAIN = 2.0      # dragging across the whole preview moves the crop from edge to edge


class CanvasWidget(QWidget):
    """The Canvas dock's contents. GUI thread only. Emits `canvas_changed(CanvasChoice)`."""

    canvas_changed = Signal(object)

    def __init__(self, choice: CanvasChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emitting = True
        box = QGroupBox(self.tr("Shape and framing"), self)
        self.vertical = QPushButton(self.tr("9:16 vertical"), box)
        self.vertical.setToolTip(self.tr("For TikTok, Reels and Shorts"))
        self.horizontal = QPushButton(self.tr("16:9 landscape"), box)
        self.horizontal.setToolTip(self.tr("For YouTube, Amazon Live and web players"))
        self._aspect_group = QButtonGroup(self)
        for button in (self.vertical, self.horizontal):
            button.setCheckable(True)
            self._aspect_group.addButton(button)
        aspect_row = QWidget(box)
        arow = QHBoxLayout(aspect_row)
        arow.setContentsMargins(0, 0, 0, 0)
        arow.setSpacing(6)
        arow.addWidget(self.vertical)
        arow.addWidget(self.horizontal)

        self.zoom = QSlider(Qt.Orientation.Horizontal, box)
        self.zoom.setRange(ZOOM_STEPS_PER_1X, int(ZOOM_MAX * ZOOM_STEPS_PER_1X))
        self.zoom_label = QLabel(box)
        self.zoom_label.setProperty("role", "dim")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400%") + 6)
        self.pan_x = QSlider(Qt.Orientation.Horizontal, box)
        self.pan_y = QSlider(Qt.Orientation.Horizontal, box)
        for slider in (self.pan_x, self.pan_y):
            slider.setRange(-PAN_STEPS, PAN_STEPS)
        self.reset = QPushButton(self.tr("Reset framing"), box)
        self.hint = QLabel(self.tr("Tip: drag the preview to pan, scroll to zoom."), box)
        self.hint.setProperty("role", "dim")
        self.hint.setWordWrap(True)

        zoom_row = QWidget(box)
        zrow = QHBoxLayout(zoom_row)
        zrow.setContentsMargins(0, 0, 0, 0)
        zrow.addWidget(self.zoom, 1)
        zrow.addWidget(self.zoom_label)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(aspect_row)
        form.addRow(self.tr("Zoom"), zoom_row)
        form.addRow(self.tr("Pan left/right"), self.pan_x)
        form.addRow(self.tr("Pan up/down"), self.pan_y)
        form.addRow("", self.reset)
        form.addRow(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(box)
        layout.addStretch(1)

        self.set_choice(choice)
        self._aspect_group.buttonClicked.connect(lambda _b: self._emit())
        self.zoom.valueChanged.connect(self._emit)
        self.pan_x.valueChanged.connect(self._emit)
        self.pan_y.valueChanged.connect(self._emit)
        self.reset.clicked.connect(self._reset)
        self._emitting = False

    def choice(self) -> CanvasChoice:
        return CanvasChoice(
            aspect="16:9" if self.horizontal.isChecked() else "9:16",
            zoom=self.zoom.value() / ZOOM_STEPS_PER_1X,
            pan_x=self.pan_x.value() / PAN_STEPS,
            pan_y=self.pan_y.value() / PAN_STEPS)

    def set_choice(self, choice: CanvasChoice) -> None:
        was, self._emitting = self._emitting, True
        (self.horizontal if choice.aspect == "16:9" else self.vertical).setChecked(True)
        self.zoom.setValue(int(round(min(max(choice.zoom, 1.0), ZOOM_MAX) * ZOOM_STEPS_PER_1X)))
        self.pan_x.setValue(int(round(min(max(choice.pan_x, -1.0), 1.0) * PAN_STEPS)))
        self.pan_y.setValue(int(round(min(max(choice.pan_y, -1.0), 1.0) * PAN_STEPS)))
        self._show_zoom()
        self._emitting = was

    def nudge(self, dx_fraction: float, dy_fraction: float) -> None:
        """Drag on the preview: the picture follows the pointer, so the crop moves the other way."""
        c = self.choice()
        self.set_choice(CanvasChoice(c.aspect, c.zoom, c.pan_x - dx_fraction * DRAG_PAN_GAIN,
                                     c.pan_y - dy_fraction * DRAG_PAN_GAIN))
        self._emit()

    def zoom_by(self, notches: int) -> None:
        c = self.choice()
        self.set_choice(CanvasChoice(c.aspect, c.zoom + notches * WHEEL_ZOOM_STEP, c.pan_x, c.pan_y))
        self._emit()

    def _reset(self) -> None:
        self.set_choice(CanvasChoice(self.choice().aspect))
        self._emit()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{self.zoom.value()}%")

    def _emit(self, *_args) -> None:
        self._show_zoom()
        if not self._emitting:
            self.canvas_changed.emit(self.choice())
