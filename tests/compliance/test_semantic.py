"""The semantic claim check on real embeddings (multilingual-e5-small from the models folder):
what the issue's examples say, hard negatives, producer notes, market policy, live captions."""

import pytest

from studio.compliance import Checker, RuleSeverity
from studio.compliance.semantic import SemanticUnavailable, shared_classifier
from studio.core.events import CaptionEvent


@pytest.fixture(scope="module", autouse=True)
def classifier():
    try:
        return shared_classifier()
    except SemanticUnavailable as exc:
        pytest.skip(f"no sentence encoder here: {exc}")


def semantic(market, text, lang=None):
    return [f for f in Checker([market], user_pack=False).check_lines(text, lang) if f.origin == "semantic"]


def stopped(market, text, lang=None):
    return [f for f in Checker([market], user_pack=False).check_lines(text, lang)
            if f.severity is not RuleSeverity.INFO]


@pytest.mark.parametrize("market, text", [
    ("US", "fine lines vanish within a week, guaranteed"),
    ("CN", "这款眼霜用一周黑眼圈保证没了"),
    ("DE", "drop 4 kg in two weeks with this tea"),
])
def test_the_issue_examples_are_stopped_in_their_markets(market, text):
    assert stopped(market, text)


def test_a_semantic_finding_says_where_it_came_from():
    [f] = semantic("US", "fine lines vanish within a week, guaranteed")
    assert f.category == "guaranteed_results" and f.rule_id == "semantic.guaranteed_results"
    assert f.similar_to and f.similar_to != f.text and 0.5 < f.score <= 1.0
    assert (f.start, f.end) == (0, len(f.text)) and f.source and f.suggestion


@pytest.mark.parametrize("market, text", [
    ("DE", "Last one: classic gold hoops that go with everything."),
    ("US", "Best before March 2028, printed under the lid"),
    ("US", "My best friend swears by this shade"),
    ("US", "The shade is called Number One Red"),
    ("CN", "今天第一波福利是小样"),
    ("CN", "第一次用的宝宝先薄涂"),
    ("US", "This live is a paid partnership with Lumi, they sent me everything"),
    ("US", "It makes lashes look longer and fuller"),
    ("US", "This won't cure acne, but it calms the look of redness"),
    ("US", "Today it's 18 dollars, it was 22 in our shop last month"),
])
def test_hard_negatives_stay_clean(market, text):
    assert not stopped(market, text)


def test_a_real_deadline_in_the_notes_clears_ends_tonight():
    assert semantic("DE", "ends tonight, grab it")
    assert not semantic("DE", "[offer really ends 21:00]\nends tonight, grab it")


def test_a_paid_session_note_makes_a_denial_an_undisclosed_endorsement():
    # the classifier (semantic) or the notes' payment fact (context_facts): one finding, not two
    [f] = [f for f in stopped("US", "[GlowLab paid for this stream]\nnobody paid me to say this, honestly")
           if f.category == "undisclosed_endorsement"]
    assert f.source_line_no == 2 and f.severity is RuleSeverity.BLOCK


def test_a_never_charged_list_price_note_makes_a_fake_discount():
    [f] = semantic("CN", "【这个原价我们从来没卖过】\n原价三百五，今天只要一百")
    assert f.category == "fake_discount" and f.severity is RuleSeverity.BLOCK


def test_puffery_is_off_in_the_us_and_blocks_in_cn():
    text = "nothing on the market comes close to this lipstick"
    assert not stopped("US", text)
    assert any(f.category == "absolute_superlative" and f.blocking for f in stopped("CN", text))


def test_rules_first_no_second_semantic_finding_for_the_same_category():
    found = Checker(["US"], user_pack=False).check_text("This cream cures eczema", "en")
    assert found[0].origin == "rule" and found[0].category == "medical"
    assert not [f for f in found if f.origin == "semantic" and f.category == "medical"]


def test_live_caption_translations_are_read_too():
    event = CaptionEvent("final", 0.0, 2.0, 2.1, "Let me show you the texture", "en",
                         translations={"es": "esta crema te quita las arrugas en tres días, garantizado"})
    found = Checker(["US"], user_pack=False).check_caption(event)
    assert [f.lang for f in found if f.origin == "semantic"] == ["es"]


def test_semantic_off_checks_rules_only():
    assert not [f for f in Checker(["US"], user_pack=False, semantic=False)
                .check_text("fine lines vanish within a week, guaranteed", "en") if f.origin == "semantic"]
