# Held-out reading 2 (fashion live), written by a helper briefed apart from the follow tuner; measured once
# on 2026-12-05 (benchmarks/results/follow-blind2-2026-12-05.txt), then folded in for tuning.
"""Held-out readings for the voice-follow benchmark: a 6-segment fashion-and-accessories live
in English and Spanish, and a plan that reads it like a rehearsal: an early skipped line, a
repeated line, a skipped segment and the return to it, a jump forward one segment, a jump back
five lines (an aside) and the return, three ad-libs, a pause after the last jump, and the goodbye.

Both shows have the same shape (segments, spoken lines, cues), so one plan indexes either.
Line indices count cues ([...] lines) but not `offer:` / `offer time:` lines.
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Style Drop Live
markets: US
language: en

## Segment: Welcome (2m)
Good evening and welcome to Style Drop, the accessories live.
[Hold up the bag, the scarf and the sneakers together]
Five pieces tonight, all new.
Every price you hear tonight already includes the discount.
Comment with your size and I will check the stock for you.

## Segment: Marlow crossbody bag (4m)
First up is the Marlow crossbody bag in soft pebbled leather.
It comes in tan, black and olive green.
[Open the bag and show the inside pockets]
Inside there are three pockets and a zip pouch for your keys.
The strap adjusts from ninety to one hundred and twenty centimetres.
Tonight it costs eighty nine dollars.

## Segment: Riviera silk scarves (3m)
Now the Riviera silk scarves, ninety centimetres square, in four prints.
[Tie the scarf around the handle of the bag]
Tie one on your bag handle.
Or wear it in your hair like a headband on windy days.

## Segment: Solano sunglasses (4m)
offer: second pair half price on the sunglasses
offer time: 15m
These are the Solano sunglasses with polarized lenses.
Tortoiseshell frames, brown lenses.
[Put the sunglasses on and turn to the side]
They block all UVA and UVB light, and they fold flat into a thin case.
One size fits most faces, and they weigh only twenty two grams.

## Segment: Pacer sneakers (3m)
The Pacer sneakers are made for walking all day in the city.
Sizes 36 to 45.
The sole is recycled rubber, and it feels like a cushion under your heel.
White with a green heel, or all black.

## Segment: Harbor watch and goodbye (3m)
Last, the Harbor watch with a steel case and a brown leather strap.
Water resistant to fifty metres.
[Show the watch face close to the camera]
Thank you all for shopping with me tonight.
See you next Friday, bye bye!
"""


SHOW_ES = """# Style Drop en Directo
markets: ES
language: es

## Segment: Bienvenida (2m)
Buenas noches y bienvenidos a Style Drop, el directo de complementos.
[Levanta el bolso, el pañuelo y las zapatillas a la vez]
Cinco piezas esta noche, todas nuevas.
Todos los precios que oigáis hoy ya llevan el descuento incluido.
Comentad vuestra talla y os miro si queda stock.

## Segment: Bolso bandolera Marlow (4m)
Empezamos con el bolso bandolera Marlow, de piel granulada muy suave.
Viene en camel, negro y verde oliva.
[Abre el bolso y enseña los bolsillos de dentro]
Por dentro tiene tres bolsillos y una bolsita con cremallera para las llaves.
La correa se ajusta desde noventa hasta ciento veinte centímetros.
Esta noche cuesta ochenta y nueve euros.

## Segment: Pañuelos de seda Riviera (3m)
Ahora los pañuelos de seda Riviera, de noventa centímetros, en cuatro estampados.
[Ata el pañuelo al asa del bolso]
Átalo al asa del bolso.
O llévalo en el pelo como una diadema los días de viento.

## Segment: Gafas de sol Solano (4m)
offer: segunda unidad a mitad de precio en las gafas
offer time: 15m
Estas son las gafas de sol Solano, con lentes polarizadas.
Montura de carey, lentes marrones.
[Ponte las gafas y gira la cara de lado]
Bloquean toda la luz UVA y UVB, y se pliegan en una funda muy fina.
Son de talla única, y pesan solo veintidós gramos.

## Segment: Zapatillas Pacer (3m)
Las zapatillas Pacer están hechas para caminar todo el día por la ciudad.
Tallas de la 36 a la 45.
La suela es de caucho reciclado, y se nota como un cojín bajo el talón.
Blancas con el talón verde, o todas negras.

## Segment: Reloj Harbor y despedida (3m)
Y por último, el reloj Harbor, con caja de acero y correa de piel marrón.
Resistente al agua hasta cincuenta metros.
[Enseña la esfera del reloj cerca de la cámara]
Gracias a todos por comprar conmigo esta noche.
Nos vemos el viernes que viene, ¡chao!
"""


# (short, long, short); the long one mentions a product from a later segment (the sneakers in
# English, the watch in Spanish). Different content in each language, not translations.
ADLIBS = {
    "en": ("Hi Priya, hi Marco, come on in.",
           "A few of you are already asking about the sneakers, and yes, the Pacer comes in half "
           "sizes too, I promise I will show you them in a couple of minutes, so hang on.",
           "Oops, sorry, my cat just walked past."),
    "es": ("¡Hola Carmen, qué bien verte otra vez!",
           "Me estáis preguntando mucho por el reloj, tranquilos, el reloj Harbor llega al final "
           "del directo y también tiene descuento, así que no os vayáis todavía, que merece la pena.",
           "Perdón, se me ha caído el boli."),
}
# A reading per language: the show and espeak-ng's voice.
LANGUAGES = {"en": (SHOW, "en-us"), "es": (SHOW_ES, "es")}


def build_plan(show, language: str = "en"):
    short1, long_, short2 = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0), L(0, 3), L(0, 4),              # 0-2   skips "Five pieces tonight, all new."
        adlib(short1),                          # 3
        L(1, 0), L(1, 1), L(1, 1),              # 4-6   repeats the colours line
        L(1, 3), L(1, 4), L(1, 5),              # 7-9
        L(3, 0), L(3, 1), L(3, 3),              # 10-12 forward over the scarves segment
        adlib(long_),                           # 13    mentions a later product
        L(3, 4),                                # 14
        L(2, 0), L(2, 2), L(2, 3),              # 15-17 back to the skipped scarves
        L(4, 0), L(4, 1),                       # 18-19 forward one segment, over the (read) sunglasses
        adlib(short2),                          # 20
        L(4, 2),                                # 21
        L(3, 1),                                # 22    back 5 lines to the sunglasses (an aside) ...
        L(4, 3),                                # 23    ... and back to the sneakers
        L(5, 0), L(5, 1),                       # 24-25
        pause(5.0),                             # 26    after the last jump
        L(5, 3), L(5, 4),                       # 27-28 goodbye
    ]
    jumps = {10: "forward over the scarves segment", 15: "back to the skipped scarves",
             18: "forward one segment to the sneakers", 22: "back 5 lines to the sunglasses (aside)",
             23: "return to the sneakers"}
    return plan, jumps
