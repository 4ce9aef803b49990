# Held-out reading 7 (jewellery and watches live, en and es-419), written by a helper briefed apart from the follow
# tuners; measured once on 2026-12-07 (benchmarks/results/follow-blind7-2026-12-06.txt), then folded in for tuning.
# Held-out reading 7 (jewellery and watches live), written by a helper briefed apart from the follow tuners.
"""Held-out reading for the voice-follow benchmark: a 7-segment jewellery and watches live in
English and Latin-American Spanish, and one plan that reads either with a skipped line, a
repeated line, ad-libs (two short reactions to viewers, one long aside of ~37 words that names a
later product, the ring engraving), five jumps (forward over the whole men's watch segment, one
line back and the return, back to the skipped watch segment, forward one segment to the rings)
and a 5 s pause right after the last jump.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes
either. Line indices count cues too (a cue is a line that is shown, never spoken); the plan
never reads a cue. Trap for a follower: line (1, 4) and line (5, 4) share most of their words
("Order ... tonight and we send it in a velvet gift box with a handwritten card.").

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Golden Hour Live
markets: US
language: en

## Segment: Welcome (2m)
Good evening everyone, and welcome to Golden Hour Live, where we try on jewellery and watches together every Thursday.
[Show the whole velvet tray to the camera]
Tonight we have five pieces on the table, from pearls for her to a watch for him and one for the kids.
Stay until the end, because two of them come with a deal you will not see again this month.
Everything you see tonight is real sterling silver or freshwater pearl, no cheap plating tricks.

## Segment: Pearl earrings (4m)
offer: twenty percent off the pearl earrings
offer time: 12m
Let's start with these freshwater pearl stud earrings, each pearl about eight millimetres across.
[Hold one earring up to the ring light]
See that soft pink glow? That is the natural lustre of the pearl, nobody paints it on.
The posts are sterling silver with butterfly backs, so they stay put all day long.
Order the pearl earrings tonight and we send them in a velvet gift box with a handwritten card.
They look just as lovely with jeans as with a wedding dress.

## Segment: Silver chain necklace (3m)
Next up is the Riviera silver chain, a twenty inch box chain that lies flat on the collarbone.
It is nickel free, so even sensitive skin can wear it all day.
[Lay the chain across the black velvet tray]
The lobster clasp is big enough to open with one hand, which I really love.
Wear it on its own, or slide a pendant onto it for a completely different look.

## Segment: Men's automatic watch (4m)
offer: free shipping and a spare leather strap with the watch
offer time: 10m
Now for the gentlemen, the Meridian automatic watch, with a forty-one millimetre steel case.
[Turn the watch over to show the open case back]
Flip it over and you can see the movement working through the glass back.
There is no battery at all, it winds itself from the motion of your wrist.
It is water resistant to one hundred metres, so you can go swimming with it on.
The power reserve is about forty hours, so it keeps running through a lazy weekend.

## Segment: Kids' smartwatch (3m)
For the little ones we have the Sprout kids' smartwatch, in mint green or sunny yellow.
Parents can see on the app where their child is, and call the watch with a single tap.
[Press the SOS button on the side]
Hold this button for three seconds and it calls mum or dad straight away.
The battery lasts two full school days, and the strap is soft silicone.

## Segment: Ring sizing and engraving (3m)
Finally, let's talk about rings, because the question I get most is about sizing.
[Hold up the plastic ring sizer]
Every ring order comes with a free plastic sizer, so you can measure at home first.
We engrave up to twenty letters inside the band at no extra cost.
Order a ring tonight and we send it in a velvet gift box with a handwritten card.

## Segment: Wrap-up (2m)
That is everything for tonight, thank you so much for shopping with me.
Remember, the pearl and watch deals end in just a few minutes.
See you next Thursday, and wear something that sparkles!
"""


SHOW_ES = """# Hora Dorada en Vivo
markets: MX
language: es

## Segment: Bienvenida (2m)
Buenas noches a todos, bienvenidos a Hora Dorada en Vivo, donde cada jueves nos probamos joyas y relojes juntos.
[Muestra la bandeja de terciopelo completa a la cámara]
Hoy tenemos cinco piezas en la mesa, desde perlas para ella hasta un reloj para él y otro para los niños.
Quédense hasta el final, porque dos de ellas traen una promoción que no van a volver a ver este mes.
Todo lo que ven hoy es plata esterlina de verdad o perla de agua dulce, nada de baños baratos.

## Segment: Aretes de perla (4m)
offer: veinte por ciento de descuento en los aretes de perla
offer time: 12m
Empezamos con estos aretes de perla de agua dulce, cada perla mide unos ocho milímetros.
[Sostén un arete frente al aro de luz]
¿Ven ese brillo rosita? Es el lustre natural de la perla, nadie se lo pinta.
Los postes son de plata esterlina con broche de mariposa, así que no se caen en todo el día.
Pidan los aretes de perla hoy y se los mandamos en un estuche de terciopelo con una tarjeta escrita a mano.
Se ven igual de bonitos con unos jeans que con un vestido de novia.

## Segment: Cadena de plata (3m)
Sigue la cadena de plata Riviera, una cadena tipo caja de cincuenta centímetros que queda plana sobre la clavícula.
No tiene níquel, así que aunque tengan la piel sensible la pueden usar todo el día.
[Extiende la cadena sobre la charola de terciopelo negro]
El broche de langosta es grande y se abre con una sola mano, eso me encanta.
Úsenla sola o pónganle un dije para un look completamente distinto.

## Segment: Reloj automático para caballero (4m)
offer: envío gratis y una correa de piel de regalo con el reloj
offer time: 10m
Ahora para los caballeros, el reloj automático Meridian, con caja de acero de cuarenta y un milímetros.
[Voltea el reloj para mostrar el fondo transparente]
Voltéenlo y pueden ver el mecanismo trabajando a través del fondo de cristal.
No lleva pila para nada, se da cuerda solito con el movimiento de la muñeca.
Es resistente al agua hasta cien metros, así que pueden nadar con él puesto.
Tiene unas cuarenta horas de reserva de marcha, así que sigue andando todo un fin de semana tranquilo.

## Segment: Reloj inteligente para niños (3m)
Para los más pequeños tenemos el reloj inteligente Sprout, en verde menta o amarillo sol.
Los papás ven en la aplicación dónde está su hijo, y pueden llamar al reloj con un solo toque.
[Presiona el botón SOS del costado]
Si mantienen este botón tres segundos, llama directo a mamá o a papá.
La batería dura dos días completos de escuela, y la correa es de silicón suavecito.

## Segment: Anillos, talla y grabado (3m)
Por último hablemos de anillos, porque la pregunta que más me hacen es sobre la talla.
[Muestra el medidor de anillos de plástico]
Cada pedido de anillo trae un medidor de plástico gratis, para que se midan en casa primero.
Grabamos hasta veinte letras por dentro del aro sin costo extra.
Pidan un anillo hoy y se lo mandamos en un estuche de terciopelo con una tarjeta escrita a mano.

## Segment: Despedida (2m)
Eso es todo por hoy, muchísimas gracias por comprar conmigo.
Acuérdense de que las promociones de las perlas y del reloj se acaban en unos minutos.
Nos vemos el próximo jueves, ¡y pónganse algo que brille!
"""


ADLIBS = {
    "en": ("Oh hi Priya, hi Marco, welcome in, pull up a chair!",
           "Wow, Daniela just bought two chains, thank you so much!",
           "Somebody in the chat asks if the Meridian feels heavy, and honestly no, it sits light on "
           "the wrist, and if you want a name inside a ring, stay with me, free engraving comes "
           "right after this."),
    "es": ("¡Ay, hola Priya, hola Marco, bienvenidos, pásenle!",
           "¡Órale, Daniela ya se llevó dos cadenas, muchísimas gracias!",
           "Me preguntan en el chat si el Meridian pesa mucho, y la verdad no, se siente ligerito en "
           "la muñeca, y si quieren un nombre por dentro de un anillo, no se vayan, el grabado "
           "gratis viene justo después."),
}
# A reading per language: the show and espeak-ng's voice (Latin American Spanish for the Mexican show).
LANGUAGES = {"en": (SHOW, "en-us"), "es": (SHOW_ES, "es-419")}


def build_plan(show, language: str = "en"):
    hello, thanks, aside = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0),                                # 0
        adlib(hello),                           # 1  short reaction to viewers (greeting)
        L(0, 2), L(0, 3), L(0, 4),              # 2-4 (skips the cue)
        L(1, 0),                                # 5
        L(1, 2),                                # 6
        L(1, 2),                                # 7  repeats the "soft pink glow" line
        L(1, 3),                                # 8
        L(1, 4),                                # 9  the velvet-gift-box trap line (pairs with (5, 4))
        L(1, 5),                                # 10
        L(2, 0), L(2, 1),                       # 11-12
        L(2, 4),                                # 13 skips "The lobster clasp is big enough..." (2, 3)
        adlib(thanks),                          # 14 short reaction to viewers (a purchase)
        L(4, 0),                                # 15 JUMP forward over the whole men's watch segment
        L(4, 1), L(4, 3),                       # 16-17
        L(4, 1),                                # 18 JUMP one line back: the app line again
        L(4, 4),                                # 19 JUMP the return, on to the battery line
        L(3, 0),                                # 20 JUMP back to the skipped men's watch segment
        L(3, 2), L(3, 3),                       # 21-22
        adlib(aside),                           # 23 long ad-lib (~37 words) naming the later ring engraving
        L(3, 4), L(3, 5),                       # 24-25
        L(5, 0),                                # 26 JUMP forward one segment (past the read kids' smartwatch)
        pause(5.0),                             # 27 right after the last jump
        L(5, 2), L(5, 3),                       # 28-29
        L(5, 4),                                # 30 the velvet-gift-box trap line (pairs with (1, 4))
        L(6, 0), L(6, 1), L(6, 2),              # 31-33
    ]
    # Keys are plan indices; every jump comes before the only pause, so they are also indices
    # into Reading.heard (which has no entry for pauses).
    jumps = {15: "forward over the whole men's watch segment",
             18: "back one line to the app line of the kids' smartwatch",
             19: "return after the repeated line, on to the battery line",
             20: "back to the skipped men's watch segment",
             26: "forward one segment, past the kids' smartwatch, to ring sizing and engraving"}
    return plan, jumps
