# Held-out reading 4 (home-fitness gear live), written by a helper briefed apart from the follow tuners; measured once
# on 2026-12-06 (benchmarks/results/follow-blind4-2026-12-06.txt), then folded in for tuning.
"""Held-out reading for the voice-follow benchmark: a 7-segment home-fitness gear live in
English and Spanish (Spain), and one plan that reads either with a skipped line, a repeated
line, ad-libs (two short greetings, one long aside that names a later product), five jumps
(forward over a whole segment, one line back as an aside and the return, back to the skipped
segment, forward one segment to get back on track) and a 5 s pause after the last jump.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes
either. Trap for a follower: line (1, 4) and line (5, 3) share most of their words
("The ... set comes with a ..., ... and a little carry bag.").

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Move Home Live
markets: US
language: en

## Segment: Welcome (2m)
Good evening everyone, and welcome to Move Home Live, our weekly fitness gear show.
[Wave, then lift the resistance bands to the camera]
Tonight I have five pieces of kit for small spaces, and 3 of them are on sale.
Grab some water and get comfy.
All the gear tonight comes from FlexFit, who sponsor this live.

## Segment: Resistance bands (4m)
First up, the FlexFit resistance bands, a set of 5 colours from light to extra heavy.
The yellow band gives you ten pounds and the black one gives you 50.
[Stretch the black band across the chest, facing the camera]
Loop it under your feet and pull up for a simple seated row.
The FlexFit set comes with a door anchor, two handles and a little carry bag.
No gym membership needed.

## Segment: Adjustable dumbbells (4m)
offer: twenty percent off the dumbbells
offer time: 10m
Now the IronDial adjustable dumbbells, my favourite thing on the table tonight.
Turn the dial and each one goes from 5 to 25 kilos in seconds.
[Turn the dial slowly, close to the camera]
That one pair replaces fifteen separate dumbbells in your spare room.
The tray keeps the plates tidy.

## Segment: Yoga mat (3m)
The ZenGrip yoga mat is six millimetres thick and never slides on wooden floors.
It rolls up small enough to fit behind a door.
Wipe it with a damp cloth after every session.

## Segment: Jump rope (3m)
Next is the PulseRope smart jump rope, which counts every skip for you.
[Skip twenty times in front of the camera]
The screen on the handle shows your count, your time and the calories burned.
Ten minutes of skipping burns about as much as thirty minutes of jogging.
It charges with a USB-C cable in about 2 hours.

## Segment: Foam roller (3m)
offer: buy the roller and get the massage ball free
offer time: 8m
Last product is the RollPro foam roller, for sore legs after a workout.
Roll slowly over each muscle for about thirty seconds.
[Roll the calf on the roller, side on to the camera]
The RollPro set comes with a massage ball, a strap and a little carry bag.

## Segment: Goodbye (2m)
Thanks so much for working out with me tonight, everyone.
Don't forget that both offers end in just a few minutes.
Same time next Thursday, stay strong!
"""


SHOW_ES = """# Muévete en Casa en Directo
markets: ES
language: es

## Segment: Bienvenida (2m)
Buenas noches a todos, y bienvenidos a Muévete en Casa, nuestro directo semanal de material deportivo.
[Saluda y acerca las bandas elásticas a la cámara]
Esta noche tengo cinco productos para espacios pequeños, y 3 de ellos están en oferta.
Coged agua y poneos cómodos.
Todo el material de hoy es de FlexFit, que patrocina este directo.

## Segment: Bandas elásticas (4m)
Empezamos con las bandas elásticas FlexFit, un set de 5 colores de suave a extrafuerte.
La banda amarilla te da cinco kilos de resistencia y la negra llega a 25.
[Estira la banda negra sobre el pecho, mirando a la cámara]
Pásala por debajo de los pies y tira hacia arriba para hacer un remo sentado.
El set de FlexFit viene con un anclaje de puerta, dos asas y una bolsita de transporte.
No necesitas ir al gimnasio.

## Segment: Mancuernas ajustables (4m)
offer: veinte por ciento de descuento en las mancuernas
offer time: 10m
Ahora las mancuernas ajustables IronDial, lo que más me gusta de toda la mesa esta noche.
Gira el selector y cada una pasa de 5 a 25 kilos en segundos.
[Gira el selector despacio, cerca de la cámara]
Ese único par sustituye a quince mancuernas sueltas en tu cuarto de invitados.
La base mantiene los discos ordenados.

## Segment: Esterilla de yoga (3m)
La esterilla de yoga ZenGrip tiene seis milímetros de grosor y nunca resbala en suelos de madera.
Se enrolla tan pequeña que cabe detrás de una puerta.
Límpiala con un paño húmedo después de cada sesión.

## Segment: Comba (3m)
Ahora viene la comba inteligente PulseRope, que cuenta cada salto por ti.
[Salta veinte veces delante de la cámara]
La pantalla del mango muestra tus saltos, tu tiempo y las calorías quemadas.
Diez minutos de comba queman casi lo mismo que treinta minutos de carrera.
Se carga con un cable USB-C en unas 2 horas.

## Segment: Rodillo de espuma (3m)
offer: compra el rodillo y llévate gratis la pelota de masaje
offer time: 8m
El último producto es el rodillo de espuma RollPro, para las piernas cargadas después de entrenar.
Rueda despacio sobre cada músculo durante unos treinta segundos.
[Rueda el gemelo sobre el rodillo, de lado a la cámara]
El set de RollPro viene con una pelota de masaje, una correa y una bolsita de transporte.

## Segment: Despedida (2m)
Muchísimas gracias por entrenar conmigo esta noche, de verdad.
Recordad que las dos ofertas terminan en pocos minutos.
Hasta el jueves, ¡seguid fuertes!
"""


ADLIBS = {
    "en": ("Hi Marco, hi Priya, welcome in!",
           "Oh hi Dana, great to see you back again.",
           "Someone in the chat asks what I do after skipping, honestly I always finish on the "
           "RollPro foam roller, we will get to it in a few minutes, it is a lifesaver for sore calves."),
    "es": ("¡Hola Marta, hola Javi, bienvenidos!",
           "Anda, hola Dani, qué alegría verte otra vez por aquí.",
           "Alguien en el chat pregunta qué hago después de saltar, pues yo siempre termino con el "
           "rodillo de espuma RollPro, lo vemos en unos minutos, es una maravilla para los gemelos cargados."),
}
# A reading per language: the show and espeak-ng's voice.
LANGUAGES = {"en": (SHOW, "en-us"), "es": (SHOW_ES, "es")}


def build_plan(show, language: str = "en"):
    hello, welcome_back, aside = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0),                                # 0
        adlib(hello),                           # 1  short greeting
        L(0, 2), L(0, 3), L(0, 4),              # 2-4 (skips the cue)
        L(1, 0),                                # 5
        L(1, 3),                                # 6  skips "The yellow band gives you ten pounds..."
        L(1, 4), L(1, 4),                       # 7-8 repeats the carry-bag line (trap with (5, 3))
        L(1, 5),                                # 9  short line
        L(2, 0), L(2, 1), L(2, 3), L(2, 4),     # 10-13
        adlib(welcome_back),                    # 14 short greeting
        L(4, 0),                                # 15 JUMP forward over the whole yoga mat segment
        L(4, 2), L(4, 3),                       # 16-17
        L(4, 2),                                # 18 JUMP one line back (an aside) ...
        adlib(aside),                           # 19 long ad-lib naming the later RollPro roller
        L(4, 4),                                # 20 JUMP ... and the return
        L(3, 0),                                # 21 JUMP back to the skipped yoga mat segment
        L(3, 1), L(3, 2),                       # 22-23
        L(5, 0),                                # 24 JUMP forward one segment (past the read jump rope)
        L(5, 1),                                # 25
        pause(5.0),                             # 26 after the last jump
        L(5, 3),                                # 27 the carry-bag trap line
        L(6, 0), L(6, 1), L(6, 2),              # 28-30
    ]
    jumps = {15: "forward over the whole yoga mat segment",
             18: "back one line to the handle screen (aside)",
             20: "return after the aside",
             21: "back to the skipped yoga mat segment",
             24: "forward one segment, past the jump rope, to the foam roller"}
    return plan, jumps
