"""`studio comments replay` prints the inbox from a recorded stream; `studio comments serve` runs the
relay end to end (address and token printed, events stored, Ctrl+C stops cleanly); purge."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from studio.cli.main import main
from studio.comments.store import CommentStore

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data" / "autumn-lip-launch.comments.jsonl"
SHOW = ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"


def test_replay_prints_one_inbox_line_per_comment(capsys, tmp_path):
    assert main(["comments", "replay", str(DATA), "--show", str(SHOW), "--store", "--db",
                 str(tmp_path / "c.sqlite")]) == 0
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    comments = [json.loads(line) for line in DATA.read_text("utf-8").splitlines()]
    expected = [r for r in comments if r["kind"] == "comment"]
    assert len(lines) == len(expected)
    assert lines[0].startswith("00:05") and "Hola! desde México" in lines[0]
    assert any(line.startswith("02:11") and "how much is the red one?" in line for line in lines)
    assert any("كم سعر أحمر الشفاه الأحمر؟" in line for line in lines)
    assert f"{len(expected)} comment(s)" in err and "event(s) stored" in err
    stored = CommentStore(tmp_path / "c.sqlite").counts()
    assert stored.comments == len(expected) and stored.names == 0


def test_replay_of_a_missing_or_broken_file(capsys, tmp_path):
    assert main(["comments", "replay", str(tmp_path / "none.jsonl"), "--show", str(SHOW)]) == 2
    broken = tmp_path / "b.jsonl"
    broken.write_text('{"t": 0, "text": "fine"}\n<html>\n', encoding="utf-8")
    assert main(["comments", "replay", str(broken), "--show", str(SHOW)]) == 0
    out, err = capsys.readouterr()
    assert "fine" in out and "1 bad line(s) skipped (first: line 2" in err


def _post(port: int, token: str, body) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/events", body=json.dumps(body), headers={"Authorization": f"Bearer {token}"})
    status = conn.getresponse().status
    conn.close()
    return status


def test_serve_end_to_end_stores_events_and_stops_cleanly_on_ctrl_c(tmp_path):
    db = tmp_path / "c.sqlite"
    env = {**os.environ, "STUDIO_DATA_DIR": str(tmp_path / "data"), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "studio", "comments", "serve", "--port", "0", "--db", str(db),
                             "--keep-names"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        header = [proc.stdout.readline() for _ in range(4)]
        port = int(re.search(r"port (\d+)", header[0]).group(1))
        token = re.search(r"token: (\S+)", header[2]).group(1)
        assert "127.0.0.1" in header[0] and "(new: kept in" in header[2]
        assert _post(port, "wrong-token-wrong-token", {"text": "x"}) == 401
        assert _post(port, token, [{"text": "¿hacen envíos a Chile?", "user": "carla"}, {"kind": "like", "count": 9}]) == 200
        assert _post(port, token, {"text": 5}) == 400
        printed = proc.stdout.readline()
        assert "¿hacen envíos a Chile?" in printed
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "relay stopped" in err and "1 rejected" in err
    rows = list(CommentStore(db).events())
    assert [(r["kind"], r["user"]) for r in rows if r["kind"] != "system"] == [("comment", "carla"), ("like", None)]
    settings = json.loads((tmp_path / "data" / "comments.json").read_text("utf-8"))
    assert settings["token"] == token


def test_purge_names(capsys, tmp_path):
    db = tmp_path / "c.sqlite"
    assert main(["comments", "replay", str(DATA), "--show", str(SHOW)]) == 0     # nothing stored without --store
    assert not db.exists()
    store = CommentStore(db, keep_names=True)
    from studio.comments.sources.replay import ReplaySource

    got = []
    source = ReplaySource(DATA, got.append)
    source.start()
    source.join(10)
    store.add(got)
    store.close()
    capsys.readouterr()
    assert main(["comments", "purge", "--names", "--db", str(db)]) == 0
    assert "viewer name(s) cleared" in capsys.readouterr().out
    assert CommentStore(db).counts().names == 0
    assert main(["comments", "purge", "--db", str(db)]) == 2


def test_studio_run_stores_a_replayed_room_and_reports_it(tmp_path):
    from tests.qt_helpers import qt_app

    qt_app()
    db, report = tmp_path / "c.sqlite", tmp_path / "run.json"
    assert main(["run", "--video", "pattern", "--duration", "1", "--size", "160x90", "--no-price-card",
                 "--comments-replay", str(DATA), "--comments-db", str(db), "--report", str(report)]) == 0
    figures = json.loads(report.read_text("utf-8"))
    assert "comments" in figures["features"] and figures["problems"] == []
    assert figures["comments"]["stored"] == CommentStore(db).counts().events > 49
    assert figures["comments"]["sources"][0]["detail"].startswith("replay of autumn-lip-launch")
