# Held-out reading 5 (pet-supplies live), written by a helper briefed apart from the follow tuners; measured once
# on 2026-12-06 (benchmarks/results/follow-blind5-2026-12-06.txt), then folded in for tuning.
# Held-out reading 5 (pet-supplies live), written by a helper briefed apart from the follow tuners.
"""Held-out reading for the voice-follow benchmark: a 7-segment pet-supplies live in English
and Mexican Spanish, and one plan that reads either with a skipped line, a repeated line,
ad-libs (two short greetings, one long aside that names a later product), five jumps
(forward over a whole segment, one line back as an aside and the return, back to the skipped
segment, forward one segment to get back on track) and a 5 s pause after the last jump.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes
either. Trap for a follower: line (1, 4) and line (5, 3) share most of their words
("Order the ... tonight and we put a free bag of training treats in the box for your dog.").

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Paws and Whiskers Live
markets: US
language: en

## Segment: Welcome (2m)
Hello hello, pet lovers, and welcome to Paws and Whiskers Live, our Sunday pet supplies show.
[Hold the puppy up to the camera, then set her in the basket]
Tonight I have five goodies for your dogs and cats, and two of them come with a special deal.
Go grab your furry friend and come sit with me.
Everything on the table tonight comes from HappyTail, who sponsor this live.

## Segment: No-pull harness (4m)
First up, the HappyTail no-pull harness, in four sizes from extra small to extra large.
It clips at the chest, so your dog stops dragging you down the street.
[Put the harness on the plush dog, chest clip toward the camera]
The straps are lined with soft mesh, so it never rubs under the legs.
Order the harness tonight and we put a free bag of training treats in the box for your dog.
Walks just got a whole lot easier.

## Segment: Cat tree (4m)
offer: fifteen percent off the cat tree
offer time: 10m
Now the CloudPerch cat tree, honestly my favourite thing on the table tonight.
It stands almost five feet tall, with three beds, a hammock and two scratching posts.
[Tap the top bed so the dangling mouse swings]
It holds cats up to twenty pounds, so even the big boys are safe up there.
You can put it together in about fifteen minutes with one little wrench.

## Segment: Grooming brush (3m)
The SilkComb grooming brush pulls out the loose fur without tugging.
Press the button on the back and the bristles pull in, so the fur slides right off.
Use it twice a week and you will find way less hair on your couch.

## Segment: Water fountain (3m)
Next is the AquaPaw water fountain, which keeps the water moving so your cat actually drinks.
[Pour a glass of water into the top of the fountain]
It holds two liters, so that's a few days of water even with two cats.
The filter catches hair and crumbs, and you only change it once a month.
It runs so quiet you can keep it right next to your bed.

## Segment: Chew toys (3m)
offer: buy two chew toy packs and get the third one free
offer time: 8m
Last product is the ChompBox chew toy pack, for the dogs who destroy everything.
The rubber is tough enough for big chewers, and you can stuff a treat inside the bone.
[Squeeze the rubber bone so it squeaks]
Order the chew toys tonight and we put a free bag of training treats in the box for your dog.

## Segment: Goodbye (2m)
Thank you so much for hanging out with me and your pets tonight.
Remember, both deals end in just a few minutes.
Same time next Sunday, and give your babies a big hug from me!
"""


SHOW_ES = """# Patitas y Bigotes en Vivo
markets: MX
language: es

## Segment: Bienvenida (2m)
Hola, hola, amantes de los animales, bienvenidos a Patitas y Bigotes en Vivo, nuestro programa de cada domingo.
[Carga a la cachorrita frente a la cámara y luego acomódala en la canasta]
Hoy les traigo cinco cositas para sus perros y gatos, y dos de ellas vienen con promoción.
Vayan por su peludito y vénganse a platicar conmigo.
Todo lo de hoy es de HappyTail, que patrocina esta transmisión.

## Segment: Pechera antijalones (4m)
Empezamos con la pechera antijalones de HappyTail, en cuatro tallas, de extrachica a extragrande.
Se abrocha en el pecho, así que su perro ya no los va arrastrando por la calle.
[Ponle la pechera al perro de peluche, con el broche del pecho hacia la cámara]
Las correas tienen malla suavecita, así que nunca le rozan debajo de las patitas.
Pidan la pechera hoy y les mandamos gratis una bolsa de premios de entrenamiento en la caja para su perro.
Los paseos ahora sí van a ser mucho más fáciles.

## Segment: Rascador para gatos (4m)
offer: quince por ciento de descuento en el rascador
offer time: 10m
Ahora el rascador CloudPerch, la neta lo que más me gusta de toda la mesa.
Mide casi metro y medio de alto, con tres camitas, una hamaca y dos postes para rascar.
[Toca la camita de arriba para que se mueva el ratoncito colgante]
Aguanta gatos de hasta nueve kilos, así que hasta los gordos están seguros allá arriba.
Se arma en unos quince minutos con una llavecita que ya viene incluida.

## Segment: Cepillo (3m)
El cepillo SilkComb le quita el pelo suelto sin darle jalones.
Aprietan el botón de atrás y las cerdas se esconden, y el pelo sale solito.
Úsenlo dos veces por semana y van a ver mucho menos pelo en el sillón.

## Segment: Fuente de agua (3m)
Sigue la fuente de agua AquaPaw, que mantiene el agua en movimiento para que su gato sí tome.
[Vierte un vaso de agua en la parte de arriba de la fuente]
Le caben dos litros, o sea agua para varios días aunque tengan dos gatos.
El filtro atrapa pelos y boronas, y nada más lo cambian una vez al mes.
Es tan silenciosa que la pueden tener junto a la cama.

## Segment: Juguetes para morder (3m)
offer: compra dos paquetes de juguetes y el tercero te sale gratis
offer time: 8m
El último producto es el paquete de juguetes ChompBox, para los perritos que destruyen todo.
El hule aguanta a los que muerden fuerte, y le pueden meter un premio adentro al hueso.
[Aprieta el hueso de hule para que chille]
Pidan los juguetes hoy y les mandamos gratis una bolsa de premios de entrenamiento en la caja para su perro.

## Segment: Despedida (2m)
Muchísimas gracias por acompañarme hoy, a ustedes y a sus mascotas.
Acuérdense de que las dos promociones se acaban en unos minutitos.
Nos vemos el próximo domingo a la misma hora, ¡y denles un abrazote de mi parte!
"""


ADLIBS = {
    "en": ("Hey Lucy, hey Tom, welcome welcome!",
           "Oh, hi Carmen, so nice to see you back again.",
           "Somebody in the chat is asking if the fountain is safe for dogs too, and yes it is, my "
           "Rocky drinks from it every day, and if your dog chews up everything stick around, "
           "the ChompBox chew toys are coming up in a few minutes."),
    "es": ("¡Hola Lupita, hola Beto, bienvenidos!",
           "Ay, hola Carmen, qué gusto verte otra vez por aquí.",
           "Me preguntan en el chat si la fuente sirve también para perros, y sí, mi Rocky toma de ahí "
           "todos los días, y si su perro muerde todo no se vayan, en unos minutos vienen los "
           "juguetes ChompBox."),
}
# A reading per language: the show and espeak-ng's voice (Latin American Spanish for the Mexican show).
LANGUAGES = {"en": (SHOW, "en-us"), "es": (SHOW_ES, "es-419")}


def build_plan(show, language: str = "en"):
    hello, welcome_back, aside = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0),                                # 0
        adlib(hello),                           # 1  short greeting
        L(0, 2), L(0, 3), L(0, 4),              # 2-4 (skips the cue)
        L(1, 0), L(1, 1),                       # 5-6
        L(1, 1),                                # 7  repeats the chest-clip line
        L(1, 4),                                # 8  skips "The straps are lined with soft mesh..."; trap with (5, 3)
        L(1, 5),                                # 9  short line
        L(2, 0), L(2, 1), L(2, 3), L(2, 4),     # 10-13
        adlib(welcome_back),                    # 14 short greeting
        L(4, 0),                                # 15 JUMP forward over the whole grooming brush segment
        L(4, 2), L(4, 3),                       # 16-17
        L(4, 2),                                # 18 JUMP one line back (an aside) ...
        adlib(aside),                           # 19 long ad-lib naming the later ChompBox chew toys
        L(4, 4),                                # 20 JUMP ... and the return
        L(3, 0),                                # 21 JUMP back to the skipped grooming brush segment
        L(3, 1), L(3, 2),                       # 22-23
        L(5, 0),                                # 24 JUMP forward one segment (past the read fountain)
        pause(5.0),                             # 25 right after the last jump
        L(5, 1),                                # 26
        L(5, 3),                                # 27 the training-treats trap line
        L(6, 0), L(6, 1), L(6, 2),              # 28-30
    ]
    jumps = {15: "forward over the whole grooming brush segment",
             18: "back one line to the two-liters line (aside)",
             20: "return after the aside",
             21: "back to the skipped grooming brush segment",
             24: "forward one segment, past the water fountain, to the chew toys"}
    return plan, jumps
