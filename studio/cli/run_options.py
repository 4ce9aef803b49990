"""`studio run`'s flags as the one options record the window uses too (studio.live.options)."""

from __future__ import annotations

import argparse
from pathlib import Path


def live_options(args: argparse.Namespace, show):
    """LiveOptions for these flags; raises UserError with a sentence for a flag that cannot work."""
    from studio.cli.main import UserError
    from studio.cli.run_comments import comments_options
    from studio.core.compositor import CanvasConfig
    from studio.live.options import LiveOptions, OutputOptions, PrompterMode, TryOnMode
    from studio.live.session import SessionConfig

    if args.follow and show is None:
        raise UserError("--follow needs a run of show to follow: give --show")
    if args.follow and not args.captions:
        raise UserError("--follow follows the voice through the captions: give --captions LANG")
    if args.console is not None and (show is None or not show.segments):
        raise UserError("--console drives a run of show's prompter: give --show")
    session = SessionConfig(video=_video_config(args), audio=_audio_config(args),
                            canvas=CanvasConfig(args.canvas, args.canvas_px, args.zoom), realtime=args.realtime)
    outputs = OutputOptions(record_path=args.out, rtmp_urls=tuple(args.rtmp), rtmp_key_name=args.rtmp_key,
                            allow_multiple_destinations=args.multi_destination,
                            virtual_camera=args.virtual_camera, caption_feed_port=args.caption_feed)
    return LiveOptions(session=session, tryon=TryOnMode.OFF if args.no_tryon else TryOnMode.SHOW_LOOKS,
                       tryon_look=args.look, price_card=not args.no_price_card,
                       captions=_caption_options(args, show), disclosure=not args.no_ticker,
                       markets=_markets(args), prompter=_prompter_mode(args),
                       comments=comments_options(args), outputs=outputs, sales=_sales_options(args),
                       console=_console_options(args))


def _prompter_mode(args):
    from studio.live.options import PrompterMode

    if args.follow:
        return PrompterMode.FOLLOW
    # The producer console shows the prompter's position and marks lines on it.
    return PrompterMode.STANDBY if args.console is not None else PrompterMode.OFF


def _console_options(args):
    from studio.console.options import ConsoleOptions

    if args.console is None:
        return ConsoleOptions()
    return ConsoleOptions(on=True, port=args.console, open_lan=args.console_lan)


def _sales_options(args):
    if not (args.sales_db or args.sales_keys):
        return None
    from studio.live.options import SalesOptions

    return SalesOptions(args.sales_db, origin="cli")


def _markets(args) -> tuple[str, ...] | None:
    if not args.markets:
        return None
    from studio.cli.main import UserError
    from studio.compliance.markets import InvalidMarketError, validate_markets

    try:
        markets = validate_markets(args.markets)
    except InvalidMarketError as exc:
        raise UserError(f"--markets {exc}") from None
    if not markets:
        raise UserError(f"--markets names no market: '{args.markets}'")
    return markets


def _video_config(args):
    from studio.capture.sources import VideoSourceConfig
    from studio.cli.main import UserError

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
    from studio.capture.sources import AudioSourceConfig
    from studio.cli.main import UserError

    spec = args.audio
    if spec == "silence":
        return AudioSourceConfig("silence")
    if spec.startswith("mic"):
        device = spec.split(":", 1)[1] if ":" in spec else None
        return AudioSourceConfig("microphone", device=int(device) if device and device.isdigit() else device)
    if not Path(spec).is_file():
        raise UserError(f"audio file not found: {spec}")
    return AudioSourceConfig("file", path=spec)


def caption_lang(args, show) -> str | None:
    if not args.captions:
        return None
    return show.language if (args.captions == "show" and show) else args.captions


def _caption_options(args, show):
    if not args.captions:
        return None
    from studio.captions.glossary import Glossary
    from studio.captions.options import CaptionOptions

    lang = caption_lang(args, show)
    targets = [t.strip() for t in args.translate.split(",") if t.strip()]
    # Offline the captioner may take the time it needs: shedding would make the result depend
    # on how busy the machine was. The show's product names are the glossary.
    glossary = glossary_file(getattr(args, "glossary", None))
    return CaptionOptions(language=lang or "auto", model=args.model, translate_to=targets,
                          glossary=glossary.merged(Glossary.from_show(show)) if show else glossary,
                          shed_load=args.realtime)


def glossary_file(path: Path | None):
    """The glossary file given on the command line (an empty glossary for none); UserError when it
    cannot be read."""
    from studio.captions.glossary import Glossary
    from studio.cli.main import UserError

    if path is None:
        return Glossary()
    try:
        return Glossary.load(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"--glossary {path}: cannot read it ({getattr(exc, 'strerror', None) or exc})") from None
