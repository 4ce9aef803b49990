"""Producer notes that CONFIRM a deal, a scarcity or a fact, and the notes that contradict it, in the 13
languages the checker serves (rules and notes only, semantic=False: the verdict must not hang on the
classifier, whose readings these facts override).

- a real price history plus a one-night (or this-live-only) offer clears both the fake-discount and the
  false-urgency reading of "the offer ends at midnight and goes back to 199, its usual price"; notes that
  the reference price was never charged make it a blocking fake discount, notes that the offer runs every
  day make the deadline false; amounts compare in local shorthand (39만 9천원, 399 ribu, 1 triệu 2);
- "only 12 left, no restock" over notes that confirm the stock and that it is discontinued is clean;
  plenty of stock or a weekly restock in the notes makes it false;
- a declined health question or "not a medical device, see a doctor" is no medical claim (rule or not);
- "the newest model" over notes that say newer models exist is a blocking superlative in every market;
- recall gaps of blind set 11 as kinds: Thai quality superlatives, Levantine/Egyptian cures and "no need
  to see the doctor", notes that say the seller "has no data", and "no Brasil" is not a negation.
"""

import pytest

from studio.compliance import Checker, RuleSeverity
from studio.compliance.amounts import amounts
from studio.compliance.context_facts import is_medical_disclaimer, notes_say_paid, notes_say_unpaid, \
    tells_to_stop_treatment
from studio.compliance.deals import Fact, notes_fact
from studio.compliance.normalize import normalize


def findings(market, text, notes=(), lang=None):
    return Checker([market], user_pack=False, semantic=False).check_text(text, lang, notes=notes)


def of(category, found, severity=None):
    return [f for f in found if f.category == category and (severity is None or f.severity is severity)]


ONE_NIGHT = [   # (market, lang, line, notes confirming price and one-night offer, never charged, every day)
    ("US", "en", "The offer ends at midnight and goes back to $199, its usual price.",
     "[sold at $199 for the last three months; one-night promo]", "[never sold at $199]",
     "[this promo runs every day]"),
    ("CN", "zh", "今晚12点活动结束，恢复到199元的日常价。",
     "【过去三个月一直卖199元；仅限今晚】", "【从未按199元卖过】", "【这个价格每天都有】"),
    ("MX", "es", "La oferta termina a las doce y vuelve a 899 pesos, su precio normal.",
     "[Se vendió a 899 pesos los últimos tres meses; la oferta es de una sola noche]",
     "[nunca se vendió a 899]", "[la misma oferta se repite todos los días]"),
    ("BR", "pt", "A promoção acaba à meia-noite e volta para R$ 199, o preço normal.",
     "[vendido a R$ 199 nos últimos três meses; promoção de uma noite só]",
     "[nunca foi vendido a R$ 199]", "[essa promoção roda todo dia]"),
    ("ID", "id", "Promonya berakhir jam 12 malam, habis itu kembali ke 399 ribu, harga normalnya.",
     "[dijual 399 ribu selama tiga bulan terakhir; promo hanya untuk live ini]",
     "[tidak pernah dijual 399 ribu]", "[promo yang sama setiap hari]"),
    ("TH", "th", "โปรหมดเที่ยงคืนนี้ แล้วกลับไปราคา 1,290 บาทตามปกติค่ะ",
     "[ขายราคา 1,290 บาทมาตลอด 3 เดือน; โปรเฉพาะไลฟ์นี้]", "[ไม่เคยขายราคา 1,290 บาท]", "[โปรนี้มีทุกวัน]"),
    ("VN", "vi", "Deal kết thúc lúc 12 giờ đêm, sau đó giá về lại 1 triệu 2 như bình thường.",
     "[đã bán giá 1.200.000đ trong 3 tháng qua; ưu đãi chỉ trong một đêm]",
     "[chưa từng bán giá 1 triệu 2]", "[ưu đãi này mỗi ngày đều có]"),
    ("SA", "ar", "العرض ينتهي الساعة ١٢ بالليل ويرجع ٤٥٠ ريال، سعره العادي.",
     "[بيع بـ ٤٥٠ ريال خلال آخر ٣ شهور؛ العرض لهذا البث فقط]", "[لم يبع أبداً بـ ٤٥٠ ريال]",
     "[نفس العرض كل يوم]"),
    ("DE", "de", "Das Angebot endet um Mitternacht, danach geht es zurück auf 199 €, den Normalpreis.",
     "[seit drei Monaten zu 199 € verkauft; Aktion nur für diesen Abend]", "[nie zu 199 € verkauft]",
     "[dieselbe Aktion läuft jeden Tag]"),
    ("FR", "fr", "La promo s'arrête à minuit, ensuite le sérum revient à 59 €, son prix normal.",
     "[vendu 59 € pendant les trois derniers mois ; promo d'un soir seulement]", "[jamais vendu à 59 €]",
     "[la même promo tous les jours]"),
    ("MY", "ms", "Promo tamat tengah malam, lepas tu harga kembali ke RM89, harga biasa.",
     "[dijual RM89 sepanjang tiga bulan lepas; promo khas untuk live ini]", "[tak pernah dijual pada RM89]",
     "[promo sama setiap hari]"),
    ("KR", "ko", "정가 5만 9천원인데 오늘 방송에서만 2만 9천원이에요!",
     "[최근 3개월 5만 9천원에 판매; 이번 방송 한정 할인]", "[5만 9천원에 판매된 적 없음]", "[매일 같은 할인]"),
    ("PH", "tl", "Hanggang midnight lang 'to, tapos babalik sa 1,499 pesos, regular na presyo.",
     "[nabenta sa 1,499 sa nakalipas na tatlong buwan; promo para sa live na ito lang]",
     "[hindi kailanman nabenta sa 1,499]", "[pareho ang promo araw-araw]"),
]


@pytest.mark.parametrize("market, lang, line, confirm, never, daily", ONE_NIGHT)
def test_a_confirmed_price_history_and_one_night_offer_clear_both_deal_readings(market, lang, line, confirm,
                                                                                never, daily):
    assert notes_fact("fake_discount", [confirm], line) is Fact.TRUE
    assert notes_fact("false_urgency", [confirm], line) is Fact.TRUE
    found = findings(market, line, [confirm], lang)
    assert not of("fake_discount", found) and not of("false_urgency", found)


@pytest.mark.parametrize("market, lang, line, confirm, never, daily", ONE_NIGHT)
def test_the_same_line_over_a_never_charged_price_is_a_blocking_fake_discount(market, lang, line, confirm,
                                                                             never, daily):
    assert notes_fact("fake_discount", [never], line) is Fact.FALSE
    assert of("fake_discount", findings(market, line, [never], lang), RuleSeverity.BLOCK)


@pytest.mark.parametrize("market, lang, line, confirm, never, daily", ONE_NIGHT)
def test_the_same_line_over_an_offer_that_runs_every_day_is_false_urgency(market, lang, line, confirm,
                                                                          never, daily):
    assert notes_fact("false_urgency", [daily], line) is Fact.FALSE
    # the false fact wins over a one-night note in the same notes
    assert notes_fact("false_urgency", [confirm.rstrip("]】") + "; " + daily.strip("[]【】") + "]"], line) \
        is Fact.FALSE


def test_a_usual_price_note_reads_the_amount_it_names_not_every_amount_in_it():
    line = "原价999的空气净化器，今天只要299！"
    # the usual price is the deal price: the reference price is false, though the note names 999 too
    assert notes_fact("fake_discount", ["【上架以来一直卖299元，999元是临时标的划线价】"], line) is Fact.FALSE
    assert notes_fact("fake_discount", ["【近90天一直卖999元】"], line) is Fact.TRUE


@pytest.mark.parametrize("text, value", [
    ("정가 39만 9천원", 399000), ("12만 9천원", 129000), ("vuelve a 89 lucas", 89000), ("89.000 CLP", 89000),
    ("4.5k", 4500), ("99rb", 99000), ("1 triệu 2", 1200000), ("1tr2", 1200000), ("2,5 juta", 2500000),
    ("٤٥٠٠ جنيه", 4500), ("3万9", 39000), ("4 آلاف", 4000), ("R$ 1.299,90", 1299.9), ("89 mil pesos", 89000),
])
def test_amounts_in_local_shorthand(text, value):
    assert value in amounts(normalize(text).text)


def test_amounts_in_shorthand_compare_with_the_notes_digits():
    line = "La oferta termina a las doce y el reloj vuelve a 89 lucas, y hoy está a 59 lucas."
    assert notes_fact("fake_discount", ["[se vendió a 89.000 CLP los últimos tres meses]"], line) is Fact.TRUE
    assert notes_fact("fake_discount", ["[siempre se vendió a 59.000 CLP]"], line) is Fact.FALSE


SCARCITY = [   # (market, lang, line, notes confirming the scarcity, notes with plenty of stock)
    ("US", "en", "Only 12 left and there's no restock!", "[actual stock 12; discontinued]",
     "[warehouse holds 2,000 units; restocked weekly]"),
    ("CN", "zh", "只剩12件了，卖完不补货！", "【实际库存12件；已停产】", "【仓库还有2000件，每周补货】"),
    ("MX", "es", "¡Solo quedan 12 piezas y no habrá reposición!", "[stock real 12 piezas; modelo descontinuado]",
     "[hay 2.000 unidades en almacén; se repone cada semana]"),
    ("BR", "pt", "Só restam 12 unidades, não vai ter reposição!", "[estoque real 12 unidades; fora de linha]",
     "[2.000 unidades no estoque; reposição semanal]"),
    ("ID", "id", "Tinggal 12 pcs lagi, abis ini nggak restock ya!",
     "[stok sebenarnya 12 pcs; tidak diproduksi lagi]", "[stok gudang 2.000 pcs; restok setiap minggu]"),
    ("TH", "th", "เหลือแค่ 12 ชิ้นค่ะ หมดแล้วไม่มีเติม", "[สต็อกจริง 12 ชิ้น; เลิกผลิตแล้ว]",
     "[คลังมี 2,000 ชิ้น; เติมของทุกสัปดาห์]"),
    ("VN", "vi", "Chỉ còn 12 hộp thôi, hết là không nhập thêm nữa!",
     "[tồn kho thực tế 12 hộp; ngừng sản xuất]", "[kho còn 2.000 hộp; nhập hàng hàng tuần]"),
    ("SA", "ar", "باقي ١٢ حبة بس، وما راح ينزل مرة ثانية!", "[المخزون الفعلي ١٢ حبة؛ توقف انتاجه]",
     "[المستودع فيه ٢٠٠٠ حبة؛ التوريد أسبوعي]"),
    ("DE", "de", "Nur noch 12 Stück, und es wird nicht nachproduziert!",
     "[tatsächlicher Bestand 12 Stück; eingestellt]", "[2.000 Stück im Lager; wöchentlich nachgeliefert]"),
    ("FR", "fr", "Plus que 12 pièces, et pas de réassort !", "[stock réel 12 pièces ; modèle discontinué]",
     "[2000 pièces en entrepôt ; réassort chaque semaine]"),
    ("MY", "ms", "Tinggal 12 unit je, habis tak restock dah!",
     "[stok sebenar 12 unit; edisi terhad, tidak akan diproduksi lagi]", "[stok gudang 2000 unit; restock setiap minggu]"),
    ("KR", "ko", "12개 남았어요, 재입고 없어요!", "[실제 재고 12개; 단종 모델]", "[창고 재고 2000개; 매주 재입고]"),
    ("PH", "tl", "12 pieces na lang, wala nang restock!", "[tunay na stock 12 piraso; discontinued na]",
     "[2000 piraso sa bodega; may restock linggo-linggo]"),
]


@pytest.mark.parametrize("market, lang, line, real, plenty", SCARCITY)
def test_scarcity_the_notes_confirm_is_clean(market, lang, line, real, plenty):
    assert notes_fact("false_urgency", [real], line) is Fact.TRUE
    assert not of("false_urgency", findings(market, line, [real], lang))


@pytest.mark.parametrize("market, lang, line, real, plenty", SCARCITY)
def test_scarcity_over_plenty_of_stock_or_a_weekly_restock_is_false_urgency(market, lang, line, real, plenty):
    assert notes_fact("false_urgency", [plenty], line) is Fact.FALSE
    assert of("false_urgency", findings(market, line, [plenty], lang), RuleSeverity.BLOCK)


DECLINED_HEALTH = [   # (market, lang, line): a health question declined, or "not a medical device", sent to a doctor
    ("US", "en", "Someone asked if this cures high blood pressure; I can't answer that, please see your doctor."),
    ("US", "en", "This is not a medical device, it's a posture strap; if it hurts, see your doctor."),
    ("CN", "zh", "有人问能不能治高血压，这个我没法回答，请咨询医生。"),
    ("CN", "zh", "这不是医疗器械，只是矫姿带，疼的话请去医院。"),
    ("MX", "es", "Me preguntan si cura la diabetes: eso no lo puedo responder, consulten a su médico."),
    ("BR", "pt", "Perguntaram se cura pressão alta, isso eu não posso responder, procurem um médico."),
    ("ID", "id", "Ada yang nanya bisa nyembuhin asam urat, maaf aku nggak bisa jawab, konsultasi ke dokter ya."),
    ("TH", "th", "มีคนถามว่ารักษาเบาหวานได้ไหม ตอบไม่ได้นะคะ ปรึกษาแพทย์ค่ะ"),
    ("VN", "vi", "Có bạn hỏi có chữa được tiểu đường không, em không trả lời được, mọi người hỏi bác sĩ nha."),
    ("SA", "ar", "في أحد يسأل إذا يعالج السكر، ما أقدر أجاوب، راجعوا الطبيب."),
    ("DE", "de", "Jemand fragt, ob das Diabetes heilt – das kann ich nicht beantworten, bitte geht zum Arzt."),
    ("FR", "fr", "On me demande si ça guérit l'hypertension : je ne peux pas répondre, voyez votre médecin."),
    ("MY", "ms", "Ada yang tanya boleh sembuhkan kencing manis, saya tak boleh jawab, sila jumpa doktor."),
    ("KR", "ko", "이 밴드는 의료기기가 아니에요, 통증이 계속되면 병원에 가세요."),
    ("PH", "tl", "May nagtanong kung nakakagamot ng diabetes, hindi ko po masasagot, magpatingin po kayo sa doktor."),
    ("PH", "tl", "Hindi po ito gamot, supplement lang, magpatingin sa doktor kung may sakit."),
]


@pytest.mark.parametrize("market, lang, line", DECLINED_HEALTH)
def test_a_declined_health_question_or_not_a_medical_device_is_no_medical_claim(market, lang, line):
    assert is_medical_disclaimer(line)
    assert not of("medical", findings(market, line, (), lang))


NEWEST = [   # (market, lang, line, notes that say newer models exist)
    ("US", "en", "This is the brand's newest model, just dropped!", "[released in 2023; two newer models exist]"),
    ("CN", "zh", "这是品牌最新款的耳机哦！", "【该款2023年上市，品牌已出了两代新款】"),
    ("MX", "es", "Es el modelo más nuevo de la marca, recién salido.", "[modelo de 2023; ya hay dos modelos más nuevos]"),
    ("BR", "pt", "É o lançamento mais recente da marca, gente!", "[lançado há dois anos; existem versões mais novas]"),
    ("ID", "id", "Ini seri terbaru dari brandnya, kak!", "[dirilis tiga tahun lalu; sudah ada model yang lebih baru]"),
    ("TH", "th", "รุ่นนี้เป็นรุ่นใหม่ล่าสุดของแบรนด์ค่ะ", "[รุ่นนี้ออกเมื่อ 2 ปีก่อน; มีรุ่นใหม่กว่าแล้ว 2 รุ่น]"),
    ("VN", "vi", "Đây là dòng mới nhất của hãng đó cả nhà!", "[ra mắt 3 năm trước; đã có đời mới hơn]"),
    ("SA", "ar", "هذا أحدث موديل من الشركة!", "[الموديل نزل من سنتين؛ في موديلات أحدث]"),
    ("DE", "de", "Das ist das neueste Modell der Marke!", "[Vorgängermodell; zwei neuere Modelle erhältlich]"),
    ("FR", "fr", "C'est le dernier modèle de la marque, tout juste sorti !",
     "[sorti il y a deux ans ; deux modèles plus récents existent]"),
    ("MY", "ms", "Ni model paling baru dari jenama tu tau!", "[dilancarkan dua tahun lepas; ada model yang lebih baru]"),
    ("KR", "ko", "이게 브랜드 최신 모델이에요!", "[2년 전 출시; 후속 모델이 나왔음]"),
    ("PH", "tl", "Ito na ang pinakabagong model ng brand!",
     "[inilabas dalawang taon na ang nakalipas; may mas bagong modelo na]"),
]


@pytest.mark.parametrize("market, lang, line, notes", NEWEST)
def test_the_newest_model_over_notes_that_say_newer_ones_exist_is_a_blocking_superlative(market, lang, line, notes):
    assert of("absolute_superlative", findings(market, line, [notes], lang), RuleSeverity.BLOCK)


@pytest.mark.parametrize("market, lang, line, notes", [n for n in NEWEST if n[0] in ("US", "MX", "BR", "DE", "PH")])
def test_the_newest_model_over_notes_that_say_it_is_new_is_no_finding_where_puffery_is_allowed(
        market, lang, line, notes):
    assert not of("absolute_superlative", findings(market, line, ["[launched this week; the brand's current model]"], lang))


@pytest.mark.parametrize("line", ["อาหารแมวเกรดดีเลิศ คุณภาพเยี่ยมที่สุดค่ะ", "ครีมตัวนี้ดีที่สุดในไทยแล้วค่ะ",
                                  "เซรั่มนี้นิยมที่สุด ไม่มีใครเทียบ"])
def test_thai_quality_superlatives_block_in_thailand(line):
    assert of("absolute_superlative", findings("TH", line, (), "th"), RuleSeverity.BLOCK)


@pytest.mark.parametrize("line", ["ส่วนตัวชอบสีชมพูนี้ที่สุด", "สำคัญที่สุดคือทดสอบที่แขนก่อน", "เกลี่ยให้ดีที่สุดนะคะ ใช้แปรงจะเนียนกว่า"])
def test_thai_most_that_is_no_claim_stays_clean(line):
    assert not of("absolute_superlative", findings("TH", line, (), "th"))


@pytest.mark.parametrize("market, line", [
    ("AE", "هالزيت بيشفي الصدفية من أول استعمال"),          # Levantine
    ("SA", "الحزام ده بيعالج الانزلاق الغضروفي"),             # Egyptian
    ("AE", "هاد الأعشاب كتشفي من السكر"),                    # Maghrebi
])
def test_dialect_cure_verbs_are_medical_claims_in_the_gulf(market, line):
    assert of("medical", findings(market, line, (), "ar"), RuleSeverity.BLOCK)


@pytest.mark.parametrize("line", ["حزام الظهر هاد بيشفي الديسك، ما في داعي تروح على الدكتور.",
                                  "خلاص مفيش داعي تروح للدكتور، الجهاز ده كفاية"])
def test_no_need_to_see_the_doctor_in_dialect_is_a_medical_claim_everywhere(line):
    assert tells_to_stop_treatment(line)
    assert of("medical", findings("JO", line, (), "ar"), RuleSeverity.BLOCK)


@pytest.mark.parametrize("market, lang, line, notes", [
    ("AR", "es", "La mochila más vendida de Sudamérica, récord absoluto.", "[El vendedor no tiene datos de ventas regionales]"),
    ("BR", "pt", "O fone mais vendido do Brasil, gente!", "[a loja não tem dados de vendas nacionais]"),
    ("CA", "fr", "Le tapis numéro 1 au Canada !", "[la marque n'a aucune donnée de vente]"),
    ("PH", "tl", "Number one na sunscreen sa Pilipinas 'to!", "[walang survey o datos ng benta]"),
    ("EG", "ar", "ده الأكثر مبيعا في مصر!", "[البائع ما عنده بيانات مبيعات]"),
])
def test_a_ranking_over_notes_that_say_the_seller_has_no_data_blocks(market, lang, line, notes):
    assert of("absolute_superlative", findings(market, line, [notes], lang), RuleSeverity.BLOCK)


def test_no_brasil_in_a_data_note_is_not_a_negation():
    notes = ["[Relatório Nielsen 2026: líder de vendas no Brasil na categoria]"]
    assert not of("absolute_superlative", findings("BR", "É a ração mais vendida do país.", notes, "pt"))


def test_the_host_bought_it_herself_in_french_is_unpaid_and_korean_free_supply_is_paid():
    assert notes_say_unpaid(["[L'animatrice a acheté le tapis elle-même ; aucun lien avec la marque]"])
    assert notes_say_paid(["[브랜드에서 무상 제공 및 판매 수수료 20% 지급; 표시 없음]"])
    assert not notes_say_unpaid(["[브랜드에서 무상 제공 및 판매 수수료 20% 지급; 표시 없음]"])


@pytest.mark.parametrize("market, lang, line, notes", [
    ("ID", "id", "Ini HP seri terbaru dari brand-nya, baru rilis minggu ini ya kak.", "[tidak ada model yang lebih baru]"),
    ("VN", "vi", "Đây là mẫu mới nhất của hãng, vừa ra mắt tuần này.", "[chưa có mẫu mới hơn]"),
    ("US", "en", "This is the newest model, out this week.", "[no newer models exist]"),
])
def test_the_newest_model_over_notes_that_say_no_newer_one_exists_is_no_finding(market, lang, line, notes):
    assert not of("absolute_superlative", findings(market, line, [notes], lang))


@pytest.mark.parametrize("line, notes", [
    # a duration in the note ("30 días") is not the price it names
    ("Antes 89 €, hoy 69 €; fue el precio más bajo de los últimos 30 días.", "[precio mínimo 30 días anterior: 89 €]"),
    # المبيعات (sales) is not ما + بيع (never sold)
    ("كان ٢٥٠ درهم، اليوم ١٩٩ درهم.", "[بيع بسعر ٢٥٠ درهم من أغسطس إلى نوفمبر، سجل المبيعات مرفق]"),
])
def test_a_price_history_note_with_durations_or_sales_words_confirms_the_reference_price(line, notes):
    assert notes_fact("fake_discount", [notes], line) is Fact.TRUE


@pytest.mark.parametrize("line", ["Kem này tuyệt vời nhất thị trường luôn", "Nồi chiên này không có đối thủ đâu cả nhà",
                                  "Son này xuất sắc nhất, không đâu bằng"])
def test_vietnamese_quality_superlatives_block_in_vietnam(line):
    assert of("absolute_superlative", findings("VN", line, (), "vi"), RuleSeverity.BLOCK)


@pytest.mark.parametrize("line", ["Mình hỏi cả nhà nè, ai da dầu thì comment số 1, da khô comment số 2 nha.",
                                  "Tốt nhất là mọi người nên test sau tai trước nha."])
def test_vietnamese_number_one_as_a_code_or_best_as_advice_stays_clean(line):
    assert not of("absolute_superlative", findings("VN", line, (), "vi"))


@pytest.mark.parametrize("line, notes", [
    ("Was €89, now just €39, that's more than half off!", "[lowest price in the last 30 days was €42]"),
    ("Antes 129 euros, ahora 49.", "[el precio más bajo de los últimos 30 días fue 55 €]"),
    ("Statt 399 € heute nur 59 €!", "[niedrigster Preis der letzten 30 Tage 62 €]"),
    ("Avant 79 €, maintenant 39 € !", "[prix le plus bas des 30 derniers jours : 45 €]"),
])
def test_a_reference_price_that_is_not_the_30_day_lowest_in_the_notes_is_a_fake_discount(line, notes):
    assert notes_fact("fake_discount", [notes], line) is Fact.FALSE
    reference = max(amounts(normalize(line).text))
    same = f"[lowest price in the last 30 days was {reference:g}]"   # the note at the reference price: real
    assert notes_fact("fake_discount", [same], line) is Fact.TRUE


@pytest.mark.parametrize("market, lang, line", [
    ("BR", "pt", "O termogênico não faz milagre, tá? Sem dieta e treino não tem resultado, cada corpo é um corpo."),
    ("MX", "es", "Esta faja no hace magia: sin dieta ni ejercicio no hay resultados, cada cuerpo es un mundo."),
    ("US", "en", "This tea won't do the work for you; without diet and exercise there are no results, everybody is different."),
])
def test_a_line_that_declines_results_is_no_guaranteed_result_even_for_a_rule(market, lang, line):
    assert not of("guaranteed_results", findings(market, line, (), lang))


def test_a_line_that_declines_results_but_says_a_guarantee_word_keeps_the_rule():
    found = findings("BR", "Garantido: sem dieta você perde 5 kg, cada corpo é um corpo.", (), "pt")
    assert of("guaranteed_results", found)


@pytest.mark.parametrize("market, lang, line", [
    ("SG", "zh", "我每天都在吃这个，先讲清楚哦，是品牌寄给我的，我也有拿佣金。"),
    ("BR", "pt", "Deixando claro: a marca me mandou e eu ganho comissão nas vendas."),
    ("VN", "vi", "Nói trước nha, nhãn hàng gửi cho em và em có nhận hoa hồng."),
])
def test_a_line_that_states_the_gift_and_the_commission_is_a_disclosure(market, lang, line):
    notes = ["[brand sent it free and pays a sales commission]"]
    assert not of("undisclosed_endorsement", findings(market, line, notes, lang))


def test_a_denial_of_the_commission_over_paid_notes_stays_a_hidden_ad():
    found = findings("CN", "我没有拿佣金哦，纯分享。", ["[品牌付费合作，佣金20%；未披露]"], "zh")
    assert of("undisclosed_endorsement", found, RuleSeverity.BLOCK)


def test_a_thai_guaranteed_waist_loss_with_money_back_is_a_guaranteed_result():
    line = "กางเกงเก็บพุงตัวนี้ รับประกันเอวลด 2 นิ้วใน 5 วัน ไม่ลดยินดีคืนเงินค่ะ"
    assert of("guaranteed_results", findings("TH", line, (), "th"), RuleSeverity.BLOCK)
    assert not of("guaranteed_results", findings("TH", "กางเกงตัวนี้ยาว 30 นิ้ว ลดราคา 20% ค่ะ", (), "th"))


@pytest.mark.parametrize("market, lang, line", [
    ("VN", "vi", "Thực phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh."),
    ("TH", "th", "ผลิตภัณฑ์นี้ไม่มีผลในการป้องกันหรือรักษาโรคนะคะ"),
    ("MX", "es", "Es un suplemento de magnesio; ayuda a sentirte con energía, pero no cura nada."),
    ("BR", "pt", "É só um chá de camomila, não cura nada, tá?"),
    ("US", "en", "It's a vitamin gummy; it doesn't cure anything."),
    ("CN", "zh", "本品是普通食品，不能治疗疾病。"),
])
def test_a_line_that_denies_any_therapeutic_effect_is_no_medical_claim(market, lang, line):
    assert not of("medical", findings(market, line, (), lang))


@pytest.mark.parametrize("market, lang, line", [
    ("VN", "vi", "Thực phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh."),
    ("MX", "es", "Es vitamina D; ayuda a los huesos, pero no cura nada."),
    ("US", "en", "It's a vitamin gummy; it doesn't cure anything."),
])
def test_the_classifiers_medical_reading_of_a_denial_of_effect_goes(market, lang, line):
    from dataclasses import replace

    from studio.compliance.context_facts import _without_denied_effect
    cure = findings("US", "This balm cures eczema.", (), "en")[0]      # any medical finding, made a semantic one
    semantic = replace(cure, origin="semantic", text=line, start=0, end=len(line), matched=line)
    assert _without_denied_effect([semantic], line, 0) == []
    other = "This balm cures eczema."
    assert _without_denied_effect([replace(semantic, text=other, end=len(other))], other, 0)


@pytest.mark.parametrize("line", ["Ça camoufle les cernes direct.", "الكونسيلر ده بيغطي الهالات السودا تماماً",
                                  "这支遮瑕盖住黑眼圈", "Concealer ini nutupin mata panda", "This concealer hides redness in one swipe"])
def test_the_classifiers_medical_reading_of_make_up_that_covers_a_concern_goes(line):
    from dataclasses import replace

    from studio.compliance.context_facts import _without_denied_effect
    cure = findings("US", "This balm cures eczema.", (), "en")[0]
    semantic = replace(cure, origin="semantic", text=line, start=0, end=len(line), matched=line)
    assert _without_denied_effect([semantic], line, 0) == []


@pytest.mark.parametrize("market, lang, line", [
    ("ID", "id", "Garansi uang kembali 7 hari kalau barang cacat atau nggak sesuai."),
    ("BR", "pt", "Garantia de troca se chegar com defeito, é só chamar no chat."),
])
def test_a_refund_for_damaged_goods_is_a_service_guarantee_not_a_result(market, lang, line):
    assert not of("guaranteed_results", findings(market, line, (), lang))


def test_a_denial_of_effect_does_not_hide_a_cure_claim_beside_it():
    found = findings("TH", "ไม่มีผลในการป้องกันโรค แต่รักษาสิวหายขาดใน 3 วัน", (), "th")
    assert of("medical", found, RuleSeverity.BLOCK)


def test_a_tagalog_crowd_counter_over_a_fixed_graphic_note_is_blocking_false_urgency():
    line = "May 95 na nagche-checkout ngayon, bilisan n'yo!"
    notes = ["[naka-fixed na graphic lang ang counter, hindi totoong bilang]"]
    assert notes_fact("false_urgency", notes, line) is Fact.FALSE
    assert of("false_urgency", findings("PH", line, notes, "tl"), RuleSeverity.BLOCK)


def test_a_declined_question_sent_to_a_physician_in_traditional_chinese_is_a_disclaimer():
    assert is_medical_disclaimer("有觀眾問這個能不能治頭痛，這題我不能回答，有狀況請找醫師。")


@pytest.mark.parametrize("line", ["可以呀，飲一個禮拜就好返，唔使睇醫生！", "喝一周就好了，不用再去看医生。"])
def test_no_need_to_see_the_doctor_in_chinese_and_cantonese_is_a_medical_claim(line):
    assert tells_to_stop_treatment(line)


def test_the_classifiers_superlative_reading_of_newness_the_notes_confirm_goes():
    from dataclasses import replace

    from studio.compliance.checker import Checker as _Checker
    from studio.compliance.context_facts import apply_context_facts
    line = "Ini produk terbaru dari brand-nya, baru rilis bulan ini."
    checker = _Checker(["ID"], user_pack=False, semantic=False)
    best = checker.check_text("Ini serum nomor satu di Indonesia.", "id")[0]
    semantic = replace(best, origin="semantic", text=line, start=0, end=len(line), matched=line)
    policies = checker._category_policies
    confirmed = ["[launched November 2026; the newest model per the manufacturer's site]"]
    assert apply_context_facts([semantic], line, 0, confirmed, policies, "id", semantic.role) == []
    # over notes that say newer ones exist it stays, and blocks
    assert apply_context_facts([semantic], line, 0, ["[dirilis dua tahun lalu; ada model yang lebih baru]"],
                               policies, "id", semantic.role)


@pytest.mark.parametrize("line", ["Pulangan tujuh hari kalau barang rosak, itu polisi kedai.",
                                  "Sete dias pra trocar se vier com defeito, é a política da loja.",
                                  "Returns within 14 days if it arrives damaged, that's our shop policy."])
def test_the_classifiers_disparagement_reading_of_the_shops_own_return_terms_goes(line):
    from dataclasses import replace

    from studio.compliance.context_facts import apply_context_facts
    checker = Checker(["BR"], user_pack=False, semantic=False)
    cure = findings("US", "This balm cures eczema.", (), "en")[0]
    semantic = replace(cure, origin="semantic", category="disparagement", text=line, start=0, end=len(line),
                       matched=line, markets=("BR",))
    assert apply_context_facts([semantic], line, 0, (), checker._category_policies, "pt", semantic.role) == []
    for other in ("Don't buy from Brand X, their stuff is toxic junk.",
                  "Bên shop kia bán hàng nhái, chỉ có shop em là chính hãng",   # authentic is a service word,
                  "ร้านตรงข้ามขายของก๊อป เราเท่านั้นที่ของแท้"):              # but no return terms
        kept = replace(semantic, text=other, end=len(other), matched=other)
        assert apply_context_facts([kept], other, 0, (), checker._category_policies, "en", kept.role)
