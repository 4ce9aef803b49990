"""Claims round 8 (after blind set 13): deal and endorsement notes in more wordings, rules and notes
only (semantic=False):

- real scarcity and deadlines the notes confirm ("pièce unique ... 2 restantes", "Totoong mag-e-end ang
  promo ... babalik sa dating presyo", "one of a kind", "vuelve al precio normal") are no finding;
- "Ngayong araw lang ... bukas wala na" and Egyptian "فاضل دقيقتين على العرض" are countdowns, false
  where the notes say the same words come every day or the counter starts again every live;
- a reference price raised just before the live ("elevado para 499 dois dias antes") is a fake discount;
- "我不是打广告" is a denial, so notes with a paid slot fee (坑位费) block it;
- "Number 1 ... sa buong Pilipinas" over "Walang sales data" is an unsupported ranking.
"""

import pytest

from studio.compliance import Checker


def of(category, market, text, lang, notes):
    found = Checker([market], user_pack=False, semantic=False).check_text(text, lang, notes=(notes,))
    return [f for f in found if f.category == category]


CONFIRMED = [
    ("FR", "fr", "Il en reste que 2, les filles, dépêchez-vous !",
     "Robe de mariée échantillon, pièce unique en deux tailles, 2 restantes."),
    ("PH", "tl", "Hanggang midnight lang po ang sale, after nun balik na sa regular price.",
     "Totoong mag-e-end ang promo ng 12 midnight at babalik sa dating presyo."),
    ("US", "en", "Only 1 left, once it's gone it's gone!", "Vintage sample, one of a kind."),
    ("MX", "es", "Termina hoy a medianoche, ¡solo hoy!", "La promo termina hoy y vuelve al precio normal mañana."),
    ("BR", "pt", "Só restam 2 peças, corre!", "Peça única de mostruário, 2 unidades."),
]


@pytest.mark.parametrize("market,lang,text,notes", CONFIRMED)
def test_scarcity_or_deadline_the_notes_confirm_is_no_finding(market, lang, text, notes):
    assert of("false_urgency", market, text, lang, notes) == []


FALSE_COUNTDOWNS = [
    ("PH", "tl", "Ngayong araw lang 'to mga mars, bukas wala na!",
     "Parehong 'ngayong araw lang' ang sinasabi araw-araw ng buong buwan."),
    ("EG", "ar", "فاضل دقيقتين على العرض، والسعر هيرجع تاني!", "العداد بيتعاد كل لايف والسعر ثابت من شهر."),
    ("SA", "ar", "باقي ساعتين على العرض يا جماعة!", "نفس العرض كل لايف."),
    ("US", "en", "Only 2 hours left on this deal!", "Same countdown every live."),
]


@pytest.mark.parametrize("market,lang,text,notes", FALSE_COUNTDOWNS)
def test_countdowns_the_notes_contradict_block(market, lang, text, notes):
    assert of("false_urgency", market, text, lang, notes)


@pytest.mark.parametrize("market,lang,text,notes", [
    ("BR", "pt", "De 499 por 149, olha isso gente, 70% off na máquina de costura!",
     "O preço foi elevado para 499 dois dias antes da live; antes era 159."),
    ("US", "en", "Was 499, now 149!", "The price was raised to 499 two days before the live; before it was 159."),
    ("MX", "es", "Antes 499, hoy 149.", "El precio fue subido a 499 dos días antes del directo."),
])
def test_a_reference_price_raised_before_the_live_is_a_fake_discount(market, lang, text, notes):
    assert of("fake_discount", market, text, lang, notes)


def test_a_chinese_denial_over_a_paid_slot_fee_blocks():
    assert of("undisclosed_endorsement", "CN", "我不是打广告哦，这个泳衣是我自己花钱买的，真心推荐。", "zh",
              "品牌方支付了坑位费并给20%佣金。")


def test_a_philippine_number_one_with_no_data_blocks():
    assert of("absolute_superlative", "PH", "Number 1 na swimwear brand sa buong Pilipinas 'to, best-selling sa bansa!",
              "tl", "Walang sales data o ranking.")
