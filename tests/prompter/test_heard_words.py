"""A caption's words as voice follow compares them (studio.prompter.heard_words)."""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follow_options import FollowOptions
from studio.prompter.heard_words import fold_accents, heard_words
from studio.prompter.script import ScriptView
from studio.prompter.word_match import WordMatcher
from studio.show import parse_show


def _event(text: str, kind: str = "partial") -> CaptionEvent:
    return CaptionEvent(kind, 0.0, 2.5, 2.6, text, "es")


def test_digits_joined_words_and_an_echoed_window_become_the_scripts_words():
    vocab = {"cien", "gramos", "waterproof", "la", "crema", "de", "noche"}
    assert heard_words(_event("100 gramos, water proof"), vocab, "es") == ["cien", "gramos", "waterproof"]
    echo = _event("la crema de noche la crema de noche la cre", WINDOW_KIND)
    assert heard_words(echo, vocab, "es") == ["la", "crema", "de", "noche"]
    # Only a window is taken for an echo: a caption may say the same words twice.
    assert heard_words(_event("la crema de noche la crema de noche la cre"), vocab, "es")[-1] == "cre"


def test_accents_fold_away():
    assert fold_accents("está") == "esta" and fold_accents("ação") == "acao"


def test_a_window_that_loops_after_a_misheard_start_counts_its_words_once():
    vocab = {"it", "screws", "onto", "any", "standard", "230", "gram", "gas", "canister"}
    looped = CaptionEvent(WINDOW_KIND, 0.0, 2.5, 2.6, "200-130 gram gas canister 130 gram gas canister 130 gram gas",
                          "en")
    words = heard_words(looped, vocab, "en")
    assert words[-3:] == ["gram", "gas", "canister"] and words.count("canister") == 1
    # A window that says a few words once is left alone, however it starts.
    once = CaptionEvent(WINDOW_KIND, 0.0, 2.5, 2.6, "oh it screws onto any standard", "en")
    assert heard_words(once, vocab, "en") == ["oh", "it", "screws", "onto", "any", "standard"]


def test_two_unknown_words_join_into_a_script_word_they_are_close_to():
    vocab = {"the", "emberline", "camp", "stove", "riviera", "silk", "of"}
    event = CaptionEvent("partial", 0.0, 2.5, 2.6, "the amber line camp stove", "en")
    near = {"amberline"}.__contains__            # what the follower's matcher finds close to "emberline"
    assert heard_words(event, vocab, "en", near) == ["the", "amberline", "camp", "stove"]
    assert heard_words(event, vocab, "en") == ["the", "amber", "line", "camp", "stove"]
    # "of" is a script word: "river of silk" stays three words however close "riverof" is.
    river = CaptionEvent("partial", 0.0, 2.5, 2.6, "the river of silk", "en")
    assert heard_words(river, vocab, "en", lambda w: True) == ["the", "river", "of", "silk"]


def test_a_product_name_heard_as_two_words_joins_at_a_spelling_ratio_of_0_8():
    # tiny.en wrote "Machu Max" for "VacuMax" when the host skipped to the car vacuum's segment.
    show = parse_show("# Garage Night\nlanguage: en\n\n## Segment: Car vacuum (3m)\n"
                      "Now the VacuMax Mini cordless car vacuum, small enough to live in your glove box.\n")
    words = WordMatcher(ScriptView(show), FollowOptions())
    event = CaptionEvent(WINDOW_KIND, 0.0, 2.5, 2.6, "days. Out the Machu Max Mini", "en")
    assert heard_words(event, words.vocab_index, "en", words.near) == ["days", "out", "the", "machumax", "mini"]
    # Two words further from it ("magic max", a ratio of 0.67) stay two words.
    magic = CaptionEvent(WINDOW_KIND, 0.0, 2.5, 2.6, "the magic max mini", "en")
    assert heard_words(magic, words.vocab_index, "en", words.near) == ["the", "magic", "max", "mini"]
