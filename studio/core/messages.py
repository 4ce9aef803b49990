"""Sentences for the host from headless code, with a stable key so the window can translate them.

The core never imports Qt, so it cannot call tr(). It says what happened as a
HostMessage: a key from CATALOGUE (e.g. "source.reconnecting") and its arguments.
`text` is the English sentence (logs, the command line, tests); the window looks
the key up in its own table of translatable strings (studio/ui/core_messages.py)
and fills in the arguments, translating those that are messages themselves.

Add a message: a key and its English template here (placeholders in braces), and
the same template in studio/ui/core_messages.py (a test keeps the two equal).
Arguments that come from outside (an OS error, a file name) stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

CATALOGUE: dict[str, str] = {
    # Capture: names of sources without a name of their own.
    "source.camera_numbered": "camera {index}",
    "source.default_microphone": "default microphone",
    "source.microphone_numbered": "microphone {device}",
    # Capture: why a source cannot run.
    "source.reconnecting": "{reason} — reconnecting",
    "source.back": "{name} is back",
    "source.ended": "{name} ended",
    "source.not_open": "{name} is not open",
    "source.unplugged": "{name} is unplugged",
    "source.no_pictures": "{name} stopped sending pictures (unplugged?)",
    "source.no_sound": "{name} stopped sending sound (unplugged?)",
    "camera.cannot_open": "{name} could not be opened: it is missing, unplugged or used by another app "
                          "(close the other app, or pick another camera)",
    "microphone.cannot_open": "{name} could not be opened ({error}); check it is plugged in and that the "
                              "app may use the microphone",
    "audio.unavailable": "audio input is unavailable on this machine ({error})",
    "audio_file.missing": "audio file not found: {path}",
    "audio_file.unreadable": "{name} is not a readable audio file ({error})",
    "audio_file.no_track": "{name} has no audio track",
    "audio_file.no_samples": "{name} has no audio samples",
    "video_file.missing": "video file not found: {path}",
    "video_file.unreadable": "{name} is not a readable video ({error})",
    "image_file.unreadable": "{path} is not a readable image",
    # The session's own work.
    "filter.stopped": "{name} stopped after an error: {error}",
    "captions.paused": "Captions paused after an error: {error}",
    # Captions shedding work when the computer is busy (studio.captions.shedding).
    "captions.busy": "Captions: the computer is busy (real-time factor {rtf}); now {level}.",
    "captions.keeping_up": "Captions: the computer is keeping up again (real-time factor {rtf}); now {level}.",
    "captions.level.full": "full quality",
    "captions.level.fewer_partials": "fewer live updates",
    "captions.level.finals_only": "captions at each pause only",
    "captions.level.short_window": "captions at each pause, faster and a little less accurate",
    "captions.level.smaller_model": "a smaller model",
    # The try-on's cost controller falling back to the flat product card (studio.overlays.tryon).
    "tryon.busy": "Try-on: the computer is too busy to follow the face; showing the product card instead.",
    "tryon.back": "Try-on: the look is back on the face.",
    "compliance.log_not_saved": "Compliance log not saved ({error})",
    # The comments inbox (studio.comments.live_inbox).
    "inbox.loading": "loading comment understanding…",
    "inbox.off": "comment understanding is off: {error}",
    # Comment feeds (studio.comments.sources): what each feed is doing, for the inbox and the status bar.
    "feed.replaying": "replaying {name}",
    "feed.replay_failed": "cannot replay {name}: {error}",
    "feed.replay_finished": "replay of {name} finished: {count} events",
    "feed.replay_finished_skipped": "replay of {name} finished: {count} events; {bad} bad line(s) skipped",
    "feed.pasted": "pasted comments",
    "feed.pasted_done": "{count} pasted comment(s)",
    "feed.relay_listening": "relay listening on {address}",
    "feed.relay_stopped": "relay stopped",
    "feed.stopped": "{name} stopped",
    "feed.stopped_error": "{name} stopped: {error}",
    "feed.tiktok_connecting": "connecting to TikTok LIVE @{user}",
    "feed.tiktok_connected": "connected to TikTok LIVE @{user}",
    "feed.tiktok_ended": "the live of @{user} ended",
    "feed.tiktok_gave_up": "TikTok LIVE @{user}: {reason}; gave up after {attempts} attempt(s)",
    "feed.tiktok_reconnecting": "TikTok LIVE @{user}: {reason} — reconnecting in {seconds} s",
    "feed.tiktok_stopped": "TikTok LIVE stopped",
    # Script localisation (studio.localize).
    "localize.no_model": "no translation model for {pair}: install a multilingual model "
                         "(`studio models download m2m100-418m`) or a pair model (docs/localisation.md)",
    # Viewer signals (studio.live.signals).
    "viewers.drop": "Viewers fell {pct}% in {seconds} s ({before} → {now})",
    "viewers.drop_offer_b": "Viewers fell {pct}% in {seconds} s ({before} → {now}): switch “{segment}” to its B talk-track?",
}

Arg = Union[str, int, float, "HostMessage"]


@dataclass(frozen=True)
class HostMessage:
    """One sentence for the host: a CATALOGUE key and its arguments (strings, numbers or messages)."""

    key: str
    args: tuple[tuple[str, Arg], ...] = ()

    def __post_init__(self) -> None:
        if self.key not in CATALOGUE:
            raise KeyError(f"no host message {self.key!r} in studio.core.messages.CATALOGUE")

    @property
    def text(self) -> str:
        """The English sentence."""
        return CATALOGUE[self.key].format(**{name: str(value) for name, value in self.args})

    def __str__(self) -> str:
        return self.text


def message(key: str, **args: Arg) -> HostMessage:
    """message("source.back", name="camera 0") -> a HostMessage whose .text is 'camera 0 is back'."""
    return HostMessage(key, tuple(args.items()))


def message_of(thing) -> HostMessage | None:
    """The HostMessage an exception or event carries (a `message` attribute), if any."""
    found = getattr(thing, "message", None)
    return found if isinstance(found, HostMessage) else None
