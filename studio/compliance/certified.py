"""A line that states a certificate, an assay or a certification mark promises no result.

"Las monedas de oro vienen con certificado de ensayo de 24 quilates", "Minuman 0% ini udah bersertifikat halal BPJPH",
"ليرات ذهب عيار 21 مع شهادة وزن ونقاوة", "ชุดหม้อไฟมีตราฮาลาลจากคณะกรรมการกลางอิสลาม": a grade or a mark someone
else vouches for. The classifier reads such lines as guaranteed results (0.39-0.52 in set 27, its guaranteed threshold
is 0.37) and the cultural readings of a halal offer as touching the diet; a named certificate takes both back, unless
the line also says a guarantee word, an amount of change or a counted deadline (a result still promised). Patterns
run on normalized text, every language at once (round 25).
"""

from __future__ import annotations

import re

CERTIFIED = re.compile(
    r"certifi|certificad|certifica[cç][aã]o|\bassay\b|\bensayo\b|\bensaio\b|\bhallmark|zertifi|certifi[ée]|"
    r"sertifika|sertipiko|\bsijil\b|\bjakim\b|\bmui\b|\bbpjph\b|\bcicot\b|\bsni\b|"
    r"认证|证书|證書|인증|감정서|ใบรับรอง|ตรารับรอง|เครื่องหมายรับรอง|ตราฮาลาล|เครื่องหมายฮาลาล|"
    r"chứng nhận|kiểm định|شهاده|معتمد")


def names_certificate(norm: str) -> bool:
    """A certificate, an assay or a certification body named (norm: normalize(...).text)."""
    return bool(CERTIFIED.search(norm))


def certificate_only(norm: str, guarantee_words: re.Pattern) -> bool:
    """A certificate named, and no guarantee word nor an amount of change a promised result hangs on."""
    from studio.compliance.offer_only import promises_an_amount

    return names_certificate(norm) and not guarantee_words.search(norm) and not promises_an_amount(norm)
