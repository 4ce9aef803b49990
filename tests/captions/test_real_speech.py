"""Real recordings (../shared/data/speech) and espeak-ng voices in the markets' languages."""

from __future__ import annotations

import numpy as np
import pytest

from studio.captions import CaptionOptions
from studio.captions.chinese import to_script
from studio.captions.file_source import caption_blocks, caption_file
from studio.captions.text import error_rate

from .speech import blocks, noise


def finals(events):
    return [e for e in events if e.kind == "final" and e.text]


def test_real_english_recordings_with_tiny_en(shared_speech):
    from studio.capture.audio_file import load_audio

    clips = sorted(shared_speech.glob("LJ001-*.wav"))
    audio = np.concatenate([np.concatenate([load_audio(c), noise(1.2, i)]) for i, c in enumerate(clips)])
    reference = " ".join(c.with_suffix(".txt").read_text("utf-8").strip() for c in clips)
    events = list(caption_blocks(blocks(audio), CaptionOptions(language="en", model="tiny.en", shed_load=False)))
    out = finals(events)
    assert len(out) == len(clips)
    assert error_rate(reference, " ".join(e.text for e in out)) < 0.15


def test_real_mandarin_auto_language_simplified_and_whisper_english(shared_speech):
    """Auto language finds Mandarin; captions come out Simplified (OpenCC); English comes from
    Whisper's translate task when no text model is installed."""
    wav = shared_speech / "aishell_zh_guangzhou.wav"
    reference = wav.with_suffix(".txt").read_text("utf-8").strip()
    options = CaptionOptions(language="auto", model="base", translate_to=["en"], shed_load=False)
    out = finals(caption_file(wav, options))
    assert len(out) == 1
    final = out[0]
    assert final.lang == "zh"
    assert to_script(final.text, "zh-Hans") == final.text
    assert error_rate(reference, final.text) < 0.35, final.text
    english = final.translations["en"]
    assert sum(ch.isascii() and ch.isalpha() for ch in english) > 10, english


@pytest.mark.parametrize("lang,text,max_wer", [
    ("es", "Muchas gracias por estar aquí esta noche.", 0.3),
    ("vi", "Xin chào tất cả các bạn, chào mừng đến với buổi phát trực tiếp.", 0.5),
])
def test_espeak_speech_in_market_languages(speak, lang, text, max_wer):
    audio = np.concatenate([noise(0.5), speak(text, lang, speed_wpm=130), noise(1.5)])
    out = finals(caption_blocks(blocks(audio), CaptionOptions(language=lang, model="base", shed_load=False)))
    assert out and out[0].lang == lang
    wer = error_rate(text, " ".join(e.text for e in out))
    assert wer <= max_wer, (wer, [e.text for e in out])
