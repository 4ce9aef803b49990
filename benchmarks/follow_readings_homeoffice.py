# Held-out reading 12 (home-office setup live), written by a helper briefed apart from the follow tuners.
"""Held-out reading for the voice-follow benchmark: a 7-segment home-office live (standing desk,
ergonomic chair, monitor arm, webcam with ring light, desk lamp, mechanical keyboard, cable
organiser kit) in English and Latin-American Spanish (a Mexican host), and one plan that reads
either with two skipped lines (in the chair and the keyboard segments), a repeated line (the
desk's up-arrow line, said again while the desk rises), four ad-libs (two short reactions to
viewers' comments, one long aside of ~36 words that names the later Clackworks keyboard and its
hot-swappable switches, one aside about the giveaway that names the earlier LiftLab Duo desk),
five jumps (forward over the whole monitor-arm segment, back one line after a viewer's question,
back to the skipped monitor-arm segment, back two lines and the return, forward one segment past
the webcam already read) and a 4 s pause right after the last jump (the host dims the lamp in
silence), so every jump's index is the same in the plan and in the reading's heard steps.

The return from "back two lines" is a jump of its own (the host skips forward over the lines she
already read), so `jumps` has six entries for the five jumps of the brief.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes
either. Traps for a follower:
- line (2, 4) and line (4, 4) share most of their words ("Set it up once, and the [gas spring |
  arm] keeps your [screen | lamp] exactly where you put it, all day long."); (2, 4) is read
  soon after the jump back to the skipped segment, (4, 4) soon after the forward jump and its pause;
- product names that speech recognition may split or mishear: "Clackworks K87" (clockworks,
  clack works, K 87), "CordCrew", "ArmaFlex", "LiftLab Duo", "HaloRing", "LumiArc" (English brand
  names read by the Spanish voice too);
- the long aside names a later segment's product and words of its line (5, 3), and the giveaway
  aside names the first segment's desk: neither should move the highlight.

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Desk Setup Live
markets: US
language: en

## Segment: Standing desk (5m)
offer: $60 off the LiftLab Duo standing desk
offer time: 15m
Hey everybody, welcome to Desk Setup Live, where we turn that corner of your bedroom into an office you actually want to sit in.
[Wave from behind the standing desk, already raised to standing height]
Tonight I've got seven things for your home office, from the desk itself down to the cables hiding under it.
First up is the LiftLab Duo standing desk, two motors, a sixty inch top, and it's 399 dollars tonight.
Press and hold the up arrow and it goes from sitting to standing in about twelve seconds, nice and quiet.
[Press the up button and let the desk rise on camera]
It remembers four heights, so you tap one button and it stops exactly where you like it.
It holds up to three hundred pounds, so two monitors, a printer and your cat are no problem.

## Segment: Ergonomic chair (4m)
offer: a free lumbar pillow with every PostureMax chair
Next, the PostureMax ergonomic chair, and this is where your back is going to thank me, at 279 dollars.
The lumbar support moves up and down, so it sits right in the curve of your lower back.
[Sit down and slide the lumbar pad up to the small of the back]
The seat slides forward two inches, which makes a big difference if you have long legs like me.
The mesh back breathes, so no more sweaty shirt at four in the afternoon.
The armrests go up, down, in and out, so your shoulders can finally relax while you type.

## Segment: Monitor arm (4m)
Let's get your screens off the desk with the ArmaFlex dual monitor arm, 89 dollars for two screens.
It clamps onto the back edge of your desk, so you don't have to drill a single hole.
[Swing the left monitor from landscape to portrait]
Each arm holds a screen up to thirty-two inches and up to nineteen pounds.
Set it up once, and the gas spring keeps your screen exactly where you put it, all day long.
Your screens float at eye level, and you get back all the desk space underneath them.
The cables run inside the arm, so from the front all you see is the screens.

## Segment: Webcam and ring light (4m)
offer: 25% off the ClearView webcam and HaloRing bundle
offer time: 10m
Now for your video calls, the ClearView 4K webcam with the HaloRing light, both in one bundle for 129 dollars.
[Turn the ring light on and off so the difference shows on the host's face]
The ring clips right around the webcam, so the light hits your face from the same spot as the lens.
It has three color temperatures and ten brightness levels, and it all runs off one USB cable.
The camera focuses by itself, and it keeps you sharp even when you lean in to share your screen.
There's a little privacy shutter on the front, so you slide it closed the second the meeting is over.

## Segment: Desk lamp (3m)
For the late nights, the LumiArc desk lamp, a long bar of light on a swing arm, for 59 dollars.
It lights the whole desk evenly, with no glare on your monitor and no bright spot in the middle.
[Dim the lamp from full to a soft glow with the touch strip]
Slide your finger along the top to dim it, and tap twice to go from warm to cool light.
Set it up once, and the arm keeps your lamp exactly where you put it, all day long.
There's a wireless charging pad in the base, so your phone charges while you work.

## Segment: Mechanical keyboard (4m)
offer: a free set of wooden keycaps with every keyboard
Okay, keyboard people, this one is for you, the Clackworks K87 mechanical keyboard at 109 dollars.
[Type a quick sentence close to the microphone so viewers hear the switches]
It comes with brown switches, so you get that nice little bump on every key without waking up the whole house.
The switches are hot-swappable, so you can pull them out and try new ones without any soldering.
It pairs over Bluetooth with three devices, and one key flips you between your laptop, your tablet and your phone.
The battery lasts about a month with the backlight off, and it charges over USB-C.

## Segment: Cable organiser kit (4m)
Last one, and it's the boring one that changes everything, the CordCrew cable organizer kit for 29 dollars.
You get a cable tray that screws under the desk, twenty velcro ties, and a sleeve that zips four cables into one.
[Lift the desk top to show the tray with the power strip hidden inside]
The power strip sits in the tray, so nothing dangles when your desk goes up and down.
That's the whole setup for tonight, and thank you so much for hanging out with me.
The standing desk and the webcam deals end in a few minutes, so grab them while they last.
We're back next Tuesday at seven, and I'll see you then right here on Desk Setup Live.
"""


SHOW_ES = """# Tu Escritorio en Vivo
markets: MX
language: es

## Segment: Escritorio elevable (5m)
offer: 1200 pesos de descuento en el escritorio LiftLab Duo
offer time: 15m
¡Hola, hola, qué tal a todos! Bienvenidos a Tu Escritorio en Vivo, donde convertimos ese rinconcito de la recámara en una oficina donde sí dan ganas de trabajar.
[Saluda desde atrás del escritorio, ya subido a la altura de pie]
Hoy les traigo siete cosas para su home office, desde el escritorio mismo hasta los cables que se esconden debajo.
Arrancamos con el escritorio elevable LiftLab Duo, con dos motores, una cubierta de metro y medio, y hoy está en siete mil novecientos noventa y nueve pesos.
Dejan apretada la flechita para arriba y en unos doce segundos pasa de sentado a parado, y bien silencioso.
[Aprieta el botón de subir y deja que el escritorio suba a cuadro]
Se acuerda de cuatro alturas, así que le pican a un botón y se detiene justo donde les gusta.
Aguanta hasta ciento cuarenta kilos, así que dos monitores, la impresora y hasta el gato, sin ningún problema.

## Segment: Silla ergonómica (4m)
offer: un cojín lumbar de regalo con cada silla PostureMax
Ahora sí, la silla ergonómica PostureMax, que es donde su espalda me lo va a agradecer, en cinco mil cuatrocientos noventa pesos.
El soporte lumbar sube y baja, para que les quede justito en la curva de la espalda baja.
[Siéntate y sube el cojín lumbar a la altura de la cintura]
El asiento se recorre cinco centímetros hacia adelante, y eso se nota un montón si tienen las piernas largas como yo.
El respaldo es de malla y respira, así que se acabó la camisa sudada a las cuatro de la tarde.
Los descansabrazos suben, bajan, se meten y se abren, para que por fin relajen los hombros mientras escriben.

## Segment: Brazo para monitor (4m)
Vamos a levantar esas pantallas del escritorio con el brazo doble ArmaFlex, mil setecientos pesos por las dos pantallas.
Se sujeta con una prensa a la orilla de atrás del escritorio, así que no le tienen que hacer ni un solo agujero.
[Gira el monitor izquierdo de horizontal a vertical]
Cada brazo aguanta una pantalla de hasta treinta y dos pulgadas y hasta nueve kilos.
Lo ajustan una vez, y el pistón de gas les deja la pantalla exactamente donde la pusieron, todo el día.
Las pantallas quedan flotando a la altura de los ojos, y recuperan todo el espacio que había debajo.
Los cables van por dentro del brazo, así que de frente nada más se ven las pantallas.

## Segment: Webcam con aro de luz (4m)
offer: 25 % de descuento en el paquete de webcam ClearView y aro HaloRing
offer time: 10m
Ahora, para las videollamadas, la webcam ClearView 4K con el aro de luz HaloRing, las dos en un paquete por dos mil cuatrocientos noventa pesos.
[Prende y apaga el aro de luz para que se note la diferencia en la cara]
El aro se engancha alrededor de la webcam, así que la luz les pega en la cara desde el mismo lugar que el lente.
Tiene tres tonos de luz y diez niveles de brillo, y todo funciona con un solo cable USB.
La cámara enfoca solita, y los mantiene nítidos aunque se acerquen para compartir pantalla.
Trae una tapita de privacidad al frente, y la cierran en cuanto se acaba la junta.

## Segment: Lámpara de escritorio (3m)
Para las desveladas, la lámpara LumiArc, una barra larga de luz en un brazo que gira, por mil ciento noventa pesos.
Ilumina parejito todo el escritorio, sin reflejos en el monitor y sin un punto más brillante en medio.
[Baja la luz de la lámpara de máximo a tenue con la barra táctil]
Deslizan el dedo por arriba para bajarle a la luz, y con dos toquecitos pasan de luz cálida a luz fría.
Lo ajustan una vez, y el brazo les deja la lámpara exactamente donde la pusieron, todo el día.
En la base trae un cargador inalámbrico, así que el celular se carga mientras trabajan.

## Segment: Teclado mecánico (4m)
offer: un juego de teclas de madera de regalo con cada teclado
A ver, los fans de los teclados, este es para ustedes, el teclado mecánico Clackworks K87 en dos mil ciento noventa pesos.
[Escribe una frase rápida cerca del micrófono para que se escuchen los switches]
Viene con switches café, así que sienten ese topecito en cada tecla sin despertar a toda la casa.
Los switches son intercambiables en caliente, así que los sacan y prueban otros sin soldar nada.
Se conecta por Bluetooth a tres equipos, y con una sola tecla cambian entre la laptop, la tablet y el celular.
La batería dura como un mes con la luz apagada, y se carga por USB-C.

## Segment: Organizador de cables (4m)
Y el último, que es el más aburrido pero el que lo cambia todo, el kit organizador de cables CordCrew por quinientos noventa y nueve pesos.
Trae una charola que se atornilla debajo del escritorio, veinte cintas de velcro y una funda con cierre que junta cuatro cables en uno.
[Levanta la cubierta para enseñar la charola con el multicontacto escondido adentro]
El multicontacto va dentro de la charola, así que no cuelga nada cuando el escritorio sube y baja.
Eso es todo por hoy, y muchísimas gracias por acompañarme.
Las ofertas del escritorio y de la webcam se acaban en unos minutos, así que aprovéchenlas ya.
Nos vemos el próximo martes a las siete, aquí mismo en Tu Escritorio en Vivo.
"""


ADLIBS = {
    "en": ("Ha, Jordan says his desk right now is an ironing board, Jordan, buddy, we are fixing that tonight.",
           "Oh, Kim is asking how many brightness levels, good question, Kim, let me say that one again.",
           "Honestly, since I put both my screens on one of these I sit up straighter all day, and if you "
           "type a lot, stick around, the Clackworks keyboard with the hot-swappable switches is coming up later.",
           "Quick giveaway reminder, everybody who orders before the end of the live goes into the draw "
           "for a LiftLab Duo standing desk of your own, and I pick the winner live on camera."),
    "es": ("Jaja, Jorge dice que ahorita su escritorio es el burro de planchar, ay Jorge, hoy mismo lo arreglamos.",
           "Ay, Karla pregunta cuántos niveles de brillo tiene, buena pregunta, Karla, se los repito.",
           "La neta, desde que puse mis dos pantallas en uno de estos me siento más derechita todo el día, y si "
           "escriben mucho, no se vayan, que más tarde viene el teclado Clackworks con los switches intercambiables.",
           "Les recuerdo la rifa: todos los que compren antes de que se acabe el en vivo entran al sorteo "
           "de un escritorio LiftLab Duo para ustedes, y escojo al ganador aquí en vivo."),
}
# A reading per language: the show and espeak-ng's voice (Latin-American Spanish for the Mexican host).
LANGUAGES = {"en": (SHOW, "en-us"), "es": (SHOW_ES, "es-419")}


def build_plan(show, language: str = "en"):
    jordan, kim, aside, giveaway = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0), L(0, 2),                       # 0-1 (skips the cue)
        adlib(jordan),                          # 2  short reaction to a viewer's comment
        L(0, 3), L(0, 4),                       # 3-4
        L(0, 4),                                # 5  repeats the up-arrow line while the desk rises
        L(0, 6), L(0, 7),                       # 6-7
        L(1, 0), L(1, 1),                       # 8-9
        L(1, 4),                                # 10 skips "The seat slides forward..." (1, 3)
        L(1, 5),                                # 11
        L(3, 0),                                # 12 JUMP forward over the whole monitor-arm segment
        L(3, 2), L(3, 3), L(3, 4),              # 13-15
        adlib(kim),                             # 16 short reaction to a viewer's question
        L(3, 3),                                # 17 JUMP back one line (the brightness levels line)
        L(3, 5),                                # 18
        L(2, 0),                                # 19 JUMP back to the skipped monitor-arm segment
        L(2, 1), L(2, 3),                       # 20-21
        L(2, 4),                                # 22 trap: twin of the lamp line (4, 4)
        L(2, 5),                                # 23
        L(2, 3),                                # 24 JUMP back two lines (to the screen-size line) ...
        adlib(aside),                           # 25 long aside naming the later Clackworks keyboard
        L(2, 6),                                # 26 JUMP ... and the return, to the line after the one left
        L(4, 0),                                # 27 JUMP forward one segment (past the webcam, already read)
        pause(4.0),                             # 28 right after the jump (the last one): dims the lamp in silence
        L(4, 1), L(4, 3),                       # 29-30
        L(4, 4),                                # 31 trap: twin of the monitor-arm line (2, 4), after the pause
        L(4, 5),                                # 32
        L(5, 0), L(5, 2), L(5, 3),              # 33-35 ("Clackworks K87": a name ASR may split or mishear)
        L(5, 5),                                # 36 skips "It pairs over Bluetooth..." (5, 4)
        adlib(giveaway),                        # 37 aside about the giveaway (names the first segment's desk)
        L(6, 0), L(6, 1), L(6, 3),              # 38-40
        L(6, 4), L(6, 5), L(6, 6),              # 41-43
    ]
    jumps = {12: "forward over the whole monitor arm segment, to the webcam",
             17: "back one line to the brightness levels line (after a viewer's question)",
             19: "back to the skipped monitor arm segment",
             24: "back two lines to the screen-size line (before the aside)",
             26: "return after the aside, to the cables-inside-the-arm line",
             27: "forward one segment, past the webcam, to the desk lamp (a 4 s pause follows)"}
    return plan, jumps
