from studio.prompter.script import Position, ScriptView
from studio.prompter.tokens import normalized_words, tokenize
from studio.show import LineKind, load_show, parse_show


def test_latin_tokens_drop_case_and_punctuation_and_keep_spans():
    text = "Hi, EVERYONE — don't miss 20% off!"
    tokens = tokenize(text)
    assert [t.norm for t in tokens] == ["hi", "everyone", "dont", "miss", "20", "off"]
    assert [text[t.char_start:t.char_end] for t in tokens][2] == "don't"


def test_chinese_is_one_token_per_character_and_mixes_with_latin():
    assert normalized_words("Ruby口红，只要19元！") == ["ruby", "口", "红", "只", "要", "19", "元"]


def test_thai_runs_become_overlapping_bigrams():
    assert normalized_words("สวัสดี") == ["สว", "วั", "ัส", "สด", "ดี"]
    # A recognizer that splits the same words differently still yields the same keys.
    assert set(normalized_words("สวัส ดี")) <= set(normalized_words("สวัสดี")) | {"ดี"}


def test_vietnamese_accents_are_kept():
    assert normalized_words("Xin chào các bạn") == ["xin", "chào", "các", "bạn"]


def test_script_view_flattens_spoken_tokens_and_skips_cues(example_show_path):
    show = load_show(example_show_path)
    view = ScriptView(show)
    cues = [ln for ln in view.lines if ln.kind is LineKind.CUE]
    assert cues and all(ln.first_token == -1 and not ln.tokens for ln in cues)
    assert len(view.lines) == sum(len(s.lines) for s in show.segments)
    first = view.position_of_token(0)
    assert first == Position(0, 0, 0)
    # Round trip: every token maps to a position and back.
    for token in range(view.token_count):
        assert view.token_of_position(view.position_of_token(token)) == token
    # The second segment starts at "This is Ruby".
    start = view.segment_first_token[1]
    assert view.token_norms[start:start + 3] == ("this", "is", "ruby")
    assert view.segment_of_token(start) == 1
    assert sum(len(view.segment_token_range(i)) for i in range(len(show.segments))) == view.token_count


def test_segment_without_spoken_lines_starts_where_the_next_one_does():
    show = parse_show("# T\n\n## Segment: A\n[only a cue]\n\n## Segment: B\nHello there.\n")
    view = ScriptView(show)
    assert view.segment_first_token == [0, 0]
    assert view.token_of_position(Position(0, 0, 0)) is None
