"""The program window's display picker reads like the prompter's: '1: 1366×768', the monitor's name in the tooltip."""

from __future__ import annotations

import re

from tests.ui.conftest import spin


def test_both_display_pickers_name_a_display_by_number_and_size(make_window):
    window = make_window()
    spin(0.3)
    golive = window.panel_widgets["golive"].screen_combo
    prompter = window.panel_widgets["prompter"].screen_combo
    assert golive.count() == prompter.count() >= 1
    for i in range(golive.count()):
        assert re.fullmatch(r"\d+: \d+×\d+", golive.itemText(i)), golive.itemText(i)
        assert golive.itemText(i) == prompter.itemText(i)
        assert golive.itemData(i, 3) == prompter.itemData(i, 3)     # the monitor's name: the tooltip (Qt.ToolTipRole)
    screen = window.screen()
    assert golive.itemData(0, 3) == " ".join(x for x in (screen.manufacturer(), screen.model(), screen.name()) if x)
    assert golive.currentData() == screen.name()                   # the name is still what is saved
    assert not window.panel_widgets["golive"].stream.stop_button.isEnabled()     # not streaming
