"""Assembles a session's features for a show: the one place the window and the CLI share.

Camera filters: AR try-on. Canvas overlays, bottom to top: price card, caption bar,
disclosure ticker. Threads beside the pipeline: captions (with the live compliance check
on its finals). Outputs: RTMP push. Each feature that cannot start (a missing model, an
unknown market) is left out with a clear message; the session goes on without it.

The handles land in `session.features` ("tryon", "captions", "caption_bar", "ticker",
"compliance", "rtmp:<where>") so panels can reach them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from studio.core.events import CaptionEvent, Severity, StatusMessage
from studio.live.session import Session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeatureOptions:
    price_card: bool = True
    tryon: bool = True               # only where the show's products name looks (or a look is pinned)
    tryon_look: str | None = None    # pin one look regardless of the segment
    captions: object | None = None   # a studio.captions.options.CaptionOptions, or None for no captions
    caption_bar: bool = True         # draw captions on the video when captions run
    disclosure: bool = True          # the #ad ticker for the show's markets
    compliance: bool = True          # check final captions against the show's markets
    rtmp_urls: tuple[str, ...] = ()
    rtmp_key_name: str | None = None  # a stream key saved in the OS keychain (`studio stream-key set`)
    allow_multiple_destinations: bool = False
    offline: bool = False            # a file render: every frame tracked, nothing degraded


@dataclass
class Features:
    names: list[str] = field(default_factory=list)
    captions_thread: object | None = None
    problems: list[str] = field(default_factory=list)   # asked for and cannot run (a command exits 1)
    warnings: list[str] = field(default_factory=list)   # runs, with something the host should know


def _wants_tryon(session: Session, options: FeatureOptions) -> bool:
    if not options.tryon:
        return False
    if options.tryon_look:
        return True
    show = session.show
    return bool(show and any(p.look for p in show.products))


def install_features(session: Session, options: FeatureOptions | None = None) -> Features:
    """Add the features this show wants to a session that has not started yet."""
    options = options or FeatureOptions()
    features = Features()

    def problem(text: str) -> None:
        features.problems.append(text)
        session.events.publish(StatusMessage(Severity.WARNING, text, "studio"))

    if _wants_tryon(session, options):
        try:
            from studio.models import require_model
            from studio.overlays.tryon import TryOnFilter, TryOnOptions

            require_model("face_landmarker")
            tryon_options = TryOnOptions()
            if options.offline:
                from studio.ar.budget import CostLevel

                tryon_options = TryOnOptions(fixed_level=CostLevel.FULL)
            tryon = TryOnFilter(tryon_options)
            if options.tryon_look:
                tryon.set_manual_look(options.tryon_look)
            session.add_camera_filter(tryon)
            session.features["tryon"] = tryon
            features.names.append(tryon.name)
        except Exception as exc:  # ModelMissingError, an unknown look...: say it, go on
            problem(f"Try-on is off: {exc}")

    if options.price_card:
        from studio.overlays.price_card import PriceCardOverlay

        card = PriceCardOverlay()
        session.add_overlay(card)
        features.names.append(card.name)

    if options.captions is not None:
        from studio.models.readiness import check_captions

        # Asked for but impossible (no Whisper model, no model for a translation pair): a problem,
        # never a feature that looks as if it ran.
        readiness = check_captions(options.captions, session.show)
        for text in readiness.problems:
            problem(text)
        if readiness.can_caption:
            features.captions_thread = install_captions(session, options.captions, options.caption_bar,
                                                        options.compliance, problem)
            features.names += [n for n in ("captions", "caption_bar", "compliance") if n in session.features]
            features.names += [f"translation:{lang}" for lang in readiness.translations]

    if options.disclosure and session.show and session.show.markets:
        try:
            from studio.overlays.disclosure_ticker import DisclosureTicker

            # Reminders go on the bus: the teleprompter shows them to the host.
            ticker = DisclosureTicker(on_reminder=session.events.publish)
            session.add_overlay(ticker)
            session.features["ticker"] = ticker
            features.names.append(ticker.name)
        except Exception as exc:
            problem(f"The disclosure ticker is off: {exc}")

    def warning(text: str) -> None:
        features.warnings.append(text)
        session.events.publish(StatusMessage(Severity.WARNING, text, "studio"))

    for url in _checked_destinations(options, problem, warning):
        try:
            from studio.outputs.rtmp import RtmpOptions, RtmpOutput

            output = RtmpOutput(RtmpOptions(url=url, key_name=options.rtmp_key_name), events=session.events)
            session.add_output(output)
            session.features[f"rtmp:{output.where}"] = output
            features.names.append(output.name)
        except Exception as exc:  # StreamKeyError, DestinationError: a sentence for the host
            from studio.outputs.stream_keys import redact_url

            problem(f"Streaming to {redact_url(url)} is off: {exc}")
    return features


def _checked_destinations(options: FeatureOptions, problem, warning) -> list[str]:
    if not options.rtmp_urls:
        return []
    from studio.outputs.rtmp import DestinationError, check_destinations

    try:
        warnings = check_destinations(list(options.rtmp_urls), options.allow_multiple_destinations)
    except DestinationError as exc:
        problem(str(exc))
        return []
    for text in warnings:
        warning(text)
    return list(options.rtmp_urls)


def install_captions(session: Session, caption_options, caption_bar: bool = True, compliance: bool = True,
                     problem=None):
    """Captions for a session that has not started: the captions thread fed by the session's
    audio, the caption bar on the video, and the live compliance check of final captions.
    Returns the CaptionsThread (also at session.features["captions"])."""
    from studio.captions.engine import StreamingCaptioner
    from studio.captions.thread import CaptionsThread

    def report(text: str) -> None:
        if problem:
            problem(text)
        else:
            session.events.publish(StatusMessage(Severity.WARNING, text, "studio"))

    captioner = StreamingCaptioner(caption_options, show=session.show, clock=session.clock,
                                   on_status=session.events.publish)
    thread = CaptionsThread(captioner, session.events)
    session.add_audio_consumer(thread.feed)
    session.add_worker(thread)
    session.features["captions"] = thread
    if caption_bar:
        from studio.overlays.caption_bar import CaptionBarOverlay

        bar = CaptionBarOverlay()
        session.events.subscribe(CaptionEvent, bar.update)
        session.add_overlay(bar)
        session.features["caption_bar"] = bar
    if compliance and session.show and session.show.markets:
        try:
            from studio.compliance.checker import Checker
            from studio.compliance.live import LiveComplianceChecker

            live = LiveComplianceChecker(session.events, Checker(session.show.markets)).start()
            session.features["compliance"] = live
            session.on_stop(live.close)
        except Exception as exc:
            report(f"Live compliance checks are off: {exc}")
    return thread


def write_subtitles(features: Features, recording: Path, origin_ns: int | None,
                    spoken_lang: str | None) -> list[Path]:
    """SRT and WebVTT per language beside the recording, on the recording's timeline."""
    if features.captions_thread is None or origin_ns is None:
        return []
    from studio.captions.subtitles import SubtitleRecorder

    subs = SubtitleRecorder(offset_s=origin_ns / 1e9)
    for event in features.captions_thread.finals:
        subs.add(event)
    return subs.write(recording.with_suffix(""), spoken_lang)
