"""Events the compliance checker publishes on the session's EventBus."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from studio.compliance.model import Finding


@dataclass(frozen=True)
class ComplianceFinding:
    """A rule hit in a final live caption (published on the captions thread).

    caption_start_s/end_s locate the caption on the session clock; spoken_at_s is when the
    matched words were said (from the recognizer's word timings; None for a translation or
    when there are none); check_ms is how long checking that caption took. The teleprompter
    shows finding.suggestion at once.
    """

    finding: Finding
    caption_start_s: float
    caption_end_s: float
    checked_s: float
    check_ms: float
    spoken_at_s: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {"caption_start": round(self.caption_start_s, 3), "caption_end": round(self.caption_end_s, 3),
                "checked": round(self.checked_s, 3), "check_ms": round(self.check_ms, 3),
                "spoken_at": None if self.spoken_at_s is None else round(self.spoken_at_s, 3),
                **self.finding.to_json()}


@dataclass(frozen=True)
class DisclosureReminder:
    """Time to say the sponsorship disclosure again (published by the disclosure ticker)."""

    markets: tuple[str, ...]
    text: str                 # what the host can say, in the show's language
    due_s: float              # session time the reminder fell due
