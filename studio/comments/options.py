"""What a session's comments feed is made of (LiveOptions.comments; `studio run --comments-*`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.comments.events import SourceKind
from studio.comments.signals import SignalOptions
from studio.comments.settings import DEFAULT_RELAY_PORT


@dataclass(frozen=True)
class CommentsOptions:
    """source: which feed. path: the recording (replay) or the pasted text's file (paste).
    unique_id: the TikTok @name. port/open_lan: the relay (token from the settings file unless
    given). db_path: None = comments.sqlite beside the sales database; store=False keeps nothing.
    keep_names: store viewer names (off: minimal personal data). signals: the viewer-drop alert's
    rule (studio.comments.signals). host_language: what comments are translated into; the window gives its UI
    language (a Chinese host hosting in English still reads comments in Chinese)."""

    source: SourceKind
    path: str | None = None
    realtime: bool = True             # replay at the recording's pace (False: as fast as possible)
    unique_id: str | None = None
    port: int = DEFAULT_RELAY_PORT
    open_lan: bool = False
    token: str | None = None
    store: bool = True
    db_path: str | None = None
    keep_names: bool = False
    signals: SignalOptions = field(default_factory=SignalOptions)
    host_language: str | None = None  # the language the host reads comments in (None: the show's language)
