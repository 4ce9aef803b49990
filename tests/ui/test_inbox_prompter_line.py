"""The prompter shows the top waiting viewer question as a line above its footer, and hides it."""

from __future__ import annotations

from PySide6.QtGui import QColor

from studio.ui.panels.prompter_view import PrompterView


def _band_rows(view) -> int:
    """Rows whose left edge has the question band's tint (blue-green over the dark background)."""
    image = view.grab().toImage()
    rows = 0
    for y in range(image.height()):
        c = QColor(image.pixel(4, y))
        rows += c.blue() > c.red() + 20 and c.green() > c.red() + 15
    return rows


def test_the_top_question_is_a_line_on_the_prompter(qapp):
    from studio.show import load_show
    from studio.prompter.script import ScriptView
    from tests.ui.test_inbox_panel import ROOT

    view = PrompterView()
    view.resize(600, 400)
    view.set_script(ScriptView(load_show(ROOT / "assets" / "shows" / "autumn-lip-launch.show.md")))
    view.show()
    assert _band_rows(view) == 0
    view.set_question("12 asking: هل يوجد شحن إلى الرياض؟ <b>x</b>")
    assert view.question.endswith("<b>x</b>") and _band_rows(view) > 10
    view.set_question(None)
    assert _band_rows(view) == 0
