"""Round 16: kinds of error behind the weakest languages' misses and false alarms, each in several languages,
through the rules and word readers (no classifier), except the readers of its verdicts (fed a verdict here).

An eye or sleep disease a product claims to treat; a body mocked with a partner who will leave; a festival named
by its altar or its season and mocked, the faithful called a herd; an ultimatum ("tonight or never") over silent
notes; a code that "dies in ten minutes" over notes that say it runs every day; a deadline the notes state; a
restock the line itself dates; a rival called adulterated; a grade, a part's replacement interval, a viewer sent to
the doctor first (the classifier's reading goes); a feast offer that serves the fast."""
import pytest

from studio.compliance.checker import Checker
from studio.compliance.culture_topics import culture_topics
from studio.compliance.disparagement import runs_down, shames_body
from studio.compliance.medical_referral import only_refers_to_doctor
from studio.compliance.model import TextRole
from studio.compliance.plain_readings import takes_back
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.semantic_findings import verdict_findings


def findings(market, text, notes=(), lang=None):
    return Checker([market], user_pack=False, semantic=False).check_text(text, lang=lang, notes=list(notes))


def of(category, found):
    return [f for f in found if f.category == category]


def _verdict(category, score=0.9):
    return ClaimVerdict(category=category, score=score, top_category=category, similar_to="x")


@pytest.mark.parametrize("market, lang, line", [
    ("PT", "pt", "Estas lentes de contacto com filtro tratam o glaucoma, dispensam as gotas do oftalmologista."),
    ("US", "en", "These kids' glasses stop myopia getting worse, no need for the eye doctor."),
    ("CN", "zh", "这副防蓝光眼镜给小朋友戴，假性近视直接治好。"),
    ("TH", "th", "แว่นกรองแสงสีฟ้ารุ่นนี้ป้องกันต้อกระจกได้ครับ"),
    ("MX", "es", "Esta almohada cura la apnea del sueño en una semana."),
    ("ID", "id", "Tetes mata ini menyembuhkan katarak tanpa operasi."),
])
def test_an_eye_or_sleep_disease_treated_is_medical(market, lang, line):
    assert of("medical", findings(market, line, lang=lang))


@pytest.mark.parametrize("market, lang, line", [
    ("US", "en", "These glasses don't cure myopia, they just correct your vision."),
    ("CN", "zh", "近视的朋友也可以配这副眼镜，度数可以定制。"),
])
def test_eyewear_that_only_corrects_vision_claims_no_cure(market, lang, line):
    assert not of("medical", findings(market, line, lang=lang))


@pytest.mark.parametrize("market, line", [
    ("BR", "Tá gordinha desse jeito? Toma esse chá antes que seu marido te troque, né, gente?"),
    ("MX", "Con esa panza tu marido te va a dejar, tómate este té."),
    ("ID", "Perut buncit gitu, nanti suami selingkuh lho, minum teh ini."),
    ("VN", "Bụng mỡ thế này chồng bỏ đi theo gái đấy, uống trà này đi."),
    ("CN", "肚子这么大，老公都要跑了，赶紧喝这个茶。"),
    ("EG", "بكرشك ده جوزك هيتجوز عليك، اشربي الشاي ده."),
])
def test_a_body_mocked_with_a_partner_who_will_leave_is_cultural(market, line):
    assert shames_body(line)
    assert of("cultural_sensitivity", findings(market, line))


@pytest.mark.parametrize("line", [
    "Your husband will love this cast-iron pan, it's the one I use every day.",
    "Your wife will look amazing in this tummy-control dress.",
    "Beli buat suami juga, perutnya pasti suka sambal ini.",
])
def test_a_partner_named_without_a_threat_shames_no_one(line):
    assert not shames_body(line)


@pytest.mark.parametrize("market, line", [
    ("MX", "¿Altar de muertos? Eso es puro cuento de abuelitas, mejor gasten en un buen reloj."),
    ("ES", "Los de las procesiones de Semana Santa son unos borregos detrás de un muñeco; quédate en casa tocando este piano."),
    ("BR", "Quaresma é coisa de gente atrasada, aproveita e come esse churrasco."),
    ("FR", "Le carême, c'est une idée débile, prenez plutôt ce panier gourmand."),
])
def test_a_festival_named_by_its_altar_or_season_and_mocked_is_cultural(market, line):
    assert culture_topics().dismisses_worship(line)
    assert of("cultural_sensitivity", findings(market, line))


@pytest.mark.parametrize("market, line", [
    ("MX", "Para el Día de Muertos tenemos este altar de madera, precioso para sus ofrendas."),
    ("ES", "Para Semana Santa, este piano digital con 20% de descuento."),
])
def test_a_festival_named_over_an_offer_mocks_nothing(market, line):
    assert not culture_topics().dismisses_worship(line)
    assert not of("cultural_sensitivity", findings(market, line))


@pytest.mark.parametrize("market, lang, line", [
    ("DE", "de", "Heute Abend oder nie, Leute, morgen kostet der Luftreiniger locker das Doppelte!"),
    ("FR", "fr", "C'est ce soir ou jamais, demain la friteuse repasse à 129 euros."),
    ("US", "en", "Tonight or never, guys, tomorrow this rowing machine doubles in price."),
    ("ES", "es", "Es hoy o nunca, mañana el colchón vuelve a su precio."),
])
def test_an_ultimatum_over_silent_notes_is_false_urgency(market, lang, line):
    found = of("false_urgency", findings(market, line, lang=lang))
    assert found and found[0].severity.value == "block"


def test_an_ultimatum_the_notes_confirm_is_no_finding():
    line = "Heute Abend oder nie, die Aktion endet um Mitternacht!"
    assert of("false_urgency", findings("DE", line, lang="de"))
    assert not of("false_urgency", findings("DE", line, ["[Aktion endet heute um Mitternacht, bestätigt]"], lang="de"))


@pytest.mark.parametrize("market, lang, line, note", [
    ("US", "en", "This code dies in ten minutes, the timer's right there on screen, after that it's back to full price.",
     "[The 40% code runs every day until 31 December.]"),
    ("GB", "en", "The voucher expires in fifteen minutes, grab it now.", "[Same voucher every day this month]"),
    ("ES", "es", "El cupón caduca en diez minutos, aprovechen.", "[El mismo cupón se repite cada semana]"),
])
def test_a_code_dying_in_minutes_that_runs_every_day_is_false_urgency(market, lang, line, note):
    found = of("false_urgency", findings(market, line, [note], lang=lang))
    assert found and found[0].severity.value == "block"


@pytest.mark.parametrize("market, lang, line, note", [
    ("FR", "fr", "L'offre se termine ce soir à minuit, après ça repasse à 89 euros comme le mois dernier.",
     "[Regular price 89 € charged all last month; promo ends tonight.]"),
    ("ES", "es", "La oferta termina esta noche, mañana vuelve a 49 euros.", "[La promoción termina hoy a las 23:59]"),
    ("FR", "fr", "Il en reste cinq, et après c'est fini pour ce live, pas de réassort avant février.",
     "[5 units left, confirmed; restock scheduled for February.]"),
])
def test_a_deadline_the_notes_state_or_a_restock_the_line_dates_is_no_finding(market, lang, line, note):
    assert not of("false_urgency", findings(market, line, [note], lang=lang))


def test_a_scarcity_the_notes_contradict_with_a_restock_is_still_false():
    line = "Il en reste cinq, pas de réassort, c'est la dernière chance !"
    assert of("false_urgency", findings("FR", line, ["[Restock arriving next week]"], lang="fr"))


@pytest.mark.parametrize("market, line", [
    ("SA", "لا تشترون من عبدالصمد القرشي، ريحته تروح بعد ساعة، كله غش."),
    ("ID", "Kopi Kapal Api itu campurannya jagung doang, makanya murah, mending yang ini."),
    ("AR", "Las zapatillas Topper son cartón pintado, te duran dos semanas, ni las miren."),
    ("CN", "别买隔壁的蜂蜜，都是兑水的。"),
])
def test_a_rival_called_adulterated_or_worn_out_in_days_is_disparagement(market, line):
    assert runs_down(line)
    assert of("disparagement", findings(market, line))


@pytest.mark.parametrize("line", [
    "Kopi ini campurannya pas, mending yang ini buat pagi.",
    "Don't buy cheap ones, ours is not adulterated.",
])
def test_a_blend_or_a_denied_charge_runs_no_one_down(line):
    assert not runs_down(line)


@pytest.mark.parametrize("category, line, plain", [
    ("absolute_superlative", "1등급 생두만 골라서 로스팅한 원두예요.", True),
    ("disparagement", "Sambal ni guna cili gred A dari Cameron Highlands, pedas dia lain macam.", True),
    ("disparagement", "Un thé vert de première récolte, cueilli au printemps, très doux.", True),
    ("absolute_superlative", "These are grade A eggs from free-range hens.", True),
    ("absolute_superlative", "최고 등급 한우, 세계 최고예요!", False),
    ("absolute_superlative", "The best grade A beef in the world.", False),
    ("medical", "Yung air purifier may HEPA filter, palitan every 6 months.", True),
    ("medical", "The robot's side brush: replace it every 3 months.", True),
    ("medical", "滤芯每6个月更换一次就行。", True),
    ("medical", "เปลี่ยนไส้กรองทุก 6 เดือนนะคะ", True),
    ("medical", "필터는 6개월마다 교체하세요.", True),
    ("medical", "Replace the filter every 6 months and your asthma is gone.", False),
    ("medical", "Este purificador cura el asma.", False),
])
def test_a_grade_or_an_upkeep_interval_takes_back_the_classifier_reading(category, line, plain):
    assert takes_back(category, line) is plain
    policies = Checker(["KR", "MY", "BE", "PH", "US", "MX"], user_pack=False, semantic=False)._category_policies
    assert bool(verdict_findings(line, _verdict(category), policies, {}, "", TextRole.SPOKEN)) is not plain


@pytest.mark.parametrize("line, referral", [
    ("Kalau punya asam lambung, konsultasi dulu sama dokter ya sebelum coba sambal level lima ini.", True),
    ("If you've got chronic back pain, please have a chat with your GP or physio first.", True),
    ("Si tienes gastritis, consulta a tu médico antes de probar esta salsa picante.", True),
    ("Teh ini menyembuhkan asam lambung, tapi konsultasi dulu sama dokter ya.", False),
    ("This pillow cures back pain, but talk to your doctor first.", False),
])
def test_a_viewer_sent_to_the_doctor_first_is_a_referral_unless_a_cure_is_named(line, referral):
    assert only_refers_to_doctor(line) is referral


@pytest.mark.parametrize("market, line", [
    ("ID", "Menjelang Ramadan, kurma Medjool ini pas banget buat buka puasa bareng keluarga."),
    ("SA", "تمر وقهوة عربية لسفرة رمضان، بالعافية عليكم مقدماً."),
    ("MY", "Kopi dan teh untuk juadah berbuka dah sampai, boleh stok untuk bulan Ramadan."),
])
def test_a_feast_offer_that_serves_the_fast_is_no_finding_even_when_confident(market, line):
    assert not culture_topics().speaks_for(line, market, 0.99)


@pytest.mark.parametrize("market, line", [
    ("ID", "Skip tarawih aja, buka puasa sambil nonton live aku!"),
    ("MY", "Buka puasa dengan wine ni memang best."),
])
def test_a_fast_served_with_a_taboo_or_a_dismissal_still_speaks(market, line):
    assert culture_topics().speaks_for(line, market, 0.9)


@pytest.mark.parametrize("market, line", [
    ("KW", "هالدورة الأونلاين تضمن لك وظيفة براتب ألف دينار خلال شهرين."),
    ("ID", "Ikut kelas ini dijamin lulus CPNS tahun ini!"),
    ("CN", "报我们的课程，保证就业，月薪过万。"),
    ("MX", "Con este curso de inglés tienes empleo garantizado."),
    ("US", "Finish this bootcamp and I guarantee you a job within the year."),
])
def test_a_course_that_guarantees_a_job_a_wage_or_a_pass_is_a_guaranteed_result(market, line):
    assert of("guaranteed_results", findings(market, line))


@pytest.mark.parametrize("market, line", [
    ("MX", "Camisa 100% algodón, perfecta para el trabajo."),
    ("ID", "Garansi resmi 1 tahun, cocok buat kerja."),
    ("US", "This desk is 100% solid oak, great for your home office job."),
])
def test_a_job_named_beside_a_percentage_or_a_warranty_promises_nothing(market, line):
    assert not of("guaranteed_results", findings(market, line))


@pytest.mark.parametrize("market, lang, line, note", [
    ("PE", "es", "Este cajón peruano vale como novecientos soles, hoy te lo llevas en doscientos noventa y nueve.",
     "[The same cajón sells at 299–320 soles in every store; no 900-sol reference exists.]"),
    ("BR", "pt", "Esse violão vale uns mil e quinhentos reais, hoje sai por seiscentos.", "[Não existe preço de referência; sempre vendido a 600]"),
    ("US", "en", "This blender is worth $300, tonight it's yours for $99.", "[No reference price exists; it has always sold at $99]"),
])
def test_a_worth_no_reference_price_backs_is_a_fake_discount(market, lang, line, note):
    assert of("fake_discount", findings(market, line, [note], lang=lang))
    assert not of("fake_discount", findings(market, line, lang=lang)), "a worth alone, with no notes, is no finding"


@pytest.mark.parametrize("market, line, note", [
    ("PT", "Descobri esta marca de molhos por acaso no supermercado e adoro.", "[The sauce brand is owned by the host.]"),
    ("TH", "เพิ่งเจอร้านนี้โดยบังเอิญเลยค่ะ น้ำพริกอร่อยมาก", "[The chili paste brand is owned by the host's family company.]"),
    ("TW", "這本書是我在書店自己挖到的寶，跟出版社完全沒有關係喔。", "[The host is the book's co-author and receives royalties.]"),
    ("US", "I found this cookbook by chance and I love it.", "[The host is a co-author of the book.]"),
    ("MX", "Encontré este libro por casualidad, no tengo nada que ver con la editorial.", "[La presentadora es coautora y cobra regalías.]"),
])
def test_a_chance_find_over_notes_that_name_the_owner_or_the_author_is_a_hidden_tie(market, line, note):
    assert of("undisclosed_endorsement", findings(market, line, [note]))
    assert not of("undisclosed_endorsement", findings(market, line)), "the same line without notes is no finding"


@pytest.mark.parametrize("line, medical", [
    ("Itong contact lens solution, pang-iwas sa sore eyes, 'di na kailangan ng doktor.", True),
    ("Yung tea na 'to, nakakagaling ng rayuma, promise.", True),
    ("Ang unan na ito ay lunas sa insomnia mo.", True),
    ("Hindi po ito gamot sa diabetes, food supplement lang.", False),
    ("Pang-iwas sa lamok itong spray, safe sa bata.", False),
])
def test_filipino_treatment_words_near_a_disease_are_medical_and_a_denial_is_not(line, medical):
    assert bool(of("medical", findings("PH", line, lang="tl"))) is medical


@pytest.mark.parametrize("market, line, note", [
    ("VN", "Máy in 3D này là mẫu mới nhất của hãng luôn nha mọi người!", "[hãng đã ra mẫu X2 từ tháng trước]"),
    ("US", "This is the latest model of the robot vacuum, just out.", "[A newer model (S9) launched in March.]"),
    ("CN", "这是品牌最新款的扫地机器人。", "[品牌已推出新款X20。]"),
    ("ID", "Ini model terbaru dari brand-nya ya kak.", "[Sudah rilis model baru (seri 5) bulan lalu.]"),
    ("BR", "Esse é o modelo mais novo da marca!", "[Já saiu um modelo mais novo em janeiro.]"),
])
def test_the_newest_model_over_notes_that_name_a_newer_one_is_a_superlative(market, line, note):
    assert of("absolute_superlative", findings(market, line, [note]))
    assert not of("absolute_superlative", findings(market, line)), "the same line without notes is no finding"


def test_the_classifier_superlative_reading_of_a_newest_model_the_notes_back_goes():
    from studio.compliance.latest_model import apply_latest_model

    line = "Đây là mẫu đồng hồ thông minh mới nhất của hãng nha mọi người, vừa ra mắt tuần rồi."
    policies = Checker(["VN"], user_pack=False, semantic=False)._category_policies
    read = verdict_findings(line, _verdict("absolute_superlative"), policies, {}, "vi", TextRole.SPOKEN)
    assert read
    backed = ["[Hãng ra mắt mẫu này tuần trước; chưa có mẫu nào mới hơn.]"]
    assert not apply_latest_model(read, line, 0, backed, policies, "vi", TextRole.SPOKEN)
    assert apply_latest_model(read, line, 0, ["[Giá 2 triệu]"], policies, "vi", TextRole.SPOKEN) == read


@pytest.mark.parametrize("line, promised", [
    ("هاد الكريم ديال اللحية كيطلع ليك اللحية فشهر، مضمون.", True),
    ("كريم التبييض هذا مضمون يبيض بشرتك خلال اسبوعين.", True),
    ("التمر مضمون طازج، ووصلنا في شهر رمضان بالعافية.", False),
])
def test_an_arabic_span_said_as_a_noun_is_a_deadline_but_a_month_name_is_not(line, promised):
    from studio.compliance.normalize import normalize
    from studio.compliance.worded_guarantee import promises_by_deadline

    assert promises_by_deadline(normalize(line).text) is promised


def test_a_viewer_asking_about_a_sleep_disease_sent_to_a_sleep_doctor_is_no_claim():
    line = "Reading the chat: 'does this fix sleep apnea?' Hun, it's a pillow, please ask a sleep doctor."
    assert not of("medical", findings("US", line, lang="en"))


@pytest.mark.parametrize("market, line, note", [
    ("ID", "Ini HP seri terbaru dari brand-nya, baru rilis minggu ini ya kak.", "[Tidak ada model lebih baru.]"),
    ("US", "This is the latest model, launched this month.", "[There is no newer model; launched 1 December.]"),
])
def test_the_newest_model_notes_that_deny_a_newer_one_back_it(market, line, note):
    assert not of("absolute_superlative", findings(market, line, [note]))


@pytest.mark.parametrize("market, line, medical", [
    ("TW", "這副防藍光眼鏡給小朋友戴，近視度數就不會再加深，假性近視直接治好喔。", True),
    ("TW", "這款茶喝了可以降血壓。", True),
    ("HK", "呢隻茶飲咗一個月，高血壓就冇咗。", True),
    ("TW", "這款面霜不能治療濕疹，只是保濕用的。", False),
    ("HK", "近視嘅朋友都可以配呢副眼鏡，度數可以訂造。", False),
])
def test_taiwan_and_hong_kong_lines_have_medical_rules_of_their_own(market, line, medical):
    assert bool(of("medical", findings(market, line, lang="zh"))) is medical


@pytest.mark.parametrize("line, refund_only", [
    ("The course comes with a 30-day money-back guarantee if you don't like the lessons.", True),
    ("30-day money-back guarantee, no questions asked.", True),
    ("Garansi uang kembali 30 hari kalau kelasnya nggak cocok.", True),
    ("Wenn's euch nicht gefällt: 30 Tage Geld zurück, garantiert.", True),
    ("Lose 5 kilos in 30 days or your money back, guaranteed.", False),
    ("Guaranteed results, and if you don't like the results, money back!", False),
])
def test_a_refund_for_a_buyer_who_dislikes_it_promises_no_result(line, refund_only):
    assert takes_back("guaranteed_results", line) is refund_only
    policies = Checker(["US", "ID", "DE"], user_pack=False, semantic=False)._category_policies
    read = verdict_findings(line, _verdict("guaranteed_results"), policies, {}, "", TextRole.SPOKEN)
    assert bool(read) is not refund_only


def test_a_refund_policy_the_classifier_leans_to_reading_as_a_result_is_no_worded_guarantee():
    from studio.compliance.worded_guarantee import apply_worded_guarantee

    policies = Checker(["US"], user_pack=False, semantic=False)._category_policies
    leaning = ClaimVerdict(category=None, score=0.39, top_category="guaranteed_results", similar_to="x")
    refund = "The course comes with a 30-day money-back guarantee if you don't like the lessons."
    promise = "I guarantee you'll speak fluent English with this course."
    assert not apply_worded_guarantee([], refund, 0, policies, "en", TextRole.SPOKEN, leaning)
    assert apply_worded_guarantee([], promise, 0, policies, "en", TextRole.SPOKEN, leaning)
