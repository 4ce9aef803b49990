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

from studio.comments.understand.buy_cues import (arabizi_want, BUY_REQUEST, CHECKOUT, COUNT_ME_IN, KEEP, RESERVE_FOR_ME,
                                                 WANT, WANT_THING)
from studio.comments.understand.intent_head import comments_assets_dir
from studio.comments.understand.quantity import is_buy_code, quantity
from studio.comments.understand.questions import ASKS, QUESTION_MARK, after_greeting, question_particle
from studio.comments.understand.room_and_orders import LIKE_OURS, room_or_order
from studio.comments.understand.told_complaints import bought_anyway, told_complaint
from studio.comments.understand.wordmatch import Lexicon, fold

UNSURE = 0.6
SURE_CHATTER = 0.8     # chatter the head is this sure of keeps its "?" (set by 5-fold CV)
COMPLAINT_UNSURE = 0.75
PRAISE_OVER_COMPLAINT = 0.75   # a complaint the head is less sure of gives way to a praise word


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
# a clap after praise is as often a slow clap as applause: it keeps praise words from overruling the head
SLOW_CLAP = re.compile(r"👏")
# "they said ..." before praise is irony ("katanya lapis emas 18k, seminggu udh item wkwk mantap")
SAID_SO = re.compile(r"(?<![^\W\d_])(?:katanya|kata nya|dijeron|decían|dizem que|disseram|they said|supposedly|"
                     r"nghe nói|bảo là)(?![^\W\d_])|说是|說是|据说|เขาว่า|قالوا|يقولون", re.IGNORECASE)
# a laugh anywhere: a complaint word said in jest ("broken heart emoji for this price lol") leaves a sure praise be
JOKING = re.compile(r"(?<![^\W\d_])(?:lol+|lmao+|(?:ha){2,}h?|(?:ja){2,}j?|k{3,}|(?:wk){2,}w?k?|(?:rs){2,}|555+)(?![^\W\d_])|"
                    r"哈哈|😂|🤣", re.IGNORECASE)
# a sad or angry face counts like a complaint word ("dumbel 2kg ku dateng penyok kak 😞"); not 😭 (laughing in SEA)
COMPLAINT_FACE = re.compile(r"[😞😡😠😤👎💢☹😣😖]")
# talk to the room that asks nothing of the host: follow-for-follow, be-right-back, roll calls ("absen dong",
# "điểm danh", "打卡")
CHATTER = re.compile(r"(?<![^\W\d_])(?:f4f|l4l|s4s|sub4sub|follow back|follow me|followback|brb|absen|điểm danh|diem danh|"
                     # watching along, greeting the room, a break of one's own ("nyimak dulu", "salken semua", "ngopi dulu gaes")
                     r"nyimak|salken|salam kenal|just watching|lurking|(?:ngopi|ngeteh|makan|mandi|tidur|masak) dulu)"
                     r"(?![^\W\d_])|打卡|签到|ลงชื่อ|تابعوني|تابعني|ضيفوني", re.IGNORECASE)
# an order already placed: "ya está en el carrito", "já paguei", "sudah co", "đã thêm vào giỏ", "已拍",
# "加购了", "กดตะกร้าแล้ว", "ضفتها للسلة" (a complaint word first: "já paguei e não chegou" is a complaint)
ORDER_PLACED = re.compile(
    r"\b(?:ya pagu[ée]|ya compr[ée]|ya ped[íi]|en el carrito|al carrito|j[áa] paguei|j[áa] comprei|j[áa] pedi|"
    r"no carrinho|ao carrinho|(?:sudah|udah|sdh|dah|done) (?:co|checkout|check out|bayar|transfer|tf)|"
    r"naka-?checkout|nag-?checkout|nag-?add to cart|checked out|added to (?:my )?cart|in my cart|just ordered|"
    r"paid already|already paid|just paid|payment (?:sent|done)|sent (?:the |my )?receipt|(?:co|checkout) (?:dah|sudah|udah)|"
    r"(?:đã|vừa|mới) (?:đặt|chốt|mua|ck|chuyển khoản|thêm vào giỏ)|thêm vào giỏ|(?:ck|chuyển khoản|chuyển tiền)(?: \S+)? rồi)(?!\w)"
    r"|^\W*apartad[oa]s?\b(?!.*[?？؟])"
    r"|กดตะกร้า|กดสั่งแล้ว|สั่งแล้ว|โอนแล้ว|已拍|拍了|已下单|下单了|加购了|已付款|付好款|付款了|付了款|已支付|للسلة|في السلة|حطيتها بالسلة|خلاص (?:اخذتها|أخذتها|اخذته|أخذته|طلبتها|طلبته)",
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
    r"|กินข้าว(?:ยัง|หรือยัง)|(?:ที่นั่น|ตอนนี้)กี่โมง|吃饭了吗|吃了吗|几点了|幾點了|كم الساعة|أكلتي|اكلتي|تغديت|تعشيت"
    # "what's up" said to the room and nothing more ("qué onda raza", "e aí galera", "apa kabar semua"): a greeting
    r"|^\W*(?:qu[eé] onda|q onda|quiubo|qu[eé] pedo|what'?s up|wassup|e a[íi]|apa kabar|apa khabar|kumusta)"
    r"(?:\s+(?:raza|gente|banda|chicos|chicas|amigos|amigas|people|guys|everyone|all|galera|pessoal|semua|kayo|po))*[\W_]*$",
    re.IGNORECASE)
# spam: money, jobs, loans, followers ("promo pinjaman cepat cair, cek profil", "tuyển ctv lương cao", "اربح ١٠٠٠
# ريال", "兼职刷单日结"): never a buyer (all 24 such labeled lines are other)
SPAM = re.compile(
    r"(?<![^\W\d_])(?:earn \$|make money|free followers|ganhe (?:seguidores|dinheiro)|seguidores gr[aá]tis|gana dinero|"
    r"slot gacor|pinjaman|kerja online|tuyển (?:ctv|dụng)|lương cao|kiếm tiền|link (?:in|na|en|di) (?:my |mi |meu )?bio|"
    r"click my (?:bio|profile)|"
    # taking the talk off the platform: "kb zalo với mình nha 09...", "add me on whatsapp", "加我微信", "แอดไลน์มา"
    r"(?:kb|kết bạn|ket ban|add|ib) (?:zalo|wechat|line|whatsapp|wa)|add me on (?:zalo|wechat|line|whatsapp|telegram))"
    r"(?![^\W\d_])|加我微信|加微信|แอดไลน์|اربح|ربح مضمون|รับสมัครงาน|รายได้ดี|日赚|日结|兼职|刷单|领红包", re.IGNORECASE)
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
    r"^\W*(?:(?:(?:ha){2,}h?|(?:ah){2,}|(?:ja){2,}j?|(?:je){2,}|k{3,}|(?:wk){2,}w?k?|(?:he){2,}|(?:rs){2,}|lol+|lmao+|555+|"
    r"ه{3,})(?![^\W\d_])|哈{2,}|呵{2,}|笑死).*"
    r"(?:host|hostnya|apresentador|apresentadora|presentador|presentadora|kakaknya|kaknya|mc|idol|主播|老板|"
    r"แม่ค้า|พี่|المذيع|المذيعة|المقدم)", re.IGNORECASE)
# "but": praise with a but is not plain praise ("bonito pero llegó roto")
CONTRAST = re.compile(r"(?<![^\W\d_])(?:but|however|though|pero|aunque|mas|porém|tapi|tp|namun|sayang|nhưng|nhung|kaso|"
                      r"lástima|pena que)(?![^\W\d_])|แต่|但是|可是|不过|不過|就是|"
                      r"(?<![^\W\d_])و?(?:لكن|بس)(?![^\W\d_])", re.IGNORECASE)   # whole words: not the بس of "لبستها"
NO_LETTERS = re.compile(r"^[^\w]*$")
MENTION_FIRST = re.compile(r"^\s*@\S+")


@lru_cache(maxsize=1)
def complaint_words() -> Lexicon:
    return Lexicon.load(comments_assets_dir() / "complaint_words.yaml")


@lru_cache(maxsize=1)
def praise_words() -> tuple[Lexicon, Lexicon]:
    """(praise said with a negation, plain praise) of assets/comments/praise_words.yaml."""
    path = comments_assets_dir() / "praise_words.yaml"
    return Lexicon.load(path, groups=("negated",)), Lexicon.load(path, groups=("praise",))


def _without_negated_praise(text: str) -> str:
    """text less its praise said with a negation ("no me arrepiento", "ไม่ผิดหวัง"): what is left can complain."""
    negated, _ = praise_words()
    out = text.lower()
    for variants in negated.concepts.values():
        for v in variants:
            out = out.replace(v, " ")
    return out


# a negation and the words it takes ("no es muy bueno", "không đẹp lắm", "ไม่ดีมาก", "不喜欢"): no praise in them
_NEGATED_SPAN = re.compile(r"(?<![^\W\d_])(?:no|not|não|nao|nunca|never|ga|gak|nggak|ngga|tidak|tak|bukan|không|ko|chẳng|"
                           r"hindi|di(?!\s+(?:sini|sana|situ|mana|rumah)(?![^\W\d_]))|مو|مش|ما|لا)(?:\s+[^\s]+){1,3}|ไม่(?:ค่อย)?\S{0,6}|[不没沒未][\u4e00-\u9fff]{1,3}",
                           re.IGNORECASE)


def praises(text: str) -> bool:
    """Praise a buyer means: a praise word not under a negation, or praise said with one ("不后悔")."""
    negated, plain = praise_words()
    if negated.find(text, typos=False):
        return True
    return bool(plain.find(_NEGATED_SPAN.sub(" ", text.lower()), typos=False))


def complains(text: str) -> bool:
    """A complaint word that no negation takes back ("ga pecah" is not broken; "no llega" stays:
    the whole phrase is the complaint word)."""
    words = complaint_words()
    text = _without_negated_praise(text)
    if not words.find(text):
        return False
    kept = NEGATION.sub(lambda m: " " if words.find(m.group(1) or m.group(2), typos=False) else m.group(0), text)
    kept = _without_denied(kept, words)
    return bool(words.find(_THAI_NEGATED.sub(lambda m: _without_thai_negated(m.group(0), words), kept)))


# a defect denied through a little word between ("không bị rỉ nước", "no se rompe", "tidak ada yang rusak", "没有漏水",
# "ما يسرب", "hindi tumutulo", "not even scratched"): the negation takes back the complaint word that opens after it
_DENIED = re.compile(
    r"(?<![^\W\d_])(?:no|not|não|nao|nunca|never|ga|gak|nggak|ngga|tidak|tak|bukan|không|ko|chẳng|chưa hề|hổng|hindi|"
    r"walang|ما|لا|مو|مش|مب|ماهو)\s+((?:(?:có |hề )?bị|hề|có|se|me|le|lo|la|ha|even|ever|been|ada yang|ada yg|ada|pernah|"
    r"sampai|sampe|naman|man|pa|rin|din|بي|ب)\s+)?"
    r"|[不没沒未](?:有|会|會|再)?")


def _without_denied(text: str, words: Lexicon) -> str:
    """text less each complaint word that opens right after a negation or its little word."""
    folded = fold(text)
    starts = set()
    for m in _DENIED.finditer(folded):
        starts.add(m.end())
        if m.lastindex and m.group(1):
            starts.add(m.start(1))
    # too dear, but bought or worth it all the same ("too pricey but worth it", "mahal tapi worth it", "بس يستاهل")
    worth = bought_anyway(folded)
    cut = [(s, e) for s, e, cs in words.spans(folded) if s in starts or worth and cs == {"too dear"} and s < worth.start()]
    for s, e in sorted(cut, reverse=True):
        folded = folded[:s] + " " * (e - s) + folded[e:]
    return folded


_THAI_NEGATED = re.compile(r"ไม่(?:ค่อย)?[\u0e00-\u0e7f]+")


def _without_thai_negated(run: str, words: Lexicon) -> str:
    """A Thai run with the complaint word its negation takes out ("ไม่หวานเกินไป", not too sweet); Thai has no
    space for NEGATION to stop at, so only a complaint word right after "ไม่" is taken."""
    rest = run[len("ไม่ค่อย"):] if run.startswith("ไม่ค่อย") else run[len("ไม่"):]
    for variants in words.concepts.values():
        for v in variants:
            if rest.startswith(v):
                return " " + rest[len(v):]
    return run


def _reservations(text: str) -> bool:
    """A but, an eye-roll or a slow clap, a sad face, a "why" or an "is this normal?": not plain praise or a plain
    order ("ดีมากเลย สั่งรองเท้าได้ไซส์ผิด 👏👏" is sarcasm)."""
    return bool(CONTRAST.search(text) or SARCASM.search(text) or SLOW_CLAP.search(text) or SAID_SO.search(text)
                or COMPLAINT_FACE.search(text)
                or WHY.search(text) or NORMAL_ASK.search(text))


def _taken(text: str) -> bool:
    """The comment takes or has ordered the product ("mine po, ang ganda!", "already paid, love it")."""
    return bool(KEEP.search(text) or WANT.search(text) or ORDER_PLACED.search(text) or BUY_REQUEST.search(text))


def _greeted_question(text: str, lang: str) -> bool:
    """A greeting, then a question for the shop ("hola! cuánto cuesta?", "主播晚上好，今天有什么优惠？")."""
    rest = after_greeting(text)
    return bool(rest.strip() and (question_particle(rest, lang) or QUESTION_MARK.search(rest))
                and not VIEWER_QUESTION.search(rest) and not SMALL_TALK.search(rest))


def apply_rules(text: str, lang: str, intent: str, score: float) -> tuple[str, float]:
    """The head's (intent, score) corrected by the rules."""
    if is_buy_code(text):
        return "buy", 1.0
    if NO_LETTERS.match(text):
        return "other", score        # emoji and hearts alone: a reaction, not a message to answer
    if intent in ("question", "other", "buy") and (BUY_REQUEST.search(text) and quantity(text) is not None
                                                   or RESERVE_FOR_ME.search(text)):
        return "buy", score
    if SPAM.search(text):
        return "other", score        # money, jobs, loans, followers: spam, never a buyer
    if MENTION_FIRST.match(text):
        return "other", score        # "@carla mira esto": one viewer talking to another, not to the host
    complaint = complains(text)
    if told_complaint(text, complaint, praises(text) and not _reservations(text)):
        return "complaint", score    # "pesen yg bening yg dateng hitam", "R$ 190 num arranhador? tá puxado"
    decided = room_or_order(text, intent, complaint, quantity(text),
                            question_particle(text, lang) or bool(ASKS.search(text)))
    if decided:
        return decided, score        # a seller's plug, room talk, "ابغى ...", "2 black pls": see room_and_orders.py
    if intent in ("praise", "buy", "question") and LIKE_OURS.search(text) and not complaint \
            and not QUESTION_MARK.search(text) and not question_particle(text, lang):
        return "other", score        # "ganyan yung white gaiwan ni lola": one of their own, not praise or an order
    negated_praise = bool(praise_words()[0].find(text, typos=False))
    # plain praise overrules a head that is not sure of its complaint (praise then a defect is sarcasm: "ótimo, veio
    # faltando peça"); praise said with a negation overrules any, the negation is what misleads the head
    if (intent == "question" or (intent == "complaint" and (negated_praise or score < PRAISE_OVER_COMPLAINT))
            or (intent == "other" and (negated_praise or score < UNSURE and not QUESTION_MARK.search(text)))
            or (intent == "buy" and score < UNSURE and quantity(text) is None and not _taken(text))) \
            and not complaint and praises(text) and not _reservations(text) and not (
            intent == "question" and (ASKS.search(text) or QUESTION_MARK.search(text) or question_particle(text, lang))):
        return "praise", score       # "ไม่ผิดหวังเลย", "ขวดนมดีมาก ลูกไม่แหวะนมเลย": praise, whatever negation it holds
    if intent in ("complaint", "other", "praise", "question") and WANT.search(text) and not complaint and not (
            intent == "complaint" and score >= COMPLAINT_UNSURE):
        return "buy", score          # "mau kak 🙋‍♀️", "ยางกัดยีราฟ เอาค่ะ": I want it
    if intent in ("other", "praise", "question") and lang in ("id", "ms") and WANT_THING.search(text) and not complaint \
            and not question_particle(text, lang):
        return "buy", score          # "sy nak travel set", "nak beg tu kak": I want the thing
    if intent == "complaint" and score < COMPLAINT_UNSURE and ORDER_PLACED.search(text) and not complaint \
            and not _reservations(text):
        return "buy", score          # "已付款 麻烦尽快发货", "paid already, sent receipt": an order to log
    if intent in ("question", "other", "praise") and NORMAL_ASK.search(text):
        return "complaint", score    # "esquenta muito, normal isso??": a defect, asked as a question
    if intent in ("praise", "complaint", "question") and LAUGH_AT_HOST.search(text) and not complaint \
            and not SARCASM.search(text):
        return "other", score        # "jajaja el host no le atinó": laughing along, not a review
    if (intent in ("question", "other", "praise") or intent == "complaint" and not COMPLAINT_FACE.search(text)) and (
            KEEP.search(text) or COUNT_ME_IN.search(text) or arabizi_want(text, lang)
            or (lang in ("id", "ms") and CHECKOUT.search(text))) \
            and not complaint:
        return "buy", score          # "keep vacuum mobil kak", "los aretes de perla, míos!": taken, like "+1"
    if (VIEWER_QUESTION.search(text) or VIEWER_QUESTION.search(after_greeting(text))) and (intent in ("question", "other") or (
            intent in ("complaint", "praise", "buy") and score < UNSURE and not complaint)):
        return "other", score        # asked of the other viewers: nobody's question to answer
    if intent in ("other", "praise", "question") and ORDER_PLACED.search(text) and not complaint:
        return "buy", score          # told the host an order is in: a sale to log
    if intent in ("question", "other", "praise") and SMALL_TALK.search(text) and not complaint:
        return "other", score        # "chị ơi ăn tối chưa": small talk, not a question for the shop
    if intent in ("question", "other") and WHY.search(text):
        return "complaint", score    # "why did ...?": a buyer who asks why is complaining
    particle = question_particle(text, lang)
    asked = particle or QUESTION_MARK.search(text)
    if intent == "question" and complaint and not asked:
        return "complaint", score    # "giày giao sai size": nothing asked, a complaint word said
    if intent == "question":
        return intent, score
    if intent == "praise" and SARCASM.search(text):
        return "complaint", score
    if intent == "praise" and complaint and (_reservations(text) or not (praises(text) or JOKING.search(text))):
        # a defect with no praise word ("ngọt gắt, uống ko nổi"), or clapped at ("真棒👏", "love how it died 👏"):
        # sarcasm or a plain complaint, however sure the head is of its praise
        return "complaint", score
    if intent in ("buy", "praise", "other") and score < COMPLAINT_UNSURE and (complaint or COMPLAINT_FACE.search(text)):
        return "complaint", score
    if intent in ("buy", "praise", "complaint") and CHATTER.search(text) and not complaint:
        return "other", score
    if intent == "complaint" and (SARCASM.search(text) or COMPLAINT_FACE.search(text) or WHY.search(text)):
        return intent, score         # "..., وين الجودة؟ 🙄", "... là sao shop??": a complaint, not a question
    if not asked:
        return intent, score
    if intent == "other" and score >= SURE_CHATTER and not _greeted_question(text, lang):
        return intent, score         # "有广州的吗", "anyone from Cebu?": a roll call, asked of nobody
    if intent in ("other", "praise") or score < UNSURE or (intent == "buy" and particle):
        return "question", score
    return intent, score
