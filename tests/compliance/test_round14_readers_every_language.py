"""Round 14: shapes that carry to new wording, in many languages, without the classifier.

A body shamed to sell (a body word and a jeer), a rival run down with a health or safety scare, a host who owns
the brand and says the line has no tie to it, a first place in a named country with no data in the notes, a
guarantee whose other branch is a refund, a "worth" no one ever set, an offer the notes say runs every night."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.disparagement import runs_down, shames_body
from studio.compliance.model import RuleSeverity
from studio.compliance.national_ranking import ranks_first_in_country


def findings(market, text, notes=(), lang=None):
    return Checker([market], user_pack=False, semantic=False).check_text(text, lang=lang, notes=list(notes))


def of(category, found):
    return [f for f in found if f.category == category]


@pytest.mark.parametrize("market, line", [
    ("MY", "Belly hanging out like that? No guy will look at you, ladies, grab the waist trainer!"),
    ("MX", "Con esas lonjas quién te va a querer, amiga, pide ya tu faja."),
    ("BR", "Gordinha desse jeito ninguém te olha na praia, leva o chá seca-barriga."),
    ("ID", "Perut buncit gitu gak ada yang mau lirik, buruan checkout teh pelangsingnya!"),
    ("VN", "Bụng mỡ thế kia không ai thèm nhìn đâu, chốt đơn trà giảm cân đi chị."),
    ("TH", "พุงย้อยแบบนี้ไม่มีใครมองหรอก รีบกดเข็มขัดลดพุงเลย"),
    ("CN", "肚子这么大还好意思出门？赶紧拍这个代餐。"),
])
def test_a_body_shamed_to_sell_is_cultural(market, line):
    assert shames_body(line)
    assert of("cultural_sensitivity", findings(market, line))


@pytest.mark.parametrize("line", [
    "This belt hugs your tummy so gently, you can wear it all day.",
    "Con esta faja la panza se ve más lisa debajo del vestido.",
    "Bụng phẳng hơn sau mỗi buổi tập, ai cũng làm được.",
    "Nobody wants greasy fries, so try the air fryer tonight.",
    "หมูกรอบสูตรนี้ไม่อ้วน อร่อยด้วย",
])
def test_a_body_word_or_a_jeer_alone_is_not_shaming(line):
    assert not shames_body(line)


@pytest.mark.parametrize("market, line", [
    ("TH", "แป้งเด็กยี่ห้ออื่นทาแล้วลูกผื่นแดงเต็มตัว ของเราดีกว่าเยอะค่ะ"),
    ("CN", "别买那个牌子的电热毯，用一晚上就烧糊了还会起火。"),
    ("ES", "No compréis el cargador de la tienda de al lado, se quema y os puede dar un disgusto."),
    ("ID", "Jangan beli powerbank toko sebelah, baterainya menggelembung terus."),
    ("VN", "Đừng mua bình sữa hãng khác, nhựa độc, bé dễ bị dị ứng."),
])
def test_a_rival_run_down_with_a_scare_is_disparagement(market, line):
    assert runs_down(line)
    assert of("disparagement", findings(market, line))


@pytest.mark.parametrize("line", [
    "Our bottle is non-toxic and won't cause any rash, unlike what you fear.",
    "ผ้าอ้อมของเราไม่มีผื่น ใส่สบายทั้งวันค่ะ",
    "Cái này không độc, không gây dị ứng, mẹ yên tâm nha.",
    "Don't buy two, one is enough for the whole family.",
])
def test_no_rival_or_a_charge_taken_back_is_no_run_down(line):
    assert not runs_down(line)


@pytest.mark.parametrize("market, lang, line, notes", [
    ("ES", "es", "Esta marca la encontré por casualidad en una feria, no tengo nada que ver con ellos.",
     "La presentadora es dueña de la marca."),
    ("ID", "id", "Aku cuma kebetulan nemu brand ini, nggak ada hubungan apa-apa sama aku.", "Brand ini milik host sendiri."),
    ("US", "en", "I stumbled on this brand at a market, I have no connection to it at all.", "The host co-owns the company."),
    ("AE", "ar", "شفت هالعطر بالصدفة في مول، ما لي علاقة بالشركة.", "The host owns the perfume brand."),
])
def test_an_owner_who_denies_any_tie_is_a_hidden_ad(market, lang, line, notes):
    hits = of("undisclosed_endorsement", findings(market, line, [f"[{notes}]"], lang))
    assert hits and all(f.severity is RuleSeverity.BLOCK for f in hits)


def test_an_owner_selling_her_brand_or_a_denial_without_owner_notes_is_no_hidden_ad():
    line = "I stumbled on this brand at a market, I have no connection to it at all."
    assert not of("undisclosed_endorsement", findings("US", line, lang="en"))
    assert not of("undisclosed_endorsement", findings("US", line, ["[Bought at retail; sales data on file]"], "en"))
    assert not of("undisclosed_endorsement",
                  findings("US", "These sneakers are so comfy, grab them tonight.", ["[The host owns the brand]"], "en"))
    assert not of("undisclosed_endorsement",
                  findings("US", "The brand's own site sells it for more, found it by chance.", ["[Price from the brand's own site]"], "en"))


@pytest.mark.parametrize("market, line", [
    ("SG", "This is the number one air purifier in Singapore, everyone is buying lah."),
    ("MX", "Es el termo más vendido de México, todos lo traen."),
    ("PH", "Number one na rice cooker sa buong Pilipinas 'to!"),
    ("SA", "هذا الجهاز رقم واحد في السعودية بالمبيعات."),
    ("MY", "Kipas ni nombor satu di Malaysia, paling laris!"),
])
def test_a_first_place_in_a_named_country_without_data_is_found(market, line):
    assert ranks_first_in_country(line)
    hits = of("absolute_superlative", findings(market, line))
    assert hits
    # notes that name the data clear it; notes that say there is none block it
    assert not of("absolute_superlative", findings(market, line, ["[NielsenIQ retail panel report 2026: No.1 by units]"]))
    assert all(f.severity is RuleSeverity.BLOCK
               for f in of("absolute_superlative", findings(market, line, ["[no sales data or ranking exists]"])))


@pytest.mark.parametrize("line", [
    "Best-selling hearing aid in the country, hands down.",
    "Made in Mexico with love, and the best taste you'll try this year.",
    "The number one thing my viewers ask about is the size chart.",
])
def test_no_first_place_tied_to_a_country(line):
    assert not ranks_first_in_country(line)


@pytest.mark.parametrize("market, lang, line", [
    ("SG", "en", "Join the coding bootcamp, confirm you get a job offer or we refund you in full."),
    ("AE", "ar", "مع الدورة هذي تنجح في الاختبار، مضمون أو فلوسك ترجع لك كاملة."),
    ("MX", "es", "Con este curso apruebas el examen, garantizado o te devolvemos tu dinero."),
])
def test_a_guarantee_whose_other_branch_is_a_refund_is_a_promised_result(market, lang, line):
    assert of("guaranteed_results", findings(market, line, lang=lang))


def test_a_return_window_without_a_guarantee_word_is_a_service():
    assert not of("guaranteed_results", findings("MX", "Si no te queda, la devuelves en 30 días o te damos tu dinero.", lang="es"))


def test_a_worth_no_one_set_and_an_offer_that_runs_every_night_are_false():
    from studio.compliance.deals import Fact, notes_fact

    assert notes_fact("fake_discount", ["[No 'worth' value was ever set; RRP is 40 USD]"],
                      "This set is worth 200 dollars, tonight only 39.") is Fact.FALSE
    assert notes_fact("false_urgency", ["[The same promo runs every night this week]"],
                      "Tonight only, this price ends at midnight!") is Fact.FALSE


@pytest.mark.parametrize("line", [
    "On se moque un peu des moines ce soir au live, venez !",
    "Vamos a burlarnos de la virgen con este disfraz, jaja.",
    "Costume ng pari na pang-katatawanan sa party!",
])
def test_making_fun_of_a_sacred_figure_mocks_the_faith(line):
    from studio.compliance.culture_topics import culture_topics

    assert culture_topics().dismisses_worship(line)


def test_no_need_to_uncover_keeps_the_taboo():
    from studio.compliance.culture_topics import culture_topics

    assert not culture_topics().touched("Untuk yang bertudung, cuba syal ni, tak perlu buka tudung pun.")
    assert culture_topics().touched("Jom buka tudung kejap, tunjuk rambut cantik tu.")


@pytest.mark.parametrize("market, lang, claim, declined", [
    ("GB", "en", "These drops cure dry eye.", "Someone asked if these drops cure dry eye — can't say, ask your optician."),
    ("ES", "es", "Estas gotas curan el ojo seco.", "Me preguntan si estas gotas curan el ojo seco: no puedo decir, consulten con su oftalmólogo."),
])
def test_a_health_question_sent_to_another_specialist_is_declined(market, lang, claim, declined):
    assert of("medical", findings(market, claim, lang=lang))
    assert not of("medical", findings(market, declined, lang=lang))


@pytest.mark.parametrize("line", [
    "Selamat Hari Raya! Kurma ini ada sijil halal JAKIM, diskaun 20% sampai Ahad.",
    "开斋节快乐！椰枣礼盒有清真认证，今晚九折。",
    "Ramadan dates box, halal-certified, 15% off tonight.",
])
def test_a_feast_offer_that_names_its_halal_certificate_is_no_cultural_reading(line):
    from studio.compliance.culture_topics import culture_topics

    assert not culture_topics().speaks_for(line, "MY", 0.9)
    uncertified = line.replace("sijil halal JAKIM", "harga istimewa").replace("有清真认证", "很好吃").replace("halal-certified", "freshly packed")
    assert culture_topics().speaks_for(uncertified, "MY", 0.9)


def test_a_paid_note_in_the_gulf_participle_makes_a_denial_a_hidden_ad():
    line = "والله مو إعلان، اشتريت الساعة من فلوسي."
    hits = of("undisclosed_endorsement", findings("SA", line, ["[الماركة دافعة ٥٠٠٠ ريال للحلقة]"], "ar"))
    assert hits and all(f.severity is RuleSeverity.BLOCK for f in hits)
    assert not of("undisclosed_endorsement", findings("SA", line, ["[اشترتها بنفسها من المحل]"], "ar"))


@pytest.mark.parametrize("greeting, pitch", [
    ("Selamat Hari Raya!", "Selamat Hari Raya! Babi panggang ni sedap untuk open house."),
    ("开斋节快乐！", "开斋节快乐！猪肉干送马来朋友最合适。"),
    ("Eid Mubarak everyone!", "Eid Mubarak everyone! Wine gift boxes for your iftar."),
])
def test_a_feast_greeted_and_nothing_more_is_no_cultural_reading(greeting, pitch):
    from studio.compliance.culture_topics import culture_topics

    assert not culture_topics().speaks_for(greeting, "MY", 0.9)
    assert culture_topics().speaks_for(pitch, "MY", 0.9)
