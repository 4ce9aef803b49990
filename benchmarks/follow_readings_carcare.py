# Held-out reading 9 (car accessories and car care live), written by a helper briefed apart from the follow tuners.
"""Held-out reading for the voice-follow benchmark: a 7-segment car accessories and car care live
in English and Castilian Spanish, and one plan that reads either with two skipped lines (in the
dash cam and the ceramic coating segments), a repeated line, four ad-libs (two short reactions to
viewers' comments, one long aside of ~36 words that names the later ComfortFit seat covers, one
aside about the giveaway), five jumps (forward over the whole phone-mount segment, back one line,
back to the skipped phone-mount segment, back two lines and the return, forward one segment to
get back on track) and a 4 s pause right after the last jump.

The return from "back two lines" is a jump of its own (the host skips forward over the lines she
already read), so `jumps` has six entries for the five jumps of the brief.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes
either. Trap for a follower: line (1, 5) and line (5, 4) share most of their words
("Every order [of seat covers] tonight ships free, and it lands on your doorstep in two to three days.").

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Garage Night Live
markets: US
language: en

## Segment: Welcome (2m)
Good evening, drivers, and welcome to Garage Night Live, the show that makes your car a nicer place to be.
[Wave at the camera from the driver's seat of the demo car]
Tonight I have five things for your car, from the dashboard all the way out to the paint.
Stay until the end, because two of them come with deals that only run during this live.
Drop your car and the year in the comments so I know who is riding with me tonight.

## Segment: Dash cam (4m)
offer: 20% off the RoadEye Pro dash cam
offer time: 12m
First up is the RoadEye Pro dash cam, sharp 4K video for just 89 dollars with the memory card included.
[Hold the dash cam up behind the rear-view mirror]
It tucks in behind your mirror and starts recording by itself the moment you turn the key.
If somebody bumps you in a parking lot, parking mode wakes the camera up and saves the clip.
The 64 gig card holds about ten hours of driving, and the oldest clips get recorded over automatically.
Every order tonight ships free, and it lands on your doorstep in two to three days.

## Segment: Phone mount and wireless charger (4m)
Next, the GripCharge phone mount, a holder and a fast wireless charger in one, for thirty-nine ninety-nine.
It clips onto your air vent, and the arms close around your phone as soon as you set it in.
[Drop the phone into the mount so the arms close on camera]
It charges at fifteen watts, so your battery keeps climbing even with the map running all day.
It fits phones from four to seven inches, with or without a case, iPhone or Samsung.
Tap the side button and the arms let go, one hand, no fumbling at a red light.

## Segment: Car vacuum (3m)
offer: a free air freshener with every vacuum
Now the VacuMax Mini cordless car vacuum, small enough to live in your glove box.
It has eight thousand pascals of suction, so it pulls sand and crumbs right out of the carpet.
[Pour a handful of cereal on the floor mat and vacuum it up]
One charge gives you about twenty-five minutes, and it charges with the same USB-C cable as your phone.
The skinny crevice tool slides down between the seats, where every lost French fry ends up.

## Segment: Ceramic coating spray (4m)
offer: buy one bottle, get the second one half price
offer time: 10m
Let's talk paint, with the ShineGuard ceramic coating spray in the big sixteen ounce bottle for 24 dollars.
Spray it on a clean panel, spread it with one towel, then buff it off with a second dry towel.
[Spray half of the hood and buff it so the shine shows next to the untouched half]
Water beads up and rolls right off, and bird droppings wipe away without scratching the clear coat.
One bottle does the whole car about three times, and every coat lasts around six months.
The whole car takes about forty minutes on a Sunday afternoon, and you don't need a polishing machine.

## Segment: Seat covers (3m)
Last product tonight, the ComfortFit seat covers, a full set for the front and back seats at 59 dollars.
They're waterproof neoprene, so spilled coffee, muddy dogs and kids with juice boxes are no problem at all.
[Pull the cover over the passenger seat and tuck the straps underneath]
The back cover splits sixty forty, so you can still fold down half of the rear seat.
Every order of seat covers tonight ships free, and it lands on your doorstep in two to three days.

## Segment: Wrap-up (2m)
That's everything for tonight, and thank you so much for riding along with me.
The dash cam and the coating spray deals end in a few minutes, so grab them while you can.
[Point at the price cards on the screen]
We're back next Thursday at eight with tire care and winter emergency kits.
Drive safe, everybody, and I'll see you next week right here on Garage Night Live.
"""


SHOW_ES = """# Noche de Garaje en Directo
markets: ES
language: es

## Segment: Bienvenida (2m)
Buenas noches, conductores, y bienvenidos a Noche de Garaje en Directo, el programa que hace de vuestro coche un sitio más agradable.
[Saluda a la cámara desde el asiento del conductor del coche de muestra]
Esta noche os traigo cinco cosas para el coche, desde el salpicadero hasta la pintura.
Quedaos hasta el final, porque dos de ellas tienen ofertas que solo duran mientras estemos en directo.
Dejad en los comentarios vuestro coche y el año, así sé quién viaja conmigo esta noche.

## Segment: Cámara para coche (4m)
offer: 20 % de descuento en la cámara RoadEye Pro
offer time: 12m
Empezamos con la cámara para coche RoadEye Pro, vídeo 4K nítido por solo 89 euros con la tarjeta de memoria incluida.
[Sujeta la cámara detrás del retrovisor]
Se coloca detrás del retrovisor y empieza a grabar sola en cuanto giráis la llave.
Si alguien os da un golpe en un aparcamiento, el modo aparcamiento despierta la cámara y guarda el vídeo.
La tarjeta de 64 gigas guarda unas diez horas de conducción, y los vídeos más antiguos se graban encima solos.
Todos los pedidos de esta noche tienen envío gratis y llegan a vuestra puerta en dos o tres días.

## Segment: Soporte y cargador inalámbrico (4m)
Seguimos con el soporte GripCharge, que es soporte para el móvil y cargador inalámbrico rápido a la vez, por treinta y nueve noventa y nueve.
Se engancha a la rejilla del aire, y los brazos se cierran alrededor del móvil en cuanto lo apoyáis.
[Mete el móvil en el soporte para que los brazos se cierren ante la cámara]
Carga a quince vatios, así que la batería sigue subiendo aunque llevéis el mapa abierto todo el día.
Vale para móviles de cuatro a siete pulgadas, con funda o sin funda, iPhone o Samsung.
Tocáis el botón del lateral y los brazos se abren, con una mano, sin pelearos con él en un semáforo.

## Segment: Aspiradora de coche (3m)
offer: un ambientador de regalo con cada aspiradora
Ahora la aspiradora inalámbrica VacuMax Mini, tan pequeña que cabe en la guantera.
Tiene ocho mil pascales de succión, así que saca la arena y las migas de la moqueta sin problema.
[Echa un puñado de cereales en la alfombrilla y aspíralo]
Con una carga tenéis unos veinticinco minutos, y se carga con el mismo cable USB-C que el móvil.
La boquilla estrecha se mete entre los asientos, justo donde acaban todas las patatas fritas perdidas.

## Segment: Recubrimiento cerámico en spray (4m)
offer: compra un bote y llévate el segundo a mitad de precio
offer time: 10m
Hablemos de pintura, con el recubrimiento cerámico en spray ShineGuard, en el bote grande de medio litro, por 24 euros.
Lo pulverizáis sobre un panel limpio, lo extendéis con una bayeta y lo pulís con una segunda bayeta seca.
[Pulveriza medio capó y púlelo para que el brillo se vea junto a la mitad sin tratar]
El agua forma gotitas y resbala, y las cacas de pájaro se quitan sin rayar el barniz.
Un bote da para el coche entero unas tres veces, y cada capa dura unos seis meses.
El coche entero os lleva unos cuarenta minutos un domingo por la tarde, y no hace falta pulidora.

## Segment: Fundas de asiento (3m)
Último producto de la noche, las fundas de asiento ComfortFit, un juego completo para delante y detrás por 59 euros.
Son de neopreno impermeable, así que el café derramado, los perros con barro y los niños con zumos no son ningún problema.
[Pon la funda en el asiento del copiloto y mete las cintas por debajo]
La funda trasera se divide sesenta cuarenta, así que podéis seguir abatiendo la mitad del asiento.
Todos los pedidos de fundas de esta noche tienen envío gratis y llegan a vuestra puerta en dos o tres días.

## Segment: Despedida (2m)
Eso es todo por esta noche, y muchísimas gracias por venir de copiloto conmigo.
Las ofertas de la cámara y del spray cerámico terminan en unos minutos, así que aprovechadlas ahora.
[Señala los carteles de precio en la pantalla]
Volvemos el jueves que viene a las ocho con cuidado de neumáticos y kits de emergencia para el invierno.
Conducid con cuidado, y nos vemos la semana que viene aquí mismo en Noche de Garaje en Directo.
"""


ADLIBS = {
    "en": ("Ha, Mike says he drives a 2009 Corolla, respect, those things never die.",
           "Oh, Dana says one of these saved her on a road trip with three kids, love that.",
           "Honestly, I put one of these in my sister's minivan last month and she loves it, and if you "
           "have kids spilling stuff back there, hang on, the ComfortFit seat covers are coming up later tonight.",
           "Quick giveaway reminder, everyone who orders before the end of the show goes into the draw "
           "for a full car wash kit, and I pick the winner live."),
    "es": ("Jaja, Miguel dice que tiene un Seat Ibiza del 2009, respeto, esos coches no se mueren nunca.",
           "Ay, Dana dice que una de estas la salvó en un viaje con tres niños, me encanta.",
           "De verdad, le puse uno de estos a mi hermana en la furgoneta el mes pasado y está encantada, y si "
           "tenéis niños que lo manchan todo ahí detrás, esperad, que luego vienen las fundas de asiento ComfortFit.",
           "Os recuerdo el sorteo: todos los que compréis antes de que acabe el programa entráis en el sorteo "
           "de un kit completo de lavado, y elijo al ganador en directo."),
}
# A reading per language: the show and espeak-ng's voice (Castilian Spanish for the show from Spain).
LANGUAGES = {"en": (SHOW, "en-us"), "es": (SHOW_ES, "es")}


def build_plan(show, language: str = "en"):
    mike, dana, aside, giveaway = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0),                                # 0
        adlib(mike),                            # 1  short reaction to a viewer's comment
        L(0, 2), L(0, 3), L(0, 4),              # 2-4 (skips the cue)
        L(1, 0), L(1, 2), L(1, 3),              # 5-7
        L(1, 3),                                # 8  repeats the parking-mode line
        L(1, 5),                                # 9  skips "The 64 gig card holds..." (1, 4); trap with (5, 4)
        L(3, 0),                                # 10 JUMP forward over the whole phone-mount segment
        L(3, 1), L(3, 3), L(3, 4),              # 11-13
        L(3, 3),                                # 14 JUMP back one line (the twenty-five minutes line)
        adlib(dana),                            # 15 short reaction to a viewer's comment
        L(2, 0),                                # 16 JUMP back to the skipped phone-mount segment
        L(2, 1), L(2, 3), L(2, 4),              # 17-19
        L(2, 1),                                # 20 JUMP back two lines (to the air-vent line) ...
        adlib(aside),                           # 21 long aside naming the later ComfortFit seat covers
        L(2, 5),                                # 22 JUMP ... and the return, to the line after the one left
        L(4, 0),                                # 23 JUMP forward one segment (past the read car vacuum)
        pause(4.0),                             # 24 right after the jump (the last one)
        L(4, 1), L(4, 3),                       # 25-26
        L(4, 5),                                # 27 skips "One bottle does the whole car..." (4, 4)
        adlib(giveaway),                        # 28 aside about the giveaway
        L(5, 0), L(5, 1), L(5, 3),              # 29-31
        L(5, 4),                                # 32 the ships-free trap line
        L(6, 0), L(6, 1), L(6, 3), L(6, 4),     # 33-36
    ]
    jumps = {10: "forward over the whole phone mount and wireless charger segment",
             14: "back one line to the twenty-five minutes line",
             16: "back to the skipped phone mount and wireless charger segment",
             20: "back two lines to the air-vent line (before the aside)",
             22: "return after the aside, to the side-button line",
             23: "forward one segment, past the car vacuum, to the ceramic coating spray"}
    return plan, jumps
