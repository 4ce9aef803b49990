"""What the core says reaches the host in the window's language; the language question is asked
in the language just chosen; no English word is left in the Chinese compliance panel."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QMessageBox

from studio.capture.base import SourceError
from studio.core.events import Severity, StatusMessage
from studio.core.messages import CATALOGUE, message
from studio.ui.core_messages import TEMPLATES, host_text
from studio.ui.i18n import i18n_dir
from studio.ui.settings import StudioSettings, VideoChoice
from tests.ui.conftest import wait_for_frames, wait_until


def test_the_window_table_holds_every_core_message_word_for_word():
    assert TEMPLATES == CATALOGUE


def test_every_core_message_has_chinese_with_the_same_placeholders():
    root = ET.parse(i18n_dir() / "studio_zh_CN.ts").getroot()
    translated = {}
    for context in root.iter("context"):
        if context.findtext("name") == "CoreMessages":
            for item in context.iter("message"):
                node = item.find("translation")
                if node.get("type") is None:
                    translated[item.findtext("source")] = node.text or ""
    for key, english in CATALOGUE.items():
        assert english in translated, f"{key} has no Chinese: run scripts/i18n.py and fill it in"
        placeholders = sorted(re.findall(r"{(\w+)}", english))
        assert sorted(re.findall(r"{(\w+)}", translated[english])) == placeholders, key


def test_english_text_stays_for_logs_and_the_command_line():
    error = SourceError(message("camera.cannot_open", name=message("source.camera_numbered", index=2)))
    assert str(error).startswith("camera 2 could not be opened")
    event = StatusMessage.of(Severity.ERROR, message("source.reconnecting", reason=error.message))
    assert event.text.endswith("— reconnecting") and event.text.startswith("camera 2")
    assert host_text(SourceError("plain words")) == "plain words"   # no key: shown as said


def test_core_messages_are_translated_nested_arguments_too(qapp, language):
    language("zh_CN")
    said = message("source.reconnecting",
                   reason=message("source.no_pictures", name=message("source.camera_numbered", index=0)))
    assert host_text(said) == "摄像头 0 不再传送画面（是否已拔出？）——正在重新连接"
    assert host_text(message("video_file.unreadable", name="a.mp4", error="Invalid data")) \
        == "a.mp4 不是可读取的视频（Invalid data）"


def test_a_broken_video_file_is_explained_in_chinese(make_window, language, tmp_path):
    """The sentence comes from the capture thread (headless); the window shows it in Chinese:
    on the preview card, in the status bar and on the source's status."""
    language("zh_CN")
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video at all" * 100)
    settings = StudioSettings()
    settings.set_video(VideoChoice(kind="file", path=str(broken)))
    window = make_window(settings=settings)
    wait_until(lambda: "broken.mp4 不是可读取的视频" in window.video_state_label.toolTip(), 8.0,
               "the failure was not shown in Chinese: " + window.video_state_label.toolTip())
    assert "不是可读取的视频" in window.preview.card_text()[1]
    assert "不是可读取的视频" in window.statusBar().currentMessage()


def _buttons(box: QMessageBox) -> list[str]:
    return [button.text() for button in box.buttons()]


def test_the_restart_question_speaks_the_language_just_chosen(make_window, language):
    window = make_window()                       # the window speaks English
    box = window.language_question("zh_CN", recording=False)
    assert box.text() == "现在以新语言重新启动直播间吗？"
    assert box.informativeText() == "Restart the studio now in the new language?"
    assert sorted(_buttons(box)) == sorted(["立即重启", "以后再说"])
    box = window.language_question("zh_CN", recording=True)
    assert box.text() == "新语言将在下次打开直播间时生效。" and _buttons(box) == ["确定"]


def test_the_restart_question_from_chinese_back_to_english(make_window, language):
    language("zh_CN")
    window = make_window()
    box = window.language_question("en", recording=False)
    assert box.text() == "Restart the studio now in the new language?"
    assert box.informativeText() == "现在以新语言重新启动直播间吗？"
    assert sorted(_buttons(box)) == sorted(["Restart now", "Not now"])


def test_compliance_severities_are_words_of_the_window_language(make_window, language):
    from studio.compliance.model import Finding, RuleSeverity
    from studio.ui.panels.compliance_panel import ScriptResult

    language("zh_CN")
    window = make_window()
    panel = window.panel_widgets["compliance"]
    findings = tuple(Finding(rule_id=f"r{i}", severity=severity, markets=("US",), lang="en", start=0, end=4,
                             matched="best", text=f"best lipstick {i}", explanation="", source="",
                             suggestion="")
                     for i, severity in enumerate(RuleSeverity))
    panel._on_script_result(ScriptResult(panel._checker._generation, findings, ("US",)))
    shown = [panel.table.item(row, 1).text() for row in range(panel.table.rowCount())]
    assert sorted(shown) == sorted(["必须修改", "需复核", "提示"])


def test_the_inbox_says_why_understanding_is_off_in_chinese(qapp, language):
    from studio.comments.live_inbox import InboxSnapshot
    from studio.core.messages import message
    from studio.ui.panels.inbox_panel import InboxPanel

    language("zh_CN")
    said = message("inbox.off", error="the encoder model is not installed")
    snap = InboxSnapshot(1, (), (), {}, {}, 0, 0, None, said.text, (), said)
    assert InboxPanel._understanding(snap) == "评论理解已关闭：the encoder model is not installed"


def test_a_comment_feed_says_what_it_is_doing_in_chinese(qapp, language, tmp_path):
    """The status bar said "replaying comments-autumn.jsonl" in the Chinese window: feeds now say it by key."""
    from studio.comments.sources.replay import ReplayOptions, ReplaySource

    recording = tmp_path / "room.jsonl"
    recording.write_text('{"t": 0, "text": "hola"}\n{"t": 1, "text": "cuánto cuesta?"}\nnot json\n', "utf-8")
    changes = []
    source = ReplaySource(recording, lambda event: True, ReplayOptions(realtime=False), on_state=changes.append)
    source.run()
    assert [c.detail for c in changes] == ["replaying room.jsonl",
                                           "replay of room.jsonl finished: 2 events; 1 bad line(s) skipped"]
    language("zh_CN")
    worker_said = StatusMessage(Severity.INFO, changes[0].detail, "comments", changes[0].message)
    assert host_text(worker_said, worker_said.text) == "正在回放 room.jsonl"
    assert host_text(changes[1], changes[1].detail) == "room.jsonl 回放完毕：共 2 条事件；跳过 1 行无法读取的内容"
