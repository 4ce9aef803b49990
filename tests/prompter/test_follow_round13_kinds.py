"""Voice follow in two situations of the recorded Portuguese runs with base (reading 10, home cleaning;
reading 8, gaming): the recognizer heard too little of a few lines for the follower to place the host while
the line clock stepped the highlight on at the host's line onsets, and a late final that alone heard the
opening of the segment the host went back to."""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follower import VoiceFollower
from studio.prompter.script import Position, ScriptView
from studio.show import parse_show

MOP_SHOW = """# Casa Limpa ao Vivo
markets: BR
language: pt-BR

## Segment: Mop spray (3m)
Pra piso de madeira, aqui o MistGlide, o mop spray, por cento e vinte e nove reais, sem fio e sem tomada.
Você aperta o gatilho e sai uma névoa bem fininha logo na frente do mop.
Usa tão pouca água que é seguro em madeira e laminado, e o chão seca em um minuto.
A base gira inteirinha, então entra fácil embaixo da cama e do sofá.
O tanque enche com qualquer garrafa, então dá pra usar só água ou o concentrado PureDrop que eu mostro já já.
"""

GAMING_SHOW = """# Level Up ao Vivo
markets: BR
language: pt-BR

## Segment: Teclado (3m)
Agora o teclado, o NovaByte Strike TKL, que sinceramente é o meu xodó da mesa hoje.
As teclas são de PBT grosso, então as letras nunca apagam.

## Segment: Controle (3m)
Agora o controle Apex Pad, que funciona no PC, no Switch e no celular.
Os analógicos usam sensores de efeito Hall, então não vão dar drift depois de um ano.

## Segment: Caixa de som (3m)
Indo pra sala, essa é a caixa de som bluetooth BoomCube, mais ou menos do tamanho de uma caneca.
Pareando duas delas você tem som estéreo de verdade pra noite de filme.
"""


def _event(kind: str, text: str, start_s: float, end_s: float) -> CaptionEvent:
    return CaptionEvent(kind, start_s, end_s, end_s + 0.1, text, "pt")


def _line(follower: VoiceFollower) -> tuple[int, int]:
    return follower.position.segment, follower.position.line


def _heard_the_price() -> tuple[VoiceFollower, ScriptView]:
    """The host read the mop's first line; the recognizer placed them on its price."""
    script = ScriptView(parse_show(MOP_SHOW))
    f = VoiceFollower(script)
    f.update(_event(WINDOW_KIND, "pra piso de madeira aqui o mistglide", 0.0, 2.5))
    f.update(_event(WINDOW_KIND, "o mop spray por cento e vinte e nove", 2.5, 5.0))
    assert _line(f) == (0, 0)
    return f, script


def test_words_of_a_line_after_the_one_the_line_clock_shows_move_the_host_past_a_common_word():
    f, script = _heard_the_price()
    # Nothing of the next three lines was heard; the line clock showed the third line at the host's onsets.
    f.note_shown(script.token_of_position(Position(0, 2, 0)))
    # "é" is "e", which the price ("cento e vinte e nove") has: the words before it still move the host on,
    # to the line after the one shown ("e do sofá. O tanque é insico" for "... e do sofá. O tanque enche").
    update = f.update(_event(WINDOW_KIND, "e do sofá. O tanque é insico.", 20.0, 22.5))
    assert update.moved and _line(f) == (0, 4)


def test_the_same_words_hold_while_the_highlight_is_on_the_hosts_line():
    f, script = _heard_the_price()
    f.note_shown(script.token_of_position(Position(0, 0, 14)))
    update = f.update(_event(WINDOW_KIND, "e do sofá. O tanque é insico.", 20.0, 22.5))
    assert not update.moved and _line(f) == (0, 0)


def _skipped_the_controller(read_it_before: bool) -> VoiceFollower:
    f = VoiceFollower(ScriptView(parse_show(GAMING_SHOW)))
    f.update(_event(WINDOW_KIND, "agora o teclado o novabyte strike tkl", 0.0, 2.5))
    f.update(_event(WINDOW_KIND, "que sinceramente é o meu xodó da mesa", 2.5, 5.0))
    if read_it_before:
        f.update(_event(WINDOW_KIND, "agora o controle apex pad que funciona no pc", 5.0, 7.5))
        assert _line(f) == (1, 0)
    # The host skips to the speaker, then goes back to the controller: the windows mishear its opening.
    f.update(_event(WINDOW_KIND, "indo pra sala essa é a caixa de som bluetooth boomcube", 10.0, 12.5))
    f.update(_event(WINDOW_KIND, "pareando duas delas você tem som estéreo", 15.0, 17.5))
    f.update(_event(WINDOW_KIND, "de verdade pra noite de filme", 17.5, 20.0))
    assert _line(f) == (2, 1)
    f.update(_event(WINDOW_KIND, "A blada do controle é a hex-pad, Kifu.", 20.0, 22.5))
    f.update(_event(WINDOW_KIND, "Ah, que funciona, não pece, não supe!", 22.5, 25.0))
    assert _line(f) == (2, 1)
    return f


def test_a_late_final_takes_the_host_back_to_a_segment_they_skipped_and_never_read():
    f = _skipped_the_controller(read_it_before=False)
    # The final of that speech comes after the windows and alone heard the controller's opening.
    update = f.update(_event("final", "de verdade pra noite de filme. Adora o controle Apexpad, que funciona no PC, "
                                      "no Switch e no celular.", 15.0, 24.0))
    assert update.jumped and _line(f) == (1, 0)


def test_a_late_final_of_a_segment_read_before_is_where_the_host_was():
    f = _skipped_the_controller(read_it_before=True)
    update = f.update(_event("final", "de verdade pra noite de filme. Adora o controle Apexpad, que funciona no PC, "
                                      "no Switch e no celular.", 15.0, 24.0))
    assert not update.moved and _line(f) == (2, 1)
