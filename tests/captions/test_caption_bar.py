"""The caption bar overlay: at most two lines, the newest words, CJK/Thai breaking, thread-safe."""

from __future__ import annotations

import threading

import numpy as np

from studio.core.events import CaptionEvent
from studio.core.filters import FilterContext
from studio.core.frames import VideoFrame
from studio.overlays.caption_bar import CaptionBarOverlay, CaptionBarStyle, tail_lines
from studio.overlays.qt_paint import TextStyle, text_size_px


def frame(w=1080, h=1920):
    return VideoFrame(np.zeros((h, w, 3), np.uint8), 0, 0, 0)


def ctx(now_s=0.0):
    return FilterContext(None, None, int(now_s * 1e9))


def drawn_rows(image):
    return np.flatnonzero(image.max(axis=(1, 2)) > 0)


def test_partial_then_final_drawn_at_the_bottom_with_translation():
    bar = CaptionBarOverlay(CaptionBarStyle(translations=("es",)))
    out = bar.process(frame(), ctx())
    assert out.image.max() == 0                       # nothing said yet: nothing drawn
    bar.update(CaptionEvent("partial", 0, 1, 1.1, "This lipstick", "en"))
    rows = drawn_rows(bar.process(frame(), ctx(1.2)).image)
    assert rows.min() > 1920 * 0.75 and rows.max() < 1920 * 0.95
    bar.update(CaptionEvent("final", 0, 2, 2.1, "This lipstick is on sale.", "en", {"es": "Este labial está en oferta."}))
    img = bar.process(frame(), ctx(2.2)).image
    yellow = (img[..., 2] > 200) & (img[..., 1] > 180) & (img[..., 0] < 150)   # BGR translation colour
    white = (img.min(axis=2) > 200)
    assert yellow.sum() > 200 and white.sum() > 200
    assert np.flatnonzero(white.any(axis=1)).mean() < np.flatnonzero(yellow.any(axis=1)).mean()
    # The last caption fades after hold_s without speech.
    assert bar.process(frame(), ctx(7.0)).image.max() == 0


def test_long_text_keeps_the_newest_words_in_two_lines():
    style = TextStyle(size_px=54, bold=True)
    text = " ".join(f"word{i}" for i in range(80))
    tail = tail_lines(text, style, 900, 2)
    assert tail.endswith("word79") and not tail.startswith("word0 ")
    _, h2 = text_size_px(tail, style, 900)
    _, h1 = text_size_px("word1", style, 900)
    assert h2 <= 2 * h1 + 2
    for long_text in ("这款口红有四种颜色而且可以持续八个小时今晚特价只要九十九元" * 3,
                      "ลิปสติกสีแดงนี้ติดทนนานแปดชั่วโมงและลดราคาคืนนี้เท่านั้น" * 3,
                      "この口紅は四色あり八時間持続します今夜だけ特別価格です" * 3):
        tail = tail_lines(long_text, style, 900, 2)
        assert long_text.endswith(tail) and len(tail) < len(long_text)
        assert text_size_px(tail, style, 900)[1] <= 2 * text_size_px(long_text[:3], style, 900)[1] + 2


def test_bar_never_exceeds_two_lines_on_video():
    bar = CaptionBarOverlay(CaptionBarStyle(position="top"))
    bar.update(CaptionEvent("partial", 0, 9, 9.1, " ".join(["lipstick"] * 60), "en"))
    rows = drawn_rows(bar.process(frame(), ctx()).image)
    line_h = text_size_px("lipstick", TextStyle(size_px=int(1920 * 0.028), bold=True))[1]
    assert rows.min() < 1920 * 0.1
    assert rows.max() - rows.min() < 2 * line_h + 60


def test_updates_from_the_captions_thread_while_frames_render():
    bar = CaptionBarOverlay(CaptionBarStyle(translations=("zh-Hant",)))
    stop = threading.Event()
    errors = []

    def captions_thread():
        i = 0
        while not stop.is_set():
            try:
                bar.update(CaptionEvent("partial" if i % 3 else "final", i, i + 1, i + 1.1,
                                        f"caption {i} 你好", "en", {"zh-Hant": f"字幕 {i}"}))
            except Exception as exc:  # noqa: BLE001 - the test reports any failure
                errors.append(exc)
            i += 1

    t = threading.Thread(target=captions_thread)
    t.start()
    try:
        for n in range(30):
            bar.process(frame(540, 960), ctx(n * 0.033))
    finally:
        stop.set()
        t.join()
    assert not errors


def test_three_caption_languages_one_row_each_in_the_chosen_order():
    bar = CaptionBarOverlay(CaptionBarStyle(translations=("es", "pt", "id")))
    translations = {"es": "Este labial está en oferta.", "pt": "Este batom está em oferta.",
                    "id": "Lipstik ini sedang diskon.", "vi": "Son này đang giảm giá."}
    bar.update(CaptionEvent("final", 0, 2, 2.1, "This lipstick is on sale.", "en", translations))
    img = bar.process(frame(), ctx(2.2)).image
    yellow_rows = np.flatnonzero(((img[..., 2] > 200) & (img[..., 1] > 180) & (img[..., 0] < 150)).any(axis=1))
    line_h = text_size_px("Este", TextStyle(size_px=int(1920 * 0.028), bold=True))[1]
    # Three translated rows (vi was not chosen): their ink spans about three lines.
    assert 2.2 * line_h < yellow_rows.max() - yellow_rows.min() < 3.5 * line_h
    bar.set_style(CaptionBarStyle(translations=("es",)))
    img = bar.process(frame(), ctx(2.3)).image
    yellow_rows = np.flatnonzero(((img[..., 2] > 200) & (img[..., 1] > 180) & (img[..., 0] < 150)).any(axis=1))
    assert yellow_rows.max() - yellow_rows.min() < 1.5 * line_h


def test_a_translation_gets_two_lines_when_the_captions_room_holds_them():
    """Spoken line plus one translation on a 9:16 canvas: a Spanish viewer read only the last word of a
    wrapped translation ("noche.") when the two languages shared two lines."""
    bar = CaptionBarOverlay(CaptionBarStyle(translations=("es",)))
    spoken = "This velvet matte ruby shade stays on all night long, guys, and it will not dry your lips."
    spanish = "Este tono rubí mate dura toda la noche, chicos, y no les va a resecar los labios para nada."
    bar.update(CaptionEvent("final", 0, 5, 5.1, spoken, "en", {"es": spanish}))
    img = bar.process(frame(720, 1280), ctx(5.2)).image
    line_h = text_size_px("Este", TextStyle(size_px=int(1280 * 0.028), bold=True))[1]
    yellow_rows = np.flatnonzero(((img[..., 2] > 200) & (img[..., 1] > 180) & (img[..., 0] < 150)).any(axis=1))
    white_rows = np.flatnonzero((img.min(axis=2) > 200).any(axis=1))
    assert 1.5 * line_h < yellow_rows.max() - yellow_rows.min() < 2.5 * line_h     # two lines of Spanish
    assert 1.5 * line_h < white_rows.max() - white_rows.min() < 2.5 * line_h       # and two of English
    assert yellow_rows.min() > 1280 * (1 - 0.24)                                   # inside the captions' room
