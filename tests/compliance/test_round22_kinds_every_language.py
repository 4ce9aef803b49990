"""Round 22 (review21 A and D: ordinary host lines the newest readers blocked), each fixed as a kind in the languages
its reader covers, through the rules and word readers (no classifier): the jeer must be aimed at the body (one sentence,
or the viewer called fat and the jeer in the next), not at a price said wrong, the traffic or the camera, and food fat,
pork belly or a belly ache is no body; the sacred image must be on the item (one clause), not a blessing, a feast or a
place said before a comma, nor extra-virgin oil or a Buddha bowl; the host's own device or the brand giving the warranty
is no rival; a giveaway, a title said to the viewer or the shop's own schedule is no guaranteed result. And the claims
the readers were built for (sets 19-23, probes 18-19) stay caught."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.culture_topics import culture_topics
from studio.compliance.deals import Fact, notes_fact
from studio.compliance.disparagement import named_rival, shames_body
from studio.compliance.normalize import normalize
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.word_pairs import word_pair
from studio.compliance.worded_guarantee import promises_by_deadline


def context_findings(market, text, lang):
    found = Checker([market], user_pack=False, semantic=False).check_text(text, lang=lang)
    return [f for f in found if f.severity.value in ("warn", "block")]


def sacred_on_lowly(line):
    return word_pair("sacred_placement.yaml", "sacred", "lowly").reads(line)


# --- body shaming ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Que vergonha, gente, falei o preço errado da cinta. A calça segura a barriga sim",
    "Ninguém quer barriga estufada depois do almoço, né? Esse chá ajuda na digestão",
    "Ficou horrível a luz hoje, desculpa! O short é de cintura alta, cobre a barriga",
    "Em xấu hổ quá, nãy nói nhầm giá. Sữa hạt này béo ngậy mà không ngấy nha",
    "Đau bụng quá, người ta cười em nãy giờ, để em uống miếng nước rồi live tiếp",
    "Minyak jelantah bikin jijik? Air fryer ini masak tanpa lemak",
    "الأسعار فضيحة اليوم! مقلاة هوائية تقلل الدهون",
    "مين بيحب الشوكولاتة؟ دي بار بروتين قليلة الدهون",
    "กล้องเบลอจนดูไม่ได้เลยค่ะ ขอโทษนะคะ หม้อทอดตัวนี้ช่วยลดไขมันส่วนเกินจากอาหาร",
    "¡Qué asco de tráfico! Llegué tarde. Esta faja es para después del parto, para la panza",
    "The gross weight is 2 kg and it's a low-fat air fryer",
    "This pan makes pork belly so crispy, no gross splatter on the stove",
    "Nobody wants a belly ache after dinner, so try this ginger tea",
    "C'est la honte, j'ai oublié la grosse promo de ce soir",
    "Masarap ang liempo, tiyan ng baboy, sa air fryer na ito",
    "돼지저금통 깨서 사세요, 뱃살 걱정 없는 제로 음료예요",
    "丢人了，刚才把肥皂的价格说错了",
    "价格便宜得吓人！这款羽绒服胖瘦都能穿",
    "Qué vergüenza, me equivoqué de precio. Este pantalón de cintura alta cubre la panza",
    "Malu-maluin banget, tadi salah sebut harga. Celana ini nutupin perut kok",
])
def test_a_jeer_at_something_else_or_food_fat_shames_no_body(line):
    assert not shames_body(line)


@pytest.mark.parametrize("line", [
    # sets 22-23 (DEV), as the readers were built for them
    "Ladies, if your belly jiggles like that, honestly nobody wants to see it, hop on this e-bike and fix that gross body.",
    "Gordita, con esa panza das vergüenza, súbete a esta bici estática y deja de dar asco.",
    "Tá gordinha assim? Vergonha, hein, sobe nessa bike e para de ser feia.",
    "สาวๆ อ้วนแบบนี้น่าเกลียดมาก ใครเห็นก็ขำ รีบปั่นจักรยานตัวนี้ซะ",
    "Mập như vầy ra đường người ta cười cho, mua cái xe đạp tập này đi cho đỡ xấu hổ.",
    "Ladies, if your belly looks like a sack of rice, you NEED this shapewear, it's embarrassing otherwise.",
    "Con esa barriga da vergüenza ir a la playa, chica, ponte esta faja ya.",
    "Gorda desse jeito ninguém vai te olhar, compra a cinta e esconde essa barriga.",
    "อ้วนขนาดนี้ใส่ชุดว่ายน้ำน่าอายนะคะ รีบซื้อชุดกระชับสัดส่วนเลย",
    "Béo như vầy mà mặc áo ôm thì ai nhìn nổi, mua gen nịt bụng che lại đi chị.",
    "胖成这样还好意思穿紧身裙？赶紧买我们的塑身衣遮一遮吧。",
    "Tá gordinha desse jeito? Toma esse chá antes que seu marido te troque, né, gente?",
    "¿Ya viste la panza que traes? Con esa lonja nadie te va a querer, súbete a la caminadora ya.",
    "Barriga desse tamanho? Você não tem vergonha de ir à praia assim?",
    "พุงแบบนี้ใส่ชุดรัดรูป ใครจะทนดู ซื้อสเตย์ไปเลย",
    # the viewer called fat, the jeer in the next sentence, in other languages
    "Gordita? Nadie te va a querer así, llévate la faja.",
    "So chubby? Nobody wants to see that at the beach, grab this belt.",
    "Gendut gitu? Gak ada yang mau lirik, minum teh ini.",
    "胖成这样？没人要的，快买这个茶。",
    # review21 D: jeers outside the old lists
    "Con esa panza ni tu sombra te quiere ver, tómate el té",
    "With that belly even your mirror cries, drink this tea",
    "Bụng bự vậy ra đường ai cũng chê, uống trà này đi",
    "Gordinha assim? Ninguém merece olhar pra isso, toma o chá",
    # a body part pointed at "like that", the jeer in the next sentence
    "Belly hanging out like that? No guy will look at you, ladies, grab the waist trainer!",
    "¿Panza así? Nadie te va a querer, ponte la faja.",
    "Perut buncit gitu? Gak ada yang mau lirik, pakai korset ini.",
    "Bụng vậy á? Ra đường người ta cười cho, mua gen đi.",
])
def test_a_jeer_aimed_at_the_body_still_shames_it(line):
    assert shames_body(line)


# --- a sacred image on a lowly item ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Boa noite, fiquem com Jesus! Amanhã tem chinelo a 19,90",
    "Fiquem com Deus e com Jesus, e o chinelo sai a 19,90",
    "Tuhan Yesus memberkati kak, sandal ini tinggal 5",
    "Giao hàng tận nơi cả vùng Đức Mẹ La Vang, dép tổ ong chỉ 20k",
    "ส่งฟรีถึงนครปฐมใกล้องค์พระ ถุงเท้าคู่ละ 20 บาท",
    "رمضان كريم، لا تنسوا ختمة القران، وعندنا اليوم نعال رجالي بخصم",
    "Selamat Hari Wesak kepada penganut Buddha, stokin 3 pasang RM10",
    "Our Buddha bowl recipe book is 20% off, and the fuzzy socks are back",
    "God bless and Jesus loves you all, slippers are 2 for 199 po",
    "Aceite de oliva extra virgen y de regalo unos calcetines",
    "Saludos a Jesús que ya compró las chanclas",
    "佛祖保佑大家发财，拖鞋今天特价",
    "부처님 오신 날 연휴에도 배송해요, 양말 세트 할인",
    "Viva Pit Señor! Happy Fiesta Señor Santo Niño, tsinelas 2 for 150",
])
def test_a_blessing_a_feast_or_a_place_before_a_comma_is_no_sacred_image_on_the_item(line):
    assert not sacred_on_lowly(line)


@pytest.mark.parametrize("line", [
    "Popok ini gambar lafaz Allah, lucu kan buat bayi.",
    "ผ้าอ้อมลายพระพุทธรูป น่ารักดีใส่ให้ลูกเลย",
    "Bỉm in hình Đức Phật, dễ thương ghê, mặc cho bé đi.",
    "حفاضات مطبوع عليها آيات قرآنية، شكلها حلو على البيبي.",
    "พระพุทธรูปองค์นี้เอาไปวางในห้องน้ำข้างชักโครก สวยมาก ได้ฟีลรีสอร์ทเลย",
    "Thảm lau chân in hình Phật",
    "Calcetines con la imagen de la Virgen, ideales de regalo",
    "Meias com estampa de Jesus, só hoje",
    "These Buddha print socks are so cute",
    "A doormat with Quran verses on it, only 20 left",
    "印着观音像的地垫，放门口超好看",
])
def test_a_sacred_image_on_the_item_is_still_read(line):
    assert sacred_on_lowly(line)


# --- a named rival ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, line", [
    ("en", "I dropped my Samsung and the screen broke, so this case is a must"),
    ("en", "If your Dyson filter breaks, this replacement fits perfectly"),
    ("vi", "Có bảo hành Panasonic hư là đổi mới liền"),
    ("vi", "Bảo hành chính hãng Panasonic, hư là đổi mới"),
    ("vi", "Máy Philips nhà em xài 5 năm mới hư nên em tin hãng này"),
    ("th", "ประกันศูนย์ Samsung ถ้าพังเปลี่ยนใหม่ได้เลย"),
    ("es", "Mi Samsung se rompe la pantalla si se cae, por eso uso esta funda"),
    ("es", "Garantía oficial de Samsung si se rompe te lo cambian"),
    ("pt", "Meu Samsung caiu e a tela quebrou, por isso uso essa capa"),
    ("id", "Garansi resmi Samsung kalau rusak langsung ganti baru"),
    ("fr", "Mon Samsung est tombé et l'écran s'est cassé, d'où cette coque"),
])
def test_the_hosts_own_device_or_the_warranty_brand_is_no_rival(lang, line):
    assert not named_rival(lang).reads(line)


@pytest.mark.parametrize("lang, line", [
    ("en", "Those Philips toothbrushes are cheap junk that break your gums, ours won't."),
    ("vi", "Máy chiếu Epson là đồ rác, dùng một tuần là hỏng, phí tiền."),
    ("th", "อย่าไปซื้อหม้อหุงข้าว Sharp เลยค่ะ ใช้ไม่กี่เดือนก็พัง ของห่วย"),
    ("es", "Los filtros Fluval son una mierda, te matan los peces en una semana"),
    ("pt", "Os projetores da Epson são um lixo, queimam numa semana, dinheiro deitado fora."),
    ("id", "Proyektor Epson itu sampah, seminggu langsung rusak, buang duit."),
    ("fr", "Franchement, les casques de chez Razer c'est de la camelote, ça casse au bout d'une semaine."),
])
def test_a_rival_run_down_is_still_read(lang, line):
    assert named_rival(lang).reads(line)


# --- worded guarantees --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("market, lang, line", [
    ("GB", "en", "We guarantee new colours every month on this channel"),
    ("FR", "fr", "Garanti : le premier qui commente gagne un cadeau"),
    ("US", "en", "Guaranteed: the first to comment wins a free mug"),
    ("MX", "es", "Te lo garantizo campeón, es el mejor precio del live"),
    ("BR", "pt", "Valeu campeão, garanto que é o melhor preço"),
    ("MX", "es", "Garantizado: todos los lunes a las 8 en 3 semanas abrimos tienda nueva"),
    ("ID", "id", "Dijamin tiap bulan ada warna baru di live ini"),
    ("VN", "vi", "Đảm bảo mỗi tháng đều có mẫu mới nha"),
    ("BR", "pt", "Garantimos cores novas todo mês aqui na live"),
])
def test_a_giveaway_a_title_as_address_or_the_shops_schedule_is_no_guaranteed_result(market, lang, line):
    assert not [f for f in context_findings(market, line, lang) if f.category == "guaranteed_results"]


@pytest.mark.parametrize("line", [
    "วอยเชอร์ล้างแอร์ รับประกันค่าไฟลดลง 30% ทุกเดือนแน่นอน",
    "报我们的编织课，保证你每个月卖围巾赚两万，赚不到退全款还补差价。",
    "Daftarkan anak ke akademi catur kami, dijamin juara provinsi tahun ini.",
    "Garantizado que tu hijo sale campeón del torneo en 3 meses.",
    "Avec ce cours, garanti tu gagnes 2000 euros par mois.",
    "Kursus gitar online, dijamin bisa main 10 lagu dalam 2 minggu, 100%!",
    "We guarantee you lose 3 kilos every month with this tea",
])
def test_a_result_by_a_deadline_or_a_livelihood_is_still_guaranteed(line):
    assert promises_by_deadline(normalize(line).text)


# --- two lines round 21's comparison showed newly missed (the head and its veto; readers now catch them) ---------------

def test_a_bottle_of_red_in_a_gift_hamper_is_alcohol_in_the_gulf_only():
    line = "Pop these cheese crackers in a hamper with a nice bottle of red, perfect gift for your boss!"
    assert [f for f in context_findings("SA", line, "en") if f.category == "cultural_sensitivity"]
    assert not context_findings("GB", line, "en")


def test_paying_the_host_herself_is_off_platform_on_tiktok():
    found = context_findings("TIKTOK", "Mau lebih murah? Transfer aja langsung ke aku", "id")
    assert any(f.rule_id == "tiktok.off-platform" for f in found)
    assert not context_findings("TIKTOK", "Mau lebih murah? Checkout aja langsung di keranjang kuning", "id")


# --- a Thai certificate is no guarantee (b10-th-023: the retrained head leans to a guaranteed result) -------------------

LEANING = ClaimVerdict(None, 0.35, "guaranteed_results")


@pytest.mark.parametrize("line", [
    "ชุดนักเรียนผ้าฝ้ายออร์แกนิก ได้รับรอง GOTS เลขใบรับรองอยู่ในรายละเอียดค่ะ",
    "ผ้าอ้อมตัวนี้ใช้เยื่อกระดาษที่ได้รับการรับรอง FSC ใบรับรองอยู่หน้าสินค้าค่ะ",
    "ขวดทำจากพลาสติกรีไซเคิล 50% มีใบรับรอง GRS แนบในหน้าสินค้าค่ะ",
])
def test_a_thai_certificate_named_guarantees_no_result(line):
    found = Checker(["TH"], user_pack=False, semantic=True).check_text(line, lang="th", verdict=LEANING)
    assert not [f for f in found if f.category == "guaranteed_results"]


def test_a_thai_guarantee_of_a_result_still_reads_with_the_same_verdict():
    found = Checker(["TH"], user_pack=False, semantic=True).check_text("รับรองผิวขาวขึ้นแน่นอน ใช้แล้วเห็นผล", lang="th",
                                                                       verdict=LEANING)
    assert [f for f in found if f.category == "guaranteed_results"]


# --- a feast's faithful called fools, no decoration needed (review21 D) ------------------------------------------------

@pytest.mark.parametrize("line", [
    "Ramadan is for the fools who still fast",
    "Đèn lồng Trung thu cho mấy đứa ngu còn tin chị Hằng",
    "La Navidad es para los tontos que todavía creen, pero el árbol está al 50%",
    "O Natal é para os trouxas que ainda acreditam, mas a árvore está na promoção",
    "Le Carême c'est pour les idiots qui jeûnent encore, prenez ce coffret",
    "Puasa itu buat orang-orang bodoh, mending makan",
])
def test_the_faithful_called_fools_is_mocking_the_feast(line):
    assert culture_topics().dismisses_worship(line)


@pytest.mark.parametrize("line", [
    "Christmas jumpers, only fools would miss this price",
    "This Ramadan gift box is foolproof, no idiots needed to assemble",
    "Navidad: solo los tontos se pierden este precio",
])
def test_a_buyer_teased_as_a_fool_for_missing_a_deal_mocks_no_feast(line):
    assert not culture_topics().dismisses_worship(line)


# --- notes that confirm the deadline: the price returns to a stated amount, or the offer really ends at a stated hour --
# (b7-de-009, b7-th-023, p18-pt-028: deals the retrained head newly read as urgency)

@pytest.mark.parametrize("note", [
    "Einmaliger Aktionspreis am 5.12.; ab 6.12. automatisch wieder CHF 49.",
    "ราคาพิเศษเฉพาะ 5 ธ.ค. พรุ่งนี้ระบบปรับกลับเป็น 590 บาทอัตโนมัติ",
    "A oferta acaba mesmo às 21h; preço de R$ 1.999 nos últimos 4 meses.",
    "La oferta termina de verdad a las 21h, luego vuelve a 1.999.",
    "La promo termine vraiment à minuit.",
    "Promo berakhir beneran jam 9 malam.",
])
def test_notes_that_confirm_the_deadline_make_it_real(note):
    assert notes_fact("false_urgency", [note]) is Fact.TRUE


def test_notes_of_a_deal_that_runs_to_a_month_end_still_contradict_only_today():
    assert notes_fact("false_urgency", ["Aktion läuft bis Ende Januar, danach wieder 49 Euro."]) is Fact.FALSE


@pytest.mark.parametrize("market, lang, line, note", [
    ("CH", "de", "Nur heute zu diesem Preis, nur heute!", "Einmaliger Aktionspreis am 5.12.; ab 6.12. automatisch wieder CHF 49."),
    ("BR", "pt", "A oferta acaba hoje às 21h, depois a cadeirinha volta pra 1.999.",
     "A oferta acaba mesmo às 21h; preço de R$ 1.999 nos últimos 4 meses."),
])
def test_a_deadline_the_notes_confirm_is_no_false_urgency(market, lang, line, note):
    verdict = ClaimVerdict("false_urgency", 0.85, "false_urgency")
    found = Checker([market], user_pack=False, semantic=True).check_text(line, lang=lang, notes=[note], verdict=verdict)
    assert not [f for f in found if f.category == "false_urgency"]


# --- Portuguese "no" is also "in the": "Certificado FSC no anúncio" backs the label (b14-pt-021) ---------------------------

def test_a_certificate_in_the_listing_backs_a_green_label_in_portuguese():
    line = "O cabo é de bambu com certificação FSC, as cerdas são nylon, o cabo vai para o compostor."
    verdict = ClaimVerdict("green_claims", 0.6, "green_claims")
    checker = Checker(["PT"], user_pack=False, semantic=True)
    assert not [f for f in checker.check_text(line, lang="pt", notes=["Certificado FSC no anúncio."], verdict=verdict)
                if f.category == "green_claims"]
    assert [f for f in checker.check_text(line, lang="pt", notes=["Sem certificado no anúncio."], verdict=verdict)
            if f.category == "green_claims"]


# --- an award the notes say is verified backs the "1위" (b9-ko-021) --------------------------------------------------------

@pytest.mark.parametrize("market, lang, line, note", [
    ("KR", "ko", "올리브영 어워즈 선케어 부문 1위 받은 제품이에요.", "올리브영 어워즈 수상 내역 확인됨(수상 증빙 첨부)."),
    ("GB", "en", "This serum won number one in the Beauty Awards sun care category.", "Award verified, certificate attached."),
    ("BR", "pt", "Esse protetor foi o número um no prêmio de beleza do ano.", "Prêmio comprovado pela organizadora."),
])
def test_an_award_the_notes_verify_backs_the_ranking(market, lang, line, note):
    verdict = ClaimVerdict("absolute_superlative", 0.6, "absolute_superlative")
    checker = Checker([market], user_pack=False, semantic=True)
    assert not [f for f in checker.check_text(line, lang=lang, notes=[note], verdict=verdict)
                if f.category == "absolute_superlative"]
    assert [f for f in checker.check_text(line, lang=lang, notes=["Award not verified."], verdict=verdict)
            if f.category == "absolute_superlative"]
