"""Live-commerce buy codes and the quantity a buyer asks for, in any script.

Rules do this better than the encoder: "+1", "CF 2", "chốt 2", "F1", "扣1", "أريد ٢" are
conventions of the live room, not sentences, and the number must come out exactly. Digits of
every script (Arabic-Indic, Persian, Thai, full-width...) are read with unicodedata; number
words cover one to ten in the languages of the markets.
"""

from __future__ import annotations

import re
import unicodedata

from studio.comments.understand.arabizi import without_arabizi_words
from studio.comments.understand.measures import without_measures

MAX_QUANTITY = 99          # "+500" is noise or a price, not an order

# Number words 1..10 (and common classifier forms). Keys are lower-case.
NUMBER_WORDS: dict[str, int] = {}
for _words, _value in (
    ("one a an uno una um uma satu se sa isa isang một mot หนึ่ง واحد واحدة وحدة 一 一个 一支 一副 一对 하나 한", 1),
    ("two dos dois duas dua dalawa dalawang hai สอง اثنين اثنان اثنتين ثنتين اتنين تنين زوجين جوج حبتين قطعتين طقمين علبتين "
     "٢ 二 两 兩 두 둘", 2),
    ("three tres três tiga tatlo tatlong ba สาม ثلاث ثلاثة تلات تلاتة 三 세 셋", 3),
    ("four cuatro quatro empat apat bốn สี่ أربع أربعة اربعة 四 네 넷", 4),
    ("five cinco lima năm ห้า خمس خمسة 五 다섯", 5),
    ("six seis enam anim sáu หก ست ستة 六", 6),
    ("seven siete sete tujuh bảy เจ็ด سبع سبعة 七", 7),
    ("eight ocho oito delapan tám แปด ثمان ثمانية 八", 8),
    ("nine nueve nove sembilan chín เก้า تسع تسعة 九", 9),
    ("ten diez dez sepuluh sampu mười สิบ عشر عشرة 十", 10),
):
    for _w in _words.split():
        NUMBER_WORDS.setdefault(_w, _value)
# Words that are also everyday words elsewhere ("a", "se", "ba", "hai" = two in vi but "hi" in
# nothing we sell to; "lima" is a city) count only right next to a buy code or a unit.
AMBIGUOUS_WORDS = {"a", "an", "se", "sa", "ba", "hai", "lima", "năm", "한", "세", "네", "두", "una", "uma", "um"}

# Buy codes: a comment that is (mostly) one of these is an order, whatever the encoder thinks.
_CODE = (r"\+|cf|c\.f|chốt|chot|f|keep|kip|mine|mine po|pesan|pesen|order|ambil|nak|quero|quiero|"
         r"lấy|lay|đặt|jual|beli|book|จอง|เอา|รับ|cf\.|扣|拍|要|أريد|أبي|ابي|أبغى|ابغى|أبغي|주세요")
# Thai and Chinese classifiers: a number before one counts items ("สองเล่ม", "来五包")
_TH_UNITS = ("ชิ้น|แท่ง|อัน|คู่|กล่อง|ตลับ|หลอด|ซอง|ถุง|แพ็ค|ขวด|ตัว|เซ็ต|เซต|ชุด|ใบ|ห่อ|ลัง|กระปุก|กระป๋อง|เล่ม|ม้วน|"
             "แผ่น|ก้อน|ด้าม|เครื่อง|ผืน|ลูก|เส้น|คัน|กระบอก|ถาด|แก้ว|หัว")
_ZH_UNITS = "个|個|支|副|对|對|盒|件|套|瓶|条|條|双|雙|只|份|箱|包|袋|把|罐|台|本|张|張|块|塊|片|根|口|顶|頂"
_NUM = r"(?P<num>[0-9\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59\uff10-\uff19]{1,3})"
# "+1 here", "+1 هنا": a hand raised where the live asks for one
BUY_CODE_ONLY = re.compile(rf"^\s*(?:{_CODE})\s*[:.#x×*]?\s*{_NUM}?\s*"
                           r"(?:kak|kk|sis|po|ạ|a|nha|ya|ka|kha|ค่ะ|คะ|ครับ|نا|here|هنا|aqui|aquí|dito|disini|đây)?\s*[!.]*\s*$",
                           re.IGNORECASE)
PLUS_N = re.compile(rf"(?:^|\s)\+\s*{_NUM}(?=\s|$|[^\w])")
# a number tied to a buy word or a unit, either side: "CF 2", "quero 1", "2 pcs", "x2", "๒ แท่ง"
CODE_THEN_NUM = re.compile(rf"(?:^|(?<=\W))(?:cf|chốt|chot|keep|pesan|pesen|order|ambil|nak|quero|quiero|lấy|"
                           rf"want|take|get|mau|beli|jual|jong|จอง|เอา|รับ|أريد|أبي|ابي|أبغى|要|拍|来|扣|扣个|f|mine(?:\s+po)?)"
                           rf"\s*[:#x×]?\s*{_NUM}(?!\d)", re.IGNORECASE)
NUM_THEN_UNIT = re.compile(rf"(?:^|(?<=[\s\W])){_NUM}\s*(?:x|pcs?|pieces?|pc|units?|pairs?|pares?|unidades?|"
                           rf"cái|cây|đôi|hộp|chiếc|bộ|bịch|gói|chai|hũ|túi|thùng|buah|pasang|pcs|biji|unit|botol|bungkus|pack|packs|"
                           rf"cajas?|bolsas?|paquetes?|pacotes?|caixas?|kotak|{_TH_UNITS}|{_ZH_UNITS}|개|"
                           r"قطع|قطعة|حبات|حبة|علب|علبة|كيس|أكياس)(?![a-z])", re.IGNORECASE)
TIMES_NUM = re.compile(rf"(?<![a-z0-9])[x×]\s*{_NUM}(?!\d)", re.IGNORECASE)
# numbers that name a product, not a count: "no 21", "shade 21", "#21", "size 7"
SHADE_NUMBER = re.compile(r"(?:no\.?|nr\.?|n°|shade|tone|tono|tom|màu|สี|色号|号|#|size|talla|tamanho|ukuran|cỡ|مقاس)"
                          r"\s*\d+(?:\s*[-–/]\s*\d+)?", re.IGNORECASE)
# "32 in 1", "3-in-1": a kit's spec; "para 2", "for 2 people": who it is for (a 2-person tent)
NOT_A_COUNT = re.compile(r"\d+\s*-?\s*(?:in|en|em)\s*-?\s*1(?!\d)|"
                         r"(?<![^\W\d_])(?:para|pra|for|untuk)\s+\d{1,2}(?!\d)(?:\s*(?:personas?|pessoas?|people|persons?|"
                         r"orang|pax)(?![^\W\d_]))?(?!\s*(?:pcs?|pieces?|units?|unidades?|x)(?![^\W\d_]))", re.IGNORECASE)
# Arabizi number words, read before the Arabizi digits (letters) go: "abi wa7ed", "3ayza etnen"
ARABIZI_NUMBERS = {"واحد": re.compile(r"(?<![a-z0-9])(?:wa7ed|wa7d|wa7da|we7da|wahed|wa7id)(?![a-z0-9])", re.IGNORECASE),
                   "اثنين": re.compile(r"(?<![a-z0-9])(?:etnen|etneen|itnen|itnein|tnen|tneen|ithnain|ethnein)(?![a-z0-9])",
                                       re.IGNORECASE),
                   "ثلاثة": re.compile(r"(?<![a-z0-9])(?:talata|tlata|thalatha)(?![a-z0-9])", re.IGNORECASE)}


def to_int(digits: str) -> int | None:
    try:
        return int("".join(str(unicodedata.digit(ch)) for ch in digits))
    except (TypeError, ValueError):
        return None


def is_buy_code(text: str) -> bool:
    """The whole comment is a buy code ("+1", "CF 2", "chốt", "F1", "keep 1 kak", "要2", "扣1")."""
    return bool(BUY_CODE_ONLY.match(text.strip()))


def quantity(text: str, catalog_numbers: set[str] = frozenset()) -> int | None:
    """The number of units asked for, or None when the comment states none. Measures are not
    counts ("iPhone 15 case", "10000", "28cm", "No.21", "XL"), nor a plain number the catalog's
    names carry (catalog_numbers: ProductMatcher.catalog_numbers)."""
    for word, pattern in ARABIZI_NUMBERS.items():
        text = pattern.sub(word, text)
    # Arabizi digits are letters ("3ayez 7abl": no 3, no 7)
    cleaned = without_measures(without_arabizi_words(NOT_A_COUNT.sub(" ", text)), catalog_numbers)
    cleaned = SHADE_NUMBER.sub(" ", cleaned)
    for pattern in (BUY_CODE_ONLY, PLUS_N, CODE_THEN_NUM, NUM_THEN_UNIT, TIMES_NUM):
        m = pattern.search(cleaned)
        if m and m.group("num"):
            value = to_int(m.group("num"))
            if value is not None and 0 < value <= MAX_QUANTITY:
                return value
    return _number_word(cleaned)


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


# "the red one", "this one": a pronoun, not a count
_PRONOUN_ONE = re.compile(r"\b(?:the|this|that|which|another|other)\s+(?:[^\W\d_]+\s+){0,2}one\b")


_ONES = r"(?:one|um|uma|uno|una|satu|isa|một|واحد|واحدة|وحدة)"
_ONE_AND_ONE = re.compile(rf"(?<![^\W\d_]){_ONES}\s[^,;]*?(?:(?<![^\W\d_])(?:and|e|y|dan|at|và)\s+|و\s?){_ONES}(?![^\W\d_])")
# "one for me one for my wife", "isa sa akin isa kay mama", "uno pa mi y otro pa mi compa": one each, two
_FOR = r"(?:for|para|pa|pra|p/|sa|kay|buat|untuk|utk|cho|لي|ل)"
_ONE_EACH = re.compile(rf"(?<![^\W\d_]){_ONES}\s+{_FOR}\s[^.!?]*?(?<![^\W\d_])(?:{_ONES}|otro|otra|outro|outra|another)"
                       rf"\s+(?:more\s+)?{_FOR}(?![^\W\d_])")
# Chinese and Thai are written without spaces: a number word right before a classifier
_ZH_COUNT = re.compile(rf"([一二两兩三四五六七八九十])\s*(?:{_ZH_UNITS})")
_TH_COUNT = re.compile(rf"(หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)\s*(?:{_TH_UNITS})")
# an Arabic dual opening the order or right after the buy verb is two: "كرسيين لو سمحت", "ابي منظمين مكتب"
# (a verb of "you" is no dual: "تحجزين لي"; nor a loanword: "فيتامين")
_AR_DUAL = re.compile(r"(?:^|(?:ابي|أبي|ابغى|أبغى|أريد|اريد|عايز|عايزة|بدي|لي)\s+)(?!ال|ت)([\u0621-\u064a]{3,}ين)(?![\u0621-\u064a])")
_NOT_DUALS = {"فيتامين", "بروتين", "كوين", "كافيين", "ياسمين", "حلوين", "مسكين", "حزين", "سنين", "بنزين", "جوين"}


_VI_COUNT = re.compile(r"(?<![^\W\d_])(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:cái|hộp|gói|chai|hũ|lọ|túi|bộ|đôi|"
                       r"chiếc|bịch|cây|thùng|vỉ|tuýp|cuộn)(?![^\W\d_])")


def _number_word(text: str) -> int | None:
    lowered = _PRONOUN_ONE.sub(" ", text.lower())
    # Chinese and Thai are written without spaces: look for the classifier forms inside the text.
    # "one for me and one for my sis", "um pra mim e um pra minha mãe", "واحد لي وواحد لأختي": two
    if _ONE_AND_ONE.search(lowered) or _ONE_EACH.search(lowered):
        return 2
    m = _ZH_COUNT.search(lowered) or _TH_COUNT.search(lowered)
    if m:
        return NUMBER_WORDS[m.group(1)]
    # "lấy ba lô" / "lay balo" is a backpack, not three: a Latin number word ends its word
    m = re.search(r"(?:เอา|รับ|lấy|chốt|要|拍|来)\s*(หนึ่ง|สอง|สาม|สี่|ห้า|một|hai|ba|bốn|năm|一|两|兩|二|三)"
                  r"(?!\s*l[ôo](?![^\W\d_]))(?![a-z\u00c0-\u024f\u1e00-\u1eff])", lowered)
    if m:
        return NUMBER_WORDS[m.group(1)]
    # a Vietnamese number word before a classifier counts, ambiguous or not: "ba hộp trà", "hai gói sâm" ("ba lô" is no unit)
    m = _VI_COUNT.search(lowered)
    if m:
        return NUMBER_WORDS[m.group(1)]
    # a digit opening the order ("1 black dress size M", "2 aceites, uno pa mi y otro ...") before any word
    m = re.match(rf"\s*{_NUM}\s+[^\W\d_]", lowered)
    if m:
        value = to_int(m.group("num"))
        if value is not None and 0 < value <= 10:
            return value
    words = _WORD.findall(lowered)
    standalone = len(words) <= 2
    # an Arabic dual is two: "سكينتين", "علبتين" (long words ending in -تين; "حبتين" is in the word list)
    if any(len(w) >= 6 and w.endswith("تين") for w in words):
        return 2
    # "separa um óculos", "anótame una batería": an article before what is ordered is one,
    # unless a number word says more ("dois cardigãs, um pra mim ...")
    if any(NUMBER_WORDS.get(w, 1) > 1 and w not in AMBIGUOUS_WORDS for w in words):
        m = None
    else:
        m = re.search(r"(?<![^\W\d_])(?:um|uma|una|un)\s+[^\W\d_]{3,}", lowered)
    if m and not re.search(r"(?<![^\W\d_])(?:um|uma|una|un)\s+(?:pouco|poco|pouquinho|dia|día|vez)\b", lowered):
        return 1
    for i, word in enumerate(words):
        value = NUMBER_WORDS.get(word)
        if value is None:
            continue
        if word in AMBIGUOUS_WORDS and not standalone:
            continue
        return value
    m = _AR_DUAL.search(lowered)
    if m and m.group(1) not in _NOT_DUALS:
        return 2
    # measures are out already (without_measures): a small number left in an order counts items ("ruby 2"),
    # but not the doubling "2" glued to a Latin word ("anak2" = children; "扣1" is a count)
    digits = re.findall(rf"(?<![a-wyz\u00c0-\u024f\u1e00-\u1eff]){_NUM}", lowered)
    if digits:
        value = to_int(digits[0] if len(words) > 6 else digits[-1])
        if value is not None and 0 < value <= 20:
            return value
    return None
