"""Voice follow where base hears Portuguese badly (the recorded phone-gear run, reading 11): a host going back one
line whose window heard only that line's first words and then misheard ones, behind a common word of where the
host was, and the line clock on a recognizer that places few of its windows."""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.controller import PrompterController, PrompterOptions
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follower import VoiceFollower
from studio.prompter.line_onset import LineOnsetOptions, LineOnsets
from studio.prompter.script import ScriptView
from studio.show import parse_show
from tests.prompter.test_line_onset import _line as _shown_line
from tests.prompter.test_line_onset import _speak

CASE_SHOW = """# Celular Turbinado ao Vivo
markets: BR
language: pt-BR

## Segment: Capinha (3m)
Agora a capinha KickFold, fininha, com um suporte embutido na parte de trás, por 89 reais.
Abre o suporte e o celular fica em pé na mesa, deitado pra ver filme ou de pé pra chamada de vídeo.
Os cantos têm amortecimento, então ela aguenta uma queda de quase dois metros no piso.
Tem na cor preta, verde-sálvia e uma transparente que mostra a cor do seu celular.

## Segment: Carregador (3m)
Vamos falar de carga, com o carregador TurboCube de sessenta e cinco watts e dois cabos trançados.
Ele tem três saídas, então o notebook, o celular e o fone carregam todos numa tomada só.
"""


def _event(text: str, start_s: float, end_s: float, kind: str = WINDOW_KIND) -> CaptionEvent:
    return CaptionEvent(kind, start_s, end_s, end_s + 0.1, text, "pt")


def _line(follower: VoiceFollower) -> tuple[int, int]:
    return follower.position.segment, follower.position.line


def _read_the_colours() -> VoiceFollower:
    """The host read the case's lines down to the colours, the last, and the windows placed them at its end."""
    f = VoiceFollower(ScriptView(parse_show(CASE_SHOW)))
    f.update(_event("agora a capinha kickfold fininha com um suporte", 0.0, 2.5))
    f.update(_event("os cantos têm amortecimento então ela aguenta", 12.0, 14.5))
    f.update(_event("uma queda de quase dois metros no piso", 14.5, 17.0))
    f.update(_event("tem na cor preta verde sálvia e uma", 17.5, 20.0))
    f.update(_event("que mostra a cor do seu celular", 20.5, 23.0))
    assert _line(f) == (0, 3)
    return f


def test_back_one_line_on_its_first_words_before_misheard_ones():
    f = _read_the_colours()
    # Back to the drop line: base heard its first two words, then words the script does not have and common ones
    # ("de" is also the next segment's "falar de", where the host was expected).
    update = f.update(_event("Os cantos tengamos de semente em...", 24.0, 26.5))
    assert update.moved and _line(f) == (0, 2)


def test_the_same_opening_before_another_lines_words_holds():
    f = _read_the_colours()
    # An ad-lib that says the drop line's first words and then a word of another line: no aside back.
    update = f.update(_event("os cantos tengamos de deitado", 24.0, 26.5))
    assert not update.moved and _line(f) == (0, 3)


def test_the_recognizer_hears_badly_when_it_places_few_of_its_windows():
    onsets = LineOnsets(ScriptView(parse_show(CASE_SHOW)))
    assert not onsets.hears_badly()          # until windows say otherwise, as English windows are
    for placed in [True, False, False] * 6:  # a third placed: base's Portuguese
        onsets.window_heard(placed)
    assert onsets.hears_badly()
    for _ in range(40):
        onsets.window_heard(True)
    assert not onsets.hears_badly()


def _on_the_stand_line(placed_prior: tuple[float, float]) -> PrompterController:
    """The host read the case's first line (heard) and, after a pause, began the stand line: the clock shows it."""
    c = PrompterController(parse_show(CASE_SHOW),
                           PrompterOptions(countdown_s=0, onsets=LineOnsetOptions(placed_prior=placed_prior)))
    c.start(0.0)
    _speak(c, 0.0, 3.0)
    c.on_caption(_event("agora a capinha kickfold fininha com um suporte embutido na parte de trás por 89 reais",
                        0.5, 3.0), 3.0)
    _speak(c, 3.6, 3.6)
    assert _shown_line(c, 3.6) == (0, 1)
    return c


def _misheard_stand_line(c: PrompterController, words: tuple[str, str] = ("deitado", "filme")) -> tuple[int, int]:
    """Two windows of the stand line that place nothing, each with one of its words; then the next line begins."""
    _speak(c, 3.7, 5.5)
    c.on_caption(_event(f"o nome da sencwi {words[0]}", 3.0, 5.5), 5.5)
    _speak(c, 5.6, 6.5)
    c.on_caption(_event(f"sencwi tem que {words[1]}", 4.0, 6.5), 6.5)
    _speak(c, 6.6, 9.5)
    _speak(c, 10.0, 10.0)
    return _shown_line(c, 10.0)


def test_where_the_recognizer_hears_badly_a_window_with_a_word_of_the_shown_line_does_not_stop_the_clock():
    assert _misheard_stand_line(_on_the_stand_line(placed_prior=(3.0, 10.0))) == (0, 2)


def test_a_word_the_script_has_in_other_lines_too_is_no_sign_of_the_shown_line():
    # "suporte" is the stand line's and the case's first line's: an ad-lib about the stand says it as well.
    assert _misheard_stand_line(_on_the_stand_line(placed_prior=(3.0, 10.0)), ("suporte", "suporte")) == (0, 1)


def test_where_it_hears_well_the_same_windows_are_an_ad_lib_and_the_clock_stops():
    assert _misheard_stand_line(_on_the_stand_line(placed_prior=(7.5, 10.0))) == (0, 1)


def test_a_late_final_of_audio_before_the_line_began_is_not_the_second_caption_of_an_ad_lib():
    c = _on_the_stand_line(placed_prior=(7.5, 10.0))
    _speak(c, 3.7, 5.5)
    c.on_caption(_event("tchipu hastina doo meda", 3.0, 5.5), 5.5)            # one window of other words
    c.on_caption(_event("chicau sem fiu mamá", 0.4, 3.2, kind="final"), 5.8)  # older audio, arriving after it
    _speak(c, 5.9, 9.5)
    _speak(c, 10.0, 10.0)
    assert _shown_line(c, 10.0) == (0, 2)
