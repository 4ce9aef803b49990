"""What this machine has for a live: devices, GPU, models, fonts, disk, versions.

`run_checks(Purpose.LIVE)` returns a `DoctorReport`: one `Check` per thing looked at,
each marked required (a blocker when it fails) or optional (a warning: a feature is
off, the show goes on). `studio doctor` prints it; the window can show the same report.

What a purpose requires (docs/cli.md repeats this for producers):
- LIVE (default): a camera AND a microphone, Qt's text engine with a Chinese font
  (the UI and most scripts are Chinese/English), a writable data folder, enough free
  disk to record, and a working install (video decoding/encoding, the sales log).
- REHEARSAL: the same without camera and microphone: a rehearsal replays video and
  audio files through the same pipeline, which is also what CI and the frozen-app
  smoke test run.
Models, GPU, Arabic/Thai/Vietnamese fonts and the feature libraries are optional:
without them try-on, captions or some markets' text are off or degraded, and the
report says which and how to fix it.

Called on the main thread (Qt's application object must be created there).
"""

from __future__ import annotations

import importlib
import importlib.metadata
import logging
import platform
import shutil
import sys
import time
import unicodedata
import zipfile
from pathlib import Path
from typing import Callable

from studio import __version__, paths
from studio.doctor_report import Check, DoctorReport, Purpose, Status  # noqa: F401 (the report model, re-exported)
from studio.doctor_deep import check_models_run
from studio.language import health as language_health

log = logging.getLogger(__name__)

# Distribution names whose versions `studio doctor` reports (build.spec copies their metadata).
KEY_PACKAGES = ("PySide6_Essentials", "mediapipe", "faster-whisper", "ctranslate2", "onnxruntime", "av",
                "numpy", "opencv-python-headless", "sounddevice", "sqlite-utils", "OpenCC",
                "sentencepiece", "platformdirs")

# Recording at about 8 Mbit/s (1080×1920 H.264 plus audio) uses 3.6 GB an hour.
RECORDING_BYTES_PER_HOUR = 8_000_000 // 8 * 3600
MIN_FREE_BYTES = 1_000_000_000          # below this (~17 min of recording) a live cannot start safely
LOW_FREE_BYTES = RECORDING_BYTES_PER_HOUR  # below one hour of recording: warn

# One sample line per script the studio must shape; each must be covered by an installed font.
SCRIPT_SAMPLES = {
    "Chinese": ("SimplifiedChinese", "直播间今天上新，限时优惠"),
    "Traditional Chinese": ("TraditionalChinese", "歡迎來到直播間，限時優惠價"),
    "Arabic": ("Arabic", "مرحبا بكم في البث المباشر"),
    "Thai": ("Thai", "ยินดีต้อนรับสู่ไลฟ์สด"),
    "Vietnamese": ("Vietnamese", "Chào mừng đến với buổi phát trực tiếp"),
}
REQUIRED_SCRIPTS = ("Chinese",)  # the UI speaks Simplified Chinese; the others matter per market
SCRIPT_MARKETS = {"Traditional Chinese": "Taiwan and Hong Kong", "Arabic": "Middle East markets", "Thai": "Thailand", "Vietnamese": "Vietnam",
                  "Chinese": "the Chinese UI and Chinese scripts"}
FONT_ADVICE = {
    "linux": "install fonts-noto-cjk and fonts-noto-core",
    "darwin": "macOS ships these fonts; reinstall the system fonts or add Noto fonts",
    "win32": "add the language's supplemental fonts in Settings > Apps > Optional features, or install Noto fonts",
}


def _label(item: object) -> str:
    """A device's display name, whatever shape the capture package gives it."""
    for attr in ("name", "label", "description"):
        value = getattr(item, attr, None)
        if value:
            return str(value)
    return str(item)


def check_devices(purpose: Purpose) -> list[Check]:
    live = purpose is Purpose.LIVE
    try:
        from studio.capture import devices
    except ImportError as exc:
        detail = f"device listing is not available in this build ({exc})"
        return [Check("devices", "camera", Status.FAIL, detail, live),
                Check("devices", "microphone", Status.FAIL, detail, live)]
    out = []
    for name, lister, advice in (
            ("camera", devices.list_cameras,
             "connect a camera (or start your virtual camera) and allow the studio to use it in the "
             "system's privacy settings"),
            ("microphone", devices.list_microphones,
             "connect a microphone and allow the studio to use it in the system's privacy settings")):
        try:
            found = list(lister())
        except Exception as exc:  # a broken audio/video backend must not stop the other checks
            log.exception("listing %ss failed", name)
            out.append(Check("devices", name, Status.FAIL, f"could not list {name}s: {exc}",
                             live, advice))
            continue
        if found:
            out.append(Check("devices", name, Status.OK, ", ".join(_label(d) for d in found), live))
        else:
            status = Status.FAIL if live else Status.INFO
            detail = f"no {name} found" + ("" if live else " (not needed to rehearse over files)")
            out.append(Check("devices", name, status, detail, live, advice if live else ""))
    return out


# (import name, what it does for the host, purposes that cannot go ahead without it)
BOTH = frozenset(Purpose)
COMPONENTS = (
    ("numpy", "frame processing", BOTH),
    ("cv2", "video frames and camera capture", BOTH),
    ("av", "video and audio decoding and recording", BOTH),
    ("sqlite_utils", "the sales log", BOTH),
    ("sounddevice", "microphone capture (PortAudio)", frozenset({Purpose.LIVE})),
    ("mediapipe.tasks.python.vision", "AR try-on face tracking", frozenset()),
    ("faster_whisper", "live captions", frozenset()),
    ("ctranslate2", "captions and translation models", frozenset()),
    ("sentencepiece", "caption translation", frozenset()),
    ("opencc", "Simplified/Traditional Chinese conversion", frozenset()),
)


def check_install(purpose: Purpose) -> list[Check]:
    from studio.ar.mediapipe_import import defer_drawing_modules

    defer_drawing_modules()   # as the tracker imports mediapipe (the bundle has no matplotlib)
    out = []
    for module, role, needed_for in COMPONENTS:
        required = purpose in needed_for
        try:
            importlib.import_module(module)
        except Exception as exc:  # ImportError, or OSError from a missing shared library
            advice = ("install libportaudio2" if "PortAudio" in str(exc)
                      else "reinstall Live Host Studio (the installation is damaged)")
            out.append(Check("install", module, Status.FAIL if required else Status.WARN,
                             f"{role} unavailable: {exc}", required, advice))
        else:
            out.append(Check("install", module, Status.OK, role, required))
    return out


def check_acceleration() -> list[Check]:
    out = []
    try:
        import ctranslate2

        cuda = ctranslate2.get_cuda_device_count()
        types = ", ".join(sorted(ctranslate2.get_supported_compute_types("cpu")))
        if cuda:
            out.append(Check("gpu", "CUDA for captions", Status.OK,
                             f"{cuda} CUDA device(s): captions and translation can run on the GPU"))
        else:
            out.append(Check("gpu", "CUDA for captions", Status.INFO,
                             f"no CUDA device: captions run on the CPU (compute types: {types})"))
    except Exception as exc:
        out.append(Check("gpu", "CUDA for captions", Status.WARN, f"ctranslate2 unavailable: {exc}"))
    try:
        import onnxruntime

        providers = onnxruntime.get_available_providers()
        out.append(Check("gpu", "ONNX Runtime providers", Status.INFO,
                         f"{', '.join(providers)} (voice detection runs on the CPU)"))
    except Exception as exc:
        out.append(Check("gpu", "ONNX Runtime providers", Status.WARN,
                         f"onnxruntime unavailable, captions cannot detect speech: {exc}"))
    return out


# Which feature each downloadable model serves; Whisper models are alternatives.
MODEL_FEATURES = {"face_landmarker": "AR try-on", "whisper": "live captions"}


def check_models() -> list[Check]:
    from studio.models import registry

    out = []
    installed = {}
    for name in registry.known_models():
        path = registry.installed_path(name)
        installed[name] = path
        out.append(Check("models", name, Status.OK if path else Status.INFO,
                         f"installed at {path}" if path else "not installed"))
    folder = paths.models_dir()
    whisper = [n for n, p in installed.items() if n.startswith("whisper") and p]
    if not whisper:
        out.append(Check("models", "captions model", Status.WARN, f"no Whisper model in {folder}: captions "
                         "and the voice-following prompter are off",
                         advice=registry.install_advice("whisper-base")))
    if "face_landmarker" in installed and not installed["face_landmarker"]:
        out.append(Check("models", "try-on model", Status.WARN, f"face_landmarker is not in {folder}: AR "
                         "try-on is off", advice=registry.install_advice("face_landmarker")))
    out += language_health.model_checks()
    return out


def _font_covering(sample: str, writing_system_name: str) -> str | None:
    """The first installed family (studio's preferred order first) that has every glyph of sample.

    QRawFont looks at the one font file; QFontMetrics.inFontUcs4 would answer through Qt's
    fallback fonts and call almost any family complete.
    """
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    from studio.overlays.qt_paint import DEFAULT_FAMILIES

    installed = set(QFontDatabase.families())
    system = getattr(QFontDatabase.WritingSystem, writing_system_name)
    candidates = [f for f in DEFAULT_FAMILIES if f in installed]
    candidates += [f for f in QFontDatabase.families(system) if f not in candidates][:40]
    # Letters, marks (Thai vowels and tone marks, Vietnamese diacritics) and digits; punctuation and
    # spaces come from whichever font Qt falls back to.
    glyphs = {ord(ch) for ch in sample if unicodedata.category(ch)[0] not in "PZ"}
    for family in candidates:
        raw = QRawFont.fromFont(QFont(family))
        if raw.isValid() and all(raw.supportsCharacter(code) for code in glyphs):
            return family
    return None


def check_text_engine() -> list[Check]:
    """Qt's text engine starts (offscreen when headless) and every script's sample has a font."""
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtGui import QGuiApplication

        from studio.overlays.qt_paint import ensure_gui_application

        ensure_gui_application()
        platform_name = QGuiApplication.platformName()
    except Exception as exc:
        return [Check("fonts", "Qt text engine", Status.FAIL, f"Qt could not start: {exc}", True,
                      "reinstall Live Host Studio; on Linux install the Qt xcb libraries (scripts/setup.sh)")]
    out = [Check("fonts", "Qt text engine", Status.OK, f"Qt {pyside_version}, platform '{platform_name}'", True)]
    advice = FONT_ADVICE.get(sys.platform, FONT_ADVICE["linux"])
    for script, (writing_system, sample) in SCRIPT_SAMPLES.items():
        required = script in REQUIRED_SCRIPTS
        family = _font_covering(sample, writing_system)
        if family:
            out.append(Check("fonts", f"{script} text", Status.OK, f"'{sample}' renders with {family}", required))
        else:
            out.append(Check("fonts", f"{script} text", Status.FAIL if required else Status.WARN,
                             f"no installed font covers '{sample}': {SCRIPT_MARKETS[script]} would show "
                             f"empty boxes", required, advice))
    return out


def recordings_folder() -> Path:
    """Where the window records: its setting when the host chose a folder, else the default."""
    try:
        from studio.ui.settings import StudioSettings

        chosen = StudioSettings().recordings_dir
    except Exception:  # no window settings in this install: the default is what a run uses
        log.debug("window settings unreadable; checking the default recordings folder", exc_info=True)
        chosen = ""
    if chosen:
        path = Path(chosen).expanduser()
        path.mkdir(parents=True, exist_ok=True)
        return path
    return paths.recordings_dir()


def check_storage() -> list[Check]:
    out = []
    for name, folder in (("data folder", paths.data_dir), ("recordings folder", recordings_folder)):
        try:
            path = folder()
            probe = path / ".studio-write-test"
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as exc:
            out.append(Check("disk", name, Status.FAIL, f"not writable: {exc}", True,
                             "free the disk or set STUDIO_DATA_DIR / STUDIO_RECORDINGS_DIR to a writable folder"))
            continue
        if name == "data folder":
            out.append(Check("disk", name, Status.OK, str(path), True))
            continue
        free = shutil.disk_usage(path).free
        hours = free / RECORDING_BYTES_PER_HOUR
        detail = f"{free / 1e9:.1f} GB free in {path} (about {hours:.1f} h of recording)"
        if free < MIN_FREE_BYTES:
            out.append(Check("disk", name, Status.FAIL, detail, True,
                             f"free at least {MIN_FREE_BYTES / 1e9:.0f} GB or move recordings with "
                             "STUDIO_RECORDINGS_DIR"))
        elif free < LOW_FREE_BYTES:
            out.append(Check("disk", name, Status.WARN, detail, True,
                             "less than one hour of recording fits: free some space before a long show"))
        else:
            out.append(Check("disk", name, Status.OK, detail, True))
    return out


def package_versions() -> dict[str, str | None]:
    out = {}
    for dist in KEY_PACKAGES:
        try:
            out[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            out[dist] = None
    return out


def check_versions() -> list[Check]:
    frozen = " (installed app)" if getattr(sys, "frozen", False) else ""
    out = [Check("versions", "Live Host Studio", Status.INFO, f"{__version__}{frozen}"),
           Check("versions", "system", Status.INFO,
                 f"Python {platform.python_version()} on {platform.platform()} ({platform.machine()})")]
    for dist, version in package_versions().items():
        out.append(Check("versions", dist, Status.INFO if version else Status.WARN, version or "not found"))
    return out


def log_file() -> Path:
    """The log a host sends after a bad live (studio/logging_setup.py writes it)."""
    return paths.log_dir() / "studio.log"


def check_files() -> list[Check]:
    return [Check("files", "log file", Status.INFO, str(log_file())),
            Check("files", "models folder", Status.INFO, str(paths.models_dir()))]


# The order `studio doctor` prints: what blocks a live first, facts for a support ticket last.
CHECKS: tuple[Callable[..., list[Check]], ...] = (
    check_devices, check_storage, check_text_engine, check_install, check_models, check_acceleration,
    check_files, check_versions)


def run_checks(purpose: Purpose = Purpose.LIVE, deep: bool = False) -> DoctorReport:
    """All checks; deep also loads and runs each installed model (a few seconds)."""
    started = time.perf_counter()
    report = DoctorReport(purpose)
    checks = CHECKS
    if deep:  # timings read best beside the GPU facts
        at = CHECKS.index(check_acceleration) + 1
        checks = CHECKS[:at] + (check_models_run,) + CHECKS[at:]
    for check in checks:
        try:
            report.checks += check(purpose) if check in (check_devices, check_install) else check()
        except Exception as exc:  # one broken check must not hide the others
            log.exception("doctor check %s crashed", check.__name__)
            report.checks.append(Check("doctor", check.__name__, Status.FAIL, f"the check crashed: {exc}",
                                       True, f"send the support bundle (log: {log_file()})"))
    report.took_s = time.perf_counter() - started
    return report


def write_support_bundle(report: DoctorReport, dest: Path) -> Path:
    """A zip a host can send after a bad live: the rotating logs and this doctor report."""
    import json

    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"LiveHostStudio-support-{time.strftime('%Y%m%d-%H%M%S')}.zip"
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(paths.log_dir().glob("studio.log*")):
            zf.write(path, f"logs/{path.name}")
        zf.writestr("doctor.json", json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    return dest
