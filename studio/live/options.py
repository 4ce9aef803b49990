"""The one options record a live session is assembled from, for the window and `studio run` alike.

Each front end fills a LiveOptions (the window from the host's choices and panel settings, the
CLI from its flags) and hands it to studio.live.assembly.build_session; nothing else adds parts
to a session behind its back.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from studio.console.options import ConsoleOptions
from studio.live.session import SessionConfig
from studio.prompter.early_signal import EarlySignalOptions


class TryOnMode(enum.Enum):
    OFF = "off"
    SHOW_LOOKS = "show_looks"    # only where the show's products name looks (or a look is pinned)
    ALWAYS = "always"            # the window: the filter is there for the try-on dock to drive


class PrompterMode(enum.Enum):
    OFF = "off"                  # no prompter thread (no show, or not asked for)
    STANDBY = "standby"          # the window: the prompter waits for the host's Start
    FOLLOW = "follow"            # `studio run --follow`: prompting from the first frame, following the voice


@dataclass(frozen=True)
class OutputOptions:
    """Where the program goes besides the preview."""

    record_path: str | None = None            # MP4 (H.264 + AAC); subtitles are written beside it
    rtmp_urls: tuple[str, ...] = ()
    rtmp_key_name: str | None = None          # a stream key saved in the OS keychain (`studio stream-key set`)
    allow_multiple_destinations: bool = False
    virtual_camera: bool = False              # the program as a camera for LIVE Studio, Zoom, a browser
    caption_feed_port: int | None = None      # serve captions to OBS as a browser source on this port


@dataclass(frozen=True)
class SalesOptions:
    """The sales log a session writes to (studio.sales.worker.SalesWorker, on its own thread)."""

    db_path: str | None = None                # None: $STUDIO_SALES_DB or the data folder
    origin: str = "app"                       # who logged a sale ("app", "cli"), kept with each sale


@dataclass(frozen=True)
class LiveOptions:
    """Everything a session is made of. The run of show is passed beside it (it is data, not a choice).

    captions: a studio.captions.options.CaptionOptions (spoken language, model, translate_to,
        glossary), or None for no captions; captions_on=False sets them up stopped, for the host's
        Start (the window's captions dock). markets: the compliance markets for live checks and the #ad ticker;
        None means the show's own markets.
    """

    session: SessionConfig = field(default_factory=SessionConfig)   # sources, canvas, pacing
    tryon: TryOnMode = TryOnMode.SHOW_LOOKS
    tryon_look: str | None = None             # pin one look regardless of the segment
    price_card: bool = True
    captions: object | None = None
    captions_on: bool = True
    caption_bar: bool = True                  # draw captions on the video when captions run
    disclosure: bool = True                   # the #ad ticker for the markets
    compliance: bool = True                   # check final captions against the markets
    markets: tuple[str, ...] | None = None
    prompter: PrompterMode = PrompterMode.OFF
    # Voice follow's early signal on the captions thread with the captions' model (None: captions only).
    prompter_early: EarlySignalOptions | None = field(default_factory=EarlySignalOptions)
    outputs: OutputOptions = field(default_factory=OutputOptions)
    comments: object | None = None            # studio.comments.options.CommentsOptions: the live room's feed
    comments_inbox: bool = True               # understand the feed's comments (needs a show): session.inbox
    sales: SalesOptions | None = None         # None: no sales log in this session
    console: ConsoleOptions = field(default_factory=ConsoleOptions)   # the producer console (off unless .on)

    @property
    def offline(self) -> bool:
        """A file render: every frame tracked and captioned, nothing degraded for speed."""
        return not self.session.realtime
