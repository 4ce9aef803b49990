"""Room talk the intent head reads as orders, and orders it reads as praise (comments round 13; apply_rules asks).

- Another seller's plug ("ghé shop mình bán mỹ phẩm nha", "mampir ke toko aku, jual hijab murah", "singgah kedai saya",
  "ฝากร้านด้วยนะคะ", "sigan mi página"), or a link: spam, other, never a buyer.
- Being in the room without buying yet: just joined, arrived or stepping away ("baru gabung", "ya llegué!!", "ahorita
  vengo"), just watching ("nanonood lang po", "bas bat-farag"), a shout-out asked for, waiting for payday ("nunggu
  gajian dulu", "chờ lương", "等发工资"): other.
- A question put to the room about the viewers themselves ("what's everyone's due date?"): other.
- "I want the ..." in Gulf and Egyptian Arabic and Arabizi ("ابغى العضاضة", "ana 3ayza el shayala"), and "the ... for me"
  with nothing else but thanks ("الأخضر لي الله يعافيك"): an order.
- A count and a please, nothing asked ("اتنين بيج مقاس ٠-٦ من فضلك", "2 black pls"), or a thing and a count alone
  in Chinese ("钱包两个"): an order.
"""

from __future__ import annotations

import re

SHOP_PLUG = re.compile(
    r"(?<![^\W\d_])(?:gh[ée] (?:shop|trang|kênh|kenh|tiệm|tiem) (?:mình|minh|em|tui|tớ)|"
    r"mampir (?:ya |yuk |dong |juga )?(?:ke |di )?(?:toko|lapak|olshop|etalase)(?:ku)? ?(?:aku|saya|kami|gue|gw)?|"
    r"singgah (?:ke |di )?kedai (?:saya|aku|kami)|(?:visit|check out|follow) my (?:shop|store|page)|"
    r"pasyal (?:kayo|po) sa (?:shop|page|tindahan) ko|visit(?:en|a|an) mi (?:tienda|página|pagina)|"
    r"(?:passa|passem|conheçam|conhecam) (?:na|a) minha loja|sigan mi (?:página|pagina|tienda|cuenta)|"
    r"(?:sigam|segue|sigam a) (?:a )?minha (?:loja|página|pagina))(?![^\W\d_])"
    # a link is a plug or a scam, never a buyer's line ("www.bit.ly/free-giftcard claim now")
    r"|https?://|(?<![^\W\d_])www\.|bit\.ly/"
    r"|来我(?:家)?店|逛逛我(?:的|家)店|แวะ(?:มา)?(?:ร้าน|เพจ)(?:เรา|หนู|ผม|ฉัน|เค้า)|ฝากร้าน|ฝากเพจ|"
    r"(?:زوروا|تابعوا) (?:متجري|صفحتي|حسابي)",
    re.IGNORECASE)
ROOM_TALK = re.compile(
    r"(?<![^\W\d_])(?:baru (?:gabung|join|masuk|dateng|datang)|(?:mới|vừa|moi|vua) (?:vào|vao)(?: live)?|just (?:joined|got here)|"
    r"nanonood lang|nakikinood|pa-?shout ?out|shout ?out (?:po|naman|pls|please|to)|bat-?farag|batfarag|"
    r"(?:nunggu|tunggu|nungguin) gajian|tanggal tua|(?:chờ|đợi|cho|doi) (?:có )?lương|esperando (?:la )?quincena|"
    r"esperando (?:o )?pagamento|(?:waiting for|till|until) (?:my )?pay ?day|"
    # arriving and stepping away: "ya llegué!!", "cheguei", "ahorita vengo", "já volto", "bentar ya kak"
    r"ya llegu[eé]|(?:já |ja )?cheguei|ahorita (?:vengo|regreso)|ya (?:vuelvo|regreso)|(?:já|ja) volto|volto (?:já|ja)|"
    r"(?:bentar|sebentar) (?:ya|dulu))(?![^\W\d_])"
    r"|بتفرج|اتفرج بس|بس اتفرج|等发工资|等工资|รอเงินเดือน|لين ينزل الراتب|استنى المرتب",
    re.IGNORECASE)
ROOM_QUESTION = re.compile(r"(?<![^\W\d_])(?:what'?s|whats|how'?s|where'?s) (?:everyone|everybody|y'?all)(?:'s)?(?![^\W\d_])",
                           re.IGNORECASE)
# "ابغى اعرف ..." (I want to know) asks; "ابغى <thing>" orders
ARABIC_WANT = re.compile(
    r"^\W*(?:(?:ana|ena|انا|أنا) )?(?:ابغى|أبغى|ابغي|أبغي|ابي|أبي|بدي|عايز|عايزة|عاوز|عاوزة|3ayez|3ayza|3awez|3awza|abgha|"
    r"abghaa|biddi|baddi)\s+(?!(?:اعرف|أعرف|اسأل|أسأل|اسال|افهم|أفهم|استفسر|a3raf|as2al|afham)(?![^\W\d_]))\S+")
_COURTESY = (r"(?:\s*(?:الله يعافيك|الله يخليك|الله يخليكي|الله يخليج|بليز|الله يعافيج|الله يعطيك العافية|لو سمحت|لو سمحتي|من فضلك|please|pls|plz|por favor|porfa|"
             r"tolong|🙏))")
FOR_ME = re.compile(r"^\W*ال[\u0621-\u064a]+(?: ال[\u0621-\u064a]+)? (?:لي|الي|ليا)" + _COURTESY + r"*\W*$")
COURTESY_END = re.compile(_COURTESY + r"\W*$", re.IGNORECASE)
_ASKED = re.compile(r"[?？؟]")
# a Chinese thing and its count, nothing else ("钱包两个", "短款三件"); not "R1跑鞋...", "20cm的..."
THING_AND_COUNT = re.compile(r"^\s*[\u4e00-\u9fff]{1,10}[一二两三四五六七八九十0-9]{1,2}[个個件只条條支套盒瓶双雙包]\s*[!！。~]*\s*$")


def room_or_order(text: str, intent: str, complaint: bool, count: int | None, particle: bool) -> str | None:
    """The intent these patterns decide, or None (count: the quantity the comment states, if any; particle: a
    question particle or word of the buyer's language)."""
    if complaint:
        return None
    if ROOM_QUESTION.search(text) or SHOP_PLUG.search(text):
        return "other"
    if _ASKED.search(text) or particle:
        return None
    if ROOM_TALK.search(text):
        return "other"
    if intent != "buy" and (ARABIC_WANT.search(text) or FOR_ME.search(text)):
        return "buy"
    if intent in ("praise", "other", "question") and count is not None and COURTESY_END.search(text):
        return "buy"
    if intent in ("question", "praise") and count is not None and THING_AND_COUNT.match(text):
        return "buy"        # "钱包两个", "薄荷绿两个": a thing and a count, nothing asked
    return None
