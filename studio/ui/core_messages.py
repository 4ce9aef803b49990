"""The core's sentences in the host's language.

Headless code says things as studio.core.messages.HostMessage (a key and its
arguments, English in `.text`); this table holds the same English templates as
translatable strings, so scripts/i18n.py collects them for the .ts. A message
with a key missing here, or an event without a key, is shown in English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studio.core.messages import HostMessage, message_of

CONTEXT = "CoreMessages"

# Same keys and English as studio.core.messages.CATALOGUE (tests/ui/test_core_messages.py holds them equal).
TEMPLATES: dict[str, str] = {
    "source.camera_numbered": QT_TRANSLATE_NOOP("CoreMessages", "camera {index}"),
    "source.default_microphone": QT_TRANSLATE_NOOP("CoreMessages", "default microphone"),
    "source.microphone_numbered": QT_TRANSLATE_NOOP("CoreMessages", "microphone {device}"),
    "source.reconnecting": QT_TRANSLATE_NOOP("CoreMessages", "{reason} — reconnecting"),
    "source.back": QT_TRANSLATE_NOOP("CoreMessages", "{name} is back"),
    "source.ended": QT_TRANSLATE_NOOP("CoreMessages", "{name} ended"),
    "source.not_open": QT_TRANSLATE_NOOP("CoreMessages", "{name} is not open"),
    "source.unplugged": QT_TRANSLATE_NOOP("CoreMessages", "{name} is unplugged"),
    "source.no_pictures": QT_TRANSLATE_NOOP("CoreMessages", "{name} stopped sending pictures (unplugged?)"),
    "source.no_sound": QT_TRANSLATE_NOOP("CoreMessages", "{name} stopped sending sound (unplugged?)"),
    "camera.cannot_open": QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} could not be opened: it is missing, unplugged or used by another app "
                        "(close the other app, or pick another camera)"),
    "microphone.cannot_open": QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} could not be opened ({error}); check it is plugged in and that the "
                        "app may use the microphone"),
    "audio.unavailable": QT_TRANSLATE_NOOP("CoreMessages", "audio input is unavailable on this machine ({error})"),
    "audio_file.missing": QT_TRANSLATE_NOOP("CoreMessages", "audio file not found: {path}"),
    "audio_file.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a readable audio file ({error})"),
    "audio_file.no_track": QT_TRANSLATE_NOOP("CoreMessages", "{name} has no audio track"),
    "audio_file.no_samples": QT_TRANSLATE_NOOP("CoreMessages", "{name} has no audio samples"),
    "video_file.missing": QT_TRANSLATE_NOOP("CoreMessages", "video file not found: {path}"),
    "video_file.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a readable video ({error})"),
    "image_file.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a readable image"),
    "filter.stopped": QT_TRANSLATE_NOOP("CoreMessages", "{name} stopped after an error: {error}"),
    "captions.paused": QT_TRANSLATE_NOOP("CoreMessages", "Captions paused after an error: {error}"),
    "inbox.loading": QT_TRANSLATE_NOOP("CoreMessages", "loading comment understanding…"),
    "inbox.off": QT_TRANSLATE_NOOP("CoreMessages", "comment understanding is off: {error}"),
    "feed.replaying": QT_TRANSLATE_NOOP("CoreMessages", "replaying {name}"),
    "feed.replay_failed": QT_TRANSLATE_NOOP("CoreMessages", "cannot replay {name}: {error}"),
    "feed.replay_finished": QT_TRANSLATE_NOOP("CoreMessages", "replay of {name} finished: {count} events"),
    "feed.replay_finished_skipped": QT_TRANSLATE_NOOP(
        "CoreMessages", "replay of {name} finished: {count} events; {bad} bad line(s) skipped"),
    "feed.pasted": QT_TRANSLATE_NOOP("CoreMessages", "pasted comments"),
    "feed.pasted_done": QT_TRANSLATE_NOOP("CoreMessages", "{count} pasted comment(s)"),
    "feed.relay_listening": QT_TRANSLATE_NOOP("CoreMessages", "relay listening on {address}"),
    "feed.relay_stopped": QT_TRANSLATE_NOOP("CoreMessages", "relay stopped"),
    "feed.stopped": QT_TRANSLATE_NOOP("CoreMessages", "{name} stopped"),
    "feed.stopped_error": QT_TRANSLATE_NOOP("CoreMessages", "{name} stopped: {error}"),
    "feed.tiktok_connecting": QT_TRANSLATE_NOOP("CoreMessages", "connecting to TikTok LIVE @{user}"),
    "feed.tiktok_connected": QT_TRANSLATE_NOOP("CoreMessages", "connected to TikTok LIVE @{user}"),
    "feed.tiktok_ended": QT_TRANSLATE_NOOP("CoreMessages", "the live of @{user} ended"),
    "feed.tiktok_gave_up": QT_TRANSLATE_NOOP(
        "CoreMessages", "TikTok LIVE @{user}: {reason}; gave up after {attempts} attempt(s)"),
    "feed.tiktok_reconnecting": QT_TRANSLATE_NOOP(
        "CoreMessages", "TikTok LIVE @{user}: {reason} — reconnecting in {seconds} s"),
    "feed.tiktok_stopped": QT_TRANSLATE_NOOP("CoreMessages", "TikTok LIVE stopped"),
    "localize.no_model": QT_TRANSLATE_NOOP(
        "CoreMessages", "no translation model for {pair}: install a multilingual model "
                        "(`studio models download m2m100-418m`) or a pair model (docs/localisation.md)"),
    "captions.busy": QT_TRANSLATE_NOOP(
        "CoreMessages", "Captions: the computer is busy (real-time factor {rtf}); now {level}."),
    "captions.keeping_up": QT_TRANSLATE_NOOP(
        "CoreMessages", "Captions: the computer is keeping up again (real-time factor {rtf}); now {level}."),
    "captions.level.full": QT_TRANSLATE_NOOP("CoreMessages", "full quality"),
    "captions.level.fewer_partials": QT_TRANSLATE_NOOP("CoreMessages", "fewer live updates"),
    "captions.level.finals_only": QT_TRANSLATE_NOOP("CoreMessages", "captions at each pause only"),
    "captions.level.short_window": QT_TRANSLATE_NOOP(
        "CoreMessages", "captions at each pause, faster and a little less accurate"),
    "captions.level.smaller_model": QT_TRANSLATE_NOOP("CoreMessages", "a smaller model"),
    "tryon.busy": QT_TRANSLATE_NOOP(
        "CoreMessages", "Try-on: the computer is too busy to follow the face; showing the product card instead."),
    "tryon.back": QT_TRANSLATE_NOOP("CoreMessages", "Try-on: the look is back on the face."),
    "compliance.log_not_saved": QT_TRANSLATE_NOOP("CoreMessages", "Compliance log not saved ({error})"),
    "viewers.drop": QT_TRANSLATE_NOOP("CoreMessages", "Viewers fell {pct}% in {seconds} s ({before} → {now})"),
    "viewers.drop_offer_b": QT_TRANSLATE_NOOP(
        "CoreMessages", "Viewers fell {pct}% in {seconds} s ({before} → {now}): switch “{segment}” to its B talk-track?"),
}


def translate_message(said: HostMessage) -> str:
    """The sentence in the installed language; arguments that are messages are translated too."""
    template = TEMPLATES.get(said.key)
    if template is None:
        return said.text
    args = {name: translate_message(value) if isinstance(value, HostMessage) else str(value)
            for name, value in said.args}
    translated = QCoreApplication.translate(CONTEXT, template)
    try:
        return translated.format(**args)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or misspelt a placeholder: English is better than nothing.
        return template.format(**args)


def host_text(thing, english: str | None = None) -> str:
    """What to show for a message, an event or an exception: its HostMessage translated, else
    `english` (an event's text or detail), else str(thing)."""
    said = thing if isinstance(thing, HostMessage) else message_of(thing)
    if said is not None:
        return translate_message(said)
    return str(thing) if english is None else english
