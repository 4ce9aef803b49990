"""Round 18 (generalisation, from the DEV probe tests/compliance/data/probe18.jsonl): kinds in product areas no folded
set had (car seats, projectors, diapers, yarn and knitting courses, tyres, insoles, wallpaper, chess classes), each
in several languages, through the rules and word readers (no classifier) or the notes readers themselves:
a course's job, wage or title guaranteed in words (ko, de, fr, ms, tl guarantee words; a title won); a rival named
by its brand with a charge of junk or harm; a sacred image on a diaper or a doormat; a fast called a starvation diet;
"found it myself, no deal with anyone" over notes that the host holds shares; notes that no shop ever sold at the
reference price; and the hard negatives the probe showed (a Thai warranty of a term, "hạn sử dụng tốt nhất", a
Vietnamese or Thai referral to the doctor first, a Gulf "مو دواء", a shop-scoped best seller the shop's dashboard
backs, a code that expires on a named day, a Tagalog stock limit the notes confirm)."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.deals import Fact, notes_fact
from studio.compliance.disparagement import named_rival
from studio.compliance.plain_readings import takes_back


def findings(market, text, notes=(), lang=None):
    return Checker([market], user_pack=False, semantic=False).check_text(text, lang=lang, notes=list(notes))


def of(category, found):
    return [f for f in found if f.category == category]


@pytest.mark.parametrize("market, lang, line", [
    ("KR", "ko", "이 코딩 부트캠프 끝나면 취업 보장해 드려요."),
    ("KR", "ko", "수강생 전원 취업 보장해 드립니다."),
    ("DE", "de", "Mit unserem Strickkurs verdient ihr garantiert 2.000 Euro im Monat."),
    ("FR", "fr", "Avec notre formation, vous trouvez un emploi garanti en six mois."),
    ("ID", "id", "Daftarkan anak ke akademi catur kami, dijamin juara provinsi tahun ini."),
    ("TH", "th", "ส่งลูกมาเรียนหมากรุกกับเรา รับประกันได้แชมป์จังหวัดปีนี้แน่นอน"),
    ("EG", "ar", "سجل ابنك في أكاديمية الشطرنج عندنا ومضمون ياخد بطولة المحافظة السنة دي."),
])
def test_a_job_a_wage_or_a_title_guaranteed_in_words_is_a_guaranteed_result(market, lang, line):
    assert of("guaranteed_results", findings(market, line, lang=lang))


@pytest.mark.parametrize("market, lang, line", [
    ("KR", "ko", "정품 보장해 드려요, 걱정 마세요."),
    ("FR", "fr", "Livraison garantie en 48 h."),
    ("TH", "th", "รับประกันโปรเจคเตอร์สองปี หลอดเสียเปลี่ยนให้"),
    ("VN", "vi", "Khóa đan len có 24 bài, xem lại trọn đời, học theo tốc độ của mình."),
])
def test_authenticity_delivery_a_warranty_or_a_course_outline_promises_no_result(market, lang, line):
    assert not of("guaranteed_results", findings(market, line, lang=lang))


def test_a_thai_warranty_does_not_cover_a_slimming_promise():
    assert of("guaranteed_results", findings("TH", "รับประกันผอมลง5กิโลใน2เดือน", lang="th"))


def test_a_vietnamese_course_outline_takes_back_the_classifiers_guarantee_reading():
    assert takes_back("guaranteed_results", "Khóa đan len có 24 bài, xem lại trọn đời")
    assert not takes_back("guaranteed_results", "Khóa đan len 24 bài, cam kết thu nhập 10 triệu mỗi tháng")


@pytest.mark.parametrize("market, lang, line", [
    ("VN", "vi", "Máy chiếu Epson là đồ rác, dùng một tuần là hỏng, phí tiền."),
    ("VN", "vi", "Nồi chiên Philips dùng lâu là bị ung thư đó mọi người."),
    ("TH", "th", "โปรเจคเตอร์ Epson มันขยะ ใช้อาทิตย์เดียวพัง เสียเงินเปล่า"),
    ("TW", "zh", "幫寶適的尿布會漏又會讓寶寶長疹子，所以才要用我們的。"),
    ("SA", "ar", "لا تشترون كراسي جوناتان، تنكسر مع أي صدمة، حقتنا أقوى."),
])
def test_a_rival_named_with_junk_or_a_health_scare_is_disparagement(market, lang, line):
    assert of("disparagement", findings(market, line, lang=lang))


@pytest.mark.parametrize("line", [
    "Our Philips air fryer never burns your food, honestly.",
    "Nồi chiên Philips không gây ung thư đâu nhé.",
    "Paid partnership with Glow Recipe, they sent me everything.",
    "I love it. The Dyson is great too, same suction.",
])
def test_a_brand_named_without_a_charge_or_with_a_charge_taken_back_runs_no_one_down(line):
    assert not named_rival("vi" if "Nồi" in line else "en").reads(line)


@pytest.mark.parametrize("market, lang, line", [
    ("VN", "vi", "Bỉm in hình Đức Phật, dễ thương ghê, mặc cho bé đi."),
    ("AE", "ar", "حفاضات مطبوع عليها آيات قرآنية، شكلها حلو على البيبي."),
    ("GB", "en", "Cute Buddha print doormat, 20% off tonight."),
    ("AR", "es", "El Ramadán es una dieta de hambre para fanáticos, jaja, comé con nosotros."),
    ("BR", "pt", "O Ramadã é só uma dieta da fome pra fanático, kkk, come com a gente."),
    ("EG", "ar", "الصيام ده مجرد رجيم جوع للمتشددين، هههه، كلوا معايا."),
    ("AU", "en", "Ramadan fasting is just a fancy starve diet, lol, snack along with me instead."),
    ("TH", "th", "ใส่บาตรตอนเช้าเป็นเรื่องงมงาย เอาเงินมาซื้อโปรเจคเตอร์ดีกว่า 555"),
])
def test_a_sacred_image_on_a_diaper_or_a_fast_mocked_is_cultural(market, lang, line):
    assert of("cultural_sensitivity", findings(market, line, lang=lang))


@pytest.mark.parametrize("market, lang, line", [
    ("SA", "ar", "الحمد لله الحفاضات وصلت، والله جودتها ممتازة."),
    ("ID", "id", "Insya Allah popoknya sampai besok ya bun."),
    ("VN", "vi", "Đồ cúng rằm tháng bảy giảm 10% cả nhà ơi."),
    ("US", "en", "Football fanatics, this jersey is 20% off for the final."),
])
def test_a_blessing_a_feast_offer_or_a_fan_is_no_cultural_finding(market, lang, line):
    assert not of("cultural_sensitivity", findings(market, line, lang=lang))


@pytest.mark.parametrize("market, lang, line, note", [
    ("SG", "zh", "我自己挖到的投影仪，跟谁都没有合作。", "主播持有这家投影仪公司的股份。"),
    ("AR", "es", "Lo encontré yo solita este proyector, no tengo trato con nadie.", "La anfitriona es socia de la empresa del proyector."),
    ("BR", "pt", "Achei esse projetor sozinha, não tenho parceria com ninguém.", "A apresentadora é sócia da empresa do projetor."),
    ("ID", "id", "Proyektor ini aku nemu sendiri, nggak ada kerja sama sama siapa pun.", "Host pemegang saham perusahaan proyektor."),
    ("TH", "th", "โปรเจคเตอร์นี้เจอเองเลย ไม่ได้ร่วมงานกับใคร", "พิธีกรถือหุ้นในบริษัทโปรเจคเตอร์"),
    ("VN", "vi", "Máy chiếu này em tự tìm ra, không hợp tác với ai hết.", "Host là cổ đông công ty máy chiếu."),
    ("EG", "ar", "البروجكتر ده أنا لقيته بنفسي، ومليش أي اتفاق مع حد.", "المذيعة شريكة في شركة البروجكتر."),
])
def test_found_it_myself_over_notes_that_the_host_holds_shares_is_a_hidden_tie(market, lang, line, note):
    assert of("undisclosed_endorsement", findings(market, line, [note], lang=lang))
    assert not of("undisclosed_endorsement", findings(market, line, lang=lang)), "without notes, no finding"


@pytest.mark.parametrize("note", [
    "No retailer has ever sold it at $499; usual price $99-$110.",
    "没有任何渠道卖过RM499，平常价格RM99到RM110。",
    "Ningún comercio lo vendió nunca a 90 mil; precio habitual 18 a 20 mil.",
    "ไม่เคยมีร้านไหนขาย 4,990 ราคาปกติ 990-1,050 บาท",
    "Không cửa hàng nào từng bán 5 triệu; giá thường 990 nghìn - 1,05 triệu.",
])
def test_notes_that_no_shop_ever_sold_at_the_reference_price_make_it_false(note):
    assert notes_fact("fake_discount", [note]) is Fact.FALSE


@pytest.mark.parametrize("market, lang, line, notes", [
    ("US", "en", "Ten percent off with code KNIT10 until Sunday, that's a real deadline.",
     ["Code expires Sunday 23:59; regular price unchanged for 3 months."]),
    ("PH", "tl", "Tatlong stroller na lang na blue, tapos ubos na!", ["Kumpirmadong stock: 3; phase out ang kulay."]),
    ("VN", "vi", "Xem hạn sử dụng tốt nhất trên nắp bột nấm nha, tháng 6 năm 2027.", []),
    ("VN", "vi", "Bỉm bán chạy nhất shop tuần này, số liệu từ trang quản lý shop.",
     ["Bảng điều khiển shop: số 1 doanh số trong shop tuần này."]),
    ("VN", "vi", "Ai bị viêm cân gan chân thì đi khám bác sĩ trước nha, lót giày chỉ để đi êm.", []),
    ("TH", "th", "ใครเป็นรองช้ำ ไปหาหมอก่อนนะคะ แผ่นรองเท้านี้แค่ใส่สบาย", []),
    ("SA", "ar", "كبسولات الفطر مكمل غذائي مو دواء، وما تعالج أي مرض.", []),
])
def test_the_probes_hard_negatives_are_no_finding(market, lang, line, notes):
    found = [f for f in findings(market, line, notes, lang=lang) if f.severity.value in ("warn", "block")]
    assert not found, found


def test_a_price_unchanged_for_weeks_still_contradicts_today_only():
    assert notes_fact("false_urgency", ["Price unchanged for 6 weeks."]) is Fact.FALSE


@pytest.mark.parametrize("line", ["Rosé Wine Face Mist", "Glow Collagen Drink, Beef Tallow Balm"])
def test_a_product_name_in_title_case_or_a_charge_of_another_language_names_no_rival(line):
    assert not named_rival("en").reads(line)
