"""A line that only announces a price offer ("Tết này ... giảm 10% tới 23 tháng Chạp", "屠妖节快乐！礼盒今天九折",
"Black Friday: 20% off until Sunday") promises a price, not a result.

The classifier reads some festive offers as guaranteed results; its reading goes where the line has
a discount and nothing a result could hang on: no guarantee word (vocab.yaml `guarantee`), no
amount of body or skin change (kilos, centimetres, sizes, shades), no refund tied to a result. Rule
hits stay: they name their own words. Patterns run on normalized text, every language at once.
"""

from __future__ import annotations

import re

from studio.compliance.normalize import normalize

_DISCOUNT = re.compile(
    r"(?<!\d)[1-9]\d? ?%|\d ?折|[一二三四五六七八九]折|半价|打折|\boff\b|\bdiscount\w*|\bsale\b|\brabatt\w*|\breduziert\b|\bremise\b|"
    r"\br[ée]duction\b|\bpromo\w*|\bsolde\w*|\bdescuento\w*|\bdesconto\w*|\boferta\b|\bdiskon\b|\bpotongan\b|\bdiscaun\b|"
    r"\bmurah\b|giảm|khuyến mãi|\bsale\b|ลด(?:ราคา)?|โปร|할인|세일|خصم|تخفيض|عرض|\btawad\b|\bbawas\b")
# an amount of change a result would be measured in ("5 kg", "2 sizes", "白两个色号", "3 tông")
_RESULT_AMOUNT = re.compile(
    r"\d+ ?(?:kg|kilo\w*|cm|lbs?|pounds?|sizes?|tallas?|tamanhos?|tailles?|gr[öo]ßen|shades?|tông|ký|cân)\b|"
    r"(?<!\d)100 ?%|\bhundred percent\b|\bcent pour cent\b|\bcien por ciento\b|\bcem por cento\b|\bhundert prozent\b|"
    r"\bseratus persen\b|trăm phần trăm|ร้อยเปอร์เซ็นต์|百分之百|백퍼|(?:مية|ميه) (?:بالمية|في المية|بالميه)|"
    r"(?:公斤|斤|厘米|色号|个号|码)|(?:กิโล|ซม|เบอร์)|(?:킬로|키로|센치|사이즈|톤)|(?:كيلو|سم|مقاس)")


def only_an_offer(line: str, guarantee_words: re.Pattern) -> bool:
    """A discount, and no guarantee word or amount of change a result could be measured in."""
    norm = normalize(line).text
    return bool(_DISCOUNT.search(norm)) and not guarantee_words.search(norm) and not _RESULT_AMOUNT.search(norm)


def promises_an_amount(norm: str) -> bool:
    """An amount of change a result is measured in ("5 kg", "deux tailles" is not: digits only), or 100%."""
    return bool(_RESULT_AMOUNT.search(norm))
