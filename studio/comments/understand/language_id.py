"""Which language a buyer's comment is in.

Scripts decide first (Thai, Arabic, Hangul, kana, Han, Vietnamese's own letters): exact and
free. Latin-script text goes to py3langid (BSD, the langid.py model, 4.6 MB wheel, offline,
~0.05 ms a comment) restricted to the Latin-script languages of the live-commerce markets, and
live-room slang the model never saw ("kak", "po", "nhé", "sis") tips it. A comment with no
language in it ("+1", "CF 2", "F1", emoji) is "und" unless the caller gives a hint (the
buyer's previous comments, the platform's locale).
"""

from __future__ import annotations

import re

UNDETERMINED = "und"
LATIN_LANGS = ["en", "es", "pt", "id", "ms", "tl", "vi", "fr", "de", "it"]
MIN_CONFIDENCE = 0.5        # below it a hint wins; without one the model's guess stands

_THAI = re.compile(r"[\u0e00-\u0e7f]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# letters only Vietnamese uses among the Latin-script market languages
_VIET = re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)  # not â ê ô: Portuguese has them
_SCRIPTS = ((_THAI, "th"), (_ARABIC, "ar"), (_HANGUL, "ko"), (_KANA, "ja"), (_HAN, "zh"), (_VIET, "vi"))

# Live-room words the n-gram model does not know; each one is a strong vote.
SLANG = {
    "id": "kak kakak kakaknya ka gan dong deh yg brp gak ga nggak udah sdh mau ongkir bisa nya wkwk wkwkwk "
          "bang min minus kacamata ready stok banget bgt aja gimana nyimak",
    "ms": "nak tak boleh betul ke lah pos sabah sarawak subang ni kat je saiz sis bila dah terbaik asyik",
    "tl": "po opo ate kuya magkano pabili yung ba pwede sana salamat ang ng",
    "vi": "shop ạ nhé nha ơi chốt",
    "pt": "frete kkk kkkk kkkkk vcs vc pix tá pra né você vocês não muito obrigada obrigado oi quero meu minha "
          "cadê também tênis amei voltei",
    "es": "jaja jajaja porfa xfa hola saludos gracias quiero mí está muy qué cuánto envío",
    "en": "gimme pls plz omg lol brb ur yesss queen",
}
_SLANG = {w: lang for lang, words in SLANG.items() for w in words.split()}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


class LanguageIdentifier:
    """Thread-safe after construction (py3langid's classify reads its tables only)."""

    def __init__(self, latin_langs: list[str] | None = None):
        from py3langid.langid import MODEL_FILE
        from py3langid.langid import LanguageIdentifier as Model

        self._model = Model.from_model_file(MODEL_FILE, norm_probs=True)
        self._model.set_languages(latin_langs or LATIN_LANGS)     # once, here: classify only reads

    def identify(self, text: str, hint: str | None = None) -> str:
        hint = hint.split("-")[0].lower() if hint else None
        script = script_language(text)
        if script:
            return script
        if not _LETTER.search(text):
            return hint or UNDETERMINED
        tokens = [t.lower() for t in _TOKEN.findall(text)]
        slang = [_SLANG[t] for t in tokens if t in _SLANG]
        if slang:
            # the most frequent slang language, ties broken by the model
            best = max(set(slang), key=slang.count)
            if slang.count(best) > len(slang) / 2:
                return best
        lang, confidence = self._model.classify(text)
        if confidence < MIN_CONFIDENCE and hint:
            return hint
        if confidence < MIN_CONFIDENCE and len(tokens) <= 2 and all(len(t) <= 4 for t in tokens):
            return hint or UNDETERMINED     # "CF", "keep", "mine": a code, not a language
        return lang


def script_language(text: str) -> str | None:
    """The language a script alone gives away, checked in this order (kana before Han: Japanese)."""
    for pattern, lang in _SCRIPTS:
        if pattern.search(text):
            return lang
    return None
