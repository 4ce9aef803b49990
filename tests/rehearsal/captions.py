"""Final captions as the caption engine hands them over (text and word timings), for tests of what
the rehearsal makes of them without running Whisper."""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.rehearsal.engines import PassResult

WORD_S = 0.3


def caption(text: str, start_s: float, lang: str = "en") -> CaptionEvent:
    """Words split on spaces; in Chinese the spaces mark the recognizer's words and the caption
    text is written without them, as Whisper writes it."""
    parts = text.split()
    spaced = lang != "zh"
    words = tuple(((" " if spaced else "") + w, start_s + k * WORD_S, start_s + (k + 1) * WORD_S)
                  for k, w in enumerate(parts))
    end_s = start_s + len(words) * WORD_S
    shown = text if spaced else "".join(parts)
    return CaptionEvent("final", start_s, end_s, end_s + 0.5, shown, lang, words=words)


def sequence(*texts: str, gap_s: float = 0.6, start_s: float = 0.5, lang: str = "en") -> list[CaptionEvent]:
    """Captions one after the other, as a reading with short pauses."""
    out, t = [], start_s
    for text in texts:
        out.append(caption(text, t, lang))
        t = out[-1].end_s + gap_s
    return out


def pass_result(finals: list[CaptionEvent]) -> PassResult:
    return PassResult(finals=finals, positions=[], origin_s=0.0,
                      audio_s=(finals[-1].end_s + 1.0) if finals else 1.0, pass_s=1.0)
