"""Round 23 (issue 10): plain host lines the classifier read as claims, each cleared as a kind in several languages, and
the claims beside them kept. A cosmetic effect on skin or hair, hedged or said as a texture, is no treatment; green
said as a colour beside another is no environmental claim; a plan's no-contract terms promise no result; the host
owning a slip of the tongue runs nobody down; a nudge to the cart with no deadline, count or stock is no false urgency;
a reference price said with how long it was charged (in the line or in the notes) is the price history, not a fake
discount. The sentences are new (none is a line of a claim set)."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.deals import Fact, notes_fact
from studio.compliance.model import TextRole
from studio.compliance.plain_readings import takes_back
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.semantic_findings import verdict_findings


def _verdict(category, score=0.9):
    return ClaimVerdict(category=category, score=score, top_category=category, similar_to="x")


def _semantic_findings(market, line, lang, category):
    policies = Checker([market], user_pack=False, semantic=False)._category_policies
    return verdict_findings(line, _verdict(category), policies, {}, lang, TextRole.SPOKEN)


# --- cosmetic care ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("market, lang, line", [
    ("ES", "es", "Este acondicionador con manteca de karité deja el cabello sedoso."),
    ("MX", "es", "La mascarilla de avena puede ayudar con la piel reseca del invierno."),
    ("FR", "fr", "Cette crème au beurre de karité peut aider à nourrir les peaux très sèches."),
    ("DE", "de", "Das Öl mit Mandel kann bei spröden Lippen helfen."),
    ("BR", "pt", "O creme de pentear com babosa deixa os fios macios e brilhantes."),
    ("ID", "id", "Serum rambut ini bisa bantu rambut kusam jadi lebih berkilau."),
    ("VN", "vi", "Dầu xả này có thể giúp tóc khô mềm hơn."),
    ("US", "en", "This lip balm with shea may help with chapped lips in winter."),
    ("KR", "ko", "이 헤어오일은 머릿결을 부드럽고 윤기 있게 해줘요."),
    ("CN", "zh", "这款护发素让头发柔顺有光泽。"),
])
def test_a_cosmetic_effect_on_skin_or_hair_is_no_treatment(market, lang, line):
    assert takes_back("medical", line)
    assert not _semantic_findings(market, line, lang, "medical")


@pytest.mark.parametrize("market, lang, line", [
    ("ES", "es", "Este sérum puede ayudar a curar el acné en una semana."),
    ("FR", "fr", "Cette crème peut aider à guérir les plaies de la peau."),
    ("DE", "de", "Die Salbe kann bei Neurodermitis an der Haut helfen."),
    ("BR", "pt", "Esse óleo deixa o cabelo macio e acaba com a queda de cabelo."),
    ("US", "en", "This scalp serum may help stop hair loss for good."),
    ("ID", "id", "Krim ini bisa bantu menghilangkan jamur di kulit."),
    ("MX", "es", "Esta crema puede ayudar a bajar la presión, úsala en la piel del pecho."),
    ("CN", "zh", "这款洗发水让头发柔顺，还能治脱发。"),
])
def test_a_disease_healing_or_an_inner_function_keeps_the_medical_reading(market, lang, line):
    assert not takes_back("medical", line)
    assert _semantic_findings(market, line, lang, "medical")


# --- green as a colour -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("market, lang, line", [
    ("US", "en", "The yoga mat comes in green or black."),
    ("ES", "es", "La funda está disponible en verde y negro."),
    ("DE", "de", "Die Trinkflasche gibt es in Grün oder Blau."),
    ("FR", "fr", "Le tapis existe en vert et gris."),
    ("BR", "pt", "A mochila vem nas cores azul e verde."),
    ("ID", "id", "Tas ini ada warna hijau dan hitam, kak."),
    ("CN", "zh", "这款保温杯有绿色和白色两种颜色。"),
])
def test_green_named_as_a_colour_beside_another_is_no_environmental_claim(market, lang, line):
    assert takes_back("green_claims", line)
    assert not _semantic_findings(market, line, lang, "green_claims")


@pytest.mark.parametrize("market, lang, line", [
    ("US", "en", "Green and blue, and every bottle is eco-friendly and good for the planet."),
    ("ES", "es", "Verde y negra, y es sostenible: cuida el medio ambiente."),
    ("DE", "de", "In Grün und Blau, und natürlich klimaneutral hergestellt."),
    ("CN", "zh", "绿色和白色两款，都是环保材料，可降解。"),
    ("US", "en", "It's a green product, made for a greener planet."),
])
def test_an_environmental_word_keeps_the_green_reading(market, lang, line):
    assert not takes_back("green_claims", line)
    assert _semantic_findings(market, line, lang, "green_claims")


# --- a plan's terms --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("market, lang, line", [
    ("ID", "id", "Paket kuota 30GB sebulan, tanpa kontrak, bisa berhenti kapan saja."),
    ("MX", "es", "Plan de 15 GB al mes, sin contrato ni plazo forzoso."),
    ("BR", "pt", "Plano de 20 GB por mês, sem fidelidade."),
    ("US", "en", "Unlimited talk and 10GB a month, no contract, cancel anytime."),
    ("PH", "tl", "Itong postpaid plan na 25GB, walang lock-in."),
    ("DE", "de", "Der Tarif hat 12 GB im Monat und ist jederzeit kündbar."),
])
def test_a_plan_without_a_contract_promises_no_result(market, lang, line):
    assert takes_back("guaranteed_results", line)
    assert not _semantic_findings(market, line, lang, "guaranteed_results")


@pytest.mark.parametrize("line", [
    "No contract, and we guarantee you'll lose 5 kg with the coaching plan.",
    "Tanpa kontrak, hasil dijamin dalam 2 minggu.",
    "Sin contrato y resultados garantizados en un mes.",
])
def test_a_guarantee_beside_the_terms_keeps_the_reading(line):
    assert not takes_back("guaranteed_results", line)


# --- the host's own slip ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("market, lang, line", [
    ("CN", "zh", "哎呀口误，刚才洗衣液的价格我说错了，是三十九。"),
    ("US", "en", "My bad, I said the wrong size for the towels, they're 70 by 140."),
    ("ES", "es", "Perdón, me equivoqué con el color, es azul marino."),
    ("VN", "vi", "Xin lỗi cả nhà, em nói nhầm giá bột giặt nha."),
    ("TH", "th", "ขอโทษค่ะ เมื่อกี้พูดผิด สบู่ก้อนนี้ราคา 59 บาท"),
    ("ID", "id", "Maaf tadi aku salah sebut harga sabunnya, yang bener 25 ribu."),
])
def test_the_host_owning_a_slip_runs_nobody_down(market, lang, line):
    assert takes_back("disparagement", line)
    assert not _semantic_findings(market, line, lang, "disparagement")


@pytest.mark.parametrize("line", [
    "My bad, I said it wrong: the other brand's soap is junk.",
    "说错了说错了，那家的洗衣液就是垃圾。",
    "Me equivoqué, la otra marca es basura.",
])
def test_a_charge_of_junk_beside_the_slip_keeps_the_reading(line):
    assert not takes_back("disparagement", line)


# --- a nudge without a deadline --------------------------------------------------------------------------------------

@pytest.mark.parametrize("market, lang, line", [
    ("DE", "de", "Ab in den Warenkorb damit, Leute!"),
    ("VN", "vi", "Cả nhà nhanh tay chốt đơn cho em nha!"),
    ("US", "en", "Go grab yours, the link is pinned at the top!"),
    ("FR", "fr", "Foncez sur le lien, les copines !"),
    ("ID", "id", "Yuk kak buruan masukin keranjang!"),
    ("CN", "zh", "喜欢的宝宝们赶紧下单哦！"),
])
def test_a_nudge_to_the_cart_is_no_false_urgency(market, lang, line):
    assert takes_back("false_urgency", line)
    assert not _semantic_findings(market, line, lang, "false_urgency")


@pytest.mark.parametrize("line", [
    "Only 2 left, grab yours!",
    "Ab in den Warenkorb, nur noch heute!",
    "Chốt đơn lẹ kẻo hết nha cả nhà!",
    "Buruan checkout, sisa 3 lagi!",
    "赶紧下单，今晚12点就结束！",
    "Foncez, l'offre se termine à minuit !",
])
def test_a_deadline_count_or_stock_keeps_the_urgency_reading(line):
    assert not takes_back("false_urgency", line)


# --- a price history said in the line or the notes -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The kettle has been 59 dollars all year, today it's 45.",
    "Vendida a 39 euros durante los últimos 30 días, hoy 29.",
    "Ela custou 149 reais nos últimos três meses e hoje sai por 119.",
    "Depuis trois mois le grille-pain est à 49 euros, ce soir 39.",
    "Seit Januar kostet der Föhn 79 Euro, heute nur 59.",
    "Harga 180 ribu selama 3 bulan terakhir, malam ini 150 ribu.",
    "Tháng trước shop bán 420k, hôm nay còn 350k.",
    "ราคานี้ 890 บาทมาตลอดทั้งปี วันนี้ 690",
    "这款电饭煲一直卖299，卖了半年，今天259。",
])
def test_a_reference_price_said_with_how_long_it_was_charged_is_its_history(line):
    assert notes_fact("fake_discount", [], line) is Fact.TRUE


def test_notes_that_the_reference_price_was_never_charged_outweigh_the_history_said():
    line = "The kettle has been 59 dollars all year, today it's 45."
    assert notes_fact("fake_discount", ["[never sold at 59; the usual price is 45]"], line) is Fact.FALSE


@pytest.mark.parametrize("line", ["Was 59, now 45!", "Antes 39 euros, hoy 29.", "Harga asli 180 ribu, malam ini 150 ribu."])
def test_a_reference_price_without_its_history_is_still_unverified(line):
    assert notes_fact("fake_discount", [], line) is Fact.SILENT


@pytest.mark.parametrize("line, note, fact", [
    ("Harga asal RM459, live ni RM329!", "RM459 dikenakan sepanjang bulan lepas", Fact.TRUE),
    ("Harga asal RM459, live ni RM329!", "RM329 dikenakan sepanjang bulan lepas", Fact.FALSE),
    ("O secador está a 59 euros, o preço mais baixo dos últimos 30 dias.", "Preço mais baixo dos últimos 30 dias: 59 euros.",
     Fact.TRUE),
])
def test_notes_that_say_which_price_was_charged_decide(line, note, fact):
    assert notes_fact("fake_discount", [note], line) is fact


def test_a_line_that_says_its_price_history_gets_no_fake_discount_finding_from_the_classifier():
    checker = Checker(["DE"], user_pack=False)
    line = "Seit März kostet die Kaffeemühle 89 Euro, heute 69."
    found = checker.check_text(line, "de", TextRole.SPOKEN, (), _verdict("fake_discount"))
    assert not [f for f in found if f.category == "fake_discount"]
    control = "Statt 89 Euro heute 69!"
    found = checker.check_text(control, "de", TextRole.SPOKEN, (), _verdict("fake_discount"))
    assert [f for f in found if f.category == "fake_discount"]


# --- notes that say at what time the offer is scheduled to end -------------------------------------------------------

@pytest.mark.parametrize("line, note", [
    ("The bundle deal ends at midnight, then it's back to the usual price.", "Promotion ends 23:59 tonight."),
    ("L'offre sur les bougies se termine ce soir, profitez-en.", "L'offre prend fin ce soir à 23h59."),
    ("Das Angebot endet heute um Mitternacht!", "Aktion läuft bis 23:59 heute; danach wieder 49 €."),
    ("Promo lampu ini berakhir malam ini ya!", "Promo berakhir pukul 23.59 malam ini."),
    ("La oferta de sillas termina esta noche.", "Oferta válida hasta las 23:59 de hoy."),
])
def test_notes_that_give_the_scheduled_end_time_make_the_deadline_real(line, note):
    assert notes_fact("false_urgency", [note], line) is Fact.TRUE


@pytest.mark.parametrize("note", [
    "Promotion ends 23:59 tonight; the same promo runs again every Friday.",
    "Promotion ends 23:59 tonight, then restarts tomorrow at 00:01.",
    "L'offre prend fin à 23h59 mais la même promo revient chaque semaine.",
])
def test_a_deadline_that_comes_round_again_is_still_false(note):
    assert notes_fact("false_urgency", [note], "Deal ends at midnight, grab it!") is Fact.FALSE


# --- what a product is made of; a Thai paid collaboration said aloud -------------------------------------------------

@pytest.mark.parametrize("market, lang, line", [
    ("KR", "ko", "이 스카프는 실크 100%라서 촉감이 좋아요."),
    ("US", "en", "These extensions are 100% human hair, so you can curl them."),
    ("ES", "es", "La sábana es 100% algodón, muy fresquita."),
    ("CN", "zh", "这条围巾是100%羊毛的。"),
    ("ID", "id", "Wig ini rambut asli 100%, bisa dicatok."),
    ("TH", "th", "ผ้าห่มผืนนี้ผ้าฝ้าย 100% ค่ะ"),
])
def test_a_composition_at_100_percent_promises_no_result(market, lang, line):
    assert takes_back("guaranteed_results", line)
    assert not _semantic_findings(market, line, lang, "guaranteed_results")


@pytest.mark.parametrize("line", [
    "100% cotton and 100% guaranteed to fit or your money back.",
    "인모 100%, 효과 보장이에요.",
    "100% hasil kulit cerah dalam seminggu.",
])
def test_a_result_beside_the_composition_keeps_the_reading(line):
    assert not takes_back("guaranteed_results", line)


def test_a_thai_collaboration_with_compensation_said_aloud_is_a_disclosure():
    from studio.compliance.disclosure import says_disclosure

    assert says_disclosure("ขอแจ้งก่อนนะคะ คลิปนี้เป็นการร่วมงานกับแบรนด์แบบได้รับค่าตอบแทนค่ะ")
    assert says_disclosure("ไลฟ์นี้ร่วมงานแบบมีค่าตอบแทนกับแบรนด์เครื่องสำอางนะคะ")
    assert not says_disclosure("ไลฟ์นี้ไม่ได้ร่วมงานแบบมีค่าตอบแทนนะคะ ซื้อเองค่ะ")
    assert not says_disclosure("ไม่มีค่าตอบแทนจากแบรนด์เลยค่ะ ใช้เองจริงๆ")
