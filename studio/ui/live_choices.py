"""The window's LiveOptions, from what the host picked: sources and canvas (the pickers), the
captions dock's choices and the sales dock's log file (their panel settings). Read on the GUI
thread each time the session is (re)built; the docks then only send the session commands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from studio.ui.panels import PanelSettings

CAPTION_DEFAULTS = {"enabled": False, "language": "auto", "caption1": "", "caption2": "", "model": "base",
                    "device": "auto"}


def caption_choices(settings: PanelSettings, show: Any = None):
    """(captions on, CaptionOptions) from the captions dock's settings; the glossary is the show's
    catalog. The dock writes every pick to its settings as it is made."""
    from studio.captions.glossary import Glossary
    from studio.captions.options import CaptionOptions

    def value(key: str):
        return settings.value(key, CAPTION_DEFAULTS[key], type(CAPTION_DEFAULTS[key]))

    targets = [c for c in (value("caption1"), value("caption2")) if c]
    options = CaptionOptions(language=value("language"), model=value("model"), device=value("device"),
                             translate_to=list(dict.fromkeys(targets)),
                             glossary=Glossary.from_show(show) if show is not None else Glossary())
    return bool(value("enabled")), options


def window_options(config: Any, qsettings: QSettings | None = None, show: Any = None):
    """The window's LiveOptions: try-on always there for its dock, the prompter waiting for the
    host's Start, captions set up from the captions dock (running when the host has them on), the
    sales log of the sales dock. Outputs are switched by the Go live dock on the session."""
    from studio.live.options import LiveOptions, PrompterMode, SalesOptions, TryOnMode

    if qsettings is None:
        return LiveOptions(session=config, tryon=TryOnMode.ALWAYS, prompter=PrompterMode.STANDBY)
    captions_on, captions = caption_choices(PanelSettings(qsettings, "captions"), show)
    sales_db = PanelSettings(qsettings, "sales").value("db_path", "", str) or None
    from studio.ui.panels.inbox_sources import comments_options

    # the inbox panel's feed, when the host connected one (the inbox needs a show to understand it)
    comments = comments_options(PanelSettings(qsettings, "inbox")) if show is not None else None
    return LiveOptions(session=config, tryon=TryOnMode.ALWAYS, prompter=PrompterMode.STANDBY,
                       captions=captions, captions_on=captions_on, sales=SalesOptions(sales_db, origin="app"),
                       comments=comments)
