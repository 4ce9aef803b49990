# Held-out reading 6 (beauty devices and hair tools, en and pt-br), written by a helper briefed apart from the follow
# tuners; measured once on 2026-12-06 (benchmarks/results/follow-blind6-2026-12-06.txt), then folded in for tuning.
# Held-out reading 6 (beauty devices and hair tools live), written by a helper briefed apart from the follow tuners.
"""Held-out reading for the voice-follow benchmark: a 7-segment live selling small beauty
devices and hair tools (hair dryer, straightener, facial steamer, LED mirror, electric
toothbrush, nail kit, wrap-up) in English and Brazilian Portuguese, and one plan that reads
either with a skipped line, a repeated line, ad-libs (two short greetings, one long aside
that names a later product, the nail kit), five jumps (forward over the whole facial steamer
segment, one line back in the LED mirror segment and the return, back to the skipped steamer
segment, forward one segment past the already-read mirror to the toothbrush) and a 5 s pause
right after the last jump.

Both shows have the same shape (products, segments, spoken lines, cues, offers), so one plan
indexes either. Trap for a follower: line (0, 5) and line (4, 4) share most of their words
("Order the ... tonight and we tuck a free velvet travel pouch into your box."); both are read,
the first early on, the second after the 5 s pause.

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Glow Tools Live
markets: US
language: en
currency: USD
target: 6000 USD

## Products
| sku | name | price | stock |
|---|---|---|---|
| DRY-AIRY | AiryPro Hair Dryer | 79.00 USD | 120 |
| STR-SILK | SilkGlide Straightener | 59.00 USD | 150 |
| STM-DEW | DewMist Facial Steamer | 45.00 USD | 90 |
| MIR-EDGE | BrightEdge LED Makeup Mirror | 39.00 USD | 200 |
| TTB-SPARK | SparkleSonic Electric Toothbrush | 49.00 USD | 180 |
| NAIL-PAL | PolishPal Electric Nail Kit | 35.00 USD | 160 |

## Segment: Hair dryer (4m)
product: DRY-AIRY
Hi everyone, and welcome to Glow Tools Live, where tonight we test the little gadgets that make your mornings easier.
[Wave at the camera, then lift the dryer off its stand]
First up is the AiryPro hair dryer, and it weighs less than a can of soda.
It has three heat settings and a cool shot button that locks your style in place.
The magnetic nozzle snaps right on, so you can switch to the diffuser in a second.
Order the hair dryer tonight and we tuck a free velvet travel pouch into your box.

## Segment: Straightener (4m)
product: STR-SILK
offer: twenty percent off the straightener
offer time: 12m
Now the SilkGlide straightener, with ceramic plates that glide through your hair without snagging.
It heats up in under thirty seconds, and the little screen shows you the exact temperature.
[Clamp a strand of the mannequin's hair and slide down slowly to the ends]
The plates float a little, so they press evenly even on thick, curly hair.
If you forget it on, it switches itself off after an hour, which has saved me more than once.
Honestly, smooth and shiny hair in ten minutes, and you are out the door.

## Segment: Facial steamer (3m)
product: STM-DEW
Next is the DewMist facial steamer, a little spa moment you can have right at your kitchen table.
Fill the tank with distilled water, press the button, and the warm mist starts in about a minute.
[Lean into the steam for a few seconds, then dab the face with a towel]
Ten minutes of steam opens your pores, so your serum and your mask soak in much better.
The tank is small enough to rinse in the sink, and it turns off by itself when it runs dry.

## Segment: LED mirror (4m)
product: MIR-EDGE
offer: buy the mirror and get the wall mount free
offer time: 10m
Now my favorite thing on the table, the BrightEdge LED makeup mirror with three light colors.
Switch between warm, daylight and cool white, so you can see how your makeup looks at the office or at dinner.
[Turn the mirror to the camera and tap through the three light colors]
The little round mirror on the side magnifies five times, perfect for brows and eyeliner.
It charges with a USB cable, and one full charge lasts about two weeks of daily use.

## Segment: Electric toothbrush (3m)
product: TTB-SPARK
Let's talk smiles: the SparkleSonic electric toothbrush, with five brushing modes and a two-minute timer.
It buzzes every thirty seconds, so you know when to move to the next part of your mouth.
[Hold the brush up and press the mode button to show the lights]
One charge lasts a whole month, so you can take it on vacation and leave the charger at home.
Order the toothbrush tonight and we tuck a free velvet travel pouch into your box.

## Segment: Nail kit (3m)
product: NAIL-PAL
offer: free shipping on every nail kit order
offer time: 8m
Our last product is the PolishPal electric nail kit, with eleven little heads for filing and buffing.
You can shape, smooth and shine your nails at home, no salon appointment needed.
[File the edge of a fake nail on the display hand]
It has a soft light at the tip, so you can see exactly what you are doing.
Everything fits in a zip case about the size of a pencil box.

## Segment: Wrap-up (2m)
Thank you so much for spending your evening with me and all these little gadgets.
Remember, the mirror deal and the nail kit deal end in just a few minutes.
See you next Thursday at the same time, and go treat yourself a little!
"""


SHOW_PT = """# Glow Tools ao Vivo
markets: BR
language: pt
currency: BRL
target: 30000 BRL

## Products
| sku | name | price | stock |
|---|---|---|---|
| DRY-AIRY | Secador AiryPro | 399.00 BRL | 120 |
| STR-SILK | Prancha SilkGlide | 299.00 BRL | 150 |
| STM-DEW | Vaporizador Facial DewMist | 229.00 BRL | 90 |
| MIR-EDGE | Espelho de Maquiagem LED BrightEdge | 199.00 BRL | 200 |
| TTB-SPARK | Escova Elétrica SparkleSonic | 249.00 BRL | 180 |
| NAIL-PAL | Kit Elétrico de Unhas PolishPal | 179.00 BRL | 160 |

## Segment: Secador de cabelo (4m)
product: DRY-AIRY
Oi, gente, sejam bem-vindas à Glow Tools ao Vivo, onde hoje a gente testa os aparelhinhos que deixam suas manhãs mais fáceis.
[Acene para a câmera e depois tire o secador do suporte]
Começamos com o secador AiryPro, que pesa menos que uma latinha de refrigerante.
Ele tem três temperaturas e um botão de ar frio que fixa o penteado no lugar.
O bico magnético encaixa na hora, então você troca para o difusor em um segundo.
Peça o secador hoje e a gente coloca uma necessaire de veludo de presente na sua caixa.

## Segment: Prancha alisadora (4m)
product: STR-SILK
offer: vinte por cento de desconto na prancha
offer time: 12m
Agora a prancha SilkGlide, com placas de cerâmica que deslizam pelo cabelo sem enroscar.
Ela esquenta em menos de trinta segundos, e a telinha mostra a temperatura exata.
[Prenda uma mecha do cabelo do manequim e deslize devagar até as pontas]
As placas são flutuantes, então apertam por igual até em cabelo grosso e cacheado.
Se você esquecer ligada, ela desliga sozinha depois de uma hora, e isso já me salvou mais de uma vez.
Sinceramente, cabelo liso e brilhante em dez minutos, e você já sai de casa.

## Segment: Vaporizador facial (3m)
product: STM-DEW
Agora vem o vaporizador facial DewMist, um momentinho de spa que você faz na mesa da cozinha.
Encha o reservatório com água destilada, aperte o botão, e o vapor morno sai em mais ou menos um minuto.
[Incline o rosto sobre o vapor por alguns segundos e depois seque com a toalha]
Dez minutos de vapor abrem os poros, então o sérum e a máscara penetram muito melhor.
O reservatório é pequeno para lavar na pia, e ele desliga sozinho quando a água acaba.

## Segment: Espelho de LED (4m)
product: MIR-EDGE
offer: compre o espelho e ganhe o suporte de parede
offer time: 10m
Agora o meu queridinho da mesa, o espelho de maquiagem BrightEdge com luz de LED em três cores.
Você alterna entre luz quente, luz do dia e branca fria, para ver como a maquiagem fica no escritório ou no jantar.
[Vire o espelho para a câmera e passe pelas três cores de luz]
O espelhinho redondo do lado aumenta cinco vezes, perfeito para sobrancelha e delineador.
Ele carrega com cabo USB, e uma carga completa dura umas duas semanas de uso diário.

## Segment: Escova elétrica (3m)
product: TTB-SPARK
Vamos falar de sorriso: a escova elétrica SparkleSonic, com cinco modos de escovação e timer de dois minutos.
Ela vibra a cada trinta segundos, para você saber a hora de passar para outra parte da boca.
[Mostre a escova e aperte o botão de modo para acender as luzinhas]
Uma carga dura um mês inteiro, então dá para levar na viagem e deixar o carregador em casa.
Peça a escova hoje e a gente coloca uma necessaire de veludo de presente na sua caixa.

## Segment: Kit de unhas (3m)
product: NAIL-PAL
offer: frete grátis em todo pedido do kit de unhas
offer time: 8m
Nosso último produto é o kit elétrico de unhas PolishPal, com onze ponteiras para lixar e polir.
Você modela, alisa e dá brilho nas unhas em casa, sem precisar marcar horário no salão.
[Lixe a ponta de uma unha postiça na mão de vitrine]
Ele tem uma luzinha na ponta, então você vê direitinho o que está fazendo.
Tudo cabe numa bolsinha com zíper do tamanho de um estojo escolar.

## Segment: Despedida (2m)
Muito obrigada por passar a noite comigo e com todos esses aparelhinhos.
Lembrem que a promoção do espelho e a do kit de unhas acabam em poucos minutos.
Até quinta que vem, no mesmo horário, e se deem um mimo, viu?
"""


ADLIBS = {
    "en": ("Hi Mariana, hi Jess, welcome in!",
           "Oh, hey Priya, so good to see you here again.",
           "Someone in the chat asks if the steamer is okay for sensitive skin, and yes, just keep "
           "your face a hand away, and if you came for the nail kit, hang on, it is coming soon."),
    "pt": ("Oi, Mariana, oi, Jéssica, sejam bem-vindas!",
           "Ai, oi, Priscila, que bom te ver aqui de novo.",
           "Perguntaram no chat se o vaporizador serve para pele sensível, e serve sim, é só deixar "
           "o rosto a um palmo do vapor, e se você veio pelo kit de unhas, espera um pouquinho que "
           "ele já está chegando."),
}
# A reading per language: the show and espeak-ng's voice (Brazilian Portuguese for the Brazilian show).
LANGUAGES = {"en": (SHOW, "en-us"), "pt": (SHOW_PT, "pt-br")}


def build_plan(show, language: str = "en"):
    hello, welcome_back, aside = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0),                                # 0  welcome
        adlib(hello),                           # 1  short greeting
        L(0, 2), L(0, 3), L(0, 4),              # 2-4 (skips the cue)
        L(0, 5),                                # 5  the travel-pouch trap line (pair: (4, 4))
        L(1, 0), L(1, 1),                       # 6-7 (skips the cue)
        L(1, 3),                                # 8
        L(1, 3),                                # 9  repeats the floating-plates line
        L(1, 5),                                # 10 skips "If you forget it on, it switches itself off..."
        adlib(welcome_back),                    # 11 short greeting
        L(3, 0),                                # 12 JUMP forward over the whole facial steamer segment
        L(3, 1), L(3, 3),                       # 13-14
        L(3, 1),                                # 15 JUMP one line back (to the light-colors line) ...
        L(3, 4),                                # 16 JUMP ... and the return to the next unread line
        L(2, 0),                                # 17 JUMP back to the skipped facial steamer segment
        L(2, 1),                                # 18
        adlib(aside),                           # 19 long ad-lib (~37 words) naming the later nail kit
        L(2, 3), L(2, 4),                       # 20-21
        L(4, 0),                                # 22 JUMP forward one segment (past the already-read LED mirror)
        pause(5.0),                             # 23 right after the last jump
        L(4, 1), L(4, 3),                       # 24-25
        L(4, 4),                                # 26 the travel-pouch trap line (pair: (0, 5))
        L(5, 0), L(5, 1), L(5, 3), L(5, 4),     # 27-30
        L(6, 0), L(6, 1), L(6, 2),              # 31-33
    ]
    # Keys are plan indices; the only pause comes after the last jump, so they are also indices
    # into Reading.heard (what score() takes as jump_steps).
    jumps = {12: "forward over the whole facial steamer segment, to the LED mirror",
             15: "back one line to the light-colors line",
             16: "return to the next unread line (the USB charge line)",
             17: "back to the skipped facial steamer segment",
             22: "forward one segment, past the already-read LED mirror, to the toothbrush"}
    return plan, jumps
