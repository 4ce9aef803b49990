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


# --- the classifier's reading taken back by the line's plain wording, and kept beside a claim ----------------------

CLEARED = [
    # a cosmetic effect on skin or hair, hedged or said as a texture, is no treatment
    ("medical", "ES", "es", "Este acondicionador con manteca de karité deja el cabello sedoso."),
    ("medical", "MX", "es", "La mascarilla de avena puede ayudar con la piel reseca del invierno."),
    ("medical", "FR", "fr", "Cette crème au beurre de karité peut aider à nourrir les peaux très sèches."),
    ("medical", "DE", "de", "Das Öl mit Mandel kann bei spröden Lippen helfen."),
    ("medical", "BR", "pt", "O creme de pentear com babosa deixa os fios macios e brilhantes."),
    ("medical", "ID", "id", "Serum rambut ini bisa bantu rambut kusam jadi lebih berkilau."),
    ("medical", "VN", "vi", "Dầu xả này có thể giúp tóc khô mềm hơn."),
    ("medical", "US", "en", "This lip balm with shea may help with chapped lips in winter."),
    ("medical", "KR", "ko", "이 헤어오일은 머릿결을 부드럽고 윤기 있게 해줘요."),
    ("medical", "CN", "zh", "这款护发素让头发柔顺有光泽。"),
    # green named as a colour beside another is no environmental claim
    ("green_claims", "US", "en", "The yoga mat comes in green or black."),
    ("green_claims", "ES", "es", "La funda está disponible en verde y negro."),
    ("green_claims", "DE", "de", "Die Trinkflasche gibt es in Grün oder Blau."),
    ("green_claims", "FR", "fr", "Le tapis existe en vert et gris."),
    ("green_claims", "BR", "pt", "A mochila vem nas cores azul e verde."),
    ("green_claims", "ID", "id", "Tas ini ada warna hijau dan hitam, kak."),
    ("green_claims", "CN", "zh", "这款保温杯有绿色和白色两种颜色。"),
    # a plan without a contract promises no result
    ("guaranteed_results", "ID", "id", "Paket kuota 30GB sebulan, tanpa kontrak, bisa berhenti kapan saja."),
    ("guaranteed_results", "MX", "es", "Plan de 15 GB al mes, sin contrato ni plazo forzoso."),
    ("guaranteed_results", "BR", "pt", "Plano de 20 GB por mês, sem fidelidade."),
    ("guaranteed_results", "US", "en", "Unlimited talk and 10GB a month, no contract, cancel anytime."),
    ("guaranteed_results", "PH", "tl", "Itong postpaid plan na 25GB, walang lock-in."),
    ("guaranteed_results", "DE", "de", "Der Tarif hat 12 GB im Monat und ist jederzeit kündbar."),
    # what a product is made of, at 100 %, promises no result
    ("guaranteed_results", "KR", "ko", "이 스카프는 실크 100%라서 촉감이 좋아요."),
    ("guaranteed_results", "US", "en", "These extensions are 100% human hair, so you can curl them."),
    ("guaranteed_results", "ES", "es", "La sábana es 100% algodón, muy fresquita."),
    ("guaranteed_results", "CN", "zh", "这条围巾是100%羊毛的。"),
    ("guaranteed_results", "ID", "id", "Wig ini rambut asli 100%, bisa dicatok."),
    ("guaranteed_results", "TH", "th", "ผ้าห่มผืนนี้ผ้าฝ้าย 100% ค่ะ"),
    # the host owning a slip of the tongue runs nobody down
    ("disparagement", "CN", "zh", "哎呀口误，刚才洗衣液的价格我说错了，是三十九。"),
    ("disparagement", "US", "en", "My bad, I said the wrong size for the towels, they're 70 by 140."),
    ("disparagement", "ES", "es", "Perdón, me equivoqué con el color, es azul marino."),
    ("disparagement", "VN", "vi", "Xin lỗi cả nhà, em nói nhầm giá bột giặt nha."),
    ("disparagement", "TH", "th", "ขอโทษค่ะ เมื่อกี้พูดผิด สบู่ก้อนนี้ราคา 59 บาท"),
    ("disparagement", "ID", "id", "Maaf tadi aku salah sebut harga sabunnya, yang bener 25 ribu."),
    # a nudge to the cart with no deadline, count or stock is no false urgency
    ("false_urgency", "DE", "de", "Ab in den Warenkorb damit, Leute!"),
    ("false_urgency", "VN", "vi", "Cả nhà nhanh tay chốt đơn cho em nha!"),
    ("false_urgency", "US", "en", "Go grab yours, the link is pinned at the top!"),
    ("false_urgency", "FR", "fr", "Foncez sur le lien, les copines !"),
    ("false_urgency", "ID", "id", "Yuk kak buruan masukin keranjang!"),
    ("false_urgency", "CN", "zh", "喜欢的宝宝们赶紧下单哦！"),
]

KEPT = [
    # a disease, healing, pain, fungus, hair falling or an inner function keeps the medical reading
    ("medical", "ES", "es", "Este sérum puede ayudar a curar el acné en una semana."),
    ("medical", "FR", "fr", "Cette crème peut aider à guérir les plaies de la peau."),
    ("medical", "DE", "de", "Die Salbe kann bei Neurodermitis an der Haut helfen."),
    ("medical", "BR", "pt", "Esse óleo deixa o cabelo macio e acaba com a queda de cabelo."),
    ("medical", "US", "en", "This scalp serum may help stop hair loss for good."),
    ("medical", "ID", "id", "Krim ini bisa bantu menghilangkan jamur di kulit."),
    ("medical", "MX", "es", "Esta crema puede ayudar a bajar la presión, úsala en la piel del pecho."),
    ("medical", "CN", "zh", "这款洗发水让头发柔顺，还能治脱发。"),
    # an environmental word keeps the green reading
    ("green_claims", "US", "en", "Green and blue, and every bottle is eco-friendly and good for the planet."),
    ("green_claims", "ES", "es", "Verde y negra, y es sostenible: cuida el medio ambiente."),
    ("green_claims", "DE", "de", "In Grün und Blau, und natürlich klimaneutral hergestellt."),
    ("green_claims", "CN", "zh", "绿色和白色两款，都是环保材料，可降解。"),
    ("green_claims", "US", "en", "It's a green product, made for a greener planet."),
    # a guarantee or a result beside the terms or the composition
    ("guaranteed_results", "US", "en", "No contract, and we guarantee you'll lose 5 kg with the coaching plan."),
    ("guaranteed_results", "ID", "id", "Tanpa kontrak, hasil dijamin dalam 2 minggu."),
    ("guaranteed_results", "ES", "es", "Sin contrato y resultados garantizados en un mes."),
    ("guaranteed_results", "US", "en", "100% cotton and 100% guaranteed to fit or your money back."),
    ("guaranteed_results", "KR", "ko", "인모 100%, 효과 보장이에요."),
    ("guaranteed_results", "ID", "id", "100% hasil kulit cerah dalam seminggu."),
    # a charge of junk beside the slip
    ("disparagement", "US", "en", "My bad, I said it wrong: the other brand's soap is junk."),
    ("disparagement", "CN", "zh", "说错了说错了，那家的洗衣液就是垃圾。"),
    ("disparagement", "ES", "es", "Me equivoqué, la otra marca es basura."),
    # a deadline, count or stock keeps the urgency reading
    ("false_urgency", "US", "en", "Only 2 left, grab yours!"),
    ("false_urgency", "DE", "de", "Ab in den Warenkorb, nur noch heute!"),
    ("false_urgency", "VN", "vi", "Chốt đơn lẹ kẻo hết nha cả nhà!"),
    ("false_urgency", "ID", "id", "Buruan checkout, sisa 3 lagi!"),
    ("false_urgency", "CN", "zh", "赶紧下单，今晚12点就结束！"),
    ("false_urgency", "FR", "fr", "Foncez, l'offre se termine à minuit !"),
]


@pytest.mark.parametrize("category, market, lang, line", CLEARED)
def test_the_plain_wording_takes_the_classifier_reading_back(category, market, lang, line):
    assert takes_back(category, line)
    assert not _semantic_findings(market, line, lang, category)


@pytest.mark.parametrize("category, market, lang, line", KEPT)
def test_a_claim_beside_the_plain_wording_keeps_the_reading(category, market, lang, line):
    assert not takes_back(category, line)
    assert _semantic_findings(market, line, lang, category)


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


# --- a Thai paid collaboration said aloud -------------------------------------------------------------------------

def test_a_thai_collaboration_with_compensation_said_aloud_is_a_disclosure():
    from studio.compliance.disclosure import says_disclosure

    assert says_disclosure("ขอแจ้งก่อนนะคะ คลิปนี้เป็นการร่วมงานกับแบรนด์แบบได้รับค่าตอบแทนค่ะ")
    assert says_disclosure("ไลฟ์นี้ร่วมงานแบบมีค่าตอบแทนกับแบรนด์เครื่องสำอางนะคะ")
    assert not says_disclosure("ไลฟ์นี้ไม่ได้ร่วมงานแบบมีค่าตอบแทนนะคะ ซื้อเองค่ะ")
    assert not says_disclosure("ไม่มีค่าตอบแทนจากแบรนด์เลยค่ะ ใช้เองจริงๆ")


def test_no_labeled_claim_is_taken_back_by_a_plain_reading_of_its_category():
    """Every kind's 'unless' must keep the claims the sets label: an urgency nudge with a price rise, stock or regret
    ('begitu live selesai harga naik, gas sekarang', 'corre que não vamos repor'), a sleep patch '누구나 100%'."""
    import json
    from pathlib import Path

    data = Path(__file__).parent / "data"
    taken = [row["id"] for path in sorted(data.glob("*.jsonl")) for row in map(json.loads, path.read_text("utf-8").splitlines())
             if row.get("flag") and row.get("category") and takes_back(row["category"], row["text"])]
    assert taken == []
