"""Round 9 readers, every language: a limited series whose system count the host says in words,
and a shop's return window (a service term, not a promised result)."""

import pytest

from studio.compliance.deals import Fact, notes_fact
from studio.compliance.spoken_counts import word_counts
from studio.compliance.normalize import normalize


@pytest.mark.parametrize("note, line", [
    ("Série limitée de 80 pièces ; le système en affiche 4.", "Plus que quatre pièces, allez, on se dépêche !"),
    ("إصدار محدود ٥٠ قطعة، والنظام يبين ثلاث قطع متبقية.", "باقي ثلاث قطع بس! لحقوا!"),
    ("限量聯名款，總共生產200件，系統顯示剩五件。", "最後五件喇，手快有手慢冇，快啲落單！"),
    ("Limited edition of 50 pieces; the system shows three left.", "Only three left!"),
    ("Edisi terbatas 60 pcs; sistem tunjuk tinggal tiga.", "Tinggal tiga je!"),
    ("한정판 100개 생산; 시스템상 세 개 남음", "딱 세 개 남았어요!"),
    ("ลิมิเต็ด 100 ชิ้น; ระบบขึ้นเหลือสามชิ้น", "เหลือสามชิ้นสุดท้าย!"),
    ("Serie limitada de 120 piezas; el sistema muestra 5.", "¡Quedan cinco piezas nomás!"),
    ("Phiên bản giới hạn 100 chiếc; hệ thống báo còn 3.", "Còn đúng ba chiếc thôi!"),
])
def test_limited_run_with_system_count_in_words_is_real_scarcity(note, line):
    assert notes_fact("false_urgency", [note], line) is Fact.TRUE


@pytest.mark.parametrize("note, line", [
    ("Warehouse has 400 units in stock.", "Only three left!"),
    ("Stock en entrepôt : 300 pièces.", "Plus que quatre pièces !"),
])
def test_large_stock_still_contradicts(note, line):
    assert notes_fact("false_urgency", [note], line) is Fact.FALSE


def test_word_counts_need_a_counting_word_in_unspaced_scripts():
    assert word_counts(normalize("我们一起来看").text) == []
    assert 5 in word_counts(normalize("最后五件").text)
    assert 3 in word_counts(normalize("tinggal tiga").text)


from studio.compliance.context_facts import declines_results, is_medical_disclaimer  # noqa: E402
from studio.compliance.return_windows import is_return_window, refund_on_no_result  # noqa: E402


@pytest.mark.parametrize("line", [
    "Retour gratuit dans les trente jours si la gaine te fait pas, aucune question.",
    "Free returns within 30 days, no questions asked.",
    "Devolución gratis en 30 días, sin preguntas.",
    "Devolução grátis em 7 dias, sem perguntas.",
    "Kostenlose Rückgabe innerhalb von 30 Tagen.",
    "Bisa retur gratis dalam 7 hari ya kak.",
    "7 ngày đổi trả miễn phí nha cả nhà.",
    "เปลี่ยนสินค้าฟรีภายใน 7 วัน",
    "30天无理由退货，放心买。",
    "7일 이내 무료 반품 가능해요.",
    "ارجاع مجاني خلال ١٤ يوم.",
    "Boleh pulangan percuma dalam 14 hari.",
    "Pwede i-refund within 7 days, walang tanong.",
])
def test_return_window_is_a_service_term(line):
    assert is_return_window(line) and declines_results(line)


@pytest.mark.parametrize("line", [
    "這支電動牙刷保證用一個禮拜牙齒白兩個色號，沒白全額退費！",
    "If you don't lose 5 kg in 30 days, full refund!",
    "Kalau tak putih dalam 7 hari, duit dikembalikan!",
    "Si no adelgazas en 30 días, te devolvemos tu dinero.",
    "Không trắng trong 7 ngày thì hoàn tiền 100%.",
])
def test_refund_on_a_failed_result_is_no_return_window(line):
    assert refund_on_no_result(line) and not is_return_window(line)


@pytest.mark.parametrize("line", [
    "Mit dem Shake nehmt ihr garantiert 5 Kilo in 10 Tagen ab, sonst Geld zurück.",
    "Avec ce shake, vous perdez 6 kilos en 15 jours, garanti, sinon remboursé.",
    "Con este batido pierdes 8 kilos en 15 días, garantizado, o te devuelvo la plata.",
    "Confirm plus chop, lose 8kg in 2 weeks, or full refund!",
    "Dijamin putih dalam 7 hari pakai lulur kaki ini, kalau nggak uang kembali!",
    "Guaranteed puputi kayo in 5 days or money back, sure na sure!",
    "這個語言課程保證你三十天英文流利，不流利全額退費！",
    "Three stone in six weeks. Guaranteed. And if it doesn't happen you get your money back.",
])
def test_a_promised_result_with_money_back_is_no_return_window(line):
    assert not is_return_window(line)


@pytest.mark.parametrize("line", [
    "Ada yang tanya boleh ke madu ni untuk pesakit diabetes — tu kena tanya doktor ya, akak tak boleh jawab.",
    "Có bạn hỏi uống được cho người tiểu đường không, cái này hỏi bác sĩ nha, em không trả lời được.",
    "Ada yang nanya buat penderita diabetes boleh? Konsultasi ke dokter ya, aku gak bisa jawab.",
    "당뇨 있는 분도 되냐고 물어보셨는데, 의사 선생님께 물어보세요, 제가 답할 수 없어요.",
    "มีคนถามว่าคนเป็นเบาหวานกินได้ไหม ปรึกษาแพทย์นะคะ ตอบไม่ได้ค่ะ",
    "May nagtatanong kung pwede sa may diabetes — itanong nyo po sa doktor, hindi ko masasagot.",
    "واحد يسال لو ينفع لمرضى السكر، اسأل الدكتور، ما اقدر اجاوب.",
    "Jemand fragt, ob das bei Diabetes geht – fragen Sie Ihren Arzt, das kann ich nicht beantworten.",
])
def test_question_sent_to_a_doctor_in_everyday_words(line):
    assert is_medical_disclaimer(line)


from studio.compliance.context_facts import (_guarantee_words, _notes_fact, context_patterns,  # noqa: E402
                                             notes_say_paid, notes_say_unpaid)
from studio.compliance.offer_only import only_an_offer  # noqa: E402


@pytest.mark.parametrize("line, offer", [
    ("Tết này bộ mâm ngũ quả và bánh chưng hút chân không giảm 10% tới 23 tháng Chạp nha.", True),
    ("屠妖节快乐！素食零食礼盒今天九折，祝大家节日愉快。", True),
    ("Ramadan Kareem! خصم ٢٠٪ على كل العلب حتى آخر الشهر", True),
    ("Weihnachtsaktion: 15 % Rabatt bis Sonntag", True),
    ("Lose 5 kg in a week, 20% off today!", False),
    ("Guaranteed results, 20% off!", False),
    ("this patch is 100% no bites, on sale today", False),
])
def test_a_festive_offer_is_a_price_not_a_result(line, offer):
    assert only_an_offer(line, _guarantee_words()) is offer


@pytest.mark.parametrize("note", [
    "Báo cáo thử nghiệm phân hủy sinh học được đăng trên trang sản phẩm.",
    "Rapport d'essai de biodégradabilité en ligne.",
    "Laporan uji biodegradasi ada di halaman produk.",
    "生物降解检测报告已上传。",
    "생분해 시험성적서 첨부.",
])
def test_a_test_report_backs_a_green_claim(note):
    p = context_patterns()
    assert _notes_fact([note], p.green_false, p.green_true) is True


@pytest.mark.parametrize("note", [
    "مفيش أي بيانات مبيعات أو تصنيف يدعم الكلام ده.",
    "Gak ada data penjualan atau survei.",
    "Takde data jualan.",
])
def test_no_data_in_everyday_words(note):
    p = context_patterns()
    assert _notes_fact([note], p.unsupported, p.ranking_backed, unless=p.backed_missing) is False


@pytest.mark.parametrize("note, paid", [
    ("Binayaran ng brand ng ₱30,000 ang live.", True),
    ("品牌方支付了本场直播费用", True),
    ("브랜드가 이번 방송 비용을 지불함", True),
    ("Hindi binayaran, binili ng host.", False),
])
def test_paid_notes_in_more_words(note, paid):
    assert notes_say_paid([note]) is paid
    if not paid:
        assert notes_say_unpaid([note])


from studio.compliance import Checker  # noqa: E402


@pytest.mark.parametrize("market, lang, text", [
    ("PH", "en", "Mga mommies and daddies, this mosquito patch — one hundred percent no bites for your baby, works on everyone!"),
    ("US", "en", "This patch works for everybody, no bites at all."),
    ("TW", "zh", "這支電動牙刷保證用一個禮拜牙齒白兩個色號，沒白全額退費！"),
])
def test_promised_results_stay_found(market, lang, text):
    found = Checker([market], user_pack=False, semantic=False).check_text(text, lang)
    assert any(f.category == "guaranteed_results" for f in found)


@pytest.mark.parametrize("market, lang, text", [
    ("CA", "fr", "Retour gratuit dans les trente jours si la gaine te fait pas, aucune question."),
    ("US", "en", "Free returns within 30 days, no questions asked."),
    ("MY", "ms", "Boleh pulangan percuma dalam 14 hari."),
])
def test_return_windows_are_no_finding(market, lang, text):
    found = Checker([market], user_pack=False, semantic=False).check_text(text, lang)
    assert not any(f.category == "guaranteed_results" for f in found)


@pytest.mark.parametrize("note", [
    "Không có báo cáo thử nghiệm phân hủy.",
    "Tidak ada laporan uji biodegradasi.",
    "No lab report exists.",
])
def test_no_test_report_backs_nothing(note):
    p = context_patterns()
    assert _notes_fact([note], p.green_false, p.green_true, unless=p.backed_missing) is not True
