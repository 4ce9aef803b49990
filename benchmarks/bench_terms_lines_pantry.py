# Held-out set written apart from the tuners; measured once on 2026-12-06 (benchmarks/results/terms-blind5-2026-12-06.txt),
# then folded in: a dev set now. Run: benchmarks/bench_terms.py --lines benchmarks/bench_terms_lines_pantry.py
"""Lines for bench_terms.py, pantry set: a 40-term glossary for coffee, tea, snacks and health foods
(12 invented brand / product-line names, 28 real names as printed on packs), live-selling frames per
language filled with three terms each (20 lines a language), and lines with none of the terms
(common words only, some close to a term: 'chai', 'Arabic', 'match', 'insulin', 'monk ... fruit',
'trade fair', 'mate', 'honey', 'kopi')."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # also when loaded by path (bench_terms --lines)
from terms_lines_rotation import rotate_lines  # noqa: E402

# Invented brand / product-line names.
BRANDS = [
    "Brumora", "Kettlewick", "Amberhusk", "Nutrivela", "Crunchory", "Leafmere",
    "Roastelle", "Kopiluma", "Granolune", "Sprouvia", "Chaiwen", "Oatrelle",
]

# Real names as printed on packs: varieties, origins, ingredients, sweeteners, processes, certifications.
REAL = [
    "Arabica", "Robusta", "Matcha", "Kombucha", "Erythritol", "Ceylon", "Cold Brew",
    "Rainforest Alliance", "Oolong", "Rooibos", "Darjeeling", "Stevia", "Monk Fruit", "Chia",
    "Quinoa", "Spirulina", "Moringa", "Ashwagandha", "Turmeric", "Yerba Mate", "Yirgacheffe",
    "Inulin", "Xylitol", "Fairtrade", "Honey Process", "Psyllium", "Hojicha", "Açaí",
]

# Brands and real names interleaved, so most lines mix the two.
TERMS = [
    "Brumora", "Arabica", "Erythritol",
    "Kettlewick", "Ceylon", "Chia",
    "Amberhusk", "Cold Brew", "Xylitol",
    "Nutrivela", "Matcha", "Rainforest Alliance",
    "Crunchory", "Kombucha", "Rooibos",
    "Leafmere", "Oolong", "Monk Fruit",
    "Roastelle", "Yirgacheffe", "Spirulina",
    "Kopiluma", "Robusta", "Honey Process",
    "Granolune", "Quinoa", "Stevia",
    "Sprouvia", "Moringa", "Fairtrade",
    "Chaiwen", "Darjeeling", "Ashwagandha",
    "Oatrelle", "Açaí", "Inulin",
    "Turmeric", "Yerba Mate", "Psyllium", "Hojicha",
]

VOICES = {"en": "en-us", "es": "es", "pt": "pt-br", "id": "id", "vi": "vi"}

FRAMES = {
    "en": [
        "Okay guys, the {a} bundle is back today, with {b} and {c} in the box.",
        "If you crash in the afternoon, try {a} first, then {b}, and save {c} for the evening.",
        "This bag says {a} right on the front, and on the back you get {b} and {c}.",
        "Everyone keeps asking about {a}, so yes, it goes great with {b} and {c}.",
        "Add {a} to your cart now, the {b} pack is almost gone, and {c} ships free.",
        "My pick this week is {a}, but honestly {b} and {c} are a close second.",
        "The new {a} box mixes {b} with {c}, perfect for your morning.",
        "If you are cutting sugar, skip {a} and go for {b} or {c} instead.",
        "We restocked {a}, {b} and the {c} bars, grab them before they sell out.",
        "Pair {a} with {b} for breakfast, and keep {c} for your afternoon snack.",
    ],
    "es": [
        "Chicos, hoy vuelve el combo de {a}, con {b} y {c} en la caja.",
        "Si les falta energía en la tarde, prueben primero {a}, después {b}, y dejen {c} para la noche.",
        "Esta bolsa dice {a} bien grande al frente, y atrás trae {b} y {c}.",
        "Todos me preguntan por {a}, y sí, queda buenísimo con {b} y con {c}.",
        "Agreguen {a} al carrito ya, el paquete de {b} casi se agota y {c} tiene envío gratis.",
        "Mi favorito de esta semana es {a}, pero {b} y {c} le siguen muy de cerca.",
        "La nueva caja de {a} combina {b} con {c}, ideal para el desayuno.",
        "Si están cuidando el azúcar, dejen {a} y elijan {b} o {c}.",
        "Repusimos {a}, {b} y las barritas de {c}, aprovechen antes de que se acaben.",
        "Acompañen {a} con {b} en el desayuno y guarden {c} para la merienda.",
    ],
    "pt": [
        "Gente, hoje voltou o combo de {a}, com {b} e {c} na caixa.",
        "Se bate aquele cansaço à tarde, provem primeiro {a}, depois {b}, e deixem {c} pra noite.",
        "Esse pacote tem {a} escrito bem grande na frente, e atrás vem {b} e {c}.",
        "Todo mundo pergunta do {a}, e sim, fica ótimo com {b} e com {c}.",
        "Coloca {a} no carrinho agora, o pacote de {b} tá acabando e {c} tem frete grátis.",
        "O meu favorito da semana é {a}, mas {b} e {c} vêm logo atrás.",
        "A caixa nova de {a} junta {b} com {c}, perfeita pro café da manhã.",
        "Quem tá maneirando no açúcar, deixa {a} de lado e vai de {b} ou {c}.",
        "Repusemos {a}, {b} e as barrinhas de {c}, corre que tá acabando.",
        "Junta {a} com {b} no café da manhã e guarda {c} pro lanche da tarde.",
    ],
    "id": [
        "Hari ini paket {a} balik lagi, isinya {b} dan {c}.",
        "Kalau sore suka lemas, coba {a} dulu, terus {b}, dan {c} buat malam.",
        "Di depan kemasan ini tulisannya {a}, di belakangnya ada {b} dan {c}.",
        "Banyak yang tanya soal {a}, iya kak, cocok banget sama {b} dan {c}.",
        "Masukin {a} ke keranjang sekarang, paket {b} hampir habis, dan {c} gratis ongkir.",
        "Favorit aku minggu ini {a}, tapi {b} sama {c} juga nggak kalah enak.",
        "Box baru {a} gabungin {b} sama {c}, pas banget buat sarapan.",
        "Yang lagi jaga gula, skip {a} dulu, pilih {b} atau {c} aja.",
        "Stok {a}, {b}, dan camilan {c} udah diisi ulang, buruan checkout ya.",
        "Padukan {a} sama {b} buat sarapan, terus simpan {c} buat ngemil sore.",
    ],
    "vi": [
        "Hôm nay combo {a} đã về lại rồi nha, trong hộp có {b} và {c}.",
        "Buổi xế hay mệt thì thử {a} trước, sau đó {b}, còn {c} để buổi tối.",
        "Mặt trước gói này ghi rõ {a}, mặt sau có thêm {b} và {c}.",
        "Nhiều bạn hỏi về {a} lắm, đúng rồi, nó hợp với {b} và {c} luôn.",
        "Thêm {a} vào giỏ hàng ngay nha, gói {b} sắp hết, còn {c} được miễn phí vận chuyển.",
        "Tuần này mình mê nhất là {a}, nhưng {b} với {c} cũng không kém đâu.",
        "Hộp mới {a} kết hợp {b} với {c}, hợp cho bữa sáng lắm.",
        "Bạn nào đang hạn chế đường thì bỏ qua {a}, chọn {b} hoặc {c} nha.",
        "Shop vừa nhập thêm {a}, {b} và bánh {c}, nhanh tay kẻo hết nha.",
        "Kết hợp {a} với {b} cho bữa sáng, rồi để dành {c} ăn vặt buổi xế.",
    ],
}

# Lines with none of the terms; the first four of each language are the tuning ones.
FREE = {
    "en": [
        "I had a cup of chai and a slice of toast before my morning run.",
        "My neighbour teaches Arabic to the kids on our street.",
        "Grab a match, light the candle, it is getting dark in here.",
        "My grandfather checks his insulin before lunch every day.",
        "This phone case is strong, cheap, and comes in three colours.",
        "Thank you for joining, tell me in the comments where you are watching from.",
        "The old monk picked fresh fruit from the garden every morning.",
        "We met at a trade fair and swapped two concert tickets for a jacket.",
    ],
    "es": [
        "Tomamos mate con mi abuela toda la tarde en el patio.",
        "Mi vecino enseña árabe en la escuela de la esquina.",
        "Mi tío viajó a Sri Lanka el año pasado y trajo fotos del mar.",
        "Mi abuelo se pone la insulina antes del almuerzo.",
        "Este estuche es fuerte, barato y viene en tres colores.",
        "Gracias por acompañarnos, díganme en los comentarios desde dónde nos ven.",
        "Le pusimos miel al pan caliente y lo comimos con un vaso de leche fría.",
        "La tienda del barrio vende frutas frescas y pan todos los días.",
    ],
    "pt": [
        "Tomei um chá-mate gelado na praia com os meus primos.",
        "O meu vizinho dá aula de árabe na escola da esquina.",
        "Meu avô toma insulina antes do almoço todo dia.",
        "Passei mel no pão quentinho e tomei um copo de leite gelado.",
        "Essa capinha é resistente, barata e vem em três cores.",
        "Obrigada pela companhia, me contem nos comentários de onde vocês estão assistindo.",
        "O monge colhia frutas no jardim todas as manhãs.",
        "A feira do bairro tem frutas fresquinhas e pão todo dia.",
    ],
    "id": [
        "Pagi ini aku minum kopi hitam sambil baca berita.",
        "Tetangga saya mengajar bahasa Arab di sekolah dekat rumah.",
        "Kakek saya suntik insulin sebelum makan siang.",
        "Roti tawar ini dioles madu lalu dimakan hangat.",
        "Casing HP ini kuat, murah, dan ada tiga warna.",
        "Makasih udah nonton, tulis di komentar kalian nonton dari kota mana.",
        "Biksu itu memetik buah di kebun setiap pagi.",
        "Pasar dekat rumah jual sayur segar dan roti setiap hari.",
    ],
    "vi": [
        "Sáng nay mình uống một ly cà phê sữa đá rồi mới đi làm.",
        "Hàng xóm của tôi dạy tiếng Ả Rập ở trường gần nhà.",
        "Ông tôi tiêm insulin trước bữa trưa mỗi ngày.",
        "Mẹ phết mật ong lên bánh mì nóng cho cả nhà.",
        "Ốp lưng điện thoại này chắc chắn, giá rẻ và có ba màu.",
        "Cảm ơn cả nhà đã xem, bình luận cho mình biết các bạn đang xem ở đâu nhé.",
        "Nhà sư hái trái cây trong vườn mỗi buổi sáng.",
        "Chợ gần nhà bán rau tươi và bánh mì mỗi ngày.",
    ],
}

_OFFSET = {"en": 3, "es": 14, "pt": 25, "id": 8, "vi": 31}


def lines_for(lang: str) -> list[str]:
    """20 lines: each frame twice, three different terms a line, every term used."""
    return rotate_lines(TERMS, FRAMES[lang], _OFFSET[lang])
