"""Chinese captions in the script the market reads (OpenCC).

Whisper writes Chinese in either script (the AISHELL clip comes out Traditional with base);
buyers in mainland China, Singapore and Malaysia read Simplified, Taiwan and Hong Kong Traditional.
"""

from __future__ import annotations

from functools import lru_cache

TRADITIONAL_MARKETS = {"TW", "HK", "MO"}
# OpenCC configurations: to Simplified, to Traditional (Taiwan standard, with phrases).
_CONFIG = {"zh-Hans": "t2s", "zh-Hant": "s2twp", "zh-TW": "s2twp", "zh-HK": "s2hk", "zh-CN": "t2s",
           "zh-SG": "t2s"}


def script_for(lang_code: str, markets: list[str] | None = None) -> str | None:
    """The Chinese variant for a caption language code: zh-Hant/zh-TW/zh-HK as asked, plain
    'zh' from the show's markets (Traditional when every Chinese-reading market is TW/HK/MO)."""
    if not lang_code.lower().startswith("zh"):
        return None
    if lang_code in _CONFIG:
        return lang_code
    codes = {m.upper() for m in markets or ()}
    if codes and codes <= TRADITIONAL_MARKETS:
        return "zh-Hant"
    return "zh-Hans"


@lru_cache(maxsize=8)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def to_script(text: str, variant: str | None) -> str:
    """text converted to variant ('zh-Hans', 'zh-Hant', 'zh-TW', 'zh-HK'); unchanged for None."""
    if not variant or not text:
        return text
    config = _CONFIG.get(variant)
    return _converter(config).convert(text) if config else text
