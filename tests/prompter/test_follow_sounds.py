"""Voice follow in Spanish: a word Whisper spells by its sound ("kualkier" for "cualquier") still counts."""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follower import VoiceFollower
from studio.prompter.script import ScriptView
from studio.show import parse_show

SHOW = """# Cocina en directo
markets: ES
language: {language}

## Segment: Bienvenida (2m)
Hola a todos y bienvenidos a la cocina en directo.
El hornillo hierve un litro de agua en cuatro minutos.
Cualquier cuchillo corta mejor con la piedra de afilar.
"""


def _line_after(language: str, windows: list[str]) -> tuple[int, int]:
    follower = VoiceFollower(ScriptView(parse_show(SHOW.format(language=language))))
    for k, text in enumerate(windows):
        end_s = 2.5 + k
        follower.update(CaptionEvent(WINDOW_KIND, end_s - 2.5, end_s, end_s + 0.1, text, language))
    return follower.position.segment, follower.position.line


def test_words_spelled_by_their_sound_follow_a_spanish_reading():
    windows = ["Hola a todos y bienvenidos", "bienvenidos a la cocina en directo", "kualkier kuchiyo"]
    # The host skipped the hornillo line; the recognizer wrote the next line's words as they sound.
    assert _line_after("es", windows) == (0, 2)
    # Spelling alone (an English show has no sound keys) is too far off: the highlight holds.
    assert _line_after("en", windows) == (0, 0)
