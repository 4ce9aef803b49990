# Held-out reading 10 (home-cleaning gadgets live), written by a helper briefed apart from the follow tuners; measured
# 2026-12-07 (benchmarks/results/follow-blind10-2026-12-07.txt), then folded in: a DEV reading from then on.
"""Held-out reading for the voice-follow benchmark: a 7-segment home-cleaning gadgets live (robot
vacuum, cordless stick vacuum, steam mop, window-cleaning robot, handheld upholstery cleaner, spray
mop, cleaning-solution refills) in English and Brazilian Portuguese, and one plan that reads either
with two skipped lines (the battery-time line of the stick vacuum and the scents line of the
refills), a repeated line (the robot vacuum's price, said again after a viewer's question), four
ad-libs (two short reactions to viewers' comments, one long aside of ~35 words in the stick-vacuum
segment that names the later SpotZap Mini upholstery cleaner and echoes its stain line, one aside
about the giveaway), five jumps (forward over the whole steam-mop segment, back one line in the
window-robot segment, back to the skipped steam-mop segment, back two lines there and the return,
forward one segment past the already read window robot) and a 4 s pause right after the last jump.

The return from "back two lines" is a jump of its own (the host skips forward over the lines she
already read), so `jumps` has six entries for the five jumps of the brief.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes
either. Traps for a follower:
- line (1, 5) and line (2, 5) share most of their words ("Order it tonight and we'll throw in a
  second filter / second set of pads, so you never have to wait for a replacement."); (2, 5) is
  where the host lands on the return after the giveaway aside, and (1, 5) was read long before;
- the forward jump over the steam mop lands on "the Glazio W3", a made-up name speech recognition
  tends to split or mishear ("glass the oh", "W three"); SpotZap, DustPilot and MistGlide are made
  up too, and the long aside says "SpotZap Mini" with the coffee and muddy paws of line (4, 3).

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Clean House Live
markets: US
language: en

## Segment: Robot vacuum (5m)
offer: 25% off the DustPilot X9
offer time: 15m
Hi everyone, and welcome to Clean House Live, where we test the gadgets that do the boring chores for you.
Tonight it's seven things for a cleaner home, and the first one does the floors while you sit on the couch.
This is the DustPilot X9 robot vacuum, and tonight it's two hundred and forty-nine dollars instead of three twenty-nine.
[Press the start button on the robot and let it drive off the dock]
It maps your home with a laser on top, so it cleans room by room instead of bouncing around at random.
When the bin is full it drives back to the dock and empties itself into a bag that lasts about two months.
In the app you can tell it to stay out of the kids' room or away from the dog's water bowl.

## Segment: Cordless stick vacuum (4m)
offer: a free spare filter with every AirLite
Next up, the AirLite cordless stick vacuum, and it weighs just under three pounds.
Look, I can lift it with one finger, and it reaches up to the curtain rail without any effort.
[Lift the vacuum with one finger, then reach it up to the curtain rail]
The battery clicks out, so you can charge a second one while you keep cleaning.
On the top setting you get about forty minutes, which is plenty for a three-bedroom apartment.
Order it tonight and we'll throw in a second filter, so you never have to wait for a replacement.
And the dust cup empties with one push, straight into the trash, without touching the dirt.

## Segment: Steam mop (4m)
Now the SteamSwift steam mop, for everyone with tile floors and a kitchen that sees a lot of cooking.
It heats up in twenty seconds and cleans with nothing but tap water, no chemicals at all.
[Run the mop over the greasy test tile next to the stove]
The steam lifts grease and sticky spots, and it kills almost all the germs on the floor.
The microfiber pads go in the washing machine, and you get three of them in the box.
Order it tonight and we'll throw in a second set of pads, so you never have to wait for a replacement.

## Segment: Window-cleaning robot (4m)
offer: 30 dollars off the Glazio W3
offer time: 10m
Here's my favorite gadget tonight, the Glazio W3 window-cleaning robot.
It holds onto the glass with suction, so it even cleans the outside of the windows on the tenth floor.
[Stick the robot on the glass panel and let it start its zigzag]
It finds the edges of the window by itself and works in a zigzag from the top to the bottom.
There's a safety rope, and a backup battery keeps it stuck to the glass if the power goes out.
The Glazio is one hundred and ninety-nine dollars, and tonight you save thirty of those.

## Segment: Handheld upholstery cleaner (3m)
For sofas and car seats, this is the SpotZap Mini handheld upholstery cleaner.
It sprays clean water into the fabric and sucks the dirty water straight back into a separate tank.
[Pour coffee on the fabric sample and lift the stain]
Coffee, red wine, muddy paws, look how the stain is already almost gone.
It's small enough to keep under the sink, and the hose reaches the stairs and the back seat of the car.
It's seventy-nine dollars, and the nozzle rinses itself clean after every use.

## Segment: Spray mop (3m)
offer: buy the MistGlide and get a second pad free
For wood floors, here's the MistGlide spray mop, twenty-nine dollars, and no cord or plug.
Squeeze the trigger and a fine mist lands right in front of the mop head.
[Spray a line on the wood floor sample and mop it dry]
It uses so little water that it's safe on wood and laminate, and the floor is dry in a minute.
The head swivels all the way around, so it slides under the bed and the sofa easily.
The tank fills from any bottle, so you can use plain water or the PureDrop concentrate I'll show you next.

## Segment: Cleaning-solution refills (3m)
offer: buy three PureDrop refills, pay for two
offer time: 8m
Last of all, the PureDrop refills, concentrates for the spray mop, the SpotZap and the window robot.
One little bottle makes a whole gallon, so you're not paying to ship water across the country.
[Squeeze a refill into the spray mop tank and top it up with water]
They come in lemon, lavender, and an unscented one for homes with babies or pets.
Buy any three and you only pay for two, until the countdown on the screen runs out.
That's all for tonight, thanks for cleaning with me, and I'll see you next Tuesday on Clean House Live.
"""


SHOW_PT = """# Casa Limpa ao Vivo
markets: BR
language: pt-BR

## Segment: Aspirador robô (5m)
offer: 25% de desconto no DustPilot X9
offer time: 15m
Oi, gente, boa noite e sejam muito bem-vindos ao Casa Limpa ao Vivo, onde a gente testa os aparelhos que fazem a faxina chata por você.
Hoje são sete coisas pra deixar a casa limpinha, e a primeira limpa o chão enquanto você fica no sofá.
Esse é o aspirador robô DustPilot X9, e só hoje ele sai por mil quatrocentos e noventa e nove reais em vez de mil e novecentos.
[Aperta o botão de início do robô e deixa ele sair da base]
Ele tem um laser em cima que faz o mapa da casa, então limpa cômodo por cômodo em vez de ficar batendo em tudo.
Quando o reservatório enche, ele volta pra base e esvazia sozinho num saco que dura uns dois meses.
E pelo aplicativo você manda ele não entrar no quarto das crianças ou ficar longe do potinho de água do cachorro.

## Segment: Aspirador vertical sem fio (4m)
offer: um filtro extra de brinde com cada AirLite
Agora o AirLite, o aspirador vertical sem fio, que pesa menos de um quilo e meio.
Olha só, eu levanto com um dedo, e ele alcança o varão da cortina lá em cima sem esforço nenhum.
[Levanta o aspirador com um dedo e depois encosta ele no varão da cortina]
A bateria sai com um clique, então dá pra carregar uma segunda enquanto você continua limpando.
Na potência máxima são uns quarenta minutos, o que dá tranquilo pra um apartamento de três quartos.
Comprando hoje, a gente manda um filtro extra de presente, pra você nunca ficar esperando reposição.
E o copo de poeira esvazia com um botão só, direto no lixo, sem encostar a mão na sujeira.

## Segment: Mop a vapor (4m)
Agora o SteamSwift, o mop a vapor, pra quem tem piso frio e uma cozinha onde o fogão não para.
Ele esquenta em vinte segundos e limpa só com água da torneira, sem nenhum produto químico.
[Passa o mop no azulejo engordurado do lado do fogão]
O vapor solta a gordura e as manchas grudentas, e elimina quase todos os germes do chão.
Os panos de microfibra vão na máquina de lavar, e já vêm três na caixa.
Comprando hoje, a gente manda um jogo extra de panos de presente, pra você nunca ficar esperando reposição.

## Segment: Robô limpa-vidros (4m)
offer: 150 reais de desconto no Glazio W3
offer time: 10m
E aqui o meu queridinho da noite, o Glazio W3, o robô que limpa janela.
Ele gruda no vidro por sucção, então limpa até o lado de fora da janela no décimo andar.
[Gruda o robô no vidro de demonstração e deixa ele começar o zigue-zague]
Ele descobre sozinho onde o vidro termina e vai fazendo zigue-zague de cima pra baixo.
Tem cabo de segurança, e uma bateria reserva segura ele grudado no vidro se acabar a luz.
O Glazio custa novecentos e noventa reais, e hoje você economiza cento e cinquenta.

## Segment: Limpadora portátil de estofados (3m)
Pra sofá e banco de carro, essa é a SpotZap Mini, a limpadora portátil de estofados.
Ela borrifa água limpa no tecido e puxa a água suja de volta pra um tanque separado.
[Derrama café na amostra de tecido e tira a mancha]
Café, vinho, pata de cachorro com lama, olha como a mancha já quase sumiu.
Ela é pequena pra guardar embaixo da pia, e a mangueira alcança a escada e o banco de trás do carro.
Ela sai por trezentos e noventa e nove reais, e o bico se limpa sozinho depois de cada uso.

## Segment: Mop spray (3m)
offer: compre o MistGlide e ganhe um pano extra
Pra piso de madeira, aqui o MistGlide, o mop spray, por cento e vinte e nove reais, sem fio e sem tomada.
Você aperta o gatilho e sai uma névoa bem fininha logo na frente do mop.
[Borrifa uma faixa no piso de madeira de amostra e seca com o mop]
Usa tão pouca água que é seguro em madeira e laminado, e o chão seca em um minuto.
A base gira inteirinha, então entra fácil embaixo da cama e do sofá.
O tanque enche com qualquer garrafa, então dá pra usar só água ou o concentrado PureDrop que eu mostro já já.

## Segment: Refis de produto de limpeza (3m)
offer: leve três refis PureDrop e pague dois
offer time: 8m
Pra fechar, os refis PureDrop, os concentrados pro mop spray, pra SpotZap e pro robô de janela.
Um frasquinho rende quatro litros, então você não paga frete pra carregar água pelo país.
[Espreme um refil no tanque do mop spray e completa com água]
Tem de limão, de lavanda e um sem perfume pra casa com bebê ou bicho.
Levando três, você só paga dois, até acabar a contagem regressiva na tela.
Por hoje é isso, obrigada por faxinar comigo, e te vejo na terça que vem no Casa Limpa ao Vivo.
"""


ADLIBS = {
    "en": ("Oh, Priya's asking if it handles cat hair, yes, two cats at my place and the brush never tangles.",
           "Ha, Marcus says he's cleaned his windows with newspaper since 1998, Marcus, it's time.",
           "Honestly, I grab this one every morning before work, and if it's your sofa that's the problem, "
           "with kids, coffee and muddy paws, hang on, the SpotZap Mini is coming up a bit later tonight.",
           "Quick reminder about the giveaway, everyone who orders tonight is in the draw for a basket "
           "with every gadget from the show, and I pick the winner live at the end."),
    "pt": ("Ah, a Priscila tá perguntando se ele dá conta de pelo de gato, dá sim, tenho dois gatos e a "
           "escova nunca embola.",
           "Ai, gente, o Marcão disse que limpa janela com jornal desde 1998, Marcão, chegou a hora.",
           "Sinceramente, eu uso esse todo dia antes do trabalho, e se o problema aí na sua casa é o sofá, "
           "com criança, café e pata de cachorro, segura aí que o SpotZap Mini vem daqui a pouco.",
           "Lembrando do sorteio, gente: todo mundo que comprar hoje concorre a uma cesta com todos os "
           "aparelhos da live, e eu sorteio o ganhador ao vivo no final."),
}
# A reading per language: the show and espeak-ng's voice (Brazilian Portuguese for the show from Brazil).
LANGUAGES = {"en": (SHOW, "en-us"), "pt": (SHOW_PT, "pt-br")}


def build_plan(show, language: str = "en"):
    priya, marcus, aside, giveaway = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0), L(0, 1), L(0, 2),              # 0-2
        adlib(priya),                           # 3  short reaction to a viewer's comment
        L(0, 2),                                # 4  repeats the price line after the question
        L(0, 4), L(0, 5), L(0, 6),              # 5-7 (skips the cue)
        L(1, 0), L(1, 1), L(1, 3),              # 8-10
        adlib(aside),                           # 11 long aside naming the later SpotZap Mini
        L(1, 5),                                # 12 skips "On the top setting..." (1, 4); trap with (2, 5)
        L(1, 6),                                # 13
        L(3, 0),                                # 14 JUMP forward over the whole steam-mop segment (Glazio W3)
        L(3, 1), L(3, 3), L(3, 4), L(3, 5),     # 15-18
        L(3, 4),                                # 19 JUMP back one line (the safety-rope line)
        adlib(marcus),                          # 20 short reaction to a viewer's comment
        L(2, 0),                                # 21 JUMP back to the skipped steam-mop segment
        L(2, 1), L(2, 3), L(2, 4),              # 22-24
        L(2, 1),                                # 25 JUMP back two lines (to the twenty-seconds line) ...
        adlib(giveaway),                        # 26 aside about the giveaway
        L(2, 5),                                # 27 JUMP ... and the return, to the line after the one left (trap)
        L(4, 0),                                # 28 JUMP forward one segment (past the read window robot)
        pause(4.0),                             # 29 right after the jump (the last one)
        L(4, 1), L(4, 3), L(4, 4), L(4, 5),     # 30-33
        L(5, 0), L(5, 1), L(5, 3), L(5, 4),     # 34-37
        L(5, 5),                                # 38
        L(6, 0), L(6, 1),                       # 39-40
        L(6, 4),                                # 41 skips "They come in lemon..." (6, 3)
        L(6, 5),                                # 42
    ]
    jumps = {14: "forward over the whole steam mop segment, to the Glazio W3",
             19: "back one line to the safety-rope line",
             21: "back to the skipped steam mop segment",
             25: "back two lines to the twenty-seconds line (before the giveaway aside)",
             27: "return after the aside, to the second-set-of-pads line",
             28: "forward one segment, past the window robot, to the upholstery cleaner"}
    return plan, jumps
