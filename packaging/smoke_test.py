"""Frozen-app smoke test: the PyInstaller bundle starts, checks itself, opens its window, runs a
headless job (from files and from the test pattern), checks a claim and exits cleanly.

    python packaging/smoke_test.py dist/            # after `pyinstaller build.spec`

Run with the build's Python (it needs PyAV to make the test media and to read the recording
back); the bundle itself runs with nothing from the build environment. Used by
tests/packaging/ on Linux and by .github/workflows/release.yml on Windows and macOS.
Exit status 0 when every step passed.
"""

from __future__ import annotations

import json
import math
import os
import plistlib
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOW = ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"
APP_NAME = "Live Host Studio"
VIDEO_SIZE_PX = (640, 360)
VIDEO_FPS = 30
VIDEO_S = 4
STEP_TIMEOUT_S = 300
WINDOW_S = 4
PATTERN_S = 2
CLAIM_TEXT = "This cream cures eczema overnight and is clinically proven to remove every wrinkle."


@dataclass
class Step:
    name: str
    ok: bool
    detail: str
    took_s: float = 0.0


@dataclass
class SmokeResult:
    steps: list[Step] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.ok for s in self.steps)

    def summary(self) -> str:
        return "\n".join(f"[{'ok' if s.ok else 'FAIL'}] {s.name} ({s.took_s:.1f} s): {s.detail}"
                         for s in self.steps)


def find_console_executable(dist_dir: Path) -> Path:
    """`studio` inside the macOS .app (what users get), else in dist/studio/."""
    exe = "studio.exe" if sys.platform == "win32" else "studio"
    for candidate in (dist_dir / f"{APP_NAME}.app" / "Contents" / "MacOS" / exe, dist_dir / "studio" / exe):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no frozen studio executable under {dist_dir}")


def write_test_video(path: Path) -> None:
    """A 4 s H.264 clip: a colour sweep with a moving block, so every frame differs."""
    import av
    import numpy as np

    w, h = VIDEO_SIZE_PX
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=VIDEO_FPS)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        for i in range(VIDEO_S * VIDEO_FPS):
            image = np.zeros((h, w, 3), np.uint8)
            image[..., 0] = np.linspace(0, 255, w, dtype=np.uint8)[None, :]
            image[..., 1] = (i * 4) % 256
            x = (i * 7) % (w - 80)
            image[140:220, x:x + 80] = 255
            for packet in stream.encode(av.VideoFrame.from_ndarray(image, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)


def write_test_audio(path: Path) -> None:
    """4 s of a 440 Hz tone, 48 kHz mono 16-bit (the studio resamples to 16 kHz itself)."""
    rate = 48_000
    samples = bytearray()
    for n in range(VIDEO_S * rate):
        value = int(0.3 * 32767 * math.sin(2 * math.pi * 440 * n / rate))
        samples += value.to_bytes(2, "little", signed=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(bytes(samples))


def read_recording(path: Path) -> tuple[int, bool, float]:
    """(video frames, has audio, duration s) of the frozen app's recording, decoded for real."""
    import av

    with av.open(str(path)) as container:
        has_audio = bool(container.streams.audio)
        frames = sum(1 for _ in container.decode(video=0))
        duration_s = (container.duration or 0) / 1e6
    return frames, has_audio, duration_s


def _run(exe: Path, args: list[str], env: dict) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    try:
        proc = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=STEP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        # A hang (or, in a windowed Windows build, an error dialog waiting for a click) is a failure too.
        proc = subprocess.CompletedProcess(args, -1, "", f"did not exit within {STEP_TIMEOUT_S} s")
    return proc, time.monotonic() - started


def _recorded_run(exe: Path, args: list[str], env: dict, out: Path,
                  report_path: Path) -> tuple[str, dict, tuple[int, bool, float], float]:
    """A `studio run` to a recording: (problem, its JSON report, read_recording(out), seconds)."""
    proc, took = _run(exe, args, env)
    problem = _clean_exit(proc)
    if problem:
        return problem, {}, (0, False, 0.0), took
    return "", json.loads(report_path.read_text("utf-8")), read_recording(out), took


def _clean_exit(proc: subprocess.CompletedProcess) -> str:
    """Empty when the process exited 0 without a traceback, else why not."""
    if proc.returncode != 0:
        return f"exit {proc.returncode}: {(proc.stderr or proc.stdout)[-1500:]}"
    if "Traceback" in proc.stderr:
        return f"traceback on stderr: {proc.stderr[-1500:]}"
    return ""


def find_window_executable(dist_dir: Path) -> Path:
    """The window's executable: `Live Host Studio` on Windows/macOS, `studio-gui` on Linux."""
    if sys.platform == "win32":
        return dist_dir / "studio" / f"{APP_NAME}.exe"
    if sys.platform == "darwin":
        return dist_dir / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME
    return dist_dir / "studio" / "studio-gui"


def check_media_backend(dist_dir: Path) -> str:
    """Windows/macOS: Qt Multimedia names the cameras with its native back-end; the FFmpeg back-end and
    its FFmpeg are cut together (bundle_trim.drop_qt_multimedia_ffmpeg). '' when right, else the problem."""
    native = {"win32": "windowsmediaplugin", "darwin": "darwinmediaplugin"}.get(sys.platform)
    if native is None:
        return ""
    plugins = sorted({p.name for p in dist_dir.rglob("*mediaplugin*") if p.is_file()})
    if not any(native in name for name in plugins):
        return f"no {native} (Qt Multimedia plug-ins: {plugins})"
    if any("ffmpegmediaplugin" in name for name in plugins):
        return f"the FFmpeg media plug-in is still bundled: {plugins}"
    return ""


def check_bundle_layout(dist_dir: Path) -> Step:
    """macOS: Info.plist asks for camera and microphone (else macOS hands over black frames).
    Windows/macOS: the native Qt Multimedia back-end is there (camera names)."""
    media_problem = check_media_backend(dist_dir)
    if sys.platform == "darwin":
        plist_path = dist_dir / f"{APP_NAME}.app" / "Contents" / "Info.plist"
        if not plist_path.is_file():
            return Step("Info.plist", False, f"{plist_path} missing")
        plist = plistlib.loads(plist_path.read_bytes())
        missing = [k for k in ("NSCameraUsageDescription", "NSMicrophoneUsageDescription") if not plist.get(k)]
        problem = "; ".join(filter(None, [f"missing {missing}" if missing else "", media_problem]))
        return Step("Info.plist usage strings", not problem,
                    problem or f"CFBundleExecutable={plist.get('CFBundleExecutable')}")
    return Step("bundle layout", not media_problem, media_problem or "no Info.plist on this OS")


def run_smoke(dist_dir: Path, work_dir: Path, models_dir: Path | None = None) -> SmokeResult:
    from studio import __version__

    result = SmokeResult()
    exe = find_console_executable(dist_dir)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(STUDIO_DATA_DIR=str(work_dir / "data"), QT_QPA_PLATFORM="offscreen")
    if models_dir:
        env["STUDIO_MODELS_DIR"] = str(models_dir)

    result.steps.append(check_bundle_layout(dist_dir))

    proc, took = _run(exe, ["--version"], env)
    expected = f"Live Host Studio {__version__}"
    problem = _clean_exit(proc) or ("" if proc.stdout.strip() == expected else f"printed {proc.stdout!r}")
    result.steps.append(Step("studio --version", not problem, problem or proc.stdout.strip(), took))

    # --deep loads and runs each installed model: the native libraries fail only then when left behind.
    proc, took = _run(exe, ["doctor", "--for", "rehearsal", "--format", "json", "--deep"], env)
    problem = _clean_exit(proc)
    if not problem:
        report = json.loads(proc.stdout)
        # In a bundle every component must import: a warning here is a missing hidden import or library.
        # (Fonts come from the OS, not the bundle: only Qt's own start-up is checked.)
        broken = [f"{c['name']}: {c['detail']}" for c in report["checks"]
                  if (c["section"] in ("install", "doctor", "performance") or c["name"] == "Qt text engine")
                  and c["status"] not in ("ok", "info")]
        problem = "; ".join(broken)
        detail = report["verdict"] + " " + "; ".join(
            f"{c['name']}: {c['detail']}" for c in report["checks"] if c["section"] == "performance")
    result.steps.append(Step("studio doctor --for rehearsal --deep", not problem, problem or detail, took))

    # The window opens (offscreen), shows the preview for a few seconds and closes itself.
    window_exe = find_window_executable(dist_dir)
    if not window_exe.is_file():
        result.steps.append(Step("window opens and paints", False, f"{window_exe} missing"))
    else:
        # In Chinese: the bundled .qm translation must load (the window logs when it cannot).
        proc, took = _run(window_exe, ["--smoke-test-s", str(WINDOW_S), "--language", "zh_CN"], env)
        problem = _clean_exit(proc)
        log_file = work_dir / "data" / "logs" / "studio.log"
        if not problem and log_file.is_file() and "no translation file" in log_file.read_text("utf-8"):
            problem = "the Chinese translation did not load (see studio.log)"
        result.steps.append(Step("window opens and paints", not problem,
                                 problem or (proc.stdout.strip() or "exit 0 (frames painted)"), took))

    video, audio = work_dir / "test-video.mp4", work_dir / "test-tone.wav"
    write_test_video(video)
    write_test_audio(audio)
    out, report_path = work_dir / "program.mp4", work_dir / "run-report.json"
    run_args = ["run", "--show", str(SHOW), "--video", str(video), "--audio", str(audio),
                "--out", str(out), "--report", str(report_path)]
    with_models = bool(models_dir and (models_dir / "whisper-tiny.en" / "installed.json").is_file())
    if with_models:  # the captions thread (VAD + Whisper) runs inside the frozen pipeline too
        run_args += ["--captions", "en", "--model", "tiny.en"]
    problem, run_report, (frames, has_audio, duration_s), took = _recorded_run(exe, run_args, env, out, report_path)
    detail = ""
    if not problem:
        expected_frames = VIDEO_S * VIDEO_FPS
        if run_report["frames_out"] < expected_frames or frames < expected_frames:
            problem = (f"expected {expected_frames} frames, the run reported {run_report['frames_out']} "
                       f"and the recording holds {frames}")
        elif not has_audio:
            problem = "the recording has no audio track"
        elif run_report.get("problems"):
            problem = f"the run reported problems: {run_report['problems']}"
        elif with_models and "captions" not in run_report.get("features", []):
            problem = f"captions did not start: features {run_report.get('features')}"
        detail = (f"{run_report['frames_out']} frames out, recording {frames} frames, {duration_s:.1f} s, "
                  f"features {run_report.get('features')}")
    result.steps.append(Step("studio run (headless, file in, MP4 out)", not problem, problem or detail, took))
    result.steps.append(check_pattern_run(exe, env, work_dir))
    result.steps.append(check_claim_text(exe, env))
    return result


def check_pattern_run(exe: Path, env: dict, work_dir: Path) -> Step:
    """`studio run` on the built-in test pattern (no input files: what a host tries first) to a recording."""
    out, report_path = work_dir / "pattern.mp4", work_dir / "pattern-report.json"
    w, h = VIDEO_SIZE_PX
    args = ["run", "--video", "pattern", "--size", f"{w}x{h}", "--fps", str(VIDEO_FPS),
            "--duration", str(PATTERN_S), "--out", str(out), "--report", str(report_path)]
    problem, run_report, (frames, has_audio, duration_s), took = _recorded_run(exe, args, env, out, report_path)
    detail = ""
    if not problem:
        expected = PATTERN_S * VIDEO_FPS
        if frames < expected or not has_audio:
            problem = f"expected {expected} frames with audio, the recording holds {frames} (audio: {has_audio})"
        detail = f"{run_report['frames_out']} frames out, recording {frames} frames, {duration_s:.1f} s"
    return Step("studio run --video pattern (recording)", not problem, problem or detail, took)


def check_claim_text(exe: Path, env: dict) -> Step:
    """`studio check --text` against a market's rule pack: the packs, the claim model and the
    language tools (all data files) load in the frozen app. Exit 1 means blocking findings: expected."""
    proc, took = _run(exe, ["check", "--text", CLAIM_TEXT, "--market", "US", "--format", "json"], env)
    if proc.returncode not in (0, 1) or "Traceback" in proc.stderr:
        return Step("studio check --text --market US", False, f"exit {proc.returncode}: "
                    f"{(proc.stderr or proc.stdout)[-1500:]}", took)
    try:
        findings = json.loads(proc.stdout).get("findings", [])
    except (ValueError, AttributeError) as exc:
        return Step("studio check --text --market US", False, f"not JSON ({exc}): {proc.stdout[-500:]}", took)
    problem = "" if findings else f"no finding for a medical claim: {proc.stdout[-500:]}"
    return Step("studio check --text --market US", not problem,
                problem or f"exit {proc.returncode}, {len(findings)} findings", took)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    models = os.environ.get("STUDIO_MODELS_DIR")
    with tempfile.TemporaryDirectory(prefix="studio-smoke-") as tmp:
        result = run_smoke(Path(argv[0]), Path(tmp), Path(models) if models else None)
    print(result.summary())
    print("smoke test: passed" if result.ok else "smoke test: FAILED")
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
