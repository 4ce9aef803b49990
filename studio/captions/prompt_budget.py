"""Whisper's prompt kept inside its 448-token window, counted with the model's own tokenizer.

Whisper reads at most 448 tokens: the prompt (hotwords, then the previous captions) plus the
start tokens plus the tokens it may write. faster-whisper cuts hotwords and context to 223 tokens
each but not their sum, and refuses the decode when the sum is over (a long Chinese context is
~1 token a character, and Chinese or long-catalog hotwords fill the rest). So the request is
fitted first: glossary terms first, whole terms only (they are what the bias is for), then the
newest part of the context in what is left (the oldest captions steer the next words least).
"""

from __future__ import annotations

from collections.abc import Callable

WHISPER_MAX_TOKENS = 448
# faster-whisper cuts hotwords past this many tokens mid-term; stop at a whole term first.
MAX_HOTWORD_TOKENS = WHISPER_MAX_TOKENS // 2 - 1


def fit_prompt(encode: Callable[[str], list[int]], hotwords: str | None, context: str | None,
               budget_tokens: int, frame: str = "{}") -> tuple[str | None, str | None]:
    """(hotwords, context) cut to fit budget_tokens together, as faster-whisper will encode them
    (each with a leading space). hotwords: terms separated by ", "; the terms kept are returned
    inside frame ("Hoy hablamos de {}.": a sentence that carries them, hotword_choice.py)."""
    budget_tokens = max(0, budget_tokens)
    kept: list[str] = []
    used = 0
    for term in (hotwords or "").split(", "):
        if not term.strip():
            continue
        size = len(encode(" " + frame.format(", ".join(kept + [term.strip()]))))
        if size > min(budget_tokens, MAX_HOTWORD_TOKENS):
            continue            # a shorter term further on may still fit
        kept.append(term.strip())
        used = size
    fitted_hotwords = frame.format(", ".join(kept)) if kept else None
    return fitted_hotwords, _newest(encode, (context or "").strip(), budget_tokens - used)


def _newest(encode: Callable[[str], list[int]], context: str, budget_tokens: int) -> str | None:
    """The longest tail of context that encodes into budget_tokens (binary search on its start)."""
    if not context or budget_tokens <= 0:
        return None
    if len(encode(" " + context)) <= budget_tokens:
        return context
    low, high = 1, len(context)         # context[high:] (empty) fits; context[0:] does not
    while low < high:
        mid = (low + high) // 2
        if len(encode(" " + context[mid:].strip())) <= budget_tokens:
            high = mid
        else:
            low = mid + 1
    return context[high:].strip() or None
