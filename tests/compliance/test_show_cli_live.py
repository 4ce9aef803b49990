"""Script check over a show, the `studio check` command, and the live caption checker."""

import json

import pytest

from studio.cli.main import main as studio
from studio.compliance import Checker, RuleSeverity, TextRole
from studio.compliance.events import ComplianceFinding
from studio.compliance.live import LiveComplianceChecker, read_log
from studio.core.events import CaptionEvent, EventBus
from studio.show.showfile import parse_show

SHOW = """# Claims night
markets: US, DE
language: en
captions: es

## Products
| sku | name | price | look | stock | notes |
|---|---|---|---|---|---|
| SER-1 | Miracle Serum | 29.00 USD | | 10 | |

## Segment: Serum (3m)
product: SER-1
offer: Today only, 20% off

Welcome back everyone!
This serum cures acne in a week.
> es: Este sérum cura el acné en una semana.
[Say it's eco-friendly if asked]
Tap the orange cart to order.
"""


@pytest.fixture
def show_path(tmp_path):
    path = tmp_path / "claims.show.md"
    path.write_text(SHOW, encoding="utf-8")
    return path


def test_check_show_finds_spoken_translation_offer_and_cue():
    show = parse_show(SHOW)
    findings = Checker(show.markets, user_pack=False).check_show(show)
    by_role = {}
    for f in findings:
        by_role.setdefault(f.role, []).append(f)
    spoken = {f.rule_id for f in by_role[TextRole.SPOKEN]}
    assert {"us.disease-claim", "eu.cure-claim"} <= spoken
    cure = next(f for f in by_role[TextRole.SPOKEN] if f.rule_id == "us.disease-claim")
    assert cure.source_line_no == 16 and cure.segment_index == 0 and cure.line_index == 1
    assert cure.text[cure.start:cure.end] == cure.matched == "cures acne"   # the whole claim is underlined
    assert any(f.lang == "es" and f.matched.startswith("cura") for f in by_role[TextRole.TRANSLATION])
    on_screen = {f.rule_id for f in by_role[TextRole.ON_SCREEN]}
    assert {"eu.false-urgency", "us.unsubstantiated-efficacy"} <= on_screen   # offer text, "Miracle" name
    [cue] = by_role[TextRole.CUE]
    assert cue.rule_id == "eu.generic-environmental" and cue.severity is RuleSeverity.INFO


def test_example_show_has_no_blocking_finding(example_show_path, capsys):
    assert studio(["check", str(example_show_path)]) == 0


def test_cli_exit_status_and_json(show_path, capsys):
    assert studio(["check", str(show_path), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["blocking"] >= 2 and report["markets"] == ["US", "DE"]
    first = report["findings"][0]
    assert {"line", "span", "text", "category", "source", "severity", "market", "rule", "rewrite",
            "similar_to"} <= set(first)


def test_cli_text_markets_and_usage_errors(capsys):
    assert studio(["check", "--text", "第一天上架，第一时间发货", "--market", "CN"]) == 0
    assert studio(["check", "--text", "line one\n全网第一", "--market", "CN"]) == 1
    out = capsys.readouterr().out
    assert "text:2:3-4: BLOCK cn.absolute-terms" in out
    assert studio(["check", "--text", "hi", "--market", "JP"]) == 0       # no national pack: a notice, not a refusal
    assert studio(["check", "--text", "hi", "--market", "ZZZZ"]) == 2     # not a market at all
    assert studio(["check"]) == 2
    assert studio(["check", "missing.show.md", "--market", "US"]) == 2
    assert studio(["check", "--text", "Only today!", "--market", "DE", "--min-severity", "block"]) == 0


def test_live_checker_publishes_and_logs_final_captions(tmp_path):
    bus = EventBus()
    got = []
    bus.subscribe(ComplianceFinding, got.append)
    log_path = tmp_path / "session" / "findings.jsonl"
    live = LiveComplianceChecker(bus, Checker(["US", "TIKTOK"], user_pack=False), log_path).start()
    bus.publish(CaptionEvent("partial", 1.0, 2.0, 2.1, "this cures", "en"))
    assert not got
    words = (("This", 1.0, 1.2), (" cures", 1.2, 1.5), (" acne,", 1.5, 1.8), (" DM", 1.9, 2.0),
             (" me", 2.0, 2.1), (" on", 2.1, 2.2), (" WhatsApp", 2.2, 2.5))
    bus.publish(CaptionEvent("final", 1.0, 2.5, 2.6, "This cures acne, DM me on WhatsApp", "en",
                             translations={"es": "Esto cura el acné", "th": "ครีมนี้รักษาสิว"}, words=words))
    bus.publish(CaptionEvent("final", 3.0, 4.0, 4.1, "Tap the orange cart", "en"))
    live.close()
    rules = {(e.finding.lang, e.finding.rule_id) for e in got}
    assert {("en", "us.disease-claim"), ("en", "tiktok.off-platform"), ("es", "tiktok.medical-claim"),
            ("th", "tiktok.medical-claim")} <= rules
    assert all(e.caption_start_s == 1.0 and e.finding.role is TextRole.CAPTION for e in got)
    spoken = {e.finding.rule_id: e.spoken_at_s for e in got if e.finding.lang == "en"}
    assert spoken["us.disease-claim"] == 1.2 and spoken["tiktok.off-platform"] == 1.9
    assert all(e.spoken_at_s is None for e in got if e.finding.lang != "en")
    logged = read_log(log_path)
    assert len(logged) == len(got) and logged[0]["caption_end"] == 2.5
    assert live.captions_checked == 2 and live.check_meter.stats().count == 2
    bus.publish(CaptionEvent("final", 5.0, 6.0, 6.1, "cures", "en"))   # unsubscribed after close
    assert live.captions_checked == 2


def test_opening_without_spoken_disclosure_is_a_warning(tmp_path):
    show = parse_show(SHOW)
    [missing] = [f for f in Checker(show.markets, user_pack=False).check_show(show)
                 if f.rule_id == "disclosure.opening"]
    assert missing.severity is RuleSeverity.WARN and missing.segment_index == 0 and "sponsored" in missing.suggestion
    disclosed = parse_show(SHOW.replace("Welcome back everyone!", "Welcome back! Este directo está patrocinado."))
    assert not [f for f in Checker(show.markets, user_pack=False).check_show(disclosed)
                if f.rule_id == "disclosure.opening"]
    user = tmp_path / "user-pack.yaml"
    user.write_text("disable: [disclosure.opening]\n", encoding="utf-8")
    assert not [f for f in Checker(show.markets, user_pack=user).check_show(show) if f.rule_id == "disclosure.opening"]


def test_findings_grouped_per_script_line_for_the_teleprompter():
    from studio.compliance import by_script_line

    show = parse_show(SHOW)
    marks = by_script_line(Checker(show.markets, user_pack=False).check_show(show))
    assert {f.matched for f in marks[(0, 1)]} == {"cures acne"}
    assert marks[(0, 2)][0].severity is RuleSeverity.INFO          # the cue
    assert (0, 0) not in marks and (0, 3) not in marks
