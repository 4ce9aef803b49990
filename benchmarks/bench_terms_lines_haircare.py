# Held-out set written apart from the tuners; measured once on 2026-12-06 (benchmarks/results/terms-blind3-2026-12-06.txt),
# then folded in: a dev set now. Run: benchmarks/bench_terms.py --lines benchmarks/bench_terms_lines_haircare.py
# Held-out set 3, written apart from the tuners. Run: benchmarks/bench_terms.py --lines <this file>
"""Held-out lines for a terms test: a 40-term glossary for hair care and fragrance (12 invented
brand / product-line names, 28 real ingredient or fragrance-note names as printed on labels: keratin and
bond actives, oils, conditioning agents, hair-dye and perm chemistry, anti-dandruff actives, perfume notes
and aroma molecules), live-selling frames per language filled with three terms each (20 lines a language),
and lines with none of the terms (common words only, some close to a term in sound, spelling or meaning:
'organ' / 'órgano' (Argan), 'wooden' / 'oído' / 'trầm hương' (Oud), 'cashmere' / 'cachemira' /
'kasmir' (Cashmeran), 'patch of lilies' / 'pacul' (Patchouli), 'tubers and a rose' / 'hoa huệ' (Tuberose),
'vet' / 'veterinario' (Vetiver), 'burger ... tonic ... beans' / 'tónica' / 'tongkat' (Bergamot, Tonka Bean),
'hediondo' (Hedione), 'panther' / 'pantera' / 'panter' (Panthenol), 'amber' / 'ámbar' / 'hổ phách'
(Ambrelle Noir, Ambroxan), 'resor' (Resorcinol))."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # also when loaded by path (bench_terms --lines)
from terms_lines_rotation import rotate_lines  # noqa: E402

# Brands and ingredients are interleaved (brand, ingredient, ingredient, ...) so most lines name a brand.
TERMS = [
    "Orvanne", "Hydrolyzed Keratin", "Argan Oil",
    "Kaimalu", "Bergamot", "Vetiver",
    "Trezzia", "Panthenol", "Marula Oil",
    "Sakurine", "Ylang-Ylang", "Patchouli",
    "Ambrelle Noir", "Oud", "Tonka Bean",
    "Kesara Gold", "Paraphenylenediamine", "Ethanolamine",
    "Lustrano", "Amodimethicone", "Behentrimonium Chloride",
    "Zafira Noor", "Neroli", "Ambroxan",
    "VelvaCurl", "Jojoba Oil", "Pracaxi Oil",
    "Brisalune", "Tuberose", "Orris Root",
    "Mokara Bond", "Ammonium Thioglycolate", "Resorcinol",
    "Luvessi", "Piroctone Olamine", "Zinc Pyrithione",
    "Labdanum", "Cashmeran", "Hedione", "Petitgrain",
]

BRANDS = [
    "Orvanne", "Kaimalu", "Trezzia", "Sakurine", "Ambrelle Noir", "Kesara Gold", "Lustrano",
    "Zafira Noor", "VelvaCurl", "Brisalune", "Mokara Bond", "Luvessi",
]

VOICES = {"en": "en-us", "es": "es", "pt": "pt-br", "id": "id", "vi": "vi"}

FRAMES = {
    "en": [
        "Okay everyone, {a} is back in stock, and the new bottle lists {b} and {c} right on the front.",
        "Wash with {a} first, leave the {b} on for five minutes, then finish with a few drops of {c}.",
        "Zoom in on the label: you get {a}, {b} and {c}, and no heavy silicones at the top of the list.",
        "Lots of you asked whether {a} works on colored hair with {b}, and yes, with {c} as well.",
        "Only thirty sets left, the {a} mask plus the {b} serum, and {c} comes free as a gift.",
        "I switched to {a} a month ago with {b}, and honestly the {c} is what fixed my frizz.",
        "This perfume mixes {a}, {b} and {c}, and the scent stays on your hair and scarf all day.",
        "Quick tip, do a patch test before using {a} with {b}, but {c} is gentle on most scalps.",
        "Flash deal for ten minutes: {a}, {b} and {c}, all thirty percent off, tap the basket now.",
        "My wash day is easy, {a} in the shower, {b} on damp ends, and {c} before I head out.",
    ],
    "es": [
        "¡Chicos, volvió {a}! Y el frasco nuevo trae {b} y {c} escrito bien al frente.",
        "Primero lavan con {a}, dejan actuar {b} cinco minutos y terminan con unas gotitas de {c}.",
        "Miren la etiqueta de cerca: tiene {a}, {b} y {c}, y nada de siliconas pesadas.",
        "Me preguntan mucho si {a} sirve para cabello teñido con {b}, y sí, también con {c}.",
        "Quedan treinta kits: la mascarilla de {a}, el sérum de {b} y de regalo les mando {c}.",
        "Cambié a {a} hace un mes junto con {b}, y la verdad lo que me quitó el frizz fue el {c}.",
        "Este perfume mezcla {a}, {b} y {c}, y el olor les dura todo el día en el pelo.",
        "Ojo, hagan una prueba en la piel antes de usar {a} con {b}; el {c} es suave para casi todos.",
        "Solo por diez minutos: {a}, {b} y {c} con treinta por ciento menos, denle clic al carrito ya.",
        "Mi día de lavado es fácil: {a} en la ducha, {b} en las puntas húmedas y {c} antes de salir.",
    ],
    "pt": [
        "Gente, voltou o {a}! E o frasco novo vem com {b} e {c} escrito bem na frente.",
        "Lava primeiro com {a}, deixa o {b} agir cinco minutinhos e finaliza com umas gotas de {c}.",
        "Olha o rótulo de pertinho: tem {a}, {b} e {c}, e nada de silicone pesado.",
        "Vocês perguntam direto se {a} serve pra cabelo com química junto com {b}, e serve sim, com {c} também.",
        "Últimos trinta kits: a máscara de {a}, o sérum de {b}, e o {c} vai de brinde.",
        "Troquei pro {a} faz um mês junto com {b}, mas o que acabou com meu frizz foi o {c}.",
        "Esse perfume mistura {a}, {b} e {c}, e o cheirinho fica no cabelo o dia inteiro.",
        "Só um aviso, faz o teste de mecha antes de usar {a} com {b}; o {c} é tranquilo pra maioria.",
        "Só dez minutinhos: {a}, {b} e {c} com trinta por cento off, clica no carrinho amarelo.",
        "Meu dia de lavagem é simples, {a} no banho, {b} nas pontas úmidas e {c} antes de sair.",
    ],
    "id": [
        "Kak, {a} sudah restock lagi ya, dan botol barunya ada tulisan {b} sama {c} di depan.",
        "Keramas dulu pakai {a}, diamkan {b} lima menit, terus tutup pakai beberapa tetes {c}.",
        "Coba zoom labelnya, ada {a}, {b}, dan {c}, dan nggak ada silikon yang berat.",
        "Banyak yang tanya {a} aman buat rambut diwarnai bareng {b} nggak, aman kok, sama {c} juga.",
        "Tinggal tiga puluh paket ya, masker {a}, serum {b}, dan bonus {c}, langsung checkout.",
        "Aku ganti ke {a} sebulan lalu bareng {b}, tapi yang bikin rambutku nggak kusut itu {c}.",
        "Parfum ini campuran {a}, {b}, dan {c}, wanginya nempel di rambut seharian.",
        "Ingat ya, tes dulu di kulit sebelum pakai {a} dengan {b}, kalau {c} aman buat kebanyakan orang.",
        "Flash sale sepuluh menit, {a}, {b}, dan {c} diskon tiga puluh persen, klik keranjang kuning sekarang.",
        "Rutinitas keramasku gampang, {a} waktu mandi, {b} di ujung rambut basah, dan {c} sebelum keluar rumah.",
    ],
    "vi": [
        "Các bạn ơi, {a} đã về hàng rồi nha, chai mới ghi rõ {b} và {c} ngay mặt trước.",
        "Gội bằng {a} trước, ủ {b} năm phút, rồi thêm vài giọt {c} là xong.",
        "Nhìn kỹ nhãn nè, có {a}, {b} và {c}, không có silicon nặng đâu.",
        "Nhiều bạn hỏi tóc nhuộm dùng {a} chung với {b} được không, được nha, với {c} cũng được luôn.",
        "Chỉ còn ba mươi set thôi, mặt nạ tóc {a}, serum {b}, và tặng kèm {c}, chốt đơn liền tay.",
        "Mình đổi qua {a} được một tháng cùng với {b}, nhưng hết xơ rối là nhờ {c}.",
        "Chai nước hoa này kết hợp {a}, {b} và {c}, mùi lưu trên tóc cả ngày luôn.",
        "Lưu ý nha, thử trên da trước khi dùng {a} với {b}, còn {c} thì đa số mọi người dùng ổn.",
        "Flash sale mười phút thôi, {a}, {b} và {c} giảm ba mươi phần trăm, bấm vào giỏ hàng ngay.",
        "Ngày gội đầu của mình đơn giản lắm, {a} lúc tắm, {b} lên đuôi tóc ẩm, và {c} trước khi ra ngoài.",
    ],
}

# Lines with none of the terms; the first four of each language are the tuning ones.
FREE = {
    "en": [
        "The church organ was so noisy that the little wooden bench started to shake.",
        "My neighbor keeps a cashmere scarf and a patch of lilies by the front door.",
        "We dug up tubers and a rose bush, then the vet came by to check on the dog.",
        "Her burger was cold, so she ordered a tonic and a bowl of beans instead.",
        "We wrap every bottle in bubble wrap, so nothing leaks during shipping.",
        "The black panther poster and the amber lamp will ship together on Friday.",
        "Thank you for the hearts, drop a comment if you want me to unbox the next one.",
        "Please keep your receipt, returns are free within seven days if the seal is unbroken.",
    ],
    "es": [
        "El órgano de la iglesia sonaba tan fuerte que me dolía el oído.",
        "Mi tía guarda una bufanda de cachemira y unas rosas en la entrada de la casa.",
        "Sacamos unos tubérculos del huerto y luego vino el veterinario a revisar al perro.",
        "El basurero estaba hediondo, así que me fui a pedir una tónica con mucho hielo.",
        "Envolvemos cada frasco con plástico de burbujas para que nada se derrame en el envío.",
        "El póster de la pantera negra y la lámpara color ámbar se envían juntos el viernes.",
        "Gracias por los corazoncitos, escriban si quieren que destape la siguiente caja.",
        "Guarden su recibo, las devoluciones son gratis durante siete días si el sello está intacto.",
    ],
    "pt": [
        "O órgão da igreja tocou tão alto que meu ouvido ficou zunindo.",
        "Minha tia guarda um cachecol de caxemira e um vaso de rosas na entrada de casa.",
        "Tiramos uns tubérculos da horta e depois o veterinário veio ver o cachorro.",
        "O cheiro do lixo tava hediondo, então pedi uma água tônica com bastante gelo.",
        "A gente embala cada frasco com plástico bolha pra nada vazar no transporte.",
        "O pôster da pantera negra e a luminária cor de âmbar vão juntos na sexta.",
        "Valeu pelos coraçõezinhos, escreve aí se vocês querem que eu abra a próxima caixa.",
        "Guardem o comprovante, a troca é grátis em sete dias se o lacre estiver inteiro.",
    ],
    "id": [
        "Pemain organ di gereja itu main keras sekali sampai kursi kayunya ikut bergetar.",
        "Tante saya punya syal kasmir dan beberapa pot mawar di teras rumah.",
        "Kakek pakai tongkat kayu kalau jalan ke sawah sambil bawa pacul.",
        "Kami menginap di resor dekat pantai dan makan jeruk bali di teras setiap sore.",
        "Setiap botol kami bungkus bubble wrap, jadi aman dan nggak bocor di perjalanan.",
        "Poster panter hitam dan lampu warna ambar dikirim bareng hari Jumat.",
        "Makasih yang sudah kasih love, tulis di komentar kalau mau aku unboxing paket berikutnya.",
        "Simpan struknya ya, retur gratis tujuh hari selama segelnya masih utuh.",
    ],
    "vi": [
        "Chú mình chơi đàn organ ở nhà thờ, tiếng to đến mức ghế gỗ cũng rung.",
        "Mẹ mình có cái khăn len cashmere và mấy chậu hoa huệ ngoài hiên.",
        "Ông nội đốt trầm hương mỗi tối rồi uống một ly nước cam ấm.",
        "Tấm poster báo đen và cây đèn màu hổ phách sẽ giao chung vào thứ sáu.",
        "Mỗi chai đều được bọc xốp hơi cẩn thận, nên không lo bị đổ khi vận chuyển.",
        "Tóc mình hay bị rối khi trời gió, nên mình luôn mang theo cây lược nhỏ trong túi.",
        "Cảm ơn mọi người đã thả tim, bình luận nếu muốn mình khui hộp tiếp theo nha.",
        "Các bạn giữ lại hóa đơn nha, đổi trả miễn phí trong bảy ngày nếu còn nguyên tem.",
    ],
}

_OFFSET = {"en": 0, "es": 11, "pt": 22, "id": 5, "vi": 17}


def lines_for(lang: str) -> list[str]:
    """20 lines: each frame twice, three different terms a line, every term used."""
    return rotate_lines(TERMS, FRAMES[lang], _OFFSET[lang])
