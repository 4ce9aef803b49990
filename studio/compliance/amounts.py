"""Money amounts as hosts and producers write them, so a note's price and a line's price compare.

A note says "sold at 89.000 CLP for three months" and the host says "back to 89 lucas"; "정가 39만
9천원" is 399,000 won; "4.5k", "99rb", "1 triệu 2", "2,5 juta", "4 آلاف", "3万9": the digits alone
are not the amount. `amounts_at(norm)` reads every amount in normalized text (any script's digits
already 0-9, see normalize.py) with its position: plain numbers ("29,99" -> 29.99, "1,290" -> 1290,
"89.000" -> 89000) and a number followed by a multiplier word of the markets we serve.
"""

from __future__ import annotations

import re

# multiplier words after a number; "mil" is Spanish/Portuguese thousands, "lucas"/"luca" Chilean
# thousands of pesos, "palos" Chilean millions, "rb"/"ribu" Indonesian, "nghìn"/"ngàn" Vietnamese
_THOUSAND = r"k|rb|ribu|ngàn|nghìn|nghin|ngan|mil|lucas?|lukas?|الف|الاف|الآف|آلاف|ألف|천|千|mille"
_TEN_THOUSAND = r"만|万|萬"
_MILLION = r"juta|jt|triệu|trieu|tr|millones|millón|milhões|milhão|million|millions|مليون|palos|百万"

_NUM = r"\d+(?:[.,]\d+)*"
_SCALED = re.compile(
    rf"(?P<num>{_NUM})\s*(?P<unit>{_MILLION}|{_TEN_THOUSAND}|{_THOUSAND})(?![a-zà-ỹ])"
    # "1 triệu 2" / "1tr2" = 1.2 million; "39만 9천" = 399,000; "3万9" = 39,000
    rf"(?:\s*(?P<rest>\d{{1,3}})(?:\s*(?P<rest_unit>천|千|k|nghìn|ngàn|rb|ribu))?(?![\d.,]))?")
_PLAIN = re.compile(r"\d+(?:[.,]\d{3})*(?:[.,]\d{1,2}(?!\d))?")
# "1 199 €": thousands grouped by a space (fr, de, pt, ...) only before a currency, so that
# "2 100ml bottles" stays two numbers
_CURRENCY = r"€|eur\b|euros?\b|\$|£|chf\b|fr\b|kr\b|zł|rm\b|dh\b|mad\b|₫|đ\b|vnd\b|rp\b"
_SPACED = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d])"
                     rf"(?:[.,]\d{{1,2}}(?!\d))?(?=\s?(?:{_CURRENCY}))")


def _plain_value(tok: str) -> float:
    """'29,99' -> 29.99, '1,290' -> 1290, '89.000' -> 89000, '4.5' -> 4.5."""
    whole, frac = re.match(r"(.*?)(?:[.,](\d{1,2}))?$", tok).groups()
    return float(re.sub(r"[.,]", "", whole) + (f".{frac}" if frac else ""))


def _scale(unit: str) -> float:
    if re.fullmatch(_MILLION, unit):
        return 1e6
    if re.fullmatch(_TEN_THOUSAND, unit):
        return 1e4
    return 1e3


# the low end of a range whose high end carries the unit ("selalu dijual 2,4-2,6 juta" is 2.4 to 2.6 million; round 26)
_RANGE_WORD = r"(?:-|–|~|to|a|até|hasta|sampai|hingga|s/d|đến|bis|à)"
_RANGE_LOW = re.compile(rf"(?<![\d.,])(?P<num>{_NUM})\s*{_RANGE_WORD}\s*$")
# "between 850 and 950 pesos", "entre 850 y 950": a range in words
_RANGE_BETWEEN = re.compile(rf"{_NUM}\s*(?:[a-zà-ỹ]{{1,8}}\s*)?(?:{_RANGE_WORD}|and|y|e|et|und|dan|và)\s*")


def ranges_at(norm: str) -> list[tuple[int, float, float]]:
    """(position, low, high) of every range of amounts ("2,4-2,6 juta", "RM 30-35") in normalized text."""
    found = amounts_at(norm)
    out = []
    for (pos, low), (pos2, high) in zip(found, found[1:]):
        between = norm[pos:pos2]
        if _RANGE_BETWEEN.fullmatch(between) and low < high:
            out.append((pos, low, high))
    return out


def amounts_at(norm: str) -> list[tuple[int, float]]:
    """(position, amount) of every amount in normalized text, in order."""
    out: list[tuple[int, float]] = []
    taken: list[tuple[int, int]] = []
    for m in _SCALED.finditer(norm):
        scale = _scale(m.group("unit"))
        value = _plain_value(m.group("num")) * scale
        rest = m.group("rest")
        if rest:
            if m.group("rest_unit"):
                value += int(rest) * 1e3
            elif scale >= 1e4:
                # "1 triệu 2" -> 1.2 million, "39만 9" (rare) -> 390,000 + 9 x 10^3 ... read as tenths
                value += int(rest) * scale / (10 ** len(rest))
            else:
                rest = None
        end = m.end() if rest else m.end("unit")
        out.append((m.start(), round(value, 2)))
        taken.append((m.start(), end))
        low = _RANGE_LOW.search(norm, 0, m.start())
        if low and not rest:     # "2,4-2,6 juta", "3 đến 4 triệu": the range's low end takes the unit of its high end
            out.append((low.start(), round(_plain_value(low.group("num")) * scale, 2)))
            taken.append((low.start(), low.end("num")))
    for m in _SPACED.finditer(norm):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        out.append((start, _plain_value(re.sub(r"\s", "", m.group()))))
        taken.append((start, m.end()))
    for m in _PLAIN.finditer(norm):
        if any(s <= m.start() < e for s, e in taken):
            continue
        out.append((m.start(), _plain_value(m.group())))
    return sorted(out)


# what follows a number that is not money: a duration, a date, a time, a share ("30 días", "1/10", "21:00", "20%");
# not "วันนี้" (today: "1,990 วันนี้เหลือ 390") nor "日元" (yen)
_NOT_MONEY = re.compile(
    r"\s*(?:%|/|:\d|d[ií]as?\b|days?\b|dias?\b|jours?\b|tage?n?\b|hari\b|ngày|วัน(?!นี้)|ปี|เดือน|สัปดาห์|يوم|ايام|شهور|اشهر|"
    r"天|日(?!元)|个月|일|개월|주|months?\b|meses\b|mois\b|monate?n?\b|bulan\b|tháng|weeks?\b|semanas?\b|semaines?\b|"
    r"wochen\b|minggu\b|tuần|hours?\b|horas?\b|heures?\b|jam\b|giờ|시간|小时|years?\b|a[nñ]os\b|ans\b|jahre?n?\b|tahun\b|năm\b|년|年)")


def money_at(norm: str) -> list[tuple[int, float]]:
    """amounts_at without the numbers that are durations, dates, times or percentages."""
    out = []
    for pos, value in amounts_at(norm):
        m = _PLAIN.match(norm, pos) or _SCALED.match(norm, pos)
        if m and _NOT_MONEY.match(norm, m.end()):
            continue
        out.append((pos, value))
    return out


def amounts(norm: str) -> set[float]:
    return {a for _, a in amounts_at(norm)}
