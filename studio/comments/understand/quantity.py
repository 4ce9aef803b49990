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
    ("one a an uno una um uma satu se sa isa một mot หนึ่ง واحد واحدة وحدة 一 一个 一支 一副 一对 하나 한", 1),
    ("two dos dois duas dua dalawa hai สอง اثنين اثنان اثنتين زوجين حبتين قطعتين طقمين علبتين ٢ 二 两 兩 두 둘", 2),
    ("three tres três tiga tatlo ba สาม ثلاث ثلاثة 三 세 셋", 3),
    ("four cuatro quatro empat apat bốn สี่ أربع أربعة 四 네 넷", 4),
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
_NUM = r"(?P<num>[0-9\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59\uff10-\uff19]{1,3})"
# "+1 here", "+1 هنا": a hand raised where the live asks for one
BUY_CODE_ONLY = re.compile(rf"^\s*(?:{_CODE})\s*[:.#x×*]?\s*{_NUM}?\s*"
                           r"(?:kak|kk|sis|po|ạ|a|nha|ya|ka|kha|ค่ะ|คะ|ครับ|نا|here|هنا|aqui|aquí|dito|disini|đây)?\s*[!.]*\s*$",
                           re.IGNORECASE)
PLUS_N = re.compile(rf"(?:^|\s)\+\s*{_NUM}(?=\s|$|[^\w])")
# a number tied to a buy word or a unit, either side: "CF 2", "quero 1", "2 pcs", "x2", "๒ แท่ง"
CODE_THEN_NUM = re.compile(rf"(?:^|(?<=\W))(?:cf|chốt|chot|keep|pesan|pesen|order|ambil|nak|quero|quiero|lấy|"
                           rf"want|take|get|mau|beli|jual|jong|จอง|เอา|รับ|أريد|أبي|ابي|أبغى|要|拍|来|扣|扣个|f)"
                           rf"\s*[:#x×]?\s*{_NUM}(?!\d)", re.IGNORECASE)
NUM_THEN_UNIT = re.compile(rf"(?:^|(?<=[\s\W])){_NUM}\s*(?:x|pcs?|pieces?|pc|units?|pairs?|pares?|unidades?|"
                           r"cái|cây|đôi|hộp|chiếc|bộ|bịch|gói|chai|hũ|túi|thùng|buah|pasang|pcs|biji|unit|botol|bungkus|pack|packs|"
                           r"cajas?|bolsas?|paquetes?|pacotes?|caixas?|kotak|ชิ้น|แท่ง|อัน|คู่|กล่อง|ตลับ|หลอด|ซอง|ถุง|แพ็ค|ขวด|"
                           r"ตัว|เซ็ต|เซต|ชุด|ใบ|ห่อ|ลัง|กระปุก|个|個|支|副|对|對|盒|件|套|瓶|条|條|双|雙|只|份|箱|包|袋|把|罐|개|"
                           r"قطع|قطعة|حبات|حبة|علب|علبة|كيس|أكياس)(?![a-z])", re.IGNORECASE)
TIMES_NUM = re.compile(rf"(?:^|\s)[x×]\s*{_NUM}(?!\d)", re.IGNORECASE)
# numbers that name a product, not a count: "no 21", "shade 21", "#21", "size 7"
SHADE_NUMBER = re.compile(r"(?:no\.?|nr\.?|n°|shade|tone|tono|tom|màu|สี|色号|号|#|size|talla|ukuran)\s*[0-9]+", re.IGNORECASE)


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
    # Arabizi digits are letters ("3ayez 7abl": no 3, no 7)
    cleaned = SHADE_NUMBER.sub(" ", without_measures(without_arabizi_words(text), catalog_numbers))
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


def _number_word(text: str) -> int | None:
    lowered = _PRONOUN_ONE.sub(" ", text.lower())
    # Chinese and Thai are written without spaces: look for the classifier forms inside the text.
    # "one for me and one for my sis", "um pra mim e um pra minha mãe", "واحد لي وواحد لأختي": two
    if _ONE_AND_ONE.search(lowered):
        return 2
    for form, value in (("两", 2), ("兩", 2), ("三", 3), ("一", 1)):
        if re.search(form + r"\s*[个個支副对對盒件套瓶条條双雙只份箱包袋把罐]", lowered):
            return value
    m = re.search(r"(หนึ่ง|สอง|สาม|สี่|ห้า)\s*(ชิ้น|แท่ง|อัน|คู่|กล่อง|ตลับ|หลอด|ซอง|ถุง|แพ็ค|ขวด|ตัว|เซ็ต|เซต|ชุด|ใบ|ห่อ|ลัง)", lowered)
    if m:
        return NUMBER_WORDS[m.group(1)]
    m = re.search(r"(?:เอา|รับ|lấy|chốt|要|拍|来)\s*(หนึ่ง|สอง|สาม|สี่|ห้า|một|hai|ba|bốn|năm|一|两|兩|二|三)", lowered)
    if m:
        return NUMBER_WORDS[m.group(1)]
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
    # a digit opening the order ("1 black dress size M") or a lone digit in a short one ("ruby 2")
    m = re.match(rf"\s*{_NUM}\s+[^\W\d_]", lowered)
    if m:
        value = to_int(m.group("num"))
        if value is not None and 0 < value <= 10:
            return value
    # measures are out already (without_measures): a small number left in an order counts items
    digits = re.findall(_NUM, lowered)
    if digits:
        value = to_int(digits[0] if len(words) > 6 else digits[-1])
        if value is not None and 0 < value <= 20:
            return value
    return None
