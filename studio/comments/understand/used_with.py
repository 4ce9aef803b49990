"""What a product is used with or fits, in the buyers' words: the thing named after it is not the product asked for."""

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
