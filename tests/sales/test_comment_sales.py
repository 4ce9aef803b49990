"""Sales from buy comments (the inbox's "log sale") and the report's buyers' side: the comment's id
kept with the sale, GMV per minute under talk-track A and B, and questions, buys and complaints per
product, segment and language from the comments log (read again with the real analyzer)."""

from __future__ import annotations

import json
import sqlite3
import time

import pytest

from studio.comments.events import EventKind, LiveEvent
from studio.comments.inbox_events import BuyLogRequested
from studio.comments.store import CommentStore
from studio.core.events import EventBus, SegmentChanged, TalkTrackChanged
from studio.sales import SalesLog
from studio.sales.comment_figures import analyzer_for, comment_figures
from studio.sales.errors import SalesInputError
from studio.sales.model import SaleInput
from studio.sales.render import report_csv, report_html, report_to_dict
from studio.sales.report import build_report
from studio.sales.talk_tracks import record_talk_track
from studio.sales.worker import SalesWorker


def _wait(predicate, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def test_buy_comment_logged_from_the_bus_keeps_the_comment_id(db_path, show):
    bus = EventBus()
    worker = SalesWorker(str(db_path), origin="app", events=bus, show_provider=lambda: show,
                         segment_provider=lambda: 1)
    results = []
    worker.subscribe(results.append)
    worker.start()
    try:
        bus.publish(BuyLogRequested("tt-7781", "tiktok", "tiktok:@shop", "EYE-AVI", 2, "CF 2 kacamata", "id"))
        bus.publish(BuyLogRequested("tt-7781", "tiktok", "tiktok:@shop", "EYE-AVI", 2, "CF 2 kacamata", "id"))
        worker.log_comment_sale("tt-7790", None, 1)       # named no product: the one on screen (Ruby)
        _wait(lambda: len(results) == 3)
    finally:
        worker.stop()
    assert [r.error for r in results] == [False, True, False]
    assert "already logged as sale #1" in results[1].message          # one comment, one sale
    with SalesLog.open(db_path) as log:
        rows = log.db.execute("SELECT sku, quantity, comment_id FROM sales ORDER BY id").fetchall()
        assert rows == [("EYE-AVI", 2, "tt-7781"), ("LIP-RUBY", 1, "tt-7790")]
        assert [s.comment_id for s in log.sales(1)] == ["tt-7781", "tt-7790"]


def test_undone_comment_sale_can_be_logged_again_and_ids_are_cleaned(live):
    sale = live.log_sale(SaleInput(sku="LIP-RUBY", comment_id="c-1\x00\n"))
    assert sale.comment_id == "c-1"
    with pytest.raises(SalesInputError):
        live.log_sale(SaleInput(sku="LIP-RUBY", comment_id="c-1"))
    live.undo_last()
    assert live.log_sale(SaleInput(sku="LIP-RUBY", comment_id="c-1")).comment_id == "c-1"


def test_version_2_file_upgrades_to_3_keeping_its_sales(db_path, show, clock):
    from studio.sales import store

    with SalesLog.open(db_path, clock_ms=clock) as log:
        log.start_session(show=show)
        log.log_sale(SaleInput(sku="LIP-RUBY"))
    conn = sqlite3.connect(db_path)          # back to a version 2 file, as the previous release wrote it
    conn.executescript("DROP TABLE talk_track_changes; DROP INDEX sales_comment; ALTER TABLE sales DROP COLUMN "
                       "comment_id; DELETE FROM schema_migrations WHERE version = 3; PRAGMA user_version = 2;")
    conn.close()
    with SalesLog.open(db_path, clock_ms=clock) as log:
        assert log.schema_version == store.SCHEMA_VERSION == 3
        assert [s.comment_id for s in log.sales(1)] == [None]
        assert log.log_sale(SaleInput(sku="LIP-RUBY", comment_id="x9")).comment_id == "x9"


def test_report_gmv_per_minute_under_a_and_b(live, clock):
    live.set_segment(1)                                    # Ruby on screen, read from A
    clock.advance(60)
    live.log_sale(SaleInput(sku="LIP-RUBY"))               # 19.90 in the A minute
    clock.advance(60)
    record_talk_track(live, 1, "B")                        # viewers left: the producer switched to B
    clock.advance(30)
    live.log_sale(SaleInput(sku="LIP-RUBY", quantity=3))   # 59.70 under B
    clock.advance(30)
    live.set_segment(2)                                    # Nude gloss: its own A
    clock.advance(120)
    live.log_sale(SaleInput(sku="LIP-NUDE"))
    live.end_session()
    tracks = {t.track: t for t in build_report(live, 1).tracks}
    assert tracks["B"].on_air_ms == 60_000 and tracks["B"].orders == 1 and tracks["B"].units == 3
    assert str(tracks["B"].gmv_per_minute) == "59.70 USD"
    assert tracks["A"].on_air_ms == 240_000 and tracks["A"].orders == 2
    nude = live.product("LIP-NUDE").price.amount_minor
    assert tracks["A"].gmv_per_minute.amount_minor == round((1990 + nude) / 4)
    report = build_report(live, 1)
    data = report_to_dict(report)
    assert [t["track"] for t in data["talk_tracks"]] == ["A", "B"]
    assert data["talk_tracks"][1]["gmv_per_minute"] == {"amount": "59.70", "currency": "USD"}
    assert "Talk-track A vs B" in report_html(report)
    assert "talk_track,B,,3,1,59.70,USD,on_air_s=60;gmv_per_minute=59.70" in report_csv(report)


def test_worker_records_the_prompters_switch(db_path, show):
    bus = EventBus()
    worker = SalesWorker(str(db_path), events=bus, show_provider=lambda: show, segment_provider=lambda: 1)
    worker.start()
    bus.publish(TalkTrackChanged(1, "B"))
    bus.publish(SegmentChanged(2, 1))
    bus.publish(TalkTrackChanged(1, "A"))
    worker.stop()
    with SalesLog.open(db_path) as log:
        assert [(s, t) for _, s, t in log.db.execute(
            "SELECT at_ms, segment_index, track FROM talk_track_changes ORDER BY id")] == [(1, "B"), (1, "A")]


def _comment(event_id: str, text: str, wall_ms: int) -> LiveEvent:
    return LiveEvent.create(EventKind.COMMENT, source="replay", platform="replay", event_id=event_id,
                            text=text, wall_ms=wall_ms)


@pytest.mark.slow      # loads the real multilingual encoder (~5 s on 2 cores)
def test_report_counts_questions_buys_complaints_per_product_segment_language(live, clock, show, tmp_path):
    start = clock.now
    live.set_segment(0)
    clock.advance(60)
    live.set_segment(1)                                     # Ruby from start+60 s
    clock.advance(120)
    live.set_segment(3)                                     # Aviator glasses from start+180 s
    clock.advance(120)
    live.log_sale(SaleInput(sku="EYE-AVI", quantity=2, comment_id="c5"))
    store = CommentStore(tmp_path / "comments.sqlite")
    store.begin_run("replay")
    store.add([
        _comment("c0", "how long does shipping take to Chile?", start - 5_000),         # before the session
        _comment("c1", "how long does shipping take to Chile?", start + 10_000),        # Welcome, en, question
        _comment("c2", "quiero el labial rojo", start + 70_000),                        # Ruby, es, buy
        _comment("c3", "لقد وصلني الروج مكسورا", start + 90_000),                        # Ruby, ar, complaint
        _comment("c4", "ada kacamata warna lain?", start + 200_000),                    # Aviator, id, question
        _comment("c5", "CF 2", start + 210_000),                                        # Aviator on screen: buy
    ])
    figures = comment_figures(live, 1, store.events(kind=EventKind.COMMENT), analyzer_for(show))
    store.close()
    # The same through `studio sales report --show` (the comments log beside the sales file).
    from studio.cli.main import main
    from tests.sales.conftest import ROOT

    out = tmp_path / "report.json"
    assert main(["sales", "report", "--db", str(live.path), "--session", "1", "--format", "json", "-o", str(out),
                 "--show", str(ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"),
                 "--comments-db", str(tmp_path / "comments.sqlite")]) == 0
    cli = json.loads(out.read_text("utf-8"))["comments"]
    assert cli["by_language"]["ar"]["complaints"] == 1 and cli["linked_sales"] == 1
    assert main(["sales", "report", "--db", str(live.path), "--session", "1", "--show", "x.show.md",
                 "--comments-db", str(tmp_path / "none.sqlite")]) == 2
    assert figures.comments == 5 and figures.linked_sales == 1 and figures.linked_units == 2
    ruby, avi = figures.by_product["LIP-RUBY"], figures.by_product["EYE-AVI"]
    assert (ruby.buy, ruby.complaint, ruby.question) == (1, 1, 0)
    assert (avi.question, avi.buy) == (1, 1)
    assert figures.by_product[""].question == 1                       # shipping: no product
    assert (figures.by_segment[0].question, figures.by_segment[1].buy, figures.by_segment[1].complaint,
            figures.by_segment[3].buy, figures.by_segment[3].question) == (1, 1, 1, 1, 1)
    langs = figures.by_language
    assert langs["en"].question == 1 and langs["es"].buy == 1 and langs["ar"].complaint == 1 and langs["id"].question == 1
    report = build_report(live, comments=figures)
    data = json.loads(json.dumps(report_to_dict(report)))
    assert data["comments"]["by_product"]["EYE-AVI"] == {"comments": 2, "questions": 1, "buys": 1, "complaints": 0}
    html = report_html(report)
    assert "What buyers said" in html and "Aviator" in html
    assert "comments_language,ar,,,,,,comments=1;questions=0;buys=0;complaints=1" in report_csv(report)
