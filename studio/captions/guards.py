"""Guards against Whisper's known failures on live audio.

- Text hallucinated on silence or music: the VAD keeps silence away from Whisper; what still gets
  through is caught by Whisper's own confidence (no_speech_prob with a low avg_logprob, the rule
  from openai/whisper transcribe.py) and by a list of phrases the models were trained on from
  subtitle credits ("Thank you for watching", "字幕by…", "Amara.org").
- Repetition loops: a compression ratio above 2.4 (openai/whisper's threshold) drops the text;
  shorter loops are collapsed by `collapse_repeats`; the decoder gets a token budget that scales
  with the audio length, so a loop cannot run on.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from studio.captions.text import collapse_repeats, normalize

# Normalised (see text.normalize) phrases Whisper writes over silence, music and noise. Matched
# against the whole caption, or as the caption's tail, never in the middle of real speech.
HALLUCINATED_PHRASES = (
    "thank you for watching", "thanks for watching", "thank you so much for watching",
    "thank you for watching and see you next time", "please subscribe", "subscribe to my channel",
    "like and subscribe", "please like and subscribe", "see you in the next video",
    "subtitles by the amara org community", "transcription by castingwords", "you",
    "thank you", "bye", "so", "the end",
    "字幕by", "字幕by索兰娅", "字幕由amara org社区提供", "字幕 by", "中文字幕", "字幕志愿者",
    "请不吝点赞 订阅 转发 打赏支持明镜与点点栏目", "明镜与点点栏目", "感谢观看", "谢谢观看", "謝謝觀看",
    "ご視聴ありがとうございました", "チャンネル登録をお願いします",
    "sous titres réalisés para la communauté d amara org", "sous titrage st 501",
    "untertitel der amara org community", "untertitel im auftrag des zdf",
    "gracias por ver", "gracias por ver el video", "subtítulos realizados por la comunidad de amara org",
    "obrigado por assistir", "legendas pela comunidade amara org",
    "продолжение следует", "terima kasih telah menonton", "cảm ơn các bạn đã xem",
)
_PHRASES = {normalize(p).replace(" ", "") for p in HALLUCINATED_PHRASES}
_CREDIT = re.compile(r"(字幕|subtitles?|untertitel|sous-titres|legendas|subtítulos)\s*(by|由|von|par|por|:)", re.I)


@dataclass(frozen=True)
class SegmentScore:
    """What Whisper says about its own output for one decoded piece of audio."""

    text: str
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float


def compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / max(1, len(zlib.compress(data)))


def is_hallucinated_phrase(text: str) -> bool:
    key = normalize(text).replace(" ", "")
    return key in _PHRASES or bool(_CREDIT.search(text))


def clean_segments(segments: list[SegmentScore], voiced_s: float, heard_voice: bool = False,
                   min_logprob: float = -1.5) -> str:
    """The trustworthy text of an utterance, or "" when it is likely a hallucination.

    voiced_s: how long the VAD heard speech in this utterance; a one-word "Thank you." over
    0.3 s of a cough is dropped, the same words over 1 s of clear speech are kept.
    heard_voice: the caller's own gate heard speech in this audio, so a high no-speech
    probability is not silence (over a short padded encoder window it often is not: the
    prompter's early windows lost a third of their decodes to it).
    min_logprob: below it a decode is a guess; Whisper's translate task of speech already
    transcribed runs lower (a fair English line of base at -1.57) and passes its own.
    """
    kept = []
    for seg in segments:
        text = seg.text.strip()
        if not text:
            continue
        if seg.no_speech_prob > 0.6 and seg.avg_logprob < -1.0 and not heard_voice:
            continue  # openai/whisper: silence with an unsure decode
        if seg.compression_ratio > 2.4 or seg.avg_logprob < min_logprob:
            continue  # a loop, or a guess
        kept.append(text)
    text = collapse_repeats(" ".join(kept) if kept else "")
    if not text:
        return ""
    if _CREDIT.search(text):
        return ""
    unsure = max(seg.no_speech_prob for seg in segments) > 0.3
    if is_hallucinated_phrase(text) and (voiced_s < 1.2 or unsure):
        return ""
    return text
