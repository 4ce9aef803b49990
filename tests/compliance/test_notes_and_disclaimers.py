"""Notes readers and disclaimers that blind set 8 showed missing: a live's allocation is not the
stock left, a price 'applied' before is the usual price, a pediatrician is a doctor, a declined
promise is no guarantee, 'no ranking claim' is not 'no data behind the ranking', and payment
verbs in pt/th/vi. Rules only (semantic=False) where the classifier is not the point."""

import pytest

from studio.compliance import Checker
from studio.compliance.context_facts import declines_results, is_medical_disclaimer
from studio.compliance.deals import Fact, notes_fact


@pytest.mark.parametrize("note, line", [
    ("Stream allocation was 150 units; live inventory shows 3 remaining, no restock planned.", "Only 3 left, grab it!"),
    ("Lote del directo limitado a 80 unidades; inventario en vivo muestra 4.", "¡Quedan solo 4!"),
    ("Quota du live : 50 unités ; le système affiche 3 restants, pas de réassort.", "Plus que 3 en stock !"),
])
def test_an_allocation_is_not_the_stock_left(note, line):
    assert notes_fact("false_urgency", [note], line) is Fact.TRUE


def test_a_large_stock_still_contradicts_only_n_left():
    assert notes_fact("false_urgency", ["Warehouse holds 4,800 units"], "Only 3 left!") is Fact.FALSE


def test_a_price_applied_before_is_the_usual_price():
    note = "Precio de 89 € aplicado del 1 oct al 20 nov; precio mínimo 30 días anterior: 89 €."
    assert notes_fact("fake_discount", [note], "Antes 89 €, hoy 69 €") is Fact.TRUE


@pytest.mark.parametrize("line", [
    "Me pregunta Lucía si este colágeno le quita la artritis… no es un medicamento, consúltalo con tu médico.",
    "Est-ce que ces probiotiques guérissent l'eczéma ? Ce n'est pas un médicament, voyez votre pédiatre.",
    "A Fernanda perguntou se trata depressão… não é remédio, procura teu médico, tá?",
])
def test_a_question_sent_to_a_doctor_is_a_disclaimer(line):
    assert is_medical_disclaimer(line)


@pytest.mark.parametrize("line, declined", [
    ("Ergebnisse sind individuell, ohne Training passiert nix, ich verspreche keine Kilos.", True),
    ("Emagrece? Depende da dieta, gente, não vou prometer quilo nenhum.", True),
    ("Hiệu quả tùy cơ địa nha, em không hứa giảm bao nhiêu ký.", True),
    ("Lose 5 kg in two weeks, guaranteed!", False),
])
def test_a_declined_promise(line, declined):
    assert declines_results(line) is declined


def test_a_declined_promise_drops_only_the_classifier_reading():
    from studio.compliance.semantic import ClaimVerdict

    verdict = ClaimVerdict("guaranteed_results", 0.9, "guaranteed_results", "lose 5 kg, guaranteed", "en")
    checker = Checker(["DE"], user_pack=False)
    line = "Ergebnisse sind individuell, ich verspreche keine Kilos."
    assert not [f for f in checker.check_text(line, "de", verdict=verdict) if f.category == "guaranteed_results"]


@pytest.mark.parametrize("market, line, note", [
    ("BR", "Não é publi não, gente, comprei com meu dinheiro.", "[Marca pagou R$ 8.000 e enviou o carrinho; sem #publi.]"),
    ("TH", "ไม่ได้โฆษณานะคะ ซื้อเองใช้เอง", "[แบรนด์จ่าย 30,000 บาท และส่งสินค้าฟรี ไม่มีการเปิดเผย]"),
    ("VN", "Không phải quảng cáo đâu nha, em tự bỏ tiền mua.", "[Nhãn hàng trả 10 triệu và tặng sản phẩm; không công bố.]"),
])
def test_payment_in_the_notes_makes_a_denial_a_hidden_ad(market, line, note):
    found = Checker([market], user_pack=False, semantic=False).check_text(line, notes=[note])
    assert any(f.category == "undisclosed_endorsement" for f in found)


def test_a_note_saying_there_is_no_ranking_claim_is_not_missing_data():
    line = "Seriously the best snack I've ever had on a night shift lah."
    found = Checker(["SG"], user_pack=False, semantic=False).check_text(
        line, "en", notes=["[Subjective opinion; no ranking claim.]"])
    assert not [f for f in found if f.rule_id == "context.absolute-superlative"]


@pytest.mark.parametrize("line, service", [
    ("Entrega garantida em 7 dias", True),
    ("Lieferung garantiert in 2 Werktagen", True),
    ("七天瘦十斤，不瘦全额退款", False),        # a refund tied to the result is the promise itself
])
def test_a_guarantee_of_the_service_is_not_a_promised_result(line, service):
    assert declines_results(line) is service


@pytest.mark.parametrize("note, line, fact", [
    ("Limitierte Edition von 100 Stück; Warenwirtschaft zeigt 3 Stück während des Streams.", "Nur noch drei Stück da!", "TRUE"),
    ("Édition limitée de 80 pièces ; le stock affiche 3 pièces pendant le live.", "Plus que trois pièces !", "TRUE"),
    ("إصدار محدود ١٠٠ قطعة؛ نظام المخزون يظهر ٣ قطع متبقية أثناء البث.", "باقي ثلاث قطع بس!", "TRUE"),
    ("Warenwirtschaft zeigt 400 Stück.", "Nur noch drei Stück da!", "FALSE"),
])
def test_stock_software_showing_the_count_is_the_system_count(note, line, fact):
    """Blind set 9: inventory software named in de/fr/ar ('Warenwirtschaft zeigt', 'le stock affiche',
    'نظام المخزون يظهر') is the system the host reads the count from."""
    assert notes_fact("false_urgency", [note], line) is getattr(Fact, fact)


@pytest.mark.parametrize("line, flagged", [
    ("Sử dụng tốt nhất trước tháng 3/2027, in dưới đáy lon.", False),   # "best before" on the label
    ("Đây là bạn thân nhất của em, ghé live chơi nè.", False),           # "my best friend"
    ("Sữa rửa mặt tốt nhất thị trường luôn.", True),
    ("Loại này tốt nhất, dùng trước khi ngủ.", True),
])
def test_vietnamese_best_before_and_best_friend_are_not_superlatives(line, flagged):
    found = Checker(["VN"], user_pack=False, semantic=False).check_text(line, "vi")
    assert any(f.category == "absolute_superlative" for f in found) is flagged


@pytest.mark.parametrize("note, line, fact", [
    ("Limited edition; 5 units left per the stock system.", "Nur noch 5 Stück, dann ist weg!", "TRUE"),
    ("Limited edition; 3 units left per the system.", "딱 3개 남았어요, 서두르세요!", "TRUE"),
    ("4,800 units per the stock system.", "Only 3 left!", "FALSE"),
])
def test_the_count_may_come_before_the_system_it_is_read_from(note, line, fact):
    """Blind set 10: 'N left per the stock system' names the count before the system."""
    assert notes_fact("false_urgency", [note], line) is getattr(Fact, fact)
