"""Language codes, in one place: the studio's codes (ISO 639-1 with an optional script or region,
"zh-Hant", "pt-BR") and the tokens multilingual translation models expect.

- NLLB-200 uses FLORES-200 codes, language plus script: "zho_Hans", "tha_Thai", "arb_Arab".
- M2M100 uses its own tokens around ISO 639-1 codes: "__zh__", "__th__".

Direct translation between any two languages both models know: no English in between.
"""

from __future__ import annotations

# studio code -> (NLLB-200 FLORES code, M2M100 code). The seed languages first, then what buyers
# in the studio's markets also write. Chinese: the script decides (zh = Simplified).
_CODES: dict[str, tuple[str, str]] = {
    "zh": ("zho_Hans", "zh"),
    "zh-hans": ("zho_Hans", "zh"),
    "zh-hant": ("zho_Hant", "zh"),
    "en": ("eng_Latn", "en"),
    "es": ("spa_Latn", "es"),
    "pt": ("por_Latn", "pt"),
    "id": ("ind_Latn", "id"),
    "th": ("tha_Thai", "th"),
    "vi": ("vie_Latn", "vi"),
    "ar": ("arb_Arab", "ar"),
    "ms": ("zsm_Latn", "ms"),
    "ko": ("kor_Hang", "ko"),
    "ru": ("rus_Cyrl", "ru"),
    "ja": ("jpn_Jpan", "ja"),
    "de": ("deu_Latn", "de"),
    "fr": ("fra_Latn", "fr"),
    "it": ("ita_Latn", "it"),
    "tr": ("tur_Latn", "tr"),
    "hi": ("hin_Deva", "hi"),
    "tl": ("tgl_Latn", "tl"),
    "fil": ("tgl_Latn", "tl"),
    "pl": ("pol_Latn", "pl"),
    "nl": ("nld_Latn", "nl"),
}

SEED_LANGUAGES = ("zh", "en", "es", "pt", "id", "th", "vi", "ar", "ms", "ko", "ru")


class UnsupportedLanguageError(ValueError):
    """A language the multilingual model has no code for; the message lists the ones it has."""


def _key(code: str) -> str:
    code = code.replace("_", "-").lower()
    if code in _CODES:
        return code
    base = code.split("-")[0]
    if base == "zh" and code.endswith(("-tw", "-hk", "-mo")):
        return "zh-hant"
    return {"in": "id", "iw": "he", "cmn": "zh"}.get(base, base)


def supported(code: str) -> bool:
    return _key(code) in _CODES


def nllb_code(code: str) -> str:
    return _lookup(code)[0]


def m2m100_token(code: str) -> str:
    return f"__{_lookup(code)[1]}__"


def model_token(family: str, code: str) -> str:
    """The language token a multilingual model of `family` ("nllb" or "m2m100") expects."""
    return nllb_code(code) if family == "nllb" else m2m100_token(code)


def _lookup(code: str) -> tuple[str, str]:
    key = _key(code)
    if key not in _CODES:
        known = ", ".join(sorted(k for k in _CODES if "-" not in k))
        raise UnsupportedLanguageError(f"no multilingual model code for '{code}'; known: {known}")
    return _CODES[key]
