"""The compliance dock at the width it has at 1366×768: one row per flagged sentence with its markets, the
segment named, the advice on screen, and an empty state that says what to do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from studio.show.showfile import parse_show
from tests.qt_helpers import wait_until

SHOW = parse_show("""# Claims
markets: US, DE
language: en

## Segment: Welcome
Hi everyone, welcome.

## Segment: Ruby matte
Honestly this lipstick cures cracked lips overnight.
""")


@pytest.fixture
def make_panel(qapp, tmp_path):
    from studio.ui.bridge import EventBridge
    from studio.ui.panels import PanelContext, PanelSettings
    from studio.ui.panels.compliance_panel import CompliancePanel

    made = []

    def make(show):
        bridge = EventBridge()
        settings = PanelSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "compliance")
        widget = CompliancePanel(PanelContext(session_provider=lambda: None, bridge=bridge, settings=settings,
                                              show_provider=lambda: show))
        widget.resize(440, 560)             # the right dock at 1366×768
        widget.show()
        made.append((widget, bridge))
        return widget

    yield make
    for widget, bridge in made:
        bridge.close()
        widget.deleteLater()
    QCoreApplication.processEvents()


def test_a_sentence_flagged_for_two_markets_is_one_row_naming_its_segment(make_panel):
    panel = make_panel(SHOW)
    wait_until(lambda: panel.table.rowCount() > 0)
    cures = [row for row in panel.groups if row.first.matched.casefold() == "cures"]
    assert len(cures) == 1 and cures[0].markets == ("DE", "US")
    assert len({f.rule_id for f in cures[0].findings}) == 2
    r = panel.groups.index(cures[0])
    assert panel.table.item(r, 0).text() == "2 · Ruby matte, line 1"
    assert panel.table.item(r, 2).text() == "DE, US"
    panel.table.selectRow(r)
    # the advice of both rules is on screen, not in a column past the right edge
    details = panel.details.text()
    assert details.count("\n") >= 1 and "DE" in details and "US" in details
    assert all((f.suggestion in details) for f in cures[0].findings)
    assert panel.details.isVisible() and panel.details.geometry().bottom() <= panel.height()
    header = panel.table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(panel.table.columnCount())) <= panel.table.viewport().width()


def test_the_empty_panel_says_what_to_do(make_panel):
    panel = make_panel(None)
    assert not panel.table.isVisible() and panel.empty.isVisible()
    assert "Open show" in panel.empty.text()
    assert not panel.reminder.isVisible()            # no empty gap above the table
    marketless = make_panel(parse_show("# Plain\nlanguage: en\n\n## Segment: One\nHello there.\n"))
    assert "markets:" in marketless.empty.text()
    clean = make_panel(parse_show("# Plain\nmarkets: US\nlanguage: en\n\n## Segment: One\n"
                                   "#ad This live is sponsored by Lumi. Hello there.\n"))
    wait_until(lambda: "0 blocking" in clean.summary.text())
    assert clean.empty.isVisible() and "Nothing to fix" in clean.empty.text()
