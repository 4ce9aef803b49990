"""Round 28 (issue 10): mechanisms behind set 30's misses, in every language.

- A late disclosure in any wording: a paid relationship worded freely ("une collab rémunérée"), "this one's an ad", after
  a plain call to buy ("mọi người đặt đi"); a freely worded one with no call to buy before it is all disclosure.
- A sacred image, verse or name on an animal's goods or a door mat, a blessing said with it.
- A taboo food given for the feast of the people who keep the taboo, to persons ("für eure Nachbarn"); German compounds.
- Laughter said as a verb ("ça fait rire tout le bureau").
- False alarm: devotional goods sold for their rite ("tràng hạt ... đi chùa") name the place of worship as their use.
Sentences here are new (not lines of any labeled set).
"""

import pytest

from studio.compliance.culture_topics import culture_topics
from studio.compliance.late_disclosure import discloses_late, discloses_up_front, pitched_before
from studio.compliance.laughed_at import laughs_at_someone
from studio.compliance.word_pairs import word_pair


@pytest.mark.parametrize("line", [
    "Ces bougies parfumées tiennent quarante heures, l'odeur de figue est divine, le lien est en bas, et sinon c'est une collab rémunérée.",
    "Estas velas aromáticas duran cuarenta horas, huelen a higo de verdad, el enlace está abajo, y bueno, es una colaboración paga.",
    "These scented candles burn for forty hours and the fig smell is gorgeous, link's below, oh and this one's an ad, by the way.",
    "Nến thơm này cháy bốn mươi tiếng, mùi sung thơm dịu lắm luôn, mọi người mua ngay nha, à quên nói, đây là video được tài trợ nha.",
])
def test_a_disclosure_in_any_wording_after_a_call_to_buy_is_late(line):
    assert pitched_before(line)
    assert discloses_late(line)
    assert not discloses_up_front(line)


@pytest.mark.parametrize("line", [
    "C'est une collab rémunérée avec Lune : ces bougies tiennent quarante heures, le lien est en bas.",
    "This one's an ad: these scented candles burn for forty hours, link below.",
    "先跟大家说明一下，今天这场直播是和这个香薰蜡烛品牌的付费合作哦。",        # all disclosure, no call to buy before it
])
def test_a_disclosure_up_front_or_with_no_pitch_before_it_still_discloses(line):
    assert discloses_up_front(line)
    assert not discloses_late(line)


@pytest.mark.parametrize("line", ["This is an adapter for the candle warmer, link below.", "What is an advent candle?"])
def test_ad_look_alikes_disclose_nothing(line):
    assert not discloses_up_front(line) and not discloses_late(line)


@pytest.mark.parametrize("line", [
    "This dog bed has the Virgin Mary printed on the cushion, so your pup sleeps blessed!",
    "Este plato para gato trae la Virgen de Guadalupe pintada, ¡bendiciones para tu michi!",
    "Essa caminha de cachorro tem a imagem de Nossa Senhora, o dog dorme abençoado.",
    "Kasur kucing motif kaligrafi Allah, biar tidurnya berkah.",
    "这款狗窝印着观音菩萨，狗狗睡了保平安。",
    "門口踏墊印了觀世音菩薩，天天踩一踩保平安。",                   # Traditional script, a door mat
    "طوق للكلب مكتوب عليه آية الكرسي، يحفظه من العين",
    "강아지 방석에 부처님 얼굴이 있어요, 복 받아요.",
    "Thảm cho chó in hình Đức Phật, boss ngủ ngon.",
])
def test_a_sacred_image_or_verse_on_an_animals_goods_or_a_door_mat(line):
    assert word_pair("sacred_placement.yaml", "sacred", "lowly").reads(line)


@pytest.mark.parametrize("line", [
    "银项圈配观音吊坠，老银匠手工打的。",                             # a necklace, not a collar
    "Coleira de couro para cachorro com plaquinha de nome gravada.",  # a collar, no sacred image
])
def test_a_necklace_or_a_plain_collar_is_no_lowly_use(line):
    assert not word_pair("sacred_placement.yaml", "sacred", "lowly").reads(line)


@pytest.mark.parametrize("line, market", [
    ("Räucherschinken-Korb, das perfekte Zuckerfest-Geschenk für eure Kollegen!", "DE"),
    ("Schinkenplatte zum Opferfest für die Nachbarn, die freuen sich!", "AT"),
    ("Pork crackling hamper, the perfect Eid gift for your colleagues!", "AU"),
    ("Coffret jambon et vin rouge, le cadeau de l'Aïd pour vos voisins !", "FR"),
    ("Cesta de jamón para Ramadán, para tus compañeros de trabajo.", "ES"),
    ("排灯节礼盒送邻居，里面有牛肉干！", "TW"),
])
def test_a_taboo_food_given_for_the_feast_of_those_who_keep_it(line, market):
    assert culture_topics().speaks_for(line, market, 0.8)


@pytest.mark.parametrize("line, market", [
    ("Diwali beef jerky hamper, perfect for the festival snack table.", "AU"),   # a feast hamper given to nobody
    ("Christmas ham hamper for your colleagues, order by Friday.", "AU"),       # the feast keeps no pork taboo
    ("Schweinefleischfreie Feinkost zum Zuckerfest für die Nachbarn.", "DE"),   # pork named only as absent
])
def test_a_feast_hamper_for_nobody_or_another_feast_stays_with_the_taboo_markets(line, market):
    assert not culture_topics().speaks_for(line, market, 0.8)


@pytest.mark.parametrize("line", [
    "Ce foulard, c'est le look 'Fatou de la cité', ça fait rire tout le monde.",
    "Este gorro es el modelo 'chinito', da mucha risa en las fiestas.",
    "Esse lenço é o modelo 'baiana preguiçosa', faz todo mundo rir.",
    "We call this hat the 'hillbilly' look, it cracks everyone up.",
])
def test_laughter_said_as_a_verb(line):
    assert laughs_at_someone(line, 0.6)
    assert not laughs_at_someone(line, 0.3)


@pytest.mark.parametrize("line, market", [
    ("Tràng hạt bồ đề cho bà đi chùa ngày rằm, shop gói hộp gỗ.", "VN"),
    ("Tasbih kayu kokka buat ke masjid, dikemas rapi.", "ID"),
    ("Prayer beads for your mother's temple visit, boxed with care.", "SG"),
    ("Terço de madeira para levar à missa de domingo, vem numa caixinha.", "BR"),
])
def test_devotional_goods_sold_for_their_rite_are_no_finding(line, market):
    assert not culture_topics().speaks_for(line, market, 0.82)


@pytest.mark.parametrize("line, market", [
    ("Tràng hạt làm dây buộc giày đi chùa cho vui, mê tín quá haha.", "VN"),   # laughed at
    ("Skip the mosque tonight, buy this tasbih on my live instead!", "SG"),      # worship dismissed
])
def test_devotional_goods_with_a_mockery_still_speak(line, market):
    assert culture_topics().speaks_for(line, market, 0.82)


@pytest.mark.parametrize("note", [
    "Nenhuma certificação de compostabilidade; cápsulas de alumínio.",
    "No existe ninguna certificación de compostabilidad.",
])
def test_notes_that_say_no_certificate_contradict_a_green_claim(note):
    from studio.compliance.context_facts import _notes_fact, context_patterns

    p = context_patterns()
    assert _notes_fact((note,), p.green_false, p.green_true, unless=p.backed_missing) is False


def test_a_call_to_buy_over_a_relatives_business_hides_the_tie():
    from studio.compliance.model import TextRole
    from studio.compliance.owned_brand import apply_owned_brand, notes_say_relative_owns
    from studio.compliance.packs import semantic_policy

    notes = ("Tiệm nến thơm thuộc sở hữu của chồng người livestream.",)
    assert notes_say_relative_owns(notes)
    policies = {m: {c: p for c, p in by_cat.items() if p.severity is not None}
                for m, by_cat in semantic_policy(("VN",)).items()}
    line = "Nến này em đốt mỗi tối, thơm dịu lắm, mọi người bấm giỏ hàng nha."
    found = apply_owned_brand([], line, 0, notes, policies, "vi", TextRole.SPOKEN)
    assert [f.category for f in found] == ["undisclosed_endorsement"]
    said = "Nến này là của tiệm chồng em đó, thơm dịu lắm, mọi người bấm giỏ hàng nha."      # the tie said
    assert apply_owned_brand([], said, 0, notes, policies, "vi", TextRole.SPOKEN) == []
