"""SRT and WebVTT files from final captions, one file per language, on the recording's timeline.

Caption times are on the session clock; a recording that started at session time T plays them
at (t - T), so the recorder passes `offset_s=T`. Cues are broken into at most two lines of at
most ~42 characters (BBC/Netflix guidance; 16 for Chinese/Japanese, which need no spaces).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from studio.captions.text import is_spaceless, units
from studio.core.events import CaptionEvent

MAX_LINE_CHARS = 42
MAX_LINE_CHARS_CJK = 16
MIN_CUE_S = 0.8


@dataclass(frozen=True)
class Cue:
    start_s: float
    end_s: float
    text: str


def break_lines(text: str, max_chars: int | None = None, max_lines: int = 2) -> list[str]:
    """Greedy line breaks at word boundaries (anywhere between CJK characters).

    Returns up to max_lines lines when the text fits; longer text is split into several cues by
    `split_cue`, not squeezed here.
    """
    limit = max_chars or (MAX_LINE_CHARS_CJK if is_spaceless(text) else MAX_LINE_CHARS)
    lines: list[str] = []
    current = ""
    for unit in units(text):
        if current and len((current + unit).strip()) > limit:
            lines.append(current.strip())
            current = unit.lstrip()
        else:
            current += unit
    if current.strip():
        lines.append(current.strip())
    return lines


def split_cue(cue: Cue, max_lines: int = 2) -> list[Cue]:
    """One cue per two lines, the time shared out by length."""
    lines = break_lines(cue.text)
    if len(lines) <= max_lines:
        return [Cue(cue.start_s, cue.end_s, "\n".join(lines))]
    groups = [lines[i:i + max_lines] for i in range(0, len(lines), max_lines)]
    total = sum(len("".join(g)) for g in groups)
    out, t = [], cue.start_s
    for g in groups:
        dur = (cue.end_s - cue.start_s) * len("".join(g)) / max(1, total)
        out.append(Cue(t, t + dur, "\n".join(g)))
        t += dur
    return out


def _stamp(seconds: float, sep: str) -> str:
    ms = int(round(max(0.0, seconds) * 1000))
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def to_srt(cues: list[Cue]) -> str:
    blocks = [f"{i}\n{_stamp(c.start_s, ',')} --> {_stamp(c.end_s, ',')}\n{c.text}\n"
              for i, c in enumerate(cues, 1)]
    return "\n".join(blocks)


def to_webvtt(cues: list[Cue], lang: str | None = None) -> str:
    head = "WEBVTT" + (f"\nLanguage: {lang}" if lang else "") + "\n\n"
    return head + "\n".join(f"{_stamp(c.start_s, '.')} --> {_stamp(c.end_s, '.')}\n{c.text}\n" for c in cues)


class SubtitleRecorder:
    """Collects final captions per language and writes SRT/WebVTT files.

    `add` may be called from the captions thread (an EventBus subscriber) while the recorder
    thread or the GUI calls `write`; a lock guards the cue lists.
    """

    def __init__(self, offset_s: float = 0.0) -> None:
        self.offset_s = offset_s
        self._cues: dict[str, list[Cue]] = {}
        self._lock = threading.Lock()

    def add(self, event: CaptionEvent) -> None:
        if event.kind != "final" or not event.text:
            return
        start, end = event.start_s - self.offset_s, event.end_s - self.offset_s
        if end <= 0:
            return  # before the recording started
        start = max(0.0, start)
        end = max(end, start + MIN_CUE_S)
        with self._lock:
            for lang, text in [(event.lang, event.text), *event.translations.items()]:
                if text:
                    self._cues.setdefault(lang, []).extend(split_cue(Cue(start, end, text)))

    def languages(self) -> list[str]:
        with self._lock:
            return list(self._cues)

    def cues(self, lang: str) -> list[Cue]:
        with self._lock:
            cues = sorted(self._cues.get(lang, []), key=lambda c: c.start_s)
        # A cue ends before the next begins: players show overlapping cues stacked.
        return [Cue(c.start_s, min(c.end_s, nxt.start_s) if nxt.start_s > c.start_s else c.end_s, c.text)
                for c, nxt in zip(cues, cues[1:] + [Cue(float("inf"), float("inf"), "")])]

    def write(self, stem: Path, spoken_lang: str | None = None) -> list[Path]:
        """Write <stem>.srt/.vtt for the spoken language and <stem>.<lang>.srt/.vtt for the rest."""
        stem = Path(stem)
        written = []
        for lang in self.languages():
            suffix = "" if lang == spoken_lang else f".{lang}"
            cues = self.cues(lang)
            for ext, text in ((".srt", to_srt(cues)), (".vtt", to_webvtt(cues, lang))):
                path = stem.with_name(stem.name + suffix + ext)
                tmp = path.with_name(path.name + ".part")
                tmp.write_text(text, "utf-8")
                tmp.replace(path)
                written.append(path)
        return written
