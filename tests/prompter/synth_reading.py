"""Synthesized readings of a show with known ground truth, for the voice-follow test and benchmark.

espeak-ng reads each step of a plan (a script line, an ad-lib, a pause) into its own clip; the
clips are trimmed to their voiced part, joined with short gaps, and resampled to 16 kHz by sox.
The result records, for every step, when it is heard and which script line it is (None for
ad-libs), so a follower's positions can be scored against what was really being read.
"""

from __future__ import annotations

import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.show.model import Show


@dataclass(frozen=True)
class Step:
    kind: str                             # "line" | "adlib" | "pause"
    text: str = ""
    line: tuple[int, int] | None = None   # (segment, line) of a script line
    seconds: float = 0.0                  # pause length


@dataclass(frozen=True)
class Heard:
    step: Step
    start_s: float
    end_s: float


@dataclass(frozen=True)
class Reading:
    wav_path: Path
    duration_s: float
    heard: tuple[Heard, ...]

    def truth_at(self, t_s: float) -> tuple[int, int] | None | str:
        """The script line being read at t ("adlib" during an ad-lib, None between steps)."""
        for h in self.heard:
            if h.start_s <= t_s < h.end_s:
                return h.step.line if h.step.kind == "line" else "adlib"
        return None


def line(show: Show, segment: int, index: int) -> Step:
    return Step("line", show.segments[segment].lines[index].text, (segment, index))


def adlib(text: str) -> Step:
    return Step("adlib", text)


def pause(seconds: float) -> Step:
    return Step("pause", seconds=seconds)


def tools_missing() -> str | None:
    missing = [t for t in ("espeak-ng", "sox") if shutil.which(t) is None]
    return f"{' and '.join(missing)} not installed (scripts/setup.sh installs them)" if missing else None


def _voiced(samples: np.ndarray, rate: int) -> np.ndarray:
    """Trim espeak's leading/trailing silence so the ground truth starts at the first sound."""
    frame = rate // 100
    n = len(samples) // frame
    if n == 0:
        return samples
    energy = np.sqrt(np.mean(samples[: n * frame].reshape(n, frame) ** 2, axis=1))
    loud = np.flatnonzero(energy > 0.01)
    if loud.size == 0:
        return samples[:0]
    return samples[loud[0] * frame:(loud[-1] + 1) * frame]


def synthesize(steps: list[Step], out_dir: Path, words_per_minute: int = 160,
               gap_s: float = 0.45, voice: str = "en-us") -> Reading:
    """Speak the plan into out_dir/reading.wav (16 kHz mono) and return its ground truth."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rate: int | None = None
    pieces: list[tuple[str, object]] = []
    heard: list[Heard] = []
    t = 0.5
    for i, step in enumerate(steps):
        if step.kind == "pause":
            pieces.append(("pause", step.seconds))
            t += step.seconds
            continue
        clip = out_dir / f"step{i:03d}.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(words_per_minute), "-w", str(clip), step.text],
                       check=True, capture_output=True)
        with wave.open(str(clip)) as w:
            rate = w.getframerate()
            samples = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
        clip.unlink()
        voiced = _voiced(samples, rate)
        pieces.append(("audio", voiced))
        heard.append(Heard(step, t, t + len(voiced) / rate))
        t += len(voiced) / rate + gap_s
    assert rate is not None, "the plan has nothing to say"
    audio = [np.zeros(int(0.5 * rate), np.float32)]
    for kind, value in pieces:
        if kind == "pause":
            audio.append(np.zeros(int(value * rate), np.float32))
        else:
            audio += [value, np.zeros(int(gap_s * rate), np.float32)]
    audio.append(np.zeros(int(1.0 * rate), np.float32))
    joined = np.concatenate(audio)
    raw = out_dir / "reading-raw.wav"
    with wave.open(str(raw), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(joined, -1, 1) * 32767).astype(np.int16).tobytes())
    wav = out_dir / "reading.wav"
    # -R: sox dithers its resampled output with random noise; unseeded, every synthesis of a plan differed in its
    # last bit and Whisper heard some draws differently (the follow test failed 1 run in 3 on one such draw)
    subprocess.run(["sox", "-R", str(raw), "-r", "16000", str(wav)], check=True, capture_output=True)
    raw.unlink()
    return Reading(wav, len(joined) / rate, tuple(heard))


@dataclass(frozen=True)
class FollowScore:
    read_s: float                 # time spent reading script lines
    on_line_s: float              # ... while the highlighted line was the one being read
    adlib_s: float
    adlib_strays: int             # positions shown during an ad-lib on a line other than the ones around it
    catch_up_s: tuple[float, ...]  # per jump: from its first word until the highlight is on the line being read

    @property
    def on_line_share(self) -> float:
        return self.on_line_s / self.read_s if self.read_s else 0.0


def score(reading: Reading, positions: list[tuple[float, tuple[int, int]]], jump_steps: list[int],
          step_s: float = 0.05) -> FollowScore:
    """positions: (emitted_s, (segment, line)) in emission order. jump_steps: indices into
    reading.heard of the steps that start a jump (back or forward) in the plan."""
    times = np.arange(0.0, reading.duration_s, step_s)
    shown: list[tuple[int, int] | None] = []
    k, current = 0, None
    for t in times:
        while k < len(positions) and positions[k][0] <= t:
            current = positions[k][1]
            k += 1
        shown.append(current)
    read = on = adl = 0.0
    for t, s in zip(times, shown):
        truth = reading.truth_at(t)
        if truth == "adlib":
            adl += step_s
        elif truth is not None:
            read += step_s
            on += step_s if s == truth else 0.0
    strays = 0
    lines = [h.step.line for h in reading.heard]
    for i, h in enumerate(reading.heard):
        if h.step.kind == "adlib":
            # During the ad-lib (plus the recognizer's lag) the prompter should stay on the line
            # read before it, or reach the one read after it.
            around = {ln for ln in lines[max(0, i - 1):i + 2] if ln is not None}
            strays += sum(1 for e, p in positions if h.start_s <= e < h.end_s + 1.5 and p not in around)
    catch_up = []
    for j in jump_steps:
        # From the jump's first word until the highlighted line is the one being read again
        # (the host may be lines further on by then).
        start_s = reading.heard[j].start_s
        hit = next((t for t, s in zip(times, shown)
                    if t >= start_s and isinstance(reading.truth_at(t), tuple) and s == reading.truth_at(t)), None)
        catch_up.append(float("inf") if hit is None else float(hit) - start_s)
    return FollowScore(read, on, adl, strays, tuple(catch_up))
