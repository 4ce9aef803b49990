"""A second reading plan over the shows of benchmarks/follow_readings.py, for checking that a
follower change helps more than the one plan it was tuned on (`bench_follow.py --readings`).

Different moves at different places: a jump back within the same segment, a long ad-lib in the
middle of a segment, two lines skipped at once, a jump forward by two segments after a pause,
a repeat right after a jump, and the return to a segment read earlier.
"""

from __future__ import annotations

from benchmarks.follow_readings import LANGUAGES  # noqa: F401  (the same shows and voices)
from tests.prompter.synth_reading import adlib, line, pause

ADLIBS = {
    "en": ("Wait, let me read the chat for a second, people are asking if this works for oily skin, and yes it does.",
           "Okay I am getting a bit excited here, sorry, let me slow down.",
           "By the way the link is pinned at the top of the chat for everyone."),
    "es": ("Espera, que leo el chat un momento, me preguntan si sirve para piel grasa, y sí, sirve.",
           "Vale, me estoy emocionando un poco, perdón, voy más despacio.",
           "Por cierto, el enlace está fijado arriba del chat para todos."),
    "pt": ("Espera, deixa eu ler o chat rapidinho, estão perguntando se serve para pele oleosa, e serve sim.",
           "Gente, estou ficando animada demais, desculpa, vou mais devagar.",
           "Aliás, o link está fixado no topo do chat para todo mundo."),
}


def build_plan(show, language: str = "en"):
    first, second, third = ADLIBS[language]
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0), L(0, 2),                       # skips the cue only
        L(0, 4),                                # skips "Stay until the end"
        L(1, 0), L(1, 1),
        adlib(first),                           # a long ad-lib mid-segment
        L(1, 3), L(1, 4), L(1, 5),
        L(1, 3),                                # back two lines in the same segment
        L(2, 0),
        pause(3.0),
        L(4, 0), L(4, 1),                       # forward over the rest of the serum and the night cream
        L(4, 1),                                # repeats a line
        L(4, 3),
        adlib(second),
        L(2, 1), L(2, 3), L(2, 4),              # back to the serum, where they left it
        L(3, 0), L(3, 1), L(3, 2),
        adlib(third),
        L(5, 1), L(5, 2),                       # skips the first goodbye line
    ]
    jumps = {9: "back 2 lines within the balm", 12: "forward two segments after a pause",
             17: "back to the serum after an ad-lib", 24: "over the first goodbye line"}
    return plan, jumps
