"""The prompter's banner, question and footer strips at the size the dock has at 1366×768: stacked, never over
each other, opaque, and leaving the script at least three lines."""

from __future__ import annotations

from PySide6.QtCore import QRect

from studio.ui.panels.prompter_strips import SCRIPT_LINES_KEPT
from studio.ui.panels.prompter_view import PrompterView

FINDING = ("Rephrase “Last one”: Only if true, give the real limit, e.g. \"The 20% offer ends at 21:00 CET "
           "tonight.\" Saying stock is almost gone when it is not misleads buyers.")
QUESTION = "3 asking: السلام عليكم، هل تشحنون إلى السعودية؟ and is the shipping free for two lipsticks?"
FOOTER = "Enter: put on air · voice is at 5 · Gold hoops and goodbye, the last segment of the show"


def _view(width=400, height=420):
    from studio.prompter.script import ScriptView
    from studio.show import load_show
    from tests.ui.test_inbox_panel import ROOT

    view = PrompterView()
    view.resize(width, height)
    view.set_script(ScriptView(load_show(ROOT / "assets" / "shows" / "autumn-lip-launch.show.md")))
    view.show()
    return view


def _all_strips(view):
    view.show_banner("finding", FINDING, 60)
    view.set_question(QUESTION)
    view.set_footer(FOOTER)
    return view.strip_plan()


def test_strips_never_cover_each_other_and_leave_three_script_lines(qapp):
    for size in ((400, 420), (400, 380), (1366, 768), (700, 400)):
        view = _view(*size)
        plan = _all_strips(view)
        rects = [s.rect for s in plan.strips]
        assert [s.kind for s in plan.strips] == ["banner", "footer", "question"]
        for i, a in enumerate(rects):
            assert a.top() >= 0 and a.bottom() <= view.height() + 0.01
            for b in rects[i + 1:]:
                assert not a.intersected(b).isValid() or a.intersected(b).height() < 0.01, size
        assert plan.script_top == rects[0].bottom()
        assert plan.script_bottom == min(r.top() for r in rects[1:])
        room = plan.script_bottom - plan.script_top
        assert room >= SCRIPT_LINES_KEPT * view.script_line_px() - 0.5, size
        view.close()


def test_on_a_prompter_too_small_for_all_each_strip_keeps_one_line(qapp):
    view = _view(400, 260)
    plan = _all_strips(view)
    assert all(s.layout.lineCount() == 1 for s in plan.strips)
    assert next(s for s in plan.strips if s.kind == "banner").elided
    assert plan.script_bottom > plan.script_top
    view.close()


def test_a_wrapping_footer_pushes_the_question_up(qapp):
    view = _view(400, 600)
    view.set_question(QUESTION)
    view.set_footer(FOOTER)
    plan = view.strip_plan()
    footer = next(s for s in plan.strips if s.kind == "footer")
    question = next(s for s in plan.strips if s.kind == "question")
    assert footer.layout.lineCount() == 2          # the case the question used to cover
    assert question.rect.bottom() <= footer.rect.top() + 0.01
    view.close()


def test_the_script_does_not_show_through_the_strips(qapp):
    view = _view()
    plan = _all_strips(view)
    first = view.grab().toImage()
    view.set_token(60, animate=False)               # the script scrolls under the strips
    assert view.offset_px > 100
    second = view.grab().toImage()
    for strip in plan.strips:
        r = strip.rect.toAlignedRect().intersected(QRect(0, 0, view.width(), view.height()))
        assert first.copy(r) == second.copy(r), strip.kind
    assert first != second
    view.close()


def test_the_reading_line_moves_below_the_banner(qapp):
    view = _view()
    view.set_token(10, animate=False)
    before = view.offset_px
    view.show_banner("finding", FINDING, 60)
    banner = view.strip_plan().strips[0].rect
    view._animation.stop()
    view._scroll_to_current(animate=False)
    # the current line rests lower by the banner's share of the height it took
    assert before - view.offset_px > banner.height() * 0.5
    view.clear_banner()
    view._scroll_to_current(animate=False)
    assert abs(view.offset_px - before) < 0.5
    view.close()
