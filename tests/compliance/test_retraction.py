"""A host who takes a word back at once ("全网最……不对", "the best — sorry", "nhất... à không")
has not made the claim: no rule fires on the retracted word, and the classifier does not read it."""

import pytest

from studio.compliance import Checker

MARKETS = ["CN", "VN", "ID", "TH", "KR", "GB", "AE", "TIKTOK"]


@pytest.fixture(scope="module")
def rules_only():
    return Checker(MARKETS, user_pack=False, semantic=False)


def superlatives(checker, text, lang):
    return [f.matched for f in checker.check_text(text, lang) if f.category == "absolute_superlative"]


@pytest.mark.parametrize("said, retracted, lang", [
    ("全网最好用的眼霜", "全网最……不对，是很受欢迎的眼霜", "zh"),
    ("This is the number one serum", "This is the number one serum — sorry, one of the most popular", "en"),
    ("Kem này tốt nhất thị trường", "Kem này tốt nhất... à không, một trong những loại được yêu thích", "vi"),
    ("Serum ini paling bagus", "Serum ini paling bagus, eh bukan, salah satu yang laris", "id"),
    ("เซรั่มนี้ดีที่สุด", "เซรั่มนี้ดีที่สุด เอ้ย ไม่ใช่ เป็นตัวขายดีตัวหนึ่ง", "th"),
    ("이 세럼이 최고예요", "이 세럼이 최고... 아 아니, 인기 제품이에요", "ko"),
])
def test_a_retracted_superlative_is_not_a_rule_finding(rules_only, said, retracted, lang):
    assert superlatives(rules_only, said, lang), "the claim itself must still be found"
    assert superlatives(rules_only, retracted, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("全网最低价，不对比不知道", "zh"),                       # 不对比 is "compare", not "no, wrong"
    ("Kem này tốt nhất thị trường, không phải bàn", "vi"),   # "no doubt about it" keeps the claim
    ("Serum ini paling bagus, beneran deh", "id"),
])
def test_words_that_only_look_like_a_retraction_keep_the_claim(rules_only, text, lang):
    assert superlatives(rules_only, text, lang)


def test_only_the_retracted_word_is_dropped(rules_only):
    text = "全网最……不对，是很受欢迎，而且全网第一"
    found = superlatives(rules_only, text, "zh")
    assert len(found) == 1 and "第一" in found[0]


def test_any_language_patterns_are_retracted_too(rules_only):
    # "No.1" and 최고 are "*" patterns: every language's retraction words take them back
    assert superlatives(rules_only, "全网No.1……不对不对，是回购率很高", "zh") == []
    assert superlatives(rules_only, "全网No.1，回购率很高", "zh")


def test_the_classifier_reads_the_line_without_what_was_taken_back(rules_only):
    assert rules_only.without_retracted("全网最……不对，是很受欢迎", "zh") == "是很受欢迎"
    assert rules_only.without_retracted("This is the number one serum — sorry, one of the most popular",
                                        "en") == "This is the , one of the most popular"
    plain = "Sorry guys, this cream cures eczema in a week"
    assert rules_only.without_retracted(plain, "en") == plain
