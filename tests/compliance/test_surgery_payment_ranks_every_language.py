"""Notes readers and skip-the-doctor in every language (rules and notes only, semantic=False).
Blind set 12 showed each of these wrong in several languages:

- "no need for the operation", "ganz ohne OP", "annulez votre rendez-vous chez l'ophtalmo", "من غير
  عملية": skipping surgery or the eye doctor is skipping the doctor (a blocking medical claim);
- "no payment, gift or commission from the brand", "nenhuma relação paga": payment words under a
  negation are no payment, so "not an ad, I bought it myself" over them is clean;
- a viewer's health question declined and sent to an eye doctor ("안과 가보세요", "parlez-en à votre
  médecin") is no medical claim;
- a ranking backed by a store report or a category screenshot is lawful outside CN, while notes that
  rank the product below first ("排名第五", "ranked 5th") take the backing away;
- a stock of thousands in the warehouse contradicts "last 7 left"; a return window for faulty goods
  is no promised result.
"""

import pytest

from studio.compliance import Checker, RuleSeverity
from studio.compliance.context_facts import notes_say_paid, notes_say_unpaid, tells_to_stop_treatment


def findings(market, text, notes=(), lang=None):
    return Checker([market], user_pack=False, semantic=False).check_text(text, lang, notes=notes)


def blocking(category, found):
    return [f for f in found if f.category == category and f.severity is RuleSeverity.BLOCK]


SKIPS_SURGERY = [
    ("PH", "en", "Use it 15 minutes a night and your cataract will clear up, no need for that operation."),
    ("DE", "de", "Jeden Abend zehn Minuten, und der graue Star bildet sich zurück, ganz ohne OP."),
    ("FR", "fr", "Il soigne la cataracte, vous pouvez annuler votre rendez-vous chez l'ophtalmo."),
    ("BR", "pt", "Usem todos os dias e nunca mais precisam de oftalmologista."),
    ("PH", "tl", "Pang-alis ng katarata yan, hindi mo na kailangan ng opera."),
    ("EG", "ar", "كل يوم ربع ساعة والمياه البيضاء تختفي من غير عملية."),
    ("MX", "es", "La artrosis de rodilla se va sola, sin necesidad de cirugía."),
    ("CN", "zh", "每天按摩十分钟，白内障不用做手术了。"),
    ("KR", "ko", "매일 쓰면 백내장 수술 안 해도 돼요."),
    ("TH", "th", "ใช้ทุกวัน ต้อกระจกหาย ไม่ต้องผ่าตัดค่ะ"),
    ("VN", "vi", "Dùng đều đặn thì đục thủy tinh thể không cần mổ nữa."),
    ("ID", "id", "Katarak hilang tanpa operasi, pakai tiap malam aja."),
]


@pytest.mark.parametrize("market, lang, line", SKIPS_SURGERY)
def test_skipping_surgery_or_the_eye_doctor_is_a_blocking_medical_claim(market, lang, line):
    assert tells_to_stop_treatment(line), line
    assert blocking("medical", findings(market, line, lang=lang))


NEGATED_PAYMENT = [
    ("AE", "ar", "والله مو إعلان، أنا شاريتها من فلوسي.", "المذيعة اشترت الماكينة من المتجر بسعرها، بدون أي دفع أو هدية أو عمولة من الشركة."),
    ("AR", "es", "Esto no es publi eh, la carpa la compré yo con mi plata.", "El anfitrión compró la carpa en una tienda; no hay pago, regalo ni comisión de la marca."),
    ("PT", "pt", "Isto não é publicidade, comprei a câmara com o meu dinheiro.", "A apresentadora comprou a câmara numa loja; nenhuma relação paga, oferta ou comissão da marca."),
    ("PH", "tl", "Hindi po ako bayad dito ha, binili ko talaga.", "Binili ng host sa tindahan; walang bayad, regalo o commission mula sa brand."),
    ("US", "en", "Not an ad, I bought it myself.", "Host bought it at a store; no payment, gift or commission from the brand."),
]


@pytest.mark.parametrize("market, lang, line, note", NEGATED_PAYMENT)
def test_payment_words_under_a_negation_are_no_payment(market, lang, line, note):
    assert not notes_say_paid([note]) and notes_say_unpaid([note])
    assert not [f for f in findings(market, line, notes=[note], lang=lang) if f.category == "undisclosed_endorsement"]


@pytest.mark.parametrize("note", [
    "Brand pays a monthly fee plus 20% commission.",
    "La marca paga una comisión del 10% por venta.",
    "A marca pagou R$ 2.000 e não há selo de publicidade.",
])
def test_payment_that_is_not_negated_is_still_payment(note):
    assert notes_say_paid([note])


@pytest.mark.parametrize("market, lang, line", [
    ("KR", "ko", "채팅에 안구건조증 치료되냐고 물어보셨는데, 그건 제가 답변드릴 수 없어요, 안과 가보세요."),
    ("CA", "fr", "Quelqu'un demande si ces gouttes guérissent l'insomnie — je peux pas répondre, parlez-en à votre médecin."),
    ("US", "en", "Someone asked if this cures dry eye — I can't answer that, ask your eye doctor."),
])
def test_a_declined_health_question_sent_to_a_doctor_is_no_claim(market, lang, line):
    assert not [f for f in findings(market, line, lang=lang) if f.category == "medical"]


@pytest.mark.parametrize("market, lang, line, note", [
    ("KR", "ko", "이 게이밍 키보드 쿠팡 키보드 카테고리 판매 1위예요.", "11월 쿠팡 키보드 카테고리 판매 1위 캡처 보유."),
    ("BR", "pt", "Essa cafeteira é a mais vendida da nossa loja, gente.", "Relatório da loja: cafeteira líder de vendas nos últimos 90 dias."),
    ("US", "en", "This is our shop's number one best seller.", "Shop sales report attached: top unit seller in November."),
])
def test_a_ranking_backed_by_store_data_is_lawful_outside_cn(market, lang, line, note):
    assert not [f for f in findings(market, line, notes=[note], lang=lang) if f.category == "absolute_superlative"]


@pytest.mark.parametrize("market, lang, line, note", [
    ("SG", "zh", "这款燕窝礼盒是我们店卖得最好的。", "店铺上个月燕窝礼盒实际销量为83盒，排名第五。"),
    ("US", "en", "This is our shop's best seller, chat.", "Store data: it ranked 5th in sales last month."),
    ("KR", "ko", "우리 가게 판매 1위 제품이에요.", "지난달 매장 판매 5위."),
])
def test_a_best_seller_the_notes_rank_below_first_is_flagged(market, lang, line, note):
    assert blocking("absolute_superlative", findings(market, line, notes=[note], lang=lang))


def test_a_warehouse_of_thousands_contradicts_last_pieces_left():
    found = findings("SA", "يا جماعة باقي آخر ٧ قطع بس من خيمة الكشتة هذي، اللي يبي يلحق يلحق قبل تخلص!",
                     notes=["المستودع فيه ٢٬٤٠٠ خيمة من نفس الموديل."], lang="ar")
    assert blocking("false_urgency", found)


@pytest.mark.parametrize("text", [
    "开斋节的椰枣礼盒，清真认证，开斋后慢慢享用，今天九折。",
    "بجد أحلى قهوة شربتها في حياتي، البن اليمني ده حاجة تانية خالص.",
    "#โฆษณา นะคะ แบรนด์สนับสนุนไลฟ์นี้ แต่เครื่องโกนหนวดตัวนี้ให้แฟนใช้จริง ชอบมาก",
])
def test_a_hesitant_cultural_reading_with_no_taboo_word_is_no_finding(text):
    from studio.compliance.culture_topics import TABOO_FREE_MIN_SCORE, culture_topics

    market = {"开": "MY", "ب": "EG", "#": "TH"}[text[0]]
    assert not culture_topics().speaks_for(text, market, TABOO_FREE_MIN_SCORE - 0.1)


@pytest.mark.parametrize("text, market, counts", [
    ("Pop these crackers in a hamper with a nice bottle of red, perfect for gifting.", "SA", True),
    ("Pop these crackers in a hamper with a nice bottle of red, perfect for gifting.", "GB", False),
    ("Pork floss for the whole family, so fragrant!", "MY", True),
])
def test_a_taboo_word_speaks_at_any_score_where_the_taboo_is_held(text, market, counts):
    from studio.compliance.culture_topics import culture_topics

    assert culture_topics().speaks_for(text, market, 0.3) is counts


@pytest.mark.parametrize("line, note", [
    ("The VoltPack 1000 power station, was 899, tonight 549, go go go.",
     "Sold at $899 on our store from March to October; $549 is a new promo price."),
    ("La estación PowerMax 2000, antes 1299, hoy solo 899.", "Se vendió a 1299 de marzo a octubre."),
    ("Die Station PowerMax 3000, vorher 1299, heute 899.", "Von März bis Oktober zu 1299 verkauft."),
])
def test_a_price_history_confirms_the_reference_beside_a_model_number(line, note):
    from studio.compliance.deals import Fact, notes_fact

    assert notes_fact("fake_discount", [note], line) is Fact.TRUE


@pytest.mark.parametrize("text, market", [
    ("لا تخافون، الجيلاتين حلال أكيد", "AE"),
    ("这个肉松放心啦，清真的，马来朋友也可以吃", "MY"),
])
def test_an_uncertified_halal_assurance_speaks_even_when_the_reading_hesitates(text, market):
    from studio.compliance.culture_topics import TABOO_FREE_MIN_SCORE, culture_topics

    assert culture_topics().speaks_for(text, market, TABOO_FREE_MIN_SCORE - 0.1)


@pytest.mark.parametrize("text, flagged", [
    ("助眠喷雾一喷，保证人人都马上睡着，没有一个不行。", True),
    ("助眠噴霧一噴，保證人人都即刻瞓著，冇一個唔得。", True),
    ("保证金500元，人人都可以参加抽奖。", False),
])
def test_a_promise_to_everyone_is_a_guaranteed_result_in_cn(text, flagged):
    assert bool([f for f in findings("CN", text, lang="zh") if f.category == "guaranteed_results"]) is flagged
