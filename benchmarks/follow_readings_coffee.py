# Held-out reading 14 (home coffee and tea live), written by a helper briefed apart from the follow tuners.
"""Held-out reading for the voice-follow benchmark: a 7-segment home coffee and tea live (one
segment per product: bean-to-cup espresso machine, burr grinder, milk frother, pour-over kettle,
cold-brew jar, matcha whisk set, insulated travel tumbler; the welcome opens the first segment and
the goodbye closes the last) in English and Castilian Spanish (a host from Madrid), and one plan
that reads either with two skipped lines (the steam-wand line of the espresso machine and the
leak-proof lid line of the tumbler), a repeated line (the grinder's forty settings), four ad-libs
(two short reactions to viewers' comments, the second of which sends the host back to the frother
she forgot, one long aside of ~36 words that names the EARLIER GrindHaus 40 grinder while she is on
the cold-brew jar, one aside about the giveaway), five jumps (forward over the whole milk-frother
segment, back one line to the tea-temperature line, back to the skipped frother segment, forward
one segment past the kettle already read, back two lines in the matcha segment and the return)
and a 4 s pause right after the last jump (the return to the matcha gift-box line).

The return from "back two lines" is a jump of its own (the host skips forward over the lines she
already read), so `jumps` has six entries for the five jumps of the brief.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes
either. Traps for a follower:
- line (1, 5) and line (4, 5) share most of their words ("Every order of the grinder / cold-brew
  jar today comes with a free bag of our house espresso / coffee beans, and it ships in two days."),
  and the long aside right after (4, 5) names the grinder of segment 1 and talks about coarse
  grinding, the words of (1, 1);
- product names that speech recognition may split or mishear: "Uji Chasen" (heard as "you
  chasing", "oo-gee chosen"), "GrindHaus 40" ("grind house forty"), "NuvoFroth", "Bellacrema Duo",
  "ThermaGo"; in the Spanish reading espeak says the English brand names with Spanish sounds.

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Morning Cup Live
markets: US
language: en

## Segment: Bean-to-cup espresso machine (5m)
offer: 100 dollars off the Bellacrema Duo
offer time: 15m
Good morning, coffee people, and welcome to Morning Cup Live, where we make your kitchen smell like a café.
[Raise a steaming mug to the camera from behind the counter]
Today I have seven things for coffee and tea lovers, and a few of them have deals that only run while we're live.
Tell me in the comments how you take your coffee, black, with milk or iced, so I know who's brewing with me.
First up, the Bellacrema Duo, a bean-to-cup espresso machine that's three ninety-nine today instead of four ninety-nine.
[Press the double-cup button and let two espressos pour side by side]
You pour whole beans in the top, press one button, and it grinds, tamps and brews a fresh shot in under a minute.
The steam wand swings out to the side, so you can texture milk for a flat white right there on the machine.
When you're done it rinses itself, and the drip tray slides out and goes straight into the dishwasher.

## Segment: Burr grinder (4m)
Next, the GrindHaus 40 burr grinder, for anyone who already has a machine and wants better coffee out of it, at one forty-nine.
It has forty grind settings, from powder fine for espresso all the way to coarse for a French press.
[Pour beans into the hopper and turn the dial from fine to coarse]
The conical steel burrs turn slowly, so the beans don't heat up and you keep all the flavor.
It weighs every dose for you, eighteen grams for a double shot, and it leaves almost nothing stuck inside.
Every order of the grinder today comes with a free bag of our house espresso beans, and it ships in two days.

## Segment: Milk frother (3m)
offer: a free frothing pitcher with every frother
Now the NuvoFroth milk frother, for lattes at home without the big machine, just forty-nine dollars.
One press gives you hot foam, two presses give you warm milk, and a long press makes cold foam for iced coffee.
[Pour oat milk into the frother and show the foam through the glass lid]
It works with oat, almond and soy milk too, and the foam stays thick right to the bottom of the cup.
The jug lifts off the base and goes into the dishwasher, so there's no crusty milk ring to scrub.
It makes enough for two cappuccinos at once, and it switches itself off the moment the milk is ready.

## Segment: Pour-over kettle (4m)
Let's slow things down with the SwanNeck Pro, a gooseneck electric kettle for pour-over, at sixty-nine dollars.
You set the exact temperature on the base, and it holds it for a whole hour while you take your time.
[Pour a slow spiral of water over the coffee in the dripper]
The thin gooseneck spout gives you a slow, steady stream, so the water soaks the grounds evenly.
It boils a full liter in about four minutes, and the handle stays cool in your hand.
For green tea set it to one seventy-five, and for coffee and black tea go all the way up to two oh five.
Order the kettle today and we'll throw in a pack of one hundred paper filters for free.

## Segment: Cold-brew jar (3m)
Summer is coming, so here's the ChillBrew cold-brew jar, a big glass jar that holds a full pitcher, for thirty-four dollars.
You add coarse coffee, fill it up with cold water and leave it in the fridge overnight, and that's the whole recipe.
[Lift the mesh filter out of the jar and show the grounds inside]
The fine steel mesh keeps the grounds in, so you pour a clean glass with no paper filter at all.
Make a batch on Sunday and it keeps for two weeks, so your iced coffee is ready every morning.
Every order of the cold-brew jar today comes with a free bag of our house coffee beans, and it ships in two days.

## Segment: Matcha whisk set (4m)
For the tea people, the Uji Chasen matcha set, with a bamboo whisk, a ceramic bowl and a scoop, at forty-four dollars.
The whisk has eighty thin bamboo prongs, and that's what makes your matcha smooth and foamy instead of lumpy.
[Whisk the matcha in a quick zigzag until the top turns pale green and frothy]
Sift a scoop of matcha into the bowl, add a splash of hot water, and whisk in a fast zigzag, not in circles.
The little ceramic holder keeps the whisk in shape while it dries, so it lasts for years.
Pour it over ice with some milk and you've got a matcha latte that beats the one from the café.
It all comes in a wooden gift box, so it makes a lovely present for anyone who loves tea.

## Segment: Travel tumbler (4m)
offer: buy two ThermaGo tumblers and get 25% off both
offer time: 10m
Last one today, the ThermaGo insulated travel tumbler, sixteen ounces that go everywhere with you, for twenty-nine dollars.
It keeps your coffee hot for twelve hours and your cold brew icy for a full day.
[Turn the tumbler upside down and shake it to show the lid doesn't leak]
The lid locks shut, so it can ride in your bag, and it fits every car cup holder I've tried.
That's everything for today, and thank you so much for having your morning coffee with me.
The espresso machine and tumbler deals end in a few minutes, so grab them while you still can.
[Point at the price cards on the screen]
We're back next Saturday at nine with loose-leaf tea blends and easy breakfast baking.
Enjoy your coffee, everybody, and I'll see you next week right here on Morning Cup Live.
"""


SHOW_ES = """# Café en Directo
markets: ES
language: es

## Segment: Cafetera superautomática (5m)
offer: 100 euros de descuento en la Bellacrema Duo
offer time: 15m
Buenos días, cafeteros, y bienvenidos a Café en Directo, el programa que deja vuestra cocina oliendo a cafetería.
[Levanta una taza humeante hacia la cámara desde detrás de la encimera]
Hoy os traigo siete cosas para los que no perdonáis el café ni el té, y algunas tienen ofertas que solo duran mientras estemos en directo.
Contadme en los comentarios cómo tomáis el café, solo, con leche o con hielo, que quiero saber quién se lo está preparando conmigo.
Empezamos con la Bellacrema Duo, una cafetera superautomática que hoy se queda en trescientos noventa y nueve en vez de cuatrocientos noventa y nueve.
[Pulsa el botón de dos tazas y deja que salgan dos espressos a la vez]
Echáis el café en grano arriba, pulsáis un botón, y ella muele, prensa y os saca un espresso recién hecho en menos de un minuto.
La varilla de vapor se gira hacia un lado, así que podéis montar la leche para un flat white en la misma cafetera.
Cuando termináis se enjuaga sola, y la bandeja de goteo se saca y va directa al lavavajillas.

## Segment: Molinillo de muelas (4m)
Seguimos con el molinillo de muelas GrindHaus 40, para los que ya tenéis cafetera y queréis sacarle más partido, por ciento cuarenta y nueve euros.
Tiene cuarenta puntos de molienda, desde polvo finísimo para espresso hasta grueso para la cafetera de émbolo.
[Echa café en la tolva y gira la rueda de fino a grueso]
Las muelas cónicas de acero giran despacio, así que el grano no se calienta y no perdéis nada de sabor.
Os pesa cada dosis, dieciocho gramos para un café doble, y casi no deja restos dentro.
Todos los pedidos del molinillo de hoy llevan de regalo una bolsa de nuestro café de la casa para espresso, y os llegan en dos días.

## Segment: Espumador de leche (3m)
offer: una jarrita de acero de regalo con cada espumador
Ahora el espumador de leche NuvoFroth, para hacer vuestros cafés con leche en casa sin la cafetera grande, por solo cuarenta y nueve euros.
Con una pulsación tenéis espuma caliente, con dos leche calentita, y si lo mantenéis pulsado os hace espuma fría para el café con hielo.
[Echa bebida de avena en el espumador y enseña la espuma a través de la tapa de cristal]
Funciona también con bebida de avena, de almendra y de soja, y la espuma aguanta firme hasta el fondo de la taza.
La jarra se quita de la base y va al lavavajillas, así que nada de frotar el cerco de leche pegada.
Hace espuma para dos capuchinos de una vez, y se apaga sola en cuanto la leche está lista.

## Segment: Hervidor de cuello de cisne (4m)
Vamos a ir con calma con el SwanNeck Pro, un hervidor eléctrico de cuello de cisne para café de filtro, por sesenta y nueve euros.
Elegís la temperatura exacta en la base, y os la mantiene una hora entera mientras os lo tomáis con tranquilidad.
[Vierte el agua en espiral, muy despacio, sobre el café del filtro]
El pico fino de cuello de cisne os da un chorro lento y constante, así que el agua empapa el café por igual.
Hierve un litro entero en unos cuatro minutos, y el asa no se calienta nada.
Para el té verde ponedlo a ochenta grados, y para el café y el té negro subidlo a noventa y seis.
Si pedís hoy el hervidor, os regalamos un paquete de cien filtros de papel.

## Segment: Jarra para cold brew (3m)
Que ya viene el calor, así que aquí tenéis la jarra ChillBrew para cold brew, de cristal y de litro y medio, por treinta y cuatro euros.
Echáis café molido grueso, la llenáis de agua fría y la dejáis en la nevera toda la noche, y esa es toda la receta.
[Saca el filtro de malla de la jarra y enseña el café de dentro]
La malla fina de acero se queda con los posos, así que os sirve un vaso limpio sin filtro de papel.
Hacéis una tanda el domingo y os dura dos semanas, así que tenéis el café con hielo listo cada mañana.
Todos los pedidos de la jarra de hoy llevan de regalo una bolsa de nuestro café de la casa en grano, y os llegan en dos días.

## Segment: Set de matcha (4m)
Para los del té, el set de matcha Uji Chasen, con batidor de bambú, cuenco de cerámica y cucharilla, por cuarenta y cuatro euros.
El batidor tiene ochenta varillas finitas de bambú, y eso es lo que deja el matcha suave y espumoso en vez de con grumos.
[Bate el matcha en zigzag, rápido, hasta que la superficie quede verde clarito y con espuma]
Tamizáis una cucharilla de matcha en el cuenco, añadís un chorrito de agua caliente y batís en zigzag rápido, nada de círculos.
El soporte de cerámica mantiene la forma del batidor mientras se seca, así que os dura años.
Lo echáis sobre hielo con un poco de leche y tenéis un matcha latte mejor que el de la cafetería.
Viene todo en una caja de madera para regalo, así que es un detallazo para cualquiera que sea de té.

## Segment: Vaso térmico de viaje (4m)
offer: llévate dos vasos ThermaGo y tienes un 25 % de descuento en los dos
offer time: 10m
Y el último de hoy, el vaso térmico de viaje ThermaGo, medio litro que se va con vosotros a todas partes, por veintinueve euros.
Os mantiene el café caliente doce horas y el cold brew helado un día entero.
[Pon el vaso bocabajo y agítalo para enseñar que la tapa no gotea]
La tapa se queda cerrada del todo, así que puede ir en el bolso, y entra en todos los portavasos del coche que he probado.
Y esto es todo por hoy, muchísimas gracias por tomaros el café de la mañana conmigo.
Las ofertas de la cafetera y del vaso terminan en unos minutos, así que aprovechadlas ahora que podéis.
[Señala los carteles de precio en la pantalla]
Volvemos el sábado que viene a las nueve con mezclas de té a granel y repostería fácil para el desayuno.
Disfrutad del café, y nos vemos la semana que viene aquí mismo en Café en Directo.
"""


ADLIBS = {
    "en": ("Ha, Jen says black, no sugar, since nineteen ninety-eight, I respect that.",
           "Oh, Carlos is asking what happened to the frother, you're right, I skipped it, let's go back.",
           "Honestly, the secret to good cold brew is the grind, it has to be really coarse, like breadcrumbs, "
           "so if you grabbed the GrindHaus 40 earlier, just turn that dial all the way to the top.",
           "And don't forget the giveaway, every order placed before we sign off enters you to win a year "
           "of coffee beans, and I'll draw the name live right here."),
    "es": ("Jaja, Marta dice que solo y sin azúcar desde el noventa y ocho, eso es tener las cosas claras.",
           "Uy, Carlos me pregunta qué ha pasado con el espumador, tienes razón, me lo he saltado, vamos para atrás.",
           "De verdad, el secreto del cold brew está en la molienda, tiene que ser gordísima, como pan rallado, "
           "así que si os habéis llevado antes el GrindHaus 40, girad la rueda hasta el final del todo.",
           "Y no os olvidéis del sorteo: cada pedido que hagáis antes de que cerremos entra en el sorteo de un "
           "año de café en grano, y saco el nombre aquí mismo en directo."),
}
# A reading per language: the show and espeak-ng's voice (Castilian Spanish for the show from Spain).
LANGUAGES = {"en": (SHOW, "en-us"), "es": (SHOW_ES, "es")}


def build_plan(show, language: str = "en"):
    jen, carlos, aside, giveaway = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0), L(0, 2), L(0, 3),              # 0-2 (skips the cue)
        adlib(jen),                             # 3  short reaction to a viewer's comment
        L(0, 4), L(0, 6),                       # 4-5
        L(0, 8),                                # 6  skips the steam-wand line (0, 7)
        L(1, 0), L(1, 1),                       # 7-8
        L(1, 1),                                # 9  repeats the forty-settings line
        L(1, 3), L(1, 4),                       # 10-11
        L(1, 5),                                # 12 free-beans line, trap with (4, 5)
        L(3, 0),                                # 13 JUMP forward over the whole milk-frother segment
        L(3, 1), L(3, 3), L(3, 4), L(3, 5),     # 14-17
        L(3, 6),                                # 18
        L(3, 5),                                # 19 JUMP back one line (the tea-temperature line)
        adlib(carlos),                          # 20 short reaction to a viewer's comment (the forgotten frother)
        L(2, 0),                                # 21 JUMP back to the skipped milk-frother segment
        L(2, 1), L(2, 3), L(2, 4), L(2, 5),     # 22-25
        L(4, 0),                                # 26 JUMP forward one segment (past the kettle, already read)
        L(4, 1), L(4, 3), L(4, 4),              # 27-29
        L(4, 5),                                # 30 the free-beans trap line
        adlib(aside),                           # 31 long aside naming the EARLIER GrindHaus 40 grinder
        L(5, 0), L(5, 1), L(5, 3), L(5, 4),     # 32-35
        L(5, 5),                                # 36
        L(5, 3),                                # 37 JUMP back two lines (to the zigzag-whisking line) ...
        L(5, 6),                                # 38 JUMP ... and the return, to the line after the one left
        pause(4.0),                             # 39 right after the jump (the last one)
        L(6, 0), L(6, 1),                       # 40-41
        adlib(giveaway),                        # 42 aside about the giveaway
        L(6, 4),                                # 43 skips the leak-proof lid line (6, 3)
        L(6, 5), L(6, 7), L(6, 8),              # 44-46
    ]
    # Every jump comes before the pause, so these indices are the same in the plan and in the
    # reading's heard steps (which leave pauses out).
    jumps = {13: "forward over the whole milk frother segment, to the pour-over kettle",
             19: "back one line to the tea-temperature line",
             21: "back to the skipped milk frother segment",
             26: "forward one segment, past the kettle already read, to the cold-brew jar",
             37: "back two lines to the zigzag-whisking line",
             38: "return after the re-read, to the gift-box line"}
    return plan, jumps
