"""Telling viewers to stop their medicine or skip the doctor is a medical claim in every market (the
labeling rules), never a disclaimer; blind set 9 showed such lines passing, and one cleared as a
'question sent to a doctor' because it named the doctor. Rules only (semantic=False): the finding
must not depend on the classifier."""

import pytest

from studio.compliance import Checker
from studio.compliance.context_facts import is_medical_disclaimer, tells_to_stop_treatment

STOPS = [
    ("CA", "fr", "Ce thé détox, plus besoin d'aller chez le médecin, franchement."),
    ("DE", "de", "Meine Oma hat ihre Tabletten einfach abgesetzt, seit sie den Filter hat."),
    ("VN", "vi", "Chị hỏi có cần đi khám không? Khỏi đi khám luôn chị, dùng máy này là được."),
    ("TH", "th", "ดื่มน้ำนี้ทุกวัน เลิกกินยาได้เลยค่ะ"),
    ("TW", "zh", "聊天室有人問要不要擦藥？不用再擦藥了，用這個就好。"),
    ("US", "en", "Honestly you can stop taking your blood pressure pills once you're on this tea."),
    ("MX", "es", "Con este té puedes dejar las pastillas, de verdad."),
    ("BR", "pt", "Com esse chá você pode largar os remédios, gente."),
    ("ID", "id", "Minum ini rutin, gak perlu ke dokter lagi."),
    ("SA", "ar", "اشربي الشاي كل يوم ووقفي الدوا"),
    ("KR", "ko", "이거 마시고 약 끊었어요, 여러분도 해보세요."),
]

ADVICE = [   # the opposite advice, or the ordinary words, are no finding
    ("US", "en", "Never stop your medication without talking to your doctor."),
    ("MX", "es", "No dejes tus pastillas sin hablar con tu médico."),
    ("BR", "pt", "Não pare de tomar seus remédios, viu?"),
    ("ID", "id", "Jangan berhenti minum obat tanpa tanya dokter ya."),
    ("US", "en", "Stop by next week, and skip the line with the cart button."),
    ("VN", "vi", "Bỏ vào giỏ hàng nhé cả nhà."),
]


@pytest.mark.parametrize("market, lang, line", STOPS)
def test_stopping_medicine_or_skipping_the_doctor_is_a_blocking_medical_claim(market, lang, line):
    assert tells_to_stop_treatment(line)
    assert not is_medical_disclaimer(line)
    found = Checker([market], user_pack=False, semantic=False).check_text(line, lang)
    assert any(f.category == "medical" and f.severity.value == "block" for f in found), found


@pytest.mark.parametrize("market, lang, line", ADVICE)
def test_the_opposite_advice_is_no_medical_finding(market, lang, line):
    assert not tells_to_stop_treatment(line)
    found = Checker([market], user_pack=False, semantic=False).check_text(line, lang)
    assert not any(f.category == "medical" for f in found), found
