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
import threading
from collections import Counter, deque

from studio.comments.understand.arabizi import is_arabizi
from studio.comments.understand.vi_accents import distinctive_words

UNDETERMINED = "und"
LATIN_LANGS = ["en", "es", "pt", "id", "ms", "tl", "vi", "fr", "de", "it"]
MIN_CONFIDENCE = 0.5        # below it a hint wins; without one the model's guess stands
ROOM_WINDOW = 200           # the room's last confidently identified comments
ROOM_MIN_SHARE = 0.6        # a room language stands in for a comment with none when it is this dominant
MARKET_LEAN_MAX_TOKENS = 4  # the markets' lean is for short comments ("feliz viernes"), not sentences
SENTENCE_TOKENS = 5         # from this many words a sure model guess outweighs a lone slang word
SURE = 0.9                  # a guess this sure is a room vote, and is not reweighed by the room
# the Latin-script languages buyers of a market write (en everywhere: the lingua franca of the live room)
MARKET_LANGUAGES = {"BR": ["pt"], "PT": ["pt"], "MX": ["es"], "ES": ["es"], "CO": ["es"], "CL": ["es"],
                    "AR": ["es"], "PE": ["es"], "US": ["en", "es"], "GB": ["en"], "PH": ["tl", "en"],
                    "ID": ["id"], "MY": ["ms", "en"], "SG": ["en", "ms"], "VN": ["vi"], "FR": ["fr"],
                    "DE": ["de"], "IT": ["it"]}

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
          "bang min minus kacamata ready stok banget bgt aja gimana nyimak gacor cek kirim makasih aku kamu "
          "gue udh sih kok kayak cuma toples wajan keripik",
    "ms": "nak tak boleh betul lah awak korang kedai macam jimat cop hantar pos sabah sarawak subang ni kat je saiz bila dah terbaik asyik tu gila "
          "pengisar beg",
    "tl": "po opo ate kuya magkano pabili yung ba pwede sana salamat ang ng wala naman lang talaga mga kasi "
          "sumasagot dito taga",
    "vi": "shop ạ nhé nha ơi chốt ko k giá quá hihi ib rep đc dc ck sz",
    "pt": "frete kkk kkkk kkkkk vcs vc pix tá pra né você vocês não muito obrigada obrigado oi quero meu minha "
          "cadê também tênis amei voltei carrega funciona kkkkkk kkkkkkk",
    "es": "jaja jajaja porfa xfa hola saludos gracias quiero mí está muy qué cuánto envío envían envian "
          "feliz viernes sirve mío llega tienen hay bonita precio",
    "en": "gimme pls plz omg lol brb ur yesss queen",
}
_SLANG = {w: lang for lang, words in SLANG.items() for w in words.split()}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


class LanguageIdentifier:
    """Thread-safe (py3langid's classify reads its tables only; the room's votes hold a lock).

    markets: the show's markets; an unsure Latin-script guess leans to their languages ("feliz
    viernes" is Spanish in a Mexican room, not German). The room: each confident guess is
    a vote, and a comment with no language of its own ("❤️❤️", "CF 2") or a short unsure one
    ("envian a chile??") leans to the languages the room has been writing."""

    def __init__(self, latin_langs: list[str] | None = None, markets: list[str] | None = None):
        from py3langid.langid import MODEL_FILE
        from py3langid.langid import LanguageIdentifier as Model

        # the markets' languages lean an unsure guess, never exclude: buyers come from everywhere
        self.market_langs = {lang for m in markets or [] for lang in MARKET_LANGUAGES.get(m.upper(), [])}
        self.latin_langs = latin_langs or LATIN_LANGS
        self._model = Model.from_model_file(MODEL_FILE, norm_probs=True)
        self._model.set_languages(self.latin_langs)     # once, here: classify only reads
        self._room: deque[str] = deque(maxlen=ROOM_WINDOW)
        self._lock = threading.Lock()

    def room_language(self) -> str | None:
        """The room's dominant language, when one language has most of the recent votes."""
        with self._lock:
            votes = Counter(self._room)
        if not votes:
            return None
        lang, n = votes.most_common(1)[0]
        return lang if n >= ROOM_MIN_SHARE * sum(votes.values()) and n >= 3 else None

    def _vote(self, lang: str) -> None:
        with self._lock:
            self._room.append(lang)

    def identify(self, text: str, hint: str | None = None, room: bool = False) -> str:
        """room=True: this comment is of the live room (votes, and takes the room's lean)."""
        hint = hint.split("-")[0].lower() if hint else None
        script = script_language(text)
        if script:
            if room:
                self._vote(script)
            return script
        if is_arabizi(text):
            # Arabic in Latin letters ("3ayez 7abl el nat"): the Latin model would call it Spanish
            if room:
                self._vote("ar")
            return "ar"
        room_lang = self.room_language() if room else None
        if not _LETTER.search(text):
            return hint or room_lang or UNDETERMINED
        tokens = [_laugh(t.lower()) for t in _TOKEN.findall(text)]
        slang = [_SLANG[t] for t in tokens if t in _SLANG and _SLANG[t] in self.latin_langs]
        if "vi" in self.latin_langs:
            # Vietnamese typed without accents ("but den x3"): its words no other market language writes
            vi_words = distinctive_words()
            unaccented_vi = ["vi" for t in tokens if t in vi_words and t not in _SLANG]
        lang, confidence = self._model.classify(text)
        if "vi" in self.latin_langs and not (len(unaccented_vi) == 1 and lang == "en" and confidence >= SURE):
            # one such word in a line the model is sure is English is English ("walmart has them for 30")
            slang += unaccented_vi
        # one slang word ("ni", "tu") does not outvote a sentence the model is sure of ("ni de acero parece"),
        # unless that sentence is English: English mixed with "po" or "lah" is Taglish or Manglish
        model_sure = confidence >= SURE and len(tokens) >= SENTENCE_TOKENS and lang != "en"
        if slang:
            # the most frequent slang language, ties broken by the model
            best = max(set(slang), key=slang.count)
            if slang.count(best) > len(slang) / 2 and (best == lang or slang.count(best) >= 2 or not model_sure):
                if room:
                    self._vote(best)
                return best
        if confidence >= SURE and len(tokens) >= 3:
            if room:
                self._vote(lang)
            return lang
        if hint and confidence < MIN_CONFIDENCE:
            return hint
        probs = dict(self._model.rank(text))
        if room_lang and room_lang in self.latin_langs:
            # short or unsure: the room's language unless the text is clearly against it
            if probs.get(room_lang, 0.0) * 3 >= probs.get(lang, 0.0):
                return room_lang
        # the markets lean a short guess only: a sentence the model has read has its own evidence
        if lang not in self.market_langs and self.market_langs and len(tokens) <= MARKET_LEAN_MAX_TOKENS:
            near = max(self.market_langs & set(probs), key=lambda x: probs[x], default=None)
            if near and probs[near] * 2 >= probs[lang]:
                lang = near
        if confidence < MIN_CONFIDENCE and len(tokens) <= 2 and all(len(t) <= 4 for t in tokens):
            return hint or UNDETERMINED     # "CF", "keep", "mine": a code, not a language
        return lang


_LAUGHS = ((re.compile(r"k{3,}"), "kkk"), (re.compile(r"(?:wk){2,}w?k?"), "wkwk"), (re.compile(r"(?:ja){2,}j?"), "jaja"))


def _laugh(token: str) -> str:
    """A laugh of any length as its slang word: "kkkkkkkkk" (pt), "wkwkwkwk" (id), "jajajajaja" (es)."""
    for pattern, word in _LAUGHS:
        if pattern.fullmatch(token):
            return word
    return token


def script_language(text: str) -> str | None:
    """The language a script alone gives away, checked in this order (kana before Han: Japanese)."""
    for pattern, lang in _SCRIPTS:
        if pattern.search(text):
            return lang
    return None
