"""Bolder term corrections weighed against the audio: Whisper (real whisper-base) forced to read
the glossary term where the caption has a near-miss; the guess stays only if the audio allows it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studio.captions.glossary import Glossary
from studio.captions.term_correction import CorrectionOptions, TermCorrector
from tests.conftest import require_installed_model

GLOSSARY = Glossary.from_text("Tranexamic\nSqualane\nBakuchiol\nGlowLab")
BOLD = CorrectionOptions(rescore_min_score=60.0, max_drop_guess=6.5)   # guesses beyond the text's reach


@pytest.fixture(scope="module")
def recognizer():
    from studio.captions.asr import WhisperRecognizer

    require_installed_model("whisper-base")
    return WhisperRecognizer("base", "cpu", cpu_threads=2)


def test_a_near_miss_the_audio_supports_becomes_the_term(recognizer, speak):
    fix = TermCorrector(GLOSSARY, BOLD)
    heard = "The new Trenix Amic cream is here."             # too far for the text alone (score 82 < 84)
    assert fix.correct(heard, "en")[0] == heard
    scorer = recognizer.log_prob_scorer(speak("The new Tranexamic cream is here."), "en")
    text, changes = fix.correct(heard, "en", scorer)
    assert text == "The new Tranexamic cream is here."
    assert [(c.heard, c.term) for c in changes] == [("Trenix Amic", "Tranexamic")]
    # By default only a window of non-words (min_score_low) is guessed beyond the text's reach, and
    # only where the audio all but prefers the term; without that, the audio only vetoes.
    assert TermCorrector(GLOSSARY).correct(heard, "en", scorer)[0] == "The new Tranexamic cream is here."
    assert TermCorrector(GLOSSARY, CorrectionOptions(min_score_low=101.0)).correct(heard, "en", scorer)[0] == heard


def test_a_guess_the_audio_does_not_support_is_not_made(recognizer, speak):
    # An Indonesian line as said; 'Kalau' ('if') is a bold candidate for Squalane (67), a common
    # word that may change only beside another term (GlowLab here).
    line = "Kalau kulit kamu kering, pakai serum GlowLab."
    scorer = recognizer.log_prob_scorer(speak(line, "id"), "id")
    assert TermCorrector(GLOSSARY, BOLD).correct(line, "id", scorer) == (line, [])
    # The candidate was weighed: with no limit on the drop it would have been made.
    reckless = TermCorrector(GLOSSARY, CorrectionOptions(rescore_min_score=60.0, max_drop_guess=1000.0))
    assert reckless.correct(line, "id", scorer)[0].startswith("Squalane kulit")


def test_the_scorer_is_whispers_log_probability_of_each_text(recognizer, speak):
    scorer = recognizer.log_prob_scorer(speak("Put a drop on your skin every night."), "en")
    said, other = scorer(["Put a drop on your skin every night.", "The weather is cold in winter."])
    assert said < 0 and other < said - 20        # the words spoken are far more likely
    assert recognizer.log_prob_scorer(speak("Hello."), "xx") is None   # no such language


def test_exact_spellings_need_no_audio_and_a_failing_check_makes_no_guess():
    calls = []

    def scorer(texts):
        calls.append(texts)
        raise RuntimeError("model refused")

    fix = TermCorrector(GLOSSARY)
    # Only the letters differ from the term: re-spelled without asking the audio.
    assert fix.correct("Our new glow lab toner.", "en", scorer)[0] == "Our new GlowLab toner."
    assert calls == []
    # The check fails: what the text alone would correct is kept, bolder guesses are not made.
    assert fix.correct("The new Trenix Amic cream.", "en", scorer)[0] == "The new Trenix Amic cream."
    assert fix.correct("Mix it with backuchiol.", "en", scorer)[0] == "Mix it with Bakuchiol."


def test_the_check_after_a_decode_reuses_its_encoder_pass(recognizer, speak):
    """A final's audio check costs alignments only: the decode's encoder output is reused, and the
    scores are those of a fresh encoder pass (the same 30 s window)."""
    from studio.captions.asr import DecodeRequest

    audio = speak("Put a drop on your skin every night.")
    texts = ["Put a drop on your skin every night.", "Put a drop on your skin every knight."]
    fresh = recognizer.log_prob_scorer(audio.copy(), "en")(texts)    # another array: a full pass
    encodes = []
    model = recognizer._model
    model.model = _Counting(model.model, encodes)
    try:
        recognizer.decode(audio, DecodeRequest(language="en"))
        assert len(encodes) == 1
        kept = recognizer.log_prob_scorer(audio, "en")(texts)
        assert len(encodes) == 1                      # no second encoder pass
        recognizer.log_prob_scorer(audio.copy(), "en")(texts)
        assert len(encodes) == 2                      # other audio: its own pass
    finally:
        model.model = model.model.inner
    assert kept == pytest.approx(fresh, abs=0.05)


class _Counting:
    """The CTranslate2 model with its encoder calls counted (everything else passed through)."""

    def __init__(self, inner, calls):
        self.inner, self._calls = inner, calls

    def encode(self, *args, **kwargs):
        self._calls.append(1)
        return self.inner.encode(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.inner, name)


@pytest.mark.parametrize("lang, said, heard", [
    ("en", "Take Summit Fuel before the gym.", "Take Summich, Fuel before the gym."),
    ("es", "Tomen Summit Fuel antes del gym.", "Tomen Summich, Fuel antes del gym."),
])
def test_a_multi_word_term_heard_as_a_list_across_a_comma(recognizer, speak, lang, said, heard):
    # With hotwords Whisper writes a list: the term's words land either side of a comma.
    fix = TermCorrector(Glossary.from_text("Summit Fuel\nBakuchiol"))
    scorer = recognizer.log_prob_scorer(speak(said, lang), lang)
    assert fix.correct(heard, lang, scorer)[0] == said
    # Without the audio, or with the option off, a comma still ends a window.
    assert fix.correct(heard, lang)[0] == heard
    no_commas = TermCorrector(Glossary.from_text("Summit Fuel"), CorrectionOptions(rescore_across_commas=False))
    assert no_commas.correct(heard, lang, scorer)[0] == heard


def test_a_one_word_term_never_spans_a_comma(recognizer, speak):
    fix = TermCorrector(Glossary.from_text("Bakuchiol"), CorrectionOptions(min_score=60.0))
    scorer = recognizer.log_prob_scorer(speak("Mix it with Bakuchiol tonight."), "en")
    assert fix.correct("Mix it with Baku, chiol tonight.", "en", scorer)[0] == "Mix it with Baku, chiol tonight."
    assert fix.correct("Mix it with Baku chiol tonight.", "en", scorer)[0] == "Mix it with Bakuchiol tonight."


def test_the_translate_task_writes_latin_letters_only(recognizer):
    """Whisper-to-English may not copy the speech in its own script (base did: 'Guangzhou市发…')."""
    tokenizer = recognizer._model.hf_tokenizer
    assert recognizer.suppressed_tokens("transcribe") == [-1]
    banned = set(recognizer.suppressed_tokens("translate"))
    for word in ("市", "房", "ครับ", "سعر", "цена"):
        assert any(i in banned for i in tokenizer.encode(word, add_special_tokens=False).ids), word
    for word in (" Guangzhou", " city", " the", ",", " café"):
        assert not set(tokenizer.encode(word, add_special_tokens=False).ids) & banned, word


@pytest.mark.parametrize("said, heard, fixed", [
    # Indonesian captions glue a short word onto a foreign name, before or after it.
    ("Aman kok, sama Trezzia juga.", "Aman kok, Samatresia juga.", "Aman kok, Sama Trezzia juga."),
    ("Parfum ini campuran Oud dan Kesara Gold, wanginya nempel.",
     "Parfum ini campuran Oud, Nankasara Gold, wanginya nempel.",
     "Parfum ini campuran Oud, Nan Kesara Gold, wanginya nempel."),
    ("Aman buat rambut bareng Kesara Gold nggak.", "Aman buat rambut, Marang Kesara Goldengak.",
     "Aman buat rambut, Marang Kesara Gold engak."),
])
def test_a_term_glued_to_a_word_is_cut_out_where_the_audio_supports_it(recognizer, speak, said, heard, fixed):
    fix = TermCorrector(Glossary.from_text("Trezzia\nKesara Gold\nOud"))
    scorer = recognizer.log_prob_scorer(speak(said, "id"), "id")
    assert fix.correct(heard, "id", scorer)[0] == fixed
    # Without the audio, or with the option off, the glued word stays as written.
    assert fix.correct(heard, "id")[0] == heard
    off = TermCorrector(Glossary.from_text("Trezzia\nKesara Gold\nOud"), CorrectionOptions(cut_glued=False))
    assert off.correct(heard, "id", scorer)[0] == heard



def test_a_long_term_is_allowed_a_larger_drop(recognizer, speak):
    # Forced to read a 22-letter term, Whisper loses more nats than for a short one: the line said
    # with Behentrimonium Chloride costs more than 11 nats against the near-miss it wrote.
    said = "Me preguntan mucho si Behentrimonium Chloride sirve para cabello teñido con Zafira Noor."
    heard = "Mepreguntan mucho Sibentrimonium Chlorine, Sibrepa, Cabello, Teymo, Conzafira Noor."
    glossary = Glossary.from_text("Behentrimonium Chloride")
    scorer = recognizer.log_prob_scorer(speak(said, "es"), "es")
    eleven = CorrectionOptions(max_drop_by_language=())     # 11 nats, as outside Spanish
    fixed = TermCorrector(glossary, eleven).correct(heard, "es", scorer)[0]
    assert fixed == "Mepreguntan mucho Behentrimonium Chloride, Sibrepa, Cabello, Teymo, Conzafira Noor."
    flat = TermCorrector(glossary, replace(eleven, drop_scale_letters=1000))
    assert flat.correct(heard, "es", scorer)[0] == heard


def test_spanish_captions_allow_a_larger_drop(recognizer, speak):
    said = "Quedan treinta kits: la mascarilla de Oud, el sérum de Tonka Bean y de regalo les mando Kesara Gold."
    heard = "Que manpenta Keith, la mascarilla El Seum de Tonka Reanine regalo desmando Kesara Gold."
    glossary = Glossary.from_text("Tonka Bean\nKesara Gold\nOud")
    scorer = recognizer.log_prob_scorer(speak(said, "es"), "es")
    # 'Tonka Reanine' holds a word of the term (min_score_term_word): the whole window is the term.
    fixed = TermCorrector(glossary).correct(heard, "es", scorer)[0]
    assert fixed == "Que manpenta Keith, la mascarilla El Seum de Tonka Bean regalo desmando Kesara Gold."
    # Without that rule (and with 'ine' allowed to stay after a term) the term is cut out of 'Reanine',
    # at a drop only Spanish allows.
    cut = CorrectionOptions(min_score_term_word=101.0, skip_extended=False)
    fixed = TermCorrector(glossary, cut).correct(heard, "es", scorer)[0]
    assert fixed == "Que manpenta Keith, la mascarilla El Seum de Tonka Bean ine regalo desmando Kesara Gold."
    # At the 11 nats of the other languages the audio would have vetoed it.
    strict = TermCorrector(glossary, replace(cut, max_drop_by_language=()))
    assert strict.correct(heard, "es", scorer)[0] == heard


def test_a_name_heard_with_two_letters_lost_is_weighed_against_the_audio(recognizer, speak):
    # 'Vessi' for Luvessi scores 83.3: below the 84 a word needs, enough for a non-word.
    said = "Rồi thêm vài giọt Luvessi là xong."
    heard = "Rồi thêm vài giọt Vessi là xong."
    fix = TermCorrector(Glossary.from_text("Luvessi"))
    scorer = recognizer.log_prob_scorer(speak(said, "vi"), "vi")
    assert fix.correct(heard, "vi", scorer)[0] == said
    strict = TermCorrector(Glossary.from_text("Luvessi"), CorrectionOptions(max_drop_guess=0.0))
    assert strict.correct(heard, "vi", scorer)[0] == heard



@pytest.mark.parametrize("said, heard, terms, fixed, off", [
    # 'Liquid' is a word of the term and no Portuguese word: 'Liquid, Tegina' (83, below the 84 a
    # window of words needs) is weighed against the audio.
    ("Coloca Liquid Retina no carrinho agora, o combo de Sapphire Crystal está acabando.",
     "Cologa, Liquid, Tegina, Nucca, Kingwagoda, Bukumbu, Gisafi, Dicristau, Estar, Camanguí.",
     "Liquid Retina\nSapphire Crystal",
     "Cologa, Liquid Retina, Nucca, Kingwagoda, Bukumbu, Gisafi, Dicristau, Estar, Camanguí.",
     CorrectionOptions(min_score_term_word=101.0)),
    # A non-word at 82 (below the 83 of a non-word) stands only where the audio all but prefers it.
    ("Gente, o lançamento de Qi2 está no ar, com Thunderbolt e AMOLED de fábrica.",
     "Enchi o lançamento de Ki-Roy Zeta-R, Com Tundervo, Chi-Amor-Edgy Fabrica",
     "Thunderbolt\nAMOLED\nQi2",
     "Enchi o lançamento de Ki-Roy Zeta-R, Com Thunderbolt, Chi-Amor-Edgy Fabrica",
     CorrectionOptions(max_drop_low=-20.0)),
])
def test_bolder_portuguese_windows_are_weighed_against_the_audio(recognizer, speak, said, heard, terms, fixed, off):
    glossary = Glossary.from_text(terms)
    scorer = recognizer.log_prob_scorer(speak(said, "pt-br"), "pt")
    assert TermCorrector(glossary).correct(heard, "pt", scorer)[0] == fixed
    assert TermCorrector(glossary).correct(heard, "pt")[0] == heard       # not without the audio
    assert TermCorrector(glossary, off).correct(heard, "pt", scorer)[0] == heard


def test_a_window_the_audio_refused_makes_way_for_the_next_candidate_over_its_words(recognizer, speak):
    # Whisper glued a syllable to the term: the whole word as Kucingmas is refused (about 14 nats, more than
    # Vietnamese's 11); the term cut out of it, 'Pin Kucingmas', is weighed next and kept (about 10).
    said = "Shop đã nhập thêm Kucingmas, Hollowmere Kitchen và gói dùng thử Mochinoki, nhanh tay kẻo hết nhé."
    heard = "Shopper, Pincusingmas, Hollowmere Kitchen, Valoisum, Tu Mochinoki, Yai Tai Tai Tai Tai Tai Tai Tai"
    glossary = Glossary.from_text("Kucingmas\nHollowmere Kitchen\nMochinoki")
    scorer = recognizer.log_prob_scorer(speak(said, "vi"), "vi")
    text, changes = TermCorrector(glossary, CorrectionOptions(audio_rounds=2)).correct(heard, "vi", scorer)
    assert text == heard.replace("Pincusingmas", "Pin Kucingmas")
    assert [(c.heard, c.term) for c in changes] == [("Pincusingmas", "Kucingmas")]
    # Weighed once, the first choice over the word is all there is.
    assert TermCorrector(glossary, CorrectionOptions(audio_rounds=1)).correct(heard, "vi", scorer) == (heard, [])
