"""`studio run`: the live pipeline, headless, over files (rehearsal, automation, benchmarks)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from studio.cli.run_comments import add_comment_arguments, comments_report
from studio.cli.run_options import caption_lang, live_options
from studio.console.options import DEFAULT_CONSOLE_PORT

# The caption feed's usual port (studio.outputs.caption_feed.server.DEFAULT_PORT; kept here so
# that `studio run --help` does not import the server).
CAPTION_FEED_PORT = 8777


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
    p.add_argument("--glossary", type=Path, metavar="FILE",
                   help="glossary file for the captions (docs/captions.md): terms heard right and kept in "
                        "translation, besides the show's product names")
    p.add_argument("--no-ticker", action="store_true", help="no #ad disclosure ticker")
    p.add_argument("--rtmp", action="append", default=[], metavar="URL",
                   help="also stream to this RTMP(S) URL (key included, or with --rtmp-key); implies "
                        "--realtime; repeat for more destinations with --multi-destination")
    p.add_argument("--rtmp-key", metavar="NAME",
                   help="use the stream key saved under NAME (`studio stream-key set NAME`)")
    p.add_argument("--multi-destination", action="store_true",
                   help="allow more than one --rtmp (TikTok forbids simulcasting during a TikTok LIVE)")
    p.add_argument("--virtual-camera", action="store_true",
                   help="also send the program to the virtual camera (for LIVE Studio, Zoom, a browser)")
    p.add_argument("--caption-feed", nargs="?", type=int, const=CAPTION_FEED_PORT, metavar="PORT",
                   help=f"serve the captions to OBS as a browser source (default port {CAPTION_FEED_PORT}; "
                        "0: any free port); the URL is printed")
    p.add_argument("--follow", action="store_true",
                   help="run the teleprompter's voice follow on the captions (needs --show and --captions; "
                        "implies --realtime); its positions and proposals go in the report — it proposes "
                        "segments, never switches")
    p.add_argument("--markets", metavar="LIST",
                   help="compliance markets for the live checks and the #ad ticker, e.g. US,DE "
                        "(default: the show's markets)")
    p.add_argument("--sales-db", metavar="PATH",
                   help="log sales of this live to this sales log (default with --sales-keys: $STUDIO_SALES_DB "
                        "or the data folder); a sales session starts from the show and follows its segments; "
                        "the figures go in the report")
    p.add_argument("--sales-keys", metavar="FILE",
                   help="read sales commands appended to FILE while running, one a line: 'sale', "
                        "'sale SKU [QTY]', 'undo', 'marker NOTE' (for a hotkey tool)")
    p.add_argument("--console", nargs="?", type=int, const=DEFAULT_CONSOLE_PORT, metavar="PORT",
                   help=f"serve the producer console (a page for a phone or tablet: cues, segments, line flags, "
                        f"the prompter's position; default port {DEFAULT_CONSOLE_PORT}); needs --show; the URL "
                        "with its token is printed")
    p.add_argument("--console-lan", action="store_true",
                   help="open the producer console to the local network (default: this computer only)")
    add_comment_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.core.events import SegmentChanged, Severity, StatusMessage
    from studio.live.assembly import assemble, write_subtitles
    from studio.live.session import Session
    from studio.overlays.qt_paint import ensure_gui_application
    from studio.show import load_show

    # The front end makes the Qt application: text on video is shaped with QtGui on the pipeline
    # thread, and Qt wants its application object made first, on the main thread.
    ensure_gui_application()
    if args.rtmp or args.virtual_camera or args.follow:
        # A server or a camera takes a live stream at its own pace, not a burst; voice follow reads
        # captions as they come at the pace of speech (over a file as fast as possible: `studio follow`).
        args.realtime = True
    show = load_show(args.show) if args.show else None
    options = live_options(args, show)
    session = Session(options.session, show=show)
    session.events.subscribe(StatusMessage, lambda m: print(
        f"studio run: {m.text}", file=sys.stderr) if m.severity is not Severity.INFO else None)
    # What broke while running (captions paused, a filter crashed, the disk filled) is a problem too.
    runtime_errors: list[str] = []
    session.events.subscribe(StatusMessage, lambda m: runtime_errors.append(m.text)
                             if m.severity is Severity.ERROR else None)
    assembly = assemble(session, options)
    if session.outputs.caption_feed is not None:
        print(f"studio run: caption feed for OBS at {session.outputs.caption_feed.url}", file=sys.stderr)
    if session.console is not None and session.console.running:
        print(f"studio run: producer console at {session.console.url} (token {session.console.token})",
              file=sys.stderr)
    segment_log = []
    session.events.subscribe(SegmentChanged, lambda e: segment_log.append(
        {"segment": e.index, "at_s": round(session.media_time_s, 3)}))
    session.advance_segments_every(args.segment_every)
    recorder = session.recorder
    keys = _sales_keys(args)
    if session.sales is not None:
        session.sales.open_session()      # the figures follow the run of show from the first frame
    started = time.monotonic()
    session.start()
    try:
        _wait(session, args, keys)
    except KeyboardInterrupt:
        pass
    if keys is not None:
        keys.poll(session.sales)          # the last lines written before the end
    recorder_health = recorder.health() if recorder else None
    outputs_health = session.outputs.health()
    camera = session.outputs.virtual_camera
    if camera is not None and not camera.health().ok:   # asked for and not running: no driver, say so
        runtime_errors.append(f"The virtual camera did not run: {camera.health().detail}")
    session.stop()
    wall_s = time.monotonic() - started
    report = session.report()
    subtitles = write_subtitles(session, Path(args.out), recorder.origin_ns,
                                caption_lang(args, show)) if recorder else []
    problems = list(dict.fromkeys(assembly.problems + runtime_errors))
    report.update({"wall_s": round(wall_s, 3), "realtime": args.realtime, "features": assembly.names,
                   "problems": problems, "warnings": assembly.warnings, "subtitles": [str(p) for p in subtitles],
                   "segments": segment_log, "outputs": outputs_health,
                   "canvas": {"aspect": args.canvas, "size_px": list(options.session.canvas.size_px)}})
    if session.tryon is not None:
        report["tryon"] = session.tryon.summary()
    if session.prompter is not None:
        report["prompter"] = session.prompter.report()
    if session.comments is not None:
        report["comments"] = comments_report(session)
    if session.captions is not None:
        report["captions"] = session.captions.report()
    if session.sales is not None:
        _report_sales(session.sales, keys, report)
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


def _sales_keys(args):
    if not args.sales_keys:
        return None
    from studio.sales.command_file import CommandFile

    return CommandFile(args.sales_keys)


def _report_sales(sales, keys, report: dict) -> None:
    """The sales figures in the report. A mistyped line or a sale that could not be logged is the
    producer's to fix while the live goes on: warnings, not problems."""
    report["sales"] = sales.report() | ({"commands": keys.applied, "refused": keys.refused} if keys else {})
    warnings = [f"Sales: {text}" for text in report["sales"].get("refused", [])]
    if sales.errors:
        warnings.append(f"Sales: {sales.errors} command(s) failed; last: {report['sales']['last_error']}")
    report["warnings"] = report["warnings"] + warnings
    for text in warnings:
        print(f"studio run: {text}", file=sys.stderr)


def _wait(session, args, keys=None) -> None:
    """Until the file ends or --duration passes; sales commands are handed on as they come."""
    deadline = time.monotonic() + args.duration if (args.duration and args.realtime) else None
    while True:
        if session.wait_until_done(timeout_s=0.05):
            return
        if keys is not None:
            keys.poll(session.sales)
        if deadline and time.monotonic() >= deadline:
            return
