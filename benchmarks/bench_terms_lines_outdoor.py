"""Lines for a held-out terms bench: a 40-term glossary for outdoor, sports and travel gear
(12 invented brand / product-line names, 28 real names as printed on tags and spec sheets:
fabrics, fibres, membranes, foams, metals, soles, standards, certifications), live-selling
frames per language filled with three terms each (20 lines a language), and lines with none
of the terms (common words only, some close to a term: 'kestrel ... ridge', 'marine', 'cord',
'cobalt blue', 'windmill', 'wool sweater', 'rain coat')."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # also when loaded by path (bench_terms --lines)
from terms_lines_rotation import rotate_lines  # noqa: E402

BRANDS = [
    "Trailvex", "Kestrel Ridge", "Nordavik", "AeroStride", "Solvanta", "Cobalt Fjord",
    "Lunatrek", "Terrakai", "Windmere", "Halvorn", "Stormquill", "Zephyrin",
]

MATERIALS = [
    "Merino", "Cordura", "Ripstop", "Titanium", "EVA", "IPX7", "Gore-Tex", "Polartec",
    "Vibram", "Dyneema", "PrimaLoft", "Thinsulate", "Neoprene", "Kevlar", "Tencel", "Coolmax",
    "Pertex", "Sympatex", "Silnylon", "Polycarbonate", "Carbon Fiber", "Aluminum 7075",
    "Bluesign", "OEKO-TEX", "UPF 50", "Polyurethane", "Softshell", "UIAA",
]

TERMS = BRANDS + MATERIALS

VOICES = {"en": "en-us", "es": "es", "pt": "pt-br", "id": "id", "vi": "vi"}

FRAMES = {
    "en": [
        "Okay guys, the {a} jacket is back in stock, with {b} and {c} built in.",
        "If you hike in the rain, go with {a} first, then add a layer of {b}, and {c} for the cold mornings.",
        "Look at this tag, it says {a}, {b}, and real {c}, no cheap stuff here.",
        "So many of you asked about {a}, and yes, it works great with {b} and {c}.",
        "Tap the basket and add {a} now, the {b} bundle is almost sold out, and {c} ships free today.",
        "My pick this week is {a}, worn under {b} with {c} on top.",
        "The new {a} boot pairs {b} with {c} for rocky trails.",
        "Don't put {a} in the dryer with {b}, but {c} is totally fine either way.",
        "We just restocked {a}, {b} and the {c} backpack, grab yours before they're gone.",
        "Match {a} with {b} for the long weekend trip, and finish the setup with {c}.",
    ],
    "es": [
        "Chicos, ya volvió la chaqueta {a}, con {b} y {c} incorporados.",
        "Si caminas bajo la lluvia, empieza con {a}, luego una capa de {b} y {c} para las mañanas frías.",
        "Miren esta etiqueta, dice {a}, {b} y {c} de verdad, nada barato.",
        "Muchos me preguntaron por {a}, y sí, va genial con {b} y con {c}.",
        "Toquen el carrito y agreguen {a} ya, el paquete de {b} casi se agota y {c} tiene envío gratis hoy.",
        "Mi elección de esta semana es {a}, debajo de {b} y con {c} encima.",
        "Esta bota {a} combina {b} con {c} para senderos de piedra.",
        "No metan {a} en la secadora con {b}, pero {c} aguanta sin problema.",
        "Acabamos de reponer {a}, {b} y la mochila de {c}, corran antes de que se acaben.",
        "Combinen {a} con {b} para el viaje del fin de semana largo y cierren el equipo con {c}.",
    ],
    "pt": [
        "Gente, a jaqueta {a} voltou pro estoque, com {b} e {c} na construção.",
        "Se você faz trilha na chuva, começa com {a}, depois uma camada de {b} e {c} pras manhãs frias.",
        "Olha essa etiqueta, tá escrito {a}, {b} e {c} de verdade, nada de coisa barata.",
        "Muita gente perguntou do {a}, e sim, combina muito bem com {b} e com {c}.",
        "Clica no carrinho e coloca {a} agora, o kit de {b} tá quase esgotado e {c} tem frete grátis hoje.",
        "A minha escolha da semana é {a}, por baixo do {b} e com {c} por cima.",
        "A bota nova {a} junta {b} com {c} pra trilha de pedra.",
        "Não coloca {a} na secadora junto com {b}, mas {c} aguenta de boa.",
        "Acabamos de repor {a}, {b} e a mochila de {c}, garantam a de vocês antes que acabe.",
        "Junta {a} com {b} pra viagem do feriadão e fecha o kit com {c}.",
    ],
    "id": [
        "Guys, jaket {a} sudah ready lagi, pakai {b} dan {c} di dalamnya.",
        "Kalau kalian suka naik gunung pas hujan, pakai {a} dulu, terus lapisan {b}, dan {c} buat pagi yang dingin.",
        "Coba lihat labelnya, tulisannya {a}, {b}, dan {c} asli, bukan barang murahan.",
        "Banyak yang tanya soal {a}, iya, cocok banget sama {b} dan {c}.",
        "Klik keranjang kuning dan masukin {a} sekarang, paket {b} hampir habis, dan {c} gratis ongkir hari ini.",
        "Pilihan aku minggu ini {a}, dipakai di bawah {b} dengan {c} di luarnya.",
        "Sepatu gunung baru {a} menggabungkan {b} dengan {c} buat jalur berbatu.",
        "Jangan masukin {a} ke mesin pengering bareng {b}, tapi {c} aman-aman aja.",
        "Kita baru restock {a}, {b}, dan tas carrier {c}, buruan checkout sebelum kehabisan.",
        "Padukan {a} sama {b} buat trip long weekend, terus lengkapi dengan {c}.",
    ],
    "vi": [
        "Cả nhà ơi, áo khoác {a} đã về hàng rồi, có {b} và {c} bên trong.",
        "Nếu bạn hay leo núi lúc trời mưa, chọn {a} trước, rồi thêm một lớp {b}, và {c} cho những buổi sáng lạnh.",
        "Mọi người nhìn cái nhãn này nè, ghi rõ {a}, {b} và {c} chính hãng, không phải hàng rẻ tiền đâu.",
        "Nhiều bạn hỏi về {a} quá, đúng rồi, nó đi rất hợp với {b} và {c}.",
        "Bấm vào giỏ hàng thêm {a} ngay nhé, combo {b} sắp hết rồi, và {c} được freeship hôm nay.",
        "Món mình chọn tuần này là {a}, mặc bên trong {b} và khoác {c} bên ngoài.",
        "Mẫu giày leo núi {a} mới kết hợp {b} với {c} cho đường đá.",
        "Đừng cho {a} vào máy sấy chung với {b}, còn {c} thì thoải mái nha.",
        "Shop vừa nhập thêm {a}, {b} và balo {c}, nhanh tay kẻo hết nha cả nhà.",
        "Phối {a} với {b} cho chuyến đi cuối tuần, rồi hoàn thiện bộ đồ với {c}.",
    ],
}

# Lines with none of the terms; the first four of each language are the close ones.
FREE = {
    "en": [
        "A kestrel circled above the ridge while the marine fog rolled in.",
        "He pulled the cord too hard and the old rope ripped near the top.",
        "The kids built a windmill from cardboard and painted it cobalt blue.",
        "My wool sweater kept me warm, and my rain coat held up through the storm.",
        "We drove to the lake on Sunday and had lunch under a big tree.",
        "My brother lost his keys and his water bottle at the station.",
        "All orders go out before Friday, and returns are free for thirty days.",
        "Drop a comment and tell me which colour you want to see next.",
    ],
    "es": [
        "Un cernícalo voló sobre la cresta mientras entraba la niebla marina.",
        "Tiró de la cuerda con tanta fuerza que la soga vieja se rompió arriba.",
        "Los niños hicieron un molino de viento de cartón y lo pintaron de azul cobalto.",
        "Mi suéter de lana me abrigó y el impermeable aguantó toda la tormenta.",
        "El domingo fuimos al lago y almorzamos bajo un árbol grande.",
        "Mi hermano perdió las llaves y la botella de agua en la estación.",
        "Todos los pedidos salen antes del viernes y las devoluciones son gratis por treinta días.",
        "Díganme en los comentarios qué color quieren ver después.",
    ],
    "pt": [
        "Um falcão voou sobre a serra enquanto a névoa marinha chegava.",
        "Ele puxou a corda com tanta força que o cordão velho rasgou lá em cima.",
        "As crianças fizeram um moinho de vento de papelão e pintaram de azul cobalto.",
        "O meu suéter de lã me esquentou e a capa de chuva aguentou a tempestade toda.",
        "No domingo a gente foi pro lago e almoçou debaixo de uma árvore grande.",
        "O meu irmão perdeu as chaves e a garrafa de água na estação.",
        "Todos os pedidos saem antes de sexta e a troca é grátis por trinta dias.",
        "Me contem nos comentários qual cor vocês querem ver depois.",
    ],
    "id": [
        "Pasukan marinir berlatih di pantai, lalu kabut turun dari punggung bukit.",
        "Gordennya robek waktu ditarik kucing tadi malam.",
        "Anak-anak membuat kincir angin dari kardus dan mengecatnya biru kobalt.",
        "Sweter wol saya hangat, dan jas hujan saya tahan badai semalaman.",
        "Hari Minggu kami pergi ke danau dan makan siang di bawah pohon besar.",
        "Kakak saya kehilangan kunci dan botol minum di stasiun.",
        "Semua pesanan dikirim sebelum hari Jumat dan pengembalian gratis tiga puluh hari.",
        "Tulis di kolom komentar warna apa yang mau kalian lihat berikutnya.",
    ],
    "vi": [
        "Chiếc áo len cừu mẹ đan cho tôi mặc mùa đông rất ấm.",
        "Sợi dây thừng bị đứt vì em trai tôi kéo quá mạnh.",
        "Bọn trẻ làm một chiếc cối xay gió bằng bìa các-tông rồi sơn màu xanh coban.",
        "Đôi ủng cao su này đi mưa cả ngày mà chân vẫn khô.",
        "Chủ nhật chúng tôi ra hồ và ăn trưa dưới một gốc cây lớn.",
        "Anh trai tôi làm mất chìa khóa và bình nước ở nhà ga.",
        "Tất cả đơn hàng sẽ được gửi trước thứ sáu và đổi trả miễn phí trong ba mươi ngày.",
        "Hãy bình luận cho mình biết các bạn muốn xem màu nào tiếp theo nhé.",
    ],
}

_OFFSET = {"en": 3, "es": 14, "pt": 27, "id": 8, "vi": 33}


def lines_for(lang: str) -> list[str]:
    """20 lines: each frame twice, three different terms a line, every term used."""
    return rotate_lines(TERMS, FRAMES[lang], _OFFSET[lang])
