# Held-out reading 3 (camping-gear live), written by a helper briefed apart from the follow tuner; measured once
# on 2026-12-06 (benchmarks/results/follow-blind3-2026-12-06.txt), then folded in for tuning.
"""Held-out reading for the voice-follow benchmark: a 7-segment camping-gear live show in
English and Spanish, and a plan that reads it with a skipped line, a repeated line, a forward
jump over a whole segment, a one-line jump back as an aside and the return, the jump back to
the skipped segment, a forward jump of one segment, three ad-libs (one long one that names a
later product) and a 5 s pause placed after the last jump.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes
either. Trap pair: segment 1 line 5 and segment 3 line 3 share "packs down into a small bag
the size of a ..." ("se guarda en una bolsa pequeña del tamaño de una ...").
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Trailhead Friday Live
markets: US
language: en

## Segment: Welcome (2m)
Hey campers, and welcome to Trailhead Friday, our weekly outdoor gear live.
[Wave and hold up the folded tent]
Tonight I have five pieces of gear for you, and all 5 are on sale.
Stay until the very end.
Big thanks to Ridgeline Outdoors for sponsoring tonight's show.

## Segment: Summit tent (4m)
First up is the Ridgeline Summit 2, a two person backpacking tent.
It weighs just 1.4 kilos, so you will barely notice it in your pack.
[Pitch the tent in front of the camera]
One person can set it up in under three minutes, even in the dark.
The rain fly is rated to 3000 millimetres, so a heavy storm is no problem.
Everything packs down into a small bag the size of a water bottle.

## Segment: Sleeping bag (4m)
offer: thirty percent off the Driftwood sleeping bag
offer time: 10m
Next is the Driftwood sleeping bag, comfortable down to minus 5 degrees.
The hood pulls tight with one hand when the wind picks up at night.
[Unzip the bag and lay it out flat]
Zip two bags together and you get one big double.
Wash it at 30 degrees and tumble dry it with a couple of tennis balls.

## Segment: Camp stove (3m)
The Emberline camp stove boils a litre of water in four minutes.
It screws onto any standard 230 gram gas canister.
[Light the stove and put the pot on]
The whole stove packs down into a small bag the size of a coffee mug.
Fast, quiet and really light.

## Segment: Headlamp (3m)
Our Lumo headlamp gives you 400 lumens on a single charge.
Charge it over USB-C in about two hours.
[Switch to red mode and dim the studio lights]
Red mode keeps your night vision and doesn't wake your tentmates.

## Segment: Water filter (3m)
offer: a free spare cartridge with every ClearFlow filter
offer time: 15m
Last is the ClearFlow water filter, which fits on top of any bottle.
One cartridge cleans up to 1000 litres of lake or river water.
[Fill a bottle from the bucket of pond water and drink]
Tastes just like tap water.

## Segment: Goodbye (2m)
Thank you all so much for hanging out with me tonight.
Tap the green tent icon before the deals close.
See you on the trail, and happy camping!
"""


SHOW_ES = """# Viernes de Ruta en Vivo
markets: ES
language: es

## Segment: Bienvenida (2m)
Hola, campistas, y bienvenidos a Viernes de Ruta, nuestro directo semanal de equipo de montaña.
[Saluda y levanta la tienda plegada]
Esta noche tengo cinco productos para vosotros, y los 5 están en oferta.
Quedaos hasta el final.
Muchas gracias a Ridgeline Outdoors por patrocinar el directo de hoy.

## Segment: Tienda Summit (4m)
Empezamos con la Ridgeline Summit 2, una tienda de mochila para dos personas.
Pesa solo 1,4 kilos, así que apenas la notarás en la mochila.
[Monta la tienda delante de la cámara]
Una sola persona la monta en menos de tres minutos, incluso a oscuras.
El doble techo aguanta 3000 milímetros, así que una tormenta fuerte no es problema.
Todo se guarda en una bolsa pequeña del tamaño de una botella de agua.

## Segment: Saco de dormir (4m)
offer: treinta por ciento de descuento en el saco Driftwood
offer time: 10m
Ahora viene el saco de dormir Driftwood, cómodo hasta 5 grados bajo cero.
La capucha se ajusta con una mano cuando sube el viento por la noche.
[Abre la cremallera y extiende el saco]
Une dos sacos con la cremallera y tienes uno doble bien grande.
Lávalo a 30 grados y sécalo en secadora con un par de pelotas de tenis.

## Segment: Hornillo (3m)
El hornillo Emberline hierve un litro de agua en cuatro minutos.
Se enrosca en cualquier cartucho de gas estándar de 230 gramos.
[Enciende el hornillo y pon la olla encima]
Todo el hornillo se guarda en una bolsa pequeña del tamaño de una taza de café.
Rápido, silencioso y muy ligero.

## Segment: Linterna frontal (3m)
Nuestra linterna frontal Lumo te da 400 lúmenes con una sola carga.
Se carga por USB-C en unas dos horas.
[Cambia al modo rojo y baja las luces del estudio]
El modo rojo protege tu visión nocturna y no despierta a nadie en la tienda.

## Segment: Filtro de agua (3m)
offer: un cartucho de repuesto gratis con cada filtro ClearFlow
offer time: 15m
Por último, el filtro de agua ClearFlow, que se coloca encima de cualquier botella.
Un cartucho limpia hasta 1000 litros de agua de lago o de río.
[Llena una botella del cubo de agua de charca y bebe]
Sabe como agua del grifo.

## Segment: Despedida (2m)
Muchísimas gracias por pasar la noche conmigo.
Tocad el icono de la tienda verde antes de que acaben las ofertas.
Nos vemos en la ruta, ¡y feliz acampada!
"""


ADLIBS = {
    "en": ("Hi Jake, hi Maria, so good to see you both here again.",
           "Someone in the chat is asking what I use for light at camp, and honestly it is the "
           "Lumo headlamp, we will get to it in a few minutes, it is so bright.",
           "Welcome in, Priya and Tom, grab a seat by the fire."),
    "es": ("Hola Javi, hola Marta, qué alegría veros por aquí otra vez.",
           "Alguien en el chat pregunta qué uso yo para alumbrarme en el campamento, y la verdad "
           "es que la frontal Lumo, la vemos en unos minutos, es buenísima.",
           "Bienvenidos, Nuria y Pablo, acercaos al fuego."),
}
# A reading per language: the show and espeak-ng's voice.
LANGUAGES = {"en": (SHOW, "en-us"), "es": (SHOW_ES, "es")}


def build_plan(show, language: str = "en"):
    greeting, long_aside, welcome = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0),                                # 0
        adlib(greeting),                        # 1
        L(0, 2), L(0, 3), L(0, 4),              # 2-4  (the cue 0,1 is not read)
        L(1, 0), L(1, 1), L(1, 3),              # 5-7
        L(1, 5),                                # 8    skips the rain-fly line (1,4)
        L(3, 0), L(3, 1), L(3, 3),              # 9-11 forward over the sleeping-bag segment
        L(3, 1),                                # 12   one spoken line back, as an aside ...
        adlib(long_aside),                      # 13   long ad-lib naming the later headlamp
        L(3, 4),                                # 14   ... and the return
        L(2, 0), L(2, 1), L(2, 3),              # 15-17 back to the skipped sleeping bag
        L(2, 3),                                # 18   repeats a line
        L(2, 4),                                # 19
        L(4, 0), L(4, 1), L(4, 3),              # 20-22 forward one segment (over the stove, read already)
        pause(5.0),                             # 23   after the last jump
        L(5, 0), L(5, 1),                       # 24-25
        adlib(welcome),                         # 26
        L(5, 3),                                # 27
        L(6, 0), L(6, 1), L(6, 2),              # 28-30
    ]
    jumps = {9: "forward over the sleeping-bag segment to the stove",
             12: "back one spoken line to the gas canister (aside)",
             14: "return to the stove's last line",
             15: "back to the skipped sleeping-bag segment",
             20: "forward one segment (over the stove) to the headlamp"}
    return plan, jumps
