# Held-out reading 15 (stationery and art supplies live), written by a helper briefed apart from the follow tuners.
"""Held-out reading for the voice-follow benchmark: a 7-segment stationery and art-supplies live
in English and Brazilian Portuguese (a host from São Paulo), and one plan that reads either with
two skipped lines (the last two spoken lines of the brush-marker segment, left out when the host
jumps ahead), a repeated line (in the mechanical pencil segment), four ad-libs (two short
reactions to viewers' comments, the second of which reminds the host of the skipped marker lines;
one long aside of ~35 words in the journal segment that names the EARLIER Inkwright fountain pen
set; one aside about the giveaway), five jumps (forward over the whole dotted-journal segment,
back one line in the watercolour segment, back to the skipped marker lines, back two lines in the
journal and the return, forward one segment past the already-read watercolour box) and a 4 s
pause right after the last jump (the host unboxes the mechanical pencil).

After the jump back to the skipped marker lines the host reads on into the journal segment she
had jumped over, so that jump needs no return of its own. The return from "back two lines" is a
jump of its own (the host skips forward over the lines she already read), so `jumps` has six
entries for the five jumps of the brief.

Both shows have the same shape (segments, spoken lines, cues, offers), so one plan indexes
either. Traps for a follower:
- line (0, 5) and line (5, 5) share most of their words ("Every [pen set | washi bundle] ordered
  tonight comes gift-wrapped for free, with a little handwritten thank-you card tucked inside.");
  both are read, far apart.
- made-up product names that speech recognition may split or mishear: Inkwright ("ink right",
  "ink write"), WashiWow ("washy wow"), Dotwell, LetterLoop, SteadyPoint, DeskNest, AquaNova;
  the Portuguese host says them too.
- the long aside in the journal segment names the Inkwright set and its broad nib, words of
  line (0, 2); line (6, 3) names washi rolls, spare leads and ink cartridges from earlier segments.

Same interface as benchmarks/follow_readings.py: LANGUAGES and build_plan(show, language).
"""

from __future__ import annotations

from tests.prompter.synth_reading import adlib, line, pause

SHOW = """# Ink and Paper Live
markets: US
language: en

## Segment: Fountain pen set (4m)
offer: 25% off the Inkwright fountain pen set
offer time: 15m
Hi everyone, welcome to Ink and Paper Live, I'm so happy you're here for a cozy night of stationery and art supplies.
[Open the pen box toward the camera and fan out the three pens]
We're starting with the Inkwright fountain pen set, three pens with fine, medium and broad steel nibs, for 64 dollars.
Each pen takes the long international cartridges, and there's a converter in the box if you'd rather fill from a bottle.
The barrels are brushed aluminium, so they feel solid in your hand without getting heavy on a long page of notes.
Every pen set ordered tonight comes gift-wrapped for free, with a little handwritten thank-you card tucked inside.

## Segment: Brush-lettering markers (4m)
offer: a free practice pad with every marker set
Next up, the LetterLoop brush markers, twenty-four colours with real flexible brush tips, for 32 dollars.
[Draw a thick downstroke and a thin upstroke side by side]
Press down for a fat stroke, ease off for a hairline, and honestly that's the whole secret of brush lettering.
The ink is water-based, so you can blend two colours right on the page with a damp brush.
The tips spring back into shape, even after weeks of heavy-handed pressure from beginners like me.
And every set comes with a free practice pad, printed with guide lines and sample alphabets to trace.

## Segment: A5 dotted journal (3m)
Now the Dotwell A5 dotted journal, a hundred and sixty pages of thick 120 gram paper, for 18 dollars.
The dots are five millimetres apart and printed in a soft grey, so they almost vanish under your writing.
[Run the broad nib across a page, then flip it over to show the back is clean]
That paper is heavy enough for fountain pen ink, with no bleeding and hardly any ghosting.
It lies completely flat when you open it, and it has two ribbon bookmarks and an elastic band.
The pages are numbered, and the first three are an index that you fill in as you go.

## Segment: Watercolour paint box (4m)
offer: 30% off the AquaNova paint box
offer time: 12m
Let's get painting with the AquaNova watercolour box, thirty-six half pans in a metal tin, for 45 dollars.
[Wet the brush and swipe a streak of ultramarine across a card]
The colours are super pigmented, so one wet swipe gives you a strong, bright stroke.
The lid folds out into a mixing palette with six wells, and there's a water brush clipped inside.
That water brush keeps the water in its handle, so you can paint in the park without a jar.
The whole tin is about the size of a phone, so it slips into any bag right next to your journal.

## Segment: Mechanical pencil (3m)
Here's one for the sketchers, the SteadyPoint 0.5 mechanical pencil, for just 12 dollars.
Inside, a tiny gear turns the lead every time you lift it, so the point stays sharp while you write.
[Write a line of tiny print and zoom in on the tip]
The metal grip is knurled, so it won't slip when your hand gets warm.
The tip slides back into the barrel, so it won't poke a hole in your pencil case.
There's a tube of forty spare leads in the box, and a big eraser hiding under the cap.

## Segment: Washi tape bundle (3m)
offer: buy two bundles, get a third one free
Now my favourite, the WashiWow tape bundle, twenty rolls in pastels, metallics and little prints, for 16 dollars.
[Tear a strip by hand and stick it across the top of a journal page]
It tears cleanly with your fingers, so you don't need scissors at your desk.
It's low tack, so you can peel it up and move it without ripping the paper underneath.
Use it for borders, page flags, gift wrap, or to label the cables behind your computer.
Every washi bundle ordered tonight comes gift-wrapped for free, with a little handwritten thank-you card tucked inside.

## Segment: Desk organiser (4m)
Last one tonight, the DeskNest bamboo desk organiser, with five compartments and a little drawer, for 38 dollars.
[Drop the pens, the markers and the pencil into the organiser one by one]
The tall slots hold your pens and markers standing up, so you can see every colour at once.
The drawer at the bottom is perfect for washi rolls, spare leads and ink cartridges.
The Inkwright pen deal and the paint box deal end in a few minutes, so grab them while you can.
Thank you all for making things with me tonight, and I'll see you next Wednesday right here on Ink and Paper Live.
"""


SHOW_PT = """# Papel e Tinta ao Vivo
markets: BR
language: pt

## Segment: Kit de canetas-tinteiro (4m)
offer: 25% de desconto no kit de canetas-tinteiro Inkwright
offer time: 15m
Oi, gente, boa noite e sejam muito bem-vindos ao Papel e Tinta ao Vivo, hoje a noite é de papelaria e material de arte, do jeitinho que vocês gostam.
[Abre a caixa de frente pra câmera e espalha as três canetas]
A gente começa com o kit de canetas-tinteiro Inkwright, são três canetas com pena de aço fina, média e grossa, por 249 reais.
Elas usam o cartucho internacional longo, e vem um conversor na caixa pra quem prefere abastecer direto do vidro de tinta.
O corpo é de alumínio escovado, então fica firme na mão sem pesar naquela página enorme de anotação.
Todo kit de canetas pedido hoje à noite vai embrulhado pra presente de graça, com um cartãozinho de agradecimento escrito à mão.

## Segment: Canetas brush lettering (4m)
offer: um bloco de treino de brinde em cada estojo de canetas brush
Agora as canetas brush LetterLoop, vinte e quatro cores com ponta de pincel flexível de verdade, por 129 reais.
[Faz uma descida grossa e uma subida fininha, uma do lado da outra]
Apertou, sai o traço grosso, aliviou, sai aquele fio fininho, e sinceramente esse é todo o segredo do lettering.
A tinta é à base de água, então dá pra misturar duas cores ali no papel com um pincel úmido.
As pontas voltam pro formato certinho, mesmo depois de semanas de mão pesada de iniciante, tipo eu.
E cada estojo vem com um bloco de treino de brinde, com pauta de apoio e alfabetos de exemplo pra cobrir.

## Segment: Caderno pontilhado A5 (3m)
Agora o caderno pontilhado Dotwell A5, cento e sessenta páginas de papel grossinho de 120 gramas, por 69 reais.
Os pontinhos ficam a cinco milímetros um do outro, num cinza bem clarinho que quase some debaixo da letra.
[Passa a pena grossa numa página e vira a folha pra mostrar que o verso ficou limpo]
Esse papel aguenta tinta de caneta-tinteiro, não borra e quase não marca do outro lado.
Ele abre totalmente reto na mesa, e tem duas fitinhas marcadoras e um elástico pra fechar.
As páginas são numeradas, e as três primeiras são um índice que você vai preenchendo com o tempo.

## Segment: Estojo de aquarela (4m)
offer: 30% de desconto no estojo AquaNova
offer time: 12m
Bora pintar com o estojo de aquarela AquaNova, trinta e seis pastilhas numa latinha de metal, por 179 reais.
[Molha o pincel e passa uma faixa de azul ultramar num cartão]
As cores são super pigmentadas, então uma passada molhada já dá um traço forte e vivo.
A tampa abre e vira paleta de mistura com seis cavidades, e tem um pincel com reservatório preso do lado de dentro.
Esse pincel guarda a água no cabo, então dá pra pintar no parque sem levar potinho.
A latinha é do tamanho de um celular, então cabe em qualquer bolsa junto com o caderno.

## Segment: Lapiseira (3m)
Agora uma pra galera que desenha, a lapiseira SteadyPoint 0.5, por só 49 reais.
Lá dentro tem uma engrenagem que gira o grafite toda vez que você levanta a ponta, então ela fica sempre afiada.
[Escreve uma linha de letra miudinha e dá zoom na ponta]
A pegada de metal é recartilhada, então não escorrega quando a mão esquenta.
A ponta recolhe pra dentro do corpo, então ela não fura o seu estojo.
Vem um tubinho com quarenta grafites de reserva na caixa, e uma borracha grandona escondida debaixo da tampa.

## Segment: Kit de fitas washi (3m)
offer: leve três kits e pague dois
Agora a minha favorita, o kit de fitas WashiWow, vinte rolinhos em tons pastel, metalizados e estampadinhos, por 59 reais.
[Rasga um pedaço com a mão e cola no alto de uma página do caderno]
Ela rasga certinho com o dedo, então nem precisa de tesoura na mesa.
A cola é fraquinha, dá pra descolar e mudar de lugar sem rasgar o papel embaixo.
Usa pra borda, marcador de página, embrulho de presente ou pra etiquetar os fios atrás do computador.
Todo kit de fitas washi pedido hoje à noite vai embrulhado pra presente de graça, com um cartãozinho de agradecimento escrito à mão.

## Segment: Organizador de mesa (4m)
Último produto da noite, o organizador de mesa DeskNest, de bambu, com cinco divisórias e uma gavetinha, por 149 reais.
[Coloca as canetas, os marcadores e a lapiseira no organizador, um por um]
Os nichos altos seguram as canetas e os marcadores em pé, então você enxerga todas as cores de uma vez.
A gavetinha embaixo é perfeita pros rolinhos de washi, grafite de reserva e cartucho de tinta.
As ofertas das canetas Inkwright e da aquarela acabam em poucos minutos, então corre que ainda dá tempo.
Muito obrigada por criar junto comigo hoje, e a gente se vê quarta que vem aqui no Papel e Tinta ao Vivo.
"""


ADLIBS = {
    "en": ("Oh hi Jess, first comment again, you're always here before I am, welcome back!",
           "Wait, Priya's asking if the marker tips fray, oh no, I totally skipped that part, hang on.",
           "Honestly, last night I filled two whole pages of this with the broad nib from the Inkwright set, "
           "and even my messy grocery list looked fancy, and nothing came through to the other side at all.",
           "Okay, giveaway check, anyone who orders tonight is entered to win this whole desk you see here, "
           "all seven things, and I'll draw the name live at the end."),
    "pt": ("Ai, oi Jéssica, primeira a comentar de novo, você sempre chega antes de mim, seja bem-vinda!",
           "Peraí, a Priscila tá perguntando se a ponta das canetas brush desfia, nossa, pulei essa parte, "
           "calma aí.",
           "Sério, ontem à noite eu enchi duas páginas inteiras desse caderno com a pena grossa do kit "
           "Inkwright, e até a minha lista de mercado bagunçada ficou chique, e não passou nada pro outro lado.",
           "Lembrando do sorteio, gente: todo mundo que comprar hoje já concorre a essa mesa inteira que vocês "
           "estão vendo, os sete produtos, e eu sorteio o nome ao vivo no final."),
}
# A reading per language: the show and espeak-ng's voice (Brazilian Portuguese for the show from São Paulo).
LANGUAGES = {"en": (SHOW, "en-us"), "pt": (SHOW_PT, "pt-br")}


def build_plan(show, language: str = "en"):
    jess, priya, aside, giveaway = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0),                                # 0
        adlib(jess),                            # 1  short reaction to a viewer's comment
        L(0, 2), L(0, 3), L(0, 4),              # 2-4 (skips the cue)
        L(0, 5),                                # 5  the gift-wrap trap line, shares most words with (5, 5)
        L(1, 0), L(1, 2), L(1, 3),              # 6-8
        L(3, 0),                                # 9  JUMP forward over the whole dotted-journal segment,
                                                #    skipping the marker lines (1, 4) and (1, 5) on the way
        L(3, 2), L(3, 3), L(3, 4), L(3, 5),     # 10-13
        L(3, 4),                                # 14 JUMP back one line (the water-brush line)
        adlib(priya),                           # 15 short reaction to a viewer, reminds her of the skipped lines
        L(1, 4),                                # 16 JUMP back to the skipped marker lines (the tips line) ...
        L(1, 5),                                # 17 ... and the other skipped line (the practice pad)
        L(2, 0), L(2, 1), L(2, 3), L(2, 4),     # 18-21 on into the journal she had jumped over
        L(2, 1),                                # 22 JUMP back two lines (to the grey-dots line) ...
        adlib(aside),                           # 23 long aside naming the earlier Inkwright fountain pen set
        L(2, 5),                                # 24 JUMP ... and the return, to the line after the one left
        L(4, 0),                                # 25 JUMP forward one segment (past the read watercolour box)
        pause(4.0),                             # 26 right after the jump (the last one): she unboxes the pencil
        L(4, 1), L(4, 3),                       # 27-28
        L(4, 3),                                # 29 repeats the knurled-grip line
        L(4, 4), L(4, 5),                       # 30-31
        adlib(giveaway),                        # 32 aside about the giveaway
        L(5, 0), L(5, 2), L(5, 3), L(5, 4),     # 33-36
        L(5, 5),                                # 37 the gift-wrap trap line, shares most words with (0, 5)
        L(6, 0), L(6, 2), L(6, 3), L(6, 4), L(6, 5),  # 38-42
    ]
    jumps = {9: "forward over the whole A5 dotted journal segment (leaving the last two marker lines unread)",
             14: "back one line to the water-brush line",
             16: "back to the skipped brush-marker lines (the tips line, then the practice pad)",
             22: "back two lines to the grey-dots line (before the aside)",
             24: "return after the aside, to the numbered-pages line",
             25: "forward one segment, past the watercolour box, to the mechanical pencil"}
    return plan, jumps
