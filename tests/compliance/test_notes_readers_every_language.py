"""The producer-notes readers in every language the checker serves (rules and notes only,
semantic=False: the verdict must not hang on the classifier).

- "not sponsored, I bought it myself" over notes that say the brand paid or sent it is a hidden ad,
  also when the notes add "nothing disclosed" (blind set 10 read that as a disclosure);
- a ranking whose notes name the data behind it (NielsenIQ, Olive Young's ranking, sales data on
  file) is no finding outside CN; the same ranking over "no data" notes blocks;
- a live crowd counter ("57 people checking out right now") over notes that say the counter is a
  fixed graphic or not fed by the orders is false urgency in every market;
- a line that says the product is no medicine and cannot cure, or that declines a viewer's health
  question and sends them to a doctor, is no medical claim; a question about a result answered "no"
  is no promise.
"""

import pytest

from studio.compliance import Checker, RuleSeverity
from studio.compliance.context_facts import declines_results, is_medical_disclaimer, notes_say_paid, notes_say_unpaid
from studio.compliance.deals import Fact, notes_fact
from studio.compliance.semantic import SemanticUnavailable


def findings(market, text, notes=(), lang=None):
    return Checker([market], user_pack=False, semantic=False).check_text(text, lang, notes=notes)


def blocking(category, found):
    return [f for f in found if f.category == category and f.severity is RuleSeverity.BLOCK]


DENIALS = [   # (market, lang, line): a denial of sponsorship in each of the 13 languages
    ("US", "en", "Not an ad, guys, I paid for this blender with my own money."),
    ("CN", "zh", "这个不是广告哦，我自己掏钱买的。"),
    ("MX", "es", "No es patrocinado, eh, lo pagué yo."),
    ("BR", "pt", "Não é publi não, comprei com o meu dinheiro."),
    ("ID", "id", "Ini bukan endorse ya, aku beli pakai uang sendiri."),
    ("TH", "th", "ไม่ใช่โฆษณานะคะ ซื้อเองค่ะ"),
    ("VN", "vi", "Không phải quảng cáo nha, em tự mua."),
    ("SA", "ar", "مو إعلان، شريته بفلوسي."),
    ("DE", "de", "Keine Werbung, das hab ich selbst bezahlt."),
    ("FR", "fr", "C'est pas une pub, je l'ai payé moi-même."),
    ("MY", "ms", "Bukan iklan ya, saya beli guna duit sendiri."),
    ("KR", "ko", "광고 아니에요, 제 돈으로 샀어요."),
    ("PH", "tl", "Hindi 'to sponsored, binili ko 'to gamit sarili kong pera."),
]

PAID_NOTES = [
    "[Brand paid a flat fee; nothing disclosed]",
    "[gifted by the brand plus 10% affiliate commission; none of it said on stream]",
    "[paid partnership; no disclosure]",
    "[Marke zahlt 2.000 €; nichts gekennzeichnet]",
]


@pytest.mark.parametrize("market, lang, line", DENIALS)
@pytest.mark.parametrize("notes", PAID_NOTES)
def test_a_denial_over_notes_that_say_the_brand_pays_is_a_blocking_hidden_ad(market, lang, line, notes):
    assert notes_say_paid([notes])
    assert blocking("undisclosed_endorsement", findings(market, line, [notes], lang))


@pytest.mark.parametrize("market, lang, line", DENIALS)
def test_a_denial_the_notes_confirm_is_clean(market, lang, line):
    notes = ["[host bought it herself at full price; no payment, no brand relationship]"]
    assert not notes_say_paid(notes)
    assert not [f for f in findings(market, line, notes, lang) if f.category == "undisclosed_endorsement"]


@pytest.mark.parametrize("notes", [
    "[brand paid; disclosure shown on screen throughout]",
    "[paid partnership; #ad shown on screen the whole live]",
])
def test_notes_that_say_the_disclosure_is_made_are_not_a_hidden_ad(notes):
    assert not notes_say_paid([notes])


BACKED = [   # (market, lang, line, notes naming the data)
    ("KR", "ko", "이 선크림, 올리브영 선케어 부문 판매 1위예요.",
     "[Olive Young ranking, Nov 2026: No.1 in sun care; screenshot on the listing]"),
    ("BR", "pt", "É o secador número 1 do Brasil, o mais vendido do país.",
     "[NielsenIQ jan-out 2026: líder em unidades no Brasil; relatório linkado na página]"),
    ("MX", "es", "Es la licuadora número uno de México, la más vendida.",
     "[datos de ventas NielsenIQ 2026: marca líder en unidades; informe enlazado en la ficha]"),
    ("VN", "vi", "Đây là nồi chiên bán chạy số 1 Việt Nam đó cả nhà.",
     "[Dữ liệu bán hàng Kantar 2026: dẫn đầu thị phần; báo cáo trên trang sản phẩm]"),
    ("SG", "en", "This is Singapore's number one selling air fryer, by units, this year.",
     "[Retail panel data Jan-Oct 2026 shows it top by unit sales in SG; report linked on the listing]"),
]


@pytest.mark.parametrize("market, lang, line, notes", BACKED)
def test_a_ranking_the_notes_back_with_data_is_no_finding(market, lang, line, notes):
    assert not [f for f in findings(market, line, [notes], lang) if f.category == "absolute_superlative"]


@pytest.mark.parametrize("market, lang, line, notes", BACKED)
def test_the_same_ranking_over_notes_that_say_there_is_no_data_blocks(market, lang, line, notes):
    assert blocking("absolute_superlative", findings(market, line, ["[no sales data or ranking exists]"], lang))


def test_data_in_the_notes_does_not_clear_an_absolute_term_in_china():
    notes = ["[NielsenIQ 2026: unit leader in China; report linked]"]
    found = findings("CN", "这是全国销量第一的电动牙刷。", notes, "zh")
    assert blocking("absolute_superlative", found)


COUNTERS = [   # (market, lang, line, notes that say the counter is not real)
    ("SA", "ar", "شوفوا العداد، ٧٠ شخص يدفعون الحين، بسرعة!", "[العداد رسم ثابت غير مرتبط بالطلبات]"),
    ("TH", "th", "ตอนนี้มีคนกำลังกดสั่งอยู่ 64 คนนะคะ รีบเลย", "[ตัวนับเป็นกราฟิกตายตัว ไม่ได้เชื่อมกับระบบ]"),
    ("GB", "en", "30 people have this in their basket right now, be quick!", "[the basket counter is a fixed graphic]"),
    ("KR", "ko", "지금 45명이 결제 중이에요, 서두르세요!", "[카운터는 미리 만든 그래픽, 주문 데이터와 연결되지 않음]"),
    ("CO", "es", "Hay 120 personas pagando en este momento, ¡apúrense!", "[el contador es un gráfico fijo, no conectado a las ventas]"),
    ("BR", "pt", "Tem 90 pessoas finalizando a compra agora, corre!", "[contador fixo, não ligado às vendas]"),
    ("VN", "vi", "Có 200 người đang thanh toán luôn nè, nhanh lên!", "[con số là hình dán cố định]"),
    ("CN", "zh", "现在有300人正在付款，手慢无！", "[在抢人数为固定贴片，未接入订单系统]"),
    ("ID", "id", "Udah 80 orang lagi checkout nih, buruan!", "[angka itu stiker statis, tidak terhubung ke sistem]"),
    ("FR", "fr", "Il y a 150 personnes qui achètent en ce moment !", "[compteur figé, non relié aux commandes]"),
    ("DE", "de", "Gerade zahlen 60 Leute an der Kasse, schnell!", "[statische Grafik, nicht verbunden mit den Bestellungen]"),
]


@pytest.mark.parametrize("market, lang, line, notes", COUNTERS)
def test_a_crowd_counter_the_notes_call_a_fixed_graphic_is_blocking_false_urgency(market, lang, line, notes):
    assert notes_fact("false_urgency", [notes], line) is Fact.FALSE
    assert blocking("false_urgency", findings(market, line, [notes], lang))


def test_a_crowd_counter_the_system_confirms_is_clean():
    line = "57 people checking out right now, quick!"
    assert notes_fact("false_urgency", ["[backend shows 57 active checkouts]"], line) is Fact.TRUE
    assert not [f for f in findings("GB", line, ["[backend shows 57 active checkouts]"], "en")
                if f.category == "false_urgency"]


def test_an_official_countdown_overlay_is_not_a_fake_counter():
    assert notes_fact("false_urgency", ["[countdown overlay from the platform; the offer really ends 21:00]"],
                      "Ends at nine tonight!") is Fact.TRUE


@pytest.mark.parametrize("market, lang, line", [
    ("TH", "th", "ตัวนี้ไม่ใช่ยานะคะ ไม่สามารถรักษาโรคผิวหนังได้"),
    ("CN", "zh", "本产品不是药，不能替代药物治疗，有糖尿病的请遵医嘱。"),
    ("BR", "pt", "Me perguntaram se trata rinite... não vou responder isso não, procurem um médico."),
    ("PT", "pt", "Perguntam se cura a asma, isso não posso dizer, falem com o vosso médico."),
    ("EG", "ar", "واحد بيسأل هل بيعالج القولون؟ ده مش دوا، روح للدكتور."),
    ("DE", "de", "Die Creme heilt, nein, falsches Wort, sie pflegt einfach."),
])
def test_a_negated_or_declined_cure_is_no_medical_claim(market, lang, line):
    assert not [f for f in findings(market, line, (), lang) if f.category == "medical"]


def test_a_cure_next_to_a_doctor_is_still_a_claim():
    assert not is_medical_disclaimer("Esse chá cura diabetes, procurem um médico se quiserem confirmar")
    assert [f for f in findings("BR", "Esse chá cura diabetes, procurem um médico se quiserem confirmar", (), "pt")
            if f.category == "medical"]


@pytest.mark.parametrize("line", [
    "¿Alguien pregunta si adelgaza? No, parce, es una faja para la postura.",
    "能瘦吗？不能哦，这是塑形衣。",
    "Giảm cân được không? Không nha, đây là trà thường.",
    "Ini bisa bikin kurus? Nggak ya kak, ini cuma teh.",
    "살 빠져요? 아니요, 보정 속옷이에요.",
])
def test_a_question_about_a_result_answered_no_declines_the_promise(line):
    assert declines_results(line)


@pytest.mark.parametrize("line", [
    "Does it work? No doubt, 5 kg in a week!",
    "Será que funciona? Funciona sim, garantido!",
    "Lose 5 kg in a week, guaranteed!",
])
def test_a_promise_is_not_declined_by_a_question_mark(line):
    assert not declines_results(line)


@pytest.mark.parametrize("notes", [
    ["[Host bought the brush at retail; no relationship with the brand]"],
    ["[no payment, no contract; bought with her own money]"],
])
def test_notes_that_confirm_the_host_is_unpaid(notes):
    assert notes_say_unpaid(notes) and not notes_say_paid(notes)


def test_the_classifier_alone_never_makes_a_denial_or_a_confirmed_testimonial_a_hidden_ad():
    """Without notes that say the brand pays, "not an ad, I bought it myself" is no evidence of a hidden
    ad, and notes that confirm it clear the classifier's reading of a testimonial."""
    try:
        checker = Checker(["US"], user_pack=False)
        checker.check_text("warm up", "en")
    except SemanticUnavailable as exc:
        pytest.skip(f"no sentence encoder here: {exc}")
    # both read as hidden ads by the classifier alone (scores 0.65 and 0.77 with the shipped head)
    for line, notes in [("Not an ad, I bought this robot vacuum with my own money, I just love it.", ()),
                        ("I have used this sonic toothbrush every night for three months, my teeth never felt cleaner.",
                         ["[Host bought it at retail; no relationship with the brand.]"])]:
        found = checker.check_text(line, "en", notes=notes)
        assert not [f for f in found if f.category == "undisclosed_endorsement"], found
