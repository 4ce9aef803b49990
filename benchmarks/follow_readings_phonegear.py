# Held-out reading 11 (phone-gear live), written by a helper briefed apart from the follow tuners; measured once
# 2026-12-07 (benchmarks/results/follow-blind11-2026-12-07.txt), then folded in: a DEV reading from then on.
"""Held-out reading for the voice-follow benchmark: a 7-segment phone-gear live (power bank,
wireless earbuds, phone case with a stand, fast charger and cables, selfie stick with a tripod,
smartwatch band set, screen protector) in English and Brazilian Portuguese. There is no separate
welcome or wrap-up segment: the host opens inside the power-bank segment and signs off inside the
screen-protector segment.

One plan reads either show, with a repeated line (the VoltVault price line, said twice), two
skipped lines (the USB ports line of the power bank and the "clicks on and off" line of the band
set), four ad-libs (two short reactions to viewers' comments, one long aside of ~36 words during
the charger segment that names the later ClearArmor screen protector, one aside about the
giveaway that names the earlier Hushbeat Air earbuds), five jumps (forward over the whole earbuds
segment, back one line in the case segment, back to the skipped earbuds segment, forward one
segment past the case segment already read, back two lines in the charger segment and the return)
and a 4 s pause right after the forward-one-segment jump.

The jumps come in a different order from the brief's list: "forward one segment" (to the charger)
comes before "back two lines and the return" (inside the charger segment). The return is a jump of
its own (the host skips forward over the lines she already read), so `jumps` has six entries for
the five jumps of the brief.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes
either. Traps for a follower:
- line (0, 6) and line (3, 4) share most of their words ("... goes from empty to full / half in
  about three hours / twenty minutes with the cable in the box"); both are read, and (3, 4) is the
  line the host leaves when she jumps back two lines.
- made-up product names that speech recognition may split or mishear: VoltVault ("volt vault",
  "bolt vault"), Hushbeat, KickFold, TurboCube, TriPix ("tri pics"), LoopLux, ClearArmor, and in
  the Portuguese reading these English brand names are spoken with Portuguese phonetics.
- the long aside names a later product (ClearArmor) and talks about charging and cracked screens.

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Pocket Tech Live
markets: US
language: en

## Segment: Power bank (5m)
offer: 25% off the VoltVault 20K power bank
offer time: 12m
Hey everyone, welcome to Pocket Tech Live, the show for the little gadgets that keep your phone alive all day.
[Wave at the camera with the power bank in hand]
Tonight we go through seven of them, and we start with the one I never leave home without.
This is the VoltVault 20K power bank, twenty thousand milliamp hours for just 35 dollars.
That's enough to charge most phones four times, so a whole weekend away without hunting for an outlet.
It has two USB-C ports and one USB-A, so you and a friend can charge at the same time.
And the power bank itself goes from empty to full in about three hours with the cable in the box.

## Segment: Wireless earbuds (4m)
offer: a free silicone cover for the case with every pair
Next up, the Hushbeat Air wireless earbuds, with noise cancelling, for 49 dollars.
Press and hold the left bud, and the traffic outside just fades away.
[Put one earbud in and tap it for the camera]
You get eight hours of music per charge, and the case holds another thirty hours on top of that.
They're sweat proof and rain proof, so they're fine at the gym or out on a run.
Take one out and the music pauses, put it back and it picks up right where you left off.

## Segment: Phone case with a stand (3m)
Now the KickFold case, a slim phone case with a stand built into the back, for 25 dollars.
Flip the stand out and your phone sits up on the table, sideways for movies or upright for video calls.
[Flip the stand open and set the phone on the desk]
The corners are padded, so it survives a drop from six feet onto a tile floor.
It comes in black, sage green and a clear one that shows off the color of your phone.

## Segment: Fast charger and cables (4m)
offer: buy the charger and get a third cable free
offer time: 10m
Let's talk charging, with the TurboCube sixty-five watt charger and two braided cables for 29 dollars.
[Plug a laptop and a phone into the same charger]
It has three ports, so your laptop, your phone and your earbuds all charge from one plug.
The cables are six feet long and tested for ten thousand bends, so they won't fray behind the nightstand.
And your phone itself goes from empty to half in about twenty minutes with the cable in the box.
The prongs fold flat, so it drops into a travel bag without scratching anything.

## Segment: Selfie stick with a tripod (3m)
Next, the TriPix selfie stick, which turns into a tripod, for 22 dollars.
It stretches out to almost three feet, and the legs pop open at the bottom so it stands on its own.
[Stretch the stick out and stand it on the desk with the phone on top]
The little Bluetooth remote clips into the handle, so you can take the photo from across the room.
Folded up it's the size of a water bottle, and it weighs less than a can of soda.

## Segment: Smartwatch band set (3m)
offer: free shipping on two sets or more
Now for your wrist, the LoopLux band set, five smartwatch bands for 19 dollars.
[Swap the band on the watch with one click]
You get a sport band, a braided one, a leather one, a metal link band and a soft loop for sleeping.
Each one clicks on and off in a couple of seconds, no tools needed.
They fit the most popular watches, just pick your size when you check out.

## Segment: Screen protector (4m)
offer: two packs for the price of one
offer time: 8m
Last one tonight, the ClearArmor glass screen protector, a two-pack for 15 dollars.
The frame in the box lines it up for you, so no crooked edges and no bubbles.
[Lay the frame over the phone and press the glass down]
It's nine H tempered glass, so the keys in your pocket won't leave a single scratch.
That's everything for tonight, and the power bank and charger deals end in a few minutes.
We're back next Tuesday at eight with car mounts and game controllers, see you then on Pocket Tech Live.
"""


SHOW_PT = """# Celular Turbinado ao Vivo
markets: BR
language: pt-BR

## Segment: Carregador portátil (5m)
offer: 25% de desconto no carregador portátil VoltVault 20K
offer time: 12m
Oi, gente, boa noite e bem-vindos ao Celular Turbinado ao Vivo, o programa dos acessórios que deixam o celular de vocês ligado o dia inteiro.
[Acena para a câmera com o carregador portátil na mão]
Hoje eu trouxe sete coisinhas, e a gente começa com aquela que eu nunca deixo em casa.
Esse aqui é o carregador portátil VoltVault 20K, vinte mil miliamperes por só 179 reais.
Dá pra carregar a maioria dos celulares umas quatro vezes, um fim de semana inteiro sem caçar tomada.
Ele tem duas entradas USB-C e uma USB-A, então você e um amigo carregam ao mesmo tempo.
E o próprio carregador vai de zero a cem em mais ou menos três horas com o cabo que vem na caixa.

## Segment: Fone sem fio (4m)
offer: uma capinha de silicone para o estojo de brinde em cada fone
Agora o fone sem fio Hushbeat Air, com cancelamento de ruído, por 249 reais.
Segura o fone esquerdo um pouquinho e o barulho da rua simplesmente some.
[Coloca um fone no ouvido e toca nele para a câmera]
São oito horas de música com uma carga, e o estojo ainda guarda mais trinta horas.
Ele aguenta suor e chuva, então pode usar na academia ou na corrida sem medo.
Tirou do ouvido, a música pausa; colocou de volta, ela continua de onde parou.

## Segment: Capinha com suporte (3m)
Agora a capinha KickFold, fininha, com um suporte embutido na parte de trás, por 89 reais.
Abre o suporte e o celular fica em pé na mesa, deitado pra ver filme ou de pé pra chamada de vídeo.
[Abre o suporte e apoia o celular na mesa]
Os cantos têm amortecimento, então ela aguenta uma queda de quase dois metros no piso.
Tem na cor preta, verde-sálvia e uma transparente que mostra a cor do seu celular.

## Segment: Carregador rápido e cabos (4m)
offer: comprando o carregador, o terceiro cabo sai de graça
offer time: 10m
Vamos falar de carga, com o carregador TurboCube de sessenta e cinco watts e dois cabos trançados por 149 reais.
[Liga um notebook e um celular no mesmo carregador]
Ele tem três saídas, então o notebook, o celular e o fone carregam todos numa tomada só.
Os cabos têm dois metros e foram testados em dez mil dobras, então não desfiam atrás da cabeceira.
E o seu celular vai de zero a cinquenta em mais ou menos vinte minutos com o cabo que vem na caixa.
Os pinos dobram, então ele vai na mala de viagem sem arranhar nada.

## Segment: Bastão de selfie com tripé (3m)
Agora o bastão de selfie TriPix, que vira um tripé, por 99 reais.
Ele estica até quase um metro, e as perninhas abrem embaixo pra ele ficar em pé sozinho.
[Estica o bastão e deixa ele em pé na mesa com o celular em cima]
O controlinho Bluetooth encaixa no cabo, aí você tira a foto lá do outro lado da sala.
Fechado, ele fica do tamanho de uma garrafinha de água e pesa menos que uma latinha de refrigerante.

## Segment: Kit de pulseiras para smartwatch (3m)
offer: frete grátis levando dois kits ou mais
Agora pro pulso, o kit de pulseiras LoopLux, cinco pulseiras pra smartwatch por 79 reais.
[Troca a pulseira do relógio com um clique]
Vem uma pulseira esportiva, uma trançada, uma de couro, uma de metal e uma bem macia pra dormir.
Cada uma encaixa e solta em dois segundos, sem precisar de ferramenta nenhuma.
Servem nos relógios mais populares, é só escolher o tamanho na hora de finalizar a compra.

## Segment: Película (4m)
offer: leve duas películas pelo preço de uma
offer time: 8m
Pra fechar, a película de vidro ClearArmor, o kit com duas por 59 reais.
A moldura que vem na caixa alinha pra você, então nada de borda torta e nada de bolha.
[Encaixa a moldura no celular e pressiona o vidro]
É vidro temperado nove H, então a chave no bolso não deixa nem um risquinho.
Por hoje é isso, e as ofertas do carregador portátil e do carregador rápido acabam em poucos minutos.
A gente volta terça que vem às oito com suporte veicular e controle de videogame, até lá no Celular Turbinado ao Vivo.
"""


ADLIBS = {
    "en": ("Oh hi Priya, she says her phone dies by lunchtime every single day, you need this one.",
           "Ha, Marcus says he dropped his phone in a pool last summer, ouch.",
           "Honestly, I charge my phone on the nightstand every night with this, and I knocked it off last week "
           "and cracked the screen, which is exactly why the ClearArmor screen protector is coming up later tonight.",
           "Quick giveaway reminder, everybody who orders before the end of the show goes into the draw "
           "for a brand new pair of Hushbeat Air earbuds, and I pick the winner live."),
    "pt": ("Oi, Priscila! Ela disse que o celular dela morre na hora do almoço todo santo dia, você precisa desse aqui.",
           "Nossa, o Marcão falou que deixou o celular cair na piscina no verão, que dó.",
           "Sério, eu carrego meu celular no criado-mudo toda noite com esse aqui, e semana passada eu derrubei ele "
           "e trinquei a tela, e é justamente por isso que a película ClearArmor vem mais tarde hoje.",
           "Lembrando do sorteio: todo mundo que comprar até o fim da live entra no sorteio de um fone "
           "Hushbeat Air novinho, e eu sorteio o ganhador aqui ao vivo."),
}
# A reading per language: the show and espeak-ng's voice (Brazilian Portuguese for the show from Brazil).
LANGUAGES = {"en": (SHOW, "en-us"), "pt": (SHOW_PT, "pt-br")}


def build_plan(show, language: str = "en"):
    priya, marcus, aside, giveaway = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0),                                # 0
        adlib(priya),                           # 1  short reaction to a viewer's comment
        L(0, 2), L(0, 3),                       # 2-3 (skips the cue)
        L(0, 3),                                # 4  repeats the VoltVault price line
        L(0, 4),                                # 5
        L(0, 6),                                # 6  skips the USB ports line (0, 5); trap with (3, 4)
        L(2, 0),                                # 7  JUMP forward over the whole earbuds segment
        L(2, 1), L(2, 3), L(2, 4),              # 8-10
        L(2, 3),                                # 11 JUMP back one line (the drop line)
        adlib(marcus),                          # 12 short reaction to a viewer's comment
        L(1, 0),                                # 13 JUMP back to the skipped earbuds segment
        L(1, 1), L(1, 3), L(1, 4), L(1, 5),     # 14-17
        L(3, 0),                                # 18 JUMP forward one segment (past the case, already read)
        pause(4.0),                             # 19 right after the jump
        L(3, 2), L(3, 3),                       # 20-21
        L(3, 4),                                # 22 the empty-to-half trap line
        L(3, 2),                                # 23 JUMP back two lines (to the three-ports line) ...
        adlib(aside),                           # 24 long aside naming the later ClearArmor screen protector
        L(3, 5),                                # 25 JUMP ... and the return, to the line after the one left
        L(4, 0), L(4, 1), L(4, 3), L(4, 4),     # 26-29
        adlib(giveaway),                        # 30 aside about the giveaway (names the earlier earbuds)
        L(5, 0), L(5, 2),                       # 31-32
        L(5, 4),                                # 33 skips "Each one clicks on and off..." (5, 3)
        L(6, 0), L(6, 1), L(6, 3), L(6, 4), L(6, 5),  # 34-38
    ]
    jumps = {7: "forward over the whole wireless earbuds segment",
             11: "back one line to the drop line of the phone case",
             13: "back to the skipped wireless earbuds segment",
             18: "forward one segment, past the phone case already read, to the fast charger and cables",
             23: "back two lines to the three-ports line (before the aside)",
             25: "return after the aside, to the prongs line"}
    return plan, jumps
