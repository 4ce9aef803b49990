"""Complaints told as a story or asked back, which no single complaint word carries (comments round 15; apply_rules asks).

- The wrong item came: "ordered X, got Y" in the buyers' languages ("pesen yg bening yg dateng hitam", "pedí la negra
  y me llegó la roja", "pedi preto e veio branco", "đặt màu đen mà giao màu trắng", "订的黑色发来白色",
  "สั่งสีดำแต่ได้สีขาว", "طلبت الأسود ووصلني الأبيض", "ordered the small bottle and got the 9oz instead"): a complaint,
  whatever else is asked ("... can I exchange?"); told the other way round too ("me llegó un plato verde y yo pedí
  el rosa", "ได้สีเขียวแต่สั่งสีชมพู").
- A price asked back after a complaint word ("R$ 190 num arranhador? tá puxado hein", "95 bucks for the big watch? seen
  the exact same on amazon for 20"): the "?" is rhetorical, a complaint, not a question about the price.
- The price was lower before ("89.99 for a headset that was 59 last month?", "السعر ده كتير اوي، كان ارخص الشهر اللي
  فات", "antes costaba menos", "kemarin lebih murah"): a complaint with no complaint word (comments round 19).
"""

from __future__ import annotations

import re

_ORDERED = (r"(?:ordered|i bought|pesen|pesan|order|beli|ped[íi]|compr[ée]|pedi|encomendei|comprei|đặt|dat|mua|"
            r"nag-?order|umorder|طلبت|اشتريت)")
# what came, said of when or how well it came ("pedí el lunes y me llegó hoy", "đặt hôm qua mà giao nhanh quá"): no wrong item
_ON_TIME = (r"(?!\s*(?:hoy|ayer|rápido|rapido|super|súper|bien|perfecto|en \d|el (?:lunes|martes|miércoles|jueves|viernes|"
            r"sábado|domingo)|hoje|ontem|certinho|perfeito|tudo certo|em \d|no prazo|antes|hari|besok|cepet|cepat|kemarin|tadi|"
            r"sesuai|aman|bagus|rapi|nhanh|lẹ|sớm|đúng|cẩn thận|đẹp|na (?:segunda|terça|quarta|quinta|sexta)|no (?:sábado|domingo)|"
            r"بسرعة|اليوم|امس|أمس|بعد|خلال|سليم|كامل|بيوم|يوم|الأحد|الاحد|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)"
            r"(?![^\W\d_]))")
WRONG_ITEM = re.compile(
    rf"(?<![^\W\d_]){_ORDERED}(?![^\W\d_]).{{1,50}}?(?:"
    # English: "... (and|but) got/received ... instead", "... but you sent"
    r"(?<![^\W\d_])(?:got|received|came|arrived)(?![^\W\d_]).{0,40}\binstead\b|\bbut (?:got|received|you sent|they sent|it came)\b|"
    # Indonesian/Malay: "yg dateng", "malah dikirim", "yang sampai"
    r"(?<![^\W\d_])(?:yg|yang|tapi|malah|tp) (?:dateng|datang|nyampe|sampe|sampai|dikirim|dapet|dapat|yg dateng)(?![^\W\d_])"
    + _ON_TIME + "|"
    # Spanish/Portuguese: "y me llegó", "pero me mandaron", "e veio", "mas chegou"
    r"(?<![^\W\d_])(?:y|pero|e|mas|só que) (?:me )?(?:lleg[óo]|mandaron|enviaron|vino|veio|chegou|recebi|mandaram|enviaram)"
    r"(?![^\W\d_])" + _ON_TIME + "|"
    # Vietnamese: "mà giao", "nhưng nhận"; Tagalog: "pero ang dumating"
    r"(?<![^\W\d_])(?:mà|nhưng|ma|nhung) (?:giao|nhận|gửi|ship|shop giao|shop gửi)(?![^\W\d_])" + _ON_TIME
    + r"|pero ang dumating|"
    # Arabic: "ووصلني", "بس جاني", "وجاني"
    r"(?:و|بس |لكن )(?:وصلني|وصلتني|جاني|جاتني|ارسلتوا|أرسلتوا|ارسلولي)" + _ON_TIME + ")"
    # Chinese and Thai, written without spaces: "订的黑色发来白色", "买的M码收到的是L码", "สั่งสีดำแต่ได้สีขาว"
    r"|(?:买|訂|订|拍)的.{1,12}?(?:发来|發來|寄来|寄來|来的是|來的是|收到的是|发成|發成|给我发|給我發)"
    r"|สั่ง.{1,30}?แต่(?:ได้|ส่งมา|มาเป็น)",
    re.IGNORECASE)
# the same told the other way round: what came, then what was ordered ("me llegó un plato verde y yo pedí el rosa",
# "veio o verde mas eu pedi o rosa", "got the green one but i ordered pink", "yg dateng hijau padahal pesen pink",
# "giao màu xanh mà em đặt màu hồng", "ได้สีเขียวแต่สั่งสีชมพู", "发来的是绿色我订的是粉色", "وصلني الأخضر وانا طالبة الوردي")
_ORDERED_WHAT = (
    r"pink|rosa|ros[ée]|hồng|red|rojo|roja|vermelho|vermelha|merah|đỏ|pula|blue|azul|biru|xanh|asul|green|verde|hijau|"
    r"xanh lá|berde|black|negro|negra|preto|preta|hitam|đen|itim|white|blanco|blanca|branco|branca|putih|trắng|puti|"
    r"gr[ae]y|gris|cinza|abu|abu-abu|xám|yellow|amarillo|amarela|amarelo|kuning|vàng|dilaw|purple|morado|roxo|ungu|tím|"
    r"brown|marr[oó]n|café|coklat|cokelat|nâu|beige|nude|gold|dorado|dourado|silver|plata|prata|navy|cream|crema|"
    r"xs|s|m|l|xl|xxl|xxxl|small|medium|large|peque[nñ][oa]|mediano|grande|chica|p|g|gg|kecil|besar|sedang|nhỏ|lớn|"
    r"one|size|talla|tamanho|ukuran|color|colour|cor|warna|màu|[0-9]+\s*(?:ml|l|cm|mm|kg|g|oz|inch)?")
CAME_NOT_ORDERED = re.compile(
    r"(?<![^\W\d_])(?:lleg[óo]|me lleg[óo]|vino|me mandaron|me enviaron|veio|chegou|recebi|me mandaram|got|received|"
    r"you sent|they sent|dateng|datang|nyampe|sampai|dikirim|giao|nhận|gửi|dumating)(?![^\W\d_]).{1,50}?"
    r"(?<![^\W\d_])(?:y yo ped[íi]|pero (?:yo )?ped[íi]|cuando (?:yo )?ped[íi]|si (?:yo )?ped[íi]|mas eu pedi|só que eu pedi|"
    r"(?:but|when) i ordered|padahal (?:aku |saya |gw |gue )?(?:pesen|pesan|order|beli)|"
    r"(?:tapi|tp) (?:aku|saya|gw|gue) (?:pesen|pesan|order)|(?:mà|nhưng) (?:em|mình|tui|chị|e) (?:đặt|order|mua)|"
    r"(?:pero|eh) (?:ang )?(?:order|inorder) ko)(?![^\W\d_])"
    # "... y yo pedí otro", "i ordered two more": ordered more, nothing wrong came
    r"(?!\s*(?:otr[oa]s?|más|mais|outr[oa]s?|another|more|again|lagi|nữa|ulit|"
    r"(?:[0-9]+|two|three|four|dos|tres|cuatro|dois|duas|três|quatro|dua|tiga|hai|ba|dalawa|tatlo) "
    r"(?:más|mais|more|lagi|nữa|pa|[^\W\d_]+ (?:más|mais|more|lagi|nữa))))"
    # then what was ordered: a colour, a size or "one" ("pero yo pedí el rosa", "mas eu pedi o M"), not "pelo site"
    r"(?=\s+(?:(?:el|la|lo|los|las|o|a|os|as|un|una|um|uma|the|a|an|yang|yg|màu|mau|cái|size|talla|tamanho|ukuran|"
    r"warna|ang|yung|kulay)\s+){0,2}(?:" + _ORDERED_WHAT + r")(?![^\W\d_]))"
    r"|(?:发来|發來|寄来|寄來|收到)的是.{1,12}?(?:我)?(?:订|訂|买|買|拍)的是"
    r"|ได้.{1,30}?แต่(?:สั่ง|ที่สั่ง)"
    r"|(?:وصلني|وصلتني|جاني|جاتني).{1,40}?و\s*(?:انا|أنا) (?:طالب|طالبة|طلبت)",
    re.IGNORECASE)
# a number (a price), what it buys and a "?" ("R$ 190 num arranhador?", "95 bucks for the big watch?", "1299 por un
# cuchillo de 20?"), then more said after it
# (the amount's words before it: "6.5 million for a piano??", "1 millón y medio por una guitarra", "400 riais numa mala?",
# "٤٠٠ ريال لشنطة؟", Arabic "for" glued to the thing)
PRICE_ASKED_BACK = re.compile(
    r"\d[\d.,]*(?:\s*[^\W\d_]+){0,3}?\s+"
    r"(?:(?:for|por|num|numa|por um|por uma|por un|por una|pra|para um|para uma|untuk|buat|cho|ให้|买|買|على|عشان)\b|ل(?=[^\W\d_]))"
    r"[^?？؟]{1,40}[?？؟]\s*\S", re.IGNORECASE)


# the price was lower before, or is "too much" in Egyptian ("السعر ده كتير اوي"); not "was it cheaper?" asked alone
PRICE_WAS_LOWER = re.compile(
    r"(?<![^\W\d_])(?:(?:was|were|used to be|it was) (?:\$|rm|r\$|usd )?\d[\d.,]*\s*(?:k|bucks|dollars|usd)? "
    r"(?:last|a) (?:week|month|live|year|time)|(?:was|were) cheaper (?:last|yesterday|before)|"
    r"(?:antes|ayer|la semana pasada|el mes pasado) (?:costaba|estaba|era) (?:más barat[oa]|menos)|"
    r"(?:antes|ontem|semana passada|mês passado) (?:custava|era|tava|estava) (?:mais barat[oa]|menos)|"
    r"(?:kemarin|kmrn|minggu lalu|bulan lalu|kemaren|semalam) (?:lebih |lbh )?murah|"
    r"(?:tuần trước|tháng trước|hôm qua|hôm trước|live trước) (?:rẻ hơn|còn rẻ|giá rẻ hơn)|"
    r"(?:كان|كانت) (?:ارخص|أرخص|بأقل|باقل)|(?:السعر|سعره|سعرها) (?:ده |دا |هذا )?(?:كتير|كثير) (?:اوي|أوي|قوي))(?![^\W\d_])"
    r"|(?:上次|之前|昨天)(?:还|才|只要).{0,6}(?:便宜|块|元)|(?:เมื่อวาน|อาทิตย์ที่แล้ว|เดือนที่แล้ว|ไลฟ์ที่แล้ว)(?:ยัง)?ถูกกว่า",
    re.IGNORECASE)
# "cheaper than the shops" ("كان ارخص من المحلات", "lebih murah dari toko"): praise of the price, not a rise
_THAN = re.compile(r"\s*(?:than|من|عن|dari|daripada|que|do que|hơn|比)(?![^\W\d_])", re.IGNORECASE)
# nothing after the "?" but courtesy: "kemarin lebih murah ya kak?" asks, it does not tell
_BARE_QUESTION = re.compile(r"^[^.!。！,，;]*[?？؟][\W_]*$")


# bought anyway, or worth it all the same ("kemarin lebih murah, makanya aku beli 3", "untung aku udah beli", "era mais
# barato, aproveitei e comprei", "so glad I bought then", "السعر ده كتير اوي بس يستاهل", "pricey but worth it"): no complaint
BOUGHT_ANYWAY = re.compile(
    r"(?<![^\W\d_])(?:so (?:i|we) (?:bought|got|ordered|grabbed)|(?:so )?glad (?:i|we) (?:bought|got|ordered|grabbed)|"
    r"good thing (?:i|we)|(?:but |still )?worth (?:it|every)|"
    r"(?:as[ií] que|por eso|entonces) (?:ya )?(?:compr[eé]|ped[ií]|me llev[eé])|(?:qu[eé] bueno|menos mal) que (?:ya )?(?:compr[eé]|ped[ií])|"
    r"aprovech[eé]|vale la pena|vale cada|"
    r"aproveitei|ainda bem que (?:eu )?(?:j[aá] )?(?:comprei|peguei|pedi)|(?:por isso|ent[aã]o) (?:eu )?(?:j[aá] )?(?:comprei|peguei|pedi)|"
    r"vale (?:a pena|cada)|"
    r"makanya (?:aku |saya |gw |gue |sy )?(?:langsung )?(?:beli|borong|ambil|co|checkout)|"
    r"untung (?:aku |saya |gw |gue |sy )?(?:udah |sudah |dah |udh )?(?:beli|ambil|co|checkout)|worth it|sepadan|berbaloi|"
    r"nasib baik (?:dah |sudah )?(?:beli|ambil)|"
    r"nên (?:em |mình |tui |chị )?(?:mua|chốt|lấy|đặt) (?:liền|luôn|ngay)|may (?:mà|là) (?:em |mình |tui )?(?:đã )?(?:mua|chốt|đặt)|"
    r"đáng (?:tiền|đồng tiền)|sulit)(?![^\W\d_])"
    r"|所以(?:我)?(?:就)?(?:买|拍|下单)了|(?:幸好|还好|幸亏)(?:我)?(?:已经)?(?:买|拍|下单)了|值得|物有所值"
    r"|เลยซื้อ|ดีที่ซื้อ|โชคดีที่ซื้อ|คุ้ม"
    r"|(?<![^\W\d_])(?:بس |لكن |و)?(?:يستاهل|يستحق|تستاهل|تستحق)(?![^\W\d_])|عشان كده اشتريت|(?:الحمد لله|الحمدلله) (?:اشتريت|لحقت)",
    re.IGNORECASE)


# "not worth it", "no vale la pena", "không đáng tiền", "ไม่คุ้ม", "不值得", "ما يستاهل": the worth denied
_DENIED_BEFORE = re.compile(r"(?:(?<![^\W\d_])(?:not|no|não|nao|nunca|gak|ga|nggak|tidak|tak|bukan|không|ko|chẳng|hindi|ما|مش|مو)"
                            r"|n't|ไม่|[不没沒])\s*$", re.IGNORECASE)


def bought_anyway(text: str, start: int = 0) -> re.Match | None:
    """BOUGHT_ANYWAY from start on, not denied ("not worth it")."""
    return next((m for m in BOUGHT_ANYWAY.finditer(text, start) if not _DENIED_BEFORE.search(text[:m.start()])), None)


def _price_was_lower(text: str) -> bool:
    m = PRICE_WAS_LOWER.search(text)
    return bool(m) and not _THAN.match(text, m.end()) and not _BARE_QUESTION.match(text[m.end():]) \
        and not bought_anyway(text, m.end())


# a price said, and another store's lower or "not even there" ("$89 for sheets?? walmart has them for 30", "60 dólares
# por un carrito? ni en Liverpool", "no shopee tá por 50", "di shopee cuma 80rb", "淘宝才50"), or Egyptian "that's
# too much" after it ("اللحاف ب ١١٩ دولار؟ ده كتير اوي"): a complaint, however asked
_STORES = (r"(?:walmart|costco|amazon|target|ikea|shopee|lazada|tokopedia|tokped|temu|shein|aliexpress|mercado ?libre|"
           r"mercado ?livre|liverpool|coppel|magalu|noon|carrefour|tiki|toko sebelah|otra tienda|outra loja|other shops?|"
           r"the mall|ngoài chợ|siêu thị)")
PRICE_ELSEWHERE = re.compile(
    rf"(?<![^\W\d_])(?:{_STORES} (?:has|have|sells?|had) (?:it|them|one|the same)[^.?!]{{0,20}}? for|"
    rf"(?:saw|seen|got) (?:it|them|the same(?: \w+)?) (?:at|on|in) {_STORES}|cheaper (?:at|on|in) {_STORES}|ni en {_STORES}|"
    rf"(?:en|no|na|di|ở|tại) {_STORES} (?:está|esta|lo venden|sale|cuesta|tá|ta|sai|custa|cuma|cm|cuman|chỉ|chỉ có)\s*"
    rf"(?:a |por |en |r\$|\$|rp)?\s*\d|más barato en {_STORES}|mais barato (?:no|na) {_STORES}|lebih murah di {_STORES}|"
    rf"(?:rẻ hơn|re hon) (?:ở|o) {_STORES}|(?:ده|دا|هذا) (?:كتير|كثير) (?:اوي|أوي|قوي|جدا))(?![^\W\d_])"
    r"|(?:淘宝|拼多多|京东|别家|超市)(?:才|只要|卖)\s*\d|(?:ช้อปปี้|ลาซาด้า|ห้าง|ร้านอื่น)(?:ขาย)?(?:ถูกกว่า|แค่)"
    r"|(?:في|ف) (?:امازون|أمازون|نون|المحلات|السوق) (?:ارخص|أرخص)", re.IGNORECASE)


def _price_elsewhere(text: str) -> bool:
    m = PRICE_ELSEWHERE.search(text)
    return bool(m) and bool(re.search(r"\d", text[:m.start()])) and not bought_anyway(text, m.end())

# nobody answers the chat ("nadie contesta los mensajes", "ทักแชทไปไม่มีใครตอบเลย", "客服一直不回信息", "محد يرد"): a
# complaint about the service, naming a product only by its words (51 of 53 such folded lines name none; the two that
# do say it: "my monitor ... nobody answers", "150克那罐发蜡 ... 客服也不理人"), never by the encoder's guess (round 19)
NO_REPLY = re.compile(
    r"(?<![^\W\d_])(?:no ?one (?:answers|replies|responds|answered|replied)|nobody (?:answers|replies|responds|answered|replied)|"
    r"(?:not|never|no|don'?t|doesn'?t|didn'?t) (?:answer|reply|respond)(?:ing|s|ed)?(?: to)? (?:my )?(?:messages?|chats?|dms?|inbox)|"
    r"nadie (?:contesta|responde)|no (?:contestan|responden)|ningu[eé]m (?:responde|respondeu)|n[aã]o (?:respondem|responderam)|"
    r"(?:ga|gak|nggak|tidak|tak|x) (?:dibales|dibalas|balas|bales|direspon)|(?:chat|pesan|inbox)(?:nya)? (?:ga|gak|nggak|tidak|tak|x) (?:dibales|dibalas)|"
    r"không ai (?:trả lời|rep)|ko ai (?:trả lời|rep)|(?:shop|ad) (?:không|ko|k) (?:trả lời|rep)|walang (?:sumasagot|nagrereply))(?![^\W\d_])"
    r"|客服.{0,6}(?:不回|没人回|没回|不理)|(?:一直|都)不回(?!家|来|去|国|老家)(?:信息|消息|复)?|没人回(?:复|信息|消息)?|"
    r"ไม่มีใครตอบ|ไม่ตอบแชท|ทักแชทไปไม่|محد يرد|ما حد (?:بيرد|يرد)|ماحد يرد|محدش (?:بيرد|رد)|ما (?:تردون|بتردوا)", re.IGNORECASE)

# the order has not come ("dah 2 minggu barang tak sampai lagi", "đặt 10 ngày rồi chưa thấy hàng đâu", "ของยังไม่มาเลย",
# "还没收到"): like an unanswered chat, about the shop's service, so a product only by its words ("the lamp hasn't arrived")
NOT_ARRIVED = re.compile(
    r"(?<![^\W\d_])(?:(?:has|have|had|did|does|is)(?:n'?t| not) (?:arrived|come|shipped|been (?:shipped|delivered))|"
    r"never (?:arrived|came|got it)|still (?:waiting|no sign)|where(?:'s| is) my (?:order|package|parcel)|"
    r"no (?:me )?(?:ha|han) llegado|no (?:me )?llega|(?:todavía|todavia|aún|aun) no (?:me )?(?:llega|llegó|llego)|nunca (?:me )?lleg[óo]|"
    r"n[ãa]o chegou|(?:ainda|até agora) n[ãa]o (?:chegou|veio)|até agora nada|nada de chegar|"
    r"(?:belum|blm|tak|x|tidak|ga|gak|nggak|ngga) (?:sampai|sampe|nyampe|nyampai|datang|dateng|diterima|terima|dikirim|dihantar|tiba)|"
    r"chưa (?:thấy|nhận được|nhận|có|tới|về|giao|ship)(?: hàng| đơn)?|không thấy hàng|"
    r"hindi pa (?:dumating|dumarating)|wala pa (?:rin )?(?:yung|ang) (?:order|parcel))(?![^\W\d_])"
    r"|ยังไม่ได้ของ|ยังไม่ได้รับ|ของยังไม่มา|ยังไม่มาส่ง|ยังไม่ถึง|ยังไม่ส่ง|还没到|还没收到|没收到|没到货|还没发货|还没寄|"
    r"ما وصل|ماوصل|لسه ما وصل|ما وصلني|ماوصلني|لم يصل|موصلش|موصلتش|لسه موصلش|ما جاني", re.IGNORECASE)


def told_complaint(text: str, complaint: bool, praised: bool = False) -> bool:
    """The comment complains by what it tells (the wrong item came; not when it praises with no reservation: "order
    kemarin yg dateng rapi, mantap") or asks a price back after a complaint word, or says the price was lower before
    or elsewhere."""
    return bool(((WRONG_ITEM.search(text) or CAME_NOT_ORDERED.search(text)) and not praised)
                or (complaint and PRICE_ASKED_BACK.search(text))
                or ((_price_was_lower(text) or _price_elsewhere(text)) and not praised))
