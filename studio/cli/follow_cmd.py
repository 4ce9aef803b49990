"""`studio follow SHOW AUDIO --jsonl OUT [--realtime]`: the teleprompter's voice follow over a file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "follow", help="follow a reading of the show in an audio file and write the prompter's positions",
        description="Run the captions recognizer over an audio (or video) file and the teleprompter's voice "
                    "follow over its words. Writes one JSON line per position change: "
                    '{"emitted": s, "segment": i, "line": j, "word": k, "confidence", "mode", "jump", '
                    '"on_air", "proposed"}; '
                    "segment/line index the show's segments and their lines (cues included), word the "
                    "line's words. Voice follow never switches the segment on air (on_air stays where "
                    "the reading starts, as no host accepts anything here); 'proposed' is the later "
                    "segment it would offer the host.")
    p.add_argument("show", type=Path, help="the show (.show.md) or a script (.txt, .md, .docx, .csv)")
    p.add_argument("audio", type=Path, help="the reading: any audio or video file")
    p.add_argument("--jsonl", type=Path, required=True, help="where to write the positions ('-' for stdout)")
    p.add_argument("--realtime", action="store_true",
                   help="pace the file like a microphone, so 'emitted' includes the recognizer's real latency")
    p.add_argument("--model", default="base", help="Whisper model: tiny, tiny.en, base, small... or a folder "
                                                   "(default base)")
    p.add_argument("--language", help="the spoken language (default: the show's 'language')")
    p.add_argument("--fallback-after", type=float, default=14.0, metavar="S",
                   help="seconds of speech with nothing recognized before timed scrolling takes over (default 14)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.captions.asr import CaptionModelError
    from studio.capture.base import SourceError
    from studio.cli.main import UserError
    from studio.prompter.controller import PrompterOptions
    from studio.prompter.follow_file import FollowFileOptions, follow_audio_file
    from studio.cli.check_cmd import load_show_or_script

    show = load_show_or_script(str(args.show))     # a .show.md, or any script the importers read
    if not any(seg.spoken_lines for seg in show.segments):
        raise UserError(f"{args.show} has no spoken lines to follow")
    options = FollowFileOptions(model=args.model, language=args.language, realtime=args.realtime,
                                prompter=PrompterOptions(countdown_s=0.0,
                                                         voice_fallback_after_s=args.fallback_after))
    out = sys.stdout if str(args.jsonl) == "-" else None
    count = jumps = 0
    proposed: list[int] = []
    try:
        handle = out or args.jsonl.open("w", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {args.jsonl}: {exc.strerror or exc}") from None
    try:
        for event in follow_audio_file(show, args.audio, options,
                                       on_status=lambda m: print(f"studio follow: {m.text}", file=sys.stderr)):
            handle.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
            handle.flush()   # a producer can tail the file during a realtime run
            count += 1
            jumps += event.jumped
            if event.proposed is not None and event.proposed not in proposed:
                proposed.append(event.proposed)
    except SourceError as exc:
        raise UserError(str(exc)) from None
    except CaptionModelError as exc:
        raise UserError(f"{exc}; install it with `studio models download whisper-{args.model}`") from None
    finally:
        if out is None:
            handle.close()
    # Indices as in the JSON lines; proposals only: nothing is switched without a host.
    proposals = ", ".join(map(str, proposed)) or "none"
    print(f"studio follow: {count} positions ({jumps} jumps; proposed segments: {proposals}) written to "
          f"{args.jsonl}", file=sys.stderr)
    return 0
