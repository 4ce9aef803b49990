"""The streaming engine on real Whisper models over espeak-ng speech with pauses."""

from __future__ import annotations

import numpy as np
import pytest

from .speech import SR, blocks, noise
from studio.captions import CaptionOptions, EngineState, StreamingCaptioner
from studio.captions.file_source import caption_blocks
from studio.captions.shedding import ShedLevel
from studio.captions.text import error_rate
from studio.core.events import Severity
from studio.core.frames import AudioChunk

SENTENCES = ["This lipstick comes in four different colors and lasts for eight hours.",
             "Tap the orange cart below to order while the stock lasts.",
             "The gold earrings are on sale for everyone watching tonight."]


@pytest.fixture(scope="module")
def english_run(speak):
    """Three sentences with pauses, then a long silence, through tiny.en (offline pace)."""
    pieces, spans, t = [noise(0.6, 1)], [], 0.6
    for i, text in enumerate(SENTENCES):
        audio = speak(text)
        spans.append((t, t + len(audio) / SR, text))
        pieces += [audio, noise(1.6, 10 + i)]
        t += len(audio) / SR + 1.6
    pieces.append(noise(8.0, 99))
    audio = np.concatenate(pieces)
    statuses = []
    engines = []
    events = list(caption_blocks(blocks(audio), CaptionOptions(language="en", model="tiny.en", shed_load=False),
                                 on_status=statuses.append, engine_out=engines))
    return events, spans, statuses, engines[0]


def test_one_final_per_sentence_with_the_spoken_words(english_run):
    events, spans, _, _ = english_run
    finals = [e for e in events if e.kind == "final" and e.text]
    assert len(finals) == len(spans), [f.text for f in finals]
    for final, (start, end, text) in zip(finals, spans):
        # tiny.en on espeak: one sentence ("gold earrings" -> "gold during my") reached 0.30 on 2026-12-05
        assert error_rate(text, final.text) < 0.35, (text, final.text)
        # Audio times bracket the sentence (VAD pre-roll 0.3 s, pause tail 0.2 s).
        assert start - 0.5 <= final.start_s <= start + 0.3
        assert end - 0.3 <= final.end_s <= end + 0.6
        assert final.lang == "en"


def test_partials_come_before_each_final_and_grow(english_run):
    events, spans, _, _ = english_run
    for start, end, _ in spans:
        utterance = [e for e in events if start - 0.5 <= e.start_s <= start + 0.3]
        kinds = [e.kind for e in utterance]
        assert kinds[-1] == "final" and kinds.count("final") == 1
        partials = [e for e in utterance if e.kind == "partial"]
        assert len(partials) >= 2, "a partial about every 1.2 s of speech"
        assert all(b.end_s > a.end_s for a, b in zip(partials, partials[1:]))
        assert all(p.emitted_s <= utterance[-1].emitted_s for p in partials)


def test_finals_carry_word_timings_inside_the_utterance(english_run):
    events, _, _, _ = english_run
    for final in (e for e in events if e.kind == "final" and e.text):
        assert final.words, "word timestamps from Whisper"
        starts = [w[1] for w in final.words]
        assert starts == sorted(starts)
        assert all(final.start_s - 0.05 <= s <= e <= final.end_s + 0.3 for _, s, e in final.words)
        assert "".join(w[0] for w in final.words).strip().lower()[:10] == final.text.lower()[:10]


def test_long_silence_after_speech_produces_nothing(english_run):
    events, spans, statuses, engine = english_run
    last_speech_end = spans[-1][1]
    assert not [e for e in events if e.start_s > last_speech_end + 0.5]
    stats = engine.stats()
    assert stats.state is EngineState.FINISHED and stats.finals == 3 and stats.rtf > 0
    assert not [s for s in statuses if s.severity is Severity.ERROR]


def test_json_lines_schema(english_run):
    events, _, _, _ = english_run
    row = events[-1].to_json()
    assert set(row) == {"kind", "start", "end", "emitted", "text", "lang", "translations"}


def test_silent_microphone_warns_once_and_captions_resume(speak):
    statuses = []
    audio = np.concatenate([np.zeros(11 * SR, np.float32), speak(SENTENCES[1]), noise(1.5)])
    events = list(caption_blocks(blocks(audio), CaptionOptions(language="en", model="tiny.en", shed_load=False),
                                 on_status=statuses.append))
    warnings = [s for s in statuses if "No sound from the microphone" in s.text]
    assert len(warnings) == 1 and warnings[0].severity is Severity.WARNING
    assert any("sound is back" in s.text for s in statuses)
    assert [e.text for e in events if e.kind == "final"] and error_rate(
        SENTENCES[1], [e.text for e in events if e.kind == "final"][0]) < 0.3


def test_missing_model_pauses_captions_and_the_stream_goes_on():
    statuses = []
    engine = StreamingCaptioner(CaptionOptions(language="en", model="small.en"), on_status=statuses.append)
    for i in range(5):
        engine.insert_audio(AudioChunk(noise(0.1, i), i * 100_000_000))
        assert engine.process() == []
    assert engine.state is EngineState.PAUSED
    assert len(statuses) == 1 and statuses[0].severity is Severity.ERROR
    assert "studio models download whisper-small.en" in statuses[0].text
    assert engine.finish() == []


def test_corrupt_model_folder_gives_a_clear_message(tmp_path):
    from studio.captions.asr import CaptionModelError, WhisperRecognizer

    (tmp_path / "model.bin").write_bytes(b"not a model")
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(CaptionModelError, match="could not be loaded"):
        WhisperRecognizer(str(tmp_path))


def test_english_only_model_refuses_another_language():
    statuses = []
    engine = StreamingCaptioner(CaptionOptions(language="es", model="tiny.en"), on_status=statuses.append)
    engine.insert_audio(AudioChunk(noise(0.2), 0))
    engine.process()
    assert engine.state is EngineState.PAUSED
    assert "English only" in statuses[0].text


def test_run_on_speech_is_cut_into_finals_no_longer_than_the_limit(speak):
    text = ("Welcome back everyone, today we have lipstick, eyeliner, earrings, scarves, mugs "
            "and chargers, and every one of them ships tomorrow morning, so stay with me")
    audio = np.concatenate([speak(text, speed_wpm=175), speak(text, speed_wpm=175), noise(1.5)])
    options = CaptionOptions(language="en", model="tiny.en", max_utterance_s=6.0, shed_load=False)
    finals = [e for e in caption_blocks(blocks(audio), options) if e.kind == "final" and e.text]
    assert len(finals) >= 3
    assert all(f.end_s - f.start_s <= 6.2 for f in finals)
    assert error_rate(text + " " + text, " ".join(f.text for f in finals)) < 0.35


def test_overload_sheds_partials_and_says_so(speak, monkeypatch):
    """A governor told that any work is too much must step down to finals only, not fall behind."""
    from studio.captions.asr import WhisperRecognizer

    audio = np.concatenate([np.concatenate([speak(t), noise(0.8, i)]) for i, t in enumerate(SENTENCES * 2)])
    statuses = []
    engines = []
    checked_at = []    # the shed level whenever a final asked for the term correction's audio check
    real_scorer = WhisperRecognizer.log_prob_scorer

    def scorer(self, audio, language):
        checked_at.append(engines[0].shed_level)
        return real_scorer(self, audio, language)

    monkeypatch.setattr(WhisperRecognizer, "log_prob_scorer", scorer)
    options = CaptionOptions(language="en", model="tiny.en", shed_rtf=0.001, allow_smaller_model=False)
    events = list(caption_blocks(blocks(audio), options, on_status=statuses.append, engine_out=engines))
    levels = [level for _, level in engines[0].shed_changes]
    # tiny.en has no smaller model: the last step is the short encoder window.
    assert levels == [ShedLevel.FEWER_PARTIALS, ShedLevel.FINALS_ONLY, ShedLevel.SHORT_WINDOW]
    assert any("now captions at each pause only" in s.text for s in statuses)
    at_s = engines[0].shed_changes[-1][0]
    assert not [e for e in events if e.kind == "partial" and e.start_s > at_s + 0.5]
    late = [e for e in events if e.kind == "final" and e.start_s > at_s + 0.5]
    assert late and error_rate(SENTENCES[-1], late[-1].text) < 0.4   # short-window finals still read well
    # the audio check (an encoder pass) is shed from finals-only on
    assert checked_at and all(level < ShedLevel.FINALS_ONLY for level in checked_at)
