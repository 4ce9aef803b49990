# Held-out reading 8 (gaming and home-audio live), written by a helper briefed apart from the follow tuners.
"""Held-out reading for the voice-follow benchmark: a 7-segment gaming and home-audio gear live in
English and Brazilian Portuguese, and one plan that reads either with two skipped lines (in
different segments), a repeated line, four ad-libs (two short reactions to viewers' comments, one
long aside of ~37 words that names the later VoxCast microphone, one aside about shipping), five
jumps (back two lines and the return, forward over the whole game controller segment, back to that
skipped segment, forward one segment to get back on track) and a 4 s pause right after the last jump.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes either.
Trap for a follower: line (1, 5) and line (5, 4) share most of their words
("Check out in the next ten minutes and the ... ships with a free braided cable and a travel pouch.");
both are read, the second one late in the reading.

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Level Up Live
markets: US
language: en

## Segment: Welcome (2m)
Good evening, gamers and music lovers, and welcome to Level Up Live, our Thursday night gear show.
[Wave at the camera with the controller in hand]
Tonight I have five pieces of gear for your desk and your living room, and three of them come with a deal.
Drop a comment and tell me what you're all playing this week.
Everything on the table tonight is from NovaByte, who sponsor this live.

## Segment: Wireless headset (4m)
First up, the NovaByte Pulse 7 wireless headset, in black, white and a limited purple edition.
It connects with a tiny USB-C dongle, so there's no lag between your game and your ears.
[Put the headset on the mannequin head and flip the mic up]
The battery lasts about forty hours, so you charge it maybe once a week.
The ear cushions are memory foam wrapped in a cooling gel fabric, so your ears don't sweat in long sessions.
Check out in the next ten minutes and the headset ships with a free braided cable and a travel pouch.

## Segment: Mechanical keyboard (4m)
offer: twenty percent off the Strike TKL keyboard
offer time: 10m
Now the keyboard, the NovaByte Strike TKL, which is honestly my favourite thing on the desk tonight.
It has hot-swappable switches, so you can pull one out and try a different feel without soldering anything.
[Type fast right next to the mic so viewers hear the clack]
Hear that? Those are linear red switches, smooth and quiet enough for late night gaming.
The keycaps are thick PBT plastic, so the letters never wear off and the keys never go shiny.
The RGB lighting has twenty effects, and it all works without installing any software.
The cable is detachable, and the little feet fold out in two steps if you like your keys at an angle.

## Segment: Game controller (3m)
Next is the Apex Pad controller, which works with your PC, your Switch and your phone.
The thumbsticks use hall effect sensors, so they won't drift after a year like the old ones do.
[Hold the controller sideways and press the back paddles]
There are two extra paddles on the back that you can map to any button you like.
It charges on the little stand in about two hours and then plays for a whole weekend.

## Segment: Bluetooth speaker (3m)
Moving to the living room, this is the BoomCube bluetooth speaker, about the size of a coffee mug.
Don't let the size fool you, it fills a whole room and still sounds clean at full volume.
[Play the demo track and turn the speaker all the way up]
It's waterproof, so you can take it to the pool or leave it in the shower while you sing.
Pair two of them together and you get real stereo sound for movie night.

## Segment: Streaming microphone (4m)
offer: buy the VoxCast microphone and get the boom arm free
offer time: 8m
Last product of the night is the VoxCast USB microphone, for everybody who wants to start streaming.
Plug it into your computer and it just works, no drivers, no audio interface, nothing.
[Tap the top of the mic to show the mute light]
Tap the top to mute, and the ring turns red so you always know when the chat can't hear you.
Check out in the next ten minutes and the microphone ships with a free braided cable and a travel pouch.

## Segment: Wrap-up (2m)
Thank you so much for hanging out with me tonight, this chat was on fire.
Remember, the keyboard and microphone deals end in just a few minutes.
[Hold up the Pulse 7 headset one more time]
Same time next Thursday, and good luck in all your matches this week!
"""


SHOW_PT = """# Level Up ao Vivo
markets: BR
language: pt

## Segment: Boas-vindas (2m)
Boa noite, gamers e amantes de música, bem-vindos ao Level Up ao Vivo, nosso programa de equipamentos de quinta à noite.
[Acene para a câmera com o controle na mão]
Hoje eu trouxe cinco equipamentos pro seu setup e pra sua sala, e três deles vêm com promoção.
Deixa um comentário e me conta o que vocês estão jogando essa semana.
Tudo o que está na mesa hoje é da NovaByte, que patrocina essa live.

## Segment: Headset sem fio (4m)
Pra começar, o headset sem fio NovaByte Pulse 7, nas cores preta, branca e uma edição limitada roxa.
Ele conecta com um dongle USB-C pequenininho, então não tem atraso nenhum entre o jogo e o seu ouvido.
[Coloque o headset na cabeça de manequim e levante o microfone]
A bateria dura umas quarenta horas, então você carrega no máximo uma vez por semana.
As almofadas são de espuma viscoelástica com tecido de gel refrescante, pra orelha não suar nas partidas longas.
Finalizando a compra nos próximos dez minutos, o headset vai com um cabo trançado e uma bolsinha de viagem de brinde.

## Segment: Teclado mecânico (4m)
offer: vinte por cento de desconto no teclado Strike TKL
offer time: 10m
Agora o teclado, o NovaByte Strike TKL, que sinceramente é o meu xodó da mesa hoje.
Os switches são hot-swap, então dá pra tirar um e testar outra sensação sem precisar soldar nada.
[Digite rápido pertinho do microfone pra galera ouvir o clique]
Ouviram? Esses são os switches lineares vermelhos, macios e silenciosos pra jogar de madrugada.
As teclas são de PBT grosso, então as letras nunca apagam e o teclado nunca fica brilhoso.
A iluminação RGB tem vinte efeitos, e tudo funciona sem instalar programa nenhum.
O cabo é destacável, e os pezinhos abrem em dois níveis se você gosta do teclado mais inclinado.

## Segment: Controle (3m)
Agora o controle Apex Pad, que funciona no PC, no Switch e no celular.
Os analógicos usam sensores de efeito Hall, então não vão dar drift depois de um ano como os antigos.
[Segure o controle de lado e aperte os botões traseiros]
Tem dois botões extras atrás que você pode configurar pra qualquer comando que quiser.
Ele carrega na base em umas duas horas e depois aguenta um fim de semana inteiro de jogo.

## Segment: Caixa de som bluetooth (3m)
Indo pra sala, essa é a caixa de som bluetooth BoomCube, mais ou menos do tamanho de uma caneca.
Não se engana pelo tamanho, ela enche a sala inteira e o som continua limpo no volume máximo.
[Toque a música de demonstração e aumente o volume no máximo]
Ela é à prova d'água, então dá pra levar pra piscina ou deixar no banheiro enquanto você canta.
Pareando duas delas você tem som estéreo de verdade pra noite de filme.

## Segment: Microfone pra stream (4m)
offer: comprando o microfone VoxCast, o braço articulado sai de graça
offer time: 8m
O último produto da noite é o microfone USB VoxCast, pra quem quer começar a fazer live.
É só ligar no computador que funciona, sem driver, sem interface de áudio, sem nada.
[Toque no topo do microfone pra mostrar a luz de mudo]
Um toque em cima deixa no mudo, e o anel fica vermelho pra você saber quando o chat não está te ouvindo.
Finalizando a compra nos próximos dez minutos, o microfone vai com um cabo trançado e uma bolsinha de viagem de brinde.

## Segment: Encerramento (2m)
Valeu demais por ficarem comigo hoje, o chat estava pegando fogo.
Lembrando que as promoções do teclado e do microfone acabam em poucos minutos.
[Mostre o headset Pulse 7 mais uma vez]
Mesmo horário na próxima quinta, e boa sorte em todas as partidas dessa semana!
"""


ADLIBS = {
    "en": ("Ha, Marco says he's still stuck on the last boss, hang in there, buddy!",
           "Somebody's asking if the headset mic is good enough for streaming, and honestly it's fine "
           "for talking to your squad, but if you want to sound great on stream, hold on for the "
           "VoxCast microphone later tonight.",
           "Quick note on shipping, everything on the table goes out from our warehouse tomorrow "
           "morning, and shipping is free on orders over fifty dollars.",
           "Oh, Diego says his old controller drifts so bad it plays by itself, been there!"),
    "pt": ("Haha, o Marcos falou que ainda está preso no último chefe, força aí!",
           "Estão perguntando se o microfone do headset serve pra stream, e sinceramente pra falar "
           "com o seu time ele é ótimo, mas se você quer uma voz bonita na live, espera o microfone "
           "VoxCast mais tarde.",
           "Rapidinho sobre o frete: tudo o que está na mesa sai do nosso estoque amanhã cedo, e o "
           "frete é grátis nas compras acima de duzentos reais.",
           "Ah, o Diego falou que o controle antigo dele tem tanto drift que joga sozinho, já passei por isso!"),
}
# A reading per language: the show and espeak-ng's voice (Brazilian Portuguese for the Brazilian show).
LANGUAGES = {"en": (SHOW, "en-us"), "pt": (SHOW_PT, "pt-br")}


def build_plan(show, language: str = "en"):
    marco, mic_aside, shipping, diego = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0),                                # 0
        L(0, 2),                                # 1  (skips the cue)
        adlib(marco),                           # 2  short reaction to a viewer's comment
        L(0, 3), L(0, 4),                       # 3-4
        L(1, 0), L(1, 1),                       # 5-6
        adlib(mic_aside),                       # 7  long aside (~37 words) naming the later VoxCast microphone
        L(1, 3),                                # 8
        L(1, 3),                                # 9  repeats the battery line
        L(1, 5),                                # 10 skips "The ear cushions are memory foam..."; trap with (5, 4)
        L(2, 0), L(2, 1), L(2, 3), L(2, 4),     # 11-14
        L(2, 1),                                # 15 JUMP back two lines, to the hot-swappable switches line ...
        L(2, 5),                                # 16 JUMP ... and the return to where the host left off
        L(2, 6),                                # 17
        L(4, 0),                                # 18 JUMP forward over the whole game controller segment
        L(4, 1),                                # 19
        adlib(shipping),                        # 20 aside about shipping
        L(4, 3), L(4, 4),                       # 21-22
        L(3, 0),                                # 23 JUMP back to the skipped game controller segment
        L(3, 1),                                # 24
        L(3, 4),                                # 25 skips "There are two extra paddles on the back..."
        adlib(diego),                           # 26 short reaction to a viewer's comment
        L(5, 0),                                # 27 JUMP forward one segment (past the read speaker)
        pause(4.0),                             # 28 right after the last jump
        L(5, 1), L(5, 3),                       # 29-30
        L(5, 4),                                # 31 the braided-cable-and-travel-pouch trap line
        L(6, 0), L(6, 1), L(6, 3),              # 32-34
    ]
    # The only pause comes after the last jump, so these plan indices are also indices into
    # the reading's heard steps.
    jumps = {15: "back two lines to the hot-swappable switches line",
             16: "return to the RGB lighting line, where the host left off",
             18: "forward over the whole game controller segment",
             23: "back to the skipped game controller segment",
             27: "forward one segment, past the bluetooth speaker, to the streaming microphone"}
    return plan, jumps
