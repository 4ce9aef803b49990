"""Claims round 12 readers (rules and notes only, semantic=False):

- a viewer's question the host declines to answer ("não posso falar isso, conversem com o médico",
  "ตอบไม่ได้นะคะ ปรึกษาคุณหมอ") names a claim without making it: every pack rule drops its hit; the
  same claim said outright, or the question answered yes, still blocks;
- a device that replaces the doctor or the check-ups is a medical claim in every market; "does not
  replace your doctor" is the advice;
- a disclosure tag that opens the line (【广告】, [Werbung]) discloses a paid line in every pack.
"""

import pytest

from studio.compliance import Checker, RuleSeverity
from studio.compliance.declined_question import declines_question


def findings(market, text, notes=(), lang=None):
    return Checker([market], user_pack=False, semantic=False).check_text(text, lang, notes=notes)


def blocking(category, found):
    return [f for f in found if f.category == category and f.severity is RuleSeverity.BLOCK]


DECLINED = [   # (market, lang, the claim said outright, the claim asked and declined)
    ("BR", "pt", "Esse aparelho de pressão trata hipertensão.",
     "Perguntaram se o aparelho de pressão trata hipertensão — não posso falar isso, gente, conversem com o médico."),
    ("TH", "th", "เครื่องวัดความดันนี้รักษาความดันสูงได้ค่ะ",
     "มีคนถามว่าเครื่องวัดความดันรักษาความดันสูงได้ไหม ตอบไม่ได้นะคะ ปรึกษาคุณหมอนะคะ"),
]


@pytest.mark.parametrize("market,lang,said,declined", DECLINED)
def test_a_declined_question_drops_the_pack_rule_hit(market, lang, said, declined):
    assert blocking("medical", findings(market, said, lang=lang))
    assert not [f for f in findings(market, declined, lang=lang) if f.category == "medical"]


@pytest.mark.parametrize("line", [
    "Perguntaram se o aparelho de pressão trata hipertensão — não posso falar isso, conversem com o médico.",
    "มีคนถามว่าเครื่องวัดความดันรักษาความดันสูงได้ไหม ตอบไม่ได้นะคะ",
    "有人问这个能不能治高血压，这个我不能回答，问你的医生哦",
    "Ada yang tanya ini bisa sembuhkan diabetes? Aku gak bisa jawab ya, konsultasi ke dokter.",
    "Alguien pregunta si baja el azúcar: no puedo decir eso, consulten con su médico.",
    "누가 혈압 낮춰주냐고 물어보셨는데 답변 드릴 수 없어요, 의사와 상담하세요.",
])
def test_declined_questions_in_several_languages(line):
    assert declines_question(line)


@pytest.mark.parametrize("line", [
    "This cures eczema, ask your doctor.",                          # a referral alone asks nothing
    "Alguien pregunta si cura la diabetes: ¡sí, la cura!",          # answered yes
    "Someone asked if it cures eczema — yes it does, ask your doctor.",
])
def test_claims_that_are_not_declined(line):
    assert not declines_question(line)


REPLACES = [   # (market, lang, line that replaces the doctor)
    ("ES", "es", "Este tensiómetro sustituye las visitas al médico, ya verás."),
    ("PT", "pt", "Este termómetro substitui a ida ao médico."),
    ("US", "en", "This smartwatch replaces your doctor check-ups."),
    ("FR", "fr", "Ce tensiomètre remplace les consultations chez le médecin."),
    ("DE", "de", "Das Gerät ersetzt den Arztbesuch."),
    ("ID", "id", "Alat ini gantikan dokter, praktis!"),
    ("VN", "vi", "Máy đo này thay thế bác sĩ luôn nha."),
]


@pytest.mark.parametrize("market,lang,line", REPLACES)
def test_a_device_that_replaces_the_doctor_is_medical(market, lang, line):
    assert blocking("medical", findings(market, line, lang=lang))


@pytest.mark.parametrize("market,lang,line", [
    ("FR", "fr", "Ce tensiomètre ne remplace pas votre médecin."),
    ("DE", "de", "Das Gerät ersetzt keinen Arzt."),
    ("BR", "pt", "Este aparelho não substitui o médico."),
    ("US", "en", "This blender replaces three appliances."),
])
def test_not_replacing_the_doctor_is_no_claim(market, lang, line):
    assert not [f for f in findings(market, line, lang=lang) if f.category == "medical"]


@pytest.mark.parametrize("market,lang,line", [
    ("CN", "zh", "【广告】这期是品牌合作，我说实话，这款无人机续航确实有46分钟。"),
    ("DE", "de", "[Werbung] Der Akku hält wirklich 46 Minuten."),
])
def test_a_leading_disclosure_tag_discloses_a_paid_line(market, lang, line):
    paid = ("品牌付费合作",) if lang == "zh" else ("Bezahlte Kooperation mit der Marke",)
    assert not [f for f in findings(market, line, paid, lang) if f.category == "undisclosed_endorsement"]
    untagged = line.split("]", 1)[-1].split("】", 1)[-1].replace("这期是品牌合作，", "")
    assert blocking("undisclosed_endorsement", findings(market, untagged, paid, lang))
