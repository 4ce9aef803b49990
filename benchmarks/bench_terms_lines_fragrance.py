"""Lines for bench_terms.py, held-out set 7: a 40-term glossary for perfumes, candles and home fragrance
(12 invented brand / product-line names, 28 real names as printed on boxes and note pyramids: notes,
accords, aroma molecules, concentrations, materials), live-selling frames per language filled with three
terms each (20 lines a language), and lines with none of the terms (common words only, some close to a
term: 'Bergamo', 'pine wood' / 'laúd' / 'gambus' / 'út', 'black pepper', 'soy sauce', 'super')."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # also when loaded by path (bench_terms --lines)
from terms_lines_rotation import rotate_lines  # noqa: E402

# Invented brand / product-line names (not real houses).
BRANDS = [
    "Noctavelle", "Amberquill", "Sable Harbor", "Ombrelune", "Casa Liora", "Driftwick",
    "Lunaris Nine", "Maison Oréval", "Hearthly", "Mirawood", "Saffrelle", "Velmora Atelier",
]

# Real names as printed on boxes and note pyramids.
NOTES = [
    "Bergamot", "Vetiver", "Oud", "Iso E Super", "Eau de Parfum", "Extrait de Parfum", "Soy Wax",
    "Coconut Wax", "Ambroxan", "Patchouli", "Tonka Bean", "Ylang Ylang", "Neroli", "Labdanum",
    "Orris Root", "Sandalwood", "Galbanum", "Hedione", "Cashmeran", "Benzoin", "Oakmoss", "Tuberose",
    "Pink Pepper", "Fougère", "Calone", "Petitgrain", "Reed Diffuser", "Frankincense",
]

TERMS = BRANDS + NOTES

VOICES = {"en": "en-us", "es": "es", "pt": "pt-br", "id": "id", "vi": "vi"}

FRAMES = {
    "en": [
        "Okay guys, the {a} candle is back in stock, with {b} and {c} in the blend.",
        "If you like something fresh, spray {a} first, then layer {b} and just a touch of {c}.",
        "This bottle opens with {a}, then you get {b}, and it dries down to {c}.",
        "So many of you asked about {a}, and yes, it pairs really well with {b} and {c}.",
        "Add {a} to your cart right now, the {b} set is almost sold out, and {c} ships free.",
        "My pick this week is {a}, worn over {b} with a little {c} on the wrists.",
        "The new {a} room spray mixes {b} with {c}, perfect for small spaces.",
        "Honestly, {a} lasts all day on me, {b} fades faster, and {c} sits right in between.",
        "We restocked {a}, {b} and the {c} gift box, grab them before they are gone.",
        "Light the {a} candle at night, keep {b} by the door, and finish with a spray of {c}.",
    ],
    "es": [
        "Bueno chicos, la vela de {a} ya volvió, con {b} y {c} en la mezcla.",
        "Si les gusta algo fresco, pónganse primero {a}, luego {b} y un toquecito de {c}.",
        "Este frasco abre con {a}, después aparece {b} y al final queda {c}.",
        "Muchos me preguntaron por {a}, y sí, combina muy bien con {b} y con {c}.",
        "Agreguen {a} al carrito ya, el set de {b} casi se agota y {c} tiene envío gratis.",
        "Mi favorito de esta semana es {a}, encima de {b} y un poquito de {c} en las muñecas.",
        "El nuevo aromatizante de {a} mezcla {b} con {c}, ideal para espacios pequeños.",
        "La verdad, {a} me dura todo el día, {b} se va más rápido y {c} queda en medio.",
        "Repusimos {a}, {b} y la caja de regalo de {c}, aprovechen antes de que se acabe.",
        "Prendan la vela de {a} en la noche, dejen {b} junto a la puerta y terminen con un poco de {c}.",
    ],
    "pt": [
        "Gente, a vela de {a} voltou, com {b} e {c} na composição.",
        "Se vocês gostam de algo fresquinho, borrifem primeiro {a}, depois {b} e um toque de {c}.",
        "Esse frasco abre com {a}, depois vem {b} e no fundo fica {c}.",
        "Muita gente perguntou do {a}, e sim, combina muito bem com {b} e com {c}.",
        "Corre e coloca {a} no carrinho, o kit de {b} tá quase esgotado e {c} sai com frete grátis.",
        "O meu queridinho da semana é {a}, por cima de {b} e um pouquinho de {c} no pulso.",
        "O novo spray de ambiente de {a} mistura {b} com {c}, perfeito pra espaços pequenos.",
        "Sinceramente, {a} dura o dia inteiro em mim, {b} some mais rápido e {c} fica no meio-termo.",
        "Repusemos {a}, {b} e a caixinha de presente de {c}, aproveitem antes que acabe.",
        "Acende a vela de {a} à noite, deixa {b} perto da porta e finaliza com uma borrifada de {c}.",
    ],
    "id": [
        "Oke kak, lilin {a} sudah ready lagi, ada {b} dan {c} di campurannya.",
        "Kalau suka yang segar, semprot {a} dulu, lalu {b} dan sedikit {c}.",
        "Botol ini dibuka dengan {a}, lalu muncul {b}, dan akhirnya tinggal {c}.",
        "Banyak yang tanya soal {a}, iya kak, cocok banget sama {b} dan {c}.",
        "Langsung checkout {a} sekarang, paket {b} tinggal sedikit, dan {c} gratis ongkir.",
        "Favorit aku minggu ini {a}, dipakai di atas {b} dengan sedikit {c} di pergelangan tangan.",
        "Pengharum ruangan {a} yang baru mencampur {b} dengan {c}, pas buat kamar kecil.",
        "Jujur ya, {a} awet seharian di aku, {b} lebih cepat hilang, dan {c} di tengah-tengah.",
        "Stok {a}, {b}, dan gift box {c} sudah diisi ulang, buruan sebelum habis.",
        "Nyalakan lilin {a} di malam hari, taruh {b} dekat pintu, dan tutup dengan semprotan {c}.",
    ],
    "vi": [
        "Rồi cả nhà ơi, nến {a} đã về hàng lại, có {b} và {c} trong công thức.",
        "Nếu thích mùi tươi mát, xịt {a} trước, rồi tới {b} và một chút {c}.",
        "Chai này mở đầu bằng {a}, sau đó là {b}, và lắng lại với {c}.",
        "Nhiều bạn hỏi về {a} lắm, đúng rồi, nó hợp với {b} và {c} cực kỳ.",
        "Bỏ {a} vào giỏ hàng ngay nha, set {b} sắp hết rồi, còn {c} được miễn phí vận chuyển.",
        "Món mình mê nhất tuần này là {a}, xịt chồng lên {b} với một chút {c} ở cổ tay.",
        "Xịt phòng {a} mới kết hợp {b} với {c}, rất hợp cho không gian nhỏ.",
        "Nói thật, {a} lưu hương cả ngày trên người mình, {b} bay nhanh hơn, còn {c} thì ở giữa.",
        "Shop đã nhập thêm {a}, {b} và hộp quà {c}, nhanh tay kẻo hết nhé.",
        "Buổi tối đốt nến {a}, để {b} gần cửa, rồi xịt thêm chút {c} là xong.",
    ],
}

# Lines with none of the terms; the first four of each language are the tuning ones (close to a term
# in sound, spelling or meaning: Bergamot, Oud, Pink Pepper / Soy Wax, Iso E Super).
FREE = {
    "en": [
        "Bergamo is a lovely old city in the north of Italy.",
        "We built a small fire of pine wood and sat around it all night.",
        "Add some black pepper and a spoon of soy sauce to the noodles.",
        "That was super, thank you all for staying with me so late.",
        "It rained all morning, so we stayed home and watched a movie.",
        "My brother bought a new bike and a warm winter jacket.",
        "Orders placed tonight will leave our warehouse on Monday morning.",
        "Drop a heart in the chat if you can hear me clearly.",
    ],
    "es": [
        "Bérgamo es una ciudad antigua y muy bonita en el norte de Italia.",
        "Mi abuelo tocaba el laúd en las fiestas del pueblo.",
        "Échale pimienta negra y un poco de salsa de soya a los fideos.",
        "Estuvo súper, gracias a todos por quedarse conmigo hasta tan tarde.",
        "Llovió toda la mañana, así que nos quedamos en casa viendo una película.",
        "Mi hermano se compró una bici nueva y una chaqueta para el invierno.",
        "Los pedidos de esta noche salen del almacén el lunes por la mañana.",
        "Déjenme un corazón en el chat si me escuchan bien.",
    ],
    "pt": [
        "Bérgamo é uma cidade antiga e muito bonita no norte da Itália.",
        "O meu avô tocava alaúde nas festas da cidade.",
        "Coloca pimenta-do-reino e um pouco de molho de soja no macarrão.",
        "Foi super, obrigada a todos por ficarem comigo até tão tarde.",
        "Choveu a manhã toda, então ficamos em casa vendo um filme.",
        "O meu irmão comprou uma bicicleta nova e uma jaqueta de inverno.",
        "Os pedidos de hoje à noite saem do depósito na segunda de manhã.",
        "Deixem um coração no chat se estiverem me ouvindo bem.",
    ],
    "id": [
        "Bergamo itu kota tua yang cantik di utara Italia.",
        "Kakek saya dulu suka main gambus di acara kampung.",
        "Tambahkan lada hitam dan sedikit kecap asin ke mi gorengnya.",
        "Tadi super seru, makasih ya semuanya sudah nemenin sampai malam.",
        "Hujan turun sepanjang pagi, jadi kami di rumah saja nonton film.",
        "Kakak saya beli sepeda baru dan jaket tebal untuk musim hujan.",
        "Pesanan malam ini dikirim dari gudang hari Senin pagi.",
        "Kasih tanda hati di kolom chat kalau suara saya terdengar jelas ya.",
    ],
    "vi": [
        "Bergamo là một thành phố cổ rất đẹp ở miền bắc nước Ý.",
        "Em út nhà tôi năm nay mới vào lớp một.",
        "Cho thêm tiêu đen và một chút nước tương vào mì nhé.",
        "Hôm nay vui siêu luôn, cảm ơn cả nhà đã ở lại với mình tới khuya.",
        "Sáng nay mưa suốt nên cả nhà ở nhà xem phim.",
        "Anh trai tôi mới mua một chiếc xe đạp và một cái áo khoác dày.",
        "Đơn đặt tối nay sẽ được gửi đi từ kho vào sáng thứ hai.",
        "Cả nhà thả tim trên khung chat nếu nghe rõ tiếng mình nhé.",
    ],
}

_OFFSET = {"en": 3, "es": 14, "pt": 27, "id": 8, "vi": 33}


def lines_for(lang: str) -> list[str]:
    """20 lines: each frame twice, three different terms a line, every term used."""
    return rotate_lines(TERMS, FRAMES[lang], _OFFSET[lang])
