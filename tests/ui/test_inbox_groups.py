"""The inbox's question groups read for a host: every language of the group by name, the product by its catalog
name, a question without a topic quoted; answering waits for a picked question; the translation note takes
one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from studio.comments.live_inbox import InboxComment, InboxGroup, InboxSnapshot
from studio.comments.reply_drafts import DraftSource, ReplyDraft
from studio.show import load_show


def _comment(i, text, lang, group):
    return InboxComment(f"c{i}", "test", "replay", 0, text, None, lang=lang, intent="question", group=group)


def _snapshot():
    comments = (_comment(1, "envían a Chile?", "es", "g-ship"), _comment(2, "هل تشحنون إلى السعودية؟", "ar", "g-ship"),
                _comment(3, "ส่งไปภูเก็ตกี่วันคะ", "th", "g-ship"), _comment(4, "شحن للرياض؟", "ar", "g-ship"),
                _comment(5, "chào shop, hôm nay có son mới không ạ", "vi", "g-new"))
    groups = (InboxGroup("g-ship", "shipping", None, 4, ("هل تشحنون إلى السعودية؟",), "ar", None,
                         ReplyDraft("g-ship", "ar", None, DraftSource.NONE), False),
              InboxGroup("g-new", None, "LIP-RUBY", 1, ("chào shop, hôm nay có son mới không ạ",), "vi", None,
                         ReplyDraft("g-new", "vi", None, DraftSource.NONE), False))
    return InboxSnapshot(1, comments, groups, {"comments": 5, "question": 5}, {}, 0, 0, None, None,
                         untranslated=("ar→en", "es→en", "id→en", "pt→en", "th→en", "vi→en", "zh→en"))


@pytest.fixture
def make_panel(qapp, tmp_path, example_show_path):
    from studio.ui.bridge import EventBridge
    from studio.ui.panels import PanelContext, PanelSettings
    from studio.ui.panels.inbox_panel import InboxPanel

    made = []
    show = load_show(example_show_path)

    def make():
        bridge = EventBridge()
        settings = PanelSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "inbox")
        widget = InboxPanel(PanelContext(session_provider=lambda: None, bridge=bridge, settings=settings,
                                         show_provider=lambda: show))
        widget.resize(440, 600)          # the right dock at 1366×768
        widget.show()
        made.append((widget, bridge))
        return widget

    yield make
    for widget, bridge in made:
        bridge.close()
        widget.deleteLater()
    QCoreApplication.processEvents()


@pytest.fixture
def panel(make_panel):
    return make_panel()


def _paint(panel, snap):
    panel._snapshot = snap
    panel._fill_groups(snap)
    panel._show_group()


def test_group_lines_name_every_language_and_the_product(panel):
    _paint(panel, _snapshot())
    shipping, new = (panel.groups.item(i).text() for i in range(2))
    assert shipping == "4 asking about shipping · Arabic, Spanish, Thai"
    assert new == "1 asking: “chào shop, hôm nay có son mới không ạ” · Velvet Matte Lipstick, Ruby · Vietnamese"
    assert "LIP-RUBY" not in new


def test_group_lines_in_chinese(make_panel, language):
    language("zh_CN")
    panel = make_panel()
    _paint(panel, _snapshot())
    shipping = panel.groups.item(0).text()
    assert "阿拉伯语" in shipping and "西班牙语" in shipping and "泰语" in shipping, shipping


def test_translate_and_check_waits_for_a_question(panel):
    _paint(panel, _snapshot())
    assert not panel.answer_button.isEnabled()
    assert panel.answer_button.toolTip() == "Pick a question first"
    panel.groups.setCurrentRow(0)
    assert panel.answer_button.isEnabled()


def test_the_translation_note_is_one_line_with_the_whole_note_in_its_tooltip(panel):
    panel._show_untranslated(_snapshot().untranslated)
    QCoreApplication.processEvents()
    note = panel.translation_note
    assert note.isVisible() and note.toolTip() == note.text() and "zh→en" in note.toolTip()
    assert note.height() <= note.fontMetrics().lineSpacing() + 8
    assert note.is_elided()
