"""Speech streams with known text for the caption benchmarks: espeak-ng voices, the shared real
recordings (../shared/data/speech), silences with a little room noise, and music-like passages
(chords with a beat), each region labelled so hallucinations in the gaps can be counted."""

from __future__ import annotations

import random
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED_SPEECH = ROOT.parent / "shared" / "data" / "speech"
SR = 16_000


@dataclass
class Region:
    start_s: float
    end_s: float
    kind: str          # "speech" | "silence" | "music"
    text: str = ""
    lang: str = ""


def espeak(text: str, voice: str, speed_wpm: int = 150) -> np.ndarray:
    """espeak-ng speech as 16 kHz mono float32 (its own 22.05 kHz output, resampled by PyAV)."""
    from studio.capture.audio_file import load_audio

    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "s.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed_wpm), "-w", str(wav), text],
                       check=True, capture_output=True)
        return load_audio(wav)


def shared_clips() -> list[tuple[np.ndarray, str, str]]:
    """(audio, transcript, lang) of the real recordings, when ../shared/data/speech is there."""
    from studio.capture.audio_file import load_audio

    out = []
    for wav in sorted(SHARED_SPEECH.glob("*.wav")):
        lang = "zh" if wav.stem.startswith("aishell_zh") else "en"
        out.append((load_audio(wav), wav.with_suffix(".txt").read_text("utf-8").strip(), lang))
    return out


def room_noise(duration_s: float, rng: np.random.Generator, dbfs: float = -62.0) -> np.ndarray:
    n = int(round(duration_s * SR))
    return (rng.standard_normal(n) * 10 ** (dbfs / 20)).astype(np.float32)


def music(duration_s: float, rng: np.random.Generator) -> np.ndarray:
    """Chords changing every beat with a kick drum: the kind of backing track a live plays."""
    n = int(duration_s * SR)
    t = np.arange(n) / SR
    out = np.zeros(n, dtype=np.float64)
    beat_s = 0.5
    roots = [220.0, 246.9, 196.0, 174.6]
    for b in range(int(duration_s / beat_s) + 1):
        a, z = int(b * beat_s * SR), min(n, int((b + 1) * beat_s * SR))
        if a >= n:
            break
        root = roots[(b // 4) % len(roots)]
        seg = t[a:z] - t[a]
        env = np.exp(-seg * 3)
        for ratio in (1.0, 1.25, 1.5, 2.0):
            out[a:z] += 0.05 * env * np.sin(2 * np.pi * root * ratio * t[a:z])
        out[a:z] += 0.2 * np.exp(-seg * 30) * np.sin(2 * np.pi * 60 * seg)   # kick
    return (out + rng.standard_normal(n) * 0.002).astype(np.float32)


def assemble(pieces: list[tuple[np.ndarray, Region]], rng: np.random.Generator) -> tuple[np.ndarray, list[Region]]:
    """Concatenate pieces, giving each its place on the stream's timeline (plus faint noise)."""
    parts, regions, t = [], [], 0.0
    for audio, region in pieces:
        dur = len(audio) / SR
        parts.append(audio + room_noise(dur, rng, -66.0)[: len(audio)])
        regions.append(Region(t, t + dur, region.kind, region.text, region.lang))
        t += dur
    return np.concatenate(parts).astype(np.float32), regions


_SUBJECTS = ["This lipstick", "The matte red shade", "Our new eyeliner", "The gold hoop earring",
             "This silk scarf", "The travel mug", "Our best seller", "The blue light glasses",
             "This face serum", "The wireless charger", "The summer hat", "This hand cream"]
_VERBS = ["lasts for about eight hours", "comes in four different colors", "ships to you in two days",
          "is twenty percent off tonight", "fits in any small bag", "is made from recycled material",
          "sold out in ten minutes last week", "works well for sensitive skin", "has a two year warranty",
          "feels light and comfortable", "looks great on every skin tone", "is only available during this live"]
_ENDINGS = ["so tap the cart below.", "and you can ask me anything.", "while the stock lasts.",
            "for everyone watching right now.", "if you order in the next hour.", "and I use it every day."]


def commerce_sentences(count: int, seed: int = 7) -> list[str]:
    """Distinct live-selling sentences (a host's patter), deterministic for a seed."""
    rng = random.Random(seed)
    combos = [(s, v, e) for s in _SUBJECTS for v in _VERBS for e in _ENDINGS]
    rng.shuffle(combos)
    return [f"{s} {v} {e}" for s, v, e in combos[:count]]
