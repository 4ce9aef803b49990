"""Round 27 (issue 10): mechanisms behind set 29's misses, in every language.

- A disclosure said only at the end of a long line, after the pitch, is late: the line is a hidden ad.
- A line the classifier reads as cultural that laughs mocks whoever it names (a warning where the category is off).
- Notes that a relative of the host owns the business, over a line that recommends it and names no kin.
- A sacred text or image destroyed or thrown away; a lottery or jackpot guaranteed; "the best on the market, no other
  one is so ..., full stop".
- False alarms: a certificate named with its licence code backs a green claim; June-feast bunting and spring
  couplets decorate a feast.
- The head's notes-augmented pairs do not depend on which other sets are in training.
Sentences here are new (not lines of any labeled set).
"""

import pytest

from studio.compliance.context_facts import _notes_fact, context_patterns
from studio.compliance.festive_decor import decorates_feast
from studio.compliance.late_disclosure import apply_late_disclosure, discloses_late, discloses_up_front
from studio.compliance.laughed_at import apply_laughed_at, laughs_at_someone
from studio.compliance.model import RuleSeverity, TextRole
from studio.compliance.national_ranking import best_in_world_bar_none
from studio.compliance.normalize import normalize
from studio.compliance.owned_brand import apply_owned_brand, notes_say_relative_owns
from studio.compliance.packs import semantic_policy
from studio.compliance.sacred_reading import reads_profaned
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.worded_guarantee import promises_by_deadline

ENDO, CULT = "undisclosed_endorsement", "cultural_sensitivity"


def policies(*markets):
    return {m: {c: p for c, p in by_cat.items() if p.severity is not None}
            for m, by_cat in semantic_policy(markets).items()}


def verdict(top, score, category=None):
    return ClaimVerdict(category=category, score=score, top_category=top)


LATE = [
    "These trail shoes grip wet rock like nothing else, the insole is soft all day, link below, oh and this is an ad.",
    "Diese Wanderschuhe greifen auf nassem Fels richtig gut, die Sohle ist weich, Link unten, und übrigens: Werbung.",
    "Estas zapatillas de trail agarran en roca mojada, la plantilla es cómoda todo el día, enlace abajo, y por cierto, es publicidad.",
    "Ces chaussures de trail accrochent sur la roche mouillée, la semelle est douce, lien en bio, et au fait c'est une collaboration commerciale.",
    "Esse tênis de trilha gruda na pedra molhada, a palmilha é macia o dia todo, link na bio, ah, e isso é publicidade.",
    "Sepatu trail ini cengkeramannya mantap di batu basah, solnya empuk seharian, link di bawah ya, btw ini kerja sama berbayar.",
    "这双越野跑鞋在湿石头上抓地特别稳，鞋垫软软的走一天都不累，链接在下面，对了这是品牌合作广告。",
]


@pytest.mark.parametrize("line", LATE)
def test_a_disclosure_only_after_the_pitch_is_late(line):
    assert discloses_late(line)
    assert not discloses_up_front(line)


@pytest.mark.parametrize("line", [
    "This is an ad: these trail shoes grip wet rock, link below.",
    "Werbung: Diese Wanderschuhe greifen auf nassem Fels richtig gut, Link unten.",
    "先说一下这是品牌合作广告，这双越野跑鞋抓地特别稳，链接在下面。",
    "I use these trail shoes every weekend, this is a paid partnership, but my opinion is honest and they grip well.",
])
def test_a_disclosure_up_front_or_mid_line_still_discloses(line):
    assert not discloses_late(line)
    assert discloses_up_front(line)


def test_a_late_disclosure_is_a_hidden_ad_when_the_line_pitches():
    line = LATE[1]
    found = apply_late_disclosure([], line, 0, policies("DE"), "de", TextRole.CAPTION, verdict(ENDO, 0.3), False)
    assert [f.category for f in found] == [ENDO]
    # a pitch ("Link unten") before the disclosure is enough whatever the classifier read
    assert apply_late_disclosure([], line, 0, policies("DE"), "de", TextRole.CAPTION, verdict(CULT, 0.2), False)
    # said earlier in the segment: disclosed
    assert not apply_late_disclosure([], line, 0, policies("DE"), "de", TextRole.SPOKEN, verdict(ENDO, 0.3), True)


def test_a_closing_reminder_with_no_pitch_is_no_finding():
    line = "Thanks so much for watching everyone, see you next Friday at eight, and remember tonight's live was sponsored."
    assert discloses_late(line)
    assert not apply_late_disclosure([], line, 0, policies("GB"), "en", TextRole.CAPTION, verdict(CULT, 0.05), False)


@pytest.mark.parametrize("line, laugh", [
    ("Dieser Koffer ist so groß, da passt eine ganze Großfamilie aus Anatolien rein, hahaha.", ", hahaha"),
    ("这个锅特别省油，温州人都抢着买，你懂的，哈哈哈。", "，哈哈哈"),
    ("Este bronceador es para que parezcas un guiri recién llegado, jajaja.", ", jajaja"),
    ("Kacamata ini jelas banget, orang kampung sebelah aja langsung bisa baca, wkwk.", ", wkwk"),
])
def test_a_laugh_in_a_line_read_as_cultural_mocks_whoever_it_names(line, laugh):
    assert laughs_at_someone(line, 0.5)
    assert not laughs_at_someone(line, 0.40)          # under MIN_SCORE the reading is too weak
    assert not laughs_at_someone(line.replace(laugh, ""), 0.9)     # no laugh: culture_topics decides


def test_a_feast_decorated_with_a_laugh_of_joy_is_no_mockery():
    assert not laughs_at_someone("Chegaram as bandeirinhas pra festa junina, minha mãe já quer enfeitar tudo, kkkk.", 0.8)
    assert decorates_feast("Bandeirinhas e balões de papel pra sua festa junina, só de enfeite.")
    assert decorates_feast("这批春联是手写的，福字贴大门。")


def test_a_laugh_at_a_people_warns_where_the_category_is_off():
    line = "Grab a poncho and a fake moustache and you're basically Mexican, ha!"
    found = apply_laughed_at([], line, 0, policies("US", "DE"), "en", TextRole.CAPTION, verdict(CULT, 0.7, CULT))
    by_market = {m: f.severity for f in found for m in f.markets}
    assert by_market["US"] is RuleSeverity.WARN and "DE" in by_market
    assert not apply_laughed_at([], line, 0, policies("US"), "en", TextRole.CAPTION, verdict("medical", 0.7))


@pytest.mark.parametrize("note", [
    "[The bakery belongs to the host's brother; not mentioned on stream.]",
    "[La academia es de la hermana de la presentadora.]",
    "[Toko kue ini milik suami host.]",
    "[المخبز مملوك لشقيق المذيعة.]",
])
def test_a_relative_of_the_host_owns_it(note):
    assert notes_say_relative_owns([note])
    assert not notes_say_relative_owns(["[The brand is the host's own.]"])


def test_a_relatives_business_recommended_without_the_tie_is_a_hidden_ad():
    notes = ["[The bakery belongs to the host's brother; not mentioned on stream.]"]
    line = "If you want a birthday cake, Crumbs on Main Street is the one place I'd send you."
    found = apply_owned_brand([], line, 0, notes, policies("GB"), "en", TextRole.SPOKEN, False, verdict(ENDO, 0.35))
    assert [f.category for f in found] == [ENDO]
    # the line says the tie: no finding of this reader
    said = "My brother runs Crumbs on Main Street, so I'm biased, but the cakes are lovely."
    assert not apply_owned_brand([], said, 0, notes, policies("GB"), "en", TextRole.SPOKEN, False, verdict(ENDO, 0.35))
    # the host's own brand, with no denial: her own shop, no hidden tie
    assert not apply_owned_brand([], "These cakes are baked in our own kitchen, order by Friday.", 0,
                                 ["[The brand is the host's own.]"], policies("GB"), "en", TextRole.SPOKEN, False,
                                 verdict(ENDO, 0.35))


@pytest.mark.parametrize("line", [
    "Balloons printed with Quran verses for the party, pop them all at the end!",
    "Giấy gói quà in kinh Quran, mở quà xong vứt vào thùng rác luôn nha.",
    "印有经文的包装纸，拆完直接扔垃圾桶。",
    "Globos con versículos de la Biblia, para reventarlos en la fiesta.",
])
def test_a_sacred_text_destroyed_or_thrown_away(line):
    assert reads_profaned(line, 0.35)


def test_sacred_goods_kept_and_feast_balloons_popped_are_clean():
    assert not reads_profaned("Eid balloons in gold and silver, pop them at the end of the party!", 0.35)
    assert not reads_profaned("Diwali crackers that burst in five colours, light them outdoors.", 0.5)
    assert not reads_profaned("Quran verse frames to hang high and clean in the living room.", 0.35)


@pytest.mark.parametrize("line", [
    "รับรองถูกหวยงวดหน้าแน่นอนค่ะ",
    "这个摆件保证中奖。",
    "Esta vela te garantiza ganar la lotería.",
    "Gelang ini dijamin bikin menang undian.",
    "이 부적 있으면 로또 당첨 보장이에요.",
])
def test_a_lottery_win_guaranteed(line):
    assert promises_by_deadline(normalize(line).text)


def test_a_lottery_theme_promises_nothing():
    assert not promises_by_deadline(normalize("Lottery-ticket napkins for a casino night, guaranteed to arrive by Friday.").text)


@pytest.mark.parametrize("line", [
    "Die beste Kaffeemühle auf dem Markt, bei keiner anderen wird das Pulver so fein, Punkt.",
    "Le meilleur moulin à café du marché, aucun autre ne moud aussi fin, point final.",
    "The quietest coffee grinder on the market, no other grinder is this quiet, full stop.",
])
def test_the_best_on_the_market_bar_none(line):
    assert best_in_world_bar_none(line)


def test_a_personal_best_is_no_claim_over_the_market():
    assert not best_in_world_bar_none("Für mich ist das die angenehmste Kaffeemühle, die ich je benutzt habe.")


def test_a_licence_code_in_the_notes_backs_a_green_claim():
    p = context_patterns()
    assert _notes_fact(["[Organic licence OF-GB-20931, valid to 2027.]"], p.green_false, p.green_true,
                       unless=p.backed_missing) is True


def test_notes_augmentation_does_not_depend_on_the_other_rows():
    from scripts.train_claims import notes_augmentation

    rows = [{"text": f"plain line {i}", "category": None, "hard_negative": False} for i in range(40)]
    rows += [{"text": "only 3 left", "category": "false_urgency", "notes": "[stock 50]"}]
    first = notes_augmentation(rows)
    more = notes_augmentation(rows + [{"text": f"another plain line {i}", "category": None} for i in range(5)])
    assert first == notes_augmentation(rows)
    kept = {text for text, _, _ in first} & {text for text, _, _ in more}
    assert len(first) == 6 and len(kept) >= 2      # rows added take some slots, the rest stay
