"""How a comment asks, in every language: question marks of every script, question words and particles per language,
anywhere or where the buyer's language puts them, and a greeting, an arrival or the host's name before a question.
Split out of intent_rules.py (which decides the intent with them) when it reached 400 lines.
"""

from __future__ import annotations

import re

# the question marks of every script the buyers write in (Latin and Spanish opening, full-width, Arabic, emoji)
QUESTION_MARK = re.compile(r"[?？؟¿⁇❓❔]")

_TAIL = r"(?:\s*(?:kak|ka|kk|sis|shop|boss|bos|bang|gan|min|host|ạ|a|ah|po|nha|nhé|ya|vậy|vay|ค่ะ|คะ|ครับ|จ้า|จ๊ะ|呀|啊|呢|哦|[!.~😊🙏]))*\s*$"
PARTICLES = {
    "zh": re.compile(r"(?:吗|嗎|么|麼|没有|沒有|呢|几\S?|多少|怎么|怎麼|哪[个個里裡]?|什么|什麼)" + _TAIL
                     + r"|(.)不\1|(.)没\2|^(?:请问|請問|有没有|有沒有|能不能|可不可以|是不是)"),
    "th": re.compile(r"(?:ไหม|มั้ย|มั๊ย|ไม๊|หรือเปล่า|รึเปล่า|ยังไง|เท่าไหร่|เท่าไร|กี่\S*|อะไร|ที่ไหน|ไหน|หรือ\S{1,15})" + _TAIL),
    # not "chút nào" ("không dính chút nào": does not stick at all)
    "vi": re.compile(r"(?<![^\W_])(?:không|ko|k|chưa|hả|hông|sao|(?<!chút )nào|bao nhiêu(?:\s+\S+)?|bao lâu|bn|mấy\s*\S*|đâu|gì)" + _TAIL, re.IGNORECASE),
    "id": re.compile(r"(?:\b(?:ga|gak|nggak|ngga|engga|tidak|kah|apa|berapa|brp|gimana|bagaimana|kapan|dimana|mana)"
                     + _TAIL + r"|^(?:apa(?! kabar)|apakah|berapa|brp|kapan|gimana|bisa|ada)\b"
                     # "panasnya brp derajat kak": how many/much asks wherever it stands
                     + r"|\b(?:berapa|brp)\s+(?:derajat|lama|hari|kali|watt|ml|gram|kg|cm|mm|meter|menit|jam|pcs|biji|isi)\b"
                     # "isinya brp lembar": how many of what, ending the comment
                     + r"|\b(?:berapa|brp)\s+[^\W\d_]+" + _TAIL + ")",
                     re.IGNORECASE),
    "ms": re.compile(r"(?:\b(?:tak|ke|kah|berapa|bila|mana)" + _TAIL + r"|^(?:boleh|ada|berapa|bila)\b)", re.IGNORECASE),
    # "ilang pages po ...": how many, how much, who, which, where
    "tl": re.compile(r"(?:\b(?:ba|po ba|magkano|kailan|saan|paano|ano|ilan|ilang|gaano|sino|alin|aling|nasaan)\b)", re.IGNORECASE),
    # Arabizi asks too: "el mekhada b kam?", "tewsal masr f kam yom", "emta yewsal", "ezay a8selha"
    "ar": re.compile(r"^(?:هل|كم|بكم|متى|وين|أين|اين|كيف|ليش|لماذا|شو|وش|ايش|إيش|فيه|في)\b|(?:ولا لا|أو لا)\s*$"
                     r"|(?<![^\W\d_])(?:b ?kam|be ?kam|f ?kam|fi kam|kam yom|emta|imta|ezay|ezzay)(?![^\W\d_])"),
    "ko": re.compile(r"(?:나요|까요|가요|어요\?|니까|있어요\?|돼요\?|얼마|언제|어디|뭐예요)\s*$"),
    # not "qué"/"who": "qué linda eres" and "who else is watching" are not questions to answer
    "es": re.compile(r"^(?:cuánto|cuanto|cuándo|cuando|cómo|como|dónde|donde|cuál|cual|hay|tienen|hacen|llega)\b"
                     r"|\bcada cu[aá]nto\b", re.IGNORECASE),     # "la fuente cada cuanto se cambia el filtro"
    # not a praise said of them or of the delivery ("vcs são demais", "entrega super rápida, chegou bem embalado")
    "pt": re.compile(r"^(?:qual|quanto|quando|como|onde|tem|(?:vocês|vcs|entrega)(?!\s+(?:são|sao|foram|super|muito|mt|"
                     r"rápida|rapida|top|perfeita|ótima|otima|impecável)\b)|chega|serve)\b|\b(?:de quanto em quanto|a cada quanto)\b",
                     re.IGNORECASE),
    # not "whats up (from Dubai), I want 2": a greeting, "apa kabar" likewise
    "en": re.compile(r"^(?!(?:what'?s|whats|wassup) up\b(?!\s+with))(?:what|whats|what's|how|when|where|which|why|is|are|do|does|can|could|"
                     r"will|would|any|u|pls tell)\b",
                     re.IGNORECASE),
}



# a question word anywhere (not only where a particle is read): praise that asks something is a question
ASKS = re.compile(r"(?<![^\W\d_])(?:cuánto|cuanto|cuándo|dónde|precio|quanto|onde|qual|preço|how much|price|when|where|"
                  r"berapa|brp|harga|kapan|dimana|bao nhiêu|giá|khi nào|ở đâu|magkano|kailan)(?![^\W\d_])|"
                  r"เท่าไหร่|เท่าไร|ไหม|มั้ย|ยังไง|多少|几|吗|嗎|怎么|كم|بكم|متى|وين|هل", re.IGNORECASE)


_HELLO = (r"(?:h+i+|h+e+l+o+|h+e+y+|h+a+i+|h+a+l+o+|h+e+l+o+|o+i+|hola+|olá+|ola+|bom dia|boa tarde|boa noite|"
          r"buenas(?: noches| tardes)?|buenos días|good (?:morning|evening|afternoon)|"
          r"chào(?: shop| chị| em| cả nhà| mọi người)?|selamat (?:pagi|siang|sore|malam)|assalamualaikum|kumusta|"
          r"magandang gabi|สวัสดี(?:ค่ะ|คะ|ครับ)?|(?:主播|老板|大家|宝宝们)?(?:你好|您好|晚上好|早上好|下午好|大家好)|"
          r"السلام عليكم|مساء الخير|صباح الخير|مرحبا|هلا)"
          r"(?:\s*(?:kak|sis|po|shop|gente|chicos|chicas|amiga|amigas|a todos|a todas|todos|pessoal|galera|semua|semuanya|"
          r"everyone|guys|all|mọi người|cả nhà|ạ|nha|ทุกคน|ค่ะ|ครับ|يا جماعة|الجميع))*")
# a viewer telling the room they just came in ("just joined", "recién llegué", "cheguei agora", "baru gabung", "mới vào",
# "เพิ่งเข้ามา", "توني دخلت", "刚进来", "kakapasok lang"): a greeting too, so what follows is asked of the host
_ARRIVED = (r"(?:(?:i )?just (?:joined|got here|came in|arrived|tuned in)|(?:i'?m|im) (?:new )?here|new here|"
            r"reci[eé]n (?:llegu[eé]|llego|entr[eé])|acabo de (?:llegar|entrar|unirme)|ya llegu[eé]|"
            r"cheguei(?: agora)?|acabei de (?:chegar|entrar)|"
            r"baru (?:gabung|join|masuk|nonton)|(?:em|mình|tui)? ?(?:mới|vừa) (?:vào|xem)|"
            r"เพิ่งเข้ามา|เพิ่งเข้าไลฟ์|توني (?:دخلت|جيت)|(?:انا|أنا) (?:جديد|جديدة) هنا|刚进来|刚进直播间|"
            r"kakapasok (?:lang|ko lang)|bagong dating)")
_PAUSE = r"[\s!！,，،.。~、😊👋🙏❤️]+"
# "hola! cuánto cuesta?", "主播晚上好，今天有什么优惠？", "hiii just joined, what are we looking at tonight?": a greeting or
# an arrival first does not make a question chatter
GREETING = re.compile(rf"^\W*(?:{_HELLO}{_PAUSE}(?:{_ARRIVED}{_PAUSE})?|{_ARRIVED}{_PAUSE})", re.IGNORECASE)
# "kak, ada promo apa malam ini?", "chị ơi ...", "主播，...": the host addressed first, so what follows is asked of the
# shop (a question the head reads as room chatter is still the host's to answer)
ADDRESS = re.compile(
    r"^\W*(?:(?:kak|kakak|ka|sis|sist|shop|min|admin|boss|bos|gan|host|ate|kuya|amiga|señora|moça|mana|"
    r"主播|老板|亲|姐妹|แม่ค้า|พี่|يا أختي|اختي|أختي)\s*[,，、،:：!！~]+"
    r"|(?:chị|anh|em|shop|c|a|bạn)\s+ơi\b[\s,，!！~]*)\s*", re.IGNORECASE)


def question_particle(text: str, lang: str) -> bool:
    """A question word or particle where the buyer's language puts it, in the comment or after its greeting ("hi just
    joined what are we looking at tonight": the English "what" opens what follows the arrival)."""
    pattern = PARTICLES.get(lang)
    if not pattern:
        return False
    rest = after_greeting(text)
    return bool(pattern.search(text.strip().lower()) or rest and pattern.search(rest.strip().lower()))


def after_greeting(text: str) -> str:
    """What follows a greeting or the host's name at the start ("hola a todos! alguien de Chile?" -> "alguien de
    Chile?", "kak, ada promo?" -> "ada promo?"), else ""."""
    m = GREETING.match(text) or ADDRESS.match(text)
    return text[m.end():] if m else ""
