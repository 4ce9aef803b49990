"""The teleprompter dock's status: segment on air and its time, the show's time, the offer countdown,
the scrolling state, and the segment voice follow proposes.

Every label elides or wraps (a long segment title or offer never widens the dock: no horizontal
scrollbar, no script cut off on the right). The proposal is only a proposal: the host puts it on
air with the button or Enter, or dismisses it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from studio.prompter.controller import PrompterSnapshot, PrompterState, ScrollMode
from studio.show.offer_clock import OfferCountdown
from studio.ui.flow_layout import FlowLayout
from studio.ui.segment_bar import ElidedLabel


def format_clock(seconds: float | None) -> str:
    """'4:05', '-0:30' for an overrun, '1:02:03' past an hour, '–' when unknown."""
    if seconds is None:
        return "–"
    sign = "-" if seconds < 0 else ""
    total = int(round(abs(seconds)))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m}:{s:02d}"


class WrappingLabel(QLabel):
    """Word-wrapped, but asks for its text's one-line width (a plain wrapped QLabel asks for less
    and wraps where there is room): it wraps only when the dock is narrower than the text."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        margins = self.contentsMargins()
        one_line = (self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right()
                    + 2 * self.margin() + 2)
        return QSize(max(hint.width(), one_line), hint.height())


def _wrapping_label(style: str = "") -> QLabel:
    label = WrappingLabel()
    label.setWordWrap(True)
    label.setMinimumHeight(label.fontMetrics().height())   # one line even while empty: the dock does not jump
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if style:
        label.setStyleSheet(style)
    return label


class PrompterStatus(QWidget):
    """GUI thread only. `accept_requested` / `dismiss_requested`: the host's answer to a proposal."""

    accept_requested = Signal()
    dismiss_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment_label = ElidedLabel()
        self.segment_progress = QProgressBar()
        self.segment_progress.setRange(0, 1000)
        self.segment_progress.setTextVisible(False)
        self.segment_progress.setMaximumHeight(8)
        self.segment_progress.setMinimumWidth(40)
        self.segment_time_label = _wrapping_label()
        self.show_time_label = _wrapping_label()
        self.offer_label = _wrapping_label("QLabel { background: #b8002e; color: white; padding: 2px 8px; "
                                           "border-radius: 4px; font-weight: bold; }")
        self.offer_label.hide()
        self.state_label = _wrapping_label()

        self.proposal_box = QWidget()
        self.proposal_box.setObjectName("prompterProposal")
        self.proposal_label = _wrapping_label("QLabel { color: #ffce40; font-weight: bold; }")
        self.accept_button = QPushButton(self.tr("Put on air (Enter)"))
        self.accept_button.setToolTip(self.tr("Switch the segment on air: price card, try-on look and sales product"))
        self.dismiss_button = QPushButton("✕")
        self.dismiss_button.setMaximumWidth(self.dismiss_button.fontMetrics().horizontalAdvance("✕") + 24)
        self.dismiss_button.setToolTip(self.tr("Dismiss: stay on the segment on air"))
        proposal_row = FlowLayout(self.proposal_box)
        for w in (self.proposal_label, self.accept_button, self.dismiss_button):
            proposal_row.addWidget(w)
        self.proposal_box.hide()
        self.accept_button.clicked.connect(self.accept_requested)
        self.dismiss_button.clicked.connect(self.dismiss_requested)

        progress_row = QHBoxLayout()
        progress_row.addWidget(self.segment_label, 3)
        progress_row.addWidget(self.segment_progress, 2)
        times = FlowLayout()
        for w in (self.segment_time_label, self.show_time_label, self.offer_label, self.state_label):
            times.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.proposal_box)
        layout.addLayout(progress_row)
        layout.addLayout(times)

    def clear(self) -> None:
        for label in (self.segment_label, self.segment_time_label, self.show_time_label, self.state_label):
            label.clear()
        self.offer_label.hide()
        self.proposal_box.hide()
        self.segment_progress.setValue(0)

    def show_snapshot(self, snap: PrompterSnapshot, segments: int, offer: OfferCountdown | None,
                      on_air: tuple[int, str] | None = None) -> None:
        """`offer`: the countdown to show (the session's offer clock when there is a session); `on_air`: the
        session's segment (index, title), what the status names while the prompter is on standby."""
        current = snap.progress.current
        standby = snap.state is PrompterState.STANDBY
        # on standby the prompter's clock has not started: its times would stand still while the show runs,
        # so the status names the session's segment and no times
        named = on_air if standby else ((current.index, current.title) if current is not None else None)
        if named is None:
            self.segment_label.setText(self.tr("segments: %1").replace("%1", str(segments)))
        else:
            self.segment_label.setText(self.tr("%1/%2 %3").replace("%1", str(named[0] + 1))
                                       .replace("%2", str(segments)).replace("%3", named[1]))
        self.segment_label.setToolTip("" if named is None else named[1])
        if current is not None and not standby:
            if current.planned_s:
                self.segment_progress.setValue(int(1000 * min(1.0, current.elapsed_s / current.planned_s)))
            else:
                self.segment_progress.setValue(int(1000 * current.word_fraction))
            self.segment_time_label.setText(
                self.tr("segment %1 left").replace("%1", format_clock(current.remaining_s)) if not current.overrun
                else self.tr("segment over by %1").replace("%1", format_clock(-current.remaining_s)))
            self.segment_time_label.setStyleSheet("color: #ff5a5a;" if current.overrun else "")
        else:
            self.segment_progress.setValue(0)
            self.segment_time_label.clear()
        self.show_time_label.setText("" if standby else self.tr("show %1 left · script %2").replace(
            "%1", format_clock(snap.progress.remaining_planned_s)).replace(
            "%2", format_clock(snap.progress.remaining_script_s)))
        if offer is not None and not offer.ended:
            self.offer_label.setText(self.tr("%1 · %2").replace("%1", offer.offer or self.tr("Offer"))
                                     .replace("%2", format_clock(offer.remaining_s)))
            self.offer_label.show()
        else:
            self.offer_label.hide()
        self.state_label.setText(self._state_text(snap))
        for label in (self.segment_time_label, self.show_time_label):
            label.setVisible(bool(label.text()))      # an empty one would still indent the row
        self.show_proposal(snap)

    def show_proposal(self, snap: PrompterSnapshot) -> None:
        proposal = snap.proposal
        if proposal is None:
            self.proposal_box.hide()
            return
        self.proposal_label.setText(self.proposal_text(proposal.segment, proposal.title))
        self.proposal_box.show()

    def proposal_text(self, segment: int, title: str) -> str:
        return self.tr("Voice is in %1 · %2").replace("%1", str(segment + 1)).replace("%2", title)

    def _state_text(self, snap: PrompterSnapshot) -> str:
        if snap.state is PrompterState.COUNTDOWN:
            return self.tr("starting in %1").replace("%1", str(int(snap.countdown_left_s) + 1))
        if snap.state is PrompterState.STANDBY:
            return self.tr("prompter on standby: Start follows the show")
        if snap.state is PrompterState.EDITING:
            return self.tr("editing")
        if snap.active_mode is ScrollMode.VOICE:
            return self.tr("following voice")
        if snap.mode is ScrollMode.VOICE:
            return self.tr("no voice recognized: timed")
        return self.tr("timed") if snap.active_mode is ScrollMode.TIMED else self.tr("manual")
