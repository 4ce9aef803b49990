"""The disclosure timing per market: said aloud when a caption says it, or when the follower saw the script's
disclosure line read (a misheard word in the caption must not turn a read disclosure into 'missing')."""

from __future__ import annotations

from studio.rehearsal.engines import PassResult
from studio.rehearsal.report import _disclosure
from studio.show import load_show
from tests.rehearsal.test_rehearse_cli import SHOW

LINE = "This live is sponsored by the brand, and I was sent these products for free."


def _segments(status: str, at: float | None):
    return [{"index": 0, "lines": [{"line": 0, "text": "Hi everyone!", "status": "read", "at": 0.5},
                                   {"line": 1, "text": LINE, "status": status, "at": at}]}]


def test_a_read_disclosure_line_counts_as_said_though_the_caption_misheard_it():
    heard = PassResult(audio_s=40.0)           # no caption said it ("answered by the brand")
    out = _disclosure(load_show(SHOW), heard, ["US", "DE"], _segments("read", 7.2))
    assert out["US"]["status"] == "ok" and out["US"]["said_at"] == [7.2] and out["DE"]["status"] == "ok"


def test_a_skipped_disclosure_line_is_missing():
    out = _disclosure(load_show(SHOW), PassResult(audio_s=40.0), ["US"], _segments("skipped", None))
    assert out["US"]["status"] == "missing" and out["US"]["said_at"] == [] and out["US"]["in_script"] == [[0, 1]]
