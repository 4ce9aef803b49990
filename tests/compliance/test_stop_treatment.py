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


# The same advice in other words (context_facts.yaml stop_families): a way of giving up and what is
# given up, a few words apart, in each language; none of these sentences is in the pattern.
PARAPHRASES = [
    ("US", "en", "With this air purifier your kid won't need the inhaler anymore."),
    ("IN", "en", "These drops protect your eyes, so you can skip the annual eye check-up."),
    ("GB", "en", "My nan came off all her arthritis tablets after a month of this."),
    ("AR", "es", "Con este jarabe ya no van a necesitar más el inhalador, chicas."),
    ("CO", "es", "Olvídense del médico, con este té se les quita todo."),
    ("BR", "pt", "Minha tia deixou os comprimidos da pressão depois desse chá."),
    ("PT", "pt", "Com esta palmilha escusam de ir ao médico, a sério."),
    ("FR", "fr", "Ma voisine a arrêté ses cachets pour la tension grâce à cette tisane."),
    ("DE", "de", "Mit dem Tee braucht ihr keine Tabletten mehr, echt."),
    ("ID", "id", "Minum jamu ini rutin, obat dari dokter distop aja."),
    ("VN", "vi", "Uống trà này đều là khỏi cần đi bác sĩ luôn nha."),
    ("EG", "ar", "الجهاز ده بيريحك، مش محتاجة الدكتور تاني."),
    ("KR", "ko", "이 차 드시면 혈압약 안 드셔도 돼요."),
    ("CN", "zh", "喝了三个月，我妈的降糖药都可以停了。"),
    ("TH", "th", "ทานตัวนี้ทุกวัน ไม่ต้องกินยาแล้วค่ะ"),
    ("PH", "tl", "Si tita tinigil na yung gamot niya sa high blood dahil dito."),
]

NOT_PARAPHRASES = [   # the words near each other, and no such advice
    ("US", "en", "You don't need to stop your pills, this is just a snack."),
    ("US", "en", "You don't need a prescription for this moisturiser."),
    ("FR", "fr", "N'arrêtez pas votre traitement sans l'avis de votre médecin."),
    ("SA", "ar", "لا توقف الدواء بدون استشارة الطبيب."),
    ("KR", "ko", "예약 필요 없어요, 바로 구매하세요."),
    ("ID", "id", "Ini bukan obat ya kak, tetap minum obat dari dokter."),
    ("TH", "th", "ไม่ต้องใช้ยาสีฟันเยอะค่ะ แค่นิดเดียวพอ"),
]


@pytest.mark.parametrize("market, lang, line", PARAPHRASES)
def test_the_advice_in_other_words_is_a_blocking_medical_claim(market, lang, line):
    assert tells_to_stop_treatment(line)
    found = Checker([market], user_pack=False, semantic=False).check_text(line, lang)
    assert any(f.category == "medical" and f.severity.value == "block" for f in found), found


@pytest.mark.parametrize("market, lang, line", NOT_PARAPHRASES)
def test_treatment_words_without_the_advice_are_not_read_as_it(market, lang, line):
    assert not tells_to_stop_treatment(line)
