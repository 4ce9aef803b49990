"""What a rehearsal makes of the final captions: lines read and skipped, ad-libs, findings at their
moment, terms, disclosure and go/no-go. The captions are given (text and word timings, as the
engine hands them over); the alignment, the real claim checker and the report run as in
`studio rehearse`. The end-to-end run over synthesized speech is in test_rehearse_cli.py."""

from __future__ import annotations

import pytest

from studio.compliance.checker import Checker
from studio.rehearsal.report import build_report
from studio.show import load_show

from .captions import pass_result, sequence

READING = (
    "Hi everyone, welcome to the Autumn Lip Launch. Tonight we have four new products and a special "
    "offer for everyone watching.",
    "This live is sponsored by the brand, and I was sent these products for free.",
    "This is Ruby, a deep red with a soft matte finish.",                  # skips "It glides on ..."
    "Tap the orange card below to add it to your basket.",                 # 'cart' misheard
    "Tap the orange cart below to add it to your basket.",                 # repeated
    "Honestly, this lipstick cures cold sores, guaranteed.",               # the ad-lib
    "Tonight we have four new products and a special offer for everyone watching.",   # jump back
    "Now something softer, Glow Gloss in Nude Roos.",                      # 'Nude Rose' misheard
    # 'feeling sticky' misheard at a line's end, the next line in the same caption, one of its words misheard
    "It gives a glassy shine without feelings to keep. Last one: classic gold hoops snack go with everything.",
)


@pytest.fixture(scope="module")
def report():
    from pathlib import Path

    show = load_show(Path(__file__).resolve().parents[2] / "assets" / "shows" / "autumn-lip-launch.show.md")
    finals = sequence(*READING)
    return build_report(show, pass_result(finals), Checker(["US", "DE"]), "reading.wav", "tiny.en"), finals


def _status(report, segment, line):
    return report["segments"][segment]["lines"][line]


def test_report_has_the_issue_schema(report):
    data, _ = report
    assert {"segments", "adlibs", "findings", "terms", "markets"} <= data.keys()
    for seg in data["segments"]:
        assert {"index", "title", "planned_s", "actual_s", "lines"} <= seg.keys()
        for k, line in enumerate(seg["lines"]):
            assert line["line"] == k and line["status"] in ("read", "skipped") and "text" in line and "at" in line
            assert (line["at"] is None) == (line["status"] == "skipped")
    for f in data["findings"]:
        assert {"at", "text", "category", "market", "severity", "rule", "rewrite"} <= f.keys()
        assert f["severity"] in ("block", "warn") and f["market"] in ("US", "DE")
    assert {"said", "heard", "missed"} <= data["terms"].keys()
    assert set(data["markets"]) == {"US", "DE"}
    assert all({"go", "reasons"} <= v.keys() for v in data["markets"].values())


def test_skipped_lines_are_marked_skipped_and_read_lines_carry_their_moment(report):
    data, finals = report
    assert _status(data, 1, 1)["status"] == "skipped"          # "It glides on ..."
    assert [_status(data, 3, k)["status"] for k in (0, 1)] == ["skipped", "skipped"]   # the aviator segment
    assert _status(data, 2, 2)["status"] == "skipped" and _status(data, 4, 1)["status"] == "skipped"
    assert _status(data, 0, 0)["at"] == pytest.approx(finals[0].start_s, abs=0.01)
    assert _status(data, 1, 2)["status"] == "read"             # one misheard word does not unread a line
    assert _status(data, 2, 0)["status"] == "read"
    assert _status(data, 4, 0)["status"] == "read"


def test_repeats_and_jumps_back_are_counted(report):
    data, _ = report
    assert _status(data, 1, 2)["times_read"] == 2             # the repeated line
    assert _status(data, 0, 1)["times_read"] == 2             # read again after the jump back
    welcome = data["segments"][0]
    assert len(welcome["visits"]) == 2                        # the jump back is a second visit
    assert welcome["actual_s"] == pytest.approx(sum(b - a for a, b in welcome["visits"]), abs=0.05)
    ruby = data["segments"][1]
    assert ruby["offer"]["starts_at"] == ruby["visits"][0][0]
    assert ruby["offer"]["ends_at"] == pytest.approx(ruby["visits"][0][0] + 600, abs=0.05)


def test_the_ad_lib_is_found_with_its_blocking_finding(report):
    data, finals = report
    assert len(data["adlibs"]) == 1                           # misheard words inside a line are no ad-libs
    adlib = data["adlibs"][0]
    assert "cures cold sores" in adlib["text"] and adlib["at"] == pytest.approx(finals[5].start_s, abs=0.01)
    cure = [f for f in data["findings"] if f["source"] == "said" and "cures cold sores" in f["matched"]]
    assert {f["market"] for f in cure} == {"US", "DE"}
    us = next(f for f in cure if f["market"] == "US")
    assert us["severity"] == "block" and us["adlib"] and us["rewrite"] and us["category"] == "medical"
    assert us["at"] == pytest.approx(finals[5].words[3][1], abs=0.01)     # at "cures", not the caption's start


def test_a_blocking_claim_said_makes_the_market_no_go_with_the_reason(report):
    data, _ = report
    for market in ("US", "DE"):
        verdict = data["markets"][market]
        assert verdict["go"] is False
        assert any("cures cold sores" in reason for reason in verdict["reasons"])


def test_terms_said_heard_and_missed(report):
    data, _ = report
    terms = data["terms"]
    assert terms["by_term"] == {"Ruby": {"said": 1, "heard": 1}, "Glow Gloss": {"said": 1, "heard": 1},
                                "Nude Rose": {"said": 1, "heard": 0}}
    assert (terms["said"], terms["heard"], terms["missed"]) == (3, 2, ["Nude Rose"])


def test_disclosure_is_timed_per_market(report):
    data, finals = report
    for market in ("US", "DE"):
        entry = data["disclosure"][market]
        assert entry["status"] == "ok" and len(entry["said_at"]) == 1
        assert finals[1].start_s <= entry["said_at"][0] < finals[1].end_s


def test_a_reading_without_the_scripted_disclosure_is_no_go(example_show_path):
    show = load_show(example_show_path)
    finals = sequence("Hi everyone, welcome to the Autumn Lip Launch.",
                      "This is Ruby, a deep red with a soft matte finish.")
    data = build_report(show, pass_result(finals), Checker(["US"]), "r.wav")
    assert data["disclosure"]["US"]["status"] == "missing"
    assert data["markets"]["US"]["go"] is False
    assert any("disclosure" in reason for reason in data["markets"]["US"]["reasons"])


def test_nothing_recognized_means_every_line_skipped_and_no_adlibs(example_show_path):
    show = load_show(example_show_path)
    data = build_report(show, pass_result([]), Checker(["US"]), "r.wav")
    assert all(line["status"] == "skipped" for seg in data["segments"] for line in seg["lines"])
    assert data["adlibs"] == [] and all(seg["actual_s"] == 0 for seg in data["segments"])


def test_glossary_terms_are_counted_besides_the_catalog(example_show_path):
    from studio.captions.glossary import Glossary

    show = load_show(example_show_path)
    finals = sequence("This is Ruby, a deep red with a soft matte finish.",
                      "Tap the orange card below to add it to your basket.")
    glossary = Glossary.from_text("orange cart\nmatte finish  # the texture\nglassy shine\n")
    terms = build_report(show, pass_result(finals), Checker(["US"]), "r.wav", glossary=glossary)["terms"]
    assert terms["by_term"]["matte finish"] == {"said": 1, "heard": 1}
    assert terms["by_term"]["orange cart"] == {"said": 1, "heard": 0}      # heard as 'orange card'
    assert "glassy shine" not in terms["by_term"]                         # its line was not read
    assert "orange cart" in terms["missed"]
