"""A result the line guarantees in words, that the classifier reads as a promised result under its threshold,
or that the line ties to a deadline of its own.

"Con esta almohada dormís ocho horas seguidas desde la primera noche, te lo garantizo", "المرتبة دي هتخليك
تنام ٨ ساعات من أول ليلة، مضمونة": the head's most likely category is a guaranteed result (0.2-0.4, under
the calibrated threshold: sleep and height outcomes are rare in its labeled data) and the line says a guarantee
word of vocab.yaml's `guarantee` family. Both together are the claim (ICC Code art. 8, substantiation), in every
market whose policy has the category on, unless the guarantee is of a service, a return window or an offer, or
the line declines the promise (the same readers that take a guarantee back in context_facts).

A guarantee word next to a counted deadline or a lasting outcome ("learn to read music in 7 days — guaranteed",
"hablás fluido en 30 días, garantizado", "dijamin bebas kecoa selamanya", "用足14日...包你見效", "รับประกัน...ลดลง
30% ทุกเดือน") is the same claim whatever the classifier reads: courses, services and new product areas lie
outside its labeled data (sets 16-18 read them as cultural or nothing), the shape does not. So is the result itself
called guaranteed ("نتيجة مضمونة", "results guaranteed", "hasil dijamin")."""

from __future__ import annotations

import re

from studio.compliance.context_facts import ensure_finding, _guarantee_words, context_patterns, declines_results
from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import normalize
from studio.compliance.offer_only import only_an_offer
from studio.compliance.plain_readings import takes_back
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.service_clauses import WEAK_WORDS, clauses, outside_service, strong_guarantee

GUARANTEED = "guaranteed_results"
MIN_SCORE = 0.20         # the training script's floor: under 1 in 5 the classifier says nothing

# A result due by a counted time ("in 7 days", "en 30 días", "dalam 14 hari", "14日", "30일 만에"), lasting for good
# ("forever", "para siempre", "selamanya", "mãi mãi", "永远", "평생", "للابد") or every month ("ทุกเดือน", "cada mes").
_DEADLINE = re.compile(
    r"\b(?:in|within|after|en|em|dans|innerhalb|nach|dalam|sa loob ng|trong|sau|ภายใน|خلال|في|بعد)\s+(?:(?:de|von|ng|of)\s+)?"
    r"(?:only |just |solo |s[oó] |nur |cuma |hanya |chỉ )?\d+\s*(?:days?|weeks?|months?|nights?|d[ií]as?|semanas?|meses|m[eê]s|noches?|noites?|"
    r"jours?|semaines?|mois|nuits?|tage?n?|wochen|monaten?|n[äa]chten?|hari|minggu|bulan|malam|araw|linggo|buwan|gabi|ngày|tuần|tháng|đêm|"
    r"วัน|สัปดาห์|อาทิตย์|เดือน|يوم|ايام|اسبوع|اسابيع|شهر|اشهر|شهور|ليال|ليله)\b|"
    r"\d+\s*(?:天|日|周|週|个月|個月|晚)|\d+\s*(?:일|주|개월|달)\s*(?:만에|안에|이내|후|(?:이)?면)|(?:ภายใน|ใน)\s*\d+\s*(?:วัน|เดือน)|"
    r"\d+\s*(?:ngày|tuần|tháng)\b|\d+\s*(?:hari|araw)\b|\d+\s*(?:วัน|สัปดาห์|อาทิตย์|เดือน)|"
    r"\bforever\b|\bfor good\b|\bpermanent(?:ly)?\b|\bpara siempre\b|\bpara sempre\b|\bpour toujours\b|\bd[ée]finitivement\b|"
    r"\bf[üu]r immer\b|\bdauerhaft\b|\bselama-?lamanya\b|\bselamanya\b|\bhabambuhay\b|\bpanghabambuhay\b|mãi mãi|vĩnh viễn|"
    r"ตลอดไป|ถาวร|永远|永久|一劳永逸|평생|영원히|للابد|مدى الحياه|"
    # a span said in words or as "just one month" ("一個月包你", "เดือนเดียว การันตี"), a result by the first outing
    # ("chuyến đầu bảo đảm câu được", "第一次出海保证"): round 19
    r"(?:[一两兩二三四五六七八九十半]|几|幾)\s*(?:天|日|周|週|个月|個月|晚)|(?:เดือน|อาทิตย์|สัปดาห์|วัน)เดียว|"
    r"\b(?:first|1st) (?:trip|outing|try|attempt|session|lesson|time out)\b|\bprimer[ao]? (?:salida|intento|clase)\b|"
    r"\bprimeir[ao] (?:sa[ií]da|tentativa|aula)\b|chuyến (?:đầu|đi đầu)|lần đầu|第一次(?:出海|上课|出门)|ทริปแรก|ครั้งแรก|"
    r"(?<!\w)(?:اول|من اول) (?:طلعه|رحله|مره|حصه)(?!\w)|"
    r"\bevery month\b|\bcada m[eê]s\b|\btodo m[eê]s\b|\bjeden monat\b|\bchaque mois\b|\bsetiap bulan\b|\btiap bulan\b|\bbuwan-buwan\b|"
    r"mỗi tháng|hàng tháng|ทุกเดือน|每个月|每月|매달|매월|كل شهر|"
    # by a child's age ("reads before he turns three", "antes de los 3 años", "sebelum umur 2 tahun", "3岁前"): a
    # milestone promised by a date in the child's life, as toys and courses for babies do (round 26)
    r"\bbefore (?:he|she|they|baby|(?:your|the) (?:child|kid|baby|son|daughter|little one)) (?:turns?|is|gets to) (?:\d+|one|two|three|four|five|six|seven|eight|ten)\b|"
    r"\bby (?:the )?age (?:of )?(?:\d+|one|two|three|four|five|six|seven|eight|ten)\b|\bantes de (?:los|cumplir(?: los)?) \w+ a[ñn]os\b|\bantes d(?:os|e completar|e fazer) \w+ anos\b|"
    r"\bavant (?:ses|l.[âa]ge de) \w+ ans\b|\bvor dem \w+\.? geburtstag\b|\bsebelum (?:umur|usia|berumur|berusia) \w+\b|"
    r"\bbago (?:siya |sya )?mag-?\w+ (?:taon|years? old)\b|trước \w+ tuổi|ก่อน\s?(?:อายุ\s?)?(?:\d+|หนึ่ง|สอง|สาม|สี่|ห้า|หก)\s?ขวบ|ก่อน\s?อายุ\s?\d+\s?ปี|"
    r"(?:\d+|[一两兩二三四五六七八九十])\s*岁(?:之|以)?前|\d+\s*(?:살|세)\s*(?:전에|이전에|까지)|(?<!\w)قبل (?:عمر|سن) \w+|"
    # Arabic counts a span in its nouns: "فشهر" (Maghrebi: in a month), "خلال اسبوعين", "خلال ليلة" (round 20), not
    # "في شهر رمضان"
    r"(?<!\w)و?(?:في|ف|ب|خلال|بعد) ?(?:شهر|اسبوع|يومين|شهرين|اسبوعين|ليلتين|ليله)(?!\w)(?! ?(?:رمضان|شعبان|رجب|محرم|ذو|ذي|يناير|فبراير|"
    r"مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|الجاي|الماضي|اللي فات))")
# a job, a wage, an income or a passed exam promised ("هالدورة تضمن لك وظيفة براتب ألف دينار", "curso con empleo
# garantizado", "包就业", "dijamin lulus"): a course's result, whatever the deadline (per clause, not by "100%" alone)
_LIVELIHOOD = re.compile(
    r"\b(?:(?:a|new|your dream|full-time|well-paid|high-paying) job|job (?:offer|placement)|employment|hired|salary|income|"
    r"pass (?:the|your) (?:exam|test)|empleo|(?:un|tu) trabajo|trabajo (?:fijo|seguro|estable)|sueldo|salario|ingresos|"
    r"emprego|sal[aá]rio|renda (?:extra|mensal)|un emploi|salaire|revenus?|arbeitsplatz|jobgarantie|gehalt|einkommen|"
    r"dapat kerja|pekerjaan|lowongan|gaji|penghasilan|lulus|may trabaho|sahod|việc làm|thu nhập)\b|งานทำ|เงินเดือน|รายได้|สอบผ่าน|"
    r"สอบติด|就业|找到工作|份工作|月薪|年薪|包过|考过|上岸|包分配|وظيفه|راتب|취업|일자리|월급|연봉|합격|"
    # a wage said as earning ("verdient ihr garantiert 2.000 Euro im Monat") or a title won ("dijamin juara provinsi",
    # "รับประกันได้แชมป์", "مضمون ياخد بطولة"): a course's or a coach's outcome like a job (round 18)
    r"\bverdien\w*|\bgagne[rsz]?\b(?= (?:\d|plus de|jusqu|(?:de l')?argent|(?:sa|ta|votre) vie|bien))|\bkikita\b|\bchampion\w*|\bcampe[oó]n\w*|\bcampe[aã]\w*|\bjuara\b|vô địch|giải nhất|"
    r"แชมป์|冠军|우승|بطوله|"
    # wealth or luck promised, as incense, charms and feng-shui goods do ("cam kết cả năm làm ăn phát đạt", "保证招财",
    # "dijamin rezeki lancar", "guaranteed to bring wealth"): the buyer's fortune is the result (round 26)
    r"\b(?:wealth|prosperity|get rich|good fortune|riqueza|prosperidad|prosperidade|richesse|prosp[ée]rit[ée]|reichtum|wohlstand|"
    r"rezeki|kaya raya|hoki|swerte|suwerte|yayaman)\b|phát đạt|phát tài|làm ăn (?:thuận|phát|khấm)|giàu to|tiền vô như nước|"
    r"ร่ำรวย|โชคลาภ|เงินไหลมา|发财|财运|招财|财源|暴富|生意兴隆|재물운|금전운|부자 ?되|(?<!\w)(?:الرزق|رزق|ثروه|الغنى)(?!\w)|"
    # a lottery or a jackpot won ("รับรองถูกหวยทุกงวด", "保证中奖", "dijamin menang togel", "garantiza ganar la lotería"): luck
    # promised as a prize (round 27)
    r"\b(?:win(?:s|ning)? (?:the )?(?:lottery|lotto|jackpot)|jackpot|ganar (?:la )?(?:loter[ií]a|quiniela)|ganhar na (?:loteria|mega-?sena)|"
    r"gagner au loto|im lotto gewinn\w*|lottogewinn|menang (?:lotre|lotere|togel|undian)|kena (?:nombor|loteri)|tembus togel|"
    r"manalo sa (?:lotto|jueteng))\b|trúng (?:số|xổ số|vé số|độc đắc)|ถูกหวย|ถูกลอตเตอรี่|ถูกรางวัลที่ ?(?:1|หนึ่ง)|中奖|中彩票|中头奖|"
    r"(?:복권|로또) ?당첨|(?<!\w)(?:يربح|تربح|تكسب|يكسب) (?:ال)?(?:يانصيب|لوتو|جائزه الكبرى)")
# a title said to the viewer, not won ("Te lo garantizo campeón, es el mejor precio", "valeu campeão"): read as a space
_TITLE_AS_ADDRESS = re.compile(r"(?:\b(?:garantizo|garanto|guarantee|prometo|promise|digo|juro|aseguro|mira|oye|hola|gracias|"
                               r"obrigad[oa]|valeu|vamos|dale|bora|thanks?)\b|,)\s*(?:mi |meu |my )?(campe[oó]n\w*|campe[aã]o|champion|champ)\b")
# the shop's own schedule or stock by a date, not a result for the viewer ("We guarantee new colours every month",
# "en 3 semanas abrimos tienda nueva", "tiap bulan ada warna baru"): such a clause is no deadline (round 22)
_OWN_SCHEDULE = re.compile(
    r"\bnew (?:colou?rs?|arrivals?|designs?|styles?|stock|products?|drops?|items?|collections?|episodes?|videos?|lives?)\b|\brestock\w*|"
    r"\bwe(?:'ll| will)? (?:open|launch|restock)\b|\b(?:abrimos|abriremos|inauguramos|lanzamos|lan[cç]amos|vamos abrir|ouvrons|ouvrirons|"
    r"er[öo]ffnen)\b|\bnuev[oa]s? (?:colores|modelos|tienda|sucursal|productos|dise[nñ]os)\b|\b(?:tienda|colores|modelos) nuev[oa]s?\b|\bnovas? (?:cores|loja|modelos|produtos)\b|\b(?:cores|modelos|produtos) nov[oa]s\b|"
    r"\bnouvelles? (?:couleurs|boutique|collections?)\b|\b(?:warna|model|toko|produk|koleksi) baru\b|\bbuka (?:toko|cabang)\b|"
    r"màu mới|mẫu mới|hàng mới về|mở (?:thêm )?(?:cửa hàng|shop|chi nhánh)|สีใหม่|ลายใหม่|เปิด(?:ร้าน|สาขา)|上新|新款|新颜色|开(?:新)?店|"
    r"(?<!\w)(?:الوان|موديلات|منتجات) جديده(?!\w)|(?<!\w)(?:نفتح|هنفتح|بنفتح) (?:فرع|محل)(?!\w)")
# a giveaway: the prize is what is guaranteed ("Garanti : le premier qui commente gagne un cadeau", "first to comment wins",
# "sorteo garantizado"), no result of the product (round 22)
_GIVEAWAY = re.compile(
    r"\b(?:giveaway|raffle|sorteo|sorteio|tirage au sort|concours|verlosung|gewinnspiel|undian|pa-?raffle)\b|bốc thăm|"
    r"quay số|ชิงรางวัล|จับรางวัล|抽奖|추첨|(?<!\w)سحب(?!\w)|"
    r"\b(?:the )?first (?:one |person )?(?:to|who) comments?\b|\b(?:le|la) premi[eè]re? (?:qui|à) comment\w*|\bel primer[oa]? (?:que|en) coment\w*|"
    r"\bo primeiro (?:que|a) coment\w*|\b(?:yang )?(?:pertama|duluan) (?:komen|comment)\w*|(?:ai|người) (?:bình luận|comment|cmt) đầu tiên|"
    r"คนแรกที่(?:คอมเมนต์|เม้น)|第一个(?:评论|留言)|첫 (?:번째 )?댓글|(?<!\w)(?:اول|أول) (?:واحد|شخص) (?:يعلق|يكتب)")
# Thai "รับรอง" also certifies: a certificate named ("ได้รับรอง GOTS เลขใบรับรองอยู่ในรายละเอียด", "มีใบรับรอง GRS") guarantees
# nothing (round 22: b10-th-023, newly read as a guaranteed result by the retrained head); read as a space
_CERTIFIED = re.compile(r"ใบรับรอง|ได้(?:รับการ)?รับรอง|การรับรอง|รับรอง(?:มาตรฐาน|โดย)")
_PERCENT_ONLY = re.compile(r"^(?:100%|hundred percent|cien por cien(?:to)?|cem por cento|seratus persen|một trăm phần trăm|"
                           r"ร้อยเปอร์เซ็นต์|百分百|百分之百|مي[هة].*|100 .*)$")
# a warranty or an arrival is a service ("garansi resmi 1 tahun", "dijamin sampai dalam 3 hari")
_WARRANTY = re.compile(r"\bwarrant\w*|\barriv\w*|\bsampai\b|\btiba\b|\bllega\w*|\bchega\w*|\bdarating\b|đến tay|giao|ถึงมือ|送达|到货|도착|يوصل|توصل|\bgarant[ií]a de\b|\bgarantia de\b|\bgarantie (?:de|von)\b|\bgaransi (?:resmi|toko|\d|satu|dua|tiga|lima|se(?:tahun|bulan))|"
                       r"bảo hành|保修|质保|保固|보증 ?기간|ประกันสินค้า|จัดส่ง|ส่งถึง|ส่งของ|ضمان (?:سنه|سنتين|لمده)")


# the result itself called guaranteed ("نتيجة مضمونة", "results guaranteed", "resultado garantizado", "hasil dijamin",
# "效果保证", "kết quả đảm bảo"): the promise in two words, whatever the classifier reads (round 20, Gulf)
_RESULT_GUARANTEED = re.compile(
    r"\b(?:guaranteed results?|results? (?:are )?guaranteed|resultados? garantizados?|resultados? garantidos?|"
    r"garantia de resultados?|r[ée]sultats? garantis?|garantiertes? ergebnis|ergebnis garantiert|hasil(?:nya)? (?:dijamin|pasti|terjamin)|"
    r"dijamin berhasil|kết quả (?:đảm bảo|chắc chắn)|đảm bảo (?:có )?kết quả)\b|保证(?:有)?效果|效果(?:有)?保证|包(?:有)?效果|"
    r"รับประกันผล(?:ลัพธ์)?|효과 보장|결과 보장|(?<!\w)(?:نتيجه|نتايج|النتيجه|النتايج) (?:مضمونه|مضمون|اكيده)(?!\w)|"
    r"(?<!\w)(?:مضمونه|مضمون) (?:النتيجه|النتايج)(?!\w)|\bsiguradong (?:resulta|epektibo)\b")


# certainty said as a hundred percent ("แน่นอนร้อยเปอร์เซ็นต์", "chắc chắn 100%", "百分百肯定", "100% sure", "seguro al 100%"),
# or a guarantee word for everyone or every time ("مضمونة لكل الناس", "works for everyone, guaranteed", "人人有效，保证"):
# a result promised with no guarantee noun (round 21, th and Gulf)
_SURE_100 = re.compile(
    r"แน่นอน\s*(?:ร้อยเปอร์เซ็นต์|100\s?%)|(?:ร้อยเปอร์เซ็นต์|100\s?%)\s*แน่นอน|ชัวร์\s*(?:ร้อยเปอร์เซ็นต์|100\s?%)|"
    r"chắc chắn\s*(?:100\s?%|một trăm phần trăm)|(?:100\s?%|một trăm phần trăm)\s*chắc chắn|百分(?:百|之百)\s*(?:肯定|一定|确定)|"
    r"(?:肯定|一定)\s*百分(?:百|之百)|\b100\s?% (?:sure|certain)\b|\b(?:a )?hundred percent (?:sure|certain)\b|"
    r"\bsegur[oa]s? al 100\b|\b100\s?% segur[oa]s?\b|\bcien por cien segur|\b100\s?% (?:pasti|yakin)\b|\bpasti 100\s?%|"
    r"\bseratus persen pasti\b|\b100\s?% (?:sicher|s[uû]re?)\b|\bs[uû]re? [àa] 100\s?%|(?<!\w)(?:اكيد|مضمون\w*) (?:100\s?%|مي[هة] (?:في|ف|بال)المي[هة])|"
    r"100\s?% (?:اكيد|مضمون\w*)|100\s?% 확실|확실히 100")
_FOR_EVERYONE = re.compile(
    r"\bfor (?:everyone|everybody|every single one)\b|\bevery (?:single )?time\b|\bpara todo el mundo\b|\bpara tod[oa]s\b|"
    r"\bpour tout le monde\b|\bf[üu]r (?:jeden|alle)\b|\b(?:untuk )?semua orang\b|\bsetiap kali\b|\bpara sa lahat\b|"
    r"cho (?:tất cả )?mọi người|\bai (?:dùng )?cũng\b|mỗi lần|ทุกคน|ทุกครั้ง|人人|每个人|所有人|谁用都|每次都|모든 사람|누구나|"
    r"(?<!\w)(?:لكل|للكل|لجميع|لكل) ?(?:الناس|واحد|شخص|البشر)?(?!\w)|(?<!\w)كل مره(?!\w)")
# "ของแท้แน่นอน 100%", "chính hãng 100%": the product's authenticity, not a result
_AUTHENTIC = re.compile(r"\bgenuine\b|\bauthentic\b|\boriginal\w*|\bori\b|\basli\b|\baut[eé]ntic|\bleg[ií]tim|"
                        r"\bechte?\b|\bauthentique\b|chính hãng|hàng thật|ของแท้|แท้|正品|真品|原装|정품|(?<!\w)(?:اصلي|اصليه|اورجينال)(?!\w)")


def sure_for_everyone(norm: str) -> bool:
    """A result promised as a hundred percent sure or guaranteed for everyone, in one clause that names no
    warranty, delivery or authenticity (normalized text)."""
    words = _guarantee_words()
    for clause in clauses(outside_service(norm, _WARRANTY)):
        if _AUTHENTIC.search(clause):
            continue
        if _SURE_100.search(clause) or (_FOR_EVERYONE.search(clause) and strong_guarantee(clause, words)
                                        and any(not _PERCENT_ONLY.match(m.group(0).strip()) for m in words.finditer(clause))):
            return True
    return False


def apply_worded_guarantee(findings: list[Finding], text: str, spoken_from: int, policies: dict[str, dict],
                           lang: str, role: TextRole, verdict: ClaimVerdict | None) -> list[Finding]:
    if role is TextRole.CUE or any(f.category == GUARANTEED for f in findings):
        return findings
    spoken = text[spoken_from:]
    words = _guarantee_words()
    norm = _CERTIFIED.sub(" ", normalize(spoken).text)
    if not words.search(norm) or declines_results(spoken) or only_an_offer(spoken, words) or _GIVEAWAY.search(norm) \
            or context_patterns().return_terms.search(norm) \
            or takes_back(GUARANTEED, spoken):                   # "garansi tukar ukuran 7 hari", "money back if you don't like it"
        return findings
    leaning = verdict is not None and verdict.category is None and verdict.top_category == GUARANTEED \
        and verdict.score >= MIN_SCORE and bool(words.search(outside_service(norm, _WARRANTY)))   # not "garansi dua tahun"
    if leaning:
        return ensure_finding(findings, GUARANTEED, text, spoken_from, policies, lang, role,
                       "the line guarantees the result in words", severity=None)
    if (verdict is None or verdict.category is None) and (promises_by_deadline(norm) or _RESULT_GUARANTEED.search(norm)
                                                          or sure_for_everyone(norm)):
        return ensure_finding(findings, GUARANTEED, text, spoken_from, policies, lang, role,
                       "the line guarantees a result by a deadline", severity=None)
    return findings


def promises_by_deadline(norm: str) -> bool:
    """A promising guarantee word and a counted deadline, a lasting outcome or a livelihood, no warranty (normalized text)."""
    # per clause: "Garansi resmi 2 tahun, dijamin langsing dalam 7 hari" promises in its second clause
    free = outside_service(outside_service(_TITLE_AS_ADDRESS.sub(" ", norm), _WARRANTY), _OWN_SCHEDULE)
    words = _guarantee_words()
    if any(_LIVELIHOOD.search(c) and any(not WEAK_WORDS.match(w) and not _PERCENT_ONLY.match(w)
                                         for w in (m.group(0).strip() for m in words.finditer(c))) for c in clauses(free)):
        return True
    return strong_guarantee(free, words) and bool(_DEADLINE.search(free))
