"""Text on video goes through Qt's shaping: every script gets real glyphs, lines break, RTL is known."""

import numpy as np
import pytest

from studio.overlays.qt_paint import (TextStyle, blend_rgba, ensure_gui_application, is_rtl, render_text,
                                      text_size_px)

SAMPLES = {
    "zh": "欢迎来到直播间",
    "ar": "مرحبا بكم في البث المباشر",
    "th": "สวัสดีครับ ยินดีต้อนรับ",
    "vi": "Xin chào các bạn, giảm giá 20%",
}


@pytest.fixture(autouse=True)
def _qt():
    ensure_gui_application()


@pytest.mark.parametrize("lang", SAMPLES)
def test_each_script_draws_glyphs_not_boxes(lang):
    from studio.overlays.qt_paint import layout_text, make_font

    layout, _ = layout_text(SAMPLES[lang], make_font(TextStyle(size_px=32)), 2000, "left")
    glyphs = [g for i in range(layout.lineCount()) for run in layout.lineAt(i).glyphRuns()
              for g in run.glyphIndexes()]
    assert glyphs and 0 not in glyphs          # glyph 0 is .notdef: the missing-glyph box ("tofu")
    patch = render_text(SAMPLES[lang], TextStyle(size_px=32))
    assert (patch[..., 3] > 128).mean() > 0.05  # and it was drawn


def test_arabic_is_shaped_narrower_than_its_isolated_letters():
    joined = text_size_px("مرحبا", TextStyle(size_px=40))[0]
    isolated = sum(text_size_px(ch, TextStyle(size_px=40))[0] for ch in "مرحبا")
    assert joined < isolated          # contextual forms join; isolated forms are wider


def test_newlines_and_wrapping_make_lines():
    one = text_size_px("Camera lost", TextStyle(size_px=30))[1]
    two = text_size_px("Camera lost\n摄像头已断开", TextStyle(size_px=30))[1]
    assert two > 1.7 * one
    wrapped = text_size_px("这是一个很长的句子需要换行显示" * 3, TextStyle(size_px=30), max_width_px=300)
    assert wrapped[0] <= 300 and wrapped[1] > 2 * one


def test_direction():
    assert is_rtl(SAMPLES["ar"]) and not is_rtl(SAMPLES["zh"]) and not is_rtl("123 " + SAMPLES["th"])


def test_blend_is_clipped_at_the_frame_edges():
    frame = np.zeros((50, 50, 3), np.uint8)
    patch = render_text("Hello", TextStyle(size_px=30))
    blend_rgba(frame, patch, 30, 30)
    blend_rgba(frame, patch, -200, -200)     # entirely outside: nothing, no error
    assert frame[30:, 30:].any() and not frame[:30, :30].any()
