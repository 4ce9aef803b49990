"""Numbers that name a product, not a count: capacities, sizes, model and shade numbers.

Near-twin products differ by one of these ("10000mAh" and "20000mAh", "No.21" and "No.23",
"24cm" and "28cm", "Set of 3" and "Set of 5", size M and L), and buyers write them their own
way: "20k", "20rb", "20 mil", "两万", "สองหมื่น", "๒๐๐๐๐", "20.000", "ip15", "M size". measures_in()
turns each into one comparable token ("20000", "size:m"), so the product matcher can tell the
twins apart and quantity() can leave them out of the count ("iPhone 15 case" is not 15 cases).
"""

from __future__ import annotations

import re
import unicodedata

# a multiplier written after a number: "20k", "20rb", "20 mil", "2万", "2 พัน", "٢٠ ألف"
MULTIPLIERS = {"k": 1000, "rb": 1000, "ribu": 1000, "mil": 1000, "ngàn": 1000, "nghìn": 1000, "nghin": 1000,
               "ngan": 1000, "thousand": 1000, "千": 1000, "พัน": 1000, "ألف": 1000, "الف": 1000,
               "万": 10000, "萬": 10000, "หมื่น": 10000}
# number words that come before a multiplier ("veinte mil", "两万", "สองหมื่น")
TENS_WORDS = {"ten": 10, "diez": 10, "dez": 10, "sepuluh": 10, "mười": 10, "muoi": 10, "sampu": 10,
              "twenty": 20, "veinte": 20, "vinte": 20, "dua puluh": 20, "hai mươi": 20, "dalawampu": 20,
              "一": 1, "两": 2, "兩": 2, "二": 2, "三": 3, "หนึ่ง": 1, "สอง": 2, "สาม": 3}
# units of size and capacity: a number with one of these is a measure, never a count
# ("2-tier", "2 niveles", "2 ชั้น": the tiers of a rack are a measure too)
UNITS = (r"mah|ml|l|lt|ltr|liters?|litres?|litros?|lít|lit|cm|mm|kg|kgs|g|gr|gram|gsm|oz|inch|inches|pulgadas?|polegadas?|"
         r"kilos?|quilos?|ký|kí|w|gb|tb|hz|spf|ft|feet|foot|尺|呎|ฟุต|tiers?|niveles|andares|tingkat|tầng|毫安|毫升|升|厘米|公分|公斤|千克|斤|寸|克|层|層|"
         # a heel's height: "5 phân" (vi), "5 senti" (id), "5 เซน" (th)
         r"phân|senti|sentimeter|เซน|เซนติเมตร|"
         r"มล|ลิตร|ซม|กรัม|กิโลกรัม|กิโล|กก|โล(?!ชั่น|โก|ก)|แกรม|มิล|นิ้ว|ชั้น|مل|لتر|كيلو|كغ|كجم|سم|ملم|غرام|جرام|إنش|انش|"
         # how many people a tent, a cooker or a table is for: "carpa para 4 personas", "lều 2 người", "٤ اشخاص"
         r"persons?|people|personas?|pessoas?|pax|orang|người|คน|人|أشخاص|اشخاص|شخص|"
         # and how many it seats: "barraca de 2 lugares", "lều 4 chỗ", Tagalog "pang 2 tao"
         r"seater|lugares|chỗ|tao|katao|"
         # a length: "2m cable", "cabo de 1 metro", "kabel 1 meter", "dây 1 mét", "1米的线", "สาย1เมตร", "2 متر"
         # (not "متر قياس": a tape measure, "ابغى ٢ متر قياس" orders two)
         r"m|meters?|metres?|metros?|metr|mét|met|米|เมตร|متر(?!\s*قياس)|مترين")
# the dimension a unit measures, so "5 kilos" names the 5 kg dumbbells and not the 5-level band set;
# units left out (tiers, inches ...) give the bare number only
UNIT_KIND = {**dict.fromkeys("kg kgs kilo kilos quilo quilos ký kí 公斤 千克 กิโลกรัม กิโล กก โล كيلو كغ كجم".split(), "kg"),
             **dict.fromkeys("g gr gram 克 กรัม แกรม غرام جرام".split(), "g"),
             **dict.fromkeys("ml 毫升 มล มิล مل".split(), "ml"),
             **dict.fromkeys("l lt ltr liter liters litre litres litro litros lít lit 升 ลิตร لتر".split(), "l"),
             **dict.fromkeys("oz ออนซ์ أونصة".split(), "oz"), **dict.fromkeys("cm 厘米 公分 ซม سم phân senti sentimeter เซน เซนติเมตร".split(), "cm"), **dict.fromkeys("mm ملم".split(), "mm"),
             **dict.fromkeys("m meter meters metre metres metro metros metr mét met 米 เมตร متر".split(), "m"),
             "mah": "mah", "毫安": "mah"}
# words that make a single digit a model or pack number: "No.5", "#3", "set of 3", "size 7"
NUMBER_MARKERS = (r"no\.?|nr\.?|n°|#|shade|tone|tono|tom|màu|สี|色号|号|size|talla|tamanho|ukuran|saiz|cỡ|ส้น|gót|"
                  r"ไซส์|ไซซ์|مقاس|(?:sets?|packs?|kits?|jogos?|juegos?|طقم|เซ็ต|เซต)(?:\s+(?:of|de|da|do|isi))?|bộ|combo|gen|series|model|mẫu|รุ่น|型号")
LETTER_SIZES = {"xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl"}
# Latin-American and Brazilian size letters, as diapers and clothes are sold there: P (pequeño/pequeno) is S,
# G (grande) is L, XG/EG (extra grande) is XL, XXG/EXG is XXL; "CH" (chico, Mexico) is S
LATAM_SIZES = {"p": "s", "ch": "s", "g": "l", "xg": "xl", "eg": "xl", "xxg": "xxl", "exg": "xxl", "gg": "xl"}
_LATAM = "xxg|exg|xg|eg|gg|ch|p|g"
SIZE_WORDS = r"size|talla|tamanho|tam|ukuran|saiz|cỡ|sz|ไซส์|ไซซ์|ไซซ|码|碼|号|號|مقاس|사이즈"

_DIGITS = r"[0-9]+(?:[.,][0-9]{3})*"
_MULT = "|".join(sorted((re.escape(k) for k in MULTIPLIERS), key=len, reverse=True))
_NUM_MULT = re.compile(rf"(?<![0-9])({_DIGITS}(?:[.,][0-9])?)\s*({_MULT})(?![a-z\u00c0-\u024f\u1e00-\u1eff])", re.IGNORECASE)
_WORD_MULT = re.compile(rf"({'|'.join(sorted(map(re.escape, TENS_WORDS), key=len, reverse=True))})\s*({_MULT})"
                        r"(?![a-z\u00c0-\u024f\u1e00-\u1eff])", re.IGNORECASE)
_BARE_MULT = re.compile(r"(?<![0-9一二两兩三四五六七八九十])(万|萬|หมื่น)")
_NUMBER = re.compile(rf"(?<![0-9])({_DIGITS})(?![0-9])")
_WITH_UNIT = re.compile(rf"(?<![0-9])([0-9]+(?:[.,][0-9]+)?)\s*({UNITS})(?![a-z\u00c0-\u024f\u1e00-\u1eff])", re.IGNORECASE)
# a number with a decimal part ("1,5", "2.5") is never a count of items: a measure
_METRES_GLUED = re.compile(r"(?<![0-9.,])([1-9])m([0-9])(?![0-9a-z])")
_DECIMAL = re.compile(r"(?<![0-9.,])([0-9]{1,3}[.,][0-9]{1,2})(?![0-9]|[.,][0-9])")
_MARKED = re.compile(rf"(?:{NUMBER_MARKERS})\s*[:.]?\s*([0-9]+)(?![0-9])", re.IGNORECASE)
# "la de 2", "quiero la tienda de 4!", "o de 6 por favor": a single digit after "de" that ends the reference names a
# size of the catalog (Spanish and Portuguese), not "de 2 días" (how long) nor "2 de los azules" (how many)
_OF_SIZE = re.compile(r"(?<![^\W\d_])(?:de|da|do)\s+([0-9])(?![0-9])"
                      r"(?=[\W_]*$|\s*(?:[?!.,]|por ?fa|por favor|porfis|pls|please|plis|pra mim|para mí|para mi|nha|ya))",
                      re.IGNORECASE)
# a model number glued to its name: "ip15", "iphone15", "s24", "gen2" (not "cf2", "x2", "f1": buy codes)
_GLUED = re.compile(r"(?<![a-z])(?:ip|iph|iphone|galaxy|note|gen|s|a|no|nr|v)([0-9]{1,3})(?![0-9])", re.IGNORECASE)
# a paper size: A3-A6, B4-B6, standing alone among Latin letters and digits ("A5 dotted", "A5本子")
_PAPER = re.compile(r"(?<![a-z0-9])([ab][3-6])(?![a-z0-9])", re.IGNORECASE)
# a size letter stands alone among Latin letters ("L码", "size M", "M?"), whatever script is around it
# (Latin letters with their accents, also as combining marks: the m of Vietnamese "máy", "màu", "mấy" is no size M)
_LATIN = r"a-z0-9\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f"
_SIZE_TOKEN = re.compile(rf"(?<![{_LATIN}])(xxs|xs|s|m|l|xl|xxl|xxxl|[2-4]xl)(?![{_LATIN}])", re.IGNORECASE)
_SIZE_NEAR = re.compile(rf"(?:{SIZE_WORDS})\s*[:.]?\s*(xxs|xs|s|m|l|xl|xxl|xxxl|[2-4]xl|{_LATAM})(?![{_LATIN}])"
                        rf"|(?<![{_LATIN}])(xxs|xs|s|m|l|xl|xxl|xxxl|[2-4]xl)\s*(?:{SIZE_WORDS})", re.IGNORECASE)
# a capital size letter standing alone in a comment ("quero M", "fralda XG"): S/M/L and the Latin-American letters
# (not a capital inside a word of accented capitals: the M of "KIẾM")
# an X size standing alone in a comment, in any case ("+1 xl mousepad", "Xxl masih ada?"): no everyday word
_X_SIZE = re.compile(rf"(?<![{_LATIN}])(xxs|xs|xl|xxl|xxxl|[2-4]xl)(?![{_LATIN}])", re.IGNORECASE)
_SIZE_CAPITAL = re.compile(rf"(?<!\w)([SML]|XL|XXL|XS|{_LATAM.upper()})(?![A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff])")
# a pack or set size written by a buyer: "6-pack", "5 piece", "isi 3", "bộ dao 3 món", "5 ชิ้น", "٥ قطع";
# the same words make "2 pcs" a count, so it is a measure only where the catalog has that number
# ("paquete de 6", "pacote com 3", "แพ็ค 3", "باكيت ال٦", "6条装", "tuala 6 helai": the pack's size)
_PACK = re.compile(r"(?<![0-9])([0-9])\s*-?\s*(?:pack|pk|pcs|pieces?|pc|món|ชิ้น|ห่อ|قطع|件套|件|in1|helai|"
                   r"条装|條裝|个装|個裝|支装|支裝|片装|片裝|包装|包裝|件装|件裝|入)"
                   r"|(?:isi|set of|pack of|packs? de|paquetes? de|pacotes? (?:de|com)|kit com|set|bộ|ชุด|แพ็ค|แพค|باكيت|باكيج|باكت)"
                   r"\s*(?:[^\W\d_]{2,12}\s+|ال)?([0-9])(?![0-9])", re.IGNORECASE)
_ZH_PACK = re.compile(r"([一二两兩三四五六七八九十])\s*(?:件套|件装|包装|支装|片装|条装|條裝|个装|個裝|入)")
# a Chinese number of tens before a size word: "二十八的锅" (the 28), "二十四厘米", "三十码"
_ZH_TENS = re.compile(r"([一二三四五六七八九]?)十([一二三四五六七八九]?)\s*(?=的|厘米|公分|号|號|码|碼|寸|cm)")
# one unit written as a word ("el termo de un litro", "satu liter"), and an Arabic dual ("لترين" two litres,
# "خيمة حق شخصين" a tent for two): the number a twin's name carries
# Arabic names one unit with the article alone: "ابريق اللتر" (the litre kettle), "الكيلو"
_ONE_UNIT = re.compile(r"(?<![^\W\d_])(?:un|una|um|uma|one|a|satu|se|một|isang)\s+"
                       r"(litros?|liters?|litres?|lít|kilos?|quilos?)(?![^\W\d_])|(?<![^\W\d_])ال(لتر|كيلو)(?![^\W\d_])",
                       re.IGNORECASE)
# half or a quarter of a kilo or a litre, as buyers ask for the 500 g or 250 g box: "medio kilo", "meio quilo",
# "setengah kilo", "nửa ký", "ครึ่งกิโล", "半公斤", "نص كيلو", "1/2 kg", "ربع كيلو" (the name says "500 g", "250 ml")
_HALF = (r"(?:(half|medio|media|meio|meia|النصف|النص|setengah|stengah|stgh|separuh|kalahating|nửa|nua|ครึ่ง|半|نص|نصف|nos|nus|noss|nuss|1/2)"
         r"|(quarter|cuarto|um quarto|suku|seperempat|1/4|الربع|ربع|rob3|ro3b))(?:\s+(?:a|an|de|um|el|الـ?))?\s*(?:ال)?")
_HALF_UNIT = re.compile(rf"(?<![^\W\d_]){_HALF}(kilos?|quilos?|kg|ký|kí|kilo|กิโล|公斤|千克|كيلو|litros?|liters?|litres?|lít|lit|ลิตร|升|لتر|ليتر)"
                        r"(?![^\W\d_])|(?:ครึ่ง|半)\s*(กิโล|公斤|ลิตร|升)", re.IGNORECASE)
_ARABIC_DUAL = re.compile(r"(لترين|كيلوين|شخصين|نفرين)")
_DUAL_KIND = {"لترين": "l", "كيلوين": "kg"}
# a Chinese number before a unit: "一米线" (the 1 m cable), "两米的" (the 2 m one), "三升"
_ZH_UNIT = re.compile(r"([一二两兩三四五六七八九十])\s*(米|升|公斤)(?!色)")
# an age range of baby and kids' clothes: "0-3 meses", "de 3 a 6 meses", "3-6m", "0 to 3 months", "3-6 bulan",
# "3-6 tháng", "3-6 เดือน", "3-6个月", "٣-٦ شهور": one token ("age:3-6") for the name and the comment alike
_AGE_RANGE = re.compile(r"(?<![0-9])([0-9]{1,2})\s*(?:-|–|/|a|to|até|ate|hasta|al|sampai|hingga|sa|đến|den|ถึง|至|到|إلى|الى|ل)\s*"
                        r"([0-9]{1,2})\s*(?:m|mo|mos|months?|meses|mes|bulan|tháng|thang|เดือน|个月|個月|月|شهور|شهر|أشهر|اشهر)"
                        r"(?![a-z\u00c0-\u024f\u1e00-\u1eff])", re.IGNORECASE)
# a bare range in a comment ("el de 0-3", "3-6 pls"): the same token, it can name only an age range of the catalog
_BARE_RANGE = re.compile(r"(?<![0-9.,:/])([0-9]{1,2})(?:\s*[-–]\s*|\s+(?:a|to|até|ate|al|hasta|sampai|đến|ถึง)\s+)([0-9]{1,2})"
                         r"(?![0-9.,:/%])(?!\s*(?:d[ií]as?|days?|dias|hari|ngày|"
                         r"วัน|天|日|أيام|يوم|semanas?|weeks?|minggu|tuần|hrs?|hours?|horas?|jam|giờ|ชั่วโมง|小时|ساعات|pcs?|"
                         r"pieces?|piezas?|pzs?|unidades?|cái|ชิ้น|个|件|قطع|x|k|rb|mil|[$€£]|元|บาท|ريال))", re.IGNORECASE)
# a toy's age from: "(3+ años)" in a name, "o de 3 anos", "6 tahun", "3 tuổi", "3 ขวบ", "3岁" in a comment: one token
# ("age:3+"); a name keeps the bare value too (a buyer may write it alone: "o de 3")
_AGE_FROM = re.compile(r"(?<![0-9])([0-9]{1,2})\s*\+?\s*(?:años|anos|año|ano|years?(?: old)?|yrs?|tahun|thn|tuổi|tuoi|"
                       r"ขวบ|岁|歲|سنين|سنوات|살)(?![a-z\u00c0-\u024f\u1e00-\u1eff])", re.IGNORECASE)
# a time in a comment ("xịt xong 30p là hết", "30 min", "3 giờ", "đặt 10 ngày rồi", "dah 2 minggu"): no measure of the
# catalog's ("30ml", "UMF 10+") (not Indonesian "jam" nor Arabic "ساعة": a watch too, "+1 ساعة ٣٦" orders one)
_TIME = re.compile(r"(?<![0-9])([0-9]{1,3})\s?(?:p|ph|phút|phut|mins?|minutes?|minutos?|menit|minit|นาที|分钟|分鐘|دقيقة|دقايق|"
                   r"دقائق|giờ|gio|hours?|hrs?|horas?|ชั่วโมง|小时|小時|days?|días?|dias?|hari|ngày|ngay|araw|วัน|天|يوم|أيام|ايام|"
                   r"weeks?|semanas?|minggu|tuần|tuan|linggo|สัปดาห์|อาทิตย์|周|星期|اسبوع|أسبوع|اسابيع|أسابيع|"
                   r"months?|mes|meses|bulan|tháng|thang|buwan|เดือน|个月|個月|شهر|شهور)(?![0-9a-z\u00c0-\u024f\u1e00-\u1eff])",
                   re.IGNORECASE)
# fluid ounces and millilitres name the same bottle ("5 oz" is the 150 ml one): a name's capacity in the other unit too
_OZ_ML = 29.5735
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def ascii_digits(text: str) -> str:
    """Digits of every script as 0-9 ("๒๐" and "٢٠" are "20"); other characters unchanged."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and unicodedata.digit(ch, None) is not None
                   else ch for ch in text)


def _value(digits: str) -> float | None:
    """ "20.000" and "20,000" are 20000; "1.5" is 1.5."""
    if re.fullmatch(r"[0-9]+(?:[.,][0-9]{3})+", digits):
        return float(re.sub(r"[.,]", "", digits))
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None


def _token(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def measure_spans(text: str, names: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, token) of every measure in text (any script's digits). names=True reads a
    product's own name, where every number is a measure; in a comment a lone digit is one only
    with a unit or a marker ("28cm", "No.5", "set 3", "ip15")."""
    cased = ascii_digits(unicodedata.normalize("NFKC", text))
    t = cased.lower()
    spans: list[tuple[int, int, str]] = []
    converted: list[tuple[int, int, str]] = []
    taken = [False] * (len(t) + 1)

    def add(m, token):
        if any(taken[m.start():m.end()]):
            return
        spans.append((m.start(), m.end(), token))
        for i in range(m.start(), m.end()):
            taken[i] = True

    for m in _AGE_RANGE.finditer(t):
        add(m, f"age:{int(m.group(1))}-{int(m.group(2))}")
        if names:       # and its two ends, as a buyer may write them alone ("o kit de 6 a 12", "de 0 a 3")
            spans += [(m.start(), m.end(), str(int(m.group(1)))), (m.start(), m.end(), str(int(m.group(2))))]
    for m in _AGE_FROM.finditer(t):
        add(m, f"age:{int(m.group(1))}+")
        if names:
            spans.append((m.start(), m.end(), str(int(m.group(1)))))
    if not names:
        for m in _TIME.finditer(t):
            add(m, f"time:{int(m.group(1))}")
        for m in _BARE_RANGE.finditer(t):
            if int(m.group(1)) < int(m.group(2)) <= 36:
                add(m, f"age:{int(m.group(1))}-{int(m.group(2))}")
    for m in _HALF_UNIT.finditer(t):
        unit = m.group(3) or m.group(4)
        grams = unit.lower() not in ("litro", "litros", "liter", "liters", "litre", "litres", "lít", "lit", "ลิตร", "升", "لتر", "ليتر")
        amount = "250" if m.group(2) else "500"
        add(m, amount)
        spans.append((m.start(), m.end(), amount + ("g" if grams else "ml")))
    for m in _METRES_GLUED.finditer(t):
        # "2m7", "1m8" (Vietnamese, Malay and Chinese shops): 2.7 and 1.8 metres, as "2.7m" and "1,8 m" are
        value = m.group(1) if m.group(2) == "0" else f"{m.group(1)}.{m.group(2)}"       # "3m0" is 3 m
        add(m, value + "m")
        spans.append((m.start(), m.end(), value))
    for m in _NUM_MULT.finditer(t):
        value = _value(m.group(1))
        if value is not None:
            add(m, _token(value * MULTIPLIERS[m.group(2).lower()]))
            if m.group(2).lower() == "k" and value < 100:
                spans.append((m.start(), m.end(), _token(value)))     # "18K" gold is 18 carats too
    for m in _WORD_MULT.finditer(t):
        add(m, _token(TENS_WORDS[m.group(1).lower()] * MULTIPLIERS[m.group(2).lower()]))
    for m in _BARE_MULT.finditer(t):
        add(m, _token(MULTIPLIERS[m.group(1)]))
    for m in _PAPER.finditer(t):
        add(m, "paper:" + m.group(1))          # "A5" is a paper size, not model 5 ("A5本子", "sổ B5")
    for pattern in (_WITH_UNIT, _MARKED, _GLUED, _DECIMAL, _OF_SIZE):
        for m in pattern.finditer(t):
            value = _value(m.group(1))
            if value is None or any(taken[m.start():m.end()]):
                continue
            if pattern is _WITH_UNIT and not names and cased[m.end() - 1] == "M" and m.group(2) == "m" and " " in m.group(0):
                continue        # "quero 2 M": two in size M, not two metres
            add(m, _token(value))
            kind = UNIT_KIND.get(m.group(2).lower()) if pattern is _WITH_UNIT else None
            if kind:
                spans.append((m.start(), m.end(), _token(value) + kind))   # "5kg" as well as "5"
            if names and kind in ("ml", "oz"):
                converted.append((m.start(), m.end(), _token(round(value / _OZ_ML)) + "oz" if kind == "ml"
                                  else _token(round(value * _OZ_ML / 10) * 10) + "ml"))
    # "150 ml" is the "5 oz" bottle, unless the name gives both ("260 ml (9 oz)": 9 oz is no 270 ml here)
    units = {token.lstrip("0123456789.") for _, _, token in spans}
    spans += [c for c in converted if c[2].lstrip("0123456789.") not in units]
    for m in _PACK.finditer(t):
        if not names:
            add(m, m.group(1) or m.group(2))
    for m in _ONE_UNIT.finditer(t):
        if any(taken[m.start():m.end()]):
            continue        # "half a litre" is no litre
        add(m, "1")
        spans.append((m.start(), m.end(), "1" + UNIT_KIND.get(m.group(1) or m.group(2), "")))
    for m in _ARABIC_DUAL.finditer(t):
        add(m, "2")
        if m.group(1) in _DUAL_KIND:
            spans.append((m.start(), m.end(), "2" + _DUAL_KIND[m.group(1)]))
    for m in _ZH_TENS.finditer(t):
        add(m, str(_ZH_DIGITS.get(m.group(1), 1) * 10 + (_ZH_DIGITS[m.group(2)] if m.group(2) else 0)))
    for m in _ZH_UNIT.finditer(t):
        add(m, str(_ZH_DIGITS[m.group(1)]))
        spans.append((m.start(), m.end(), str(_ZH_DIGITS[m.group(1)]) + UNIT_KIND[m.group(2)]))
    for m in _ZH_PACK.finditer(t):
        add(m, str(_ZH_DIGITS[m.group(1)]))          # "五件套": a set of five
    for m in _NUMBER.finditer(t):
        value = _value(m.group(1))
        if value is not None and (names or value >= 10):
            add(m, _token(value))
    if names:
        # a size word before a Latin-American letter in a name: "Peitoral, tamanho P", "talla G"
        for m in _SIZE_NEAR.finditer(t):
            size = next(g for g in m.groups() if g)
            add(m, "size:" + LATAM_SIZES.get(size.lower(), size.lower()))
    sizes = _SIZE_TOKEN if names else _SIZE_NEAR
    source = text if names else t
    for m in sizes.finditer(source):
        size = next(g for g in m.groups() if g)
        if names and size in ("s", "m", "l") and not size.isupper():
            continue            # "l" of "2 l" or an "s": only a capital letter is a size in a name
        add(m, "size:" + LATAM_SIZES.get(size.lower(), size.lower()))
    if not names:
        # a capital S/M/L standing alone in a comment ("M size?", "quero M", "fralda G") is a size too
        for m in _SIZE_CAPITAL.finditer(text):
            if not any(taken[m.start():m.end()]):
                size = m.group(1).lower()
                spans.append((m.start(), m.end(), "size:" + LATAM_SIZES.get(size, size)))
        for m in _X_SIZE.finditer(text):
            if not any(taken[m.start():m.end()]):
                spans.append((m.start(), m.end(), "size:" + m.group(1).lower()))
    return spans


def measures_in(text: str, names: bool = False) -> set[str]:
    return {token for _, _, token in measure_spans(text, names)}


# a length in a unit that names a time too: Vietnamese "8p" is 8 phân (cm) of a heel or 8 phút (minutes) of a wait
_LENGTH_OR_TIME = re.compile(r"(?<![0-9a-z.,])([0-9]{1,2})\s?(?:p|phan|fan)(?![0-9a-z\u00c0-\u024f\u1e00-\u1eff])",
                             re.IGNORECASE)


def lengths_if_sold(text: str, catalog: set[str]) -> set[str]:
    """The centimetres of "8p" that the catalog sells ("8cm" heels): read so only next to the catalog's measure."""
    t = ascii_digits(unicodedata.normalize("NFKC", text))
    return {m.group(1) + "cm" for m in _LENGTH_OR_TIME.finditer(t)} & catalog


def unit_values(numbers: set[str]) -> set[str]:
    """The bare values that come with a unit among numbers ("2" of "2m"): a pack count "2 ชิ้น" is not that measure."""
    return {x for x in numbers if re.fullmatch(r"[0-9.]+", x)
            and any(t != x and t.startswith(x) and t[len(x):].isalpha() for t in numbers)}


def pack_counts(text: str) -> set[str]:
    """The counts a comment gives with a pack word ("2 ชิ้น", "3 pcs", "isi 3")."""
    t = ascii_digits(unicodedata.normalize("NFKC", text)).lower()
    return {m.group(1) or m.group(2) for m in _PACK.finditer(t)}


def without_unit_clash(numbers: set[str], catalog: set[str]) -> set[str]:
    """numbers less a bare value whose unit in the comment is not the one the catalog gives it: "a chihuahua de 2
    kilos" names no "2 L" fountain (the bare "2" of "2kg" would)."""
    out = set(numbers)
    # "มิล", "ملم" read as ml or mm alike: the one unit word, never a clash
    family = {"mm": "ml"}
    for token in numbers:
        m = re.fullmatch(r"([0-9.]+)([a-z]+)", token)
        if m and m.group(1) in out:
            units = {c[len(m.group(1)):] for c in catalog if c.startswith(m.group(1)) and c[len(m.group(1)):].isalpha()}
            if units and family.get(m.group(2), m.group(2)) not in {family.get(u, u) for u in units}:
                out.discard(m.group(1))
    return out


def without_measures(text: str, catalog: set[str] = frozenset()) -> str:
    """text with its measures blanked out, for counting: "ขอเคส ip15 สองอัน" keeps "สองอัน". A plain
    number stays unless it is also a measure of the catalog ("2 ชิ้น" stays, "15" of "iPhone 15" goes)."""
    t = ascii_digits(unicodedata.normalize("NFKC", text))
    out = list(t)
    packs = [(m.start(), m.end()) for m in _PACK.finditer(t.lower())]
    for start, end, token in measure_spans(text):
        raw = t[start:end]
        if re.fullmatch(r"\s*[0-9]{1,2}\s*", raw) and token not in catalog:
            continue
        if (start, end) in packs and (token not in catalog or token == "1" or token in unit_values(catalog)):
            continue          # "2 pcs": a count, unless the catalog sells a pack of 2 (no one sells a pack of one:
            # "๑ ห่อ" stays one pack when "3-in-1" or "1 kg" put a 1 in the catalog; "2 ชิ้น" two, when "2米" puts a 2)
        for i in range(start, min(end, len(out))):
            out[i] = " "
    return "".join(out)
