"""A buyer taking the product, in the live rooms' words (intent_rules.apply_rules reads these).

Asking to be sold a number ("can i get 2 ...", "ขอ ... สองอันได้ไหม"), "put one aside for me" ("me apartas ..."),
"keep ..."/"mine po"/"lấy ...", "co ..." (id/ms checkout), "I want (it)" ("mau kak", "เอาค่ะ", "我要") and
"count me in" ("me apunto con ...").
"""

from __future__ import annotations

import re

from studio.comments.understand.arabizi import is_arabizi

# "I want" in Arabic, one list for every rule that reads it (WANT, BUY_REQUEST, ARABIZI_WANT here; room_and_orders'
# ARABIC_WANT): Gulf, Egyptian, Levantine and standard verbs, in Arabic letters and in Arabizi. "abi" and "bde" are
# Arabizi too but also a name and a word elsewhere ("abi udah beli kemarin"): only where the line is Arabic.
ARABIC_WANT_VERBS = "ابغى|أبغى|ابغي|أبغي|ابي|أبي|بدي|عايز|عايزة|عاوز|عاوزة|أريد|اريد|أريده|اريده"
ARABIZI_WANT_VERBS = "bghit|bghina|3ayez|3ayza|3awez|3awza|abghi|abgha|abghaa|badde|baddi|biddi|beddi"
ARABIZI_WANT_IF_ARABIC = "abi|bde"
# "I want to ask / to know / to understand / to say / to thank" asks or tells, it orders nothing ("3ayza a2ol shokran",
# "bghit nchkrkom", "ابغى اشكركم"); a second want verb between ("abi 3ayez a3raf el se3r") too
WANT_TO_ASK = (rf"(?:(?:{ARABIZI_WANT_VERBS}|{ARABIC_WANT_VERBS})\s+)?"
               r"(?:اعرف|أعرف|اسأل|أسأل|اسال|افهم|أفهم|استفسر|اقول|أقول|اقولك|أقولك|اقولكم|أقولكم|اشكر|أشكر|اشكرك|أشكرك|اشكركم|"
               r"أشكركم|نشكر|نشكركم|as2al|asal|as2alek|a3raf|2a3raf|a3ref|2a3ref|afham|ask|know|"
               r"a2ol|a2oul|a2ool|a2ollek|a2olek|a2olak|a2olko|a2ollko|agool|agoolkum|agoolich|aqool|aqoul|2ello|2ellak|2ollak|"
               r"ngolikom|ngolik|ngoul|ngol|nchkrkom|nchkerkom|nchkr|nchker|nshkrkom|nshkorkom|ashkor|ashkorkom|ashkorak|ashkrek|"
               r"a4kor|a4korkom|say|thank|tell)"
               r"(?![^\W\d_])")

# asking to be sold a stated number is an order, however politely asked: "can i get 2 ...",
# "me puedes vender 2 fundas?", "bisa pesen 2 ...", "ขอ ... สองอันได้ไหม", "能给我留两个 ...", "cho e 2 ..."
BUY_REQUEST = re.compile(
    r"(?:\b(?:can i (?:get|have|order|buy)|could i (?:get|have|order)|(?:can|could) (?:you|u) (?:hold|keep|save|reserve)|i(?:'d| would) like|pls send|save me|"
    r"(?:me )?(?:puedes |podes |pode |podría )?(?:vender|vende|vendes|apartar|apartas|aparta|separar|separa|reservar|reserva|guardar|guarda)|"
    r"(?:bisa|boleh) (?:pesan|pesen|order|beli|ambil|keep|booking|book)|nak order|pabili|pa-reserve|"
    r"cho (?:e|em|mình|chị|c)|để (?:e|em|mình) \d|lấy cho)\b)|^ขอ|ขอ.*(?:อัน|ชิ้น|แท่ง|ตลับ|หลอด|กล่อง)|"
    r"给我留|帮我留|给我来|我要|能给我|可以给我|留[一两二三四五\d]|"
    rf"(?:تحجز|احجز|احجزي|{ARABIC_WANT_VERBS}|ممكن (?:تحجز|ترسل|اطلب))",
    re.IGNORECASE)
# "put one aside for me?" is an order without a number too: "me apartas el termo de un litro?", "me separa a bolsa?"
RESERVE_FOR_ME = re.compile(r"^\W*(?:me (?:apartas|apartan|aparta|separas|separa|separan|guardas|guarda)|apártame|apartame|"
                            r"sepárame|separame)(?![^\W\d_])", re.IGNORECASE)
# "keep vacuum mobil kak", "mine po the blue one": the live-selling word for "I take it", without a number
KEEP = re.compile(r"^\W*(?:keep|kip|(?:pa-?)?mine(?: po)?)\b(?!.*[?？؟])"
                  # not "mine is/came/broke ...": my own one, told of; not "keep it up", "keep going": cheering
                  r"(?!\s+(?:is|was|came|arrived|broke|never|still|has|had|hasn'?t|didn'?t|doesn'?t|got|just|already|"
                  r"also|looks|smells|feels|stopped|only|too|it up|up|going|safe|watching|it coming|streaming)\b)"
                  # Vietnamese "(em) lấy ...": "I take", unless asked ("lấy màu gì vậy shop", "lấy 2 được không")
                  r"|^\W*(?:em |e |mình |tui |chị |c )?lấy(?![^\W\d_])(?!.*(?:[?？]|(?<![^\W\d_])(?:không|ko|k|chưa|gì|nào|sao|đâu)"
                  r"(?![^\W\d_])))"
                  # "eu! tapetinho preto", "yo! la negra": a hand raised for it; "co catok curly" (id/ms: checkout)
                  r"|^\W*(?:eu|yo|me)\s*!+(?!.*[?？؟])|(?<![^\W\d_])(?:m[íi](?:o|a|os|as)|meu|minha)\s*!+[\W_]*$", re.IGNORECASE)
CHECKOUT = re.compile(r"^\W*co\s+[^\W\d_]{3,}(?!.*[?？؟])", re.IGNORECASE)
# a comment that only says "I want (it)" ("mau kak 🙋‍♀️", "quiero!", "lo quiero", "เอาค่ะ", "ยางกัดยีราฟ เอาค่ะ", "我要"):
# the live-selling "me!", a buy; not "ไม่เอา" (don't want) and not "mau tanya" (want to ask)
WANT = re.compile(
    r"^\W*(?:aku |saya |i |yo |eu |em |mình |je )?(?:lo |la |me lo |me la )?(?:mau|want|quiero|quero|vou querer|nak|lấy|"
    r"(?:pa-?)?mine|"
    rf"me lo llevo|me la llevo|{ARABIC_WANT_VERBS})"
    r"(?:\s*(?:kak|ka|kk|sis|po|dong|ya|yaa|na|nha|nhé|ạ|pls|please|porfa|por favor|it|one|uno|um|satu|[0-9]+))*[\W_]*$"
    r"|(?<!ไม่)เอา(?:ค่ะ|คะ|ครับ|จ้า|นะคะ|ด้วย(?:ค่ะ|ครับ)?)?\s*[0-9๐-๙]*\s*[\W_]*$|^\W*我要(?:了|[一两二三\d]+\S?)?[\W_]*$"
    # "芒果干要", "黑色的要两个": the product, then "want" ending the comment (not 不要, 需要, 重要)
    r"|^\W*[\u4e00-\u9fff\w]{1,12}(?<![不需重])要(?:了|[一两二三\d]+\S?)?[\W_]*$",
    re.IGNORECASE)
# Malay and Indonesian "(I) want <the thing>" ("sy nak travel set", "nak beg tu kak", "mau yg hitam 2"): an order, as 76
# of the 77 such folded lines are (the other is Vietnamese); not "want to ask / see / know / join", and not asked
WANT_THING = re.compile(
    r"^\W*(?:sy|saya|aku|i|gue|gw|sis|kak)?\s*(?:nak|mau)\s+(?!(?:tanya|nanya|tny|tnya|tau|tahu|taw|tengok|liat|lihat|nonton|"
    r"ikut|join|coba|cuba|cek|check|balik|pergi|pulang|makan|tidur|kerja|mandi|komplain|complain|refund|return|tukar|"
    r"cancel|batal|dengar|denger|kenal|share|minta tolong|tanye|nangis|menangis|pingsan|marah)(?![^\W\d_]))[^\W\d_]\S*(?!.*[?？])", re.IGNORECASE)
# "count me in" said of a product ("me apunto con el juego de cuchillos", "count me in for the kettle", "anótame
# una"): the buyer takes it; not of a giveaway ("me apunto al sorteo") and not asked ("me apunto?")
COUNT_ME_IN = re.compile(
    r"^\W*(?:yo )?(?:me apunto|apúntame|apuntame|anótame|anotame|count me in|me inclui|me inclua|isama mo ako)"
    r"(?=\s*(?:con|el|la|los|las|un|una|uno|dos|tres|[0-9]|for|pra|para|no|na|sa|po|$)(?![^\W\d_])|[\s!.,🙋]*$)"
    # with someone, to watch: "me apunto con mi hermana a ver la live", "count me in for the live" takes nothing
    r"(?!\s*(?:con|com|with|kasama) (?:mi|mis|tu|tus|su|sus|minha|meu|my|ang|si)(?![^\W\d_]))"
    r"(?!.*(?:[?？؟]|sorteo|sorteio|giveaway|raffle|rifa|(?<![^\W\d_])(?:a ver|pra ver|para ver|to watch|assistir|live|en vivo|"
    r"stream|transmisi[oó]n)(?![^\W\d_])))"
    # a later time: "me apunto el viernes que cobro", "count me in for the next live!": not taken now
    r"(?!.*(?<![^\W\d_])(?:viernes|s[aá]bado|domingo|lunes|ma[nñ]ana|semana|quincena|mes|pr[oó]xim[oa]|sexta|amanh[aã]|"
    r"next|tomorrow|friday|weekend|payday|later|sweldo|bukas))", re.IGNORECASE)
# Arabizi "I want ..." opening a told comment ("abi el sikeen", "3ayza el shayala di", "bghit l mbakhra dahabiya
# please"; Gulf, Egyptian, Levantine, Maghrebi): an order, as all 20 such lines of the folded sets are; not asked, and
# not "I want to ask / to know" ("3ayza as2al", "abi a3raf")
_ARABIC_ARTICLE_NEXT = re.compile(r"^\W*(?:ana\s+)?[^\W\d_]+\s+(?:el|l|al|il|el-|l-|al-)(?:\s|-)", re.IGNORECASE)
ARABIZI_WANT = re.compile(
    rf"^\W*(?:ana\s+)?(?:{ARABIZI_WANT_VERBS}|{ARABIZI_WANT_IF_ARABIC})(?![^\W\d_])(?!\s+{WANT_TO_ASK})(?!.*[?？؟])",
    re.IGNORECASE)


def arabizi_want(text: str, lang: str) -> bool:
    """ARABIZI_WANT in an Arabic or Arabizi comment only ("abi el sikeen"; not Indonesian "abi udah beli kemarin",
    where "Abi" is a name): the detected language, Arabizi digits, or an Arabic article after the verb."""
    return bool(ARABIZI_WANT.search(text)) and (lang == "ar" or is_arabizi(text) or bool(_ARABIC_ARTICLE_NEXT.search(text)))


# "I'll take ..." said inside a longer line ("your cat is so cute, I'll take the grey blanket", "cheguei agora, quero 2 do
# rosa", "baru gabung kak, ambil 1 yang hitam"): an order the room talk or pet talk around it does not take away; not
# "I want to see / to know" ("quero ver", "mau tanya")
_NOT_TAKEN_AFTER = (r"(?!\s+(?:to|ver|saber|perguntar|preguntar|tanya|nanya|tau|tahu|lihat|liat|xem|hỏi|biết|see|know|ask|"
                    r"watch|join|ikut|nonton|nyimak|tengok|coba|un saludo|saludo|saludos|um salve|salve|shoutout|shout)(?![^\W\d_]))")
TAKES_IT = re.compile(
    r"(?<![^\W\d_])(?:i'?ll take|i will take|i'?ll get|i'?ll have|i want|gimme|me llevo|me lo llevo|me la llevo|quiero|"
    r"dame|quero|vou levar|vou querer|ambil|mau|pesan|pesen|nak|lấy|chốt|kuha|pabili|"
    rf"{ARABIZI_WANT_VERBS}|{ARABIC_WANT_VERBS})(?![^\W\d_])" + _NOT_TAKEN_AFTER + r"(?!.*[?？؟])"
    r"|我要(?!问|問|看)|给我来|เอา(?:สี|ตัว|อัน|\s*[0-9๐-๙])", re.IGNORECASE)

