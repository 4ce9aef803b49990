"""Languages by name in the window's language ('Arabic', '阿拉伯语'), not as codes ('ar'): what a host reads
beside a question group. Codes with no name here read as Qt's own name for the language, else the code."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

NAMES = {
    "ar": QT_TRANSLATE_NOOP("LanguageNames", "Arabic"), "de": QT_TRANSLATE_NOOP("LanguageNames", "German"),
    "en": QT_TRANSLATE_NOOP("LanguageNames", "English"), "es": QT_TRANSLATE_NOOP("LanguageNames", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("LanguageNames", "French"), "hi": QT_TRANSLATE_NOOP("LanguageNames", "Hindi"),
    "id": QT_TRANSLATE_NOOP("LanguageNames", "Indonesian"), "it": QT_TRANSLATE_NOOP("LanguageNames", "Italian"),
    "ja": QT_TRANSLATE_NOOP("LanguageNames", "Japanese"), "ko": QT_TRANSLATE_NOOP("LanguageNames", "Korean"),
    "ms": QT_TRANSLATE_NOOP("LanguageNames", "Malay"), "nl": QT_TRANSLATE_NOOP("LanguageNames", "Dutch"),
    "pl": QT_TRANSLATE_NOOP("LanguageNames", "Polish"), "pt": QT_TRANSLATE_NOOP("LanguageNames", "Portuguese"),
    "ru": QT_TRANSLATE_NOOP("LanguageNames", "Russian"), "th": QT_TRANSLATE_NOOP("LanguageNames", "Thai"),
    "tl": QT_TRANSLATE_NOOP("LanguageNames", "Filipino"), "tr": QT_TRANSLATE_NOOP("LanguageNames", "Turkish"),
    "vi": QT_TRANSLATE_NOOP("LanguageNames", "Vietnamese"), "zh": QT_TRANSLATE_NOOP("LanguageNames", "Chinese"),
}


def language_name(code: str | None) -> str:
    """'ar' -> 'Arabic' (阿拉伯语 in a Chinese window); an unknown code stays as it is."""
    if not code or code == "und":
        return ""
    base = code.split("-")[0].split("_")[0].lower()
    if base in NAMES:
        return QCoreApplication.translate("LanguageNames", NAMES[base])
    locale = QLocale(base)
    if locale.language() not in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale.languageToString(locale.language())
    return code
