"""Rules on top of the intent head, for what rules do well.

- A buy code ("+1", "CF 2", "chốt", "F1", "扣1") is a buy, whatever the head says; so is asking to
  be sold a stated number ("can i get 2 of the nude one?", "ขอเคสสองอันได้ไหมคะ").
- A comment opening with an @handle talks to another viewer: other; so does a question put to the other
  viewers ("anyone tried the durian one?", "有人用过吗", "ใครเคยกิน...").
- Saying an order is in ("ya está en el carrito", "sudah co", "已拍", "กดตะกร้าแล้ว") is a buy.
- A comment of emoji alone ("❤️❤️❤️", "🔥🔥") is a reaction: other.
- A question mark, or a question word or particle of the buyer's language ("吗", "X不X", "ไหม",
  "không", "ga kak", "ba", "هل ...", "how ..."), makes chatter or praise a question; a particle also
  makes a "buy" a question ("耳环是真金吗" is not an order); a complaint becomes a question only
  when the head is unsure (complaints are often asked: "why hasn't my order arrived?").
- Praise with an eye-roll (🙄 🙃 😒) is sarcasm: a complaint; a sad or angry face counts like a complaint word.
- Talk to the room ("f4f", "brb", "absen dong", "điểm danh", "打卡") is other, not an order or praise.
- A complaint word ("broken", "مكسور", "假货", "belum sampai"; assets/comments/complaint_words.yaml)
  makes a buy, praise or chatter a complaint when the head is not sure of it (< 0.75); one right after
  a negation is none ("ga pecah": did not break).
- "Why ...?" ("ليش ...؟", "por qué ...", "kok ...", "là sao", "为什么") is a complaint, not a question;
  small talk with the host ("udah makan belum?", "qué hora es allá?", "كم الساعة عندكم") and spam
  (money, jobs, loans, followers) are other.
- "Is this normal?" after telling what a product does ("esquenta muito, normal isso??", "正常吗") is a
  complaint; laughing at the host ("jajaja el host...", "哈哈主播...") is other; "keep ..." and "apartado ..."
  without a question say the buyer takes it: a buy; weather talk ("que calor aqui", "الجو عندكم حار؟") is small talk.
- A question to the room stays chatter when the head leans complaint or praise but is unsure; an
  eye-roll or an angry face keeps a complaint from becoming a question by its "?".
"""

from __future__ import annotations

import re
from functools import lru_cache

from studio.comments.understand.intent_head import comments_assets_dir
from studio.comments.understand.quantity import is_buy_code, quantity
from studio.comments.understand.wordmatch import Lexicon

UNSURE = 0.6
SURE_CHATTER = 0.8     # chatter the head is this sure of keeps its "?" (set by 5-fold CV)
COMPLAINT_UNSURE = 0.75
_QUESTION_MARK = re.compile(r"[?？؟]")
_TAIL = r"(?:\s*(?:kak|ka|kk|sis|shop|ạ|a|ah|po|nha|nhé|ya|vậy|vay|ค่ะ|คะ|ครับ|จ้า|จ๊ะ|呀|啊|呢|哦|[!.~😊🙏]))*\s*$"
PARTICLES = {
    "zh": re.compile(r"(?:吗|嗎|么|麼|没有|沒有|呢|几\S?|多少|怎么|怎麼|哪[个個里裡]?|什么|什麼)" + _TAIL
                     + r"|(.)不\1|(.)没\2|^(?:请问|請問|有没有|有沒有|能不能|可不可以|是不是)"),
    "th": re.compile(r"(?:ไหม|มั้ย|มั๊ย|ไม๊|หรือเปล่า|รึเปล่า|ยังไง|เท่าไหร่|เท่าไร|กี่\S*|อะไร|ที่ไหน|ไหน|หรือ\S{1,15})" + _TAIL),
    # not "chút nào" ("không dính chút nào": does not stick at all)
    "vi": re.compile(r"(?<![^\W_])(?:không|ko|k|chưa|hả|hông|sao|(?<!chút )nào|bao nhiêu|bn|mấy\s*\S*|đâu|gì)" + _TAIL, re.IGNORECASE),
    "id": re.compile(r"(?:\b(?:ga|gak|nggak|ngga|engga|tidak|kah|apa|berapa|brp|gimana|bagaimana|kapan|dimana|mana)"
                     + _TAIL + r"|^(?:apa|apakah|berapa|brp|kapan|gimana|bisa|ada)\b)", re.IGNORECASE),
    "ms": re.compile(r"(?:\b(?:tak|ke|kah|berapa|bila|mana)" + _TAIL + r"|^(?:boleh|ada|berapa|bila)\b)", re.IGNORECASE),
    "tl": re.compile(r"(?:\b(?:ba|po ba|magkano|kailan|saan|paano|ano)\b)", re.IGNORECASE),
    "ar": re.compile(r"^(?:هل|كم|بكم|متى|وين|أين|اين|كيف|ليش|لماذا|شو|وش|ايش|إيش|فيه|في)\b|(?:ولا لا|أو لا)\s*$"),
    "ko": re.compile(r"(?:나요|까요|가요|어요\?|니까|있어요\?|돼요\?|얼마|언제|어디|뭐예요)\s*$"),
    # not "qué"/"who": "qué linda eres" and "who else is watching" are not questions to answer
    "es": re.compile(r"^(?:cuánto|cuanto|cuándo|cuando|cómo|como|dónde|donde|cuál|cual|hay|tienen|hacen|llega)\b",
                     re.IGNORECASE),
    "pt": re.compile(r"^(?:qual|quanto|quando|como|onde|tem|vocês|vcs|entrega|chega|serve)\b", re.IGNORECASE),
    "en": re.compile(r"^(?:what|whats|what's|how|when|where|which|why|is|are|do|does|can|could|will|would|any|u|pls tell)\b",
                     re.IGNORECASE),
}


# asking to be sold a stated number is an order, however politely asked: "can i get 2 ...",
# "me puedes vender 2 fundas?", "bisa pesen 2 ...", "ขอ ... สองอันได้ไหม", "能给我留两个 ...", "cho e 2 ..."
BUY_REQUEST = re.compile(
    r"(?:\b(?:can i (?:get|have|order|buy)|could i (?:get|have|order)|(?:can|could) (?:you|u) (?:hold|keep|save|reserve)|i(?:'d| would) like|pls send|save me|"
    r"(?:me )?(?:puedes |podes |pode |podría )?(?:vender|vende|vendes|apartar|apartas|aparta|separar|separa|reservar|reserva|guardar|guarda)|"
    r"(?:bisa|boleh) (?:pesan|pesen|order|beli|ambil|keep|booking|book)|nak order|pabili|pa-reserve|"
    r"cho (?:e|em|mình|chị|c)|để (?:e|em|mình) \d|lấy cho)\b)|^ขอ|ขอ.*(?:อัน|ชิ้น|แท่ง|ตลับ|หลอด|กล่อง)|"
    r"给我留|帮我留|给我来|我要|能给我|可以给我|留[一两二三四五\d]|"
    r"(?:تحجز|احجز|احجزي|أبغى|ابغى|أبي|ابي|أريد|اريد|ممكن (?:تحجز|ترسل|اطلب))",
    re.IGNORECASE)
# a question put to the other viewers, not to the host ("anyone tried the durian one?", "alguém já comprou?",
# "ada yg udah coba?", "有人用过吗", "ใครเคยกิน...", "mn ơi có ai...", "فيه أحد من الكويت؟"): chatter to answer
# for nobody, so other, like a roll call ("sino dito taga-Pampanga?")
VIEWER_QUESTION = re.compile(
    r"^\W*(?:anyone|any1|anybody|some1|someone|who else|who here|alguien|alguno de ustedes|alguna de ustedes|"
    r"quién más|quien mas|alguém|alguem|quem (?:já|ja|mais|aqui)|(?:ada|adakah) (?:yg|yang|yng|org|orang) "
    r"(?:udah|sudah|dah|pernah|dari|tinggal)|siapa (?:yg|yang) (?:udah|sudah|pernah|dari)|sino (?:dito|na|ang|sa)|"
    r"may naka|meron bang naka|(?:mn|mng|mọi người|cả nhà|các chị|mấy bà)\s*(?:ơi)?\W*(?:có )?ai|có ai|"
    r"有人|有没有人|有沒有人|有没有姐妹|有沒有姐妹|有姐妹|谁(?:买|用|吃|试)过|誰(?:買|用|吃|試)過|มีใคร|ใคร(?:เคย|ซื้อ|ใช้|อยู่|มาจาก)|"
    r"(?:فيه |في |هل |هل في |هل فيه )?(?:أحد|احد|حد) (?:جرب|جرّب|اشترى|من|هنا|منكم|استخدم)|"
    # "who here ...?" in more forms: "ai nuôi mèo ... ko", "sape kat sini ...", "ใคร...บ้าง", "有没有养布偶的姐妹",
    # "أحد يتمرن بالبيت؟", "... e vcs?" (the question handed to the room)
    r"ai (?!ơi)\S+.*\b(?:ko|không|k)\W*$|^\W*(?:có )?ai (?:đã |từng )?(?:mua|dùng|xài|thử|ăn) |(?:sape|siapa|sapa) (?:kat|dekat|di) sini|^(?:أحد|احد) )"
    r"|ใคร\S*บ้าง|有没有.{0,8}的(?:姐妹|宝妈|宝宝|人)|有沒有.{0,8}的(?:姐妹|寶媽|人)|\be (?:vcs|vocês|voces|ustedes)\s*\?",
    re.IGNORECASE)
# praise said with an eye-roll ("ما شاء الله سرعة التوصيل، شهر كامل 🙄", "grabe ang bilis, 3 weeks lang naman 🙃"):
# sarcasm, a complaint
SARCASM = re.compile(r"[🙄🙃😒]")
# a sad or angry face counts like a complaint word ("dumbel 2kg ku dateng penyok kak 😞"); not 😭 (laughing in SEA)
COMPLAINT_FACE = re.compile(r"[😞😡😠😤👎💢☹😣😖]")
# talk to the room that asks nothing of the host: follow-for-follow, be-right-back, roll calls ("absen dong",
# "điểm danh", "打卡")
CHATTER = re.compile(r"(?<![^\W\d_])(?:f4f|l4l|s4s|sub4sub|follow back|follow me|followback|brb|absen|điểm danh|diem danh)"
                     r"(?![^\W\d_])|打卡|签到|ลงชื่อ|تابعوني|تابعني|ضيفوني", re.IGNORECASE)
# an order already placed: "ya está en el carrito", "já paguei", "sudah co", "đã thêm vào giỏ", "已拍",
# "加购了", "กดตะกร้าแล้ว", "ضفتها للسلة" (a complaint word first: "já paguei e não chegou" is a complaint)
ORDER_PLACED = re.compile(
    r"\b(?:ya pagu[ée]|ya compr[ée]|ya ped[íi]|en el carrito|al carrito|j[áa] paguei|j[áa] comprei|j[áa] pedi|"
    r"no carrinho|ao carrinho|(?:sudah|udah|sdh|dah|done) (?:co|checkout|check out|bayar|transfer|tf)|"
    r"naka-?checkout|nag-?checkout|nag-?add to cart|checked out|added to (?:my )?cart|in my cart|just ordered|"
    r"(?:đã|vừa|mới) (?:đặt|chốt|mua|ck|chuyển khoản|thêm vào giỏ)|thêm vào giỏ|(?:ck|chuyển khoản|chuyển tiền)(?: \S+)? rồi)(?!\w)"
    r"|^\W*apartad[oa]s?\b(?!.*[?？؟])"
    r"|กดตะกร้า|กดสั่งแล้ว|สั่งแล้ว|โอนแล้ว|已拍|拍了|已下单|下单了|加购了|已付款|付好款|付款了|付了款|已支付|للسلة|في السلة|حطيتها بالسلة",
    re.IGNORECASE)
# "why ...?" from a buyer is a complaint in every language of the labeled sets (27 of 29 lines): "why did the
# price go up", "ليش السماعة تشتغل من جهة وحدة؟", "por que meu peitoral veio preto?", "kok harganya naik",
# "set khăn 3 cái mà nhận đc có 2 cái là sao shop??" (Vietnamese "sao" alone is also "how": "đặt hàng sao shop")
WHY = re.compile(r"(?<![^\W\d_])(?:why|whyy+|por ?qu[eé]|pq|kenapa|knp|kok|ngapa|kenape|bakit|tại sao|vì sao|là sao|"
                 r"ليش|لماذا|ليه|لیش)(?![^\W\d_])|^\W*sao\b|为什么|為什麼|为啥|為啥|怎么会|怎麼會|ทำไม", re.IGNORECASE)
# small talk with the host ("kak udah makan belum?", "qué hora es allá?", "แม่ค้ากินข้าวยังคะ", "كم الساعة عندكم الحين؟",
# "de onde vcs são?"): asked, but nothing to answer for the shop (21 of 22 such labeled lines are other)
SMALL_TALK = re.compile(
    r"(?<![^\W\d_])(?:(?:udah|sudah|dah|blm|belum) makan|makan (?:belum|blm)|ăn (?:cơm|tối|trưa|sáng)?\s*chưa|comiste|"
    r"ya comi[óo]|já (?:almoçou|jantou|comeu)|have (?:you|u) eaten|did (?:you|u) eat|(?:que|qué) horas? (?:são|es|son)|"
    r"what time is it|mấy giờ rồi|jam berapa (?:di sana|disana|sekarang)|de onde (?:vcs|vocês|você|vc) (?:são|é)|"
    r"de d[oó]nde (?:eres|son)|where (?:are )?(?:you|u) from)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:qu[eé] (?:calor|fr[ií]o)|hace (?:mucho )?(?:calor|fr[ií]o)|(?:t[áa]|est[áa]) (?:um )?(?:calor|frio)|"
    r"(?:so|very|really) (?:hot|cold) (?:here|today)|(?:panas|hujan|dingin) (?:banget|bgt|sekali) (?:di )?(?:sini|hari ini)|"
    r"trời (?:nóng|mưa|lạnh)|(?:nóng|lạnh) quá (?:trời|đi)|weather)(?![^\W\d_])|อากาศ(?:ร้อน|หนาว)|ฝนตก|今天好热|今天好冷|下雨了|"
    r"الجو (?:عندكم|حار|بارد|حر)"
    r"|กินข้าว(?:ยัง|หรือยัง)|(?:ที่นั่น|ตอนนี้)กี่โมง|吃饭了吗|吃了吗|几点了|幾點了|كم الساعة|أكلتي|اكلتي|تغديت|تعشيت", re.IGNORECASE)
# spam: money, jobs, loans, followers ("promo pinjaman cepat cair, cek profil", "tuyển ctv lương cao", "اربح ١٠٠٠
# ريال", "兼职刷单日结"): never a buyer (all 24 such labeled lines are other)
SPAM = re.compile(
    r"(?<![^\W\d_])(?:earn \$|make money|free followers|ganhe (?:seguidores|dinheiro)|seguidores gr[aá]tis|gana dinero|"
    r"slot gacor|pinjaman|kerja online|tuyển (?:ctv|dụng)|lương cao|kiếm tiền|link (?:in|na|en|di) (?:my |mi |meu )?bio|"
    r"click my (?:bio|profile))(?![^\W\d_])|اربح|ربح مضمون|รับสมัครงาน|รายได้ดี|日赚|日结|兼职|刷单|领红包", re.IGNORECASE)
# a complaint word right after a negation is none: "udah jatuh sekali ga pecah 👍", "não quebrou", "没坏"
NEGATION = re.compile(r"(?<![^\W\d_])(?:ga|gak|nggak|ngga|tidak|tak|bukan|no|não|nao|nunca|sin|sem|not|never|"
                      r"không|ko|hổng|chẳng|ไม่|مو|مش|غير)\s+([^\W\d_]+)|[不没沒未]([\u4e00-\u9fff]{1,2})", re.IGNORECASE)
# "is this normal?" after telling what a product does: a defect reported as a question
NORMAL_ASK = re.compile(
    r"(?<![^\W\d_])(?:is (?:this|that|it) normal|normal (?:isso|isto|ba|po ba|lang ba|ba yan|ya|kah|ke|gak|ga|ko)|"
    r"(?:é|e|eh|es|esto es|isso é|será) normal|(?:có |là |vậy có )?bình thường (?:không|ko|k|hả|ha)|"
    r"wajar (?:ga|gak|nggak|kah|ya)|biasa ke)(?![^\W\d_])|正常吗|正常嗎|正常不|ปกติไหม|ปกติมั้ย|ปกติหรือเปล่า|ปกติรึเปล่า|"
    r"(?:هذا |هل هذا |عادي و?)?طبيعي\s*[؟?]", re.IGNORECASE)
# laughing at the host's antics ("hahaha o apresentador buzinando", "哈哈主播倒车好搞笑"): room chatter
LAUGH_AT_HOST = re.compile(
    r"^\W*(?:(?:(?:ha){2,}h?|(?:ah){2,}|(?:ja){2,}j?|(?:je){2,}|k{3,}|(?:wk){2,}w?k?|(?:he){2,}|(?:rs){2,}|lol+|lmao|555+|"
    r"ه{3,})(?![^\W\d_])|哈{2,}|呵{2,}|笑死).*"
    r"(?:host|hostnya|apresentador|apresentadora|presentador|presentadora|kakaknya|kaknya|mc|idol|主播|老板|"
    r"แม่ค้า|พี่|المذيع|المذيعة|المقدم)", re.IGNORECASE)
# "keep vacuum mobil kak", "mine po the blue one": the live-selling word for "I take it", without a number
KEEP = re.compile(r"^\W*(?:keep|kip|mine(?: po)?)\b(?!.*[?？؟])", re.IGNORECASE)
NO_LETTERS = re.compile(r"^[^\w]*$")
MENTION_FIRST = re.compile(r"^\s*@\S+")


def question_particle(text: str, lang: str) -> bool:
    pattern = PARTICLES.get(lang)
    return bool(pattern and pattern.search(text.strip().lower()))


@lru_cache(maxsize=1)
def complaint_words() -> Lexicon:
    return Lexicon.load(comments_assets_dir() / "complaint_words.yaml")


def complains(text: str) -> bool:
    """A complaint word that no negation takes back ("ga pecah" is not broken; "no llega" stays:
    the whole phrase is the complaint word)."""
    words = complaint_words()
    if not words.find(text):
        return False
    kept = NEGATION.sub(lambda m: " " if words.find(m.group(1) or m.group(2), typos=False) else m.group(0), text)
    return bool(words.find(kept))


def apply_rules(text: str, lang: str, intent: str, score: float) -> tuple[str, float]:
    """The head's (intent, score) corrected by the rules."""
    if is_buy_code(text):
        return "buy", 1.0
    if NO_LETTERS.match(text):
        return "other", score        # emoji and hearts alone: a reaction, not a message to answer
    if intent in ("question", "other", "buy") and BUY_REQUEST.search(text) and quantity(text) is not None:
        return "buy", score
    if SPAM.search(text):
        return "other", score        # money, jobs, loans, followers: spam, never a buyer
    if MENTION_FIRST.match(text):
        return "other", score        # "@carla mira esto": one viewer talking to another, not to the host
    complaint = complains(text)
    if intent in ("question", "other", "praise") and NORMAL_ASK.search(text):
        return "complaint", score    # "esquenta muito, normal isso??": a defect, asked as a question
    if intent in ("praise", "complaint", "question") and LAUGH_AT_HOST.search(text) and not complaint \
            and not SARCASM.search(text):
        return "other", score        # "jajaja el host no le atinó": laughing along, not a review
    if intent in ("question", "other", "praise") and KEEP.search(text) and not complaint:
        return "buy", score          # "keep vacuum mobil kak": taken, like "+1"
    if VIEWER_QUESTION.search(text) and (intent in ("question", "other") or (
            intent in ("complaint", "praise", "buy") and score < UNSURE and not complaint)):
        return "other", score        # asked of the other viewers: nobody's question to answer
    if intent in ("other", "praise", "question") and ORDER_PLACED.search(text) and not complaint:
        return "buy", score          # told the host an order is in: a sale to log
    if intent in ("question", "other", "praise") and SMALL_TALK.search(text) and not complaint:
        return "other", score        # "chị ơi ăn tối chưa": small talk, not a question for the shop
    if intent in ("question", "other") and WHY.search(text):
        return "complaint", score    # "why did ...?": a buyer who asks why is complaining
    particle = question_particle(text, lang)
    asked = particle or _QUESTION_MARK.search(text)
    if intent == "question" and complaint and not asked:
        return "complaint", score    # "giày giao sai size": nothing asked, a complaint word said
    if intent == "question":
        return intent, score
    if intent == "praise" and SARCASM.search(text):
        return "complaint", score
    if intent in ("buy", "praise", "other") and score < COMPLAINT_UNSURE and (complaint or COMPLAINT_FACE.search(text)):
        return "complaint", score
    if intent in ("buy", "praise", "complaint") and CHATTER.search(text) and not complaint:
        return "other", score
    if intent == "complaint" and (SARCASM.search(text) or COMPLAINT_FACE.search(text) or WHY.search(text)):
        return intent, score         # "..., وين الجودة؟ 🙄", "... là sao shop??": a complaint, not a question
    if not asked:
        return intent, score
    if intent == "other" and score >= SURE_CHATTER:
        return intent, score         # "有广州的吗", "anyone from Cebu?": a roll call, asked of nobody
    if intent in ("other", "praise") or score < UNSURE or (intent == "buy" and particle):
        return "question", score
    return intent, score
