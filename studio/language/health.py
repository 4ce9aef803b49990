"""What `studio doctor` says about the sentence encoder (its section of the report).

Imported by studio/doctor.py; the encoder (and numpy) load only when a check runs.
"""

from __future__ import annotations

import time

from studio.language import MODEL_NAME
from studio.models.registry import installed_path
FEATURE = "semantic claim check"


def model_checks() -> list:
    """Installed or not (the models list already shows where); what is off without it."""
    from studio.doctor import Check, Status
    from studio.language.encoder import missing_model_message

    if installed_path(MODEL_NAME):
        return []
    return [Check("models", "sentence encoder", Status.WARN,
                  f"{MODEL_NAME} not installed: the {FEATURE} is off (rules only)",
                  advice=missing_model_message())]


def run_checks() -> list:
    """--deep: the encoder loads and embeds one caption here, timed, on the runtime it picked."""
    from studio.doctor import Check, Status
    from studio.language.encoder import EncoderUnavailable, load_encoder

    if not installed_path(MODEL_NAME):
        return []
    try:
        encoder = load_encoder()
        caption = "这款眼霜用一周黑眼圈保证没了"
        encoder.embed([caption])  # first call sizes the buffers
        started = time.perf_counter()
        encoder.embed([caption])
        embed_ms = (time.perf_counter() - started) * 1000
        encoder.close()
    except (EncoderUnavailable, OSError, RuntimeError) as exc:
        return [Check("performance", "sentence encoder", Status.WARN, f"the encoder did not run: {exc}",
                      advice=f"run `studio models download {MODEL_NAME}` again")]
    return [Check("performance", "sentence encoder", Status.OK,
                  f"{MODEL_NAME} on {encoder.backend}: loads in {encoder.load_ms:.0f} ms, "
                  f"one caption embeds in {embed_ms:.0f} ms")]
