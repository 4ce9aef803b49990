"""Normalization keeps spans honest; matching knows context (第一天, best before, รักษาความชุ่มชื้น)."""

import pytest

from studio.compliance import Checker
from studio.compliance.normalize import normalize


@pytest.fixture(scope="module")
def checker():
    return Checker(["CN", "US", "DE", "AE", "TIKTOK"], user_pack=False)


def ids(findings):
    return {f.rule_id for f in findings}


def test_normalize_folds_width_case_traditional_and_arabic_variants():
    assert normalize("ＢＥＳＴ 最佳 廣告").text == "best 最佳 广告"
    assert normalize("إِعْلانٌ").text == "اعلان"
    assert normalize("Hiệu quả", fold_diacritics=True).text == "hieu qua"
    assert normalize("Hiệu quả").text == "hiệu quả"


def test_spans_point_into_the_original_text(checker):
    text = "  Ｎｏ．１ cushion, 這款最好用"
    found = checker.check_text(text, "zh")
    matched = {f.matched for f in found}
    assert "Ｎｏ．１" in matched and "最好" in matched
    for f in found:
        assert text[f.start:f.end] == f.matched


def test_decomposed_accents_keep_whole_characters_in_the_span(checker):
    text = "Es ecolo\u0301gico"              # ó written as o + combining acute
    [f] = [f for f in checker.check_text(text, "es") if f.rule_id == "eu.generic-environmental"]
    assert f.matched == "ecolo\u0301gico"


@pytest.mark.parametrize("text", ["第一天上架就卖爆了", "下单后第一时间发货", "这是我第一次用", "最近天气很干", "最后十分钟"])
def test_time_words_are_not_ranking_claims(checker, text):
    assert "cn.absolute-terms" not in ids(checker.check_text(text, "zh"))


@pytest.mark.parametrize("text", ["全网第一的口红", "這是最好的選擇", "销量ＮＯ．１", "国家级配方"])
def test_ranking_and_superlatives_are_flagged_in_any_script(checker, text):
    assert "cn.absolute-terms" in ids(checker.check_text(text, "zh"))


def test_best_before_is_not_a_superlative(checker):
    assert not checker.check_text("Best before June 2027, see the box", "en")
    assert "cn.absolute-terms" in ids(checker.check_text("The best serum in the world", "en"))


def test_word_boundaries_in_spaced_languages(checker):
    assert "us.disease-claim" not in ids(checker.check_text("Book a manicure and pedicure", "en"))
    assert "us.disease-claim" in ids(checker.check_text("It cures acne", "en"))


def test_thai_without_spaces_uses_context(checker):
    assert "tiktok.medical-claim" in ids(checker.check_text("ครีมนี้รักษาสิวได้", "th"))
    assert not checker.check_text("ช่วยรักษาความชุ่มชื้นให้ผิว", "th")


def test_arabic_clitics_and_alcohol_free(checker):
    [f] = checker.check_text("تركيبة وبالكحول", "ar")
    assert f.rule_id == "gulf.alcohol-selling-point" and f.matched == "وبالكحول"
    assert not checker.check_text("التركيبة خالية من الكحول", "ar")


def test_language_guessed_from_script_when_not_given(checker):
    assert "tiktok.medical-claim" in ids(checker.check_text("เซรั่มรักษาฝ้า"))
    assert "cn.absolute-terms" in ids(checker.check_text("全网第一"))


def test_markets_select_rules():
    us_only = Checker(["US"], user_pack=False)
    assert not us_only.check_text("全网第一的口红", "zh")
    de = Checker(["DE"], user_pack=False)
    [f] = de.check_text("Nur heute!", "de")
    assert f.rule_id == "eu.false-urgency" and f.markets == ("DE",)
    assert Checker(["JP"], user_pack=False).uncovered_markets == ("JP",)
