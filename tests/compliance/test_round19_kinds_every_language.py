"""Round 19 (generalisation, second DEV probe tests/compliance/data/probe19.jsonl: helmets, dashcams, aquarium filters,
cat litter, fishing courses, aligners, bird's nest drinks, hearing amplifiers, said the way hosts talk): the kinds it
showed, each in several languages, through the rules and word readers (no classifier) or the notes readers:
a code whose deadline the notes confirm beside a list price that has not moved; safety said as a superlative over
the world, all time or a country (an objective claim in every market, where "best" alone stays puffery in the
markets whose superlatives are off); an Arabic "first in Saudi"; a result guaranteed by a span said in words, by
"8주면" or by the first outing; a Latin brand at the head of a Cantonese line or after a Vietnamese line's first
word, called junk; "la encontré yo", "fui eu que descobri", "لقيتها لحالي" over notes of shares, and "没人给我钱"
or "không ai trả tiền" over notes of a fee per stream; feasts mocked in their own register; a Korean or Cantonese
"cures no disease"; notes in Cantonese or Arabic that the deal comes round again; "ninguna tienda", "ไม่มีร้านไหน"."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.deals import Fact, notes_fact
from studio.compliance.disparagement import named_rival


def findings(market, text, notes=(), lang=None, semantic=False):
    return Checker([market], user_pack=False, semantic=semantic).check_text(text, lang=lang, notes=list(notes))


def of(category, found):
    return [f for f in found if f.category == category and getattr(f.severity, "value", f.severity) in ("warn", "block")]


@pytest.mark.parametrize("line, note", [
    ("Code REEL15 takes fifteen percent off, it expires Sunday at midnight, actually expires.",
     "Code expires Sunday 23:59; the list price unchanged for three months."),
    ("Pake kode MANCING15 diskon 15 %, berakhir Minggu jam 12 malam, beneran berakhir.",
     "Kode berakhir Minggu 23:59; harga normal tidak berubah tiga bulan."),
    ("ใช้โค้ด FISH15 ลด 15 % หมดเขตวันอาทิตย์เที่ยงคืน หมดจริงค่ะ", "โค้ดหมดอายุวันอาทิตย์ 23:59 ราคาปกติไม่เปลี่ยนสามเดือน"),
    ("Mit dem Code ANGEL15 gibt es 15 % Rabatt, gültig bis Sonntag 23:59 Uhr.",
     "Code gilt bis Sonntag 23:59; Listenpreis seit drei Monaten unverändert."),
    ("Guna kod PANCING15 dapat 15 % diskaun, tamat Ahad pukul 11.59 malam.", "Kod tamat Ahad 23:59; harga senarai tak berubah tiga bulan."),
])
def test_a_list_price_that_has_not_moved_does_not_make_a_confirmed_deadline_false(line, note):
    assert notes_fact("false_urgency", [note], line) is not Fact.FALSE


def test_a_price_unchanged_for_weeks_still_makes_a_countdown_false():
    assert notes_fact("false_urgency", ["The price has not changed for weeks; the timer restarts."],
                      "The price goes back up in five minutes, hurry!") is Fact.FALSE


@pytest.mark.parametrize("market, lang, line", [
    ("US", "en", "Hands down this is the safest motorcycle helmet on the planet, nothing out there even comes close."),
    ("US", "en", "This is the safest car seat ever made, period."),
    ("MX", "es", "Este es el casco más seguro del mundo, no hay otro igual, punto."),
    ("EG", "ar", "دي أأمن خوذة موتوسيكل في العالم، مفيش زيها خالص"),
    ("SA", "ar", "كاميرا السيارة الأولى في السعودية، محد يبيع أكثر منا"),
])
def test_safety_as_a_superlative_over_the_world_or_a_first_place_in_a_country_is_a_finding(market, lang, line):
    assert of("absolute_superlative", findings(market, line, lang=lang))


@pytest.mark.parametrize("market, lang, line", [
    ("AU", "en", "Best aquarium filter in Australia, full stop, you won't find better anywhere."),
    ("AE", "ar", "أفضل فلتر أحواض سمك في الإمارات، ما بتلقى أحسن منه"),
    ("US", "en", "Honestly this is the safest-feeling helmet I've ever worn, I ride with it every weekend."),
    ("SA", "ar", "أول مرة في السعودية نعرض هالخوذة."),
])
def test_best_alone_first_person_taste_or_a_first_time_is_no_finding_where_superlatives_are_off(market, lang, line):
    assert not of("absolute_superlative", findings(market, line, lang=lang))


@pytest.mark.parametrize("market, lang, line", [
    ("HK", "zh", "報我哋嘅結他速成班，一個月包你可以喺婚禮度表演，唔得全數退錢"),
    ("TH", "th", "เรียนกีตาร์กับเราเดือนเดียว การันตีเล่นงานแต่งได้ ไม่ได้คืนเงินจ้า"),
    ("KR", "ko", "이 투명 교정 키트 8주면 치아가 완벽하게 가지런해져요, 보장해 드려요"),
    ("EG", "ar", "اشترك في كورس الصيد وأول طلعة هتصطاد تونة عشرين كيلو، مضمون، وإلا فلوسك ترجعلك"),
])
def test_a_result_guaranteed_by_a_span_in_words_or_by_the_first_outing_is_a_guaranteed_result(market, lang, line):
    assert of("guaranteed_results", findings(market, line, lang=lang))


def test_a_warranty_of_two_years_said_in_words_promises_no_result():
    assert not of("guaranteed_results", findings("ID", "Dashcam garansi dua tahun, layar mati kita ganti gratis.",
                                                 lang="id", semantic=True))


@pytest.mark.parametrize("lang, line", [
    ("zh", "Eheim嗰啲過濾器係垃圾，一個禮拜就搞死你啲魚"),
    ("vi", "Lọc Sobo là đồ dỏm, cá chết sạch trong một tuần"),
    ("th", "กรองของ Jebo มันขยะ ปลาตายหมดในอาทิตย์เดียว"),
])
def test_a_brand_at_the_head_of_an_uncased_line_or_after_the_first_word_run_down_is_named(lang, line):
    assert named_rival(lang).reads(line)


@pytest.mark.parametrize("lang, line", [
    ("vi", "Lọc này là đồ dỏm nếu bạn không thay lõi"),       # no brand: the first word is only a sentence's capital
    ("en", "Garbage bags are junk if you overfill them"),     # a line's first word is no brand in a cased script
    ("zh", "跟Eheim比，我们的过滤器每小时1200升，他们是1000升"),   # a brand and no charge
])
def test_a_sentence_capital_or_a_brand_without_a_charge_names_no_rival(lang, line):
    assert not named_rival(lang).reads(line)


@pytest.mark.parametrize("market, lang, line, note", [
    ("ES", "es", "Esta marca de alineadores la encontré yo, sin colaboración ni nada",
     "El presentador es accionista de la empresa de alineadores."),
    ("PT", "pt", "Esta marca de alinhadores fui eu que descobri, sem parceria nenhuma",
     "O apresentador é sócio da empresa de alinhadores."),
    ("JO", "ar", "ماركة التقويم هاي أنا لقيتها لحالي، ما في تعاون مع حدا", "المذيع بيملك أسهم بشركة التقويم."),
    ("CN", "zh", "这猫砂纯粹是我自己发现的，没人给我钱，不是广告哈", "猫砂品牌每场付主播五万元，未做任何广告标注。"),
    ("VN", "vi", "Không ai trả tiền cho tui hết, cát mèo này tui tự kiếm ra rồi mê luôn, không phải quảng cáo nha",
     "Hãng cát mèo trả host 30 triệu mỗi buổi live; không gắn nhãn quảng cáo."),
])
def test_found_it_myself_or_nobody_pays_me_over_notes_of_shares_or_a_fee_is_a_hidden_tie(market, lang, line, note):
    assert of("undisclosed_endorsement", findings(market, line, [note], lang=lang))


@pytest.mark.parametrize("market, lang, line", [
    ("HK", "zh", "盂蘭節燒衣紙真係好老土，迷信嚟㗎咋，哈哈"),
    ("TH", "th", "สารทจีนเผากระดาษเงินกระดาษทองมันงมงายไร้สาระ ซื้อเทียนหอมเราดีกว่าจ้า"),
    ("EG", "ar", "شم النسيم ده خرافات فراعنة وعبط، مين لسه بيصدق الكلام ده"),
    ("JO", "ar", "الصوم الكبير تمثيلية للمتدينين، أحسن تعوا عالتخييم"),
])
def test_a_feast_mocked_in_the_hosts_own_register_is_cultural(market, lang, line):
    assert of("cultural_sensitivity", findings(market, line, lang=lang))


@pytest.mark.parametrize("market, lang, line", [
    ("EG", "ar", "كل سنة وانتم طيبين بمناسبة شم النسيم، خصم على كل الخيم"),
    ("HK", "zh", "盂蘭節期間香薰蠟燭全部八五折"),
])
def test_a_feast_greeting_or_offer_is_no_cultural_finding(market, lang, line):
    assert not of("cultural_sensitivity", findings(market, line, lang=lang))


@pytest.mark.parametrize("market, lang, line", [
    ("KR", "ko", "이 음료는 식품이지 약이 아니에요, 어떤 병도 치료하지 않아요."),
    ("HK", "zh", "燕窝饮品係食品，唔係藥，唔可以治任何病。"),
])
def test_a_line_that_says_the_product_cures_no_disease_is_no_medical_claim(market, lang, line):
    assert not of("medical", findings(market, line, lang=lang, semantic=True))


@pytest.mark.parametrize("line, note", [
    ("今日最後一次咁平，以後都冇啦，行車記錄器最後機會！", "呢個優惠每兩個禮拜都有一次。"),
    ("بس اليوم، وما رح يرجع هالسعر أبداً، آخر فرصة عالداش كام!", "عرض الداش كام بيتكرر كل أسبوعين."),
])
def test_notes_that_the_deal_comes_round_again_make_a_last_chance_false(line, note):
    assert notes_fact("false_urgency", [note], line) is Fact.FALSE


@pytest.mark.parametrize("line, note", [
    ("Precio de lista 250 lucas, hoy para ustedes 45 lucas", "Ninguna tienda la vendió a 250.000; siempre estuvo entre 42.000 y 48.000."),
    ("ราคาเต็ม 3,500 วันนี้ไลฟ์นี้ 590 จ้า", "ไม่มีร้านไหนเคยขาย 3,500 ขายที่ 560-620 มาตลอด"),
])
def test_notes_that_no_shop_ever_sold_at_the_reference_price_make_it_false(line, note):
    assert notes_fact("fake_discount", [note], line) is Fact.FALSE
