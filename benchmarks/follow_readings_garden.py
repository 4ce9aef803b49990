# Held-out reading 13 (garden and balcony live), written by a helper briefed apart from the follow tuners.
"""Held-out reading for the voice-follow benchmark: a 7-segment garden and balcony live in English
and Brazilian Portuguese (a host from São Paulo), and one plan that reads either with two skipped
lines (in the raised planter box and the compost bin segments), a repeated line (the planter's
size line), four ad-libs (two short reactions to viewers' comments, one long aside of ~35 words
that names the later ReelEase hose reel, one aside about the giveaway), five jumps (forward over
the whole solar path lights segment, back one line in the pruning shears, back to the skipped
solar path lights segment, back two lines and the return, forward one segment past the pruning
shears to the compost bin) and a 4 s pause right after the last jump.

The return from "back two lines" is a jump of its own (the host skips forward over the lines she
already read), so `jumps` has six entries for the five jumps of the brief.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes
either. Traps for a follower:
- line (1, 5) and line (5, 5) share most of their words ("Order the planter box / compost bin
  tonight and it ships free..."); (1, 5) is read right after a skipped line, and (5, 5) is read
  right after another skipped line, so neither is the line the follower expects next.
- "Lumineaux" (the solar path lights, a made-up French-looking name) is easy to mishear, and the
  jump back to the skipped lights segment lands on the line that names it; "ReelEase" (the hose
  reel) tends to be split ("reel ease", "really's"), and the long aside names it while the host is
  still in the lights segment, long before the hose reel segment.
- the long aside talks about hanging lights on the balcony railing, the subject of (3, 5), the
  line the host returns to right after it.
- the show's name is said in the first and in the last line.

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Balcony Garden Live
markets: US
language: en

## Segment: Tomato and herb seed kit (4m)
offer: a free seed-starting tray with every kit
Hi everyone, and welcome to Balcony Garden Live, where we grow real food in really small spaces.
[Hold up a pot of basil next to the camera]
I've got seven things for your garden and your balcony tonight, from tiny seeds to a hose that winds itself up.
First, the Sprout and Sprig seed kit, four kinds of tomato and five herbs, all for twenty-four dollars.
Every packet is organic, and the cherry tomatoes are bred to be happy in a pot on a sunny balcony.
You get twelve peat pots, a bag of starter soil and little plant markers, so you can sow the whole thing tonight.
Tell me in the comments what you're growing this year, I read every single one.

## Segment: Raised planter box (4m)
offer: 15% off the CedarLift planter box
offer time: 15m
Next up, the CedarLift raised planter box, solid cedar, waist high, for a hundred and nineteen dollars.
Because it stands up on legs, you can garden without kneeling down or bending your back at all.
[Lift one end of the planter to show how light it is]
The bed is four feet long and ten inches deep, plenty of room for tomatoes, peppers and lettuce.
There's a drain hole with a little plug, so the water doesn't drip onto your downstairs neighbor.
Order the planter box tonight and it ships free, right to your door in three to five days.

## Segment: Drip irrigation kit (4m)
Okay, watering. This is the DripTide drip irrigation kit, and it waters up to twenty pots for forty-five dollars.
You hook it up to any outdoor tap, and the little drippers put the water right at the roots.
[Snap a dripper onto the tubing and open the tap]
The timer runs on two double A batteries, and you can set it to water once or twice a day.
Going away for two weeks? Your plants won't even notice you're gone.
You cut the tubing to length with regular scissors, no tools, no plumber, it's set up in about twenty minutes.

## Segment: Solar path lights (3m)
offer: buy two packs, get the third one free
When the sun goes down, the Lumineaux solar path lights take over, a pack of eight for thirty-nine dollars.
Just push the stakes into the soil, there are no wires, and they switch on by themselves at dusk.
[Turn off the studio lights so the path lights glow]
A full day of sun gives you about ten hours of warm white light.
They're fully waterproof, so rain, sprinklers and even snow won't bother them.
Line them up along a path, or hang a couple from your balcony railing with the clips in the box.

## Segment: Pruning shears (3m)
Let's cut something, with the SharpLeaf bypass pruning shears, just nineteen ninety-nine.
[Snip a thick rosemary stem in one clean cut]
The blades are hardened steel, and they go through branches up to three quarters of an inch thick.
A spring opens them back up after every cut, so your hand doesn't get tired.
There's a lock at the bottom you close with your thumb, so they're safe in a drawer with kids around.
They work just as well on your roses as they do on basil and tomato suckers.

## Segment: Compost bin (4m)
offer: a free bag of compost starter with every bin
offer time: 10m
Now my personal favorite, the KompoQuick tumbling compost bin, thirty-seven gallons for seventy-nine dollars.
You toss in kitchen scraps and dry leaves, then give the handle five turns every couple of days.
[Spin the drum so viewers can hear it turn]
The drum is sealed, so there's no smell on the balcony and no visitors from the neighborhood.
In about six weeks you've got dark, rich compost for the planter box and all of your pots.
Order the compost bin tonight and it ships free, right to your door in three to five days.

## Segment: Retractable hose reel (4m)
Last one tonight, the ReelEase retractable hose reel, fifty feet of hose for eighty-nine dollars.
Give the hose a little tug and it winds itself back in, nice and slow, so it never whips around.
[Pull the hose out across the set and let it wind back in]
It mounts on the wall and swivels, so you can water both ends of the yard from one spot.
That's the whole show, thank you for growing with me, and the planter and compost deals end very soon.
See you next Tuesday at seven on Balcony Garden Live, and happy planting, everybody.
"""


SHOW_PT = """# Horta na Varanda Ao Vivo
markets: BR
language: pt

## Segment: Kit de sementes de tomate e ervas (4m)
offer: uma bandeja de semeadura de brinde com cada kit
Oi, gente, boa noite, sejam muito bem-vindos ao Horta na Varanda Ao Vivo, o programa de quem planta comida de verdade em pouco espaço.
[Mostra um vaso de manjericão ao lado da câmera]
Hoje eu separei sete coisinhas pro seu jardim e pra sua varanda, da sementinha até uma mangueira que se enrola sozinha.
Pra começar, o kit de sementes Sprout and Sprig, com quatro tipos de tomate e cinco ervas, por quarenta e nove e noventa.
É tudo orgânico, e o tomate-cereja foi escolhido a dedo pra crescer feliz num vaso de varanda, sem precisar de quintal.
Vêm doze vasinhos de turfa, um saquinho de substrato e as plaquinhas pra marcar, então dá pra semear tudo hoje mesmo.
Conta aqui nos comentários o que vocês estão plantando esse ano, que eu leio todos, tá?

## Segment: Canteiro elevado (4m)
offer: 15 % de desconto no canteiro CedarLift
offer time: 15m
Agora o canteiro elevado CedarLift, de cedro maciço, na altura da cintura, por quinhentos e noventa e nove reais.
Como ele fica em cima das perninhas, você cuida da horta sem ajoelhar e sem judiar da coluna.
[Levanta uma ponta do canteiro para mostrar como é leve]
São um metro e vinte de comprimento e vinte e cinco centímetros de fundo, cabe tomate, pimentão e alface tranquilo.
Tem um furinho de drenagem com tampinha, então a água não pinga na varanda do vizinho de baixo.
Comprando o canteiro hoje, o frete é grátis e chega na sua casa em três a cinco dias úteis.

## Segment: Kit de irrigação por gotejamento (4m)
Bom, vamos falar de rega: esse aqui é o kit de irrigação DripTide, que rega até vinte vasos, por cento e oitenta e nove reais.
Você liga numa torneira qualquer, e os gotejadores soltam a água direto na raiz da planta.
[Encaixa um gotejador na mangueirinha e abre a torneira]
O timer funciona com duas pilhas pequenas, e dá pra programar uma ou duas regas por dia.
Vai viajar duas semanas? Suas plantas nem vão perceber que você sumiu.
Você corta a mangueirinha no tamanho com tesoura comum, sem ferramenta e sem encanador, em uns vinte minutinhos tá tudo montado.

## Segment: Luminárias solares (3m)
offer: levando dois kits, o terceiro sai de graça
Quando o sol vai embora, quem entra em cena são as luminárias solares Lumineaux, oito unidades por cento e cinquenta e nove reais.
É só espetar na terra, não tem fio nenhum, e elas acendem sozinhas quando escurece.
[Apaga as luzes do estúdio para as luminárias brilharem]
Com um dia inteiro de sol, você tem umas dez horas de luz branca quentinha.
Elas são à prova d'água, então chuva, esguicho de mangueira, nada disso incomoda.
Dá pra enfileirar no caminho do jardim ou pendurar duas no guarda-corpo da varanda com os ganchinhos que vêm na caixa.

## Segment: Tesoura de poda (3m)
Bora cortar alguma coisa: a tesoura de poda SharpLeaf, por apenas setenta e nove e noventa.
[Corta um galho grosso de alecrim com um corte só]
As lâminas são de aço temperado e cortam galho de até dois centímetros de espessura.
Ela tem uma molinha que abre a tesoura depois de cada corte, então a sua mão não cansa.
Embaixo tem uma travinha que fecha com o dedão, pode guardar na gaveta mesmo com criança em casa.
Serve tanto pra roseira quanto pro manjericão e pros brotos ladrões do tomate.

## Segment: Composteira (4m)
offer: um saco de ativador de compostagem de brinde com cada composteira
offer time: 10m
Agora a minha queridinha, a composteira giratória KompoQuick, de cento e quarenta litros, por trezentos e quarenta e nove reais.
Você joga casca de legume e folha seca, e a cada dois ou três dias dá umas cinco voltas na manivela.
[Gira o tambor para o pessoal ouvir o barulho]
O tambor é vedado, então não tem cheiro na varanda e nem visita de bicho.
Em umas seis semanas você já tem um adubo escuro e fofinho pro canteiro e pra todos os seus vasos.
Comprando a composteira hoje, o frete é grátis e chega na sua casa em três a cinco dias úteis.

## Segment: Enrolador de mangueira retrátil (4m)
E o último da noite, o enrolador de mangueira retrátil ReelEase, com quinze metros de mangueira, por trezentos e noventa e nove reais.
Dá um puxãozinho e a mangueira volta sozinha, devagarinho, sem sair chicoteando pra todo lado.
[Puxa a mangueira pelo estúdio e deixa ela voltar]
Ele vai preso na parede e gira, então você rega os dois cantos do quintal sem sair do lugar.
Por hoje é isso, gente, obrigada por plantarem comigo, e corre que as ofertas do canteiro e da composteira estão acabando.
Terça que vem, às sete, tem mais Horta na Varanda Ao Vivo, beijo e boa plantação pra todo mundo.
"""


ADLIBS = {
    "en": ("Aw, Priya says her basil died three times last year, don't worry, we're fixing that tonight.",
           "Ha, Tom says his balcony is the size of a yoga mat, same here, Tom, same here.",
           "Honestly, I hung four of these on my balcony railing and my neighbor asked about them, "
           "and if dragging a hose around is the chore you hate, hang on, the ReelEase hose "
           "reel closes the show.",
           "Quick giveaway reminder, everyone who orders anything before we go off air is in the draw for "
           "a full herb garden starter set, and I pick the winner live."),
    "pt": ("Ai, a Camila disse que o manjericão dela morreu três vezes, calma, amiga, hoje a gente resolve.",
           "Haha, o Rodrigo disse que a varanda dele é do tamanho de um tapete de yoga, a minha também, Rodrigo.",
           "Sério, eu pendurei quatro dessas no guarda-corpo lá de casa e no dia seguinte a vizinha veio "
           "perguntar onde comprei, e se vocês odeiam ficar arrastando mangueira, segura aí, que o enrolador "
           "ReelEase fecha o programa.",
           "Lembrando do sorteio, gente: todo mundo que comprar qualquer coisa antes da gente sair do ar já tá "
           "concorrendo a um kit completo de horta de temperos, e eu sorteio o ganhador ao vivo."),
}
# A reading per language: the show and espeak-ng's voice (Brazilian Portuguese for the show from São Paulo).
LANGUAGES = {"en": (SHOW, "en-us"), "pt": (SHOW_PT, "pt-br")}


def build_plan(show, language: str = "en"):
    basil, balcony, aside, giveaway = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0),                                # 0
        adlib(basil),                           # 1  short reaction to a viewer's comment
        L(0, 2), L(0, 3), L(0, 4), L(0, 5),     # 2-5 (skips the cue)
        L(0, 6),                                # 6
        L(1, 0), L(1, 1), L(1, 3),              # 7-9
        L(1, 3),                                # 10 repeats the size line (four feet long...)
        L(1, 5),                                # 11 skips the drain-hole line (1, 4); trap with (5, 5)
        L(2, 0), L(2, 1), L(2, 3), L(2, 4),     # 12-15
        L(2, 5),                                # 16
        L(4, 0),                                # 17 JUMP forward over the whole solar path lights segment
        L(4, 2), L(4, 3), L(4, 4),              # 18-20
        L(4, 3),                                # 21 JUMP back one line (the spring line)
        adlib(balcony),                         # 22 short reaction to a viewer's comment
        L(3, 0),                                # 23 JUMP back to the skipped solar path lights segment (Lumineaux)
        L(3, 1), L(3, 3), L(3, 4),              # 24-26
        L(3, 1),                                # 27 JUMP back two lines (to the stakes line) ...
        adlib(aside),                           # 28 long aside naming the later ReelEase hose reel
        L(3, 5),                                # 29 JUMP ... and the return, to the line after the one left
        L(5, 0),                                # 30 JUMP forward one segment (past the read pruning shears)
        pause(4.0),                             # 31 right after the jump (the last one)
        L(5, 1), L(5, 3),                       # 32-33
        L(5, 5),                                # 34 skips the six-weeks line (5, 4); the ships-free trap line
        adlib(giveaway),                        # 35 aside about the giveaway
        L(6, 0), L(6, 1), L(6, 3), L(6, 4),     # 36-39
        L(6, 5),                                # 40
    ]
    jumps = {17: "forward over the whole solar path lights segment",
             21: "back one line to the spring line",
             23: "back to the skipped solar path lights segment",
             27: "back two lines to the stakes line (before the aside)",
             29: "return after the aside, to the balcony-railing line",
             30: "forward one segment, past the pruning shears, to the compost bin"}
    return plan, jumps
