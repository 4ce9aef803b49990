"""Deal claims read with the producer notes (studio.compliance.deals), rules reading notes,
denied questions, Arabic digits and marks, the Gulf medical rule, and `studio check` saying
when the semantic check is off. Rules only (semantic=False) unless a test needs the encoder:
the deal check reads notes without the classifier."""

import json

import pytest

from studio.cli.main import main as studio
from studio.compliance import Checker, RuleSeverity
from studio.compliance.deals import Fact, deal_span, notes_fact
from studio.compliance.normalize import encoder_text, normalize
from studio.compliance.packs import semantic_policy
from studio.compliance.semantic import SemanticUnavailable


def findings(market, text, notes=(), lang=None):
    return Checker([market], user_pack=False, semantic=False).check_text(text, lang, notes=notes)


def of(category, found):
    return [f for f in found if f.category == category]


@pytest.mark.parametrize("market, text, notes, category", [
    ("US", "Was $199, now just $39!", ["[$199 never charged]"], "fake_discount"),
    ("DE", "Statt 149 € nur 29 €!", ["[149 € nie verlangt; UVP erfunden]"], "fake_discount"),
    ("TH", "ราคาปกติ 1,590 วันนี้เหลือ 290!", ["[ไม่เคยขายที่ราคา 1,590]"], "fake_discount"),
    ("SA", "السعر الأصلي ٩٩٩ ريال، اليوم بـ ١٤٩ بس!", ["[لم يُبع أبداً بسعر ٩٩٩]"], "fake_discount"),
    ("CN", "只剩最后5单了！手慢无！", ["【库存充足，约3000件】"], "false_urgency"),
    ("KR", "마감 임박! 딱 3개 남았어요, 서두르세요!", ["[재고 3,000개; '3개 남음' 멘트는 대본]"], "false_urgency"),
    ("VN", "Chỉ còn 2 phút nữa là hết deal, chốt đơn lẹ đi!", ["[countdown resets every segment]"], "false_urgency"),
])
def test_notes_that_say_the_deal_is_false_make_it_a_blocking_finding(market, text, notes, category):
    hits = of(category, findings(market, text, notes))
    assert hits and all(f.severity is RuleSeverity.BLOCK for f in hits)
    assert hits[0].source and hits[0].suggestion and hits[0].matched.strip()


def test_the_whole_reference_price_is_the_span():
    [f] = of("fake_discount", findings("US", "Was $199, now just $39!", ["[$199 never charged]"]))
    assert f.matched == "Was $199"


@pytest.mark.parametrize("market, text, notes", [
    ("GB", "Hurry, only 2 left in stock!", ["[end of line: 2 units genuinely left in stock]"]),
    ("DE", "Nur noch 5 Minuten, dann ist das Angebot vorbei!", ["[Angebot endet wirklich um 21 Uhr, bestätigt]"]),
    ("MX", "Precio regular $1,299, hoy se los dejo en $399", ["[vendido a $1,299 durante los últimos 4 meses]"]),
])
def test_notes_that_say_the_deal_is_real_clear_rule_findings(market, text, notes):
    assert not of("false_urgency", findings(market, text, notes)) and not of("fake_discount", findings(market, text, notes))


def test_rules_read_the_notes_of_the_line_before():
    found = Checker(["GB"], user_pack=False, semantic=False).check_lines(
        "[end of line: 2 units genuinely left in stock]\nHurry, only 2 left in stock!")
    assert not [f for f in found if f.severity is not RuleSeverity.INFO]


def test_silent_notes_warn_only_where_the_market_blocks_the_category():
    [f] = of("fake_discount", findings("DE", "Statt 149 € nur 29 €!"))
    assert f.severity is RuleSeverity.WARN and "98/6/EC" in f.source
    assert not of("fake_discount", findings("US", "Statt 149 € nur 29 €!"))


def test_notes_about_something_else_say_nothing_about_a_deal():
    assert notes_fact("false_urgency", ["[paid partnership, verified by legal]"]) is Fact.SILENT
    assert notes_fact("fake_discount", ["[warehouse stock: 4,800 units]"]) is Fact.SILENT
    assert notes_fact("false_urgency", ["[warehouse stock: 4,800 units]"]) is Fact.FALSE
    assert notes_fact("false_urgency", ["[stok tersisa 2 pcs, dicek langsung di sistem]"]) is Fact.TRUE


def test_a_line_that_admits_the_price_was_never_charged_blocks_without_notes():
    text = "Ignore the 'was $200' sticker, we never actually sold it at that, $49 tonight!"
    assert any(f.severity is RuleSeverity.BLOCK for f in of("fake_discount", findings("US", text)))


@pytest.mark.parametrize("text", ["Does this cure acne? No, it doesn't.", "will it cure your eczema? nope, it's a moisturizer",
                                  "Can this treat psoriasis? Absolutely not."])
def test_a_claim_asked_and_denied_is_not_a_claim(text):
    assert not findings("US", text, lang="en")


def test_a_claim_asked_and_confirmed_is_still_a_claim():
    assert [f.rule_id for f in findings("US", "Does this cure acne? Yes it does!", lang="en")] == ["us.disease-claim"]
    assert findings("CN", "这个能治好湿疹吗？能！", lang="zh")
    assert not findings("CN", "这个能治好湿疹吗？不能，它只是保湿", lang="zh")


def test_the_gulf_stops_a_cure_claim_without_the_encoder():
    [f] = findings("AE", "هذا الكريم يشفي الصدفية", lang="ar")
    assert f.rule_id == "gulf.medical-claim" and f.severity is RuleSeverity.BLOCK
    assert not findings("AE", "هذا الكريم ليس علاجا للصدفية", lang="ar")


def test_arabic_indic_digits_marks_and_tatweel_normalize():
    assert normalize("خصم ٧٠٪ قبل ٨٠٠ درهم").text == "خصم 70% قبل 800 درهم"
    assert normalize("ลด ๕๐%").text == "ลด 50%"
    assert encoder_text("هذا الكريـــم يَشفي الصّدفيّة ٣") == "هذا الكريم يشفي الصدفية 3"
    assert encoder_text("這款眼霜") == "这款眼霜"


def test_markets_block_guaranteed_results_and_hidden_ads():
    policy = semantic_policy(["US", "GB", "DE", "CN", "ID", "JP"], user_pack=False)
    for market in policy:
        assert policy[market]["guaranteed_results"].severity is RuleSeverity.BLOCK
        assert policy[market]["undisclosed_endorsement"].severity is RuleSeverity.BLOCK


def test_check_says_when_the_semantic_check_is_off(monkeypatch, capsys):
    def unavailable():
        raise SemanticUnavailable("no encoder model in /models (studio models import multilingual-e5-small PATH)")

    monkeypatch.setattr("studio.compliance.checker.shared_classifier", unavailable)
    assert studio(["check", "--text", "Hydrating serum for dry skin", "--market", "US", "--format", "json"]) == 0
    out = capsys.readouterr()
    report = json.loads(out.out)
    assert report["semantic"] == {"on": False, "notice": report["semantic"]["notice"]}
    assert "semantic claim check off" in report["semantic"]["notice"] and "semantic claim check off" in out.err
    studio(["check", "--text", "Hydrating serum for dry skin", "--market", "US"])
    assert "semantic claim check off" in capsys.readouterr().err


def test_a_denied_sponsorship_is_not_a_disclosure():
    from studio.compliance.disclosure import says_disclosure

    assert says_disclosure("#ad, this is a paid partnership with the brand, but my opinions are honest")
    assert not says_disclosure("This is not sponsored, I bought it myself")
    assert not says_disclosure("这不是广告，我没有收钱")
    assert not says_disclosure("هذا مو إعلان")


def test_a_price_history_disclosure_is_not_urgency():
    for market, text, lang in [("ES", "Ahora 29,90 y el precio más bajo de los últimos 30 días era 39,90", "es"),
                               ("PT", "O menor preço dos últimos 30 dias foi R$ 49", "pt")]:
        assert not findings(market, text, lang=lang)
    assert of("false_urgency", findings("ES", "¡Últimas 3 unidades!", lang="es"))


def test_a_line_that_discloses_is_not_read_as_a_hidden_ad():
    from studio.compliance.semantic import shared_classifier

    try:
        shared_classifier()
    except SemanticUnavailable as exc:
        pytest.skip(f"no sentence encoder here: {exc}")
    checker = Checker(["GB", "US"], user_pack=False)
    assert not checker.check_text("#ad, this is a paid partnership with the brand, but these are my honest thoughts", "en")
    hidden = checker.check_text("This is not sponsored, I just love it", "en", notes=["[paid partnership with Lumi]"])
    assert [f.category for f in hidden] and {f.category for f in hidden} == {"undisclosed_endorsement"}


@pytest.mark.parametrize("market, text, notes", [
    ("CN", "色号03是这个系列里最深的，黄皮姐妹慎选", []),
    ("CN", "这款保温杯是我们店这个月卖得最多的", ["【店铺后台数据，仅限本店内比较】"]),
    ("ID", "Sepatu ini paling laris di toko kami minggu ini", []),
    ("TH", "กระเป๋ารุ่นนี้ขายดีที่สุดในร้านเราเดือนนี้ค่ะ", []),
])
def test_a_superlative_scoped_to_the_shop_or_range_is_not_absolute(market, text, notes):
    assert not of("absolute_superlative", findings(market, text, notes))


@pytest.mark.parametrize("market, text", [("CN", "全网最好用的口红，本店独家"), ("VN", "Kem tốt nhất thế giới, chỉ có trong shop mình"),
                                          ("CN", "全网最好用的口红")])
def test_a_superlative_beyond_the_shop_stays_absolute(market, text):
    assert of("absolute_superlative", findings(market, text))


def test_a_line_that_points_at_the_price_history_is_not_a_fake_discount():
    assert notes_fact("fake_discount", [], "List price $49.99, deal $34.99, check the price history") is Fact.TRUE


def test_the_gulf_flags_clothes_sold_by_what_they_reveal():
    [f] = of("cultural_sensitivity", findings("SA", "فستان سهرة قصير ومكشوف، البسيه في الشارع", lang="ar"))
    assert f.rule_id == "gulf.immodest-framing"
    assert not findings("AE", "عباية واسعة وساترة، قماش كريب بارد للصيف", lang="ar")
    assert not findings("US", "Short and tight party dress, show off everything tonight", lang="en")


@pytest.mark.parametrize("notes, line", [
    # a timer that does not repeat, in the words producers use
    (["[intro price ends 22:00; the countdown won't reset]"], "Ten minutes left on the clock, then it's gone!"),
    (["[promo berakhir jam 21.00; countdown tidak akan diulang]"], "Countdown 5 menit lagi, habis itu naik!"),
    (["【秒杀价到22点结束，倒计时不重复】"], "倒计时5分钟，结束就恢复原价！"),
    (["[عرض الافتتاح ينتهي الساعة ١٠؛ العداد ما يتكرر]"], "باقي خمس دقائق وبعدها يرتفع السعر!"),
    # the price returns to a stated amount at a stated time
    (["[oferta válida hasta el domingo; el lunes pasa a 59 €, cambio programado]"], "¡Solo este fin de semana!"),
    (["[opening price; after 21:00 it returns to $49]"], "Tonight only at this price!"),
    # the shop's system shows the very count the line says (or a low count, for a line without one)
    (["[run of 80 jars; system shows 2 left]"], "Only 2 jars left, grab one!"),
    (["[edición de 120; el sistema marca 6 disponibles]"], "¡Corran, que vuelan!"),
    (["[المخزون الفعلي ٤ قطع؛ لن يعاد إنتاجه]"], "باقي ٤ قطع بس!"),
])
def test_notes_that_show_the_urgency_is_real(notes, line):
    assert notes_fact("false_urgency", notes, line) is Fact.TRUE


@pytest.mark.parametrize("notes, line", [
    (["[the on-screen counter is a fixed sticker; backend shows 4 active carts]"], "150 people have this in their cart now, hurry!"),
    (["[số 500 là ảnh dán; hệ thống có 7 người đang thanh toán]"], "500 người đang chốt đơn, lẹ lên!"),
    (["[countdown starts again whenever it hits zero]"], "Two minutes on the timer, then the price goes up!"),
    (["[同一个限时价已经连续卖了15天]"], "只有今天这个价，明天恢复原价！"),
])
def test_notes_that_show_the_urgency_is_invented(notes, line):
    assert notes_fact("false_urgency", notes, line) is Fact.FALSE


def test_a_limited_run_named_before_its_size_is_not_warehouse_stock():
    assert notes_fact("false_urgency", ["[limitierte Auflage, 300 Stück; System zeigt 3]"], "Nur noch 3!") is Fact.TRUE


@pytest.mark.parametrize("market, lang, line, urgent", [
    ("PT", "pt", "Uso estas lentes há seis meses e nunca mais quis outras.", False),
    ("ES", "es", "Lo probé una vez y nunca más usé otro champú.", False),
    ("BR", "pt", "Esse preço nunca mais, gente, é agora!", True),
    ("ES", "es", "¡Este precio nunca más, aprovechad!", True),
])
def test_never_again_is_urgency_only_about_the_deal(market, lang, line, urgent):
    """'nunca mais quis outras' (never wanted another since) is a testimonial, not a countdown."""
    assert (deal_span("false_urgency", line) is not None) is urgent
