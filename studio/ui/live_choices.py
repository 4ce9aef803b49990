"""The window's LiveOptions, from what the host picked: sources and canvas (the pickers), the
captions dock's choices and the sales dock's log file (their panel settings). Read on the GUI
thread each time the session is (re)built; the docks then only send the session commands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from studio.ui.panels import PanelSettings

CAPTION_DEFAULTS = {"enabled": False, "language": "auto", "caption1": "", "caption2": "", "caption_more": "",
                    "glossary": "", "model": "base", "device": "auto"}


def caption_languages(first: str, second: str, more: str) -> list[str]:
    """The dock's caption languages in order, once each: the two lists, then the typed ones ("pt, id")."""
    typed = [code.strip() for code in more.replace(";", ",").split(",")]
    return list(dict.fromkeys(code for code in (first, second, *typed) if code))


def glossary_file(path: str):
    """(Glossary, problem): the dock's glossary file; an unreadable one gives an empty glossary and
    the sentence to show (the show's names still reach the captions)."""
    from pathlib import Path

    from studio.captions.glossary import Glossary

    if not path:
        return Glossary(), None
    try:
        return Glossary.load(Path(path)), None
    except (OSError, UnicodeDecodeError) as exc:
        return Glossary(), f"Glossary file {path} cannot be read ({getattr(exc, 'strerror', None) or exc})"


def caption_choices(settings: PanelSettings, show: Any = None):
    """(captions on, CaptionOptions) from the captions dock's settings; the glossary is the dock's
    glossary file and the show's catalog. The dock writes every pick to its settings as it is made."""
    from studio.captions.glossary import Glossary
    from studio.captions.options import CaptionOptions

    def value(key: str):
        return settings.value(key, CAPTION_DEFAULTS[key], type(CAPTION_DEFAULTS[key]))

    targets = caption_languages(value("caption1"), value("caption2"), value("caption_more"))
    glossary = glossary_file(value("glossary"))[0]
    options = CaptionOptions(language=value("language"), model=value("model"), device=value("device"),
                             translate_to=targets,
                             glossary=glossary.merged(Glossary.from_show(show)) if show is not None else glossary)
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
