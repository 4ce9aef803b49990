"""Words typed without accents, and the tea and coffee gear shelf of the kinds taxonomy.

Vietnamese typed without accents is read back with them (vi_accents.py) where the folded form is
unambiguous, identified as Vietnamese, and read by the intent rules; accent-free Spanish and Portuguese
kind words name their kind; a catalog named in Chinese (盖碗, 磨豆机, 滤纸, 电子秤, 手冲壶) is reached from
the buyers' words in other languages. Words only (no encoder)."""

from __future__ import annotations

import pytest

from studio.comments.understand.intent_rules import apply_rules
from studio.comments.understand.language_id import LanguageIdentifier
from studio.comments.understand.products import ProductMatcher, load_concepts
from studio.comments.understand.vi_accents import fold_vi, restore_accents
from studio.show import load_show


@pytest.mark.parametrize("typed, read", [
    ("cu sac 65w gia bao nhieu", "củ sạc 65w giá bao nhiêu"),
    ("may tinh co mang vao phong thi duoc khong", "máy tính có mang vào phong thì được không"),  # a phrase decides "may"
    ("lay op ip15 nha shop", "lấy ốp ip15 nha shop"),
    ("1 sac du phong", "1 sạc dự phòng"),
    ("lay 2 cuon so A5", "lấy 2 cuốn sổ A5"),        # the "A" of "A5" is no word
])
def test_vietnamese_typed_without_accents_is_read_with_them(typed, read):
    assert restore_accents(typed) == read
    assert fold_vi(read) == typed.lower()


@pytest.mark.parametrize("text", [
    "sổ bao nhiêu trang vậy shop",       # typed with accents: "trang" is a page, not "trắng" (white)
    "máy tính mắc quá",
])
def test_a_comment_typed_with_accents_is_left_as_written(text):
    assert restore_accents(text) == text


@pytest.mark.parametrize("text, lang", [
    ("but den x3", "vi"),
    ("cu sac 65w gia bao nhieu", "vi"),
    ("can dien tu do duoc 0.1g ko", "vi"),
    ("1 sac du phong", "vi"),
    ("but then it broke lol", "en"),
    ("quiero la bascula", "es"),
    ("quero o moedor", "pt"),
    ("kabel 2m 1 ya kak", "id"),
])
def test_unaccented_vietnamese_is_identified_and_other_languages_keep_theirs(text, lang):
    assert LanguageIdentifier().identify(text) == lang


@pytest.mark.parametrize("typed, intent", [
    ("cu sac 65w gia bao nhieu", "question"),
    ("day sac dai may met vay shop", "question"),
    ("em lay hop but nha", "buy"),
    ("lay op ip15 nha shop", "buy"),
    ("lấy màu gì vậy shop", "question"),        # "lấy" asked about is no order
    ("lấy 2 được không", "question"),
])
def test_intent_rules_read_the_restored_vietnamese(typed, intent):
    assert apply_rules(restore_accents(typed), "vi", "other", 0.5)[0] == intent


@pytest.mark.parametrize("text, concept", [
    ("quiero la bascula", "scale"),          # "báscula" typed without its accent
    ("a balanca e boa?", "scale"),
])
def test_kind_words_typed_without_accents_name_their_kind(text, concept):
    assert concept in load_concepts()[0].find(text)


def test_a_vietnamese_syllable_folded_onto_an_english_word_is_not_read():
    # "lồng" (a cage) folds to "long": one syllable is never read without its accents outside Vietnamese comments
    assert "pet cage" not in load_concepts()[0].find("Suction-cup Phone Holder, long arm")


def _matcher(tmp_path_factory, show_text: str) -> ProductMatcher:
    path = tmp_path_factory.mktemp("show") / "catalog.show.md"
    path.write_text(show_text, encoding="utf-8")
    return ProductMatcher(load_show(path), encoder=None)


TEA_BAR = """# 茶与咖啡器具专场
markets: SG, MY, TH, VN, SA, BR, MX, ID
language: zh
## Products
| sku | name | price |
|---|---|---|
| T-KETTLE | 手冲细口壶 600ml | 39.00 SGD |
| T-GRIND | 手摇磨豆机 | 59.00 SGD |
| T-SCALE | 咖啡电子秤 | 32.00 SGD |
| T-GAIWAN | 白瓷盖碗 | 28.00 SGD |
| T-FILTER | V60 滤纸 100张 | 9.00 SGD |
| T-POT | 紫砂茶壶 | 88.00 SGD |
"""


@pytest.fixture(scope="module")
def tea_bar(tmp_path_factory):
    return _matcher(tmp_path_factory, TEA_BAR)


@pytest.mark.parametrize("text, sku", [
    ("المطحنة تطحن ناعم للاسبريسو؟", "T-GRIND"),
    ("الجايوان الأبيض يجنن", "T-GAIWAN"),
    ("فلاتر الورق مقاس 02؟", "T-FILTER"),
    ("الابريق يصلح للقهوة المختصة؟", "T-KETTLE"),
    ("เครื่องบดดีมากค่ะ", "T-GRIND"),
    ("กระดาษกรอง สามกล่อง", "T-FILTER"),
    ("cối xay tay xay espresso được không", "T-GRIND"),
    ("giấy lọc 2 hộp nha", "T-FILTER"),
    ("chén khải trắng còn không shop", "T-GAIWAN"),
    ("gilingan kopinya bisa buat kopi tubruk?", "T-GRIND"),
    ("timbangan kopi ada baterainya?", "T-SCALE"),
    ("quero o moedor", "T-GRIND"),
    ("a chaleira bico de ganso é de inox?", "T-KETTLE"),
    ("quiero la bascula", "T-SCALE"),
    ("the gooseneck pours so nicely", "T-KETTLE"),
    ("2 boxes of filters", "T-FILTER"),
    ("这个秤我们店里也在用", "T-SCALE"),
    ("ấm trà này pha được mấy người", "T-POT"),
])
def test_tea_and_coffee_gear_named_in_chinese_is_reached_from_the_buyers_words(tea_bar, text, sku):
    assert tea_bar.match(text) == sku


@pytest.mark.parametrize("text", ["การจัดส่งกี่วันคะ", "filtro solar fps 50"])
def test_tea_gear_words_do_not_reach_into_everyday_words(tea_bar, text):
    assert tea_bar.match(text) is None


CABLES = """# Cable drop
markets: US, MX, BR, ID, TH, VN, SA, SG
language: en
## Products
| sku | name | price |
|---|---|---|
| C-1M | USB-C Braided Cable, 1 m | 7.90 USD |
| C-2M | USB-C Braided Cable, 2 m | 9.90 USD |
| SHIRT | Cotton Tee | 9.90 USD |
"""


@pytest.fixture(scope="module")
def cables(tmp_path_factory):
    return _matcher(tmp_path_factory, CABLES)


@pytest.mark.parametrize("text, sku", [
    ("2m cable price pls", "C-2M"),
    ("dos cables de 2 metros", "C-2M"),
    ("quanto ta o cabo de 1 metro?", "C-1M"),
    ("kabel yg 1 meter ready?", "C-1M"),
    ("1米的线要2条", "C-1M"),
    ("สาย1เมตร เอา2เส้น", "C-1M"),
    ("dây 2 mét còn không", "C-2M"),
    ("كم سعر الكيبل ٢ متر؟", "C-2M"),
    ("kam si3r el cable 2 metr?", "C-2M"),
])
def test_a_length_in_metres_tells_twin_cables_apart_in_every_language(cables, text, sku):
    assert cables.match(text) == sku


def test_a_capital_m_after_a_count_stays_a_size_and_a_tape_measure_is_no_length():
    from studio.comments.understand.measures import measures_in

    assert measures_in("quero 2 M") == {"size:m"}
    assert "2m" not in measures_in("ابغى ٢ متر قياس")


PHONE_AND_DESK = """# Phone and desk
markets: SA, AE, EG, TH, BR, KR
language: en
## Products
| sku | name | price |
|---|---|---|
| CASE-15 | Clear Case, iPhone 15 | 14.90 USD |
| CASE-15PM | Clear Case, iPhone 15 Pro Max | 16.90 USD |
| GEL-BLACK | Gel Pens 0.5 mm, Black | 6.90 USD |
| GEL-BLUE | Gel Pens 0.5 mm, Blue | 6.90 USD |
| KET-600 | 手冲细口壶 600ml | 39.00 USD |
| KET-1000 | 手冲细口壶 1L | 45.00 USD |
"""


@pytest.fixture(scope="module")
def phone_and_desk(tmp_path_factory):
    return _matcher(tmp_path_factory, PHONE_AND_DESK)


@pytest.mark.parametrize("text, sku", [
    ("ابي ٢ كفر برو ماكس", "CASE-15PM"),          # a model tier spelled by ear
    ("เอาเคสโปรแม็กซ์ค่ะ", "CASE-15PM"),
    ("프로맥스 케이스 있어요?", "CASE-15PM"),
    ("٣ باكيت أقلام جل زرقا", "GEL-BLUE"),       # the colloquial feminine, no hamza
    ("el aqlam el sooda ghalia marra", "GEL-BLACK"),   # Arabizi
    ("ابريق اللتر، واحد لو سمحت", "KET-1000"),    # "the litre" names one litre
    ("teko kecilnya kece bgt", "KET-600"),          # small of 600 ml and 1 L: the smaller, in one unit
    ("vou levar a chaleira pequena", "KET-600"),
    ("the big gooseneck please", "KET-1000"),
    ("الابريق الصغير يصلح للقهوة المختصة؟", "KET-600"),   # what it suits is no kind asked for
])
def test_gulf_egyptian_and_spelled_words_name_the_twin(phone_and_desk, text, sku):
    assert phone_and_desk.match(text) == sku


@pytest.mark.parametrize("text", ["soda can", "the silk scarf", "cover me"])
def test_colloquial_arabic_in_latin_letters_does_not_reach_english_words(text):
    found = load_concepts()[0].find(text)
    assert not found & {"black", "cable", "phone case"}


@pytest.mark.parametrize("text, lang", [
    ("parang yung grinder ng tita ko", "tl"),
    ("ganyan yung white gaiwan ni lola", "tl"),
    ("pencil case tu sama macam anak saya punya", "ms"),
    ("dulu kakek sy punya gilingan kopi kayak gitu", "id"),
    ("minha mãe tem uma balança igual a essa", "pt"),
    ("mi mamá tiene una igual 😍", "es"),
    ("looks like my grandma's, reminds me of my childhood", "en"),
    ("这个秤我们店里也在用", "zh"),
    ("nhìn cối xay nhớ ông nội ghê", "vi"),
    ("เหมือนของแม่เลย", "th"),
])
def test_one_like_the_family_has_is_a_story_not_praise_or_an_order(text, lang):
    assert apply_rules(text, lang, "praise", 0.5)[0] == "other"
    assert apply_rules(text, lang, "buy", 0.5)[0] == "other"


@pytest.mark.parametrize("text, lang", [
    ("my mom has one, is it the same?", "en"),         # asked: a question still
    ("mi mamá tiene una igual, viene en azul?", "es"),
])
def test_asking_after_the_story_stays_a_question(text, lang):
    assert apply_rules(text, lang, "question", 0.5)[0] == "question"


@pytest.mark.parametrize("text, lang", [
    ("ilang pages po yung A4 notebook", "tl"),         # how many
    ("gaano katagal ang delivery", "tl"),
    ("buku dotted A5 isinya brp lembar", "id"),        # how many of what, at the end
    ("grinder tu boleh adjust kasar halus ke boss", "ms"),
    ("sổ A5 bao nhiêu trang vậy", "vi"),
])
def test_question_words_of_tagalog_malay_indonesian_vietnamese_ask(text, lang):
    assert apply_rules(text, lang, "buy", 0.5)[0] == "question"


@pytest.mark.parametrize("text", ["salken semua", "nyimak dulu", "ngopi dulu gaes"])
def test_greeting_the_room_and_watching_along_is_chatter(text):
    assert apply_rules(text, "id", "complaint", 0.5)[0] == "other"
    assert apply_rules(text, "id", "buy", 0.5)[0] == "other"


@pytest.mark.parametrize("text, sku", [
    ("got the iphone 15 clear case last month", "CASE-15"),   # the model number, none of the twin's extra words
    ("1 funda iphone 15 para mí", "CASE-15"),
    ("keep case ip 15 kak", "CASE-15"),
    ("เคสใสไอโฟน15ธรรมดามีไหมคะ", "CASE-15"),
    ("15的透明壳用了半年还不黄", "CASE-15"),
    ("case 15 pro max", "CASE-15PM"),
    ("有15promax的透明壳吗", None),                 # glued to the number: not the plain one either
    ("the clear case", None),                       # no model number given: either twin
])
def test_the_twin_named_by_its_shared_number_alone_is_the_plain_one(phone_and_desk, text, sku):
    assert phone_and_desk.match(text) == sku


GAIWANS = """# 盖碗
markets: SG, VN, ID, BR, SA
language: zh
## Products
| sku | name | price |
|---|---|---|
| G-WHITE | 白瓷盖碗 | 28.00 SGD |
| G-GREEN | 青瓷盖碗 | 32.00 SGD |
"""


@pytest.mark.parametrize("text, sku", [
    ("a gaiwan verde é de porcelana mesmo?", "G-GREEN"),
    ("gaiwan hijau nya retak pas nyampe", "G-GREEN"),
    ("chén khải xanh ngọc còn không shop", "G-GREEN"),
    ("الجايوان الأخضر يجنن", "G-GREEN"),
    ("white gaiwan please", "G-WHITE"),
])
def test_celadon_and_white_porcelain_are_colours(tmp_path_factory, text, sku):
    assert _matcher(tmp_path_factory, GAIWANS).match(text) == sku


@pytest.mark.parametrize("text, lang", [
    ("kb zalo voi minh nha 0909xxxxxx", "vi"),
    ("add me on whatsapp for cheaper", "en"),
    ("加我微信便宜卖", "zh"),
])
def test_taking_the_talk_off_the_platform_is_no_order(text, lang):
    assert apply_rules(text, lang, "buy", 0.5)[0] == "other"
