"""The sales worker: a plain thread (no Qt) that the session starts from LiveOptions.sales, follows
the run of show on the session's bus, and that `studio run --sales-keys` drives from a file."""

from __future__ import annotations

import json
import threading
import time

from studio.core.events import EventBus, SegmentChanged
from studio.sales import SalesLog
from studio.sales.command_file import CommandFile
from studio.sales.worker import SalesWorker


def _wait(predicate, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def test_jobs_wait_for_start_and_stop_finishes_them_in_order(db_path, show):
    bus = EventBus()
    segment = [1]
    worker = SalesWorker(str(db_path), origin="cli", events=bus, show_provider=lambda: show,
                         segment_provider=lambda: segment[0])
    results = []
    worker.subscribe(results.append)
    worker.log_sale()                                   # before start: queued, not lost
    assert results == []
    worker.start()
    _wait(lambda: len(results) == 1)
    assert results[0].message == "Logged #1: 1 × Velvet Matte Lipstick, Ruby = 19.90 USD" and not results[0].error
    bus.publish(SegmentChanged(3, 1))                  # the session moved on: the sales follow
    worker.log_sale(quantity=2)
    worker.log_sale("NOPE-404")                         # bad input: said, the worker goes on
    worker.add_marker("price question in chat")
    worker.stop()                                       # finishes what was posted
    assert [r.error for r in results] == [False, False, False, True, False]
    assert "NOPE-404" in results[3].message and worker.errors == 1
    assert worker.snapshot.orders == 2 and worker.snapshot.units == 3
    report = worker.report()
    assert report["orders"] == 2 and report["last"] == "Marker: price question in chat"
    with SalesLog.open(db_path) as log:
        sales = log.sales(1)
    assert [(s.sku, s.quantity, s.origin) for s in sales] == [("LIP-RUBY", 1, "cli"), ("EYE-AVI", 2, "cli")]


def test_command_file_reads_only_new_complete_lines(tmp_path):
    class Recorder:
        def __init__(self):
            self.calls = []

        def log_sale(self, sku=None, quantity=1):
            self.calls.append(("sale", sku, quantity))

        def undo_last(self):
            self.calls.append(("undo",))

        def add_marker(self, note):
            self.calls.append(("marker", note))

    path = tmp_path / "keys.txt"
    path.write_text("sale\nsale\n", "utf-8")            # yesterday's presses: not this live's
    keys, worker = CommandFile(path), Recorder()
    with path.open("a", encoding="utf-8") as f:
        f.write("sale\nSALE LIP-NUDE 3\nundo\nmarker chat asks for the size chart\nsale LIP 0\ndance\nsale LIP-RU")
    keys.poll(worker)
    assert worker.calls == [("sale", None, 1), ("sale", "LIP-NUDE", 3), ("undo",),
                            ("marker", "chat asks for the size chart")]
    assert len(keys.refused) == 2 and "'dance'" in keys.refused[1]
    with path.open("a", encoding="utf-8") as f:
        f.write("BY\n")                                 # the line being written is finished now
    keys.poll(worker)
    assert worker.calls[-1] == ("sale", "LIP-RUBY", 1) and keys.applied == 5


def test_studio_run_logs_sales_from_a_hotkey_file(tmp_path, show, example_show_path):
    from studio.cli.main import main
    from studio.overlays.qt_paint import ensure_gui_application

    ensure_gui_application()       # what `studio run` does first, on the main thread (the run is on another)
    keys, report, db = tmp_path / "keys.txt", tmp_path / "report.json", tmp_path / "run.sqlite"
    keys.touch()
    codes = []
    run = threading.Thread(target=lambda: codes.append(main([
        "run", "--show", str(example_show_path), "--video", "pattern", "--size", "160x90", "--fps", "10",
        "--duration", "3", "--realtime", "--no-tryon", "--no-ticker", "--sales-db", str(db),
        "--sales-keys", str(keys), "--report", str(report)])))
    run.start()
    time.sleep(1.0)
    with keys.open("a", encoding="utf-8") as f:
        f.write("sale LIP-RUBY\nsale EAR-HOOP 2\nmarker big order\nsale EAR-HOOP x\nsale\n")
    run.join(60)
    assert codes == [0]
    figures = json.loads(report.read_text("utf-8"))
    assert figures["sales"]["orders"] == 2 and figures["sales"]["units"] == 3 and figures["sales"]["commands"] == 4
    assert figures["sales"]["session"] == show.title and figures["problems"] == []
    warnings = " ".join(figures["warnings"])
    assert "EAR-HOOP x" in warnings and "1 command(s) failed" in warnings     # 'sale' on the welcome segment
    assert "sales" in figures["features"]
    with SalesLog.open(db) as log:
        assert [(s.sku, s.quantity, s.origin) for s in log.sales(1)] == [("LIP-RUBY", 1, "cli"), ("EAR-HOOP", 2, "cli")]
