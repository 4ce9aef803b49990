"""Whisper's prompt fits its 448-token window: glossary terms first, then the newest captions,
counted with the model's own tokenizer (faster-whisper refuses a decode whose prompt is over)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from studio.captions.glossary import Glossary
from studio.captions.options import CaptionOptions
from studio.captions.prompt_budget import MAX_HOTWORD_TOKENS, fit_prompt
from studio.captions.prompting import DecodeContext
from tests.conftest import require_installed_model

LINE = "今天直播间给大家带来的是我们家最新款的丝绒哑光口红，颜色非常显白，质地轻薄不拔干，姐妹们赶紧下单吧。"
TERMS = ["丝绒哑光口红", "烟酰胺精华", "玻尿酸原液", "积雪草修护霜", "视黄醇晚霜", "神经酰胺面霜", "熊果苷美白精华",
         "氨甲环酸淡斑精华", "角鲨烷精华油", "二裂酵母精华", "寡肽修护面膜", "依克多因喷雾", "白藜芦醇抗氧精华",
         "腺苷抗皱眼霜", "维生素E乳液", "半乳糖酵母原液", "蜂胶安瓶", "艾草洁面", "蜗牛黏液面霜", "玫瑰果油"]


@pytest.fixture(scope="module")
def encode():
    import tokenizers

    tokenizer = tokenizers.Tokenizer.from_file(str(require_installed_model("whisper-base") / "tokenizer.json"))
    return lambda text: tokenizer.encode(text, add_special_tokens=False).ids


def chinese_request():
    """What the session asks after a few long Chinese captions, with a Chinese glossary."""
    context = DecodeContext(CaptionOptions(language="zh", glossary=Glossary.from_text("\n".join(TERMS))))
    for _ in range(8):
        context.heard(LINE, "zh")
    return context.request(beam_size=5, word_timestamps=False, final=True)


def test_terms_come_first_whole_then_the_newest_context(encode):
    request = chinese_request()
    assert len(encode(" " + request.hotwords)) > MAX_HOTWORD_TOKENS   # more than faster-whisper keeps
    hotwords, context = fit_prompt(encode, request.hotwords, request.prompt, 400)
    kept = hotwords.split(", ")
    assert kept == [t for t in TERMS if t in kept] and len(kept) >= len(TERMS) - 2   # whole terms, in order
    assert len(encode(" " + hotwords)) <= MAX_HOTWORD_TOKENS
    assert len(encode(" " + hotwords)) + len(encode(" " + context)) <= 400
    assert request.prompt.endswith(context) and len(context) < len(request.prompt)   # the newest part


def test_only_whole_terms_are_kept_when_they_do_not_all_fit(encode):
    hotwords, context = fit_prompt(encode, ", ".join(TERMS), LINE, 40)
    kept = hotwords.split(", ")
    assert kept == [t for t in TERMS if t in kept] and 0 < len(kept) < len(TERMS)   # in order, none cut
    used = len(encode(" " + hotwords)) + (len(encode(" " + context)) if context else 0)
    assert used <= 40 and (context is None or LINE.endswith(context))   # the rest: the newest words


def test_the_sentence_the_terms_are_said_in_is_kept_and_counted(encode):
    words = ["Niacinamide", "Bakuchiol", "Squalane", "Tranexamic", "Centella Asiatica", "Madecassoside"]
    hotwords, _ = fit_prompt(encode, ", ".join(words), None, 30, "Hoy hablamos de {}.")
    assert hotwords.startswith("Hoy hablamos de Niacinamide, ") and hotwords.endswith(".")
    kept = hotwords[len("Hoy hablamos de "):-1].split(", ")
    assert 0 < len(kept) < len(words) and kept == words[:len(kept)]   # whole terms, the frame counted
    assert len(encode(" " + hotwords)) <= 30


@pytest.mark.slow   # loads whisper-base and decodes (~3 s idle, ~12 s on a loaded 2-core machine)
def test_a_long_chinese_context_with_hotwords_still_decodes():
    # Before the fit this raised faster-whisper's ValueError: prompt 451 + 22 tokens > 448.
    from studio.captions.asr import WhisperRecognizer

    require_installed_model("whisper-base")
    recognizer = WhisperRecognizer("base", "cpu", cpu_threads=2)
    decoded = recognizer.decode(np.zeros(16_000, np.float32), replace(chinese_request(), beam_size=1))
    assert decoded.language == "zh"
