# Held-out set written apart from the tuners; measured once on 2026-12-06 (benchmarks/results/terms-blind4-2026-12-06.txt),
# then folded in: a dev set now. Run: benchmarks/bench_terms.py --lines benchmarks/bench_terms_lines_gadgets.py
"""Lines for bench_terms.py, held-out set 4: a 40-term glossary for consumer electronics and
phone/laptop accessories (12 invented brand / product-line names, 28 real technical names as
printed on boxes), live-selling frames per language filled with three terms each (20 lines a
language), and lines with none of the terms (common words only, some close to a term:
'snap a photo of the dragon', 'thunder ... bolt of lightning', 'gorilla ... glass', 'graphite')."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # also when loaded by path (bench_terms --lines)
from terms_lines_rotation import rotate_lines  # noqa: E402

BRANDS = [
    "VoltNest", "Lumora", "Orbiq", "Kestrel Air", "NovaDock", "Pixelune", "Zentrix", "Bravio Max",
    "Coralink", "Sunvolt Mini", "Quillo Buds", "Halcyra",
]

TECH = [
    "Snapdragon", "Dimensity", "Exynos", "MagSafe", "Qi2", "Thunderbolt", "AMOLED", "Mini-LED",
    "LTPO", "Gorilla Glass", "Ceramic Shield", "Graphene", "LiFePO4", "Gallium Nitride",
    "Dolby Atmos", "Wi-Fi 7", "LE Audio", "aptX", "LDAC", "Aramid Fiber", "ProMotion", "IP68",
    "Silicon-Carbon", "Vapor Chamber", "Nano-Texture", "Power Delivery", "Liquid Retina",
    "Sapphire Crystal",
]

TERMS = BRANDS + TECH

VOICES = {"en": "en-us", "es": "es", "pt": "pt-br", "id": "id", "vi": "vi"}

FRAMES = {
    "en": [
        "Guys, the {a} drop is live, with {b} and {c} built in.",
        "If your phone runs hot, look for {a}, then check the box for {b} and {c}.",
        "This one packs {a}, plus {b}, and even {c} at this price.",
        "Everyone's asking about {a}, and yes, it works with {b} and {c}.",
        "Tap the cart on {a} now, the {b} bundle is almost sold out, and {c} ships free.",
        "My pick this week is {a}, paired with {b} and {c}.",
        "The new {a} case combines {b} with {c}, and it's super thin.",
        "Don't mix up {a} and {b}, and {c} is a different thing again.",
        "We restocked {a}, {b} and the {c} charger, grab them while they last.",
        "Flash deal: {a} plus {b}, and we throw in {c} for the first fifty orders.",
    ],
    "es": [
        "¡Ya está en vivo el lanzamiento de {a}, con {b} y {c} incluidos!",
        "Si tu celular se calienta, busca {a}, y revisa que la caja diga {b} y {c}.",
        "Este trae {a}, además {b}, y hasta {c} a este precio.",
        "Todos preguntan por {a}, y sí, es compatible con {b} y con {c}.",
        "Agreguen {a} al carrito ya, el combo de {b} casi se agota y {c} tiene envío gratis.",
        "Mi favorito de esta semana es {a}, junto con {b} y {c}.",
        "La nueva funda de {a} combina {b} con {c}, y es súper delgada.",
        "No confundan {a} con {b}, y {c} ya es otra cosa.",
        "Repusimos {a}, {b} y el cargador de {c}, aprovechen antes de que se acaben.",
        "Oferta relámpago: {a} más {b}, y de regalo {c} para los primeros cincuenta pedidos.",
    ],
    "pt": [
        "Gente, o lançamento de {a} está no ar, com {b} e {c} de fábrica.",
        "Se o seu celular esquenta, procure {a}, e veja se a caixa fala {b} e {c}.",
        "Esse aqui vem com {a}, mais {b}, e ainda {c} por esse preço.",
        "Todo mundo pergunta do {a}, e sim, é compatível com {b} e com {c}.",
        "Coloca {a} no carrinho agora, o combo de {b} está acabando e {c} tem frete grátis.",
        "O meu favorito da semana é {a}, junto com {b} e {c}.",
        "A nova capinha de {a} junta {b} com {c}, e é super fininha.",
        "Não confundam {a} com {b}, e {c} já é outra coisa.",
        "Repusemos {a}, {b} e o carregador de {c}, aproveitem enquanto tem.",
        "Oferta relâmpago: {a} mais {b}, e {c} de brinde nos primeiros cinquenta pedidos.",
    ],
    "id": [
        "Guys, {a} sudah rilis hari ini, lengkap dengan {b} dan {c}.",
        "Kalau HP kamu gampang panas, cari yang ada {a}, terus cek tulisan {b} dan {c} di dusnya.",
        "Yang ini sudah pakai {a}, plus {b}, bahkan ada {c} di harga segini.",
        "Banyak yang tanya soal {a}, iya kak, bisa dipakai bareng {b} dan {c}.",
        "Langsung masukin {a} ke keranjang, paket {b} hampir habis, dan {c} gratis ongkir.",
        "Favorit aku minggu ini {a}, dipasangkan dengan {b} dan {c}.",
        "Casing baru {a} menggabungkan {b} dengan {c}, dan tipis banget.",
        "Jangan ketuker {a} sama {b} ya, kalau {c} itu beda lagi.",
        "Stok {a}, {b}, dan charger {c} sudah kami isi ulang, buruan sebelum habis.",
        "Flash sale: {a} ditambah {b}, dan bonus {c} untuk lima puluh pembeli pertama.",
    ],
    "vi": [
        "Cả nhà ơi, {a} đã lên kệ rồi, có sẵn {b} và {c} luôn.",
        "Nếu điện thoại bạn hay nóng, hãy tìm loại có {a}, rồi xem trên hộp có ghi {b} và {c} không.",
        "Mẫu này dùng {a}, thêm {b}, mà còn có cả {c} với giá này.",
        "Ai cũng hỏi về {a}, đúng rồi, nó dùng được với {b} và {c}.",
        "Thêm {a} vào giỏ hàng ngay, combo {b} sắp hết, còn {c} được miễn phí vận chuyển.",
        "Món mình thích nhất tuần này là {a}, đi kèm {b} và {c}.",
        "Ốp lưng mới của {a} kết hợp {b} với {c}, mỏng cực kỳ.",
        "Đừng nhầm {a} với {b} nha, còn {c} lại là chuyện khác.",
        "Bên mình vừa nhập thêm {a}, {b} và sạc {c}, nhanh tay chốt đơn nhé.",
        "Flash sale: mua {a} kèm {b}, tặng thêm {c} cho năm mươi đơn đầu tiên.",
    ],
}

# Lines with none of the terms; the first four of each language are the tuning ones
# (close to Snapdragon, Thunderbolt, Gorilla Glass, Graphene in sound, spelling or meaning).
FREE = {
    "en": [
        "Snap a photo of the dragon float when the parade goes by.",
        "We heard thunder and saw a bolt of lightning over the lake.",
        "The gorilla at the zoo sat behind a thick glass wall.",
        "Sharpen the graphite pencil before you draw the map.",
        "The screen on my old phone cracked when it fell off the table.",
        "My brother left his headphones on the bus again.",
        "Every order placed tonight will arrive before the weekend.",
        "Drop a heart in the chat if you can hear me clearly.",
    ],
    "es": [
        "Las bocas de dragón del jardín florecieron temprano esta primavera.",
        "Anoche se escuchó un trueno y cayó un rayo cerca del lago.",
        "El gorila del zoológico estaba sentado detrás de un vidrio grueso.",
        "Saca punta al lápiz de grafito antes de dibujar el mapa.",
        "La pantalla de mi celular viejo se rompió cuando se cayó de la mesa.",
        "Mi hermano dejó sus audífonos en el autobús otra vez.",
        "Todos los pedidos de esta noche llegan antes del fin de semana.",
        "Manden un corazón en el chat si me escuchan bien.",
    ],
    "pt": [
        "As bocas-de-leão do meu jardim floresceram cedo nesta primavera.",
        "Ouvimos um trovão e vimos um raio cair perto do lago.",
        "O gorila do zoológico ficava sentado atrás de um vidro grosso.",
        "Aponte o lápis de grafite antes de desenhar o mapa.",
        "A tela do meu celular antigo rachou quando ele caiu da mesa.",
        "O meu irmão esqueceu os fones de ouvido no ônibus de novo.",
        "Todos os pedidos feitos hoje à noite chegam antes do fim de semana.",
        "Mandem um coração no chat se vocês estão me ouvindo bem.",
    ],
    "id": [
        "Bunga mulut naga di taman saya mekar lebih awal musim ini.",
        "Kami mendengar guntur dan melihat petir menyambar di dekat danau.",
        "Gorila di kebun binatang duduk di balik kaca yang tebal.",
        "Raut dulu pensil grafit kamu sebelum menggambar peta.",
        "Layar HP lama saya retak waktu jatuh dari meja.",
        "Kakak saya lupa headsetnya di bus lagi.",
        "Semua pesanan malam ini sampai sebelum akhir pekan.",
        "Kirim love di kolom chat kalau suara aku kedengaran jelas.",
    ],
    "vi": [
        "Hoa mõm chó trong vườn nhà tôi nở sớm vào mùa xuân này.",
        "Chúng tôi nghe tiếng sấm và thấy tia chớp gần hồ.",
        "Con khỉ đột ở sở thú ngồi sau một tấm kính dày.",
        "Lõi bút chì làm bằng than chì nên rất dễ gãy.",
        "Màn hình điện thoại cũ của tôi bị nứt khi rơi khỏi bàn.",
        "Anh tôi lại để quên tai nghe trên xe buýt.",
        "Tất cả đơn đặt tối nay sẽ giao trước cuối tuần.",
        "Thả tim trên khung chat nếu các bạn nghe rõ nhé.",
    ],
}

_OFFSET = {"en": 0, "es": 13, "pt": 26, "id": 7, "vi": 19}


def lines_for(lang: str) -> list[str]:
    """20 lines: each frame twice, three different terms a line, every term used."""
    return rotate_lines(TERMS, FRAMES[lang], _OFFSET[lang])
