"""The price card's countdown words in the show's language: the viewers read the card, so it speaks their language
(the show's spoken language), never the studio UI's ("Offer ended · 优惠已结束" reached a US/DE programme)."""

from __future__ import annotations

# language -> (label before the mm:ss countdown, the offer has ended)
OFFER_WORDS: dict[str, tuple[str, str]] = {
    "en": ("Ends in", "Offer ended"),
    "zh": ("距结束", "优惠已结束"),
    "es": ("Termina en", "Oferta terminada"),
    "pt": ("Termina em", "Oferta encerrada"),
    "id": ("Berakhir dalam", "Promo berakhir"),
    "ms": ("Tamat dalam", "Tawaran tamat"),
    "th": ("หมดเขตใน", "หมดเวลาโปรแล้ว"),
    "vi": ("Kết thúc sau", "Ưu đãi đã kết thúc"),
    "ar": ("ينتهي خلال", "انتهى العرض"),
    "tl": ("Matatapos sa", "Tapos na ang offer"),
    "de": ("Endet in", "Angebot beendet"),
    "fr": ("Se termine dans", "Offre terminée"),
    "it": ("Termina tra", "Offerta terminata"),
    "ko": ("종료까지", "혜택 종료"),
    "ja": ("終了まで", "セール終了"),
}


def offer_words(language: str | None) -> tuple[str, str]:
    """('Ends in', 'Offer ended') for a language code ('pt-BR' -> pt); English for any other."""
    base = (language or "en").replace("_", "-").split("-")[0].lower()
    return OFFER_WORDS.get(base, OFFER_WORDS["en"])
