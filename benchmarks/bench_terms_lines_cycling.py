"""Lines for bench_terms.py, held-out set 9 (blind: kept from tuning, to be measured once): a 40-term glossary
for a cycling live (bicycles, components, e-bikes, helmets, clothing and nutrition; 12 invented brand /
product-line names, 28 real names as printed on spec sheets and packs: components, frame materials, e-bike
parts and units, helmet standards, fabrics, fits, sports nutrition), live-selling frames per language filled
with three terms each (20 lines a language), and lines with none of the terms (common words only, some close
to a term: 'Titanic', 'Chamonix', 'pedals' / 'pedales' / 'pedais' / 'pedal' / 'bàn đạp',
'wool' / 'lana' / 'lã' / 'wol' / 'len')."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # also when loaded by path (bench_terms --lines)
from terms_lines_rotation import rotate_lines  # noqa: E402

# Invented brand / product-line names (not real makers).
BRANDS = [
    "Fellbarrow", "Kazekiri", "Ventoriva", "Roda Lintas", "Ashcombe Works", "Hayatomo",
    "Stradolina Corsa", "Gowes Sagara", "Torvale", "Tsubakane", "Ciclamaro", "Angin Merdu",
]

# Real names as printed on spec sheets and packs: components, frame materials, e-bike parts and units,
# helmet standards, fabrics, fits, sports nutrition.
REAL = [
    "Derailleur", "Merino Wool", "Thru-Axle", "Maltodextrin", "Chromoly", "Torque Sensor", "Chamois Pad",
    "Presta Valve", "EN 1078", "Pedelec", "Hookless Rim", "Bib Shorts", "Titanium", "Electrolyte Tabs",
    "Dropper Post", "Photochromic", "Lithium-Ion", "Crankset", "Softshell", "Ceramic Bearings",
    "Watt-Hours", "Race Fit", "Bottom Bracket", "Aramid Bead", "Gilet", "Mid-Drive Motor", "EPS Foam",
    "Clincher",
]
NOTES = REAL   # the name the fragrance set uses for its real-name list

TERMS = BRANDS + REAL

VOICES = {"en": "en-us", "es": "es", "pt": "pt-br", "id": "id", "vi": "vi"}

FRAMES = {
    "en": [
        "Alright riders, {a} just landed in the shop, and this build comes with {b} and {c}.",
        "If you ride long gravel days, start with {a}, then add {b} and a set of {c}.",
        "Check the spec sheet and you will see {a} right at the top, then {b}, then {c}.",
        "So many of you asked about {a}, and yes, it pairs really well with {b} and {c}.",
        "Grab {a} while we are live, the {b} kit is nearly sold out, and {c} ships free tonight.",
        "My pick this week is {a}, my mechanic swears by {b}, and my climbing bike runs {c}.",
        "Every race bag gets {a} up front, {b} in the middle, and a little {c} for the ride home.",
        "We restocked {a}, {b} and the {c} trial pack, grab them before they sell out.",
        "For commuting in the rain, ask the shop about {a}, {b} and maybe {c}.",
        "Type two in the chat if you want {a}, and I will throw in {b} and {c} for free.",
    ],
    "es": [
        "Bueno ciclistas, {a} acaba de llegar a la tienda, y este armado viene con {b} y {c}.",
        "Si ustedes hacen rutas largas de gravel, empiecen con {a}, luego sumen {b} y un juego de {c}.",
        "Miren la ficha técnica y van a ver {a} hasta arriba, después {b} y después {c}.",
        "Muchos me preguntaron por {a}, y sí, combina súper bien con {b} y con {c}.",
        "Aprovechen {a} mientras estamos en vivo, el kit de {b} casi se agota y {c} tiene envío gratis esta noche.",
        "Mi favorito de la semana es {a}, mi mecánico jura por {b} y mi bici de montaña lleva {c}.",
        "En cada bolsa de carrera va {a} adelante, {b} en medio y un poco de {c} para el regreso.",
        "Repusimos {a}, {b} y el paquete de prueba de {c}, aprovechen antes de que se acaben.",
        "Para ir al trabajo bajo la lluvia, pregunten en la tienda por {a}, {b} y tal vez {c}.",
        "Escriban dos en el chat si quieren {a}, y les regalo {b} y {c}.",
    ],
    "pt": [
        "Galera, {a} acabou de chegar na loja, e essa montagem vem com {b} e {c}.",
        "Se vocês fazem trilhas longas de gravel, começa com {a}, depois coloca {b} e um jogo de {c}.",
        "Olha a ficha técnica e vocês vão ver {a} logo no topo, depois {b} e depois {c}.",
        "Muita gente perguntou do {a}, e sim, combina demais com {b} e com {c}.",
        "Aproveita {a} enquanto a live tá rolando, o kit de {b} tá quase esgotado e {c} sai com frete grátis hoje.",
        "O meu queridinho da semana é {a}, o meu mecânico jura por {b} e a minha bike de subida usa {c}.",
        "Toda bolsa de prova leva {a} na frente, {b} no meio e um pouco de {c} pra volta.",
        "Repusemos {a}, {b} e o kit de teste de {c}, aproveitem antes que acabe.",
        "Pra quem vai trabalhar de bike na chuva, pergunta na loja sobre {a}, {b} e talvez {c}.",
        "Manda dois no chat se quiser {a}, que eu dou {b} e {c} de brinde.",
    ],
    "id": [
        "Oke gaes, {a} baru aja masuk toko, dan rakitan ini sudah pakai {b} dan {c}.",
        "Kalau kakak suka sepedaan jauh di jalur gravel, mulai dari {a} dulu, lalu tambah {b} dan satu set {c}.",
        "Coba lihat lembar spesifikasinya, {a} ada paling atas, terus {b}, terus {c}.",
        "Banyak yang tanya soal {a}, iya kak, cocok banget sama {b} dan {c}.",
        "Mumpung lagi live, langsung checkout {a}, paket {b} tinggal sedikit, dan {c} gratis ongkir malam ini.",
        "Favorit aku minggu ini {a}, mekanik langganan aku percaya banget sama {b}, dan sepeda nanjak aku pakai {c}.",
        "Setiap tas balap diisi {a} di depan, {b} di tengah, dan sedikit {c} buat pulang.",
        "Stok {a}, {b}, dan paket coba {c} sudah diisi ulang, buruan sebelum habis.",
        "Buat yang naik sepeda ke kantor pas hujan, tanya ke toko soal {a}, {b}, dan mungkin {c}.",
        "Ketik dua di kolom chat kalau mau {a}, nanti aku kasih bonus {b} dan {c}.",
    ],
    "vi": [
        "Rồi cả nhà ơi, {a} vừa mới về shop, bản ráp này đi kèm {b} và {c}.",
        "Nếu cả nhà hay chạy gravel đường dài, bắt đầu với {a} trước, rồi thêm {b} và một bộ {c}.",
        "Mở bảng thông số ra là thấy {a} ở trên cùng, tiếp theo là {b}, rồi tới {c}.",
        "Nhiều bạn hỏi về {a} lắm, đúng rồi, nó hợp với {b} và {c} cực kỳ.",
        "Đang live nên chốt {a} ngay nha, combo {b} sắp hết rồi, còn {c} được miễn phí vận chuyển tối nay.",
        "Món mình mê nhất tuần này là {a}, anh thợ quen của mình rất tin {b}, còn xe leo dốc của mình dùng {c}.",
        "Mỗi túi đồ đi đua có {a} ở phía trước, {b} ở giữa, và thêm chút {c} cho lúc về.",
        "Shop đã nhập thêm {a}, {b} và gói dùng thử {c}, nhanh tay kẻo hết nhé.",
        "Ai đi làm những ngày mưa thì hỏi shop về {a}, {b} và có thể thêm {c} nha.",
        "Cả nhà gõ số hai trên khung chat nếu muốn {a}, mình tặng kèm {b} và {c} luôn.",
    ],
}

# Lines with none of the terms; the first four of each language are the tuning ones (close to a term
# in sound, spelling or meaning: Titanium, Chamois Pad, Pedelec, Merino Wool).
FREE = {
    "en": [
        "The Titanic sank on a cold April night in the North Atlantic.",
        "Chamonix sits at the foot of Mont Blanc and fills up with skiers every winter.",
        "Keep your feet on the pedals and look ahead, not down at the road.",
        "My grandmother knits a thick wool sweater for each of us every winter.",
        "The bakery on our corner closes early on Sundays.",
        "We moved the stream an hour later because of the storm.",
        "Every parcel tonight goes out with a small sticker and a thank-you note.",
        "Type yes in the chat if you can hear me clearly.",
    ],
    "es": [
        "El Titanic se hundió una noche fría de abril en el Atlántico Norte.",
        "Chamonix está al pie del Mont Blanc y se llena de esquiadores cada invierno.",
        "Mantén los pies en los pedales y mira hacia adelante, no al suelo.",
        "Mi abuela teje un suéter grueso de lana para cada uno de nosotros cada invierno.",
        "La panadería de la esquina cierra temprano los domingos.",
        "Pasamos la transmisión una hora más tarde por la tormenta.",
        "Cada paquete de esta noche sale con una calcomanía y una notita de agradecimiento.",
        "Escriban sí en el chat si me escuchan bien.",
    ],
    "pt": [
        "O Titanic afundou numa noite fria de abril no Atlântico Norte.",
        "Chamonix fica ao pé do Mont Blanc e lota de esquiadores todo inverno.",
        "Mantém os pés nos pedais e olha pra frente, não pro chão.",
        "A minha avó tricota um suéter grosso de lã pra cada um de nós todo inverno.",
        "A padaria da esquina fecha cedo aos domingos.",
        "A gente passou a live pra uma hora mais tarde por causa da tempestade.",
        "Cada pacote de hoje à noite vai com um adesivo e um bilhetinho de agradecimento.",
        "Escrevam sim no chat se estiverem me ouvindo bem.",
    ],
    "id": [
        "Kapal Titanic tenggelam pada suatu malam dingin bulan April di Atlantik Utara.",
        "Chamonix terletak di kaki Gunung Mont Blanc dan selalu ramai pemain ski saat musim dingin.",
        "Kakinya tetap di pedal, dan lihat ke depan, jangan ke bawah.",
        "Nenek saya merajut sweter wol tebal buat kami semua setiap akhir tahun.",
        "Toko roti di ujung jalan tutup lebih awal setiap hari Minggu.",
        "Siaran langsungnya kami mundurkan satu jam karena ada badai.",
        "Setiap paket malam ini dikirim dengan stiker dan kartu ucapan terima kasih.",
        "Ketik ya di kolom chat kalau suaraku terdengar jelas.",
    ],
    "vi": [
        "Tàu Titanic chìm vào một đêm tháng Tư lạnh giá ở Bắc Đại Tây Dương.",
        "Chamonix nằm dưới chân núi Mont Blanc và mùa đông nào cũng đông người trượt tuyết.",
        "Cứ đặt chân lên bàn đạp và nhìn về phía trước, đừng nhìn xuống đường.",
        "Bà tôi đan cho mỗi người trong nhà một chiếc áo len dày vào mỗi mùa đông.",
        "Tiệm bánh mì đầu hẻm chủ nhật nào cũng đóng cửa sớm.",
        "Buổi live được dời trễ một tiếng vì trời có bão.",
        "Mỗi đơn hàng tối nay đều có kèm nhãn dán và một tấm thiệp cảm ơn.",
        "Cả nhà thấy tiếng rõ thì gõ có trên khung chat giúp mình nha.",
    ],
}

_OFFSET = {"en": 8, "es": 23, "pt": 2, "id": 33, "vi": 14}


def lines_for(lang: str) -> list[str]:
    """20 lines: each frame twice, three different terms a line, every term used."""
    return rotate_lines(TERMS, FRAMES[lang], _OFFSET[lang])
