"""The inbox: viewers' comments, understood (studio.comments.live_inbox on its own thread), with
question groups, reply drafts, pin to the program, and the feed's state said plainly.

A view: it paints `session.inbox.snapshot()` at most four times a second, and only when the
snapshot changed, so a burst of 1,000 comments costs the GUI thread a few repaints, never the
understanding. Viewer text is untrusted: every label is Qt.PlainText and list items are plain
strings (item views never render markup). GUI thread only.

Keys: F4 pins the comment the host clicked last, or the selected question group (the top waiting
one when none is selected), Shift+F4
takes the card down (both work wherever focus is); Ctrl+Shift+C copies the selected group's
reply draft when the claim check cleared it (in the panel); Ctrl+Shift+I shows the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from studio.ui import theme
from studio.ui.comment_chips import BODY_ROLE, CHIPS_ROLE, CommentChipsDelegate
from studio.ui.core_messages import host_text
from studio.ui.language_names import language_name
from studio.ui.panels import PanelContext, PanelSpec
from studio.ui.panels.inbox_sources import FeedPicker, comments_options
from studio.ui.segment_bar import ElidedLabel
from studio.ui.shortcut_help import describe_shortcut
from studio.ui.wrapping_list import CompactList, wrap_items

REFRESH_MS = 250              # at most four repaints a second, whatever the flood
COMMENTS_SHOWN = 150
PIN_KEY, UNPIN_KEY, COPY_KEY = "F4", "Shift+F4", "Ctrl+Shift+C"
INTENT_COLORS = {"question": QColor(94, 200, 229), "buy": QColor(120, 210, 120), "complaint": QColor(255, 110, 110),
                 "praise": QColor(230, 190, 90)}


def _group_languages(snap) -> dict[str, list[str]]:
    """Each group's languages, most askers first, from the comments the snapshot holds."""
    counts: dict[str, dict[str, int]] = {}
    for c in snap.comments:
        if c.group and c.lang:
            by_lang = counts.setdefault(c.group, {})
            by_lang[c.lang] = by_lang.get(c.lang, 0) + 1
    return {key: sorted(by_lang, key=lambda lang: -by_lang[lang]) for key, by_lang in counts.items()}


def _plain(text: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)   # viewer text: never rich text
    label.setWordWrap(wrap)
    return label


class InboxPanel(QWidget):
    def __init__(self, ctx: PanelContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._session = None
        self._version = -1
        self._snapshot = None
        # intent chips in the UI's language (the analyzer's values stay English in data and exports)
        self._intent_names = {"question": self.tr("question"), "buy": self.tr("buy"),
                              "complaint": self.tr("complaint"), "praise": self.tr("praise"),
                              "other": self.tr("other")}
        # a group's topic and a feed's source in the UI's language (the keys stay English in data and exports)
        self._topic_names = {"shipping": self.tr("shipping"), "returns": self.tr("returns"),
                             "gift wrap": self.tr("gift wrap"), "payment": self.tr("payment"),
                             "skin tone": self.tr("skin tone"), "price": self.tr("price"),
                             "stock": self.tr("stock"), "prescription": self.tr("prescription")}
        self._source_names = {"replay": self.tr("Replay"), "paste": self.tr("Paste"),
                              "relay": self.tr("Local relay"), "tiktok": "TikTok LIVE"}
        self._folded_for_live = False    # the picker folds itself once, when a feed first goes live
        self.feed_label = _plain(self.tr("No comments feed: pick one here."))
        # one line, elided, the whole note in its tooltip: the comments list needs the room at 1366×768
        self.translation_note = ElidedLabel()
        self.translation_note.setTextFormat(Qt.TextFormat.PlainText)
        self.translation_note.setStyleSheet("color: #e0b050;")
        self.counts_label = _plain()
        self.picker = FeedPicker(ctx.settings)
        # The feed's set-up sits at the top, open until a feed is connected, then folded behind this button:
        # a host opening the inbox first needs to pick a source, and during the live, the questions.
        self.feed_button = QPushButton(self.tr("Comments feed…"))
        self.feed_button.setCheckable(True)
        self.feed_box = QGroupBox()          # untitled: the button above names it
        self.groups = CompactList()
        self.groups.setMinimumHeight(90)
        self.question = _plain()
        self.draft = _plain()
        self.draft.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.blocked = _plain()
        self.blocked.setStyleSheet("color: #ff7070;")
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("Type an answer in your language"))
        self.answer_button = QPushButton(self.tr("Translate and check"))
        self.copy_button = QPushButton(self.tr("Copy reply"))
        self.pin_button = QPushButton(self.tr("Pin (F4)"))
        self.unpin_button = QPushButton(self.tr("Unpin (Shift+F4)"))
        self.comments = CompactList()
        self.comments.setMinimumHeight(140)
        for view in (self.groups, self.comments):
            wrap_items(view)        # long comments wrap inside the dock, in every script: no '...', no sideways scroll
        self.comments.setItemDelegate(CommentChipsDelegate(self.comments))   # language, intent, product as chips
        self._build()
        for label in (self.counts_label, self.draft, self.blocked, self.translation_note):
            label.setVisible(False)                  # shown once they have something to say
        self._pin_comment = False      # F4 pins the comment the host picked last, else the group
        self.groups.currentItemChanged.connect(lambda *_: self._picked(False))
        self.comments.itemClicked.connect(lambda *_: self._picked(True))
        self.answer_button.clicked.connect(self._send_answer)
        self.answer.returnPressed.connect(self._send_answer)
        self.copy_button.clicked.connect(self.copy_reply)
        self.pin_button.clicked.connect(self.pin)
        self.unpin_button.clicked.connect(self.unpin)
        self.picker.connect_requested.connect(self._connect_feed)
        self.picker.disconnect_requested.connect(self._disconnect_feed)
        self.feed_button.toggled.connect(self.feed_box.setVisible)
        self.feed_button.setChecked(comments_options(ctx.settings) is None)
        self.feed_box.setVisible(self.feed_button.isChecked())
        for key, slot, context, what in (
                (PIN_KEY, self.pin, Qt.ShortcutContext.ApplicationShortcut,
                 self.tr("Pin the picked comment or question to the program")),
                (UNPIN_KEY, self.unpin, Qt.ShortcutContext.ApplicationShortcut, self.tr("Take the pinned card down")),
                (COPY_KEY, self.copy_reply, Qt.ShortcutContext.WidgetWithChildrenShortcut,
                 self.tr("Copy the reply (in the Inbox)"))):
            shortcut = describe_shortcut(QShortcut(QKeySequence(key), self), what)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        ctx.bridge.session_created.connect(self._on_session)
        ctx.bridge.session_stopped.connect(self._on_stopped)
        self._on_session(ctx.session_provider())
        self._show_group()         # "Translate and check" waits for a picked question

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        feed_row = QHBoxLayout()
        feed_row.addWidget(self.feed_label, 1)
        feed_row.addWidget(self.feed_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(feed_row)
        QVBoxLayout(self.feed_box).addWidget(self.picker)
        layout.addWidget(self.feed_box)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.translation_note)
        groups_box = QGroupBox(self.tr("Questions"))
        box = QVBoxLayout(groups_box)
        box.addWidget(self.groups)
        box.addWidget(self.question)
        box.addWidget(self.draft)
        box.addWidget(self.blocked)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer, 1)
        answer_row.addWidget(self.answer_button)
        box.addLayout(answer_row)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.pin_button, self.unpin_button):
            buttons.addWidget(button)
        box.addLayout(buttons)
        layout.addWidget(groups_box)
        comments_box = QGroupBox(self.tr("Comments"))
        QVBoxLayout(comments_box).addWidget(self.comments)
        layout.addWidget(comments_box, 1)

    # --- session ------------------------------------------------------------------------------
    def _on_session(self, session) -> None:
        self._session = session
        self._version = -1

    def _on_stopped(self) -> None:
        self._session = None

    @property
    def inbox(self):
        return getattr(self._session, "inbox", None)

    def _connect_feed(self, options) -> None:
        session = self._session
        if session is None:
            self.feed_label.setText(self.tr("The feed starts with the session."))
            return
        if session.show is None:
            self.feed_label.setText(self.tr("Open a show first: comments are understood against its catalog."))
            return
        from studio.live.comments import connect_feed

        problems: list[str] = []
        if connect_feed(session, options, problems.append) is None:
            self.feed_label.setText(problems[0] if problems else self.tr("The feed could not start."))
        else:
            self.feed_button.setChecked(False)     # connected: the questions get the room
        self._version = -1

    def _disconnect_feed(self) -> None:
        if self._session is not None:
            from studio.live.comments import disconnect_feed

            disconnect_feed(self._session)
        self.feed_button.setChecked(True)
        self._folded_for_live = False
        self._version = -1

    # --- painting from snapshots --------------------------------------------------------------
    def refresh(self) -> None:
        inbox = self.inbox
        if inbox is None:
            return
        snap = inbox.snapshot()
        if snap.version == self._version:
            return
        self._version = snap.version
        self._snapshot = snap
        self.feed_label.setText(self._feed_text(snap))
        counts = snap.counts
        text = self.tr("%1 comments · %2 questions · %3 buys · %4 complaints · %5 praise").replace(
            "%1", str(counts.get("comments", 0))).replace("%2", str(counts.get("question", 0))).replace(
            "%3", str(counts.get("buy", 0))).replace("%4", str(counts.get("complaint", 0))).replace(
            "%5", str(counts.get("praise", 0)))
        if snap.pending:
            text += " · " + self.tr("%1 waiting").replace("%1", str(snap.pending))
        if snap.skipped:
            text += " · " + self.tr("%1 not analysed (flood; still stored)").replace("%1", str(snap.skipped))
        self.counts_label.setText(text)
        self.counts_label.setVisible(bool(text))
        self._show_untranslated(snap.untranslated)
        # a feed that went live (connected here, or by the session from the saved choice) folds the picker once:
        # the questions get the room; the host can open it again with the button
        if not self._folded_for_live and any(c.state.value == "live" for c in snap.feeds.values()):
            self._folded_for_live = True
            self.feed_button.setChecked(False)
        self._fill_groups(snap)
        self._fill_comments(snap)
        self._show_group()

    def _show_untranslated(self, pairs) -> None:
        """A Thai comment with nothing under it must say why: no model for the pair, not a failure."""
        note = (self.tr("No translation model for %1: those comments are shown as written. Import one in the "
                        "Captions panel (Import model folder…).").replace("%1", ", ".join(pairs)) if pairs else "")
        self.translation_note.setText(note)
        self.translation_note.setToolTip(note)
        self.translation_note.setVisible(bool(note))

    @staticmethod
    def _understanding(snap) -> str:
        return host_text(snap.understanding_said, snap.understanding) if snap.understanding_said else snap.understanding

    def _feed_text(self, snap) -> str:
        if not snap.feeds:
            return self._understanding(snap) or self.tr("Waiting for the feed…")
        words = {"starting": self.tr("connecting"), "live": self.tr("live"), "reconnecting": self.tr("reconnecting"),
                 "ended": self.tr("ended"), "failed": self.tr("failed")}
        parts = []
        for source, change in snap.feeds.items():
            part = f"{self._source_names.get(source, source)}: {words.get(change.state.value, change.state.value)}"
            if change.retry_in_s:
                part += " " + self.tr("(next try in %1 s)").replace("%1", f"{change.retry_in_s:.0f}")
            if change.detail and change.state.value in ("reconnecting", "failed"):
                part += f" — {host_text(change, change.detail)}"
            parts.append(part)
        if snap.understanding:
            parts.append(self._understanding(snap))
        return "\n".join(parts)

    def _fill_groups(self, snap) -> None:
        current = self.selected_group_key()
        languages = _group_languages(snap)
        self.groups.blockSignals(True)
        self.groups.clear()
        for group in snap.groups:
            if group.topic:
                text = self.tr("%1 asking about %2").replace("%1", str(group.count)).replace(
                    "%2", self._topic_names.get(group.topic, group.topic))
            else:     # no topic: the question itself, quoted ('1 asking about <a comment>' read wrong)
                text = self.tr("%1 asking: “%2”").replace("%1", str(group.count)).replace(
                    "%2", group.examples[0] if group.examples else "")
            names = [language_name(code) for code in languages.get(group.key) or (group.lang,)]
            extra = [self._product_name(group.sku)] + [", ".join(n for n in names if n)]
            text = " · ".join([text] + [x for x in extra if x])
            if snap.pinned == group.key:
                text = "📌 " + text
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, group.key)
            if group.answered:
                item.setForeground(QColor(140, 140, 150))
            self.groups.addItem(item)
            if group.key == current:
                self.groups.setCurrentItem(item)
        self.groups.blockSignals(False)

    def _product_name(self, sku: str | None) -> str:
        """The product's name from the show's catalog (what the host calls it), the SKU only when it is not there."""
        if not sku:
            return ""
        show = self._ctx.show_provider()
        product = show.product(sku) if show is not None else None
        return product.name if product is not None else sku

    def _fill_comments(self, snap) -> None:
        self.comments.setUpdatesEnabled(False)
        self.comments.clear()
        for c in snap.comments[:COMMENTS_SHOWN]:
            product = c.sku and c.sku + (f" ×{c.quantity}" if c.quantity else "")
            chips = [(c.lang, None), (self._intent_names.get(c.intent, c.intent), INTENT_COLORS.get(c.intent)),
                     (product, QColor(theme.ACCENT))]
            chips = [(text, color) for text, color in chips if text]
            body = c.text + (f"\n→ {c.translation}" if c.translation else "")
            item = QListWidgetItem(" ".join(f"[{text}]" for text, _ in chips) + " " + body)   # plain: copy, a11y
            item.setData(Qt.ItemDataRole.UserRole, c.event_id)
            item.setData(CHIPS_ROLE, chips)
            item.setData(BODY_ROLE, body)
            self.comments.addItem(item)
        self.comments.setUpdatesEnabled(True)

    # --- the selected group -------------------------------------------------------------------
    def selected_group_key(self) -> str | None:
        item = self.groups.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def selected_comment_id(self) -> str | None:
        """The comment the host selected (the sales side's "log sale" reads it)."""
        item = self.comments.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _group(self):
        key = self.selected_group_key()
        if self._snapshot is None or key is None:
            return None
        return next((g for g in self._snapshot.groups if g.key == key), None)

    def _show_group(self) -> None:
        group = self._group()
        draft = group.draft if group is not None else None
        if group is None:
            self.question.setText(self.tr("Select a question group to answer it."))
        else:
            example = group.examples[0] if group.examples else ""
            self.question.setText(example + (f"\n→ {group.translation}" if group.translation else ""))
        if draft is None or not (draft.text or draft.note or draft.blocked):
            self.draft.setText(self.tr("No approved answer: type one to translate and check.") if group else "")
        else:
            label = self.tr("Approved answer") if draft.source.value == "approved" else self.tr("Your answer")
            checked = (self.tr("Checked for: %1").replace("%1", ", ".join(draft.checked_for))
                       if draft.checked_for else "")
            self.draft.setText(f"{label} ({draft.lang}): {draft.text or ''}"
                               + "".join(f"\n{x}" for x in (draft.note, checked) if x))
        self.blocked.setText(self.tr("Copy is off: %1").replace("%1", draft.blocked) if draft and draft.blocked else "")
        self.copy_button.setEnabled(bool(draft and draft.copyable))
        self.answer_button.setEnabled(group is not None)
        self.answer_button.setToolTip("" if group is not None else self.tr("Pick a question first"))
        self.pin_button.setEnabled(group is not None or bool(self._snapshot and self._snapshot.groups))
        self.unpin_button.setEnabled(bool(self._snapshot and self._snapshot.pinned))
        for label in (self.draft, self.blocked):
            label.setVisible(bool(label.text()))     # an empty line would still take its height and spacing

    def _picked(self, comment: bool) -> None:
        self._pin_comment = comment
        self._show_group()

    def _send_answer(self) -> None:
        key = self.selected_group_key()
        if self.inbox is not None and key and self.answer.text().strip():
            self.inbox.answer(key, self.answer.text())

    def copy_reply(self) -> None:
        group = self._group()
        if group is None or not group.draft.copyable:
            return
        QGuiApplication.clipboard().setText(group.draft.text)
        self.inbox.mark_answered(group.key)

    def pin(self) -> None:
        """F4: the comment the host picked, or the selected group's question, on the program; the top
        waiting group when none is selected."""
        if self._pin_comment and self.inbox is not None and self.selected_comment_id():
            self.inbox.pin_comment(self.selected_comment_id())
            return
        key = self.selected_group_key()
        if key is None and self._snapshot is not None and self._snapshot.groups:
            key = self._snapshot.groups[0].key
        if self.inbox is not None and key:
            self.inbox.pin(key)

    def unpin(self) -> None:
        if self.inbox is not None:
            self.inbox.unpin()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._timer.stop()
        super().closeEvent(event)


PANEL = PanelSpec(
    id="inbox",
    title=QT_TRANSLATE_NOOP("Panels", "Inbox"),
    factory=InboxPanel,
    default_area=Qt.DockWidgetArea.RightDockWidgetArea,
    shortcut="Ctrl+Shift+I",
    order=35,
)
