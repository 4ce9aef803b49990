"""Lines for bench_terms.py: a 40-term glossary of brands and ingredients, live-selling frames per
language filled with three terms each (20 lines a language), and lines with none of the terms
(common words only, some close to a term: 'retinal', 'velvet robe', 'lab coat', 'stellar')."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # also when loaded by path (bench_terms --lines)
from terms_lines_rotation import rotate_lines  # noqa: E402

TERMS = [
    "GlowLab", "Velvet Ruby", "Aqua Boost", "LumiSkin", "Dermaveil", "Rosabella", "Kirana Glow",
    "Soleil Matte", "Petalune", "Noirette",
    "Niacinamide", "Hyaluronic", "Centella Asiatica", "Bakuchiol", "Retinol", "Squalane", "Ceramide",
    "Peptide", "Tranexamic", "Madecassoside", "Arbutin", "Allantoin", "Panthenol", "Salicylic",
    "Azelaic", "Glycolic", "Ectoin", "Resveratrol", "Adenosine", "Tocopherol", "Ascorbyl",
    "Galactomyces", "Propolis", "Mugwort", "Snail Mucin", "Rosehip", "Jojoba", "Kojic", "Zinc Oxide",
    "Polyglutamic",
]

VOICES = {"en": "en-us", "es": "es", "pt": "pt-br", "id": "id", "vi": "vi"}

FRAMES = {
    "en": [
        "Today the {a} serum is back, with {b} and {c} inside.",
        "If your skin is dry, try {a} first, then a drop of {b} at night, and {c} in the morning.",
        "This bottle has five percent {a}, a little {b}, and real {c}.",
        "Everyone asks about {a}, so yes, it works well with {b} and {c}.",
        "Add {a} to your cart now, the {b} set is almost gone, and {c} ships free.",
        "My favourite this week is {a}, layered under {b} with {c} on top.",
        "The new {a} cream mixes {b} with {c} for sensitive skin.",
        "Do not use {a} together with {b}, but {c} is fine with both.",
        "We restocked {a}, {b} and the {c} mask, grab them while they last.",
        "Pair {a} with {b} for glow, and finish with {c}.",
    ],
    "es": [
        "Hoy vuelve el sérum de {a}, con {b} y {c} dentro.",
        "Si tu piel está seca, prueba primero {a}, luego unas gotas de {b} y {c} por la mañana.",
        "Este frasco tiene cinco por ciento de {a}, un poco de {b} y {c} de verdad.",
        "Todos preguntan por {a}, y sí, funciona bien con {b} y con {c}.",
        "Agrega {a} al carrito ya, el set de {b} casi se agota y {c} tiene envío gratis.",
        "Mi favorito de esta semana es {a}, debajo de {b} y {c} encima.",
        "La nueva crema de {a} mezcla {b} con {c} para piel sensible.",
        "No uses {a} junto con {b}, pero {c} va bien con los dos.",
        "Repusimos {a}, {b} y la mascarilla de {c}, aprovechen.",
        "Combina {a} con {b} para brillar y termina con {c}.",
    ],
    "pt": [
        "Hoje volta o sérum de {a}, com {b} e {c} na fórmula.",
        "Se a sua pele é seca, use primeiro {a}, depois umas gotas de {b} e {c} de manhã.",
        "Este frasco tem cinco por cento de {a}, um pouco de {b} e {c} de verdade.",
        "Todo mundo pergunta do {a}, e sim, funciona bem com {b} e com {c}.",
        "Coloca {a} no carrinho agora, o kit de {b} está acabando e {c} tem frete grátis.",
        "O meu favorito da semana é {a}, por baixo de {b} e {c} por cima.",
        "O novo creme de {a} mistura {b} com {c} para pele sensível.",
        "Não use {a} junto com {b}, mas {c} combina com os dois.",
        "Repusemos {a}, {b} e a máscara de {c}, aproveitem.",
        "Junte {a} com {b} para brilhar e termine com {c}.",
    ],
    "id": [
        "Hari ini serum {a} kembali, dengan {b} dan {c} di dalamnya.",
        "Kalau kulit kamu kering, pakai {a} dulu, lalu sedikit {b} dan {c} di pagi hari.",
        "Botol ini berisi lima persen {a}, sedikit {b}, dan {c} asli.",
        "Semua orang tanya soal {a}, ya, cocok dengan {b} dan {c}.",
        "Masukkan {a} ke keranjang sekarang, paket {b} hampir habis, dan {c} gratis ongkir.",
        "Favorit saya minggu ini {a}, dipakai di bawah {b} dengan {c} di atasnya.",
        "Krim baru {a} mencampur {b} dengan {c} untuk kulit sensitif.",
        "Jangan pakai {a} bersama {b}, tapi {c} aman dengan keduanya.",
        "Kami isi ulang stok {a}, {b}, dan masker {c}, ayo buruan.",
        "Padukan {a} dengan {b} supaya glowing, lalu tutup dengan {c}.",
    ],
    "vi": [
        "Hôm nay serum {a} đã về lại, có {b} và {c} bên trong.",
        "Nếu da bạn khô, hãy dùng {a} trước, rồi một chút {b} và {c} vào buổi sáng.",
        "Chai này có năm phần trăm {a}, một chút {b} và {c} thật.",
        "Ai cũng hỏi về {a}, đúng vậy, nó hợp với {b} và {c}.",
        "Thêm {a} vào giỏ hàng ngay, bộ {b} sắp hết, và {c} được miễn phí vận chuyển.",
        "Sản phẩm yêu thích tuần này là {a}, dùng dưới {b} và {c} ở trên.",
        "Kem mới {a} kết hợp {b} với {c} cho da nhạy cảm.",
        "Đừng dùng {a} cùng với {b}, nhưng {c} thì hợp với cả hai.",
        "Chúng tôi đã nhập thêm {a}, {b} và mặt nạ {c}, nhanh tay nhé.",
        "Kết hợp {a} với {b} để da sáng, rồi hoàn tất với {c}.",
    ],
}

# Lines with none of the terms; the first four of each language are the tuning ones.
FREE = {
    "en": [
        "The retinal scan at the eye doctor took only a minute.",
        "She wore a velvet robe and a ruby ring to the party.",
        "Put on your lab coat before you start the experiment.",
        "That was a stellar show, thank you all for joining tonight.",
        "The sun was bright, so we sat in the shade and drank water.",
        "My sister bought a new phone and a pair of running shoes.",
        "We will ship every order before Friday, and returns are free.",
        "Tell me in the comments which colour you want to see next.",
    ],
    "es": [
        "El doctor revisó la retina y dijo que todo estaba bien.",
        "Ella llevaba una bata de terciopelo y un anillo rojo.",
        "Pon tu bata de laboratorio antes de empezar el experimento.",
        "Fue un programa estelar, gracias a todos por acompañarnos.",
        "Hacía mucho sol, así que nos sentamos a la sombra y bebimos agua.",
        "Mi hermana compró un teléfono nuevo y unos zapatos para correr.",
        "Enviamos todos los pedidos antes del viernes y las devoluciones son gratis.",
        "Díganme en los comentarios qué color quieren ver después.",
    ],
    "pt": [
        "O médico examinou a retina e disse que estava tudo bem.",
        "Ela usava um roupão de veludo e um anel vermelho.",
        "Coloque o jaleco antes de começar o experimento.",
        "Foi um programa incrível, obrigado a todos pela companhia.",
        "O sol estava forte, então sentamos na sombra e bebemos água.",
        "A minha irmã comprou um celular novo e um tênis de corrida.",
        "Enviamos todos os pedidos antes de sexta e a troca é grátis.",
        "Me digam nos comentários qual cor vocês querem ver depois.",
    ],
    "id": [
        "Dokter memeriksa mata saya dan katanya semua baik saja.",
        "Dia memakai jubah beludru dan cincin merah ke pesta.",
        "Pakai jas lab kamu sebelum mulai percobaan.",
        "Acara tadi luar biasa, terima kasih sudah menonton malam ini.",
        "Matahari sangat terik, jadi kami duduk di tempat teduh dan minum air.",
        "Adik saya membeli ponsel baru dan sepasang sepatu lari.",
        "Semua pesanan dikirim sebelum hari Jumat dan pengembalian gratis.",
        "Tulis di komentar warna apa yang mau kalian lihat berikutnya.",
    ],
    "vi": [
        "Bác sĩ đã khám mắt cho tôi và nói mọi thứ đều ổn.",
        "Cô ấy mặc áo choàng nhung và đeo nhẫn đỏ đến bữa tiệc.",
        "Hãy mặc áo phòng thí nghiệm trước khi bắt đầu.",
        "Buổi diễn tối nay thật tuyệt, cảm ơn mọi người đã xem.",
        "Trời nắng quá nên chúng tôi ngồi dưới bóng râm và uống nước.",
        "Em gái tôi đã mua một điện thoại mới và một đôi giày chạy bộ.",
        "Tất cả đơn hàng sẽ được gửi trước thứ sáu và đổi trả miễn phí.",
        "Hãy bình luận màu nào các bạn muốn xem tiếp theo nhé.",
    ],
}

_OFFSET = {"en": 0, "es": 11, "pt": 22, "id": 5, "vi": 17}


def lines_for(lang: str) -> list[str]:
    """20 lines: each frame twice, three different terms a line, every term used."""
    return rotate_lines(TERMS, FRAMES[lang], _OFFSET[lang])
