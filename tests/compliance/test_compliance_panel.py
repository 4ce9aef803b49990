"""The compliance dock, offscreen: script findings from a worker thread, live findings from the bus."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from studio.compliance.events import DisclosureReminder
from studio.core.events import CaptionEvent, EventBus
from studio.show.showfile import parse_show
from tests.qt_helpers import qt_app, wait_until

_APP = qt_app()

SHOW = parse_show("""# Claims
markets: US, CN
language: en

## Segment: One
This serum cures acne.
Best before June, printed on the box.
[Call it the best in the world]
""")




@pytest.fixture
def panel(tmp_path):
    from studio.ui.bridge import EventBridge
    from studio.ui.panels import PanelContext, PanelSettings
    from studio.ui.panels.compliance_panel import CompliancePanel

    bridge = EventBridge()
    settings = PanelSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "compliance")
    widget = CompliancePanel(PanelContext(session_provider=lambda: None, bridge=bridge, settings=settings,
                                          show_provider=lambda: SHOW))
    yield widget, bridge
    bridge.close()
    widget.deleteLater()
    QCoreApplication.processEvents()


def test_script_and_live_findings_are_listed(panel):
    widget, bridge = panel
    wait_until(lambda: widget.table.rowCount() > 0)
    rules = {(f.rule_id, f.source_line_no) for _, f in widget.rows}
    assert ("us.disease-claim", 6) in rules and ("cn.absolute-terms", 8) in rules   # the cue, as info
    assert not any(f.source_line_no == 7 for _, f in widget.rows)                    # best before
    assert "blocking" in widget.summary.text()

    from studio.compliance import Checker
    from studio.compliance.live import LiveComplianceChecker

    bus = EventBus()
    bridge.attach(bus)
    live = LiveComplianceChecker(bus, Checker(["TIKTOK"], user_pack=False)).start()
    bus.publish(CaptionEvent("final", 65.0, 67.0, 67.3, "DM me on WhatsApp", "en"))
    bus.publish(DisclosureReminder(("US",), "Reminder: this live is sponsored.", 600.0))
    wait_until(lambda: widget.rows[0][0] == "live 01:05")
    assert widget.rows[0][1].rule_id == "tiktok.off-platform"
    assert "sponsored" in widget.reminder.text()
    live.close()

    widget.blocking_only.setChecked(True)
    assert widget.rows and all(f.blocking for _, f in widget.rows)
