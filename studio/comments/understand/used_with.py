"""What a product is used with or fits, in the buyers' words: the thing named after it is not the product asked for;
and what a buyer tells of themselves or turns down (NOT_ASKED, round 21)."""

from __future__ import annotations

import re

# what a product is used with or fits: "sirve para estufa de inducción", "bisa buat kompor induksi",
# "ใช้กับเตาแม่เหล็กไฟฟ้า", "fits my laptop": the next words name another thing, not a product asked for
_ARTICLE = r"(?:(?:el|la|los|las|un|una|mi|mis|o|a|os|as|um|uma|meu|minha|my|the|a|an|your)\s+)?"
USED_WITH = re.compile(
    r"(?<![^\W\d_])(?:sirve (?:para|en|con)|compatible (?:con|with)|serve (?:no|na|em|para|pra)|compatível com|"
    r"fits?|works? (?:with|on)|use (?:it )?(?:on|with)|(?:bisa|cocok) (?:buat|untuk|dipake|dipakai|di)|"
    r"dùng (?:cho|với|được cho|được với|trên|được trên)|xài (?:cho|với)|hợp với|vừa với|"
    # washed in the washing machine: "lavable en lavadora", "lavar na máquina", "cuci di mesin cuci"
    r"(?:lavar|lava|lavo|lavable|se lava|pode lavar) (?:en|na|no)|wash(?:able|ed)? in|machine wash|"
    r"cuci (?:di|pakai|pake)|giặt (?:bằng|trong)|(?:meter|meto|poner|echar) (?:a|en)|(?:vai|pode ir) (?:na|no))\s+"
    + _ARTICLE + r"[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s+[^\W\d_]+)?"
    r"|(?:ใช้กับ|ใช้ได้กับ|ใส่กับ|适用于|适合|用于|能用在|可以用在|يناسب|يصلح|ينفع|يركب على|يركب في)\s*\S{1,12}"
    # Arabic "with/in the ...": "ينغسل بالغسالة" (washes in the washing machine), "يشتغل بالكهرباء"
    # (not a loanword that starts so: "بالونات" balloons, "بالطو" coat)
    r"|(?<!\S)بال(?!ون|طو)[\u0621-\u064a]{3,}", re.IGNORECASE)

# what the buyer tells of themselves or turns down, not a product asked for (round 21); products.scores reads the
# comment without it:
# - their own hair's curls ("ikal besar natural", "tengo rizos grandes naturales", "my hair has big curls naturally",
#   "tóc em xoăn to tự nhiên", "ผมหนูลอนใหญ่อยู่แล้ว"): no curling iron asked for;
# - a feather ("se me cayó una pluma del cojín", "la almohada de plumas"): no Mexican "pluma" (a pen);
# - one turned down after a comma ("quiero el control, no la pluma", "the controller, not the pen", "yang hitam, bukan
#   yang putih", "要手柄，不要笔", "เอาจอย ไม่เอาปากกา", "بدي الدراع مش القلم");
# - the shop's cart ("ya lo agregué al carrito", "já tá no carrinho", "carrinho ok"): no toy car ("Carrito montable").
_CURL_WORD = r"(?:rizos|rulos|ondas|cachos|ondulado|ikal|keriting|curls?|curly|wavy|xoăn|xoan|quăn|uốn|kulot)"
_CURL_SIZE = r"(?:grandes?|pequeños?|pequenos?|peque[nñ]os?|besar|kecil|big|small|loose|tight|to|nhỏ|lớn)"
_CURLS = rf"{_CURL_WORD}(?:\s+{_CURL_SIZE})?"
_NATURAL = r"(?:naturales|natural|naturally|naturalmente|asli|alami|dari lahir|sejak lahir|tự nhiên|tu nhien|bẩm sinh)"
NOT_ASKED = re.compile(
    rf"(?<![^\W\d_])(?:(?:big|small|loose|tight)\s+curls\s+{_NATURAL}|{_CURL_WORD}\s+{_CURL_SIZE}\s+{_NATURAL}|(?:tengo|tenho|i have|my hair (?:has|is)|mi pelo (?:es|tiene)|meu cabelo (?:é|tem)|"
    rf"rambut(?:ku| aku| saya| sy)|tóc (?:em|mình|tui|tôi|chị)|buhok ko)(?:\s+(?:el|o|pelo|cabelo|hair|naturally|naturalmente))?"
    rf"\s+{_CURLS}(?:\s+{_NATURAL})?)(?![^\W\d_])"
    r"|ผม(?:หนู|ฉัน|เรา|ตัวเอง)(?:เป็น)?ลอน(?:ใหญ่|เล็ก)?|(?:我|我的)(?:头发|頭髮)(?:是)?(?:天生|自然)?(?:大|小)?卷"
    r"|(?<![^\W\d_])(?:plumas?(?=\s+del?\s+(?:(?:mi|la|el|tu)\s+)?(?:coj[ií]n|almohada|edred[oó]n|ganso|pato|ave|p[aá]jaro|gallina|"
    r"avestruz|pavo|loro|perico))|(?P<held>(?:almohadas?|coj[ií]n|cojines|edred[oó]n(?:es)?|relleno|chaleco|chamarra|varita) de "
    r"|se me cay[oó] una )plumas?)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:(?:al|a mi|en mi|ao|pro|para o|pra o|no meu) carrit[oa]|carrinho ok|"
    r"(?:ya|lo|est[aá]|puse|agregado|a[nñ]adido) en el carrito|(?:j[aá]|t[aá]|est[aá]|coloquei|botei|adicionei|p[oô]s) no carrinho)"
    r"(?![^\W\d_])"
    r"|[,;]\s*(?:y |e |and |but |pero |mas )?(?:no|not|não|nao|bukan|jangan|không|ko|chứ không phải|không phải)\s+"
    r"(?:el|la|los|las|lo|o|a|os|as|the|yang|yg|cái|con)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[\W_]*$"
    r"|[,，]\s*(?:不要|不是)[\u4e00-\u9fff]{1,6}[\W_]*$|\s+ไม่เอา\S{1,12}\s*$"
    r"|\s+(?:مش|مو|وليس|ومش|مب) ال[\u0621-\u064a]+\W*$",
    re.IGNORECASE)


def without_not_asked(text: str) -> str:
    """text less what NOT_ASKED reads (a pillow or wand said with its feathers keeps its own word)."""
    return NOT_ASKED.sub(lambda m: (m.group("held") or "") + " ", text)
