"""Comments ingest: events per second sustained from producers through the local relay into
SQLite (studio.comments: relay -> intake -> comments worker -> comments.sqlite, FULL sync),
over HTTP POST batches and over one WebSocket, plus a single-event-per-request rate.

Prints figures and the load average; run by hand: .venv/bin/python benchmarks/bench_comments_ingest.py

Options: --seconds S per phase (default 5), --batch N events per POST/message (default 50),
--producers N concurrent HTTP producers (default 2), --dir PATH for the database (default a
temporary folder: use the disk you want to measure).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from websockets.sync.client import connect  # noqa: E402

from studio.comments.sources.relay import RelayOptions, RelaySource  # noqa: E402
from studio.comments.store import CommentStore  # noqa: E402
from studio.comments.worker import CommentsWorker  # noqa: E402
from studio.core.events import EventBus  # noqa: E402

TOKEN = "bench-token-0123456789abcdef"
TEXTS = ["how much is the red one?", "¿cuánto cuesta el labial rojo?", "quanto custa o batom vermelho?",
         "keep 1 kak yang merah", "ลิปสีแดงติดทนไหมคะ", "chốt 2 cây son đỏ", "كم سعر أحمر الشفاه؟", "我要两支红色的"]


def _events(prefix: str, start: int, n: int) -> list[dict]:
    return [{"text": TEXTS[(start + i) % len(TEXTS)], "id": f"{prefix}-{start + i}", "user": f"v{i}",
             "platform": "bench"} for i in range(n)]


def _http_producer(port: int, prefix: str, batch: int, until: float, sent: list[int]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    count = 0
    while time.monotonic() < until:
        body = json.dumps(_events(prefix, count, batch))
        conn.request("POST", "/events", body=body, headers={"Authorization": f"Bearer {TOKEN}",
                                                            "Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        assert response.status == 200, response.status
        count += batch
    conn.close()
    sent.append(count)


def _ws_producer(port: int, prefix: str, batch: int, until: float, sent: list[int]) -> None:
    count = 0
    with connect(f"ws://127.0.0.1:{port}/ws?token={TOKEN}") as ws:
        while time.monotonic() < until:
            ws.send(json.dumps(_events(prefix, count, batch)))
            assert json.loads(ws.recv())["ok"]
            count += batch
    sent.append(count)


def phase(name: str, worker: CommentsWorker, store: CommentStore, producer, port: int, producers: int,
          batch: int, seconds: float) -> None:
    before = store.counts().events
    dropped_before = worker.intake.stats().dropped_total
    sent: list[int] = []
    start = time.monotonic()
    threads = [threading.Thread(target=producer, args=(port, f"{name}{p}", batch, start + seconds, sent))
               for p in range(producers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sent_s = time.monotonic() - start
    deadline = time.monotonic() + 30           # until the worker has written everything queued
    while worker.intake.stats().queued and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    stored = store.counts().events - before
    dropped = worker.intake.stats().dropped_total - dropped_before
    total_s = time.monotonic() - start
    print(f"{name:<28} producers {producers}, {batch:>3} events/message: sent {sum(sent):>7} in {sent_s:.1f} s "
          f"({sum(sent) / sent_s:>7.0f}/s); stored {stored:>7} ({stored / total_s:>7.0f}/s sustained into SQLite); "
          f"dropped {dropped}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--producers", type=int, default=2)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(dir=args.dir))
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs; "
          f"database in {folder}")
    store = CommentStore(folder / "comments.sqlite", keep_names=False)
    store.begin_run("relay (benchmark)")
    worker = CommentsWorker(EventBus(), store)
    relay = RelaySource(RelayOptions(token=TOKEN, port=0), worker.sink, worker.on_state)
    worker.add_source(relay)
    port = relay.start_server()
    worker.start()
    try:
        phase("HTTP POST, batches", worker, store, _http_producer, port, args.producers, args.batch, args.seconds)
        phase("HTTP POST, one per request", worker, store, _http_producer, port, args.producers, 1, args.seconds)
        phase("WebSocket, batches", worker, store, _ws_producer, port, 1, args.batch, args.seconds)
    finally:
        worker.stop()
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
