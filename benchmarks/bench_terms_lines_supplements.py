# Held-out set written apart from the tuners; measured once on 2026-12-06 (benchmarks/results/terms-blind2-2026-12-06.txt),
# then folded in: a dev set now. Run: benchmarks/bench_terms.py --lines benchmarks/bench_terms_lines_supplements.py
"""Held-out lines for a terms test: a 40-term glossary for supplements and sports nutrition (12 invented
brand / product-line names, 28 real ingredient names read from labels), live-selling frames per language
filled with three terms each (20 lines a language), and lines with none of the terms (common words only,
some close to a term: 'lion ... mane', 'saw palm', 'glucose', 'Taurus', 'spiral', 'thermal', 'vitamin')."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # also when loaded by path (bench_terms --lines)
from terms_lines_rotation import rotate_lines  # noqa: E402

# Brands and ingredients are interleaved (brand, ingredient, ingredient, ...) so most lines name a brand.
TERMS = [
    "NutraPeak", "Ashwagandha", "Creatine Monohydrate",
    "Kaliva Prime", "Glucosamine", "Rhodiola",
    "Vitalux", "Lion's Mane", "Magnesium Glycinate",
    "MyoForge", "Whey Isolate", "Leucine",
    "Lumora Night", "Melatonin", "Ubiquinol",
    "Zenvara", "Spirulina", "Cordyceps",
    "Coravit Max", "Curcumin", "Quercetin",
    "Solvera", "Berberine", "Glutamine",
    "Summit Fuel", "Taurine", "Citrulline Malate",
    "Thermavex", "Astaxanthin", "Elderberry",
    "ProKinetix", "Echinacea", "Methylcobalamin",
    "Greenfold", "Psyllium Husk", "Saw Palmetto",
    "Shilajit", "Tongkat Ali", "Chondroitin", "Colostrum",
]

BRANDS = [
    "NutraPeak", "Kaliva Prime", "Vitalux", "MyoForge", "Lumora Night", "Zenvara", "Coravit Max",
    "Solvera", "Summit Fuel", "Thermavex", "ProKinetix", "Greenfold",
]

VOICES = {"en": "en-us", "es": "es", "pt": "pt-br", "id": "id", "vi": "vi"}

FRAMES = {
    "en": [
        "Okay guys, {a} is finally back in stock, and this batch comes with {b} and {c} in every scoop.",
        "If you train early in the morning, take {a} before the gym, {b} after, and {c} before bed.",
        "Look at the label here: six hundred milligrams of {a}, plus {b} and a full dose of {c}.",
        "So many of you asked if {a} is safe to stack with {b}, and yes, with {c} too.",
        "Only forty bundles left, the {a} tub plus {b} capsules, and we throw in {c} for free.",
        "I have been taking {a} for three weeks with {b}, and honestly the {c} made the biggest difference.",
        "This new formula blends {a} with {b} and {c}, and it tastes like mango, not medicine.",
        "Quick reminder, ask your doctor before mixing {a} and {b}, but {c} is gentle for most people.",
        "Flash sale for ten minutes: {a}, {b} and {c}, all thirty percent off, tap the basket now.",
        "My daily stack is simple, {a} in my coffee, {b} at lunch, and {c} with dinner.",
    ],
    "es": [
        "¡Chicos, llegó de nuevo {a}! Y esta versión trae {b} y {c} en cada cucharada.",
        "Si entrenan temprano, tomen {a} antes del gym, {b} al terminar y {c} antes de dormir.",
        "Miren la etiqueta, seiscientos miligramos de {a}, además de {b} y una buena dosis de {c}.",
        "Me preguntan mucho si {a} se puede combinar con {b}, y sí, también con {c}.",
        "Quedan poquitos combos: el bote de {a}, las cápsulas de {b} y de regalo les mando {c}.",
        "Yo llevo tres semanas con {a} y {b}, pero lo que más noté fue el {c}, de verdad.",
        "Esta fórmula nueva mezcla {a} con {b} y {c}, y sabe a mango, nada de sabor a remedio.",
        "Ojo, consulten con su médico antes de mezclar {a} y {b}; el {c} es suave para casi todos.",
        "Oferta relámpago por diez minutos: {a}, {b} y {c} con treinta por ciento de descuento, denle al carrito.",
        "Mi rutina es sencilla: {a} en el café, {b} en el almuerzo y {c} con la cena.",
    ],
    "pt": [
        "Gente, voltou o {a}! E esse lote vem com {b} e {c} em cada dose, corre que acaba.",
        "Quem treina cedinho toma {a} antes da academia, {b} depois do treino e {c} antes de dormir.",
        "Olha o rótulo aqui: seiscentos miligramas de {a}, mais {b} e a dose completa de {c}.",
        "Vocês perguntam direto se dá pra tomar {a} junto com {b}, e dá sim, com {c} também.",
        "Últimos kits na live: o pote de {a}, as cápsulas de {b}, e o {c} vai de brinde.",
        "Tô usando {a} faz três semanas com {b}, mas onde mais senti diferença foi no {c}.",
        "A fórmula nova junta {a}, {b} e {c}, e o sabor é de maracujá, nada de gosto de remédio.",
        "Só um aviso, fala com seu médico antes de misturar {a} e {b}; o {c} é tranquilo pra maioria.",
        "Relâmpago de dez minutos: {a}, {b} e {c} com trinta por cento off, clica no carrinho amarelo.",
        "Minha rotina é simples, {a} no café da manhã, {b} no almoço e {c} no jantar.",
    ],
    "id": [
        "Kak, {a} akhirnya restock lagi ya, dan batch ini sudah ada {b} plus {c} di setiap takaran.",
        "Buat yang olahraga pagi, minum {a} sebelum gym, {b} sesudahnya, terus {c} sebelum tidur.",
        "Coba lihat labelnya, enam ratus miligram {a}, ditambah {b} dan dosis penuh {c}.",
        "Banyak yang tanya {a} boleh diminum bareng {b} nggak, boleh kok, sama {c} juga aman.",
        "Tinggal sedikit paketnya ya, toples {a}, kapsul {b}, dan bonus {c} gratis, langsung checkout.",
        "Aku sudah tiga minggu minum {a} dan {b}, tapi yang paling kerasa itu {c}.",
        "Formula baru ini gabungin {a}, {b}, dan {c}, rasanya mangga, nggak kayak obat sama sekali.",
        "Ingat ya, tanya dokter dulu sebelum campur {a} dan {b}, kalau {c} aman buat kebanyakan orang.",
        "Flash sale sepuluh menit, {a}, {b}, dan {c} diskon tiga puluh persen, klik keranjang kuning sekarang.",
        "Rutinitasku gampang, {a} di kopi pagi, {b} waktu makan siang, dan {c} sesudah makan malam.",
    ],
    "vi": [
        "Các bạn ơi, {a} đã về hàng rồi nha, lô này có thêm {b} và {c} trong mỗi muỗng.",
        "Ai tập gym buổi sáng thì uống {a} trước khi tập, {b} sau khi tập, và {c} trước khi ngủ.",
        "Nhìn nhãn nè, sáu trăm miligam {a}, thêm {b} và đủ liều {c} luôn.",
        "Nhiều bạn hỏi {a} uống chung với {b} được không, được nha, với {c} cũng được luôn.",
        "Chỉ còn vài combo thôi, hũ {a}, viên {b}, và tặng kèm {c}, chốt đơn liền tay.",
        "Mình uống {a} với {b} được ba tuần rồi, nhưng thấy rõ nhất là nhờ {c}.",
        "Công thức mới này kết hợp {a}, {b} và {c}, vị xoài dễ uống, không bị mùi thuốc.",
        "Lưu ý nha, hỏi bác sĩ trước khi dùng chung {a} và {b}, còn {c} thì đa số mọi người dùng ổn.",
        "Flash sale mười phút thôi, {a}, {b} và {c} giảm ba mươi phần trăm, bấm vào giỏ hàng ngay.",
        "Thói quen mỗi ngày của mình đơn giản lắm, {a} buổi sáng, {b} buổi trưa và {c} buổi tối.",
    ],
}

# Lines with none of the terms; the first four of each language are the tuning ones.
FREE = {
    "en": [
        "My cousin is so creative, she painted a lion with a golden mane on the wall.",
        "We saw palm trees and a metal statue near the market this morning.",
        "Too much glucose in a drink can make you tired, so always check the sugar label.",
        "Her brother was born under Taurus, and he drinks a cucumber smoothie every day.",
        "I am certain the spiral notebook and the melon cups will arrive on Tuesday.",
        "We weigh every parcel twice, so the shipping cost you see is the final price.",
        "Put your receipt in the green folder, and comment if you want me to open the next box.",
        "The thermal bottle keeps water cold all day, and the lid never leaks in your bag.",
    ],
    "es": [
        "El león del zoológico tiene una melena enorme y los niños le tomaron muchas fotos.",
        "Mi prima es muy creativa, pinta palmeras y atardeceres en las paredes de su casa.",
        "Si la bebida tiene mucha glucosa te puedes cansar, así que revisen siempre el azúcar.",
        "Mi hermano es de Tauro y toma jugo de pepino con menta todas las mañanas.",
        "Estoy segura de que el cuaderno en espiral llega el martes junto con su pedido.",
        "Pesamos cada paquete dos veces, así que el envío que ven es el precio final.",
        "Gracias por los corazones, comenten si quieren que abra la siguiente caja ahorita.",
        "El termo mantiene el agua fría todo el día y la tapa no se derrama en la mochila.",
    ],
    "pt": [
        "O leão do zoológico tem uma juba enorme e as crianças tiraram muitas fotos dele.",
        "Minha prima é super criativa, pintou palmeiras e um pôr do sol na parede da sala.",
        "Bebida com muita glicose deixa a gente cansado, então sempre confiram o açúcar no rótulo.",
        "Meu irmão é de Touro e toma suco de pepino com hortelã toda manhã antes do trabalho.",
        "Tenho certeza que o caderno espiral chega na terça junto com o seu pedido.",
        "A gente pesa cada pacote duas vezes, então o frete que aparece é o valor final.",
        "Obrigado pelos coraçõezinhos, comenta aí se vocês querem que eu abra a próxima caixa.",
        "A garrafa térmica deixa a água gelada o dia todo e a tampa não vaza na mochila.",
    ],
    "id": [
        "Singa di kebun binatang itu punya surai yang tebal, anak-anak senang sekali melihatnya.",
        "Adik saya kreatif banget, dia melukis pohon palem dan matahari terbenam di dinding kamar.",
        "Minuman dengan glukosa tinggi bikin cepat lelah, jadi selalu cek kadar gula di labelnya.",
        "Kakak saya berzodiak Taurus dan setiap pagi minum jus mentimun pakai daun mint.",
        "Aku yakin buku spiral dan bibit bunga melati pesananmu sampai hari Selasa.",
        "Setiap paket kami timbang dua kali, jadi ongkir yang muncul sudah harga final.",
        "Terima kasih buat yang kasih love, tulis di komentar kalau mau aku buka kotak berikutnya.",
        "Botol termos ini bikin air tetap dingin seharian dan tutupnya nggak bocor di tas.",
    ],
    "vi": [
        "Con sư tử ở sở thú có bờm rất dày, mấy bé thích chụp hình với nó lắm.",
        "Em gái mình rất sáng tạo, vẽ hàng cây cọ và hoàng hôn lên tường phòng khách.",
        "Nước uống có nhiều đường glucose dễ làm mệt, nên các bạn nhớ xem nhãn kỹ nha.",
        "Mẹ mình uống vitamin tổng hợp mỗi sáng rồi đi bộ ba mươi phút quanh hồ.",
        "Mình chắc chắn cuốn sổ lò xo và áo thun màu xanh sẽ tới vào thứ ba nha.",
        "Mỗi kiện hàng đều được cân hai lần, nên phí ship các bạn thấy là giá cuối cùng.",
        "Cảm ơn các bạn đã thả tim, bình luận nếu muốn mình mở hộp tiếp theo nhé.",
        "Bình giữ nhiệt này giữ nước lạnh cả ngày, nắp đậy kín không bị đổ trong túi.",
    ],
}

_OFFSET = {"en": 0, "es": 11, "pt": 22, "id": 5, "vi": 17}


def lines_for(lang: str) -> list[str]:
    """20 lines: each frame twice, three different terms a line, every term used."""
    return rotate_lines(TERMS, FRAMES[lang], _OFFSET[lang])
