"""Shipped packs are complete and readable; a user pack adds, changes and disables rules."""

import pytest

from studio.compliance import Checker, PackError, load_rules
from studio.compliance.markets import applies, parse_markets

REQUIRED_LANGS = {"zh", "en", "es", "pt", "id", "vi", "th", "ar"}


def test_every_rule_is_complete():
    rules = load_rules(user_pack=False)
    assert len(rules) >= 15
    for r in rules:
        assert r.id and r.explanation and r.source and r.suggestion.get("en"), r.id
        assert r.patterns, r.id
    langs = {lang for r in rules for lang in r.languages}
    assert REQUIRED_LANGS <= langs
    packs = {r.pack for r in rules}
    assert {"cn", "us", "eu", "tiktok", "gulf"} <= packs


def test_market_groups():
    assert parse_markets("us, de;UAE") == ("US", "DE", "AE")
    assert applies(("EU",), "DE") and applies(("GULF",), "SA") and not applies(("EU",), "US")


def test_user_pack_adds_replaces_disables(tmp_path):
    user = tmp_path / "user-pack.yaml"
    user.write_text("""
markets: [US]
disable: [us.fda-approved]
severity: {us.unsubstantiated-efficacy: block}
rules:
  - id: user.no-competitor-names
    severity: warn
    explanation: Do not name competitors on air.
    source: House style
    suggestion: Say "other brands".
    patterns:
      en: [glossier, fenty]
""", encoding="utf-8")
    checker = Checker(["US"], user_pack=user)
    found = {f.rule_id: f for f in checker.check_text("FDA approved, clinically proven, better than Fenty", "en")}
    assert "us.fda-approved" not in found
    assert found["us.unsubstantiated-efficacy"].blocking
    assert found["user.no-competitor-names"].matched == "Fenty"


def test_user_pack_in_data_dir_is_picked_up(tmp_path, monkeypatch):
    from studio.compliance import user_pack_path

    path = user_pack_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    # the rule off, and the claim category off for the semantic check too
    path.write_text("disable: [eu.false-urgency]\nsemantic: {false_urgency: off}\n", encoding="utf-8")
    assert not Checker(["DE"]).check_text("Only today!", "en")
    assert Checker(["DE"], user_pack=False).check_text("Only today!", "en")


@pytest.mark.parametrize("body, message", [
    ("disable: [no.such.rule]\n", "no rule with id no.such.rule"),
    ("rules:\n  - id: x\n    severity: fatal\n", "missing"),
    ("markets: [US]\nrules:\n  - {id: x, severity: fatal, explanation: e, source: s, suggestion: s, patterns: {en: [a]}}\n",
     "severity must be block, warn or info"),
    ("markets: [US]\nrules:\n  - {id: x, severity: warn, explanation: e, source: s, suggestion: s, patterns: {en: {regex: ['(']}}}\n",
     "does not compile"),
    ("rules: [\n", "not valid YAML"),
])
def test_broken_user_pack_names_the_problem(tmp_path, body, message):
    user = tmp_path / "user-pack.yaml"
    user.write_text(body, encoding="utf-8")
    with pytest.raises(PackError, match=message.replace(".", r"\.").replace("(", r"\(")):
        Checker(["US"], user_pack=user)


def test_an_edited_user_pack_is_picked_up_by_the_next_checker(tmp_path):
    user = tmp_path / "user-pack.yaml"
    user.write_text("disable: [eu.false-urgency]\nsemantic: {false_urgency: off}\n", encoding="utf-8")
    assert not Checker(["DE"], user_pack=user).check_text("Only today!", "en")
    user.write_text("disable: [eu.generic-environmental]\n", encoding="utf-8")
    assert Checker(["DE"], user_pack=user).check_text("Only today!", "en")
