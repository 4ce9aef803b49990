"""The packs' semantic policy: what each claim category means in each market."""

import pytest

from studio.compliance import PackError, RuleSeverity
from studio.compliance.packs import load_rules, semantic_policy
from studio.compliance.policy import CATEGORIES


def test_every_shipped_rule_has_a_category_or_none_on_purpose():
    # Taking buyers off a platform is a platform rule with no claim category.
    off_platform = {"tiktok.off-platform", "shopee.off-platform", "lazada.off-platform", "amazon.off-amazon"}
    for rule in load_rules(user_pack=False):
        assert rule.category in CATEGORIES or rule.id in off_platform, rule.id


def _sev(policy, market, category):
    p = policy[market].get(category)
    return p.severity if p else None


def test_superlatives_block_in_china_and_are_puffery_in_the_us():
    policy = semantic_policy(["CN", "US", "DE"], user_pack=False)
    assert _sev(policy, "CN", "absolute_superlative") is RuleSeverity.BLOCK
    assert policy["CN"]["absolute_superlative"].source.startswith("《中华人民共和国广告法》第九条")
    assert _sev(policy, "US", "absolute_superlative") is None
    assert policy["US"]["absolute_superlative"].pack_id == "us"


def test_urgency_and_discounts_are_stricter_in_the_eu_than_in_the_us():
    policy = semantic_policy(["US", "FR"], user_pack=False)
    for category in ("false_urgency", "fake_discount"):
        assert _sev(policy, "FR", category) is RuleSeverity.BLOCK
        assert _sev(policy, "US", category) is RuleSeverity.WARN


def test_alcohol_and_pork_matter_in_the_gulf_not_in_the_us():
    policy = semantic_policy(["SA", "US"], user_pack=False)
    assert _sev(policy, "SA", "cultural_sensitivity") is RuleSeverity.BLOCK
    assert _sev(policy, "US", "cultural_sensitivity") is None


def test_a_market_without_a_pack_gets_the_universal_policy_for_every_category():
    policy = semantic_policy("JP", user_pack=False)["JP"]
    assert set(policy) == set(CATEGORIES)
    assert {p.pack_id for p in policy.values()} == {"universal"}
    assert policy["medical"].severity is RuleSeverity.BLOCK and policy["medical"].suggestion_for("ja")


def test_strictest_pack_wins_and_is_cited():
    # The UK blocks invented urgency (DMCCA Sch. 20); TikTok Shop's own policy only warns.
    policy = semantic_policy(["GB", "TIKTOK"], user_pack=False)
    assert _sev(policy, "GB", "false_urgency") is RuleSeverity.BLOCK and policy["GB"]["false_urgency"].pack_id == "uk"
    assert _sev(policy, "TIKTOK", "false_urgency") is RuleSeverity.WARN
    assert policy["TIKTOK"]["false_urgency"].pack_id == "tiktok"


def test_user_pack_turns_a_category_off(tmp_path):
    user = tmp_path / "user-pack.yaml"
    user.write_text("semantic:\n  fake_discount: off\n  false_urgency: {severity: warn}\n", encoding="utf-8")
    policy = semantic_policy(["DE"], user_pack=user)["DE"]
    assert policy["fake_discount"].severity is None
    assert policy["false_urgency"].severity is RuleSeverity.WARN
    assert policy["false_urgency"].source   # the shipped citation is kept


@pytest.mark.parametrize("body, message", [
    ("semantic:\n  bragging: {severity: warn}\n", "category must be one of"),
    ("semantic:\n  medical: {severity: loud}\n", "severity must be block, warn or info"),
])
def test_a_broken_semantic_section_names_the_problem(tmp_path, body, message):
    user = tmp_path / "user-pack.yaml"
    user.write_text(body, encoding="utf-8")
    with pytest.raises(PackError, match=message):
        semantic_policy(["US"], user_pack=user)


def test_a_shipped_category_that_is_on_needs_a_source(tmp_path):
    pack = tmp_path / "x.yaml"
    pack.write_text("id: x\nmarkets: [US]\nsemantic:\n  medical: {severity: block}\n", encoding="utf-8")
    with pytest.raises(PackError, match="needs a source and an English suggestion"):
        load_rules(tmp_path, user_pack=False)


def test_a_rule_with_an_unknown_category_does_not_load(tmp_path):
    pack = tmp_path / "x.yaml"
    pack.write_text("id: x\nmarkets: [US]\nrules:\n  - {id: x.a, severity: warn, category: vibes, explanation: e, "
                    "source: s, suggestion: s, patterns: {en: [a]}}\n", encoding="utf-8")
    with pytest.raises(PackError, match="category must be one of"):
        load_rules(tmp_path, user_pack=False)
