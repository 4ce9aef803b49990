"""The inbox panel in the real window: a replayed feed connected from its picker, a burst of 1,000
comments that never freezes the GUI thread or the preview, plain text only, copy off on a blocking
claim, the pinned question on the program, and a layout without clipping in English and Chinese."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from studio.comments.events import EventKind, LiveEvent
from studio.comments.worker import LiveEventBatch
from tests.ui.conftest import spin, wait_for_frames, wait_until
from tests.ui.test_layout_i18n import clipped_texts, sideways_scrolled

ROOT = Path(__file__).resolve().parents[2]
RECORDING = ROOT / "examples" / "comments-autumn.jsonl"
BURST = ["how much is the red lipstick?", "envian a chile?", "ส่งไปภูเก็ตกี่วันคะ", "هل يوجد شحن إلى الرياض؟",
         "CF 2", "son đỏ còn không shop?", "唇彩好好看", "quero 2 batom vermelho", "<b>x</b>", "keep 1 kak"]


def _open_inbox(make_window, example_show_path, size=(1440, 900), kind="replay", path=RECORDING):
    window = make_window()
    window.resize(*size)
    window.load_show(str(example_show_path))
    wait_for_frames(window)
    dock, panel = window.panel_docks["inbox"], window.panel_widgets["inbox"]
    dock.show()
    dock.raise_()
    picker = panel.picker
    picker.kind.setCurrentIndex(picker.kind.findData(kind))
    picker.path.setText(str(path))
    picker.connect_button.click()
    session = window.controller.session
    wait_until(lambda: session.inbox is not None and session.inbox.drafter is not None, 30,
               "the inbox did not start understanding")
    return window, panel, session


def _comment(text, i=0, lang=None):
    return LiveEvent.create(EventKind.COMMENT, source="burst", platform="test", text=text, lang=lang,
                            event_id=f"b{i}")


def _timer_ticks(seconds: float) -> int:
    """Run the event loop for a while with a 10 ms timer; how many times it got to run."""
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    spin(seconds)
    timer.stop()
    return len(ticks)


@pytest.mark.slow   # ~10 s: loads the encoder, then watches the event loop for 3 s of the burst
def test_a_burst_of_1000_comments_keeps_the_window_painting(make_window, example_show_path):
    window, panel, session = _open_inbox(make_window, example_show_path)
    frames_before = window.preview.frames_painted
    session.events.publish(LiveEventBatch(tuple(_comment(BURST[i % len(BURST)], i) for i in range(1000)), 0))
    ticks = _timer_ticks(3.0)
    painted = window.preview.frames_painted - frames_before
    snap = session.inbox.snapshot()
    # Behaviour only: the event loop keeps turning and the preview keeps painting while the
    # comments are understood off the GUI thread. How long it may stall is a figure, printed by
    # benchmarks/bench_inbox_burst.py (a timing bound here failed on a loaded CI-sized machine).
    assert ticks >= 10, f"the GUI event loop ran its 10 ms timer {ticks} times in 3 s during the burst"
    assert painted >= 5, f"the preview painted {painted} frames in 3 s during the burst"
    assert snap.counts["comments"] > 0 and panel.comments.count() > 0
    assert panel.comments.count() <= 150                     # views show a capped, newest-first slice
    # viewer markup is shown as the characters it is
    wait_until(lambda: any("<b>x</b>" in panel.comments.item(i).text() for i in range(panel.comments.count())), 20)


@pytest.mark.slow   # ~5 s: the claim checker and the card through the real pipeline
def test_copy_is_off_on_a_blocking_claim_and_the_pinned_card_reaches_the_program(make_window, example_show_path,
                                                                                  tmp_path):
    pasted = tmp_path / "pasted.txt"          # the host pasted three comments from the platform
    pasted.write_text("does this lipstick help with my acne?\nลิปสีแดงส่งไปภูเก็ตกี่วันคะ\nهل يوجد شحن إلى الرياض؟\n",
                      "utf-8")
    window, panel, session = _open_inbox(make_window, example_show_path, kind="paste", path=pasted)
    wait_until(lambda: session.inbox.wait_idle(0.1) and panel.comments.count() == 3, 30, "the pasted comments")
    key = next(g.key for g in session.inbox.snapshot().groups if any("acne" in e for e in g.examples))
    wait_until(lambda: any(panel.groups.item(i).data(256) == key for i in range(panel.groups.count())), 5)
    panel.groups.setCurrentRow(next(i for i in range(panel.groups.count()) if panel.groups.item(i).data(256) == key))
    panel.answer.setText("Yes, this lipstick cures acne and heals your skin.")
    panel.answer_button.click()
    wait_until(lambda: "Copy is off" in panel.blocked.text(), 30, "the blocking claim was not said")
    assert not panel.copy_button.isEnabled()
    for text in ("ลิปสีแดง", "هل يوجد"):
        row = next(i for i in range(panel.comments.count()) if text in panel.comments.item(i).text())
        panel.comments.setCurrentRow(row)
        panel.comments.itemClicked.emit(panel.comments.item(row))     # the host clicks the comment
        panel.pin()
        wait_until(lambda: session.question_card.text is not None and text in session.question_card.text, 10)
        height, width = window.preview.current_frame.image.shape[:2]
        wait_until(lambda: session.question_card.rect(width, height) is not None, 10,
                   "the card was not drawn on the program")
        x, y, w, h = session.question_card.rect(width, height)
        frame = window.preview.current_frame          # the program as the preview shows it
        wait_until(lambda: window.preview.current_frame is not frame, 5)
        card = window.preview.current_frame.image[y:y + h, x:x + w]
        assert (card.min(axis=2) > 200).sum() > 200            # white glyphs on the dark card, in the frame
    panel.unpin()
    wait_until(lambda: session.question_card.text is None, 10)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_inbox_lays_out_without_clipping(make_window, example_show_path, language, lang, tmp_path):
    language(lang)
    window, panel, session = _open_inbox(make_window, example_show_path, (1366, 768))
    session.events.publish(LiveEventBatch(tuple(_comment(t, i) for i, t in enumerate(BURST)), 0))
    wait_until(lambda: session.inbox.wait_idle(0.1) and panel.groups.count() > 0, 30)
    panel.groups.setCurrentRow(0)
    spin(0.6)
    dock = window.panel_docks["inbox"]
    panel.grab().save(str(tmp_path / f"inbox-{lang}.png"))
    dock.grab().save(f"/tmp/inboxh/inbox-{lang}.png") if Path("/tmp/inboxh").is_dir() else None
    assert clipped_texts(dock, min_checked=5) + sideways_scrolled(dock) == []
    if lang == "zh_CN":
        assert panel.copy_button.text() == "复制回复"
        chips = [panel.comments.item(i).text() for i in range(panel.comments.count())]
        assert any("[购买]" in c for c in chips) and not any("[buy]" in c for c in chips)   # intent chips in Chinese
    _assert_rows_carry_chips(panel)


def _assert_rows_carry_chips(panel) -> None:
    """Each row paints its language, intent (in the intent's colour) and product as chips over the comment."""
    from studio.ui.comment_chips import BODY_ROLE, CHIPS_ROLE
    from studio.ui.panels.inbox_panel import INTENT_COLORS

    rows = [panel.comments.item(i) for i in range(panel.comments.count())]
    assert rows
    for item in rows:
        chips, body = item.data(CHIPS_ROLE), item.data(BODY_ROLE)
        assert chips and chips[0][1] is None and len(chips[0][0]) <= 3        # the language code, neutral
        assert item.text().endswith(body) and not body.startswith("[")      # the comment, without brackets
    colours = {chips[1][1].name() for chips in (item.data(CHIPS_ROLE) for item in rows) if chips[1][1] is not None}
    assert colours and colours <= {c.name() for c in INTENT_COLORS.values()}
    sized = panel.comments.itemDelegate().sizeHint(panel.comments.viewOptions() if hasattr(
        panel.comments, "viewOptions") else _option(panel.comments), panel.comments.indexFromItem(rows[0]))
    assert sized.height() > panel.comments.fontMetrics().height() * 2       # the chip line, then the comment


def _option(view):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.font = view.font()
    return option


def test_an_arabic_comment_reads_from_the_right():
    from studio.ui.comment_chips import _right_to_left

    assert _right_to_left("السلام عليكم، هل تشحنون إلى السعودية؟")
    assert _right_to_left("123 شحن")                    # digits are neutral: the first strong letter decides
    assert not _right_to_left("kak, ada promo?") and not _right_to_left("包邮吗")


def test_the_feed_picker_is_on_top_until_a_feed_is_connected_then_folds(make_window, example_show_path):
    window = make_window()
    window.resize(1366, 768)
    window.load_show(str(example_show_path))
    wait_for_frames(window)
    dock, panel = window.panel_docks["inbox"], window.panel_widgets["inbox"]
    dock.show()
    dock.raise_()
    spin(0.3)
    # a first run: the source to pick is the first thing in the panel, above the questions
    assert panel.feed_box.isVisibleTo(panel) and panel.feed_button.isChecked()
    assert panel.feed_box.y() < panel.groups.parentWidget().y()
    # ... and on a 1366x768 laptop the answer buttons under the questions are in sight, not under the dock's edge
    area = dock.widget()
    for button in (panel.copy_button, panel.pin_button, panel.unpin_button):
        bottom = button.mapTo(area.viewport(), button.rect().bottomLeft()).y()
        assert 0 < bottom <= area.viewport().height(), (button.text(), bottom, area.viewport().height())
    picker = panel.picker
    picker.kind.setCurrentIndex(picker.kind.findData("replay"))
    picker.path.setText(str(RECORDING))
    picker.connect_button.click()
    spin(0.3)
    assert not panel.feed_box.isVisibleTo(panel) and not panel.feed_button.isChecked()
    panel.feed_button.click()                      # the host reopens it to change the source
    assert panel.feed_box.isVisibleTo(panel)
    picker.disconnect_button.click()
    spin(0.3)
    assert panel.feed_box.isVisibleTo(panel)


def test_a_room_with_no_translation_model_says_so_in_chinese_and_the_picker_folds(make_window, example_show_path,
                                                                                   language, monkeypatch, tmp_path):
    """A Chinese host reading a Thai comment with nothing under it must be told why (no model for th→zh: the window
    translates into the language the host reads, not the show's English), the topics and the feed's source read in
    Chinese, and the picker folds once the feed is live."""
    from studio import paths

    models = tmp_path / "models"          # the encoder only: no translation model for any pair
    models.mkdir()
    (models / "multilingual-e5-small").symlink_to(paths.models_dir() / "multilingual-e5-small")
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(models))
    language("zh_CN")
    window, panel, session = _open_inbox(make_window, example_show_path, (1366, 768))
    wait_until(lambda: "th→zh" in panel.translation_note.text() and panel.translation_note.isVisible(), 60,
               "no note about the missing translation model")     # the show is hosted in English, the host reads zh
    note = panel.translation_note.text()
    assert note.startswith("没有") and "th→zh" in note, note
    untranslated = set(session.inbox.snapshot().untranslated)
    assert untranslated >= {"th→zh", "ar→zh", "vi→zh", "en→zh"} and not any(p.startswith("zh→") for p in untranslated)
    wait_until(lambda: panel.groups.count() > 0, 30)
    groups = [panel.groups.item(i).text() for i in range(panel.groups.count())]
    assert any("运费与配送" in g for g in groups) and not any("shipping" in g for g in groups), groups
    assert panel.feed_label.text().startswith("回放"), panel.feed_label.text()
    assert not panel.feed_box.isVisibleTo(panel) and not panel.feed_button.isChecked()
