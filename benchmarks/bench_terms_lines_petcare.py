"""Lines for bench_terms.py, held-out set 8 (measured once 2026-12-07, benchmarks/results/terms-blind8-2026-12-07.txt, then
folded in: a dev set now): a 40-term glossary for pet food and pet care (12 invented
brand / product-line names, 28 real names as printed on packs: proteins, supplements, processes, litter
materials, certifications, breeds), live-selling frames per language filled with three terms each
(20 lines a language), and lines with none of the terms (common words only, some close to a term:
'Venice' / 'Venecia' / 'Veneza' / 'Venesia' / 'Venezia', 'Pomerania', 'tofu' / 'tahu' / 'đậu hũ',
'gluten-free' / 'sin gluten' / 'sem glúten' / 'bebas gluten' / 'không chứa gluten')."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # also when loaded by path (bench_terms --lines)
from terms_lines_rotation import rotate_lines  # noqa: E402

# Invented brand / product-line names (not real makers).
BRANDS = [
    "Tailbrook", "Kumotama", "Aurifelis", "Sahabat Ekor", "Purrloft", "Hanabiko",
    "Nutrivetra", "Kucingmas", "Hollowmere Kitchen", "Mochinoki", "Lupacor Prima", "Rimba Satwa",
]

# Real names as printed on packs: proteins, supplements, processes, litter materials, certifications, breeds.
REAL = [
    "Venison", "Chondroitin", "Taurine", "Green-Lipped Mussel", "Air-Dried", "Tofu Litter", "Omega-3",
    "Maine Coon", "Krill Oil", "Psyllium Husk", "AAFCO", "Hydrolyzed Protein", "L-Carnitine", "Silica Gel",
    "Colostrum", "Shih Tzu", "Brewer's Yeast", "Cold-Pressed", "Yucca Schidigera", "Pine Pellets",
    "Biotin", "Grain-Free", "Pomeranian", "Probiotics", "HACCP", "Chicken Meal", "Silvervine",
    "Hypoallergenic",
]
NOTES = REAL   # the name the fragrance set uses for its real-name list

TERMS = BRANDS + REAL

VOICES = {"en": "en-us", "es": "es", "pt": "pt-br", "id": "id", "vi": "vi"}

FRAMES = {
    "en": [
        "Okay fam, {a} is finally back in stock, and this batch comes with {b} and {c}.",
        "If your fur baby has a sensitive tummy, start with {a}, then mix in {b} and a little {c}.",
        "Flip the bag over and you will see {a} right at the top, then {b}, then {c}.",
        "So many of you asked about {a}, and yes, it goes great with {b} and {c}.",
        "Add {a} to your cart now, the {b} bundle is almost gone, and {c} ships free tonight.",
        "My pick this week is {a}, my vet loves {b}, and my cat will not stop eating {c}.",
        "Every bowl gets {a} on top, {b} in the middle, and a sprinkle of {c}.",
        "We restocked {a}, {b} and the {c} sample pack, grab them before they sell out.",
        "For older dogs, ask your vet about {a}, {b} and maybe a scoop of {c}.",
        "Type one in the chat if you want {a}, and I will throw in {b} and {c} for free.",
    ],
    "es": [
        "Bueno familia, {a} por fin volvió, y este lote viene con {b} y {c}.",
        "Si su peludito tiene la pancita sensible, empiecen con {a}, luego mezclen {b} y un poquito de {c}.",
        "Denle la vuelta a la bolsa y van a ver {a} hasta arriba, después {b} y después {c}.",
        "Muchos me preguntaron por {a}, y sí, va súper bien con {b} y con {c}.",
        "Agreguen {a} al carrito ya, el combo de {b} casi se agota y {c} tiene envío gratis esta noche.",
        "Mi favorito de la semana es {a}, mi veterinaria ama {b} y mi gato no deja de comer {c}.",
        "En cada platito va {a} arriba, {b} en medio y una pizca de {c}.",
        "Repusimos {a}, {b} y el paquete de muestras de {c}, aprovechen antes de que se acaben.",
        "Para perritos mayores, pregúntenle a su veterinario por {a}, {b} y tal vez una cucharada de {c}.",
        "Escriban uno en el chat si quieren {a}, y les regalo {b} y {c}.",
    ],
    "pt": [
        "Gente, {a} finalmente voltou, e esse lote vem com {b} e {c}.",
        "Se o seu pet tem a barriguinha sensível, começa com {a}, depois mistura {b} e um pouquinho de {c}.",
        "Vira o pacote e vocês vão ver {a} logo no topo, depois {b} e depois {c}.",
        "Muita gente perguntou do {a}, e sim, combina demais com {b} e com {c}.",
        "Corre e coloca {a} no carrinho, o combo de {b} tá quase esgotado e {c} sai com frete grátis hoje.",
        "O meu queridinho da semana é {a}, a minha veterinária ama {b} e o meu gato não para de comer {c}.",
        "Cada potinho leva {a} por cima, {b} no meio e uma pitada de {c}.",
        "Repusemos {a}, {b} e o kit de amostras de {c}, aproveitem antes que acabe.",
        "Pra cachorro idoso, pergunta pro veterinário sobre {a}, {b} e talvez uma colherada de {c}.",
        "Manda um no chat se quiser {a}, que eu dou {b} e {c} de brinde.",
    ],
    "id": [
        "Oke kak, {a} akhirnya ready lagi, dan batch ini sudah ada {b} dan {c}.",
        "Kalau anabul kakak perutnya sensitif, mulai dari {a} dulu, lalu campur {b} dan sedikit {c}.",
        "Coba balik kemasannya, {a} ada paling atas, terus {b}, terus {c}.",
        "Banyak yang tanya soal {a}, iya kak, cocok banget sama {b} dan {c}.",
        "Langsung checkout {a} sekarang, paket {b} tinggal sedikit, dan {c} gratis ongkir malam ini.",
        "Favorit aku minggu ini {a}, dokter hewan aku suka {b}, dan kucingku nggak berhenti makan {c}.",
        "Setiap mangkuk dikasih {a} di atas, {b} di tengah, dan sejumput {c}.",
        "Stok {a}, {b}, dan paket sampel {c} sudah diisi ulang, buruan sebelum habis.",
        "Buat anjing yang sudah tua, tanya dokter hewan soal {a}, {b}, dan mungkin satu sendok {c}.",
        "Ketik satu di kolom chat kalau mau {a}, nanti aku kasih bonus {b} dan {c}.",
    ],
    "vi": [
        "Rồi cả nhà ơi, {a} cuối cùng cũng về hàng, lô này có thêm {b} và {c}.",
        "Nếu bé cưng nhà mình bụng nhạy cảm, bắt đầu với {a} trước, rồi trộn thêm {b} và một chút {c}.",
        "Lật mặt sau túi lên là thấy {a} ở trên cùng, tiếp theo là {b}, rồi tới {c}.",
        "Nhiều bạn hỏi về {a} lắm, đúng rồi, nó hợp với {b} và {c} cực kỳ.",
        "Bỏ {a} vào giỏ hàng ngay nha, combo {b} sắp hết rồi, còn {c} được miễn phí vận chuyển tối nay.",
        "Món mình mê nhất tuần này là {a}, bác sĩ thú y của mình thích {b}, còn mèo nhà mình ăn {c} không ngừng.",
        "Mỗi chén ăn có {a} ở trên, {b} ở giữa, và rắc thêm chút {c}.",
        "Shop đã nhập thêm {a}, {b} và gói dùng thử {c}, nhanh tay kẻo hết nhé.",
        "Với các bé chó lớn tuổi, cả nhà hỏi bác sĩ thú y về {a}, {b} và có thể thêm một muỗng {c}.",
        "Cả nhà gõ số một trên khung chat nếu muốn {a}, mình tặng kèm {b} và {c} luôn.",
    ],
}

# Lines with none of the terms; the first four of each language are the tuning ones (close to a term
# in sound, spelling or meaning: Venison, Pomeranian, Tofu Litter, Grain-Free).
FREE = {
    "en": [
        "Venice is full of canals, little bridges and very narrow streets.",
        "Pomerania is a flat region along the Baltic coast of Poland.",
        "Fry the tofu until golden and serve it with rice and scallions.",
        "My aunt only eats gluten-free bread since her last checkup.",
        "The bus was late again, so I walked the last two blocks in the rain.",
        "Our dog sleeps on the sofa every afternoon after his long walk.",
        "Every order tonight comes with a handwritten thank-you card.",
        "Type yes in the chat if the sound is clear on your side.",
    ],
    "es": [
        "Venecia está llena de canales, puentecitos y calles muy angostas.",
        "Pomerania es una región plana en la costa báltica de Polonia.",
        "Fríe el tofu hasta que esté dorado y sírvelo con arroz y cebollín.",
        "Mi tía solo come pan sin gluten desde su último chequeo.",
        "El camión llegó tarde otra vez, así que caminé las últimas cuadras bajo la lluvia.",
        "Nuestro perro duerme en el sofá todas las tardes después de su paseo.",
        "Cada pedido de esta noche lleva una tarjetita de agradecimiento escrita a mano.",
        "Escriban sí en el chat si el sonido se escucha bien de su lado.",
    ],
    "pt": [
        "Veneza é cheia de canais, pontezinhas e ruas bem estreitas.",
        "A Pomerânia é uma região plana no litoral báltico da Polônia.",
        "Frita o tofu até ficar dourado e serve com arroz e cebolinha.",
        "A minha tia só come pão sem glúten desde o último check-up.",
        "O ônibus atrasou de novo, então eu andei os últimos quarteirões na chuva.",
        "O nosso cachorro dorme no sofá toda tarde depois do passeio.",
        "Todo pedido de hoje à noite vai com um cartãozinho de agradecimento escrito à mão.",
        "Escrevam sim no chat se o som estiver chegando bem aí.",
    ],
    "id": [
        "Venesia penuh dengan kanal, jembatan kecil, dan gang yang sempit.",
        "Pomerania adalah wilayah datar di pesisir Laut Baltik, Polandia.",
        "Goreng tahu sampai kecokelatan, lalu sajikan dengan nasi dan daun bawang.",
        "Tante saya sekarang cuma makan roti bebas gluten sejak cek kesehatan terakhir.",
        "Busnya telat lagi, jadi saya jalan kaki di bawah hujan sampai ke kantor.",
        "Anjing kami tidur di sofa setiap sore sehabis jalan-jalan.",
        "Setiap pesanan malam ini dapat kartu ucapan terima kasih tulisan tangan.",
        "Ketik ya di kolom chat kalau suaranya terdengar jelas dari sana.",
    ],
    "vi": [
        "Venezia có rất nhiều kênh đào, cầu nhỏ và những con hẻm hẹp.",
        "Pomerania là một vùng đồng bằng ven biển Baltic của Ba Lan.",
        "Chiên đậu hũ cho vàng đều rồi ăn với cơm và hành lá.",
        "Dì tôi giờ chỉ ăn bánh mì không chứa gluten sau lần khám sức khỏe vừa rồi.",
        "Xe buýt lại tới trễ nên tôi đi bộ dưới mưa mấy đoạn cuối.",
        "Con chó nhà tôi chiều nào cũng ngủ trên ghế sofa sau khi đi dạo.",
        "Mỗi đơn hàng tối nay đều có kèm một tấm thiệp cảm ơn viết tay.",
        "Cả nhà gõ có trên khung chat nếu nghe rõ tiếng mình nhé.",
    ],
}

_OFFSET = {"en": 5, "es": 17, "pt": 30, "id": 11, "vi": 36}


def lines_for(lang: str) -> list[str]:
    """20 lines: each frame twice, three different terms a line, every term used."""
    return rotate_lines(TERMS, FRAMES[lang], _OFFSET[lang])
