"""A try-on look as a host reads it ('Lipstick: Ruby', '口红：Ruby'), not its id ('lipstick:ruby-matte'):
the try-on dock's picker and the sales catalog's look column say the same."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND_NAMES = {"lipstick": QT_TRANSLATE_NOOP("LookNames", "Lipstick"), "blush": QT_TRANSLATE_NOOP("LookNames", "Blush"),
              "eyeshadow": QT_TRANSLATE_NOOP("LookNames", "Eyeshadow"),
              "eyeliner": QT_TRANSLATE_NOOP("LookNames", "Eyeliner"),
              "brow": QT_TRANSLATE_NOOP("LookNames", "Brow tint"), "glasses": QT_TRANSLATE_NOOP("LookNames", "Glasses"),
              "sunglasses": QT_TRANSLATE_NOOP("LookNames", "Sunglasses"),
              "earrings": QT_TRANSLATE_NOOP("LookNames", "Earrings"), "hat": QT_TRANSLATE_NOOP("LookNames", "Hat"),
              "headband": QT_TRANSLATE_NOOP("LookNames", "Headband")}


def look_label(look) -> str:
    """'Lipstick: Ruby' in the window's language (the kind translated, the look's own name as written)."""
    kind = look.kind.value
    name = QCoreApplication.translate("LookNames", KIND_NAMES[kind]) if kind in KIND_NAMES else kind
    return QCoreApplication.translate("LookNames", "%1: %2").replace("%1", name).replace("%2", look.name)
