"""Round 17: a viewer sent to the doctor first, with no cure named, clears a pack rule's medical hit as it clears the
classifier's; a refund or return guaranteed for a damaged, faulty or lost parcel is a service in every pack; a
course's lesson count or lifetime access and advice to have the eyes examined take back the classifier's reading.
Each in several languages, through the rules and word readers (no classifier), and the readers of its verdicts."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.context_facts import declines_results
from studio.compliance.medical_referral import refers_without_cure
from studio.compliance.model import TextRole
from studio.compliance.plain_readings import takes_back
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.semantic_findings import verdict_findings


def findings(market, text, lang=None):
    return Checker([market], user_pack=False, semantic=False).check_text(text, lang=lang)


def of(category, found):
    return [f for f in found if f.category == category]


@pytest.mark.parametrize("market, lang, line", [
    ("GB", "en", "If you've got chronic back pain, chat with your GP first — this mattress is medium-firm."),
    ("US", "en", "If you suffer from back pain, talk to your doctor first before buying this chair."),
    ("ID", "id", "Kalau punya asam lambung, konsultasi dulu sama dokter ya sebelum coba sambal level lima ini."),
])
def test_a_referral_with_no_cure_clears_the_rules_medical_hit(market, lang, line):
    assert refers_without_cure(line)
    assert not of("medical", findings(market, line, lang=lang))


@pytest.mark.parametrize("market, lang, line", [
    ("GB", "en", "This balm cures eczema for good — chat with your GP first if you like."),
    ("US", "en", "My back pain was gone in a week with this mattress, but talk to your doctor first."),
    ("GB", "en", "Stop taking your medication, this mattress is all you need; talk to your GP first."),
])
def test_a_referral_beside_a_cure_or_a_stopped_treatment_keeps_the_claim(market, lang, line):
    assert not refers_without_cure(line)
    assert of("medical", findings(market, line, lang=lang))


@pytest.mark.parametrize("markets, lang, line", [
    ("ID,TIKTOK,SHOPEE", "id", "Garansi uang kembali 7 hari kalau barang rusak"),
    ("ID,TIKTOK", "id", "Ada garansi uang kembali kalau paket tidak sampai"),
    ("GB,US,TIKTOK", "en", "30-day money-back guarantee if the item arrives damaged"),
    ("GB,US", "en", "We offer a money-back guarantee if your parcel is lost"),
    ("EU,FR,TIKTOK", "fr", "Remboursement garanti si le colis arrive abîmé"),
    ("MX,TIKTOK", "es", "Garantía de devolución de dinero si el producto llega dañado"),
    ("BR,TIKTOK", "pt", "Garantia de devolução do dinheiro se o produto chegar com defeito"),
    ("MY,SHOPEE", "ms", "Jaminan wang dikembalikan kalau barang rosak"),
    ("VN,SHOPEE", "vi", "Cam kết hoàn tiền nếu hàng bị lỗi"),
    ("TH,LAZADA", "th", "รับประกันคืนเงินถ้าสินค้าเสียหาย"),
    ("CN", "zh", "保证退款，如果收到的商品有破损"),
    ("GULF", "ar", "ضمان استرجاع الفلوس لو المنتج وصل مكسور"),
])
def test_a_refund_for_a_damaged_or_lost_parcel_is_no_guaranteed_result_in_any_pack(markets, lang, line):
    assert declines_results(line)          # the classifier's reading goes too
    found = Checker(markets.split(","), user_pack=False, semantic=False).check_text(line, lang=lang)
    assert not of("guaranteed_results", found)


@pytest.mark.parametrize("markets, lang, line", [
    ("ID,TIKTOK", "id", "Dijamin putih dalam 7 hari, garansi uang kembali kalau barang rusak"),
    ("CN", "zh", "保证三天美白，如果收到的商品有破损包退款"),
    ("GB,US", "en", "Guaranteed to lose 5 kg in 30 days, money-back guarantee if the parcel is lost"),
])
def test_a_promised_result_beside_the_refund_is_still_guaranteed(markets, lang, line):
    assert not declines_results(line)
    found = Checker(markets.split(","), user_pack=False, semantic=False).check_text(line, lang=lang)
    assert of("guaranteed_results", found)


@pytest.mark.parametrize("category, line, plain", [
    ("guaranteed_results", "The guitar course has 30 lessons and lifetime access.", True),
    ("guaranteed_results", "온라인 피아노 강의는 총 24강이고 평생 소장 가능해요.", True),
    ("guaranteed_results", "El curso tiene 20 lecciones y acceso de por vida.", True),
    ("guaranteed_results", "O curso tem 40 aulas e acesso vitalício.", True),
    ("guaranteed_results", "这门课一共24节，永久回看。", True),
    ("guaranteed_results", "Yung online course, 20 lessons, pwede niyong balikan anytime.", True),
    ("guaranteed_results", "Guitar course with 30 lessons, guaranteed to play like a pro in 30 days.", False),
    ("guaranteed_results", "24강 완강하면 취업 보장해 드려요.", False),
    ("disparagement", "콘택트렌즈는 안과 검진 받으시고 도수 맞춰서 구매하세요.", True),
    ("disparagement", "Get an eye exam before ordering contact lenses.", True),
    ("disparagement", "Faça um exame de vista antes de comprar suas lentes de contato.", True),
    ("disparagement", "ไปตรวจสายตาก่อนซื้อคอนแทคเลนส์นะคะ", True),
    ("disparagement", "Unlike those fake lenses online, ours are safe — get an eye exam first.", False),
    ("medical", "Get an eye exam before ordering contact lenses.", False),
])
def test_a_course_outline_or_eye_exam_advice_takes_back_the_classifier_reading(category, line, plain):
    assert takes_back(category, line) is plain
    verdict = ClaimVerdict(category=category, score=0.9, top_category=category, similar_to="x")
    policies = Checker(["US", "KR", "BR", "TH", "CN", "PH", "MX"], user_pack=False, semantic=False)._category_policies
    assert bool(verdict_findings(line, verdict, policies, {}, "", TextRole.SPOKEN)) is not plain
