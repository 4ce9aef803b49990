"""What `studio doctor` says: one `Check` per thing looked at, gathered in a `DoctorReport`
with its verdict. The checks themselves live in studio/doctor.py."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field

from studio import __version__


class Purpose(enum.Enum):
    LIVE = "live"            # camera and microphone on this machine
    REHEARSAL = "rehearsal"  # video and audio files only (also what CI runs)


class Status(enum.Enum):
    OK = "ok"
    INFO = "info"    # a fact, nothing to fix
    WARN = "warn"    # missing or degraded, the show can go on
    FAIL = "fail"    # broken or missing; a blocker when the check is required


@dataclass(frozen=True)
class Check:
    section: str      # devices, install, gpu, models, fonts, disk, versions, files
    name: str
    status: Status
    detail: str       # what was found
    required: bool = False
    advice: str = ""  # one sentence: how to fix it

    @property
    def blocks(self) -> bool:
        return self.required and self.status is Status.FAIL

    def to_dict(self) -> dict:
        out = asdict(self)
        out["status"] = self.status.value
        out["blocks"] = self.blocks
        return out


@dataclass
class DoctorReport:
    purpose: Purpose
    checks: list[Check] = field(default_factory=list)
    took_s: float = 0.0

    @property
    def blockers(self) -> list[Check]:
        return [c for c in self.checks if c.blocks]

    @property
    def ready(self) -> bool:
        return not self.blockers

    def verdict(self) -> str:
        """One sentence a host can act on."""
        what = "a live" if self.purpose is Purpose.LIVE else "a rehearsal over files"
        if self.ready:
            warnings = sum(c.status in (Status.WARN, Status.FAIL) for c in self.checks)
            extra = f" ({warnings} optional item(s) missing, see above)" if warnings else ""
            return f"Ready for {what}{extra}."
        reasons = "; ".join(f"{c.name}: {c.advice or c.detail}" for c in self.blockers)
        return f"Not ready for {what}: {reasons}."

    def to_dict(self) -> dict:
        return {"version": __version__, "purpose": self.purpose.value, "ready": self.ready,
                "verdict": self.verdict(), "took_s": round(self.took_s, 2),
                "checks": [c.to_dict() for c in self.checks]}
