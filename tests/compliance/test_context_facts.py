"""Facts around a line beyond prices and deadlines (studio.compliance.context_facts), the deal
notes' finer points (no restock, production totals, the usual price), and which markets a
cultural reading speaks for (studio.compliance.culture_topics). Rules only (semantic=False)
unless a test needs the encoder: these facts are read without the classifier."""

import pytest

from studio.compliance import Checker, RuleSeverity
from studio.compliance.context_facts import is_medical_disclaimer, notes_say_disclosed, notes_say_paid
from studio.compliance.culture_topics import culture_topics
from studio.compliance.deals import Fact, notes_fact
from studio.compliance.packs import semantic_policy
from studio.compliance.semantic import SemanticUnavailable, shared_classifier


def findings(market, text, notes=(), lang=None, semantic=False):
    return Checker([market], user_pack=False, semantic=semantic).check_text(text, lang, notes=notes)


def of(category, found):
    return [f for f in found if f.category == category]


def encoder_or_skip():
    try:
        shared_classifier()
    except SemanticUnavailable as exc:
        pytest.skip(f"no sentence encoder here: {exc}")


@pytest.mark.parametrize("notes", [
    ["[brand pays host a monthly fee plus 20% commission; no disclosure on screen]"],
    ["[المؤثر بعقد إعلاني مدفوع؛ بدون إفصاح]"], ["[dibayar fee bulanan + komisi oleh brand; tidak diungkap]"],
    ["[브랜드로부터 광고비 수령; '유료광고 포함' 표시 없음]"], ["【品牌支付業配費用並寄送產品，未揭露】"],
    ["[produits offerts + commission ; non mentionné]"], ["[nhận phí cố định + hoa hồng từ nhãn hàng]"],
    ["[la marca paga una tarifa fija por mencionarlo]"], ["[Marke zahlt Provision]"],
])
def test_notes_that_say_the_host_is_paid(notes):
    assert notes_say_paid(notes)


@pytest.mark.parametrize("notes", [
    ["[host bought it with her own money, no payment]"], ["[paid partnership, disclosed on screen throughout]"],
    ["[limited drop of 200 units confirmed by the brand]"], ["[仓库库存5000件]"], [],
])
def test_notes_that_do_not_say_the_host_is_paid(notes):
    assert not notes_say_paid(notes)


@pytest.mark.parametrize("market, text, notes", [
    ("GB", "My fave supplement, been on it for months, linking it below babes x",
     ["[brand pays host a monthly fee plus 20% commission per sale; no disclosure]"]),
    ("ID", "Aku rutin minum ini tiap pagi, link di keranjang kuning ya", ["[dibayar fee bulanan + komisi oleh brand]"]),
    ("KR", "광고 아니고요, 제 돈 주고 산 거예요", ["[브랜드로부터 광고비 수령; '유료광고 포함' 표시 없음]"]),
])
def test_a_paid_note_without_a_disclosure_is_a_hidden_ad(market, text, notes):
    hits = of("undisclosed_endorsement", findings(market, text, notes))
    assert hits and all(f.severity is RuleSeverity.BLOCK for f in hits) and hits[0].source


@pytest.mark.parametrize("market, text", [
    ("GB", "#ad I'm working with Lumi today, and this cleanser is lovely"),
    ("KR", "유료광고 포함, 브랜드에서 제공받았어요"), ("DE", "Werbung: bezahlte Kooperation mit der Marke"),
    ("TH", "#โฆษณา วันนี้ไลฟ์ร่วมกับแบรนด์ค่ะ"), ("BR", "#publi em parceria com a marca"),
    ("CN", "本场直播为广告合作，感谢品牌支持"),
])
def test_a_paid_note_with_a_disclosure_in_the_line_is_fine(market, text):
    assert not of("undisclosed_endorsement", findings(market, text, ["[paid partnership with the brand]"]))


def test_a_disclosure_earlier_in_the_segment_covers_the_lines_after_it():
    script = "[paid partnership with Lumi]\n#ad this live is sponsored by Lumi\nThis cleanser is lovely, link below"
    found = Checker(["GB"], user_pack=False, semantic=False).check_lines(script)
    assert not of("undisclosed_endorsement", found)
    found = Checker(["GB"], user_pack=False, semantic=False).check_lines(
        "[paid partnership with Lumi]\nThis cleanser is lovely, link below")
    assert of("undisclosed_endorsement", found)


def test_a_denial_without_notes_is_not_a_finding():
    encoder_or_skip()
    for market, text in [("GB", "Not sponsored, I bought it myself"), ("CN", "不是广告哈，自己花钱买的"),
                         ("BR", "Não é publi, comprei com meu dinheiro")]:
        assert not of("undisclosed_endorsement", findings(market, text, semantic=True)), text


def test_green_notes_that_contradict_the_claim_block_and_a_certificate_clears_the_vague_reading():
    encoder_or_skip()       # the classifier says the line is a green claim; the notes say it is false
    hits = of("green_claims", findings("ID", "Sabun ini 100% alami, tanpa bahan kimia sama sekali.",
                                       ["[mengandung SLS dan pewangi sintetis]"], semantic=True))
    assert hits and all(f.severity is RuleSeverity.BLOCK for f in hits)
    assert not of("green_claims", findings("KR", "용기는 재활용 플라스틱 50%예요, 인증서 있어요",
                                           ["[GRS 50% 재생 PET 인증]"], semantic=False))


@pytest.mark.parametrize("market, text, notes", [
    ("SG", "This one is the No.1 dermatologist-recommended sunscreen in Singapore lah",
     ["[brand has no survey, ranking or sales data supporting a No.1 claim]"]),
    ("MX", "Es la crema número 1 de México, ¡la número uno!", ["[no existe estudio, encuesta ni dato de ventas]"]),
    ("US", "America's number one rated sunscreen", ["[no survey, award or ranking exists]"]),
])
def test_a_ranking_the_notes_say_is_unsupported_blocks_where_puffery_is_lawful(market, text, notes):
    hits = of("absolute_superlative", findings(market, text, notes))
    assert hits and all(f.severity is RuleSeverity.BLOCK for f in hits) and "substantiation" in hits[0].source
    # without notes a first place in a named country is still a fact to check (round 14: a warning where puffery is
    # lawful); notes that name the data clear it
    silent = of("absolute_superlative", findings(market, text))
    assert silent and all(f.severity is RuleSeverity.WARN for f in silent)
    assert not of("absolute_superlative", findings(market, text, ["[NielsenIQ 2026 retail panel report: No.1 by units]"]))


@pytest.mark.parametrize("market, text", [
    ("AT", "Das ist kein Medikament und heilt nichts, bei Beschwerden bitte zum Arzt."),
    ("KR", "이거 약 아니에요, 병 치료 안 돼요, 아프시면 병원 가세요"),
    ("KR", "채팅에 '여드름 치료돼요?' 물어보셨는데, 아니요, 보습 크림이에요, 피부과 가세요"),
    ("VN", "Có bạn hỏi 'uống có hết gout không' — không nha bạn, trà thôi, hỏi bác sĩ nha"),
    ("SA", "واحد يسأل 'ينفع لمرضى السكر؟' والله ما أقدر أفتي، اسأل دكتورك، هذا تمر بس"),
])
def test_a_disclaimer_that_sends_viewers_to_a_doctor_is_not_a_medical_claim(market, text):
    assert is_medical_disclaimer(text)
    assert not of("medical", findings(market, text))


def test_a_cure_claim_with_a_doctor_mentioned_is_still_one():
    assert not is_medical_disclaimer("Cures eczema in a week, doctors love it")
    assert of("medical", findings("US", "This cream cures eczema in a week, ask your friends"))


@pytest.mark.parametrize("notes, fact", [
    (["[inventory shows exactly 3 units; limited-edition run, no restock planned]"], Fact.TRUE),
    (["[stok real 3 pcs; edisi terbatas tanpa restock]"], Fact.TRUE),
    (["[edición limitada de 500 piezas; el sistema muestra 5 en stock]"], Fact.TRUE),
    (["【限量联名款，总共生产500件，后台实时库存50件，不补货】"], Fact.TRUE),
    (["[timer diulang terus; harga sama sepanjang bulan]"], Fact.FALSE),
    (["[타이머가 반복 재시작됨; 한 달 내내 동일 가격]"], Fact.FALSE),
    (["[ตัวเลข 800 คนแต่งขึ้น สต็อกยังมีหลายพันชิ้น]"], Fact.FALSE),
    (["[we restock every week]"], Fact.FALSE),
])
def test_scarcity_notes(notes, fact):
    line = {"【": "只剩最后50件了，卖完就没了"}.get(notes[0][0], "Only 5 left!")
    assert notes_fact("false_urgency", notes, line) is fact


@pytest.mark.parametrize("notes, line, fact", [
    (["[in den 30 Tagen zuvor durchgehend zu 29,99 € verkauft]"], "Vorher 29,99, jetzt 19,99.", Fact.TRUE),
    (["[dijual RM89 selama 3 bulan sebelum ini]"], "Harga biasa RM89, hari ni RM69.", Fact.TRUE),
    (["[商品上架以来一直售价RM39.90]"], "原价RM399，现在RM39.90，等于一折啦", Fact.FALSE),
    (["[preço aumentado para R$ 250 na véspera; antes sempre R$ 39,90]"], "Tava 250 conto, hoje 39,90", Fact.FALSE),
    (["[hãng không có giá bán lẻ 2 triệu; giá bịa ra]"], "Giá hãng 2 triệu, em bán 199k thôi", Fact.FALSE),
    (["[최근 3개월간 5만 원에 판매]"], "정가 5만 원, 오늘 3만 9천 원", Fact.TRUE),      # 만: not the digits alone
])
def test_reference_price_notes(notes, line, fact):
    assert notes_fact("fake_discount", notes, line) is fact


@pytest.mark.parametrize("text, market, counts", [
    ("Skip taraweeh tonight, stay on my live for the flash sale", "US", True),      # mocking a rite: everywhere
    ("Red wine body butter, smells like a cocktail", "US", False),                  # wine: only where it is taboo
    ("Red wine body butter, smells like a cocktail", "AE", True),
    ("برجر لحم بقري حلال، شهادة الحلال موجودة في الوصف", "AE", False),             # beef is India's taboo
    ("牛肉干礼盒卖给印度朋友最适合，屠妖节就送这个", "SG", True),                    # ...unless pitched for Diwali
    ("This bak kwa got pork, but Muslim friends also can eat", "SG", True),
    # the market gate reads culture.yaml: a feast's name alone is not a pitch to its people...
    ("Diwali gifting sorted! Our premium beef jerky hamper, perfect for the festival snack table", "AU", False),
    ("Diwali gifting sorted! Our premium beef jerky hamper, perfect for your Hindu in-laws", "AU", True),
    ("屠妖节送礼就送这盒和牛礼盒啦，你的印度同事一定喜欢！", "SG", True),
    # ...German compounds are alcohol too, and Germany does not hold that taboo
    ("Glühwein-Gewürzset für den Weihnachtsmarkt-Abend, mit einem Glas Rotwein ein Traum", "DE", False),
    ("Glühwein-Gewürzset für den Weihnachtsmarkt-Abend, mit einem Glas Rotwein ein Traum", "AE", True),
    # a taboo named only as absent respects it, even in the markets that hold it
    ("This one is alcohol-free, so you can wear it to the masjid", "AE", False),
    ("Parfum tanpa alkohol, aman buat sholat", "ID", False),
    ("不含酒精的香水，清真认证", "MY", False),
    ("Parfum dengan alkohol tinggi, wanginya tahan lama", "ID", True),
    # a feast that touches no taboo: only where its people's taboos are held
    ("Ramadan dates box, 20% off after iftar tonight", "US", False),
    ("Ramadan dates box, 20% off after iftar tonight", "AE", True),
    # a rite named is about the faith itself, in any market
    ("Viernes Santo: antes de la procesión el cura se la pasa borracho, échense un mezcal", "MX", True),
])
def test_a_cultural_reading_speaks_for_the_markets_that_hold_the_taboo(text, market, counts):
    assert culture_topics().speaks_for(text, market) is counts


def test_cultural_policy_per_market():
    policy = semantic_policy(["TH", "VN", "MX", "BR", "ID", "IN", "US", "DE"], user_pack=False)
    for market in ("TH", "VN", "MX", "BR", "ID", "IN"):
        assert policy[market]["cultural_sensitivity"].severity is RuleSeverity.BLOCK, market
    assert policy["US"]["cultural_sensitivity"].severity is None
    assert policy["DE"]["cultural_sensitivity"].severity is RuleSeverity.WARN
    for market in ("TH", "ID"):
        assert policy[market]["absolute_superlative"].severity is RuleSeverity.BLOCK


@pytest.mark.parametrize("market, text", [
    ("SA", "التراويح تقدر تصليها بكرة، الحين لايف التخفيضات أهم"),
    ("MY", "Sembahyang Jumaat nanti-nanti la, flash sale tinggal sejam"),
    ("BR", "Esquece a procissão, santo nenhum dá desconto igual a esse, kkkk"),
    ("TH", "ไม่ต้องไปวัดหรอก อยู่ดูไลฟ์แม่ดีกว่า"),
])
def test_telling_viewers_to_skip_worship_is_a_cultural_finding(market, text):
    assert of("cultural_sensitivity", findings(market, text))


@pytest.mark.parametrize("market, text", [
    ("AE", "We'll pause the live for Friday prayers and be back at 2pm"),
    ("ID", "Jangan lupa bawa mukena buat tarawih ya kak"),
    ("ID", "Puasa tetap glowing, tak perlu makeup tebal"),
    ("TH", "วัดขนาดเอวก่อนสั่งดีกว่านะคะ"),
    ("US", "Forget church this Sunday, the real miracle is this price"),     # the US pack has culture off
])
def test_worship_named_without_a_dismissal_is_not(market, text):
    assert not of("cultural_sensitivity", findings(market, text))


def test_a_countdown_in_seconds_with_a_looping_timer_blocks():
    hits = of("false_urgency", findings("MY", "Harga ni tamat dalam 60 saat, tengok timer tu weh!",
                                        ["[timer berulang; harga sama sepanjang bulan]"]))
    assert hits and all(f.severity is RuleSeverity.BLOCK for f in hits)


@pytest.mark.parametrize("line", [
    "Skip the rosary tonight, it's just superstition, stay with me for the flash deal",
    "Vigil Misa? Ya ni vayan, quédense en el live jajaja, eso es superstición",
    "Gak usah ke masjid dulu, wkwk, flash sale cuma sejam",
    "Lễ chùa rằm tháng này bỏ đi, mê tín lắm, ở lại live với em",
    "Esquece o culto de domingo, kkkkk, aqui tem promoção",
])
def test_lines_that_belittle_worship(line):
    assert culture_topics().dismisses_worship(line)


@pytest.mark.parametrize("line", [
    "No te olvides de ir a misa el domingo, el live es a las 8",
    "We pause for Friday prayers at 12:30 and come back after",
    "A rosary case in silver, a lovely gift for your godmother",
])
def test_respectful_lines_about_worship_pass(line):
    assert not culture_topics().dismisses_worship(line)


@pytest.mark.parametrize("market, line, notes, category", [
    ("GB", "The No.1 cleanser in Britain, top on every marketplace!", ["[no sales or ranking data on file]"],
     "absolute_superlative"),
    ("AE", "السيروم الأول في الخليج!", ["[لم يتم إجراء أي دراسة أو استطلاع]"], "absolute_superlative"),
    ("CN", "全国销量第一的面霜！", ["【品牌方无任何第三方销量数据】"], "absolute_superlative"),
    ("PL", "Cena regularna 599 zł, dziś 129 zł!", ["[nigdy nie sprzedawano za 599 zł]"], "fake_discount"),
    ("TH", "จาก 1,990 เหลือ 290 บาท!", ["[ปรับราคาตั้งเป็น 1,990 ก่อนไลฟ์ 1 ชั่วโมง]"], "fake_discount"),
])
def test_notes_that_take_away_the_claims_backing(market, line, notes, category):
    assert of(category, findings(market, line, notes=notes))


@pytest.mark.parametrize("market, line, notes", [
    ("SA", "العبوة صديقة للبيئة ١٠٠٪ وقابلة للتحلل.", ["[بلاستيك عادي؛ لا توجد أي شهادة]"]),
    ("MX", "Empaque biodegradable y marca carbono neutral.", ["[sin compensaciones ni certificación]"]),
    ("CN", "包装可降解，品牌碳中和，对环境零负担！", ["【普通塑料袋；无任何环保认证】"]),
])
def test_notes_that_contradict_a_green_claim(market, line, notes):
    encoder_or_skip()
    assert of("green_claims", findings(market, line, notes=notes, semantic=True))


def test_a_label_on_screen_in_the_notes_is_a_disclosure():
    assert notes_say_disclosed(["[parceria paga; selo 'Publicidade' na tela a live inteira]"])
    assert not notes_say_disclosed(["【主播抽佣 20%，画面无任何广告标示】"])
    assert notes_say_paid(["【主播抽佣 20%，画面无任何广告标示】"])


def test_a_tagalog_denial_is_not_a_disclosure():
    found = findings("PH", "Hindi ito sponsored ha, sariling pera ko 'to.", notes=["[brand pays a 15% commission]"])
    assert of("undisclosed_endorsement", found)


@pytest.mark.parametrize("line", [
    "Someone asks if it clears psoriasis: I'm not a doctor and this is not a medicine, talk to your dermatologist.",
    "Preguntan si quita la artritis... yo no soy doctora, eso al médico, esto es un té nada más.",
])
def test_a_question_sent_to_a_doctor_is_a_disclaimer(line):
    assert is_medical_disclaimer(line)


@pytest.mark.parametrize("market, counts", [("DE", False), ("AU", False), ("AE", True)])
def test_the_semantic_cultural_reading_is_gated_by_market(market, counts):
    from studio.compliance import Checker
    from studio.compliance.semantic import ClaimVerdict

    verdict = ClaimVerdict("cultural_sensitivity", 0.9, "cultural_sensitivity", "pork floss for Raya", "en")
    found = Checker([market], user_pack=False).check_text(
        "Mulled wine spice kit for the Christmas market, lovely with a glass of red wine", "en", verdict=verdict)
    cultural = [f for f in found if f.category == "cultural_sensitivity"]     # in AE a Gulf rule may speak first
    assert bool(cultural) is counts
    assert all('similar to: "pork floss for Raya"' in f.explanation for f in cultural if f.origin == "semantic")
