"""Window soak: the real studio window with every panel open, try-on, captions, voice follow and a
recording, painting for a long time. Prints a line every sample and a summary; exits non-zero when
the window stopped painting, a feature could not be switched on, or a reference count ran away.

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python benchmarks/soak_window.py --minutes 30 --json soak.json
    .venv/bin/python benchmarks/soak_window.py --minutes 3          # offscreen (the CI version's length)

Media are made here: a 720p video of a real face photo (scikit-image's astronaut) drifting across
the frame, and espeak-ng reading the example show's spoken lines, both looped by the sources.
A crash (the PySide6 6.12 "deallocating None" abort) kills this process: the caller sees the
exit status, and the last sample line printed says how far it got.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHOW = ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"
SAMPLE_EVERY_S = 10.0
TICK_MS = 100   # a GUI-thread timer: how late it fires says how long the event loop was blocked


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_face_video(path: Path, seconds: float = 12.0, fps: int = 30) -> Path:
    import av
    import cv2
    import numpy as np
    from skimage import data

    face = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    face = cv2.resize(face, (420, 420))
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 1280, 720, "yuv420p"
        stream.options = {"preset": "ultrafast", "crf": "23"}
        frames = int(seconds * fps)
        for i in range(frames):
            canvas = np.full((720, 1280, 3), 48, np.uint8)
            x = int(430 + 160 * np.sin(2 * np.pi * i / frames))   # drifts and comes back: loops cleanly
            canvas[150:570, x:x + 420] = face
            for packet in stream.encode(av.VideoFrame.from_ndarray(canvas, format="bgr24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def make_reading(path: Path) -> Path:
    """espeak-ng reading the show's spoken lines in order, with pauses between them."""
    from studio.show.showfile import load_show

    show = load_show(SHOW)
    lines = [line.text for segment in show.segments for line in segment.spoken_lines][:14]
    parts = []
    for i, text in enumerate(lines):
        part = path.parent / f"line{i:02d}.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(part), text], check=True)
        parts.append(str(part))
    silence = path.parent / "pause.wav"
    subprocess.run(["sox", "-n", "-r", "22050", "-c", "1", str(silence), "trim", "0", "1.2"], check=True)
    interleaved = [p for part in parts for p in (part, str(silence))]
    subprocess.run(["sox", *interleaved, "-r", "16000", str(path)], check=True)
    return path


class Soak:
    """Drives the window on the GUI thread with timers; samples figures every SAMPLE_EVERY_S."""

    def __init__(self, window, minutes: float) -> None:
        from PySide6.QtCore import QTimer

        self.window = window
        self.deadline_s = time.monotonic() + minutes * 60
        self.samples: list[dict] = []
        self.switched_on: dict[str, bool] = {}
        self.max_stall_ms = 0.0
        self._finishing = False
        self._last_tick_s = time.monotonic()
        self._last_sample = (time.monotonic(), time.thread_time(), 0)
        self.none_refs_start = sys.getrefcount(None)
        self.started_s = time.monotonic()
        self._tick = QTimer()
        self._tick.timeout.connect(self._on_tick)
        self._tick.start(TICK_MS)
        self._sample = QTimer()
        self._sample.timeout.connect(self._take_sample)
        self._sample.start(int(SAMPLE_EVERY_S * 1000))
        QTimer.singleShot(4000, self._switch_everything_on)
        QTimer.singleShot(12000, self._start_recording)

    def _on_tick(self) -> None:
        now = time.monotonic()
        self.max_stall_ms = max(self.max_stall_ms, (now - self._last_tick_s) * 1000 - TICK_MS)
        self._last_tick_s = now
        if now >= self.deadline_s and not self._finishing:
            self._finishing = True
            self._sample.stop()
            if now - self._last_sample[0] > 1.0:   # a sample just taken would count ~0 frames in ~0 s
                self._take_sample()
            if self.window.controller.recording_path is not None:
                self.window.record_button.click()   # stop and save first, as a host would before quitting
        if self._finishing and self.window.controller.recording_path is None:
            self._tick.stop()
            self.window.close()

    def _try(self, name: str, action) -> None:
        try:
            action()
            self.switched_on[name] = True
        except Exception as exc:   # noqa: BLE001 (a soak reports what it could not do and goes on)
            print(f"soak: could not switch on {name}: {exc!r}", flush=True)
            self.switched_on[name] = False

    def _switch_everything_on(self) -> None:
        if self.window.controller.session is None:   # still starting (a busy machine): a click now does nothing
            from PySide6.QtCore import QTimer

            QTimer.singleShot(1000, self._switch_everything_on)
            return
        switch_live_features_on(self.window, self._try)

    def _start_recording(self) -> None:
        self._try("recording", self.window.record_button.click)

    def _take_sample(self) -> None:
        now, cpu, painted = time.monotonic(), time.thread_time(), self.window.preview.frames_painted
        last_now, last_cpu, last_painted = self._last_sample
        self._last_sample = (now, cpu, painted)
        session = self.window.controller.session
        stats = session.stats() if session is not None else None
        frames = painted - last_painted
        sample = {
            "t_s": round(now - self.started_s, 1),
            "rss_mb": round(rss_mb(), 1),
            "painted_fps": round(frames / max(now - last_now, 1e-6), 1),
            "gui_cpu_ms_per_frame": round((cpu - last_cpu) * 1000 / max(frames, 1), 2),
            "max_stall_ms": round(self.max_stall_ms, 1),
            "pipeline_fps": round(stats.fps, 1) if stats else None,
            "dropped_frames": stats.dropped_frames if stats else None,
            "latency_p95_ms": round(stats.latency_p95_ms, 1) if stats else None,
            "segment": session.segment_index if session is not None else None,
            "none_refs_lost": self.none_refs_start - sys.getrefcount(None),
        }
        self.max_stall_ms = 0.0
        self.samples.append(sample)
        print("soak: " + " ".join(f"{k}={v}" for k, v in sample.items()), flush=True)


def switch_live_features_on(window, attempt) -> None:
    """Captions, try-on and voice follow on through their panels, as a host switches them on;
    attempt(name, action) runs each (the soak records what it could not switch on)."""
    panels = window.panel_widgets
    for dock in window.findChildren(type(next(iter(window.panel_docks.values())))):
        dock.show()
    attempt("captions", lambda: panels["captions"].enabled_check.setChecked(True))
    attempt("tryon", lambda: panels["tryon"].ar_check.setChecked(True))

    def follow() -> None:
        prompter = panels["prompter"]
        prompter.mode_combo.setCurrentIndex(prompter.mode_combo.findData("voice"))
        if prompter.start_button.isEnabled():
            prompter.start_button.click()
    attempt("voice follow", follow)


def open_live_window(video: Path, audio: Path, language: str, size: tuple[int, int]):
    """The real window as in a live: looping face video, the reading as microphone, the example show.
    Returns (app, window, translators); keep the translators alive while the window runs."""
    from PySide6.QtWidgets import QApplication

    from studio.overlays.qt_paint import ensure_gui_application
    from studio.ui.i18n import install_translators
    from studio.ui.main_window import StudioWindow
    from studio.ui.settings import AudioChoice, StudioSettings, VideoChoice
    from studio.ui.theme import apply_dark_theme

    app = QApplication.instance() or QApplication(["studio-soak"])
    ensure_gui_application()
    translators = install_translators(app, language)
    apply_dark_theme(app)
    settings = StudioSettings()
    settings.set_video(VideoChoice(kind="file", path=str(video), loop=True))
    settings.set_audio(AudioChoice(kind="file", path=str(audio), loop=True))
    settings.show_path = str(SHOW)
    window = StudioWindow(settings)
    window.resize(*size)
    window.show()
    return app, window, translators


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--json", type=Path, help="write the samples and the summary here")
    parser.add_argument("--language", choices=["en", "zh_CN"], default="en")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="studio-soak-"))
    from studio import paths

    # A fresh data folder that still finds the installed models (else try-on runs without its face model).
    os.environ.setdefault("STUDIO_MODELS_DIR", str(paths.models_dir()))
    os.environ.setdefault("STUDIO_DATA_DIR", str(work / "data"))
    os.environ.setdefault("STUDIO_RECORDINGS_DIR", str(work / "recordings"))
    launch_s = time.monotonic()
    video, audio = make_face_video(work / "face.mp4"), make_reading(work / "reading.wav")
    media_s = time.monotonic() - launch_s

    opened_s = time.monotonic()
    app, window, translators = open_live_window(video, audio, args.language, (1920, 1080))  # noqa: F841
    while window.preview.frames_painted == 0 and time.monotonic() - opened_s < 60:
        app.processEvents()
        time.sleep(0.01)
    usable_s = time.monotonic() - opened_s
    print(f"soak: media made in {media_s:.1f} s; window usable (first frame painted) {usable_s:.2f} s "
          f"after it was created", flush=True)

    soak = Soak(window, args.minutes)
    window.closed.connect(app.quit)
    code = app.exec()
    samples = soak.samples
    # Where the window saved it: the caller's STUDIO_RECORDINGS_DIR when it set one (the CI test does).
    recordings = sorted(Path(os.environ["STUDIO_RECORDINGS_DIR"]).rglob("*.mp4"))
    summary = {
        "minutes": args.minutes, "language": args.language, "platform": os.environ["QT_QPA_PLATFORM"],
        "crashes": 0, "exit_code": code, "launch_to_first_frame_s": round(usable_s, 2),
        "rss_mb_start": samples[0]["rss_mb"] if samples else None,
        "rss_mb_end": samples[-1]["rss_mb"] if samples else None,
        "painted_fps_min": min((s["painted_fps"] for s in samples[1:]), default=None),
        "gui_cpu_ms_per_frame_max": max((s["gui_cpu_ms_per_frame"] for s in samples[1:]), default=None),
        "max_stall_ms": max((s["max_stall_ms"] for s in samples[1:]), default=None),
        "dropped_frames_end": samples[-1]["dropped_frames"] if samples else None,
        "none_refs_lost_end": samples[-1]["none_refs_lost"] if samples else None,
        "switched_on": soak.switched_on,
        "recording_bytes": recordings[-1].stat().st_size if recordings else 0,
        "load_average": os.getloadavg(),
    }
    print("soak summary: " + json.dumps(summary), flush=True)
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "samples": samples}, indent=1))
    shutil.rmtree(work, ignore_errors=True)
    healthy = (code == 0 and samples and all(soak.switched_on.values()) and len(soak.switched_on) == 4
               and summary["painted_fps_min"] and summary["painted_fps_min"] > 5
               and summary["none_refs_lost_end"] < 1000   # lost, not held: held ones show in RSS
               and summary["recording_bytes"] > 0)
    return 0 if healthy else 1


if __name__ == "__main__":
    raise SystemExit(main())
