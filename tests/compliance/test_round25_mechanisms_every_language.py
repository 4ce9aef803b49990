"""Round 25 (issue 10): mechanisms behind held-out set 27's misses, in every language.

- A disclosure word right after a negator is a denial ("ไม่ใช่สปอนเซอร์", "không nhận quảng cáo"), not a disclosure.
- Notes that say a relative of the host owns the business, or that the host got it free, are a material connection;
  a line that claims an ordinary customer's experience over such notes is a hidden ad.
- A certificate, an assay or a certification mark named promises no result.
- A sacred figure or a flag put to a lowly or profane use; a people put down; a body's posture mocked.
- A sacred image kept as its faith asks is no cultural finding; wine for Malay friends at Raya is.
- "Nothing beats it" with a superlative over a country; a rank below first in the notes or said in the line.
- A disease named in a line the classifier reads as medical just under its threshold.
Sentences here are new (not lines of any labeled set).
"""

import pytest

from studio.compliance.certified import certificate_only
from studio.compliance.context_facts import _guarantee_words, _notes_fact, context_patterns, notes_say_paid
from studio.compliance.culture_topics import culture_topics
from studio.compliance.disclosure import says_denial, says_disclosure
from studio.compliance.model import TextRole
from studio.compliance.named_condition import apply_named_condition, names_condition
from studio.compliance.national_ranking import ranks_first_in_country
from studio.compliance.normalize import normalize
from studio.compliance.owned_brand import notes_say_owner
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.word_pairs import word_pair


@pytest.mark.parametrize("line", [
    "ขอบอกก่อนว่าไม่ใช่สปอนเซอร์ ซื้อมาใช้เองค่ะ",
    "Mình không nhận quảng cáo đâu, thích thì nói thôi.",
    "Cái này không có hoa hồng gì nha cả nhà.",
])
def test_a_negated_disclosure_word_is_a_denial(line):
    assert says_denial(line)
    assert not says_disclosure(line)


@pytest.mark.parametrize("line", [
    "Video này có tài trợ từ nhãn hàng nhé.",
    "ไลฟ์นี้มีสปอนเซอร์ค่ะ",
    "No, seriously, this one is sponsored by Acme.",
])
def test_a_disclosure_stays_a_disclosure(line):
    assert says_disclosure(line)
    assert not says_denial(line)


@pytest.mark.parametrize("note", [
    "The blender brand belongs to the host's cousin; the host's unit was free of charge.",
    "El restaurante es del hermano de la host.",
    "Perusahaan ini milik suami host.",
    "Thương hiệu là của em gái host.",
    "品牌是主播姐夫开的。",
    "แบรนด์เป็นของพี่ชายโฮสต์",
    "호스트의 남편이 운영하는 회사",
    "الشركة ملك زوج المقدمة",
])
def test_a_relative_of_the_host_is_a_tie(note):
    assert notes_say_owner([note]) or notes_say_paid([note])


@pytest.mark.parametrize("note, paid", [
    ("La host recibió el colchón gratis.", True),
    ("Host dapat perawatan percuma.", True),
    ("Giao hàng miễn phí cho người xem đến Chủ nhật; host sẽ nhắc.", False),
    ("Free shipping for viewers until Sunday, the host will say it twice.", False),
])
def test_the_host_got_it_free_is_payment_but_free_shipping_is_not(note, paid):
    assert notes_say_paid([note]) is paid


@pytest.mark.parametrize("line", [
    "I booked it as a regular customer and paid the full price.",
    "Lo pagué de mi bolsillo como cualquier otra clienta.",
    "Paguei do meu bolso, como qualquer cliente.",
    "Tôi tự bỏ tiền túi đi khám như bệnh nhân bình thường.",
    "จ่ายเองทั้งหมดในฐานะลูกค้าทั่วไปค่ะ",
    "我是自掏腰包，普通顾客一样排队的。",
    "제 돈 주고 일반 고객으로 산 거예요.",
])
def test_an_ordinary_customer_claimed(line):
    assert context_patterns().independent.search(normalize(line).text)


@pytest.mark.parametrize("line, drops", [
    ("Each silver bar comes with an assay certificate and a serial number.", True),
    ("Kopi ini bersertifikat halal dan SNI.", True),
    ("这套银饰附鉴定证书，编号可以查。", True),
    ("Certified to make you lose 5 kg in a month.", False),      # an amount of change still promised
    ("Sertifikat resmi, dijamin langsing!", False),              # a guarantee word still said
])
def test_a_certificate_named_promises_no_result(line, drops):
    assert certificate_only(normalize(line).text, _guarantee_words()) is drops


@pytest.mark.parametrize("line", [
    "Shiva print bath mat, step on it after your shower.",
    "Keset bergambar bendera merah putih buat depan pintu.",
    "พรมเช็ดเท้าลายพระพิฆเนศ วางหน้าห้องน้ำ",
    "Calcetines con la Virgen de Guadalupe estampada.",
    "Hausschuhe mit der Muttergottes drauf.",
    # round 26: a flag by its people's adjective, soiled on an apron
    "El delantal con la bandera peruana, para que lo manches de grasa en la parrilla.",
    "Um avental com a bandeira brasileira, pode sujar de graxa.",
    "A Union Jack apron for the grill, grease and all.",
])
def test_a_sacred_figure_or_a_flag_put_to_a_lowly_use(line):
    assert word_pair("sacred_placement.yaml", "sacred", "lowly").reads(line)


@pytest.mark.parametrize("line, shamed", [
    ("Hunched back ladies look like old grannies, so ugly, wear this brace.", True),
    ("Los jorobados se ven como viejitos, qué feo, usa esta faja.", True),
    ("Mấy người còng lưng nhìn như bà cụ, xấu lắm.", True),
    ("This brace helps a hunched back after long hours at a desk.", False),
    ("驼背的上班族可以试试这款坐垫。", False),
])
def test_a_body_posture_mocked(line, shamed):
    assert word_pair("body_shaming.yaml", "body", "shame").reads(line) is shamed


@pytest.mark.parametrize("line, mocked", [
    ("Even the villagers can set up this router, haha.", True),
    ("Hasta los indígenas pueden usar esta app, así de fácil.", True),
    ("ขนาดชาวเขายังใช้เป็นเลย", True),
    ("Hand-woven by indigenous artisans, each piece signed.", False),
    ("Even beginners can set up this router in five minutes.", False),
])
def test_a_people_put_down_to_sell(line, mocked):
    assert word_pair("group_mockery.yaml", "group", "derision").reads(line) is mocked


@pytest.mark.parametrize("line, market, speaks", [
    ("This Buddha statue belongs on your altar, please keep it clean and high.", "TH", False),
    ("Ganesha idol for the puja room, place it on a shrine shelf.", "IN", False),
    ("Buddha statue for the bathroom shelf, very zen.", "TH", True),
    ("Raya hamper with a bottle of Merlot for your Malay friends.", "MY", True),
    ("Kotak Deepavali dengan daging lembu untuk rakan India.", "SG", True),
])
def test_who_a_sacred_or_festive_reading_is_about(line, market, speaks):
    assert culture_topics().speaks_for(line, market, 0.8) is speaks


@pytest.mark.parametrize("line, first", [
    ("The fastest blender in the whole of Malaysia, nothing beats it.", True),
    ("Der leichteste Kinderwagen Österreichs, unschlagbar.", True),
    ("أقوى مكيف في السعودية، محد يوصل له.", True),
    ("대한민국에서 제일 가벼운 유모차, 따라올 제품이 없어요.", True),
    ("I think it's the comfiest pram I've owned.", False),
])
def test_a_superlative_over_a_country_bar_none(line, first):
    assert ranks_first_in_country(line) is first


@pytest.mark.parametrize("note", [
    "Según Euromonitor, la marca es la quinta en ventas.",
    "Nielsen: the brand is third in sales this year.",
    "Lazada: thứ ba trong danh mục.",
])
def test_a_rank_below_first_in_words_contradicts_a_first_place(note):
    p = context_patterns()
    assert _notes_fact([note], p.unsupported, p.ranking_backed, unless=p.backed_missing) is False


def _medical(score):
    return ClaimVerdict(None, score, "medical")


@pytest.mark.parametrize("line", [
    "Une tisane par jour et votre tension artérielle redescend.",
    "Jeden Tag ein Glas und das Cholesterin sinkt.",
    "Minum setiap hari, kencing manis terkawal.",
    "이 차 하나면 고혈압 걱정 끝이에요.",
])
def test_a_disease_named_in_every_language(line):
    assert names_condition(line)


def test_a_disease_under_a_medical_reading_is_the_claim_and_a_doctor_referral_is_not():
    policies = {"FR": {}}
    from studio.compliance.packs import semantic_policy

    policies = semantic_policy(["FR"])
    line = "Une tisane par jour et votre tension artérielle redescend."
    found = apply_named_condition([], line, 0, policies, "fr", TextRole.TEXT, _medical(0.45))
    assert [f.category for f in found] == ["medical"]
    assert apply_named_condition([], line, 0, policies, "fr", TextRole.TEXT, _medical(0.20)) == []
    referral = "Pour votre tension artérielle, demandez à votre médecin; cette tisane est juste délicieuse."
    assert apply_named_condition([], referral, 0, policies, "fr", TextRole.TEXT, _medical(0.45)) == []
    # a registered medicine's indication, and a denial whose negator sits well before the disease
    registered = "Crème avec registro DIGEMID, aide à réduire l'acné."
    assert apply_named_condition([], registered, 0, policies, "fr", TextRole.TEXT, _medical(0.45)) == []
    denied = "Le produit n'a vraiment aucune action thérapeutique sur le diabète."
    assert apply_named_condition([], denied, 0, policies, "fr", TextRole.TEXT, _medical(0.45)) == []
