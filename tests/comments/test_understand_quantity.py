"""Buy codes and quantities across scripts (rules only: no model)."""

from __future__ import annotations

import pytest

from studio.comments.understand.intent_rules import apply_rules
from studio.comments.understand.language_id import LanguageIdentifier
from studio.comments.understand.quantity import is_buy_code, quantity


@pytest.mark.parametrize("text,qty", [
    ("+1", 1), ("CF 2", 2), ("cf2", 2), ("keep 1 kak", 1), ("chốt 2", 2), ("F1", 1), ("pesan 2", 2),
    ("quero 1", 1), ("أريد ٢", 2), ("أريد ۳", 3), ("要一个", 1), ("红色要两支", 2), ("拍三个", 3), ("扣1", 1),
    ("ลิปแดง ๒ แท่ง", 2), ("เอา 3 ชิ้น", 3), ("lấy 3 cái", 3), ("2 pairs of hoops", 2), ("gloss x1", 1),
    ("dos rojos por favor", 2), ("CF ２", 2), ("anting emas satu", 1), ("금 귀걸이 하나 주세요", 1),
    ("أبي حبتين", 2), ("要两套", 2), ("1 black dress size M pls", 1), ("dress hitam size M 1 kak", 1),
])
def test_quantity_in_every_script(text, qty):
    assert quantity(text) == qty


@pytest.mark.parametrize("text", ["chốt", "mine", "i want the red one", "cushion no 21 please", "shade #21 for me",
                                  "lo quiero", "+500"])
def test_no_quantity_when_none_is_stated(text):
    assert quantity(text) is None


@pytest.mark.parametrize("text", ["+1", "CF 2", "keep 1 kak", "chốt", "F1", "mine", "要2", "扣1", "เอาค่ะ", "أريد ٢",
                                  "pesan 2", "quero 1"])
def test_buy_codes(text):
    assert is_buy_code(text)


@pytest.mark.parametrize("text", ["how much is CF 2?", "I love it", "ship to chile?", "lol", "555555"])
def test_not_buy_codes(text):
    assert not is_buy_code(text)


@pytest.mark.parametrize("text,hint,lang", [
    ("ส่งกี่วันคะ", None, "th"), ("كم سعر الشحن", None, "ar"), ("红色还有货吗", None, "zh"), ("배송 며칠 걸려요?", None, "ko"),
    ("son đỏ còn hàng không ạ", None, "vi"), ("chốt", None, "vi"), ("keep 1 kak", None, "id"), ("magkano po", None, "tl"),
    ("¿cuánto tarda el envío?", None, "es"), ("quanto custa o frete", None, "pt"), ("is this waterproof?", None, "en"),
    ("vocês têm o tênis 38?", None, "pt"), ("có COD không", None, "vi"), ("nak 2 set sis", None, "ms"),
    ("+1", None, "und"), ("CF 2", None, "und"), ("CF 2", "pt-BR", "pt"), ("👋👋", "th", "th"),
])
def test_language_of_short_comments(identifier, text, hint, lang):
    assert identifier.identify(text, hint) == lang


@pytest.fixture(scope="module")
def identifier():
    return LanguageIdentifier()       # loads the model once (~0.5 s)


@pytest.mark.parametrize("text,lang,head,want", [
    ("耳环是真金吗", "zh", ("buy", 0.9), "question"),          # a particle: not an order
    ("唇彩粘不粘", "zh", ("praise", 0.8), "question"),          # X不X
    ("ต่างหูหนักไหมคะ", "th", ("other", 0.7), "question"),
    ("son đỏ còn hàng không ạ", "vi", ("praise", 0.9), "question"),
    ("gloss nya wangi ga kak", "id", ("complaint", 0.5), "question"),   # unsure complaint
    ("kok pertanyaan saya ga dijawab?", "id", ("complaint", 0.9), "complaint"),   # an asked complaint
    ("هل النظارة طبية", "ar", ("other", 0.6), "question"),
    ("qué linda eres", "es", ("praise", 0.9), "praise"),
    ("CF 2", "und", ("question", 0.9), "buy"),
    ("love it", "en", ("praise", 0.95), "praise"),
    ("لقد وصلني الروج مكسورا", "ar", ("buy", 0.55), "complaint"),     # a complaint word, an unsure head
    ("收到的是假货", "zh", ("praise", 0.6), "complaint"),
    ("paket belum sampai kak", "id", ("other", 0.7), "complaint"),
    ("broken heart emoji for this price lol", "en", ("praise", 0.9), "praise"),   # the head is sure
])
def test_rules_on_top_of_the_head(text, lang, head, want):
    assert apply_rules(text, lang, *head)[0] == want


@pytest.mark.parametrize("text,catalog,want", [
    ("ขอเคส ip15 สองอันได้ไหมคะ", {"15"}, 2), ("能给我留两个15的手机壳吗", {"15"}, 2),
    ("manda a de 10 mil pra mim", {"10000"}, None), ("reserva uma powerbank 20000 pra mim", {"20000"}, 1),
    ("แบต 20000 เอาหนึ่งค่ะ", {"20000"}, 1), ("mine 10k powerbank, dalawa", {"10000"}, 2),
    ("sartén 28cm x2", {"28"}, 2), ("iphone 15 case", {"15"}, None), ("XL 2 pcs", set(), 2),
    ("+1 kính ánh sáng xanh", set(), 1), ("F คุชชั่น 21 หนึ่งตลับ", {"21"}, 1),
])
def test_measures_are_not_counts(text, catalog, want):
    assert quantity(text, catalog) == want


@pytest.mark.parametrize("text,head,want", [
    ("can i get 2 of the nude one?", "question", "buy"), ("me puedes vender 2 fundas?", "question", "buy"),
    ("ขอเคส ip15 สองอันได้ไหมคะ", "question", "buy"), ("能给我留两个15的手机壳吗", "question", "buy"),
    ("can i get a refund?", "question", "question"), ("❤️❤️❤️", "praise", "other"), ("🔥🔥", "praise", "other"),
])
def test_asking_to_be_sold_a_number_is_a_buy_and_emoji_alone_is_other(text, head, want):
    assert apply_rules(text, "und", head, 0.7)[0] == want


def test_the_room_and_the_markets_lean_short_comments():
    ident = LanguageIdentifier(markets=["MX"])
    assert ident.identify("feliz viernes") == "es"               # not German in a Mexican show
    for text in ("cuánto cuesta el envío a Monterrey?", "quiero dos labiales rojos por favor",
                 "hola a todos desde Guadalajara", "está muy bonita la bolsa", "me encanta este live"):
        ident.identify(text, room=True)
    assert ident.identify("❤️❤️", room=True) == "es"              # no language of its own: the room's
    assert ident.identify("envian a chile??", room=True) == "es"
    assert ident.identify("❤️❤️") == "und"                       # outside a room: none


@pytest.mark.parametrize("text,head,want", [
    ("@carla ya viste esto jaja", ("complaint", 0.6), "other"), ("@jen did u get ur parcel?", ("buy", 0.5), "other"),
    ("anyone here from cebu?", ("other", 0.9), "other"), ("anyone here from cebu?", ("other", 0.5), "other"),   # asked of the viewers (blind sets label it so)
])
def test_viewer_to_viewer_and_roll_calls_stay_other(text, head, want):
    assert apply_rules(text, "en", *head)[0] == want


@pytest.mark.parametrize("text,lang,head,want", [
    # asked of the other viewers, not the host: other
    ("anyone tried the kettle? worth it?", "en", "question", "other"), ("alguém já usou essa frigideira?", "pt", "question", "other"),
    ("ada yg udah pernah beli popoknya?", "id", "question", "other"), ("有人买过这个猫粮吗", "zh", "question", "other"),
    ("ใครเคยใช้เสื่อโยคะนี้บ้าง", "th", "question", "other"), ("mn ơi có ai dùng bỉm này chưa", "vi", "question", "other"),
    ("فيه أحد من عمان؟", "ar", "question", "other"), ("how much is the kettle?", "en", "question", "question"),
    # telling the host the order is in: a buy, unless it is a complaint
    ("ya está en el carrito la correa", "es", "other", "buy"), ("udah co kak", "id", "other", "buy"),
    ("đã thêm vào giỏ nha", "vi", "other", "buy"), ("已拍两包", "zh", "praise", "buy"), ("กดตะกร้าแล้วค่ะ", "th", "other", "buy"),
    ("já paguei e veio quebrado", "pt", "other", "complaint"),
])
def test_viewer_questions_are_chatter_and_placed_orders_are_buys(text, lang, head, want):
    assert apply_rules(text, lang, head, 0.7)[0] == want


def test_a_sentence_outweighs_one_slang_word_and_laughs_of_any_length_vote():
    ident = LanguageIdentifier(markets=["MY", "SG", "ID", "PH"])
    assert ident.identify("el hervidor huele a plástico cuando hierve, ni de acero parece") == "es"   # "ni": not Malay
    assert ident.identify("el cuchillo es muy bueno pero no corta ni un tomate") == "es"
    assert ident.identify("mine po white shirt size M") == "tl"          # English with "po": Taglish
    assert ident.identify("kkkkkkkkk") == "pt" and ident.identify("wkwkwkwkwk") == "id"


@pytest.mark.parametrize("text,catalog,want", [
    ("one salmon cat food for me and one for my mom", set(), 2), ("um pra mim e um pra minha irmã", set(), 2),
    ("واحد لي وواحد لأختي", set(), 2), ("دمبلتين لو سمحت", set(), 2), ("dois tapetes, um azul e um rosa", set(), 2),
    ("เอาเสื่อโยคะสองผืน", set(), 2), ("เอาทรายแมว ๒ ถุง", set(), 2), ("ขอเสื้อ 2 ตัวค่ะ", set(), 2),
    ("猫砂拍了三袋", set(), 3), ("quiero 2 cajas de pañales", set(), 2), ("lấy 3 bịch tã", set(), 3),
    ("can you hold 2 of the size M diapers for me", set(), 2),
])
def test_sums_duals_and_classifiers_of_more_goods(text, catalog, want):
    assert quantity(text, catalog) == want


@pytest.mark.parametrize("text,lang,head,want", [
    ("ما شاء الله سرعة التوصيل، شهر كامل 🙄", "ar", ("praise", 0.76), "complaint"),     # sarcasm
    ("grabe ang bilis ng shipping, 3 weeks lang naman 🙃", "tl", ("praise", 0.54), "complaint"),
    ("ai nuôi mèo anh lông ngắn ko", "vi", ("question", 0.64), "other"),               # asked of the room
    ("sape kat sini bela kucing parsi?", "ms", ("question", 0.79), "other"),
    ("ใครเลี้ยงแมวส้มบ้าง", "th", ("question", 0.59), "other"),
    ("有没有养布偶的姐妹", "zh", ("question", 0.68), "other"),
    ("أحد يتمرن بالبيت؟ وش تنصحوني", "ar", ("question", 0.74), "other"),
    ("gente meu gato é castrado e vcs?", "pt", ("question", 0.66), "other"),
    ("có ship không", "vi", ("question", 0.9), "question"),                             # to the host
    ("can i get two of the 1.5kg salmon", "en", ("buy", 0.7), "buy"),                   # not a question
    ("bisa pesen dumbel 5kg 2 pasang kak?", "id", ("buy", 0.7), "buy"),
])
def test_sarcasm_room_questions_and_asked_orders(text, lang, head, want):
    assert apply_rules(text, lang, *head)[0] == want


@pytest.mark.parametrize("text,lang,head,want", [
    ("dumbel 2kg ku dateng penyok kak 😞", "id", ("buy", 0.6), "complaint"),     # a sad face, a complaint word
    ("pasir tauhu sampai semua lembap, hampeh", "ms", ("praise", 0.6), "complaint"),
    ("f4f tayo guys", "tl", ("buy", 0.83), "other"),                                # talk to the room
    ("kain muna ako brb mga mars", "tl", ("buy", 0.88), "other"),
    ("yg lagi diet absen dong 😂", "id", ("complaint", 0.5), "other"),
    ("tisu basah 2 pack", "id", ("buy", 0.6), "buy"),                               # wet wipes are no complaint
])
def test_faces_and_talk_to_the_room(text, lang, head, want):
    assert apply_rules(text, lang, *head)[0] == want


@pytest.mark.parametrize("text,want", [
    # numbers in words and local shorthand, in several languages
    ("abi wa7ed mn el sama3at", 1), ("3ayza etnen men el studs", 2), ("ابغى ثنتين من الساعة", 2),
    ("pa-reserve po ng isang calculator", 1), ("dalawang tumbler po", 2), ("pa-mine po 2 ng 36mm, isa para kay mama", 2),
    ("สมุด B5 สองเล่มค่ะ", 2), ("แว็กซ์ สามกระปุกครับ", 3), ("小包湿巾来五包", 5), ("白T要三件 S一件M两件", 3),
    ("1米线x2", 2), ("เอากล้องติดรถ1ตัว", 1),
    # an Arabic dual opening the order or after the buy verb
    ("كرسيين لو سمحت", 2), ("ابي منظمين مكتب", 2), ("ممكن تحجزين لي كيسين أكل قطط", 2),
    # one each is two, with or without "and"
    ("car chargers pls, one for me one for my wife", 2), ("the white controller, one for me n one for my bro", 2),
    ("2 aceites para barba, uno pa mi y otro pa mi compa", 2),
])
def test_number_words_shorthand_duals_and_one_each(text, want):
    assert quantity(text) == want


@pytest.mark.parametrize("text", [
    "احجزي لي سيروم فيتامين سي",            # a loanword in -ين is no dual
    "ممكن تحجزين لي الساعة",                 # a verb of "you" is no dual
    "em lấy ba lô nha shop", "em lấy balo nha shop",   # a backpack, not three
    "pa-mine po ng screwdriver set 32 in 1",  # a kit's spec
])
def test_words_that_look_like_counts_are_none(text):
    assert quantity(text) is None


@pytest.mark.parametrize("text,want", [
    ("kacamata anak 3 kak, buat anak2 ku", 3),           # "anak2" is children, not two
    ("اتنين بيج مقاس ٠-٦ من فضلك", 2),                   # a size range (months) is no count
    ("apartado 1 casa de campaña para 2 porfa", 1),       # a 2-person tent
])
def test_doubled_words_sizes_and_who_for_are_no_counts(text, want):
    assert quantity(text) == want
