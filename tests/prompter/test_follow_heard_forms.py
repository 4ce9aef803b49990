"""What the recognizer writes versus what the script says: digits for spelled-out numbers, a short
window written twice, and the host's first words before any is recognized."""

import pytest

from studio.core.events import CaptionEvent
from studio.prompter.controller import PrompterController, PrompterOptions
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follower import VoiceFollower
from studio.prompter.script import ScriptView
from studio.show import parse_show

SHOW = """# Night
markets: {market}
language: {language}

## Segment: Balm (2m)
{first}
{second}
{third}
"""


def _follower(language: str, *lines: str) -> VoiceFollower:
    show = parse_show(SHOW.format(market="US" if language == "en" else "ES", language=language,
                                  first=lines[0], second=lines[1], third=lines[2]))
    return VoiceFollower(ScriptView(show))


def _window(text: str, end_s: float, language: str) -> CaptionEvent:
    return CaptionEvent(WINDOW_KIND, end_s - 2.5, end_s, end_s + 0.1, text, language)


@pytest.mark.parametrize("language, lines, heard, word", [
    # Whisper writes digits where the script spells the number out ...
    ("es", ("Empezamos con el bálsamo limpiador.", "Quita la máscara sin frotar nada.",
            "El tarro tiene cien gramos, que duran unos tres meses."),
     "tiene 100 gramos que duran unos 3", 8),                              # on "tres"
    # ... and a script that writes digits still matches them.
    ("en", ("Welcome to the night live.", "The balm melts into an oil.", "Today it is 2 for 1 on the balm."),
     "the balm melts into an oil today it is 2 for 1", 5),                 # on "1"
])
def test_digits_match_the_numbers_of_the_script(language, lines, heard, word):
    f = _follower(language, *lines)
    f.update(_window(lines[0], 3.0, language))
    update = f.update(_window(heard, 9.0, language))
    assert update.position.line == 2 and update.position.word == word


def test_a_script_word_written_as_two_is_matched_as_one():
    f = _follower("en", "Rinse with warm water.", "It takes off waterproof mascara without any scrubbing.",
                  "The jar holds one hundred grams.")
    f.update(_window("It takes off waterproof mascara without any scrubbing", 6.0, "en"))
    # The host repeats the line; the recognizer writes "water proof" ("water" alone is elsewhere).
    update = f.update(_window("scrubbing. It takes off water proof", 8.0, "en"))
    assert update.position.line == 1 and update.position.word == 3      # back on "waterproof"


def test_a_window_written_twice_counts_its_words_once():
    f = _follower("es", "Hola a todos y bienvenidos.", "La crema de noche es rica pero nunca se siente grasa.",
                  "Aplica una pequeña cantidad antes de dormir.")
    f.update(_window("Hola a todos y bienvenidos", 3.0, "es"))
    update = f.update(_window("La crema de noche es rica. La crema de noche es rica. La cre", 6.0, "es"))
    assert update.position.line == 1 and update.position.word == 5      # on "rica", the first time


def test_the_first_words_of_the_show_highlight_the_top_of_the_segment_on_air(example_show_path):
    from studio.show import load_show

    c = PrompterController(load_show(example_show_path), PrompterOptions(countdown_s=0))
    c.start(0.0)
    assert c.tick(0.5).position is None
    c.note_voice_activity(1.0)
    snap = c.tick(1.0)
    assert (snap.position.segment, snap.position.line, snap.position.word) == (0, 0, 0)
    assert snap.heard_token is None                 # nothing recognized yet
