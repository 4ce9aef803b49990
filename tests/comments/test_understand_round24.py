"""Comments round 24: a product named in the buyer's language on a catalog written in the host's, by what tells twins
apart (a food's sugar-free or original variant, a helmet's cut, a dark shade named by its plain colour), the helmet
as "the hat" ("หมวก", "mũ", "nón"), Chinese tonics as kinds, and comparisons of colour twins that name neither.
Catalogs written for these tests (none is a folded set's)."""

import pytest

from studio.comments.understand.catalog_concepts import concepts_of_names
from studio.comments.understand.products import ProductMatcher
from studio.show import load_show

# a Chinese host's soy-milk twins and tonics, sold to Southeast Asia
DRINKS_ZH = """# 早餐饮品
markets: MY, TH, VN, ID
language: zh
## Products
| sku | name | price |
|---|---|---|
| SOY-ORI | 原味豆浆粉 10包 | 29.00 MYR |
| SOY-SF | 无糖豆浆粉 10包 | 29.00 MYR |
| GS-TEA | 西洋参茶 20包 | 59.00 MYR |
| LZ-60 | 灵芝胶囊 60粒 | 99.00 MYR |
| GOJI | 宁夏枸杞 250克 | 35.00 MYR |
"""

# the same twins in an English catalog
DRINKS_EN = """# Breakfast Drinks
markets: MY, TH, VN, ID, MX, BR, SA
language: en
## Products
| sku | name | price |
|---|---|---|
| SOY-ORI | Soy Milk Powder Original, 10 sachets | 7.00 USD |
| SOY-SF | Soy Milk Powder Sugar Free, 10 sachets | 7.00 USD |
| CUP | Glass Mug 400 ml | 5.00 USD |
| BTL | Plastic Water Bottle 1 L | 3.00 USD |
"""

# a Spanish host's helmets: fullface twins told apart by colour, and an open one
HELMETS_ES = """# Cascos
markets: MX, TH, VN, ID
language: es
## Products
| sku | name | price |
|---|---|---|
| FF-NEG | Casco integral Nova, negro mate | 90.00 USD |
| FF-BLA | Casco integral Nova, blanco brillante | 90.00 USD |
| OPEN | Casco abierto 3/4 con visera, rojo | 50.00 USD |
| GLOVES | Guantes de moto, talla M | 20.00 USD |
"""

# an Indonesian host's scarves: one navy, one maroon, one olive
SCARVES_ID = """# Kerudung
markets: ID, MY, BR, SA
language: id
## Products
| sku | name | price |
|---|---|---|
| NAVY | Pashmina Ceruty Biru Dongker | 59000 IDR |
| MRN | Pashmina Ceruty Merah Marun | 59000 IDR |
| OLV | Pashmina Ceruty Hijau Army | 59000 IDR |
"""


def matcher(tmp_path_factory, text, name="show"):
    path = tmp_path_factory.mktemp("show") / f"{name}.show.md"
    path.write_text(text, encoding="utf-8")
    return ProductMatcher(load_show(path))


@pytest.mark.parametrize("catalog", [DRINKS_ZH, DRINKS_EN])
@pytest.mark.parametrize("text, sku", [
    ("无糖的来两包", "SOY-SF"), ("原味的好喝吗", "SOY-ORI"), ("sữa đậu nành không đường còn không", "SOY-SF"),
    ("lấy 2 gói nguyên vị", "SOY-ORI"), ("susu kedelai tanpa gula 1 kak", "SOY-SF"), ("yang ori manis ga kak", "SOY-ORI"),
    ("นมถั่วเหลืองไม่ใส่น้ำตาล 2 ห่อค่ะ", "SOY-SF"), ("เอาแบบออริจินัลค่ะ", "SOY-ORI"), ("quiero el sin azúcar", "SOY-SF"),
    ("o sem açúcar é bom pra diabético?", "SOY-SF"), ("ابغى اللي بدون سكر", "SOY-SF")])
def test_a_food_twin_is_told_by_its_sugar_free_or_original_variant(tmp_path_factory, catalog, text, sku):
    assert matcher(tmp_path_factory, catalog).match(text) == sku


@pytest.mark.parametrize("text", ["produknya selalu original kak", "es original?", "is this original?"])
def test_original_said_of_the_goods_is_genuine_not_the_plain_twin(tmp_path_factory, text):
    assert matcher(tmp_path_factory, DRINKS_EN).match(text, words_only=True) is None


@pytest.mark.parametrize("text, sku", [
    ("โสมกินทุกวันได้ไหม", "GS-TEA"), ("nhân sâm này uống sao", "GS-TEA"), ("ginseng ni boleh minum malam?", "GS-TEA"),
    ("หลินจือกินวันละกี่เม็ด", "LZ-60"), ("1 hộp linh chi ạ", "LZ-60"), ("kapsul lingzhi diminum berapa kali", "LZ-60"),
    ("เก๋ากี้ 2 ถุงค่ะ", "GOJI"), ("kỷ tử còn hàng không", "GOJI")])
def test_chinese_tonics_are_named_in_the_buyers_languages(tmp_path_factory, text, sku):
    assert matcher(tmp_path_factory, DRINKS_ZH).match(text) == sku


@pytest.mark.parametrize("text, sku", [
    ("หมวกขาวเอาค่ะ", "FF-BLA"), ("CF หมวกดำ 2 ใบ", "FF-NEG"), ("mũ trắng em chốt nha", "FF-BLA"), ("nón đen còn không", "FF-NEG"),
    ("หมวกเปิดหน้าน่ารักมาก", "OPEN"), ("nón 3 phần 4 có ồn không", "OPEN"), ("半盔还有吗", "OPEN"), ("全盔白色的好帅", "FF-BLA"),
    ("helm full face hitam ready?", "FF-NEG")])
def test_a_helmet_is_the_hat_and_its_cut_tells_the_twins(tmp_path_factory, text, sku):
    assert matcher(tmp_path_factory, HELMETS_ES).match(text) == sku


@pytest.mark.parametrize("text", ["หมวกทุกใบสวยหมดเลย", "mấy cái nón đẹp hết trơn", "nón fullface có size XL không"])
def test_the_hat_of_several_helmets_names_none(tmp_path_factory, text):
    assert matcher(tmp_path_factory, HELMETS_ES).match(text) is None


@pytest.mark.parametrize("text, sku", [
    ("o azul ainda tem?", "NAVY"), ("kerudung merah 1 kak", "MRN"), ("الأخضر متوفر؟", "OLV"), ("the green one pls", "OLV"),
    ("the maroon one", "MRN")])
def test_a_dark_shade_is_named_by_its_plain_colour_where_the_catalog_has_only_the_dark_one(tmp_path_factory, text, sku):
    assert matcher(tmp_path_factory, SCARVES_ID).match(text) == sku


def test_the_plain_colour_keeps_its_own_twin_where_the_catalog_sells_both(tmp_path_factory):
    both = SCARVES_ID + "| RED | Pashmina Ceruty Merah Cabe | 59000 IDR |\n"
    m = matcher(tmp_path_factory, both)
    assert m.match("kerudung merah 1 kak") == "RED"
    assert m.match("yang marun 1 kak") == "MRN"


@pytest.mark.parametrize("text", [
    "หมวกดำกับหมวกขาวต่างกันยังไง", "mũ trắng với mũ đen khác nhau gì ngoài màu", "beda helm hitam sama putih apa",
    "الفرق بين الأسود والأبيض بس اللون؟", "qual a diferença entre o preto e o branco?", "黑色和白色全盔区别大吗"])
def test_a_comparison_of_colour_twins_names_neither(tmp_path_factory, text):
    assert matcher(tmp_path_factory, HELMETS_ES).match(text) is None


def test_an_or_asked_of_one_products_trait_still_names_it(tmp_path_factory):
    # "or" between two materials asks about the mug, not a choice between the glass mug and the plastic bottle
    m = matcher(tmp_path_factory, DRINKS_EN)
    assert m.match("the mug is glass or plastic?") == "CUP"
    assert m.match("the glass mug or the plastic bottle?") is None


@pytest.mark.parametrize("text, sku", [("CF ชาค่ะ", "GS-TEA"), ("ชาโสมหอมไหม", "GS-TEA")])
def test_thai_cha_is_tea(tmp_path_factory, text, sku):
    assert matcher(tmp_path_factory, DRINKS_ZH).match(text) == sku


@pytest.mark.parametrize("text", ["ผู้ชายใช้ได้ไหม", "ชาร์จกี่ชั่วโมง", "คนไทยทั้งชาติ"])
def test_thai_words_that_hold_cha_are_no_tea(tmp_path_factory, text):
    assert "tea" not in concepts_of_names([text])


def test_what_a_vietnamese_name_says_it_has_is_not_what_it_is():
    # "có kính": the open helmet has a visor; it is no pair of glasses
    assert "glasses" not in concepts_of_names(["Mũ bảo hiểm 3/4 Retro có kính, đỏ"])
    assert "motorcycle helmet" in concepts_of_names(["Mũ bảo hiểm 3/4 Retro có kính, đỏ"])


# kinds written from the category tree this round: a Chinese host's collectibles and remedies, asked in other languages
SHELF_ZH = """# 杂货铺
markets: TH, VN, ID, MY, MX, BR, SA
language: zh
## Products
| sku | name | price |
|---|---|---|
| BOX | 潮玩盲盒 单个 | 59.00 CNY |
| FIG | 动漫手办 20厘米 | 199.00 CNY |
| CARD | 宝可梦卡牌 补充包 | 39.00 CNY |
| KEY | 卡通钥匙扣 | 15.00 CNY |
| WIG | 长卷发假发 | 129.00 CNY |
| BALM | 万金油 19克 | 12.00 CNY |
| PATCH | 止痛贴 10片 | 25.00 CNY |
"""


@pytest.mark.parametrize("text, sku", [
    ("กล่องสุ่มเหลือกี่กล่องคะ", "BOX"), ("hộp mù còn không shop", "BOX"), ("ฟิกเกอร์สูงกี่เซน", "FIG"), ("mô hình này cao bao nhiêu", "FIG"),
    ("kartu pokemon ori kak?", "CARD"), ("quero 2 chaveiros", "KEY"), ("llavero 1 porfa", "KEY"), ("วิกผมร้อนไหมคะ", "WIG"),
    ("la peluca se puede lavar?", "WIG"), ("rambut palsu nya bisa dicatok?", "WIG"), ("ยาหม่อง 3 ขวดค่ะ", "BALM"), ("dầu gió 2 chai", "BALM"),
    ("minyak angin satu kak", "BALM"), ("koyo nya panas ga", "PATCH"), ("miếng dán giảm đau dán được bao lâu", "PATCH"),
    ("لصقات الظهر كم حبة", "PATCH")])
def test_collectibles_and_remedies_are_named_in_the_buyers_languages(tmp_path_factory, text, sku):
    assert matcher(tmp_path_factory, SHELF_ZH).match(text) == sku


@pytest.mark.parametrize("text", ["วิกฤตเศรษฐกิจ ของแพงหมด", "camisa xadrez tem?", "เสื้อการ์ดสวย"])
def test_words_that_hold_a_new_kind_are_none(tmp_path_factory, text):
    assert matcher(tmp_path_factory, SHELF_ZH).match(text) is None


# a team jersey is "the shirt" where the catalog sells no other; shuttlecocks by their Thai and Vietnamese names
SPORTS_EN = """# Court Night
markets: TH, VN, MY, ID
language: en
## Products
| sku | name | price |
|---|---|---|
| JRS | Quick-dry Team Jersey | 15.00 USD |
| SHT | Goose Feather Shuttlecocks, tube of 12 | 18.00 USD |
| MAT | Non-slip Yoga Mat 6 mm | 20.00 USD |
"""


@pytest.mark.parametrize("text, sku", [
    ("เสื้อ ไซส์ M CF ครับ", "JRS"), ("áo đấu lấy ba cái size L", "JRS"), ("jersi 2 helai saiz L", "JRS"), ("球衣有XL吗", "JRS"),
    ("ลูกขนไก่ใช้ขนห่านไหม", "SHT"), ("chốt ống cầu shop ơi", "SHT"), ("dah checkout shuttle kak", "SHT")])
def test_a_jersey_is_the_shirt_and_shuttlecocks_have_their_names(tmp_path_factory, text, sku):
    assert matcher(tmp_path_factory, SPORTS_EN).match(text) == sku


@pytest.mark.parametrize("text", ["dah 2 minggu barang tak sampai lagi", "đặt 10 ngày rồi chưa thấy hàng đâu", "ของยังไม่มาเลยค่ะ",
                                  "comprei faz 20 dias e não chegou nada", "todavía no me llega el pedido", "还没收到货",
                                  "my order still hasn't arrived", "الطلب لسه ما وصل", "pesanan blm sampai kak"])
def test_an_order_that_has_not_come_is_told(text):
    from studio.comments.understand.told_complaints import NOT_ARRIVED
    assert NOT_ARRIVED.search(text)


@pytest.mark.parametrize("text", ["sudah sampai, bagus kak", "chegou hoje, amei", "the lamp arrived fast", "ได้รับของแล้วค่ะ"])
def test_an_order_that_came_is_not(text):
    from studio.comments.understand.told_complaints import NOT_ARRIVED
    assert not NOT_ARRIVED.search(text)


@pytest.mark.parametrize("text", ["đặt 10 ngày rồi chưa thấy hàng", "dah 10 hari kak", "esperé 10 días", "รอ 10 วันแล้ว", "等了10天"])
def test_a_wait_in_days_is_no_measure_of_the_catalog(tmp_path_factory, text):
    # "UMF 10+" is a honey's grade: ten days of waiting name no honey
    honey = DRINKS_EN + "| HONEY | Manuka Honey UMF 10+ 250 g | 30.00 USD |\n"
    assert matcher(tmp_path_factory, honey).match(text) is None


@pytest.mark.parametrize("text, qty", [("ba hộp trà táo đỏ", 3), ("hai gói sâm lát 50g", 2), ("hai đôi 5 phân nha shop", 2),
                                       ("lấy ba lô", None), ("hai quá shop ơi", None)])
def test_a_vietnamese_number_word_before_a_classifier_counts(text, qty):
    from studio.comments.understand.quantity import quantity
    assert quantity(text, {"50g", "50", "5cm"}) == qty
