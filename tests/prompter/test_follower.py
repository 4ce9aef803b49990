"""The alignment logic, driven by caption events built from known word sequences."""

import itertools

from studio.core.events import CaptionEvent
from studio.prompter.follower import VoiceFollower
from studio.prompter.script import ScriptView
from studio.show import load_show, parse_show


_clock = itertools.count()


def _event(text: str, kind: str = "final", start_s: float | None = None) -> CaptionEvent:
    """Each final is its own utterance unless start_s ties it to the partials before it."""
    start = float(next(_clock)) if start_s is None else start_s
    return CaptionEvent(kind, start, start + 1.0, start + 1.0, text, "en")


def _follower(example_show_path) -> tuple[VoiceFollower, ScriptView]:
    view = ScriptView(load_show(example_show_path))
    return VoiceFollower(view), view


def _line_text(view: ScriptView, follower: VoiceFollower) -> str:
    return view.line_of_token(follower.token).text


def test_follows_reading_word_by_word(example_show_path):
    follower, view = _follower(example_show_path)
    assert follower.position is None
    update = follower.update(_event("Hi everyone, welcome to the"))
    assert update.moved and update.position.segment == 0 and update.position.line == 0
    assert update.position.word == 4
    follower.update(_event("Autumn Lip Launch"))
    assert follower.position.word == 7


def test_partials_are_tentative_and_finals_commit(example_show_path):
    follower, view = _follower(example_show_path)
    follower.update(_event("Hi everyone welcome", "partial", 100.0))
    assert follower.position.word == 2
    # The recognizer revises the partial: alignment restarts from the committed state.
    follower.update(_event("Hi everyone welcome to the autumn", "partial", 100.0))
    assert follower.position.word == 5
    follower.update(_event("Hi everyone, welcome to the Autumn Lip Launch!", "final", 100.0))
    assert follower.position.word == 7


def test_a_revised_partial_that_loses_its_tail_does_not_move_back(example_show_path):
    follower, view = _follower(example_show_path)
    follower.update(_event("This is Ruby a deep red with a soft matte finish"))
    follower.update(_event("It glides on in one stroke and stays comfortable", "partial", 200.0))
    reached = follower.position
    follower.update(_event("It glides on in one", "partial", 200.0))
    assert follower.position == reached
    # A new utterance that really goes back is followed.
    follower.update(_event("It glides on in one stroke", "final", 300.0))
    assert follower.position.word == 5


def test_ad_libs_hold_the_position(example_show_path):
    follower, view = _follower(example_show_path)
    follower.update(_event("Hi everyone welcome to the autumn lip launch"))
    held = follower.position
    for chatter in ["okay guys so good to see you all", "Maria from Texas hello hello",
                    "give me a second while I grab my water", "the"]:
        update = follower.update(_event(chatter))
        assert not update.moved, chatter
    assert follower.position == held


def test_skipped_line_is_caught_on_the_next_line(example_show_path):
    follower, view = _follower(example_show_path)
    follower.update(_event("Hi everyone welcome to the autumn lip launch"))
    # The host skips "Tonight we have four new products..." and goes on with the disclosure.
    follower.update(_event("This live is sponsored by the brand"))
    assert _line_text(view, follower).startswith("This live is sponsored")


def test_jump_back_needs_a_strong_match_then_follows(example_show_path):
    follower, view = _follower(example_show_path)
    follower.update(_event("This is Ruby a deep red with a soft matte finish"))
    follower.update(_event("It glides on in one stroke and stays comfortable for hours"))
    assert _line_text(view, follower).startswith("It glides")
    # Two words from far back are not enough to leap.
    update = follower.update(_event("tonight we"))
    assert not update.jumped and _line_text(view, follower).startswith("It glides")
    update = follower.update(_event("tonight we have four new products"))
    assert update.jumped
    assert _line_text(view, follower).startswith("Tonight we have four new products")


def test_jump_forward_to_a_later_segment(example_show_path):
    follower, view = _follower(example_show_path)
    follower.update(_event("Hi everyone welcome to the autumn lip launch"))
    follower.update(_event("these aviators have a light blue light filter"))
    assert follower.position.segment == 3


def test_never_leaps_on_an_ambiguous_phrase():
    show = parse_show("# T\n\n## Segment: A\nTap the orange cart below to buy it now.\n"
                      "Our lipstick is a deep red colour.\n"
                      "## Segment: B\nThis gloss shines like glass.\nIt feels light and smooth.\n"
                      "We ship to every country in the region tonight.\n"
                      "Our team packs each order by hand with care.\n"
                      "Every parcel comes with a small sample of the new serum.\n"
                      "Questions about sizes go in the comments and we answer live.\n"
                      "## Segment: C\nThe hoops are gold plated.\nTap the orange cart below to buy it now.\n")
    view = ScriptView(show)
    follower = VoiceFollower(view)
    follower.update(_event("this gloss shines like glass"))
    before = follower.position
    # The phrase exists in segment A and in segment C, both outside the local window:
    # the follower must not guess.
    update = follower.update(_event("tap the orange cart below to buy it now"))
    assert not update.jumped
    assert follower.position.segment == before.segment


def test_misrecognized_words_do_not_stop_following(example_show_path):
    follower, view = _follower(example_show_path)
    follower.update(_event("This is Ruby a deep red with a soft matte finish"))
    # Whisper-style errors: "glides" -> "guides", "stroke" -> "stroak".
    follower.update(_event("It guides on in one stroak and stays comfortable for hours"))
    assert _line_text(view, follower).startswith("It glides")
    assert view.position_of_token(follower.token).word >= 9


def test_manual_position_then_voice_continues(example_show_path):
    follower, view = _follower(example_show_path)
    follower.go_to_segment(2)
    assert follower.position.segment == 2 and follower.position.word == 0
    update = follower.update(_event("Now something"))
    assert update.moved and follower.position.segment == 2 and follower.position.word == 1


def test_chinese_script_follows_character_tokens():
    show = parse_show("# 直播\nlanguage: zh\n\n## Segment: 开场\n大家好，欢迎来到直播间！\n"
                      "今天给大家带来四款新品。\n[举起产品]\n点击下方小黄车就可以下单。\n")
    view = ScriptView(show)
    follower = VoiceFollower(view)
    follower.update(_event("大家好欢迎来到直播间"))
    follower.update(_event("点击下方小黄车"))
    assert view.line_of_token(follower.token).text.startswith("点击下方")


def test_thai_script_follows_character_bigrams_whatever_the_word_spacing():
    show = parse_show("# ไลฟ์\nlanguage: th\n\n## Segment: เปิด\nสวัสดีค่ะทุกคน ยินดีต้อนรับสู่ไลฟ์ของเรา\n"
                      "วันนี้เรามีลิปสติกสีใหม่สามสี\nกดตะกร้าสีส้มด้านล่างเพื่อสั่งซื้อได้เลยค่ะ\n")
    view = ScriptView(show)
    follower = VoiceFollower(view)
    # Whisper writes Thai with its own spaces between words.
    follower.update(_event("สวัสดี ค่ะ ทุกคน ยินดี ต้อนรับ"))
    assert view.line_of_token(follower.token).line == 0
    follower.update(_event("กด ตะกร้า สีส้ม ด้านล่าง"))
    assert view.line_of_token(follower.token).text.startswith("กดตะกร้า")


def test_chinese_leap_needs_a_phrase_not_a_few_characters():
    show = parse_show("# 直播\nlanguage: zh\n\n## Segment: 开场\n大家好，欢迎来到直播间！\n今天给大家带来四款新品。\n"
                      "先关注主播，不迷路。\n每天晚上八点准时开播。\n有问题可以在评论区留言。\n我们会一一回复大家。\n"
                      "## Segment: 口红\n这款口红是丝绒雾面质地。\n上嘴非常显白，不挑皮肤。\n"
                      "## Segment: 耳环\n这对耳环是纯银镀金的。\n戴一整天也不会过敏。\n")
    view = ScriptView(show)
    follower = VoiceFollower(view)
    follower.update(_event("大家好欢迎来到直播间"))
    assert not follower.update(_event("纯银")).jumped                 # two characters: no leap
    update = follower.update(_event("这对耳环是纯银镀金的"))
    assert update.jumped and view.line_of_token(follower.token).text.startswith("这对耳环")
