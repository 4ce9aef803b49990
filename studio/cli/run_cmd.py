"""`studio run`: the live pipeline, headless, over files (rehearsal, automation, benchmarks)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "run", help="run the studio pipeline headless over files and record the program",
        description="Runs the same pipeline as the studio window over files: a producer rehearses "
                    "offline and reviews the recording. Without --realtime every frame is processed "
                    "as fast as the machine can; with --realtime the input is paced at its native "
                    "rate, as a camera and microphone would deliver it, and late frames are dropped.")
    p.add_argument("--show", help="run-of-show file (.show.md)")
    p.add_argument("--video", default="pattern",
                   help="video or image file, 'pattern' (test pattern) or 'camera[:INDEX]' (default: pattern)")
    p.add_argument("--audio", default="silence",
                   help="audio file (wav, mp3, m4a), 'silence' or 'mic[:DEVICE]' (default: silence)")
    p.add_argument("--out", help="MP4 recording to write (H.264 + AAC)")
    p.add_argument("--report", help="JSON report: frames in/out, dropped, fps, per-stage latency p50/p95")
    p.add_argument("--realtime", action="store_true", help="pace the input at its native rate")
    p.add_argument("--canvas", choices=["9:16", "16:9"], default="9:16", help="canvas shape (default 9:16)")
    p.add_argument("--canvas-px", type=int, default=1280,
                   help="canvas long side in pixels (default 1280; 1920 for full HD)")
    p.add_argument("--zoom", type=float, default=1.0, help="camera zoom inside the canvas (>= 1)")
    p.add_argument("--duration", type=float,
                   help="seconds to run (required for pattern and camera; files run to their end)")
    p.add_argument("--size", default="1280x720", help="pattern/camera size WxH (default 1280x720)")
    p.add_argument("--fps", type=float, default=30.0, help="pattern/camera frame rate (default 30)")
    p.add_argument("--segment-every", type=float, metavar="S",
                   help="move to the next segment every S seconds of media (rehearse the whole show)")
    p.add_argument("--no-price-card", action="store_true", help="do not draw the product card")
    p.add_argument("--no-tryon", action="store_true", help="no AR try-on (on by default when products name looks)")
    p.add_argument("--look", help="pin one try-on look for the whole run (see `studio looks`)")
    p.add_argument("--captions", metavar="LANG",
                   help="live captions in the spoken language LANG (en, zh, es, ..., auto, or show: the show's language); "
                        "subtitles are written beside --out as .srt and .vtt")
    p.add_argument("--translate", default="", metavar="LANGS", help="caption translations, e.g. en,es")
    p.add_argument("--model", default="base", help="Whisper model for captions (default base)")
    p.add_argument("--no-ticker", action="store_true", help="no #ad disclosure ticker")
    p.add_argument("--rtmp", action="append", default=[], metavar="URL",
                   help="also stream to this RTMP(S) URL (key included, or with --rtmp-key); implies "
                        "--realtime; repeat for more destinations with --multi-destination")
    p.add_argument("--rtmp-key", metavar="NAME",
                   help="use the stream key saved under NAME (`studio stream-key set NAME`)")
    p.add_argument("--multi-destination", action="store_true",
                   help="allow more than one --rtmp (TikTok forbids simulcasting during a TikTok LIVE)")
    p.set_defaults(func=run)


def _video_config(args):
    from studio.cli.main import UserError
    from studio.live.session import VideoSourceConfig

    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise UserError(f"--size must look like 1280x720, not '{args.size}'") from None
    spec = args.video
    if spec == "pattern":
        if args.duration is None:
            raise UserError("the test pattern never ends: give --duration SECONDS")
        return VideoSourceConfig("pattern", width=w, height=h, fps=args.fps, duration_s=args.duration)
    if spec.startswith("camera"):
        index = int(spec.split(":", 1)[1]) if ":" in spec else 0
        return VideoSourceConfig("camera", camera_index=index, width=w, height=h, fps=args.fps)
    if not Path(spec).is_file():
        raise UserError(f"video file not found: {spec}")
    return VideoSourceConfig("file", path=spec, fps=args.fps, duration_s=args.duration)


def _audio_config(args):
    from studio.cli.main import UserError
    from studio.live.session import AudioSourceConfig

    spec = args.audio
    if spec == "silence":
        return AudioSourceConfig("silence")
    if spec.startswith("mic"):
        device = spec.split(":", 1)[1] if ":" in spec else None
        return AudioSourceConfig("microphone", device=int(device) if device and device.isdigit() else device)
    if not Path(spec).is_file():
        raise UserError(f"audio file not found: {spec}")
    return AudioSourceConfig("file", path=spec)


def run(args: argparse.Namespace) -> int:
    from studio.assemble import FeatureOptions, install_features, write_subtitles
    from studio.core.compositor import CanvasConfig
    from studio.core.events import Severity, StatusMessage
    from studio.live.session import Session, SessionConfig
    from studio.overlays.qt_paint import ensure_gui_application
    from studio.show import load_show

    ensure_gui_application()  # text shaping needs a QGuiApplication, created on the main thread
    if args.rtmp:
        args.realtime = True  # a server takes a live stream at its own pace, not a burst
    show = load_show(args.show) if args.show else None
    config = SessionConfig(video=_video_config(args), audio=_audio_config(args),
                           canvas=CanvasConfig(args.canvas, args.canvas_px, args.zoom),
                           realtime=args.realtime)
    session = Session(config, show=show)
    session.events.subscribe(StatusMessage, lambda m: print(
        f"studio run: {m.text}", file=sys.stderr) if m.severity is not Severity.INFO else None)
    # What broke while running (captions paused, a filter crashed, the disk filled) is a problem too.
    runtime_errors: list[str] = []
    session.events.subscribe(StatusMessage, lambda m: runtime_errors.append(m.text)
                             if m.severity is Severity.ERROR else None)
    features = install_features(session, FeatureOptions(
        price_card=not args.no_price_card, tryon=not args.no_tryon, tryon_look=args.look,
        captions=_caption_options(args, show), disclosure=not args.no_ticker,
        rtmp_urls=tuple(args.rtmp), rtmp_key_name=args.rtmp_key,
        allow_multiple_destinations=args.multi_destination,
        offline=not args.realtime))
    from studio.core.events import SegmentChanged

    segment_log = []
    session.events.subscribe(SegmentChanged, lambda e: segment_log.append(
        {"segment": e.index, "at_s": round(session.media_time_s, 3)}))
    session.advance_segments_every(args.segment_every)
    recorder = session.start_recording(args.out) if args.out else None
    started = time.monotonic()
    session.start()
    try:
        _wait(session, args)
    except KeyboardInterrupt:
        pass
    recorder_health = recorder.health() if recorder else None
    session.stop()
    wall_s = time.monotonic() - started
    report = session.report()
    subtitles = write_subtitles(features, Path(args.out), recorder.origin_ns,
                                _caption_lang(args, show)) if recorder else []
    problems = list(dict.fromkeys(features.problems + runtime_errors))
    report.update({"wall_s": round(wall_s, 3), "realtime": args.realtime, "features": features.names,
                   "problems": problems, "warnings": features.warnings, "subtitles": [str(p) for p in subtitles],
                   "segments": segment_log,
                   "canvas": {"aspect": args.canvas, "size_px": list(config.canvas.size_px)}})
    if recorder is not None:
        report["recording"] = {"path": str(args.out), **vars(recorder.health())}
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=2, ensure_ascii=False), "utf-8")
    video_state = report["video_source"]["state"]
    print(f"studio run: {report['frames_out']} frames out of {report['frames_in']} in {wall_s:.1f} s, "
          f"{report['dropped_frames']} dropped, latency p50 {report['latency_ms']['p50']:.1f} ms"
          + (f", recorded to {args.out}" if args.out else ""), file=sys.stderr)
    if problems:
        print(f"studio run: {len(problems)} problem(s): what was asked for did not all run "
              f"(see above{' and ' + args.report if args.report else ''})", file=sys.stderr)
    failed = video_state == "failed" or (recorder_health is not None and not recorder.health().ok)
    return 1 if failed or problems else 0


def _caption_lang(args, show) -> str | None:
    if not args.captions:
        return None
    return show.language if (args.captions == "show" and show) else args.captions


def _caption_options(args, show):
    if not args.captions:
        return None
    from studio.captions.options import CaptionOptions

    from studio.captions.glossary import Glossary

    lang = _caption_lang(args, show)
    targets = [t.strip() for t in args.translate.split(",") if t.strip()]
    # Offline the captioner may take the time it needs: shedding would make the result depend
    # on how busy the machine was. The show's product names are the glossary.
    return CaptionOptions(language=lang or "auto", model=args.model, translate_to=targets,
                          glossary=Glossary.from_show(show) if show else Glossary(),
                          shed_load=args.realtime)


def _wait(session, args) -> None:
    """Until the file ends or --duration passes."""
    deadline = time.monotonic() + args.duration if (args.duration and args.realtime) else None
    while True:
        if session.wait_until_done(timeout_s=0.05):
            return
        if deadline and time.monotonic() >= deadline:
            return
