"""Guards, stabiliser, VAD streaming, load governor, script alignment and subtitle files."""

from __future__ import annotations

import numpy as np

from studio.captions.approved import ScriptAligner
from studio.captions.guards import SegmentScore, clean_segments, compression_ratio
from studio.captions.shedding import LoadGovernor, ShedLevel
from studio.captions.stabilizer import LocalAgreement
from studio.captions.subtitles import Cue, SubtitleRecorder, break_lines, split_cue, to_srt, to_webvtt
from studio.captions.text import collapse_repeats, error_rate, is_spaceless, units
from studio.core.events import CaptionEvent


def seg(text, logprob=-0.2, no_speech=0.05):
    return SegmentScore(text, logprob, no_speech, compression_ratio(text))


def test_hallucinated_credit_lines_are_dropped_real_speech_kept():
    assert clean_segments([seg(" Thank you for watching!")], voiced_s=0.6) == ""
    assert clean_segments([seg("字幕by索兰娅")], voiced_s=3.0) == ""
    assert clean_segments([seg(" Subtitles by the Amara.org community")], voiced_s=3.0) == ""
    assert clean_segments([seg(" Thank you.", no_speech=0.5)], voiced_s=2.0) == ""
    # The host really says it, clearly and at length: kept.
    assert clean_segments([seg(" Thank you for watching!")], voiced_s=1.8) == "Thank you for watching!"
    assert clean_segments([seg(" Thank you so much for watching, see you next week!")], voiced_s=1.0)


def test_unsure_or_looping_decodes_are_dropped_and_short_loops_collapsed():
    assert clean_segments([seg(" maybe", logprob=-1.3, no_speech=0.8)], voiced_s=2.0) == ""
    loop = " and the price is " + "great and the price is " * 20
    assert compression_ratio(loop) > 2.4 and clean_segments([seg(loop)], voiced_s=5.0) == ""
    # A translation of speech already transcribed passes its own, lower bar; loops still go.
    assert clean_segments([seg(" The city, still closed.", logprob=-1.6)], voiced_s=2.0) == ""
    assert clean_segments([seg(" The city, still closed.", logprob=-1.6)], voiced_s=2.0,
                          min_logprob=-2.5) == "The city, still closed."
    assert clean_segments([seg(loop)], voiced_s=5.0, min_logprob=-2.5) == ""
    assert collapse_repeats("buy now buy now buy now buy now") == "buy now buy now"
    assert collapse_repeats("好的的的的的") == "好的的"
    assert collapse_repeats("very very good") == "very very good"


def test_units_respect_scripts_without_spaces():
    assert units("Hi 你好 ok") == ["Hi", " 你", "好", " ok"]
    assert is_spaceless("广州市房地产") and is_spaceless("สวัสดีครับ") and not is_spaceless("hello 你")
    assert error_rate("广州市房地产", "广州市发地产") == 1 / 6
    assert error_rate("the red one", "the red one") == 0.0


def test_local_agreement_commits_only_what_two_decodes_agree_on():
    la = LocalAgreement()
    a = la.update("This lip stick")
    assert a.committed == "" and a.text == "This lip stick"
    b = la.update("This lipstick comes in")
    assert b.committed == "This"
    c = la.update("This lipstick comes in four colours")
    assert c.committed == "This lipstick comes in" and c.text == "This lipstick comes in four colours"
    d = la.update("This lipstick come in four colours and")   # Whisper re-reads a committed word
    assert d.committed.startswith("This lipstick comes in") and d.text.endswith("and")


def test_streaming_vad_matches_faster_whispers_whole_file_scores(shared_speech):
    from faster_whisper.vad import get_vad_model

    from studio.capture.audio_file import load_audio
    from studio.captions.vad import StreamingVad

    audio = load_audio(shared_speech / "LJ001-0002.wav")
    audio = np.concatenate([np.zeros(8000, np.float32), audio, np.zeros(16000, np.float32)])
    n = len(audio) // 512 * 512
    whole = get_vad_model()(audio[:n]).reshape(-1)
    vad = StreamingVad()
    streamed = []
    for i in range(0, len(audio), 1600):   # 100 ms blocks, not multiples of the window
        streamed += [w.speech_prob for w in vad.feed(audio[i:i + 1600])]
    np.testing.assert_allclose(streamed[: len(whole)], whole, atol=1e-5)
    assert max(whole) > 0.9 and whole[:10].max() < 0.3


def test_governor_steps_down_under_load_and_back_up_when_calm():
    g = LoadGovernor(shed_rtf=0.7, relax_rtf=0.35)
    for _ in range(60):   # 30 s of audio: one step per 6 s at most
        g.record(audio_s=0.5, busy_s=0.45, backlog_s=0.0)
    assert g.level is ShedLevel.SMALLER_MODEL
    g2 = LoadGovernor(shed_rtf=0.7, relax_rtf=0.35, max_level=ShedLevel.SHORT_WINDOW)
    for _ in range(40):
        g2.record(0.5, 0.45, 0.0)
    assert g2.level is ShedLevel.SHORT_WINDOW
    assert g2.plan(1.2, 5, True).short_window_finals
    for _ in range(300):   # 30 s of calm speech per step back up
        g2.record(0.5, 0.05, 0.0)
    assert g2.level is ShedLevel.FULL
    assert g2.plan(1.2, 5, True).partial_interval_s == 1.2
    g3 = LoadGovernor(0.7, 0.35)
    g3.record(0.1, 0.0, backlog_s=3.0)
    assert g3.level is ShedLevel.FULL   # dwell first
    for _ in range(60):
        g3.record(0.1, 0.0, backlog_s=3.0)
    assert g3.level > ShedLevel.FULL     # audio waiting is overload even at a low RTF


def test_governor_round_says_each_step_once_and_asks_for_the_smaller_model_once():
    g = LoadGovernor(shed_rtf=0.7, relax_rtf=0.35)
    said, smaller = [], []
    for _ in range(80):
        message, wants = g.take_round(0.5, 0.45, backlog_s=0.0)
        said += [message] if message else []
        smaller.append(wants)
    assert g.level is ShedLevel.SMALLER_MODEL
    assert len(said) == int(ShedLevel.SMALLER_MODEL)      # one message per step up
    severity, text, keyed = said[0]                       # English for the CLI, a key for the window
    assert text == keyed.text and text.startswith("Captions: the computer is busy (real-time factor 0.90); now ")
    assert keyed.key == "captions.busy" and dict(keyed.args)["level"].key == "captions.level.fewer_partials"
    assert smaller.count(True) == 1
    off = LoadGovernor(0.7, 0.35)
    for _ in range(80):
        assert off.take_round(0.5, 0.45, backlog_s=None) == (None, False)
    assert off.level is ShedLevel.FULL and off.rtf > 0.7   # measured, never shed


def test_script_alignment_finds_lines_and_pairs(example_show_path):
    from studio.show.showfile import load_show

    aligner = ScriptAligner(load_show(example_show_path))
    hit = aligner.match("tap the orange card below to add it to your basket")
    assert hit and hit.translations["es"].startswith("Toca el carrito")
    assert aligner.match("so what do you think of the weather in Madrid today") is None
    assert aligner.match("This is Ruby, a deep red with a soft matte finish. It glides on in one stroke") is None


def test_line_breaking_and_cue_splitting():
    assert break_lines("This lipstick comes in four different colours and lasts for eight hours") == \
        ["This lipstick comes in four different", "colours and lasts for eight hours"]
    zh = "这款口红有四种颜色而且可以持续八个小时今晚特价"
    lines = break_lines(zh)
    assert "".join(lines) == zh and all(len(line) <= 16 for line in lines)
    long = " ".join(["word"] * 60)
    cues = split_cue(Cue(10.0, 22.0, long))
    assert len(cues) == 4 and all(c.text.count("\n") <= 1 for c in cues)   # 8 lines of <= 42
    assert cues[0].start_s == 10.0 and abs(cues[-1].end_s - 22.0) < 1e-6


def test_srt_and_webvtt_on_the_recording_timeline(tmp_path):
    rec = SubtitleRecorder(offset_s=100.0)
    rec.add(CaptionEvent("final", 95.0, 99.0, 99.5, "before the recording", "en"))
    rec.add(CaptionEvent("partial", 101.0, 102.0, 102.1, "partial text", "en"))
    rec.add(CaptionEvent("final", 101.0, 103.5, 104.0, "Hello everyone", "en", {"es": "Hola a todos"}))
    rec.add(CaptionEvent("final", 3701.25, 3702.0, 3702.5, "An hour later", "en", {"es": "Una hora después"}))
    written = rec.write(tmp_path / "show", spoken_lang="en")
    assert sorted(p.name for p in written) == ["show.es.srt", "show.es.vtt", "show.srt", "show.vtt"]
    srt = (tmp_path / "show.srt").read_text("utf-8")
    assert srt.startswith("1\n00:00:01,000 --> 00:00:03,500\nHello everyone\n")
    assert "2\n01:00:01,250 --> 01:00:02,050\nAn hour later" in srt   # shown at least 0.8 s
    assert "before the recording" not in srt and "partial" not in srt
    vtt = (tmp_path / "show.es.vtt").read_text("utf-8")
    assert vtt.startswith("WEBVTT") and "00:00:01.000 --> 00:00:03.500\nHola a todos" in vtt
    assert to_srt([]) == "" and to_webvtt([]).startswith("WEBVTT")
