"""Round 15: shapes that carry to new wording, in many languages, without the classifier (except the two
readers of its verdicts, fed a verdict here).

A halal claim over notes that say the product is not halal; a first place backed by the marketplace's own data
named in the notes; a line that leaves a health question to the doctor (the classifier's medical reading goes);
a feast named over a plain food offer (the classifier's cultural reading speaks only when it is confident)."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.culture_topics import culture_topics
from studio.compliance.halal_notes import claims_halal, notes_deny_halal
from studio.compliance.medical_referral import only_refers_to_doctor
from studio.compliance.model import TextRole
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.semantic_findings import verdict_findings


def findings(market, text, notes=(), lang=None):
    return Checker([market], user_pack=False, semantic=False).check_text(text, lang=lang, notes=list(notes))


def of(category, found):
    return [f for f in found if f.category == category]


@pytest.mark.parametrize("market, line, note", [
    ("MY", "Confirm halal one, the whole family can eat this beef floss.", "[Not halal certified; made in a pork kitchen]"),
    ("PE", "Estas gomitas son halal, tranquilos todos.", "[Sin certificación halal; la gelatina es de cerdo]"),
    ("ID", "Sosisnya sudah halal kok kak, aman dimakan semua.", "[Belum ada sertifikat halal]"),
    ("MY", "Biskut ni halal, semua boleh makan.", "[Tiada sijil halal untuk produk ini]"),
    ("AE", "الشوكولاتة هذي حلال ١٠٠٪ لا تشيلون هم.", "[المنتج غير حاصل على شهادة حلال]"),
    ("MY", "这个肉干是清真的，大家放心吃。", "[产品没有清真认证]"),
    ("TH", "ขนมนี้ฮาลาลนะคะ ทานได้ทุกคน", "[สินค้าไม่ได้รับรองฮาลาล]"),
    ("BR", "Pode ficar tranquilo, essa linguiça é halal.", "[Não tem certificação halal; contém carne suína]"),
])
def test_a_halal_claim_the_notes_deny_is_cultural(market, line, note):
    assert claims_halal(line) and notes_deny_halal([note])
    assert of("cultural_sensitivity", findings(market, line, [note]))


@pytest.mark.parametrize("market, line, note", [
    ("MY", "This beef floss is halal certified, logo on the pack.", "[JAKIM halal certificate on file]"),
    ("ID", "Sosisnya sudah halal MUI ya kak.", "[Sertifikat halal MUI berlaku sampai 2028]"),
    ("PE", "Estas gomitas son halal, sin gelatina de cerdo.", "[Certificado halal vigente; gelatina de pescado]"),
    ("MY", "Produk ni bukan halal, yang muslim jangan order ya.", "[Tidak halal; mengandungi babi]"),
    ("ID", "Ini belum ada sertifikat halal ya kak, jadi yang muslim skip dulu.", "[Tidak bersertifikat halal]"),
])
def test_a_halal_claim_the_notes_back_or_a_line_that_says_not_halal_is_no_finding(market, line, note):
    assert not (claims_halal(line) and notes_deny_halal([note]))
    assert not of("cultural_sensitivity", findings(market, line, [note]))


@pytest.mark.parametrize("market, line, note", [
    ("TH", "รุ่นนี้ขายดีอันดับ 1 ในหมวดหม้อทอดของ Shopee เดือนนี้ค่ะ", "[อันดับ 1 หมวดหม้อทอด Shopee TH (ข้อมูลแพลตฟอร์ม)]"),
    ("ID", "Ini nomor 1 terlaris di kategori air fryer di Shopee.", "[Data platform Shopee: peringkat 1 kategori air fryer bulan November]"),
])
def test_a_first_place_the_marketplace_data_backs_is_no_superlative(market, line, note):
    assert of("absolute_superlative", findings(market, line)), "the same line without notes is a finding"
    assert not of("absolute_superlative", findings(market, line, [note]))


@pytest.mark.parametrize("line", [
    "It only measures, and if the fever doesn't go down, see a doctor.",
    "Este oxímetro solo mide; si persiste la falta de aire, vaya al médico.",
    "Le diffuseur parfume la pièce, mais pour l'eczéma, on garde le traitement prescrit.",
    "Kalau ada asma tetap pakai obat dari dokter ya, ini cuma pembersih udara.",
    "Máy này chỉ để đo thôi, nếu không hạ sốt thì gặp bác sĩ nhé.",
    "血压计只是测量用的，如果持续头晕请去看医生。",
    "أبوك مريض سكر؟ كمل على العلاج اللي كاتبه الدكتور، الجهاز هذا للقياس بس.",
])
def test_a_line_that_leaves_health_to_the_doctor_is_a_referral(line):
    assert only_refers_to_doctor(line)


@pytest.mark.parametrize("line", [
    "This purifier cures asthma, you can stop your inhaler.",
    "Ce thé soigne l'eczéma en une semaine.",
    "Alat ini menyembuhkan darah tinggi, obat dokter stop aja.",
    "Yes it does cure it, and keep your medication too.",
])
def test_a_health_claim_is_no_referral(line):
    assert not only_refers_to_doctor(line)


def _verdict(category, score):
    return ClaimVerdict(category=category, score=score, top_category=category, similar_to="x")


def test_the_classifier_medical_reading_of_a_referral_goes_and_of_a_claim_stays():
    policies = Checker(["FR"], user_pack=False, semantic=False)._category_policies
    referral = "Le purificateur filtre la poussière, mais pour l'asthme, on garde le traitement prescrit."
    claim = "Le purificateur guérit l'asthme de vos enfants."
    assert not verdict_findings(referral, _verdict("medical", 0.9), policies, {}, "fr", TextRole.SPOKEN)
    assert verdict_findings(claim, _verdict("medical", 0.9), policies, {}, "fr", TextRole.SPOKEN)


@pytest.mark.parametrize("market, line", [
    ("SA", "قهوة وتمر بمناسبة رمضان، وصلت الكمية الجديدة."),
    ("MY", "Teh dan biskut untuk moreh bulan Ramadan dah ready."),
    ("ID", "Paket kopi edisi Lebaran sudah ready, stok banyak."),
])
def test_a_feast_named_over_a_food_offer_speaks_only_when_the_reading_is_confident(market, line):
    topics = culture_topics()
    assert not topics.speaks_for(line, market, 0.76)
    assert topics.speaks_for(line, market, 0.95)


@pytest.mark.parametrize("market, line, note", [
    ("PH", "Plus a free gift worth 500 pesos with every order!", "[The gift's 'worth' was made up; it costs 20 pesos]"),
    ("AE", "ومعاه عطر هدية قيمته مية درهم ببلاش!", "[قيمة العطر مختلقة، تكلفته خمسة دراهم]"),
    ("TH", "แถมผ้าเช็ดรถมูลค่า 500 บาทฟรีค่ะ", "[ผ้าเช็ดรถไม่มีราคาขายจริง มูลค่าเป็นตัวเลขที่ตั้งขึ้นเอง]"),
    ("ID", "Bonus tumbler senilai 200 ribu, gratis buat 50 pembeli pertama!", "[Nilai 200 ribu dikarang; tumbler tidak pernah dijual]"),
])
def test_a_gift_value_the_notes_say_no_one_set_is_a_fake_discount(market, line, note):
    assert of("fake_discount", findings(market, line, [note]))
    assert not of("fake_discount", findings(market, line)), "a value alone, with no notes, is no finding"


@pytest.mark.parametrize("line, service", [
    ("Alle Staubsauger haben zwei Jahre Gewährleistung.", True),
    ("Todos los relojes tienen garantía de 12 meses.", True),
    ("Máy lọc không khí bảo hành 2 năm chính hãng.", True),
    ("耳机保修1年，有问题直接换新。", True),
    ("Kem trắng da, bảo hành trắng vĩnh viễn.", False),
    ("Garantiert fünf Kilo weniger in zwei Wochen.", False),
])
def test_a_warranty_of_a_term_is_a_service_not_a_promised_result(line, service):
    from studio.compliance.context_facts import declines_results

    assert declines_results(line) is service


@pytest.mark.parametrize("note, hidden_ad", [
    ("[Lab test commissioned by the brand: 31 dB in night mode]", False),
    ("[Brand-commissioned study, 40 users, 8 weeks]", False),
    ("[Host paid a commission on every sale; lab test commissioned by the brand]", True),
])
def test_a_test_the_brand_commissioned_pays_a_lab_not_the_host(note, hidden_ad):
    line = "It's really quiet at night, the lab test shows it, I sleep right next to it."
    assert bool(of("undisclosed_endorsement", findings("US", line, [note]))) is hidden_ad


@pytest.mark.parametrize("market, line, note", [
    ("AE", "ما لي أي علاقة بالشركة، بس حبيت العطر وقلت أنصحكم فيه.", "[المقدم هو مالك الشركة]"),
    ("TW", "我跟這家咖啡品牌完全沒有關係，單純覺得好喝。", "[主播是該品牌的股東]"),
    ("MY", "我和这个牌子一点关系都没有，只是觉得好用。", "[主播是品牌合伙人]"),
    ("US", "I've got no connection to this brand, I just love the serum.", "[The host is a shareholder in the brand]"),
    ("KR", "광고 아니에요, 그냥 제가 좋아서 소개하는 거예요.", "[브랜드 유료 광고, 화면 표시 없음]"),
])
def test_a_tie_the_line_denies_over_notes_that_state_it_is_a_hidden_ad(market, line, note):
    assert of("undisclosed_endorsement", findings(market, line, [note]))
    assert not of("undisclosed_endorsement", findings(market, line))
