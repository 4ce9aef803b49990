"""Which language the window speaks, and loading its Qt translations.

English is the source language (strings in the code); Simplified Chinese comes
from assets/i18n/studio_zh_CN.qm, compiled from the .ts by scripts/i18n.py.
The choice is read once at start-up: a change in Settings applies on the next
start, which the window offers to do at once (panels need no retranslate code).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studio import paths

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "zh_CN")


def i18n_dir():
    return paths.assets_dir() / "i18n"


def resolve_language(setting: str, system_locale: QLocale | None = None) -> str:
    """'en' or 'zh_CN' from a setting ('system', 'en', 'zh_CN') and the OS locale.

    Any Chinese locale picks Simplified Chinese (the only Chinese we ship); every
    other language falls back to English.
    """
    if setting in SUPPORTED_LANGUAGES:
        return setting
    locale = system_locale or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the studio's and Qt's own (dialog buttons) translations; returns them (keep them alive)."""
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return []
    translators: list[QTranslator] = []
    studio_tr = QTranslator(app)
    qm = i18n_dir() / f"studio_{language}.qm"
    if studio_tr.load(str(qm)):
        app.installTranslator(studio_tr)
        translators.append(studio_tr)
    else:
        log.warning("no translation file %s; the window stays in English", qm)
    qt_tr = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_tr.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_tr)
        translators.append(qt_tr)
    return translators


def ui_language() -> str:
    """The window's language as a base code ('zh' for zh_CN): what the host reads."""
    code = QLocale().name().split("_")[0].lower()
    return code if code.isalpha() and len(code) in (2, 3) else "en"      # the C locale reads 'c'


def translator_for(language: str) -> QTranslator | None:
    """The studio's translations for `language`, loaded but not installed (None for English or
    when the file is missing): to say one thing in a language the window does not speak yet."""
    if language == "en":
        return None
    translator = QTranslator()
    return translator if translator.load(str(i18n_dir() / f"studio_{language}.qm")) else None


def say_in(translator: QTranslator | None, context: str, text: str) -> str:
    """`text` (an English source string of `context`) in the translator's language, English without one."""
    return (translator.translate(context, text) if translator is not None else "") or text
