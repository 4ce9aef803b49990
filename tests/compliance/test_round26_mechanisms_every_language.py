"""Round 26 (issue 10): mechanisms behind set 28's misses, in every language.

- A milestone guaranteed by a child's age, and wealth or luck guaranteed, are results promised.
- A Thai guarantee of how long a result lasts is no warranty.
- "Reverse" a disease is a cure verb.
- A lowly or profane use named in a line the classifier reads as cultural (sacred_reading.py); a flag by its people's
  adjective on an apron (test_round25's word-pair cases); an item kept as its faith asks, an offering or a blessing, does not speak.
- A superlative over the world with "it does not get any better" in words.
- A usual price given as a range in the notes; free shipping over an order value is no reference price.
- A rival's buyers cheated on the weight.
Sentences here are new (not lines of any labeled set).
"""

import pytest

from studio.compliance.context_facts import declines_results
from studio.compliance.culture_topics import culture_topics
from studio.compliance.deals import Fact, notes_fact
from studio.compliance.disparagement import runs_down
from studio.compliance.model import TextRole
from studio.compliance.national_ranking import best_in_world_bar_none, ranks_first_in_country
from studio.compliance.normalize import normalize
from studio.compliance.packs import semantic_policy
from studio.compliance.plain_readings import takes_back
from studio.compliance.sacred_reading import apply_sacred_reading, reads_profaned
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.worded_guarantee import promises_by_deadline


@pytest.mark.parametrize("line", [
    "Guaranteed your little one counts to twenty before he turns three with these blocks.",
    "Garantizado: tu niña lee solita antes de los 5 años.",
    "Dijamin anak lancar membaca sebelum usia 6 tahun.",
    "用这套拼图，保证孩子5岁前会做加法。",
    "รับประกันลูกพูดภาษาอังกฤษได้ก่อน 4 ขวบ",
    "이 교구로 5살 전에 구구단 보장합니다.",
])
def test_a_milestone_by_a_childs_age_is_a_promised_result(line):
    assert promises_by_deadline(normalize(line).text)


@pytest.mark.parametrize("line", [
    "Guaranteed delivery before the end of the year.",
    "Suitable for ages 3 to 6, guaranteed non-toxic paint.",
    "รับประกันส่งก่อนสิ้นปี",
])
def test_a_delivery_date_or_an_age_range_is_no_milestone(line):
    assert not promises_by_deadline(normalize(line).text)


@pytest.mark.parametrize("line", [
    "Đặt cây kim tiền này ở quầy, cam kết năm nay làm ăn phát đạt.",
    "这个貔貅摆件保证招财，生意兴隆。",
    "Gantungan ini dijamin bikin rezeki lancar.",
    "This charm is guaranteed to bring wealth to your home.",
    "พระเครื่ององค์นี้รับประกันโชคลาภ",
])
def test_wealth_or_luck_guaranteed_is_a_promised_result(line):
    assert promises_by_deadline(normalize(line).text)


def test_a_thai_guarantee_of_how_long_a_result_lasts_is_no_warranty():
    assert not declines_results("ต่อขนตากับเรา รับประกันติดทนสองเดือน ไม่หลุดเลย")
    assert declines_results("เครื่องนี้รับประกันศูนย์ 2 ปีค่ะ")


@pytest.mark.parametrize("line", [
    "Este té revierte la diabetes en semanas.",
    "Esse colchão reverte a artrose.",
    "Nước này đẩy lùi tiểu đường.",
    "这个贴片能逆转糖尿病。",
])
def test_reverse_is_a_cure_verb(line):
    from studio.compliance.checker import Checker

    market = {"es": "MX", "pt": "BR", "vi": "VN", "zh": "CN"}
    lang = "es" if "revierte" in line else "pt" if "reverte" in line else "vi" if "Nước" in line else "zh"
    found = Checker([market[lang]], semantic=False).check_text(line, lang, TextRole.TEXT)
    assert "medical" in {f.category for f in found}


def _cultural(score: float) -> ClaimVerdict:
    return ClaimVerdict(None, score, "cultural_sensitivity")


@pytest.mark.parametrize("line, lang, market", [
    ("Keset kamar mandi ini motif masjid Nabawi, empuk banget.", "id", "ID"),
    ("Ang bagong bath mat namin, may mukha ng Sto. Niño, ang lambot.", "tl", "PH"),
    ("這個造型菸灰缸是神明的頭，超有梗。", "zh", "TW"),
])
def test_a_lowly_use_in_a_line_read_as_cultural_speaks(line, lang, market):
    policies = semantic_policy([market])
    found = apply_sacred_reading([], line, 0, policies, lang, TextRole.TEXT, _cultural(0.35))
    assert [f.category for f in found] == ["cultural_sensitivity"]
    assert apply_sacred_reading([], line, 0, policies, lang, TextRole.TEXT, _cultural(0.20)) == []


@pytest.mark.parametrize("line", [
    "Rosario bendecido para la primera comunión, viene en su cajita.",
    "Sejadah baldu untuk dibawa ke surau, lembut dan ringan.",
])
def test_no_lowly_use_no_reading(line):
    assert not reads_profaned(line, 0.6)


@pytest.mark.parametrize("line, market", [
    ("Imagem de Nossa Senhora com vela e flores para a oferenda de Ano Novo.", "BR"),
    ("Tượng Đức Mẹ này đã được cha xứ làm phép.", "VN"),
])
def test_an_offering_or_a_blessing_keeps_the_item(line, market):
    assert not culture_topics().speaks_for(line, market, 0.8)


@pytest.mark.parametrize("line", [
    "Das ist die beste Matratze der Welt, bequemer geht es nicht.",
    "El mejor turrón del mundo, más rico imposible.",
    "Le meilleur fromage du monde, on ne fait pas mieux.",
    "أحلى عسل في العالم، ما تلقى مثله.",
    "ทุเรียนที่หวานที่สุดในโลก หาที่ไหนไม่ได้",
])
def test_a_world_superlative_that_does_not_get_better(line):
    assert best_in_world_bar_none(line)


def test_a_world_superlative_alone_stays_puffery():
    assert not best_in_world_bar_none("This is the best pillow in the world, I love it.")
    assert not ranks_first_in_country("This is the best pillow in the world, I love it.")


def test_a_world_superlative_bar_none_speaks_only_where_superlatives_are_held_to_proof():
    from studio.compliance.checker import Checker

    line = "The softest towel on the planet, hands down, you won't find one like it anywhere."
    assert best_in_world_bar_none(line)
    assert not Checker(["US"], semantic=False).check_text(line, "en", TextRole.TEXT)
    assert "absolute_superlative" in {f.category for f in Checker(["VN"], semantic=False).check_text(line, "en", TextRole.TEXT)}


def test_a_country_superlative_that_does_not_get_better():
    assert ranks_first_in_country("Das ist der beste Fernseher Österreichs, schärfer geht es nicht.")


@pytest.mark.parametrize("line, note, fact", [
    ("Harga normal 1,5 juta, sekarang cuma 600 ribu!", "Produk ini selalu dijual 580-620 ribu sejak Januari.", Fact.FALSE),
    ("Giá gốc 2 triệu, hôm nay chỉ 900 nghìn.", "Sản phẩm luôn bán 1,9-2 triệu trong 3 tháng qua.", Fact.TRUE),
    ("Antes 1.500 pesos, hoy 700.", "Siempre se vendió entre 680 y 720 pesos.", Fact.FALSE),
])
def test_a_usual_price_range_in_the_notes(line, note, fact):
    assert notes_fact("fake_discount", [note], line) is fact


@pytest.mark.parametrize("line", ["全店满299元包邮哦", "Free shipping on orders over $35.", "Gratis ongkir min. belanja 50 ribu."])
def test_free_shipping_over_an_order_value_is_no_reference_price(line):
    assert takes_back("fake_discount", line)
    assert not takes_back("fake_discount", "原价299现在99还包邮")


@pytest.mark.parametrize("line", [
    "옆 가게 저울은 무게 속인 거예요, 거기서 사면 호구예요.",
    "Kedai sebelah tu suka tipu timbang.",
    "隔壁的虾都注水，买了就是冤大头。",
    "Tôm sạp bên cạnh bơm nước hết đó.",
])
def test_a_rival_cheating_on_the_weight_runs_it_down(line):
    assert runs_down(line)
