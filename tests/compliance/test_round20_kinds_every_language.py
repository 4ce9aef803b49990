"""Round 20 (the kinds held-out set 22 showed, now DEV): each kind in several languages, through the rules and word
readers (no classifier), the notes readers, or the function that clears the classifier's reading:
a referral to a specialist with the product said to be for daily care only; a viewer's body insulted to sell with no
partner in the line (and a warning where the market's policy has the category off, the US); a marketplace's own
ranking named in the notes (lawful outside CN); festival decorations named with their feast; a plain "نتيجة مضمونة"
and a result due "خلال ليلة"; Gulf notes that the presenter owns the trademark; notes that deny any record of the
reference price; a "today only" the notes say runs all month; Eid's fasters called silly; a spec comparison with a
rival and the price gap in the notes."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.culture_topics import culture_topics
from studio.compliance.deals import Fact, notes_fact
from studio.compliance.disparagement import shames_body
from studio.compliance.festive_decor import decorates_feast
from studio.compliance.medical_referral import only_refers_to_doctor
from studio.compliance.plain_readings import takes_back


def findings(market, text, notes=(), lang=None, semantic=False):
    return Checker([market], user_pack=False, semantic=semantic).check_text(text, lang=lang, notes=list(notes))


def of(category, found):
    return [f for f in found if f.category == category and getattr(f.severity, "value", f.severity) in ("warn", "block")]


@pytest.mark.parametrize("line", [
    "If your gums keep bleeding, see the dentist first, this toothpaste is for daily care.",
    "لو اللثة بتنزف كتير، روح لدكتور الأسنان الأول، المعجون ده للنظافة اليومية بس.",
    "Wenn euch die Kopfhaut dauerhaft juckt, bitte mit der Hautärztin sprechen, das Shampoo ist für die tägliche Pflege.",
    "잇몸 출혈이 계속되면 치과 먼저 가보세요, 이 치약은 일상 관리용이에요.",
    "如果頭皮一直癢又脫屑，建議先去看醫生，這瓶洗髮精只是日常清潔用。",
    "Si les gencives saignent, voyez un dentiste, ce dentifrice est pour l'hygiène quotidienne.",
    "Kalau gusi terus berdarah, ke dokter gigi dulu ya, pasta gigi ini untuk perawatan sehari-hari.",
])
def test_a_specialist_for_the_symptom_and_the_product_for_daily_care_is_a_referral(line):
    assert only_refers_to_doctor(line)


@pytest.mark.parametrize("line", [
    "This toothpaste cures bleeding gums, see the dentist first if you like, it is for daily care.",
    "Dieses Shampoo ist für die tägliche Pflege.",
    "이 치약은 일상 관리용이에요.",
])
def test_daily_care_with_a_cure_or_without_a_specialist_is_no_referral(line):
    assert not only_refers_to_doctor(line)


@pytest.mark.parametrize("market, line", [
    ("BR", "Tá gordinha assim? Vergonha, hein, sobe nessa bike e para de ser feia."),
    ("VN", "Mập như vầy ra đường người ta cười cho, mua cái xe đạp tập này đi cho đỡ xấu hổ."),
    ("MY", "Ladies, if your belly jiggles like that, honestly nobody wants to see it, grab this slimming belt."),
])
def test_a_body_insulted_to_sell_is_cultural_without_a_partner(market, line):
    assert shames_body(line)
    assert of("cultural_sensitivity", findings(market, line))


def test_a_body_shamed_warns_where_the_policy_has_the_category_off():
    line = "Ladies, if your belly jiggles like that, honestly nobody wants to see it, hop on this e-bike and fix that gross body."
    found = of("cultural_sensitivity", findings("US", line, lang="en"))
    assert found and all(f.severity.value == "warn" for f in found)
    assert not of("cultural_sensitivity", findings("US", "Ladies, this e-bike tones your belly, see you on the trail!", lang="en"))


@pytest.mark.parametrize("line", [
    "Essa bike é uma vergonha de barata, gente, corre!",          # no body word
    "Bụng mỡ giảm rõ sau 4 tuần đạp xe.",                           # a body word alone: a slimming claim
])
def test_shame_or_a_body_word_alone_is_not_body_shaming(line):
    assert not shames_body(line)


@pytest.mark.parametrize("market, line, note, lang", [
    ("KR", "쿠팡 캠핑랜턴 카테고리 11월 판매 1위, 쿠팡 랭킹 기준이에요.", "쿠팡 캠핑랜턴 카테고리 2026년 11월 판매 1위.", "ko"),
    ("MY", "Power station paling laris di Shopee Malaysia bulan lepas, ikut ranking rasmi Shopee.",
     "Ranking Shopee MY, kategori power station, November 2026: No.1.", "ms"),
    ("BR", "Lanterna solar mais vendida da Shopee Brasil em novembro, segundo o ranking oficial da Shopee.",
     "Ranking Shopee Brasil, categoria iluminação solar, novembro 2026: 1º lugar.", "pt"),
    ("ID", "Lampu tenda nomor satu di Tokopedia bulan lalu, sesuai ranking resmi Tokopedia.",
     "Ranking Tokopedia kategori lampu tenda, November 2026: No.1.", "id"),
])
def test_a_marketplace_ranking_backed_by_the_notes_is_lawful_outside_cn(market, line, note, lang):
    assert not of("absolute_superlative", findings(market, line, [note], lang=lang))


def test_a_marketplace_ranking_stays_banned_in_cn():
    found = findings("CN", "天猫露营灯类目11月销量第一，天猫排名为准。", ["天猫露营灯类目 2026年11月 销量第一。"], lang="zh")
    assert of("absolute_superlative", found)


@pytest.mark.parametrize("line", [
    "Pour l'Aïd, guirlandes lune et étoile et lanternes dorées, tout est arrivé.",
    "Simbang Gabi na, kaya eto na ang mga parol at Christmas lights natin, sulit pang-dekorasyon.",
    "Eid lanterns and crescent garlands are back in stock, ladies.",
    "Đèn lồng Trung thu về rồi cả nhà ơi, trang trí cực xinh.",
    "中秋灯笼到货啦，挂在阳台很好看。",
    "فوانيس رمضان وزينة العيد وصلت.",
])
def test_festival_decorations_named_with_their_feast_mock_nothing(line):
    assert decorates_feast(line)


@pytest.mark.parametrize("line", [
    "开斋节那些人整个月饿肚子，傻傻的，还不如买我们的派对彩灯好好玩。",
    "Eid lanterns for your Muslim friends, and a bottle of wine for the party!",
    "Ramadan lanterns, lol, fasting all month is such a stupid idea.",
    "วางพระพุทธรูปไว้ที่พื้นข้างโคมไฟแบบนี้ก็เก๋ดีค่ะ เป็นของแต่งบ้าน",      # a Buddha as décor: a taboo of its own
    "Christmas lights around the statue of the Virgin Mary, so cute haha.",
])
def test_decorations_beside_a_taboo_or_a_mockery_are_no_plain_feast(line):
    assert not decorates_feast(line)


def test_eid_fasters_called_silly_is_mocking_the_feast():
    assert culture_topics().dismisses_worship("开斋节那些人整个月饿肚子，傻傻的，还不如买我们的派对彩灯好好玩。")
    assert not culture_topics().dismisses_worship("傻瓜相机拍开斋节灯笼也很好看。")


@pytest.mark.parametrize("market, line", [
    ("KW", "طارد الحشرات هذا يخلص البيت من الصراصير كلها خلال ليلة، نتيجة مضمونة."),
    ("SA", "هالكريم يفتح البشرة، نتيجة مضمونة."),
    ("US", "This serum fades dark spots, results guaranteed."),
    ("ID", "Serum ini memudarkan flek hitam, hasil dijamin."),
])
def test_a_result_called_guaranteed_is_a_guaranteed_result(market, line):
    assert of("guaranteed_results", findings(market, line))


@pytest.mark.parametrize("note", ["المقدّمة تملك العلامة التجارية.", "الماركة ملك المقدمة."])
def test_gulf_notes_that_the_presenter_owns_the_brand_make_a_denial_a_hidden_ad(note):
    found = findings("SA", "لقيت ماركة الأدوات المدرسية هذي بالصدفة، ما لي علاقة فيها.", [note], lang="ar")
    assert of("undisclosed_endorsement", found)


@pytest.mark.parametrize("line, note", [
    ("这套开学文具礼盒市值RM288，今天RM59带回家！", "礼盒单品合计零售约RM62，无RM288定价记录。"),
    ("Set alat tulis ini nilai pasaran RM288, hari ini RM59 sahaja!", "Tiada rekod harga RM288; harga runcit sekitar RM62."),
    ("This stationery box is worth $288, tonight $59!", "No record of a $288 price; the items retail for about $62."),
])
def test_notes_with_no_record_of_the_reference_price_make_the_discount_false(line, note):
    assert notes_fact("fake_discount", [note], line) is Fact.FALSE


@pytest.mark.parametrize("market, line, note", [
    ("VN", "Giá này chỉ trong phiên live hôm nay, mai lên giá gấp đôi, chốt lẹ!", "Giá này áp dụng cả tháng, live nào cũng vậy."),
    ("VN", "Chỉ có hôm nay thôi, ngày mai tăng giá nha cả nhà!", "Giá này áp dụng cả tháng."),
])
def test_a_today_only_the_notes_say_runs_all_month_is_false_urgency(market, line, note):
    found = of("false_urgency", findings(market, line, [note], lang="vi"))
    assert found and all(f.severity.value == "block" for f in found)


@pytest.mark.parametrize("line", [
    "Die Bosch-Säge hat etwas mehr Leistung, 800 gegen 710 Watt, unsere ist dafür 40 Euro günstiger.",
    "The Makita lamp gives 1200 vs 1000 lumens, but ours is $30 cheaper.",
    "La Bosch tiene 800 contra 710 vatios, la nuestra es 40 euros más barata.",
])
def test_a_spec_comparison_with_a_rival_is_no_reference_price(line):
    assert takes_back("fake_discount", line)


def test_a_rival_comparison_with_a_former_price_keeps_the_discount_reading():
    assert not takes_back("fake_discount", "Statt 199 Euro nur 159, 800 gegen 710 Watt, 40 Euro günstiger als Bosch.")


def test_notes_that_give_the_price_gap_to_a_rival_confirm_the_comparison():
    line = "Die Bosch-Säge hat etwas mehr Leistung, 800 gegen 710 Watt, unsere ist dafür 40 Euro günstiger."
    assert notes_fact("fake_discount", ["Datenblätter: 800 W vs 710 W; Preisdifferenz 40 Euro."], line) is Fact.TRUE
