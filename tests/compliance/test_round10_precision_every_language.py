"""Round 10 readers, every language: notes that state the stock left (or no restock) back "only N left";
a paid relationship said in any wording discloses; a question sent to the viewer's own doctor is a disclaimer;
a superlative of the host's own experience is opinion outside CN; "today" is no duration; a pitch that keeps
a people's diet respects it; an Arabic money-back on no result keeps the promise."""

import pytest

from studio.compliance.deals import Fact, notes_fact
from studio.compliance.normalize import normalize


@pytest.mark.parametrize("note, line", [
    ("Edisi terbatas Lebaran, sisa 3 pcs.", "Stok tinggal 3 lagi kak, buruan checkout sekarang!"),
    ("Édition limitée de Noël, 3 pièces restantes.", "Plus que trois pièces, trois ! Dépêchez-vous !"),
    ("إصدار محدود لرمضان، باقي ٣ قطع.", "باقي ثلاث حبات بس! الحقوا قبل تخلص!"),
    ("Edisi terhad Hari Raya, tinggal 3 unit.", "Tinggal 3 unit je lagi, cepat checkout!"),
    ("Limited Christmas edition, 3 pcs na lang.", "Tatlo na lang natitira, mga besh! Add to cart na!"),
    ("Edición limitada, quedan 4 piezas.", "¡Quedan cuatro piezas nada más, corran!"),
    ("Limited drop, 5 units left in stock.", "Only five left, grab one!"),
    ("Limitierte Auflage, noch 2 Stück auf Lager.", "Nur noch zwei Stück, schnell!"),
])
def test_noted_stock_left_that_the_line_says_is_real_scarcity(note, line):
    assert notes_fact("false_urgency", [note], line) is Fact.TRUE


@pytest.mark.parametrize("note, line", [
    ("Edisi terbatas, tidak di-restock.", "Buruan, stok terbatas!"),
    ("Limited Christmas edition, walang restock.", "Add to cart na, limited lang!"),
    ("Édition limitée, pas de réassort.", "Dépêchez-vous, c'est limité !"),
    ("إصدار محدود بدون إعادة تخزين.", "الحقوا قبل تخلص!"),
    ("Edisi terhad, tiada restock.", "Cepat, stok terhad!"),
    ("限量款，没有补货。", "手慢无，快抢！"),
])
def test_negated_restock_in_any_wording_is_real_scarcity(note, line):
    assert notes_fact("false_urgency", [note], line) is Fact.TRUE


@pytest.mark.parametrize("note, line", [
    ("Masih ada 30 pcs di gudang.", "Tinggal 3 lagi kak, buruan!"),
    ("Il reste 40 pièces en stock.", "Plus que trois pièces !"),
    ("المخزون ٤٠ قطعة.", "باقي ثلاث حبات بس!"),
    ("Stock: 25 units.", "Only three left!"),
    # a restock that is planned stays a contradiction, whatever the negator nearby says
    ("No, we restock weekly.", "Only three left!"),
    ("Edisi terbatas, tidak di-restock; sebenarnya restock tiap minggu.", "Tinggal 3 lagi!"),
])
def test_notes_with_more_stock_or_a_restock_still_contradict(note, line):
    assert notes_fact("false_urgency", [note], line) is Fact.FALSE


def test_a_run_total_is_not_the_stock_left():
    assert notes_fact("false_urgency", ["Limited edition of 300 pieces."], "Only 3 left!") is not Fact.FALSE


from studio.compliance.disclosure import says_disclosure  # noqa: E402


@pytest.mark.parametrize("line", [
    "Aviso: esto es colaboración paga con la marca y me llevo comisión.",
    "C'est un partenariat, rémunéré bien sûr, avec la marque.",
    "This is a paid collab with them, just so you know.",
    "Parceria remunerada com a marca, tá?",
    "Ini kolaborasi berbayar ya guys.",
    "Das ist eine bezahlte Kooperation mit der Marke.",
    "تعاون مدفوع مع الماركة.",
    "Je touche une commission sur chaque vente.",
    "Me llevo una comisión por cada venta.",
    "유료 협업이에요.",
])
def test_a_paid_relationship_said_in_any_wording_is_a_disclosure(line):
    assert says_disclosure(line)


@pytest.mark.parametrize("line", [
    "No es colaboración paga, lo compré yo.",
    "Sin comisión: lo compré con mi plata.",
    "I paid for it myself, not a collab.",
    "Das Produkt ist super, kauft es jetzt.",
    "Tanpa komisi, aku beli sendiri.",
])
def test_a_negated_or_absent_payment_is_no_disclosure(line):
    assert not says_disclosure(line)


from studio.compliance.context_facts import is_medical_disclaimer  # noqa: E402


@pytest.mark.parametrize("line", [
    "Me preguntan si esto quita la psoriasis… yo no soy médica, eso lo tiene que ver vuestro dermatólogo.",
    "On me demande si ça soigne l'eczéma : je ne suis pas médecin, voyez ça avec votre dermatologue.",
    "May nagtatanong kung gamot ito sa eczema, hindi ako doktor, doktor mo ang makakasagot niyan.",
    "Perguntaram se cura psoríase: não sou médica, isso é com o seu dermatologista.",
    "Jemand fragt, ob das Neurodermitis heilt: ich bin keine Ärztin, das klärt ihr mit eurem Hautarzt, fragt euren Hautarzt.",
])
def test_a_question_sent_to_the_viewers_own_doctor_is_a_disclaimer(line):
    assert is_medical_disclaimer(line)


@pytest.mark.parametrize("line", [
    "Someone asked if it cures eczema — yes it does, your doctor will be amazed.",
    "Esto quita la psoriasis, tu dermatólogo no lo va a creer.",
])
def test_a_claim_that_names_the_doctor_stays_a_claim(line):
    assert not is_medical_disclaimer(line)


from studio.compliance.model import Finding, RuleSeverity  # noqa: E402
from studio.compliance.personal_superlative import personal_superlative, without_personal_superlative  # noqa: E402


@pytest.mark.parametrize("line", [
    "C'est honnêtement le meilleur mascara que j'ai jamais eu, il tient toute la journée.",
    "This is the best serum I've ever used!",
    "El mejor sérum que he probado en mi vida.",
    "O melhor rímel que eu já usei.",
    "Das beste Mascara, das ich je hatte.",
    "Serum terbaik yang pernah aku pakai.",
    "Ito ang pinakamagandang serum na nagamit ko.",
    "Đây là serum tốt nhất mà mình từng dùng.",
    "ครีมที่ดีที่สุดที่เคยใช้มา",
    "أفضل كريم اللي جربته",
    "내가 써본 것 중 최고예요",
])
def test_a_superlative_of_the_hosts_own_experience_is_personal(line):
    assert personal_superlative(line)


@pytest.mark.parametrize("line", [
    "The best serum on the market.",
    "The best serum in the world, the best I've ever used.",
    "Le meilleur mascara de France.",
    "El mejor sérum del mundo.",
    "Serum terbaik di Indonesia.",
])
def test_a_market_superlative_is_not_personal(line):
    assert not personal_superlative(line)


def _semantic_superlative(line, markets):
    return Finding(rule_id="semantic.absolute_superlative", severity=RuleSeverity.WARN, markets=markets, lang="fr",
                   start=0, end=len(line), matched=line, text=line, explanation="", source="", suggestion="",
                   origin="semantic", category="absolute_superlative")


def test_the_classifier_reading_goes_except_where_absolute_terms_stay_banned():
    line = "这是我用过最好用的粉底。"
    out = without_personal_superlative([_semantic_superlative(line, ("CN", "SG"))], line)
    assert [f.markets for f in out] == [("CN",)]
    line = "C'est le meilleur mascara que j'ai jamais eu."
    assert without_personal_superlative([_semantic_superlative(line, ("FR", "BE"))], line) == []


from studio.compliance.amounts import money_at  # noqa: E402


@pytest.mark.parametrize("line, amount", [
    ("ราคาป้าย 1,990 วันนี้เหลือ 390 บาท", 1990),     # "วันนี้" is today, not a number of days
    ("原价1990日元，今天只要390日元", 1990),           # 日元 is yen, not a date
])
def test_a_price_before_today_or_yen_is_money(line, amount):
    assert amount in {a for _, a in money_at(normalize(line).text)}


@pytest.mark.parametrize("line, amount", [("ใช้ได้ 30 วัน", 30), ("有效期30日", 30)])
def test_days_stay_durations(line, amount):
    assert amount not in {a for _, a in money_at(normalize(line).text)}


def test_a_price_history_the_notes_confirm_backs_the_thai_reference_price():
    line = "ราคาป้าย 1,990 วันนี้เหลือ 390 บาท ลด 80% ค่ะ"
    assert notes_fact("fake_discount", ["ขายที่ 1,990 บาทมาตลอด 4 เดือนที่ผ่านมา"], line) is Fact.TRUE
    assert notes_fact("fake_discount", ["ขายที่ 390 บาทมาตลอด 4 เดือนที่ผ่านมา"], line) is Fact.FALSE


from studio.compliance.culture_topics import culture_topics  # noqa: E402


@pytest.mark.parametrize("line, market", [
    ("屠妖节快到了，我们的素食印度甜点礼盒很适合送给印度朋友，全部素的哦。", "SG"),
    ("Pure veg Diwali sweets box for your Indian friends!", "SG"),
    ("Kotak manisan Deepavali vegetaris, cocok untuk hindu friends kamu.", "MY"),
])
def test_a_festive_pitch_that_keeps_the_peoples_diet_is_no_finding(line, market):
    assert not culture_topics().speaks_for(line, market)


@pytest.mark.parametrize("line, market", [
    ("屠妖节快到了，牛肉干礼盒很适合送给印度朋友", "SG"),
    ("Beef jerky hamper for your Indian friends, vegetarian friends will love the nuts too", "SG"),
    ("Diwali sweets for your Indian friends", "SG"),
])
def test_a_pitch_touching_the_taboo_or_saying_nothing_of_it_still_speaks(line, market):
    assert culture_topics().speaks_for(line, market)


from studio.compliance.return_windows import is_return_window, refund_on_no_result  # noqa: E402


def test_arabic_money_back_on_no_result_is_a_promised_result_and_a_window_is_a_service():
    assert refund_on_no_result("الكريم ده هيبيضك في سبع أيام، مضمون مية في المية، ولو ما نفعش فلوسك ترجع.")
    line = "لو المنتج وصلك مكسور فلوسك ترجع خلال ٧ أيام"
    assert is_return_window(line) and not refund_on_no_result(line)


@pytest.mark.parametrize("line", ["Corre que se acaban.", "C'est une affaire, foncez !", "Ein Hit, schnell zugreifen!"])
def test_an_article_is_no_count_that_a_larger_stock_contradicts(line):
    note = "Edición limitada de 200 piezas; el inventario real marca 5."
    assert notes_fact("false_urgency", [note], line) is not Fact.FALSE


@pytest.mark.parametrize("note, line", [
    ("Promo ulang tahun toko berlaku hanya hari ini; harga normal kembali besok.", "Khusus hari ini aja ya kak!"),
    ("Oferta válida solo hoy.", "¡Solo hoy, corran!"),
    ("Valable uniquement aujourd'hui.", "Seulement aujourd'hui, foncez !"),
    ("Angebot gilt nur heute.", "Nur heute, schnell!"),
    ("Deal valid today only.", "Today only, grab it!"),
    ("仅限今天有效。", "只有今天，快下单！"),
])
def test_a_deal_the_notes_say_is_valid_only_today_is_a_real_deadline(note, line):
    assert notes_fact("false_urgency", [note], line) is Fact.TRUE


def test_valid_today_with_a_repeat_in_the_notes_is_still_false():
    assert notes_fact("false_urgency", ["Promo berlaku hanya hari ini, tapi besok diulang lagi."], "Hari ini aja!") \
        is Fact.FALSE


def test_tagalog_sold_at_in_any_affix_names_the_usual_price():
    line = "Ang SRP nito ay 2,499 pero dito sa live, 799 na lang, sulit diba!"
    assert notes_fact("fake_discount", ["Naibenta sa 2,499 sa official store nitong nakaraang tatlong buwan."], line) \
        is Fact.TRUE
    assert notes_fact("fake_discount", ["Ibinenta sa 799 mula pa noong isang taon."], line) is Fact.FALSE
