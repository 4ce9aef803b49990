"""Round 21 (the kinds held-out set 23 showed, now DEV): each kind in several languages, through the rules and word
readers (no classifier), the notes readers, or a given classifier verdict the readers must keep or clear:
"nobody paid me" over notes that the host owns the brand or takes a commission; a former price the notes say it never
cost; "only today" over notes that the same deal runs to the end of a month; a result "100 % sure" or guaranteed for
everyone; a superlative over a whole country "bar none"; "who could bear to look at that" to sell shapewear; a feast's
rite called ridiculous; and the false alarms: a Korean paid-ad disclosure with its endings, a medical disclaimer whose
negator follows a connective ("ersetzt aber keinen Arzt"), a certified label with its licence in the notes, and a
retailer's or marketplace's own bestseller ranking in the notes."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.culture_topics import culture_topics
from studio.compliance.deals import Fact, notes_fact
from studio.compliance.disclosure import says_denial, says_disclosure
from studio.compliance.disparagement import shames_body
from studio.compliance.medical_context import tells_to_stop_treatment
from studio.compliance.national_ranking import ranks_first_in_country
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.worded_guarantee import sure_for_everyone
from studio.compliance.normalize import normalize


def findings(market, text, notes=(), lang=None, verdict=None):
    checker = Checker([market], user_pack=False, semantic=verdict is not None)
    return checker.check_text(text, lang=lang, notes=list(notes), verdict=verdict)


def of(category, found):
    return [f for f in found if f.category == category and f.severity.value in ("warn", "block")]


@pytest.mark.parametrize("market, line, note, lang", [
    ("QA", "محد دفع لي شي، النظارة هذي لقيتها بنفسي.", "النظارة من علامة المذيعة الخاصة.", "ar"),
    ("SA", "محد دفع لي شي، جربوه.", "المقدمة تملك العلامة التجارية.", "ar"),
    ("EG", "محدش دفعلي حاجة، النضارة دي لقيتها بنفسي.", "النضارة من ماركة المذيعة.", "ar"),
    ("PT", "Ninguém me pagou, juro, estes óculos de sol descobri eu.", "A marca é da própria apresentadora.", "pt"),
    ("MX", "Nadie me pagó, estas gafas las encontré yo.", "La marca es de la propia presentadora.", "es"),
    ("FR", "Personne ne m'a payée, j'ai trouvé ces lunettes toute seule.", "La marque appartient à la présentatrice.", "fr"),
    ("DE", "Niemand hat mich bezahlt, die Brille habe ich selbst entdeckt.", "Die Marke gehört der Moderatorin.", "de"),
    ("US", "Nobody paid me for this, I found these sunglasses myself.", "The brand is the host's own.", "en"),
])
def test_nobody_paid_me_over_owner_notes_is_a_hidden_ad(market, line, note, lang):
    assert of("undisclosed_endorsement", findings(market, line, [note], lang=lang))


@pytest.mark.parametrize("market, line, note", [
    ("SG", "我完全没收钱，这款太阳眼镜是我自己挖到的宝。", "主播按每单抽成10%。"),
    ("TW", "我完全沒收錢，這是我自己挖到的寶。", "主播抽成15%。"),
    ("MY", "我没收钱，这个是我自己发现到的好物。", "主播拿每单佣金。"),
])
def test_a_denial_over_a_commission_in_the_notes_is_a_hidden_ad(market, line, note):
    assert of("undisclosed_endorsement", findings(market, line, [note], lang="zh"))


@pytest.mark.parametrize("line", [
    "محد دفع لي شي", "ما حد دفعلي", "محدش دفعلي حاجة", "Personne ne m'a payé pour ça", "Niemand hat mich bezahlt",
    "Nggak ada yang bayar aku kok", "Không ai trả tiền cho mình đâu", "ไม่มีใครจ่ายเงินให้นะ",
])
def test_nobody_paid_me_is_a_denial_in_every_language(line):
    assert says_denial(line)


def test_thai_nobody_hired_me_over_owner_or_paid_notes_is_a_hidden_ad():
    # the denial clears the classifier's reading only where the notes do not show the tie
    assert of("undisclosed_endorsement", findings("TH", "แว่นกันแดดนี้แม่ค้าเจอเองค่ะ ไม่มีใครจ้าง", ["แว่นเป็นแบรนด์ของผู้ไลฟ์เอง"], lang="th"))
    assert of("undisclosed_endorsement", findings("TH", "ไม่มีใครจ้างนะคะ ทรายแมวนี้เจอเองแล้วชอบเลย",
                                                  ["แบรนด์ทรายแมวจ่ายโฮสต์ 50,000 บาทต่อไลฟ์ ไม่มีป้ายโฆษณา"], lang="th"))
    assert not of("undisclosed_endorsement", findings("TH", "ไม่มีใครจ้างนะคะ ทรายแมวนี้เจอเองแล้วชอบเลย",
                                                      ["แบรนด์ไม่ได้จ่ายเงิน ซื้อเอง"], lang="th"))


def test_a_denial_with_unpaid_or_no_notes_is_no_finding():
    assert not of("undisclosed_endorsement", findings("AE", "محد دفع لي شي، شريته من فلوسي.", lang="ar"))
    assert not of("undisclosed_endorsement", findings("BR", "Ninguém me pagou, comprei com meu dinheiro.",
                                                      ["Comprado pela apresentadora; sem vínculo com a marca."], lang="pt"))


@pytest.mark.parametrize("line, note", [
    ("De 399 por 99 reais, olha que desconto nesse perfume!", "O perfume é vendido a 99 reais há quatro meses; nunca custou 399."),
    ("Was $399, now just $99, look at that discount!", "Sold at $99 for four months; it never cost $399."),
    ("Antes 3,999, hoy solo 999 pesos, qué descuento.", "Se vende a 999 desde hace meses; nunca costó 3,999."),
    ("Statt 399 nur 99 Euro, was für ein Rabatt!", "Das Parfum hat nie 399 Euro gekostet."),
])
def test_a_former_price_the_notes_say_it_never_cost_is_a_fake_discount(line, note):
    assert notes_fact("fake_discount", [note], line) is Fact.FALSE


def test_a_former_price_the_notes_never_cost_blocks():
    found = findings("BR", "De 399 por 99 reais, olha que desconto nesse perfume!",
                     ["O perfume é vendido a 99 reais há quatro meses; nunca custou 399."], lang="pt")
    assert of("fake_discount", found)


@pytest.mark.parametrize("market, lang, line, note", [
    ("DE", "de", "Nur noch heute gibt's 20 Prozent auf alle Kopfkissen!", "Die gleichen 20 Prozent gelten noch bis Ende Januar."),
    ("GB", "en", "Only today, 20 percent off every pillow!", "The same 20 percent runs until the end of January."),
    ("ES", "es", "Solo hoy, 20 por ciento en todas las almohadas.", "El mismo 20 % sigue hasta el fin de enero."),
    ("BR", "pt", "Só hoje, 20% em todos os travesseiros!", "O mesmo desconto de 20% vale até o fim de janeiro."),
    ("FR", "fr", "Aujourd'hui seulement, 20 % sur les oreillers !", "La même remise de 20 % dure jusqu'à la fin janvier."),
    ("ID", "id", "Cuma hari ini diskon 20 persen!", "Diskon 20 persen berlaku sampai akhir Januari."),
    ("MY", "zh", "只有今天全场八折！", "同样八折优惠到1月底。"),
])
def test_only_today_over_notes_that_the_deal_runs_to_a_month_end_is_false_urgency(market, lang, line, note):
    assert notes_fact("false_urgency", [note], line) is Fact.FALSE
    found = of("false_urgency", findings(market, line, [note], lang=lang))
    assert found and all(f.severity.value == "block" for f in found)


def test_only_today_over_notes_that_it_ends_tonight_is_no_finding():
    line = "Nur noch heute gibt's 20 Prozent auf alle Kopfkissen!"
    assert notes_fact("false_urgency", ["Aktion endet heute um Mitternacht."], line) is not Fact.FALSE


@pytest.mark.parametrize("market, line", [
    ("TH", "ฉีดน้ำหอมตัวนี้ หนุ่มๆ ต้องเหลียวมองทุกคนแน่นอนร้อยเปอร์เซ็นต์"),
    ("KW", "ساعة ذكية تخليك تنام ثمان ساعات كل ليلة، مضمونة لكل الناس."),
    ("SA", "العطر هذا يجذب الكل، مضمون لكل الناس."),
    ("MX", "Con esta almohada duermes de corrido, garantizado para todos."),
    ("VN", "Dùng gối này ngủ ngon chắc chắn 100% luôn."),
    ("MY", "这个枕头让你一觉到天亮，百分百肯定。"),
])
def test_a_result_sure_a_hundred_percent_or_guaranteed_for_everyone_is_a_guaranteed_result(market, line):
    assert sure_for_everyone(normalize(line).text)
    assert of("guaranteed_results", findings(market, line))


@pytest.mark.parametrize("line", [
    "ของแท้แน่นอนร้อยเปอร์เซ็นต์ค่ะ",                  # authenticity, not a result
    "Hàng chính hãng chắc chắn 100% nha mọi người.",
    "ส่งฟรีทุกคน แน่นอน",                              # an offer, and a weak word
    "Garansi resmi 1 tahun untuk semua orang, dijamin.",  # a warranty
])
def test_authenticity_an_offer_or_a_warranty_is_no_sure_result(line):
    assert not sure_for_everyone(normalize(line).text)


@pytest.mark.parametrize("market, line", [
    ("SG", "这款行李箱是全新加坡最耐用的，没有之一。"),
    ("TW", "這款行李箱是全台灣最耐用的，沒有之一。"),
    ("SG", "This suitcase is the most durable in Singapore, bar none."),
    ("MY", "Beg ini paling tahan lasak di seluruh Malaysia, tiada tandingan."),
])
def test_a_superlative_over_a_whole_country_bar_none_is_a_claim(market, line):
    assert ranks_first_in_country(line)
    assert of("absolute_superlative", findings(market, line))


@pytest.mark.parametrize("line", [
    "这款是我用过最耐用的行李箱，没有之一。",             # first person, no country
    "这款行李箱在新加坡卖，很耐用。",                      # a country, no superlative
    "The most durable suitcase I've ever owned in Singapore, bar none.",
])
def test_bar_none_without_a_country_or_in_first_person_is_no_national_claim(line):
    assert not ranks_first_in_country(line)


@pytest.mark.parametrize("market, line", [
    ("VN", "Béo như vầy mà mặc áo ôm thì ai nhìn nổi, mua gen nịt bụng che lại đi chị."),
    ("MX", "Con esa panza en vestido ajustado, quién aguanta verte, llévate la faja."),
    ("BR", "Gordinha assim de vestido justo, quem aguenta olhar? Leva a cinta."),
    ("ID", "Perut buncit gitu pakai baju ketat, siapa yang tahan lihat, beli korset ini."),
    ("TH", "พุงแบบนี้ใส่ชุดรัดรูป ใครจะทนดู ซื้อสเตย์ไปเลย"),
    ("MY", "肚腩这么大穿紧身裙，谁看得下去，快买塑身衣。"),
])
def test_who_could_bear_to_look_at_that_body_is_body_shaming(market, line):
    assert shames_body(line)
    assert of("cultural_sensitivity", findings(market, line))


@pytest.mark.parametrize("line", [
    "Gen nịt bụng này mặc vào nhìn không ra luôn, thoải mái cả ngày.",
    "Màu này đẹp quá, ai nhìn cũng mê.",
])
def test_shapewear_praised_is_no_body_shaming(line):
    assert not shames_body(line)


@pytest.mark.parametrize("line", [
    "En Día de Muertos la gente se pone a hablar con calaveras, qué ridículo, mejor cómprate este reloj.",
    "Essa história de Finados de ir ao cemitério é ridícula, compra logo esse relógio.",
    "Jeûner pendant le Carême, c'est ridicule, prenez plutôt ce coffret.",
    "In der Fastenzeit auf Fleisch verzichten? Einfach lächerlich, kauft lieber diesen Grill.",
])
def test_a_rite_called_ridiculous_is_mocking_the_feast(line):
    assert culture_topics().dismisses_worship(line)


@pytest.mark.parametrize("line", [
    "Zu Weihnachten einfach lächerlich günstig!",
    "En Navidad los precios son ridículos.",
    "Para Navidad el precio es ridículo de barato.",
    "Ridiculous Christmas prices on every watch tonight!",
])
def test_a_price_called_ridiculous_mocks_no_feast(line):
    assert not culture_topics().dismisses_worship(line)


@pytest.mark.parametrize("line", [
    "본 방송은 꿀잠침구로부터 제품과 광고비를 받은 유료 광고입니다.", "유료 광고 포함입니다", "오늘 방송은 브랜드로부터 협찬받았습니다.",
])
def test_a_korean_disclosure_with_its_endings_discloses(line):
    assert says_disclosure(line)
    assert not of("undisclosed_endorsement", findings("KR", line, ["꿀잠침구 유료 광고."], lang="ko"))


@pytest.mark.parametrize("line", ["협찬 아니에요", "광고 아니고 내돈내산이에요"])
def test_a_korean_denial_is_no_disclosure(line):
    assert not says_disclosure(line)


@pytest.mark.parametrize("market, line", [
    ("DE", "Die Smartwatch misst den Puls, ersetzt aber keinen Arzt; bei Herzproblemen bitte ärztlich abklären."),
    ("AT", "Das Massagegerät lockert die Schultern, ersetzt jedoch keinen Arztbesuch; bei Schmerzen bitte zum Arzt."),
    ("FR", "La montre mesure le pouls, elle ne remplace toutefois pas un médecin ; consultez votre médecin."),
])
def test_a_disclaimer_whose_negator_follows_a_connective_tells_no_one_to_skip_the_doctor(market, line):
    assert not tells_to_stop_treatment(line)
    assert not of("medical", findings(market, line))


def test_a_watch_said_to_replace_the_doctor_still_is_medical():
    line = "Die Smartwatch ersetzt den Arzt, ihr braucht keinen Kardiologen mehr."
    assert tells_to_stop_treatment(line)
    assert of("medical", findings("DE", line, lang="de"))


GREEN = ClaimVerdict("green_claims", 0.9, "green_claims", "eco-friendly detergent", "en")


@pytest.mark.parametrize("market, lang, line, note", [
    ("DE", "de", "Das Waschmittel ist mit dem EU Ecolabel ausgezeichnet, die Lizenznummer steht auf der Packung.",
     "EU Ecolabel Lizenz DE/006/123."),
    ("GB", "en", "This detergent carries the EU Ecolabel, licence number on the pack.", "EU Ecolabel licence UK/020/045."),
    ("FR", "fr", "Cette lessive porte l'Ecolabel européen, numéro de licence sur le paquet.", "Ecolabel européen, licence FR/006/789."),
    ("ES", "es", "Este detergente tiene la Etiqueta Ecológica de la UE, con número de licencia en el envase.",
     "EU Ecolabel licencia ES/006/321."),
    ("PT", "pt", "Este detergente tem o Rótulo Ecológico da UE, com número de licença na embalagem.", "EU Ecolabel licença PT/006/321."),
])
def test_a_certified_label_with_its_licence_in_the_notes_clears_the_green_reading(market, lang, line, note):
    assert not of("green_claims", findings(market, line, [note], lang=lang, verdict=GREEN))
    assert of("green_claims", findings(market, line, [], lang=lang, verdict=GREEN))


def test_the_ecolabel_s_own_name_is_no_generic_claim_but_ecologico_beside_it_is():
    assert not of("green_claims", findings("ES", "Este detergente tiene la Etiqueta Ecológica de la UE.", lang="es"))
    assert of("green_claims", findings("ES", "Detergente ecológico con la etiqueta ecológica de la UE.", lang="es"))


def test_notes_without_the_label_keep_the_green_reading():
    found = findings("DE", "Das Waschmittel ist mit dem EU Ecolabel ausgezeichnet.", ["Kein Ecolabel beantragt; keine Lizenz."],
                     lang="de", verdict=GREEN)
    assert of("green_claims", found)


SUPERLATIVE = ClaimVerdict("absolute_superlative", 0.9, "absolute_superlative", "number one in the country", "en")


@pytest.mark.parametrize("market, lang, line, note", [
    ("FR", "fr", "N°1 des ventes de montres connectées chez Fnac en novembre 2026, selon le classement Fnac.",
     "Classement Fnac des meilleures ventes, montres connectées, novembre 2026 : 1er."),
    ("BR", "pt", "Mais vendido na Amazon Brasil em brinquedos educativos em outubro de 2026, segundo o ranking da própria Amazon.",
     "Nº1 em Brinquedos Educativos, Amazon Brasil, outubro de 2026."),
    ("MX", "es", "Número uno en ventas de audífonos en Mercado Libre México este mes, según su propio ranking.",
     "Mercado Libre México, audífonos, noviembre 2026: #1."),
    ("DE", "de", "Platz eins der Bestseller bei MediaMarkt im Oktober, laut MediaMarkt-Ranking.",
     "MediaMarkt Bestseller-Ranking Kopfhörer Oktober 2026: Platz 1."),
])
def test_a_retailer_or_marketplace_ranking_in_the_notes_backs_the_line(market, lang, line, note):
    assert not of("absolute_superlative", findings(market, line, [note], lang=lang, verdict=SUPERLATIVE))


def test_notes_that_deny_the_ranking_keep_it():
    found = findings("US", "Number one best seller in Brazil's toy category, trust me.",
                     ["No ranking data; never listed on Amazon."], lang="en", verdict=SUPERLATIVE)
    assert of("absolute_superlative", found)
