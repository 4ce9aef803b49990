"""Assembles a whole session once, from one LiveOptions record: the window and `studio run` share it.

Camera filters: AR try-on. Canvas overlays, bottom to top: price card, caption bar, disclosure
ticker. Threads beside the pipeline: captions (with the live compliance check on their finals),
the prompter's follower and the sales log's worker. Outputs: the MP4 recorder, RTMP pushes, the
virtual camera and the caption feed. Each part that cannot start (a missing model, an unknown
market, a taken port) is left out with a clear message; the session goes on without it.

The parts land on typed attributes of the session (`session.tryon`, `session.captions`,
`session.prompter`, `session.sales`, `session.outputs` ...), where the window's docks find them
and send them commands.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from studio.core.events import Severity, StatusMessage
from studio.live.captions import LiveCaptions
from studio.live.options import LiveOptions, PrompterMode, TryOnMode
from studio.live.session import Session

log = logging.getLogger(__name__)


@dataclass
class Assembly:
    """What the assembly put in (session.assembly), and what it could not."""

    names: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)   # asked for and cannot run (a command exits 1)
    warnings: list[str] = field(default_factory=list)   # runs, with something the host should know


def build_session(options: LiveOptions, show=None, carry_from: Session | None = None) -> Session:
    """A new, not yet started session with every part the options ask for. carry_from: the session
    this one replaces (the host switched sources): the prompter keeps the host's place."""
    session = Session(options.session, show=show)
    assemble(session, options, carry_from)
    return session


def assemble(session: Session, options: LiveOptions, carry_from: Session | None = None) -> Assembly:
    """Add the parts the options ask for to a session that has not started yet."""
    assembly = Assembly()
    session.assembly = assembly

    def problem(text: str) -> None:
        assembly.problems.append(text)
        session.events.publish(StatusMessage(Severity.WARNING, text, "studio"))

    def warning(text: str) -> None:
        assembly.warnings.append(text)
        session.events.publish(StatusMessage(Severity.WARNING, text, "studio"))

    _add_tryon(session, options, assembly, problem)
    if options.price_card:
        from studio.overlays.price_card import PriceCardOverlay

        session.price_card = PriceCardOverlay()
        session.add_overlay(session.price_card)
        assembly.names.append(session.price_card.name)
    if options.captions is not None:
        _add_captions(session, options, assembly, problem)
    markets = options.markets if options.markets is not None else (session.show.markets if session.show else ())
    if options.disclosure and markets:
        try:
            from studio.compliance.disclosure import plan_for
            from studio.overlays.disclosure_ticker import DisclosureTicker

            # Reminders go on the bus: the teleprompter shows them to the host.
            plan = None if options.markets is None else plan_for(
                markets, session.show.caption_languages if session.show else ())
            session.ticker = DisclosureTicker(plan, on_reminder=session.events.publish)
            session.add_overlay(session.ticker)
            assembly.names.append(session.ticker.name)
        except Exception as exc:
            problem(f"The disclosure ticker is off: {exc}")
    if options.prompter is not PrompterMode.OFF and session.show is not None and session.show.segments:
        _add_prompter(session, options, carry_from)
        assembly.names.append("prompter")
    if options.sales is not None:
        _add_sales(session, options, assembly)
    if options.comments is not None:
        from studio.live.comments import start_comments, start_inbox

        if start_comments(session, options.comments, problem) is not None:
            assembly.names.append("comments")
            if options.comments_inbox and start_inbox(session, options.comments.host_language) is not None:
                assembly.names.append("inbox")
    _add_outputs(session, options, assembly, problem, warning)
    if session.show is not None and session.show.segments:
        _add_console(session, options, assembly, problem, carry_from)
    return assembly


def _add_console(session: Session, options: LiveOptions, assembly: Assembly, problem, carry_from) -> None:
    # Always there, off unless asked for: the window's dialog starts it on the host's word. A
    # session rebuilt for a source switch keeps a running console running, with its flags.
    from studio.console.service import LiveConsole
    from studio.localnet.server import LocalServerError

    session.console = LiveConsole(session, options.console)
    session.on_stop(session.console.close)
    previous = getattr(carry_from, "console", None)
    carried = previous is not None and previous.wanted
    if carried:
        session.console.carry_flags(previous)
        previous.close()         # frees the port for the new one (stopping its session closed it already)
    if options.console.on or carried:
        try:
            session.console.start(previous.open_lan if carried else None)
            assembly.names.append("console")
        except LocalServerError as exc:
            problem(f"The producer console is off: {exc}")


def _add_tryon(session: Session, options: LiveOptions, assembly: Assembly, problem) -> None:
    show = session.show
    wanted = (options.tryon is TryOnMode.ALWAYS or options.tryon_look is not None
              or bool(show and any(p.look for p in show.products)))
    if options.tryon is TryOnMode.OFF or not wanted:
        return
    try:
        from studio.models import require_model
        from studio.overlays.tryon import TryOnFilter, TryOnOptions

        if options.tryon is not TryOnMode.ALWAYS:
            require_model("face_landmarker")   # the window's dock says how to import it instead
        # live: the model loads and tracks on its own thread over the newest frame; frames flow meanwhile
        tryon_options = TryOnOptions(track_in_background=True)
        if options.offline:
            from studio.ar.budget import CostLevel

            tryon_options = TryOnOptions(fixed_level=CostLevel.FULL)
        tryon = TryOnFilter(tryon_options)
        from studio.core.compositor import crop_rect

        # the fallback card sits in the part of the camera picture the canvas shows, whatever the shape and framing
        tryon.visible_area = lambda w, h: crop_rect(w, h, session.compositor.canvas)
        tryon.on_status = session.events.publish
        if options.tryon_look:
            tryon.set_manual_look(options.tryon_look)
        session.add_camera_filter(tryon)
        session.tryon = tryon
        assembly.names.append(tryon.name)
    except Exception as exc:  # ModelMissingError, an unknown look...: say it, go on
        problem(f"Try-on is off: {exc}")


def _add_captions(session: Session, options: LiveOptions, assembly: Assembly, problem) -> None:
    session.captions = LiveCaptions(session, options.captions, options.caption_bar, options.compliance,
                                    options.markets, problem)
    # Asked for but impossible (no Whisper model, no model for a translation pair): a problem,
    # never a feature that looks as if it ran. Set up stopped: the host's Start says them then.
    if options.captions_on and not session.captions.start():
        assembly.names += session.captions.names()
        assembly.names += [f"translation:{lang}" for lang in session.captions.translations]


def _add_sales(session: Session, options: LiveOptions, assembly: Assembly) -> None:
    from studio.sales.worker import SalesWorker

    sales = options.sales
    session.sales = SalesWorker(sales.db_path, origin=sales.origin, events=session.events,
                                show_provider=lambda: session.show,
                                segment_provider=lambda: session.segment_index)
    session.add_worker(session.sales)
    assembly.names.append("sales")


def _add_prompter(session: Session, options: LiveOptions, carry_from: Session | None) -> None:
    from studio.live.prompter import LivePrompter
    from studio.prompter.controller import PrompterOptions

    previous = getattr(carry_from, "prompter", None)
    controller = None
    if previous is not None and carry_from.show is session.show:
        controller = previous.controller      # stopped with its session: safe to hand over
    follow = options.prompter is PrompterMode.FOLLOW
    # Following from the first frame: no host to count down for.
    prompter_options = PrompterOptions(countdown_s=0.0) if follow else PrompterOptions()
    session.prompter = LivePrompter(session, prompter_options, controller, prompting=follow)
    session.add_worker(session.prompter)
    if session.captions is not None and options.prompter_early is not None:
        session.prompter.hear_early_signal(session.captions, options.prompter_early)


def _add_outputs(session: Session, options: LiveOptions, assembly: Assembly, problem, warning) -> None:
    outputs = options.outputs
    if outputs.record_path:
        session.start_recording(outputs.record_path)
    for url in _checked_destinations(outputs, problem, warning):
        try:
            output = session.outputs.start_rtmp(url, key_name=outputs.rtmp_key_name)
            assembly.names.append(output.name)
        except Exception as exc:  # StreamKeyError, DestinationError: a sentence for the host
            from studio.outputs.stream_keys import redact_url

            problem(f"Streaming to {redact_url(url)} is off: {exc}")
    if outputs.virtual_camera:
        camera = session.outputs.start_virtual_camera()
        assembly.names.append(camera.name)
    if outputs.caption_feed_port is not None:
        from studio.outputs.caption_feed import CaptionFeedError

        try:
            url = session.outputs.start_caption_feed(outputs.caption_feed_port)
            assembly.names.append("caption_feed")
            log.info("caption feed: %s", url)
        except CaptionFeedError as exc:
            problem(f"The caption feed is off: {exc}")


def _checked_destinations(outputs, problem, warning) -> list[str]:
    if not outputs.rtmp_urls:
        return []
    from studio.outputs.rtmp_messages import DestinationError, check_destinations

    try:
        warnings = check_destinations(list(outputs.rtmp_urls), outputs.allow_multiple_destinations)
    except DestinationError as exc:
        problem(str(exc))
        return []
    for text in warnings:
        warning(text)
    return list(outputs.rtmp_urls)


def write_subtitles(session: Session, recording: Path, origin_ns: int | None,
                    spoken_lang: str | None) -> list[Path]:
    """SRT and WebVTT per language beside the recording, on the recording's timeline."""
    if session.captions is None or session.captions.thread is None or origin_ns is None:
        return []
    from studio.captions.subtitles import SubtitleRecorder

    subs = SubtitleRecorder(offset_s=origin_ns / 1e9)
    for event in session.captions.finals:
        subs.add(event)
    return subs.write(recording.with_suffix(""), spoken_lang)
