"""The producer's HTML scorecard and the rehearsal history: sections present, every text escaped,
nothing fetched from the network, and a new rehearsal compared with the latest kept one."""

from __future__ import annotations

import json
import re

import pytest

from studio.compliance.checker import Checker
from studio.rehearsal import history
from studio.rehearsal.html import render
from studio.rehearsal.report import build_report
from studio.show import load_show

from .captions import pass_result, sequence

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def show_and_reports():
    from pathlib import Path

    show = load_show(Path(__file__).resolve().parents[2] / "assets" / "shows" / "autumn-lip-launch.show.md")
    checker = Checker(["US", "DE"])
    first = build_report(show, pass_result(sequence(
        "Hi everyone, welcome to the Autumn Lip Launch.",
        "This live is sponsored by the brand, and I was sent these products for free.",
        "This is Ruby, a deep red with a soft matte finish.",
        f"Honestly this lipstick cures cold sores, guaranteed {HOSTILE}")), checker, "take1.wav", "tiny.en")
    second = build_report(show, pass_result(sequence(
        "Hi everyone, welcome to the Autumn Lip Launch.",
        "Tonight we have four new products and a special offer for everyone watching.",
        "This live is sponsored by the brand, and I was sent these products for free.",
        "This is Ruby, a deep red with a soft matte finish.",
        "It glides on in one stroke and stays comfortable for hours.")), checker, "take2.wav", "tiny.en")
    return show, first, second


def test_scorecard_has_every_section_and_escapes_recognized_text(show_and_reports):
    _show, first, _second = show_and_reports
    page = render(first)
    for section in ("go", "timeline", "segments", "adlibs", "findings", "disclosure", "terms", "compare"):
        assert f'id="{section}"' in page
    assert "<script" not in page and "<img" not in page and "onerror=alert(1)>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img" in page
    # self-contained: no file or address outside the page
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:|//|file:)', page, re.I)
    assert "<svg" in page and "NO-GO" in page and "<mark>cures cold sores</mark>" in page
    assert "It glides on in one stroke" in page            # the skipped line is listed
    assert "No previous rehearsal" in page


def test_a_show_title_and_lines_are_escaped_too(show_and_reports):
    show, first, _ = show_and_reports
    data = json.loads(json.dumps(first))
    data["show"] = "Ruby & <b>Friends</b>"
    data["segments"][0]["title"] = "<i>Welcome</i>"
    page = render(data)
    assert "<b>Friends" not in page and "Ruby &amp; &lt;b&gt;Friends&lt;/b&gt;" in page
    assert "<i>Welcome" not in page


def test_a_rehearsal_is_kept_per_show_and_compared_with_the_latest(show_and_reports):
    show, first, second = show_and_reports
    slug = history.show_slug(show.title)
    assert slug == "autumn-lip-launch"
    assert history.latest(slug) is None
    kept = history.save(first, slug)
    assert kept.parent == history.history_dir(slug) and kept.parent.name == slug
    (kept.parent / "zzz-damaged.json").write_text("{not json", encoding="utf-8")   # passed over
    path, previous = history.latest(slug)
    assert path == kept
    comparison = history.compare(second, previous, path)
    rows = {row["key"]: (row["before"], row["now"]) for row in comparison["rows"]}
    assert rows["lines_read"] == (3, 5) and rows["adlibs"] == (1, 0) and rows["blocking_said"] == (2, 0)
    assert rows["go.US"] == ("NO-GO", "GO")
    changed = {(c["segment"], c["line"]): (c["before"], c["now"]) for c in comparison["lines_changed"]}
    assert changed[(1, 1)] == ("skipped", "read") and changed[(0, 1)] == ("skipped", "read")
    page = render(second, comparison)
    assert "Compared with the previous rehearsal" in page and "No previous rehearsal" not in page
    assert "skipped → read" in page


def test_slug_keeps_letters_of_any_script():
    assert history.show_slug("秋季唇彩 Launch!") == "秋季唇彩-launch"
    assert history.show_slug("***", "fallback") == "fallback"
