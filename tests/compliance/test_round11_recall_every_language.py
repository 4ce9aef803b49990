"""Round 11 readers, every language: mocking a rite or a festival is cultural in every market; notes that rank
the product past first contradict "best-selling" in every market; a measurable UK ranking is a finding; a
first-person superlative is opinion outside CN, a pack rule's hit too; a platform badge with its month's data
backs a ranking."""

import pytest

from studio.compliance.checker import Checker
from studio.compliance.context_facts import context_patterns
from studio.compliance.culture_topics import culture_topics
from studio.compliance.normalize import normalize


def _rule_categories(market, lang, text):
    """The categories the packs and readers find, without the classifier."""
    return {f.category for f in Checker([market], user_pack=False, semantic=False).check_text(text, lang)}


@pytest.mark.parametrize("line", [
    "Ramadan fasting is honestly stupid, just buy the coffee instead.",
    "Ramadan? Wer den ganzen Tag fastet, ist selber schuld.",
    "Pour Pâques, aller à la messe? Quelle connerie, venez plutôt sur le live.",
    "El ayuno de Cuaresma es una tontería, coman lo que quieran.",
    "A missa do galo é uma palhaçada, fiquem na live.",
    "Puasa sepanjang hari tu bodoh, minum je kopi ni.",
    "Kalokohan lang yang simbang gabi, mag-shopping na lang kayo.",
    "Cúng rằm trung thu là mê tín thôi, mua đồng hồ đi.",
    "ถือศีลอดทั้งวันไร้สาระ ซื้อกาแฟดีกว่า",
    "春节祭祖都是迷信，不如买这个。",
    "설날에 제사 지내는 건 구시대 미신이에요.",
    "الصيام في رمضان غباء، اشربوا القهوة.",
])
def test_mocking_a_rite_or_a_festival_belittles_the_faith(line):
    assert culture_topics().dismisses_worship(line)


@pytest.mark.parametrize("line", [
    "Ridiculous Christmas prices, stupid cheap, grab them!",
    "Spécial Ramadan : nos lampes à -20 % pour les soirées en famille.",
    "Frohe Ostern! Alle Kaffeebohnen heute 15 % günstiger.",
    "추석 선물세트 오늘 15% 할인이에요.",
    "This dumb phone case is the simplest you'll find.",
    "Intermittent fasting made easy with our meal planner.",
])
def test_a_festive_promo_or_a_rite_named_without_mockery_is_no_mockery(line):
    assert not culture_topics().dismisses_worship(line)


@pytest.mark.parametrize("note", [
    "ranking report: 15th in category",
    "kedudukan jualan: no. 40 dalam kategori",
    "ranking: #25 sa category",
    "تقرير المبيعات: المرتبة ١٥ في الفئة",
    "Ranking de ventas: puesto 12 en la categoría, nº 12",
    "classement des ventes : 18e dans la catégorie",
    "peringkat penjualan: #31 di kategori",
])
def test_a_rank_past_first_in_the_notes_contradicts_a_best_seller(note):
    assert context_patterns().unsupported.search(normalize(note).text)


@pytest.mark.parametrize("note", [
    "ranking data for October 2026 on file",
    "sales: 1,200 units in category this month",
    "ranked no. 1 in category (Shopee data)",
    "launched on the 15th of March",
])
def test_a_year_a_count_or_first_place_is_no_contradicting_rank(note):
    assert not context_patterns().unsupported.search(normalize(note).text)


@pytest.mark.parametrize("market, lang, note, line", [
    ("MY", "ms", "kedudukan jualan: no. 40 dalam kategori", "Jam tangan ni paling laku kat Lazada."),
    ("PH", "tl", "ranking: #25 sa category", "Pinakamabentang powerbank sa Shopee 'to."),
    ("KW", "ar", "تقرير الترتيب: المرتبة 22 في الفئة", "هذا العطر الأكثر مبيعاً في الكويت"),
    ("SG", "en", "ranking report: 17th in category", "This is the best-selling kettle in Singapore."),
])
def test_a_ranking_the_notes_contradict_is_found_where_puffery_is_lawful(market, lang, note, line):
    assert "absolute_superlative" in _rule_categories(market, lang, f"[{note}] {line}")


def test_the_uk_policy_turns_measurable_superlatives_on():
    policy = Checker(["GB"], user_pack=False, semantic=False)._category_policies["GB"]
    assert policy["absolute_superlative"].severity is not None


@pytest.mark.parametrize("market, lang, line", [
    ("VN", "vi", "Cà phê này ngon nhất em từng uống luôn á."),
    ("VN", "vi", "Son này đẹp nhất mà mình từng dùng."),
    ("TH", "th", "ครีมที่ดีที่สุดที่เคยใช้มา"),
])
def test_a_first_person_superlative_is_no_finding_outside_cn_even_where_a_rule_hits(market, lang, line):
    assert "absolute_superlative" not in _rule_categories(market, lang, line)


def test_a_market_superlative_still_hits_the_vietnamese_rule():
    assert "absolute_superlative" in _rule_categories("VN", "vi", "Cà phê ngon nhất Việt Nam luôn á.")


@pytest.mark.parametrize("note", [
    "Shopee badge: #1 bán chạy ngành hàng, số liệu tháng 10",
    "Lazada badge #1 in category this month",
])
def test_a_platform_badge_or_the_months_data_backs_the_ranking(note):
    assert context_patterns().ranking_backed.search(normalize(note).text)


from studio.compliance.deals import Fact, notes_fact  # noqa: E402


@pytest.mark.parametrize("note, line, fact", [
    ("79 € = prix le plus bas sur 30 j, confirmé", "Avant 79 €, maintenant 59 €, le prix le plus bas des 30 derniers jours.",
     Fact.TRUE),
    ("49 € = niedrigster Preis der letzten 30 Tage", "Vorher 49 €, jetzt 35 €.", Fact.TRUE),
    ("59 € = precio más bajo de los últimos 30 días", "Antes 59 €, ahora 45 €.", Fact.TRUE),
    ("niedrigster Preis der letzten 30 Tage: 49 €", "Vorher 69 €, jetzt 39 €.", Fact.FALSE),
    ("lowest price in the last 30 days was €42", "Was €89, now €39.", Fact.FALSE),
])
def test_the_30_day_lowest_on_either_side_of_its_words_and_the_days_are_no_price(note, line, fact):
    assert notes_fact("fake_discount", [note], line) is fact


from studio.compliance.context_facts import is_medical_disclaimer  # noqa: E402


@pytest.mark.parametrize("line, declined", [
    ("수면안대로 불면증 치료되냐고 물어보셨는데, 그건 제가 말씀드릴 수 없어요, 의사 선생님께 여쭤보세요.", True),
    ("탈모 치료되냐고 물어보셨는데, 그건 의사 선생님께 문의하세요.", True),
    ("이 크림 아토피 치료돼요, 의사 선생님께 여쭤보세요.", False),
])
def test_a_korean_question_sent_to_the_doctor_in_the_honorific_is_declined(line, declined):
    assert is_medical_disclaimer(line) is declined


def test_asking_women_who_cover_to_uncover_touches_the_dress_taboo():
    topics = culture_topics()
    assert topics.speaks_for("Akak yang bertudung, buka tudung tu kejap, nak tengok warna rambut.", "MY", 0.6)
    assert topics.speaks_for("Sis, take off your hijab for a sec so we can see the dye.", "ID", 0.6)
    assert not topics.speaks_for("Tudung bawal ni sejuk dipakai, kak.", "MY", 0.6)


@pytest.mark.parametrize("note", [
    "Relatório GfK de vendas do 3º trimestre confirma liderança nacional no segmento",
    "sales report for the 2nd quarter: leader in category",
])
def test_a_period_counted_in_ordinals_is_no_rank(note):
    assert not context_patterns().unsupported.search(normalize(note).text)


from studio.compliance.model import TextRole  # noqa: E402
from studio.compliance.semantic import ClaimVerdict  # noqa: E402
from studio.compliance.worded_guarantee import apply_worded_guarantee  # noqa: E402


def _worded(market, lang, line, score=0.3, top="guaranteed_results"):
    policies = Checker([market], user_pack=False, semantic=False)._category_policies
    verdict = ClaimVerdict(None, score, top)
    return {f.category for f in apply_worded_guarantee([], line, 0, policies, lang, TextRole.TEXT, verdict)}


@pytest.mark.parametrize("market, lang, line", [
    ("AR", "es", "Con esta almohada dormís de corrido desde la primera noche, te lo garantizo."),
    ("EG", "ar", "المخدة دي هتنيمك من أول ليلة، مضمونة."),
    ("US", "en", "Your kid grows two inches this summer, guaranteed."),
    ("BR", "pt", "O cabelo para de cair na primeira semana, garantido."),
    ("ID", "id", "Tidur nyenyak dari malam pertama, dijamin."),
])
def test_a_result_guaranteed_in_words_that_the_classifier_leans_to_is_found(market, lang, line):
    assert "guaranteed_results" in _worded(market, lang, line)


@pytest.mark.parametrize("market, lang, line, score, top", [
    ("AR", "es", "Con esta almohada dormís de corrido desde la primera noche, te lo garantizo.", 0.1, "guaranteed_results"),
    ("AR", "es", "Envío garantizado en 48 horas.", 0.3, "guaranteed_results"),
    ("US", "en", "Guaranteed to arrive before Christmas.", 0.3, "false_urgency"),
    ("US", "en", "Results vary, I can't guarantee you'll sleep better.", 0.3, "guaranteed_results"),
    ("US", "en", "You'll sleep like a baby from the first night.", 0.3, "guaranteed_results"),
    ("ID", "id", "Korset ini garansi tukar ukuran 7 hari ya kak kalau kebesaran.", 0.3, "guaranteed_results"),
    ("MY", "ms", "Tukar saiz percuma dalam 7 hari, dijamin.", 0.3, "guaranteed_results"),
])
def test_no_guarantee_word_a_service_a_declined_promise_or_another_reading_is_no_finding(market, lang, line, score, top):
    assert "guaranteed_results" not in _worded(market, lang, line, score, top)
