# Held-out reading 1 (kitchen live), written by a helper briefed apart from the follow tuner; measured once
# on 2026-12-05 (benchmarks/results/follow-blind1-2026-12-05.txt), then folded in for tuning.
"""Held-out reading for the voice-follow benchmark: a 7-segment kitchen-gadget live show in
English and Spanish, and a plan that reads it like a real rehearsal.

Same interface as benchmarks/follow_readings.py: LANGUAGES {lang: (show text, espeak voice)} and
build_plan(show, language) -> (steps, jumps), where jumps maps the index of the step that starts
a jump (its first line) to a description. Both shows have the same shape (segments, spoken
lines, cues at the same positions), so one plan indexes either.

The long pause comes after the last jump on purpose, so the jump indices are the same whether
they are counted over the plan's steps or over the heard (non-pause) steps.
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Kitchen Hour Live
markets: US
language: en

## Segment: Welcome (2m)
Good evening and welcome to Kitchen Hour, the live show where we cook with the gadgets we sell.
[Lift the lid of the air fryer toward the camera]
I'm Dana, and tonight we are testing four tools that make weeknight dinners faster.
Drop your questions in the chat and I will answer as many as I can.
Everything you see today ships free on orders over forty-nine dollars.

## Segment: Crispo air fryer (5m)
First up is the Crispo Duo, a six-quart air fryer with two separate baskets.
Each basket has its own timer, so the fries and the chicken finish at the same moment.
[Pull out both baskets and show the divider]
Preheating takes about three minutes, much less than a big oven.
Wings come out golden in 18 minutes at 400 degrees.
The baskets are nonstick and they go straight into the dishwasher.

## Segment: Keenedge knife set (4m)
Now let's talk about the Keenedge chef's knife set.
There are three knives: an eight-inch chef's knife, a bread knife and a small paring knife.
[Slice a tomato paper thin]
The blades are forged from one piece of German steel.
Hand wash them and dry them right away, and they will stay sharp for years.

## Segment: Whirl Pro blender (4m)
offer: twenty percent off the Whirl Pro blender
offer time: 15m
Here is the one so many of you asked about, the Whirl Pro blender.
It has a 1400 watt motor and a two-liter glass jar.
[Blend frozen berries and show the smoothie]
Frozen fruit turns into a smooth drink in under forty seconds.
For the next fifteen minutes it costs $119 instead of $149.
Tap the yellow banner below the video to claim that price.

## Segment: Burrbox coffee grinder (3m)
If you love coffee, you will want the Burrbox grinder.
Turn the ring to pick one of thirty grind sizes, from espresso all the way to French press.
It grinds enough beans for four cups in about twenty seconds.

## Segment: Freshlock storage set (3m)
Last product tonight is the Freshlock set of glass storage boxes.
[Stack the boxes and snap one lid shut]
You get ten boxes in five sizes, and every lid clicks shut with four clips.
They go from the freezer to the microwave without cracking.
The whole set is $34.99.

## Segment: Goodbye (2m)
That's all for tonight, thank you for cooking along with me.
The blender offer ends soon, so don't wait too long.
Next Thursday we are baking bread, so bring your appetite.
Good night, everyone!
"""


SHOW_ES = """# La Hora de la Cocina en Directo
markets: ES
language: es

## Segment: Bienvenida (2m)
Buenas noches y bienvenidos a La Hora de la Cocina, el directo donde cocinamos con los aparatos que vendemos.
[Levanta la tapa de la freidora de aire hacia la cámara]
Soy Dana, y esta noche vamos a probar cuatro utensilios que hacen más rápidas las cenas entre semana.
Dejad vuestras preguntas en el chat y contestaré todas las que pueda.
Todo lo que veis hoy tiene envío gratis en pedidos de más de cuarenta y nueve euros.

## Segment: Freidora de aire Crispo (5m)
Empezamos con la Crispo Duo, una freidora de aire de seis litros con dos cestas separadas.
Cada cesta tiene su propio temporizador, así que las patatas y el pollo terminan a la vez.
[Saca las dos cestas y enseña el separador]
Precalentar tarda unos tres minutos, mucho menos que un horno grande.
Las alitas salen doradas en 18 minutos a 200 grados.
Las cestas son antiadherentes y van directas al lavavajillas.

## Segment: Cuchillos Keenedge (4m)
Ahora hablemos del juego de cuchillos de chef Keenedge.
Son tres cuchillos: uno de chef de veinte centímetros, uno de pan y un pequeño cuchillo de pelar.
[Corta un tomate en rodajas muy finas]
Las hojas están forjadas en una sola pieza de acero alemán.
Lávalos a mano y sécalos enseguida, y seguirán afilados durante años.

## Segment: Batidora Whirl Pro (4m)
offer: veinte por ciento de descuento en la batidora Whirl Pro
offer time: 15m
Aquí está la que tantos me habéis pedido, la batidora Whirl Pro.
Tiene un motor de 1400 vatios y una jarra de cristal de dos litros.
[Tritura frutos rojos congelados y enseña el batido]
La fruta congelada se convierte en un batido suave en menos de cuarenta segundos.
Durante los próximos quince minutos cuesta 119 euros en lugar de 149.
Tocad el banner amarillo debajo del vídeo para conseguir ese precio.

## Segment: Molinillo de café Burrbox (3m)
Si os encanta el café, vais a querer el molinillo Burrbox.
Gira el anillo para elegir uno de treinta tamaños de molienda, del espresso a la cafetera de émbolo.
Muele café para cuatro tazas en unos veinte segundos.

## Segment: Recipientes Freshlock (3m)
El último producto de esta noche es el set Freshlock de recipientes de cristal.
[Apila los recipientes y cierra una tapa con un clic]
Tienes diez recipientes en cinco tamaños, y cada tapa cierra con cuatro pestañas.
Pasan del congelador al microondas sin agrietarse.
El set completo cuesta 34,99 euros.

## Segment: Despedida (2m)
Esto es todo por esta noche, gracias por cocinar conmigo.
La oferta de la batidora termina pronto, así que no esperéis mucho.
El próximo jueves hacemos pan, así que venid con hambre.
¡Buenas noches a todos!
"""


ADLIBS = {
    "en": ("Wow, the chat is busy tonight, hi Marcus, hi Priya, thanks for tuning in all the way from Texas.",
           "Okay, a few of you are asking how long the wings take, so let me say that part again.",
           "Somebody wants to know if the glass boxes are still on sale, and yes, that price holds until midnight."),
    "es": ("Uy, cuánta gente hay hoy en el chat, hola Marta, hola Jorge, gracias por conectaros desde Valencia.",
           "Vale, varios me preguntáis cuánto tardan las alitas, así que os repito esa parte.",
           "Alguien pregunta si los recipientes de cristal siguen en oferta, y sí, ese precio se mantiene hasta medianoche."),
}
LANGUAGES = {"en": (SHOW, "en-us"), "es": (SHOW_ES, "es")}


def build_plan(show, language: str = "en"):
    first, second, third = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0), L(0, 2), L(0, 4),              # 0-2   welcome, skips "Drop your questions"
        L(1, 0), L(1, 1), L(1, 3),              # 3-5   air fryer (cue skipped)
        adlib(first),                           # 6     greets the chat mid-segment
        L(1, 4), L(1, 5),                       # 7-8
        L(3, 0), L(3, 1), L(3, 3),              # 9-11  jumps over the knife set to the blender
        L(3, 3),                                # 12    repeats the frozen-fruit line
        adlib(second),                          # 13    announces the aside ...
        L(1, 4),                                # 14    ... back to the wings line in the air fryer
        L(3, 4), L(3, 5),                       # 15-16 returns to the blender price
        L(2, 0), L(2, 1), L(2, 4),              # 17-19 back to the skipped knife set, skips "forged"
        L(4, 0), L(4, 1), L(4, 2),              # 20-22 on to the grinder (blender already done)
        L(6, 0), L(6, 1),                       # 23-24 forward two segments, storage set never read
        adlib(third),                           # 25
        pause(5.0),                             # 26    long silence (after the last jump on purpose)
        L(6, 2), L(6, 3),                       # 27-28
    ]
    jumps = {9: "forward over the knife set segment", 14: "back to the air fryer wings line (aside)",
             15: "return to the blender", 17: "back to the skipped knife set",
             20: "forward over the already-read blender to the grinder",
             23: "forward two segments to the goodbye, skipping the storage set"}
    return plan, jumps
