"""Round 24 (issue 10): who a cultural reading is about comes before what it touches.

Sets 25 and 26 showed the classifier reading body shaming, colourism and a sacred image misused as cultural,
and studio.compliance.culture_topics dropping the reading: no taboo word, under the 0.70 floor; or a pig in
"fat as a pig" taken for pork, held only in Muslim markets; or a Buddha with a beer glass held to the
alcohol markets. A line that names a body's size, a skin's colour or a sacred figure now speaks in every
market at the category's own threshold; a people named in an inflected form ("muslimischen") pitches to
them. Sentences here are new (not lines of any labeled set).
"""

import pytest

from studio.compliance.culture_topics import culture_topics, names_bodies_or_sacred

LOW = 0.55      # a cultural reading above the category threshold, under the old 0.70 floor


@pytest.mark.parametrize("line, market", [
    ("These cropped tops are for skinny girls only, the rest of you cover up.", "US"),
    ("Morenitas, este rubor no les va, primero aclárense con la crema.", "MX"),
    ("Pele morena não combina com noiva, usa o clareador antes da festa.", "BR"),
    ("Kulit gelap itu bikin kusam di foto, pakai lotion pemutih ini dulu.", "ID"),
    ("ผิวคล้ำใส่ชุดสีนี้ไม่ขึ้นหรอกค่ะ ทาครีมขาวก่อน", "TH"),
    ("黑皮的姐妹穿这个颜色显脏，先用美白乳。", "CN"),
    ("피부 까만 분들은 이 립 색 안 어울려요.", "KR"),
    ("Les rondes, ce pantalon n'est pas pour vous.", "FR"),
    ("Das Dirndl steht nur den Schlanken, Mollige lassen es lieber.", "DE"),
    ("Đồ bơi này mấy bạn ốm thôi nha, người mập đừng mua.", "VN"),
    ("Para lang sa payat 'tong crop top, huwag na ang iba.", "PH"),
    ("هالفستان للنحيفات بس، المليانات لا يجربون.", "SA"),
])
def test_a_body_or_skin_named_speaks_everywhere_under_the_old_floor(line, market):
    assert names_bodies_or_sacred(line)
    assert culture_topics().speaks_for(line, market, LOW)


@pytest.mark.parametrize("line, market", [
    ("Béo như con lợn thế này thì mặc gì cũng xấu, mua trà giảm cân đi.", "VN"),   # a pig as an insult, not pork
    ("胖得像猪一样还穿短裙，快买这个瘦身霜。", "CN"),
    ("อ้วนเหมือนหมูขนาดนี้ ใส่บิกินี่ไม่ได้หรอก", "TH"),
])
def test_a_pig_in_a_body_jeer_is_no_pork_held_only_in_muslim_markets(line, market):
    assert culture_topics().speaks_for(line, market, LOW)


@pytest.mark.parametrize("line, market", [
    ("Buddha poster with a cocktail in his hand, perfect for the bar corner.", "TH"),   # alcohol beside a sacred figure
    ("Guling motif ayat Al-Quran, enak dipeluk sambil tidur.", "ID"),
    ("Phone case with the Virgin Mary in a bikini, just for laughs.", "PH"),
])
def test_a_sacred_figure_named_speaks_everywhere_whatever_taboo_is_beside_it(line, market):
    assert culture_topics().speaks_for(line, market, LOW)


@pytest.mark.parametrize("line, market", [
    ("Weinpralinen zum Zuckerfest für eure muslimischen Kolleginnen.", "DE"),
    ("Jamón ibérico para regalar a tus vecinas musulmanas en el Eid.", "ES"),
])
def test_a_people_named_inflected_is_pitched_to(line, market):
    assert culture_topics().speaks_for(line, market, 0.75)


@pytest.mark.parametrize("line", [
    "Buddha bowl with tofu and brown rice, ready in ten minutes.",
    "Low-fat yogurt, no added sugar.",
    "Baju renang muslimah, tertutup dan nyaman dipakai.",          # a style of dress, not a people pitched to
])
def test_look_alikes_are_no_body_no_sacred_figure_no_people(line):
    assert not names_bodies_or_sacred(line)
    assert not culture_topics().speaks_for(line, "DE", LOW)
