"""Room talk the intent head reads as orders, and orders it reads as praise (comments round 13; apply_rules asks).

- Another seller's plug ("ghé shop mình bán mỹ phẩm nha", "mampir ke toko aku, jual hijab murah", "singgah kedai saya",
  "ฝากร้านด้วยนะคะ", "sigan mi página"), or a link: spam, other, never a buyer.
- Being in the room without buying yet: just joined, arrived or stepping away ("baru gabung", "ya llegué!!", "ahorita
  vengo"), just watching ("nanonood lang po", "bas bat-farag"), a shout-out asked for, waiting for payday ("nunggu
  gajian dulu", "chờ lương", "等发工资"): other.
- A question put to the room about the viewers themselves ("what's everyone's due date?"): other.
- Come late or for the first time, asked what was missed ("刚下班 错过了什么", "ya llegué, me perdí de algo?", "tadi
  mati lampu, ketinggalan deh", "اول مرة احضر البث"), a hello from where one lives ("whats up from Dubai", "ana men
  Alex"), the host's cat or dog found cute ("主播的猫好可爱", "con mèo dễ thương quá"): other, asked or not (round 19).
  Not when an order or a complaint is told besides ("cheguei agora, quero 2 do rosa", "your cat is so cute, I'll take
  the grey blanket", "just got here, the one I received is scratched"; round 21).
- One like the buyer's own ("looks like the one my aunt has", "เหมือนของแฟน"): LIKE_OURS, which apply_rules reads.
- "I want the ..." in Gulf and Egyptian Arabic and Arabizi ("ابغى العضاضة", "ana 3ayza el shayala"), and "the ... for me"
  with nothing else but thanks ("الأخضر لي الله يعافيك"): an order.
- A count and a please, nothing asked ("اتنين بيج مقاس ٠-٦ من فضلك", "2 black pls"), or a thing and a count alone
  in Chinese ("钱包两个"): an order.
"""

from __future__ import annotations

import re

from studio.comments.understand.buy_cues import ARABIC_WANT_VERBS, ARABIZI_WANT_VERBS, TAKES_IT, WANT_TO_ASK

SHOP_PLUG = re.compile(
    r"(?<![^\W\d_])(?:gh[ée] (?:shop|trang|kênh|kenh|tiệm|tiem) (?:mình|minh|em|tui|tớ)|"
    r"mampir (?:ya |yuk |dong |juga )?(?:ke |di )?(?:toko|lapak|olshop|etalase)(?:ku)? ?(?:aku|saya|kami|gue|gw)?|"
    r"singgah (?:ke |di )?kedai (?:saya|aku|kami)|(?:visit|check out|follow) my (?:shop|store|page)|"
    r"pasyal (?:kayo|po) sa (?:shop|page|tindahan) ko|visit(?:en|a|an) mi (?:tienda|página|pagina)|"
    r"(?:passa|passem|conheçam|conhecam) (?:na|a) minha loja|sigan mi (?:página|pagina|tienda|cuenta)|"
    r"(?:sigam|segue|sigam a) (?:a )?minha (?:loja|página|pagina))(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:sigam|sigan|sígueme|sigueme|segue|sigue|follow|ikuti|follow kami) @"
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
    r"|بتفرج|اتفرج بس|بس اتفرج|等发工资|等工资|รอเงินเดือน|لين ينزل الراتب|استنى المرتب"
    # a hello to the room and nothing else: "chao ca nha", "chào shop ạ", "منورة يا جماعة", "نورتي"
    r"|^\W*(?:chào|chao) (?:(?:cả|ca) (?:nhà|nha)|(?:mọi|moi) (?:người|nguoi)|mn|shop)(?:\s+(?:ạ|a|nha|nhé|nhe|nè|ne))*[\W_]*$"
    r"|^\W*(?:منور|منورة|منوره|منورين|نورت|نورتي|نورتوا)(?:\s+يا\s+\S+)?(?:\s+والله)?[\W_]*$",
    re.IGNORECASE)
ROOM_QUESTION = re.compile(r"(?<![^\W\d_])(?:what'?s|whats|how'?s|where'?s) (?:everyone|everybody|y'?all)(?:'s)?(?![^\W\d_])",
                           re.IGNORECASE)
# come late or new, and what was missed; a hello from a place; the host's pet (round 19: 5 of 5 such labeled lines are other)
LATE_FROM_OR_PET = re.compile(
    r"(?<![^\W\d_])(?:what(?:'?d| did) (?:i|u|we) miss|did i miss (?:anything|something|much)|first time (?:watching|here|joining)|"
    r"me perd[ií] (?:de )?algo|qu[eé] me perd[ií]|primera vez (?:que (?:veo|entro)|viendo|aqu[ií])|o que (?:eu )?perdi|"
    r"perdi (?:alguma coisa|algo|muita coisa)|primeira vez (?:aqui|assistindo|que assisto)|ketinggalan (?:apa|banyak|deh|nih)|"
    r"pertama kali (?:nonton|liat|lihat|join|masuk|tengok)|terlepas apa|(?:bỏ lỡ|lỡ mất) (?:gì|những gì)|"
    r"lần đầu (?:xem|vào|coi)|awel mara|fatni eh)(?![^\W\d_])"
    r"|^\W*(?:hello|hi|hey|hola|oi|olá|halo|hai|what'?s up|whats up|wassup|greetings|saludos|salam)\s+"
    r"(?:(?:everyone|all|guys|po|gente|todos|semua)\s+)?(?:from|desde|dari|de|mula sa)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?[\W_]*$"
    r"|^\W*(?:ana|ena|انا|أنا) (?:men|mn|min|من) \S+(?: \S+)?[\W_]*$"
    r"|(?<![^\W\d_])(?:(?:your|ur|the|that) (?:cat|dog|kitty|puppy|doggo) (?:is )?(?:so )?(?:cute|adorable)|"
    r"(?:con|bé|em) (?:mèo|cún|chó) (?:của (?:chị|shop|anh|em) )?(?:dễ thương|cute|xinh|đáng yêu)|"
    r"(?:kucing|kucingnya|anjing|anjingnya|kucing nya) (?:lucu|gemes|gemas|comel)|"
    r"(?:qu[eé] (?:lindo|linda|bonito|hermoso)|(?:el|tu) (?:gato|gatito|perrito|michi) (?:es |está )?(?:muy |tan )?(?:lindo|bonito|hermoso)) "
    r"(?:el |tu )?(?:gato|gatito|perro|perrito|michi)?|(?:gatinho|cachorrinho|gato|cachorro) (?:lindo|fofo))(?![^\W\d_])"
    r"|错过了什么|錯過了什麼|错过啥|第一次看|第一次来|刚下班|剛下班|(?:主播|老板|姐姐|你)?(?:的|家的?)(?:猫|狗)(?:咪|狗)?(?:好|真|太)?(?:可爱|萌)"
    r"|พลาดอะไรไป|ดูครั้งแรก|มาดูครั้งแรก|เพิ่งเลิกงาน|น้อง(?:แมว|หมา)น่ารัก"
    r"|فاتني (?:ايه|إيه|شي|شو|حاجة)|(?:اول|أول) مرة (?:احضر|أحضر|اتفرج|أتفرج|اشوف|أشوف)|(?:القطة|القطوة|البسة|الكلب) (?:حلوة|حلو|كيوت|عسل)",
    re.IGNORECASE)
# "looks like the one my aunt has" ("parang yung grinder ng tita ko", "minha mãe tem uma balança igual a essa",
# "pencil case tu sama macam anak saya punya", "这个秤我们店里也在用", "nhìn cối xay nhớ ông nội"): a story of one's own, other
_KIN = (r"(?:mom|mum|mother|dad|grandma|grandpa|nan|nana|aunt|auntie|uncle|sister|brother|teacher|friend|office|shop|store|"
        r"wife|husband|bf|gf|boyfriend|girlfriend|bestie|cousin)")
LIKE_OURS = re.compile(
    rf"(?<![^\W\d_])(?:(?:same as|just like|looks like|reminds me of) (?:the one )?(?:my|mine)|(?:my|our) {_KIN}(?:'s)? "
    r"(?:literally |already |also )?(?:has|had|uses|used) (?:one|the same|this|that|the)|"
    r"(?:mi|mis) (?:mamá|mama|madre|abuela|abuelo|papá|tía|hermana|oficina|tienda) (?:tiene|tenía|usa|usaba) (?:uno|una) (?:\S+ )?(?:igual|así)|"
    r"(?:igual|parecid[oa]) (?:al|a la) de mi|"
    r"(?:minha|meu) (?:mãe|mae|avó|avo|vó|pai|avô|tia|irmã|loja) (?:tem|tinha|usa|usava) (?:um|uma) (?:\S+ )?(?:igual|assim|parecid[oa])|"
    r"igual (?:ao|à|a) d[ao] (?:minha|meu)|"
    r"(?:kayak|kaya|mirip|sama kayak|sama kaya) punya|(?:nenek|kakek|ibu|mama|mamah|ayah|tante|atok|opah|mak|abah) (?:(?:sy|saya|aku|gue|ku) )?(?:punya|pny)|"
    r"(?:sama|serupa) macam (?:\S+ ){0,2}punya|"
    r"(?:parang|kagaya|katulad|kapareho|ganyan|ganito) (?:rin |din )?(?:nung|yung|ng|sa)? ?.{0,40}?(?:ng|ni) "
    r"(?:tita|tito|lola|lolo|nanay|mama|mommy|tatay|papa|ate|kuya|pinsan|kapatid|anak)|"
    r"nhà (?:em|mình|tui|tôi) cũng có|nhớ (?:ông|bà|mẹ|má|ba|bố)(?![^\W\d_])|giống (?:cái )?(?:của )?(?:nhà|ông|bà|mẹ|má|bạn|chồng|vợ|người yêu|ny) )"
    r"|我(?:家|们家|們家|们店|們店|妈|媽|奶奶|外婆|姥姥)(?:里|裡)?也(?:有|在用|用)|跟我(?:家|妈|媽|奶奶)的?一样|让我想起|讓我想起|"
    r"เหมือน(?:ของ)?(?:แม่|ยาย|ย่า|ปู่|ที่บ้าน|แฟน|เพื่อน|พี่สาว|สามี)|ที่บ้าน(?:ก็)?มี|"
    r"(?:نفس|زي|مثل) (?:اللي|الي) عند (?:امي|أمي|جدتي|ستي|ابوي|أبوي|خالتي|عمتي)|(?:ذكرني|ذكرتني|يذكرني)",
    re.IGNORECASE)
# "ابغى اعرف ..." (I want to know) asks; "ابغى <thing>" orders
ARABIC_WANT = re.compile(
    rf"^\W*(?:(?:ana|ena|انا|أنا) )?(?:{ARABIC_WANT_VERBS}|{ARABIZI_WANT_VERBS})\s+(?!{WANT_TO_ASK})\S+")
_COURTESY = (r"(?:\s*(?:الله يعافيك|الله يخليك|الله يخليكي|الله يخليج|بليز|الله يعافيج|الله يعطيك العافية|لو سمحت|لو سمحتي|من فضلك|please|pls|plz|por favor|porfa|"
             r"tolong|🙏))")
FOR_ME = re.compile(r"^\W*ال[\u0621-\u064a]+(?: ال[\u0621-\u064a]+)? (?:لي|الي|ليا)" + _COURTESY + r"*\W*$")
COURTESY_END = re.compile(_COURTESY + r"\W*$", re.IGNORECASE)
_ASKED = re.compile(r"[?？؟]")
# a Chinese thing and its count, nothing else ("钱包两个", "短款三件"); not "R1跑鞋...", "20cm的..."
THING_AND_COUNT = re.compile(r"^\s*[\u4e00-\u9fff]{1,10}[一二两三四五六七八九十0-9]{1,2}[个個件只条條支套盒瓶双雙包]\s*[!！。~]*\s*$")


def _asked_besides_late(text: str, particle: bool) -> bool:
    """Besides the late / first-time / hello / pet words, a question of its own ("first time here, how much is the blue
    one?", "刚下班，还有黑色的吗？"): that question is the comment's point, not "what did i miss?" alone."""
    rest = [part for part in LATE_FROM_OR_PET.split(text) if part and re.search(r"[^\W\d_]", part)]
    return any(re.search(r"[^\W\d_][^.!。！]*[?？؟]", part) for part in rest) or (
        particle and any(len(re.findall(r"[^\W\d_]+", part)) >= 3 for part in rest[1:]))


def _told_besides(text: str) -> bool:
    """Four words or more besides the room, late or pet words: something told of its own."""
    rest = ROOM_TALK.sub(" ", LATE_FROM_OR_PET.sub(" ", text))
    return len(re.findall(r"[^\W\d_]+", rest)) >= 4


def room_or_order(text: str, intent: str, complaint: bool, count: int | None, particle: bool) -> str | None:
    """The intent these patterns decide, or None (count: the quantity the comment states, if any; particle: a
    question particle or word of the buyer's language)."""
    if complaint:
        return None
    if ROOM_QUESTION.search(text) or SHOP_PLUG.search(text):
        return "other"
    # an order or a complaint told besides being in the room ("cheguei agora, quero 2 do rosa", "just got here, the
    # one I received is scratched"): the room talk does not take it away
    told = TAKES_IT.search(text) or intent == "complaint" and _told_besides(text)
    if LATE_FROM_OR_PET.search(text) and not _asked_besides_late(text, particle) and not told:
        return "other"
    if _ASKED.search(text) or particle:
        return None
    if ROOM_TALK.search(text) and not told:
        return "other"
    if intent != "buy" and (ARABIC_WANT.search(text) or FOR_ME.search(text)):
        return "buy"
    if intent in ("praise", "other", "question") and count is not None and COURTESY_END.search(text):
        return "buy"
    if intent in ("question", "praise") and count is not None and THING_AND_COUNT.match(text):
        return "buy"        # "钱包两个", "薄荷绿两个": a thing and a count, nothing asked
    return None
