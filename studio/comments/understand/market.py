"""Which market a buyer is in, when the comment says so; otherwise unknown.

A show sells to several markets, and a buyer's language alone rarely says which one (Arabic:
Saudi Arabia or the Emirates; Spanish: Mexico or a Chilean who found the live). Evidence, in order:
1. a country the comment names ("envían a Chile?", "ship to Malaysia?", "من الكويت", "giao ra Hà Nội");
2. the buyer's language when exactly one of the show's markets speaks it (pt in a show selling
   to Brazil and Mexico is Brazil).
Otherwise None: the reply is then checked for every market of the show. A named country outside
the show's markets is kept (the reply is checked for it too; see FaqMatcher.reply).
"""

from __future__ import annotations

from studio.comments.understand.wordmatch import Lexicon

# country -> how buyers write it (and their big cities) in the markets' languages
COUNTRIES: dict[str, list[str]] = {
    "BR": ["brazil", "brasil", "brasilia", "são paulo", "sao paulo", "bh", "巴西", "البرازيل"],
    "MX": ["mexico", "méxico", "cdmx", "guadalajara", "monterrey", "墨西哥", "المكسيك"],
    "CL": ["chile", "santiago", "智利", "تشيلي"],
    "CO": ["colombia", "bogotá", "bogota", "medellín", "哥伦比亚"],
    "AR": ["argentina", "buenos aires", "阿根廷"],
    "PE": ["peru", "perú"],
    "ES": ["españa", "espanha", "spain", "madrid", "西班牙"],
    "PT": ["portugal", "lisboa", "葡萄牙"],
    "US": ["usa", "america", "united states", "estados unidos", "eua", "美国", "أمريكا", "امريكا"],
    "CA": ["canada", "canadá", "加拿大", "كندا"],
    "SA": ["saudi", "ksa", "السعودية", "الرياض", "جدة", "沙特"],
    "AE": ["uae", "emirates", "dubai", "abu dhabi", "الإمارات", "الامارات", "دبي", "أبوظبي", "阿联酋", "迪拜"],
    "KW": ["kuwait", "الكويت"],
    "QA": ["qatar", "قطر"],
    "EG": ["egypt", "مصر", "القاهرة"],
    "ID": ["indonesia", "jakarta", "surabaya", "bandung", "medan", "makassar", "印尼", "إندونيسيا"],
    "MY": ["malaysia", "kl", "kuala lumpur", "sabah", "sarawak", "johor", "jb", "penang", "槟城", "马来西亚",
           "ماليزيا"],
    "SG": ["singapore", "singapura", "新加坡"],
    "PH": ["philippines", "pilipinas", "manila", "cebu", "davao", "菲律宾", "الفلبين"],
    "VN": ["vietnam", "việt nam", "hà nội", "ha noi", "sài gòn", "saigon", "đà nẵng", "hcm", "越南"],
    "TH": ["thailand", "ไทย", "กรุงเทพ", "เชียงใหม่", "ขอนแก่น", "ภูเก็ต", "泰国"],
    "TW": ["taiwan", "台湾", "台灣", "台北", "高雄"],
    "HK": ["hong kong", "香港"],
    "CN": ["china", "中国", "大陆"],
    "KR": ["korea", "한국", "서울", "韩国"],
    "JP": ["japan", "日本"],
}
# the language each market's buyers mostly write (a market not listed: no inference from language)
MARKET_LANGUAGE = {"BR": "pt", "PT": "pt", "MX": "es", "CL": "es", "CO": "es", "AR": "es", "PE": "es", "ES": "es",
                   "US": "en", "GB": "en", "SA": "ar", "AE": "ar", "KW": "ar", "QA": "ar", "EG": "ar", "ID": "id",
                   "MY": "ms", "PH": "tl", "VN": "vi", "TH": "th", "TW": "zh", "CN": "zh", "HK": "zh", "KR": "ko",
                   "JP": "ja"}

_LEXICON: Lexicon | None = None


def _countries() -> Lexicon:
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon(COUNTRIES)
    return _LEXICON


def infer_market(text: str, lang: str, show_markets: list[str] | tuple[str, ...]) -> str | None:
    """The buyer's market (ISO code) from what the comment says, or None when it does not say."""
    named = _countries().find(text, typos=False)
    if len(named) == 1:
        return next(iter(named))
    if len(named) > 1:
        return None          # "from Mexico, ship to Chile?": which one is the buyer's is not said
    speaking = [m for m in show_markets if MARKET_LANGUAGE.get(m.upper()) == lang]
    return speaking[0].upper() if len(speaking) == 1 else None
