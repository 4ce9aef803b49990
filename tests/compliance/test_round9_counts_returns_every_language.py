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
