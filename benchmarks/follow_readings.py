"""Readings for the voice-follow benchmark and tests: a 6-segment show in English, Spanish and
Brazilian Portuguese,
and a plan that reads it with skipped lines, ad-libs, a repeated line, a jump back and the
return, a skipped segment, a long pause and the return to the skipped segment.

Both shows have the same shape (segments, spoken lines, cues), so one plan indexes either.
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Glow Night Live
markets: US
language: en

## Segment: Welcome (2m)
Hi everyone, and welcome to Glow Night, our weekly beauty live.
[Wave and hold up the tray of products]
Tonight I have five new favourites to show you, and every one of them is on sale.
Stay until the end, because the last offer is the best one.
This live is sponsored by the brand, and they sent me these products for free.

## Segment: Cleansing balm (4m)
Let's start with the cleansing balm, because every routine starts with clean skin.
It melts into an oil as soon as you rub it between your fingers.
[Rub the balm on the back of the hand, close to the camera]
Massage it over dry skin for about a minute, then rinse with warm water.
It takes off waterproof mascara without any scrubbing.
The jar holds one hundred grams, which lasts about three months.

## Segment: Vitamin serum (4m)
offer: two for one on the serum
offer time: 10m
Next is the vitamin serum with a light orange scent.
Press two drops into your palms and pat them onto your face.
[Show the dropper and the colour of the serum]
You will notice a fresh glow after the first week of use.
Use it in the morning, under your sunscreen.

## Segment: Night cream (3m)
The night cream is rich but it never feels greasy.
Apply a small amount before bed and let it work while you sleep.
Dry patches feel softer by the morning.

## Segment: Lip oil (3m)
Our lip oil comes in three shades: clear, rose and berry.
The applicator is soft and wide, so one swipe covers the whole lip.
[Swatch all three shades on the arm]
Wear it alone or on top of a lipstick for extra shine.

## Segment: Goodbye (2m)
Thank you so much for spending your evening with me.
Remember to tap the orange cart before the offers end.
See you next week, take care!
"""


SHOW_ES = """# Noche de Brillo en Vivo
markets: ES
language: es

## Segment: Bienvenida (2m)
Hola a todos, y bienvenidos a Noche de Brillo, nuestro directo semanal de belleza.
[Saluda y levanta la bandeja de productos]
Esta noche tengo cinco nuevos favoritos para enseñaros, y todos están en oferta.
Quedaos hasta el final, porque la última oferta es la mejor.
Este directo está patrocinado por la marca, y me enviaron estos productos gratis.

## Segment: Bálsamo limpiador (4m)
Empezamos con el bálsamo limpiador, porque toda rutina empieza con la piel limpia.
Se convierte en aceite en cuanto lo frotas entre los dedos.
[Frota el bálsamo en el dorso de la mano, cerca de la cámara]
Masajéalo sobre la piel seca durante un minuto y aclara con agua tibia.
Quita la máscara de pestañas resistente al agua sin frotar nada.
El tarro tiene cien gramos, que duran unos tres meses.

## Segment: Sérum de vitaminas (4m)
offer: dos por uno en el sérum
offer time: 10m
Ahora viene el sérum de vitaminas con un ligero aroma a naranja.
Pon dos gotas en las palmas y dales toquecitos sobre la cara.
[Enseña el gotero y el color del sérum]
Notarás un brillo fresco después de la primera semana de uso.
Úsalo por la mañana, debajo del protector solar.

## Segment: Crema de noche (3m)
La crema de noche es rica pero nunca se siente grasa.
Aplica una pequeña cantidad antes de dormir y deja que trabaje mientras duermes.
Las zonas secas están más suaves por la mañana.

## Segment: Aceite de labios (3m)
Nuestro aceite de labios viene en tres tonos: transparente, rosa y frambuesa.
El aplicador es suave y ancho, así que una pasada cubre todo el labio.
[Muestra los tres tonos en el brazo]
Llévalo solo o encima de un pintalabios para dar más brillo.

## Segment: Despedida (2m)
Muchísimas gracias por pasar la tarde conmigo.
Acordaos de tocar el carrito naranja antes de que acaben las ofertas.
Nos vemos la semana que viene, ¡cuidaos mucho!
"""

SHOW_PT = """# Noite do Brilho ao Vivo
markets: BR
language: pt

## Segment: Boas-vindas (2m)
Oi pessoal, e sejam bem-vindos à Noite do Brilho, a nossa live semanal de beleza.
[Acena e mostra a bandeja de produtos]
Hoje eu tenho cinco novos favoritos para mostrar, e todos estão em promoção.
Fiquem até o final, porque a última oferta é a melhor.
Esta live é patrocinada pela marca, e eles me enviaram estes produtos de graça.

## Segment: Bálsamo de limpeza (4m)
Vamos começar com o bálsamo de limpeza, porque toda rotina começa com a pele limpa.
Ele vira um óleo assim que você esfrega entre os dedos.
[Esfrega o bálsamo nas costas da mão, perto da câmera]
Massageie na pele seca por um minuto e enxágue com água morna.
Ele tira a máscara de cílios à prova d'água sem esfregar nada.
O pote tem cem gramas, que duram uns três meses.

## Segment: Sérum de vitaminas (4m)
offer: leve dois e pague um no sérum
offer time: 10m
Agora vem o sérum de vitaminas com um leve cheiro de laranja.
Coloque duas gotas nas palmas e dê batidinhas no rosto.
[Mostra o conta-gotas e a cor do sérum]
Você vai notar um brilho fresco depois da primeira semana de uso.
Use de manhã, por baixo do protetor solar.

## Segment: Creme noturno (3m)
O creme noturno é rico mas nunca fica oleoso.
Aplique um pouco antes de dormir e deixe agir enquanto você dorme.
As áreas secas ficam mais macias pela manhã.

## Segment: Óleo labial (3m)
O nosso óleo labial vem em três tons: transparente, rosa e framboesa.
O aplicador é macio e largo, então uma passada cobre o lábio todo.
[Mostra os três tons no braço]
Use sozinho ou por cima de um batom para dar mais brilho.

## Segment: Despedida (2m)
Muito obrigada por passar a noite comigo.
Lembrem de tocar no carrinho laranja antes que as ofertas acabem.
Até a semana que vem, se cuidem!
"""


ADLIBS = {
    "en": ("Oh look, so many of you are joining right now, hello Lisa, hello Ahmed, welcome in.",
           "I really love that texture, it is honestly my favourite thing in the whole set.",
           "Someone is asking about shipping, yes we ship to Canada and Mexico too."),
    "es": ("Madre mía, cuánta gente está entrando ahora mismo, hola Lucía, hola Andrés, bienvenidos.",
           "Me encanta esa textura, de verdad que es lo que más me gusta de todo el set.",
           "Alguien pregunta por el envío, sí, enviamos a Portugal y a Francia también."),
    "pt": ("Nossa, quanta gente entrando agora, oi Juliana, oi Rafael, sejam bem-vindos.",
           "Eu amo essa textura, sério, é o que eu mais gosto do kit inteiro.",
           "Alguém está perguntando do frete, sim, a gente entrega em Portugal e em Angola também."),
}
# A reading per language: the show, espeak-ng's voice, and the Whisper model that hears it
# (the English-only tiny.en cannot hear Spanish; base is the multilingual one installed).
LANGUAGES = {"en": (SHOW, "en-us"), "es": (SHOW_ES, "es"), "pt": (SHOW_PT, "pt-br")}


def build_plan(show, language: str = "en"):
    first, second, third = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0), L(0, 2), L(0, 3), L(0, 4),
        adlib(first),
        L(1, 0), L(1, 1), L(1, 3),              # skips nothing but the cue
        L(1, 4), L(1, 4),                       # repeats a line
        L(1, 5),
        L(2, 0), L(2, 1), L(2, 3),              # skips "Use it in the morning"
        L(1, 1),                                # jump back to the balm line (an aside) ...
        adlib(second),
        L(2, 4),                                # ... and back where they were
        L(4, 0), L(4, 1), L(4, 3),              # skips the night cream segment entirely
        pause(4.0),
        L(3, 0), L(3, 1),                       # goes back for the night cream after all
        adlib(third),
        L(5, 0), L(5, 1), L(5, 2),
    ]
    jumps = {14: "back 7 lines to the balm (aside)", 16: "return to the serum",
             17: "forward over the night cream segment", 21: "back to the skipped night cream"}
    return plan, jumps


