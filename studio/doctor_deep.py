"""`studio doctor --deep`: each installed model loads and runs once through the studio's own classes, timed."""

from __future__ import annotations

import time
from typing import Callable

from studio.doctor_report import Check, Status
from studio.language import health as language_health


def _timed(run: Callable[[], object]) -> tuple[object, float]:
    started = time.perf_counter()
    value = run()
    return value, (time.perf_counter() - started) * 1000


def check_models_run() -> list[Check]:
    """--deep: each installed model loads and runs once through the studio's own classes, timed.

    Proves the native libraries work on this machine (and inside the installed app, where a
    missing library only shows when a model loads) and tells a host what a frame or an
    utterance costs here.
    """
    import numpy as np

    from studio.models import registry

    out = []
    if registry.installed_path("face_landmarker"):
        from studio.ar.tracker import FaceTracker, TrackerOptions

        try:
            tracker, load_ms = _timed(lambda: FaceTracker(TrackerOptions()))
            frame = np.full((720, 1280, 3), 90, np.uint8)
            tracker.track(frame, 0)  # the first call sets up the graph
            _, frame_ms = _timed(lambda: tracker.track(frame, 33_000_000))
            tracker.close()
            out.append(Check("performance", "face tracking", Status.OK,
                             f"loads in {load_ms:.0f} ms, {frame_ms:.0f} ms per 720p frame "
                             f"({tracker.delegate_used.name})"))
        except Exception as exc:
            out.append(Check("performance", "face tracking", Status.WARN, f"the face model did not run: {exc}",
                             advice="install it again: " + registry.install_advice("face_landmarker")))
    whisper = next((n for n in registry.known_models() if n.startswith("whisper") and registry.installed_path(n)),
                   None)
    if whisper:
        from studio.captions.asr import DecodeRequest, WhisperRecognizer
        from studio.captions.vad import StreamingVad

        try:
            # 2 s of a quiet 220 Hz tone: speech detection and one full decoder pass, no real words.
            t = np.arange(32_000, dtype=np.float32) / 16_000
            audio = (0.05 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
            vad, _ = _timed(StreamingVad)
            _, vad_ms = _timed(lambda: vad.feed(audio))
            recognizer, load_ms = _timed(lambda: WhisperRecognizer(whisper, device="auto"))
            _, decode_ms = _timed(lambda: recognizer.decode(audio, DecodeRequest(language="en")))
            out.append(Check("performance", "captions", Status.OK,
                             f"{whisper} on {recognizer.device}: loads in {load_ms:.0f} ms, one utterance "
                             f"decodes in {decode_ms:.0f} ms; voice detection {vad_ms:.0f} ms per 2 s"))
        except Exception as exc:
            out.append(Check("performance", "captions", Status.WARN, f"the captions model did not run: {exc}",
                             advice="install it again: " + registry.install_advice(whisper)))
    out += language_health.run_checks()
    return out
