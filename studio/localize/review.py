"""The review of a show's translations, headless: the window's review table sends commands here
and paints the snapshots that come back; all work (drafting with a model, term and claim checks,
saving the show) runs on this worker thread, never on the GUI thread.

    worker = ReviewWorker(on_snapshot)          # on_snapshot is called on the worker thread
    worker.send(Load(show_path, markets=("US", "TH")))
    worker.send(SetLanguage("th")); worker.send(Draft()); worker.send(Approve("s0.l1"))
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from studio.localize.drafting import check_draft, localize
from studio.localize.units import TextUnit, iter_units, set_source, slot_of

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- commands
@dataclass(frozen=True)
class Load:
    path: Path
    markets: tuple[str, ...] | None = None   # None: the show's
    glossary: Path | None = None
    semantic: bool = True                    # the claim check's sentence encoder (off: rules only)


@dataclass(frozen=True)
class SetLanguage:
    lang: str


@dataclass(frozen=True)
class Draft:
    model: str | None = None                 # None: pair models, else an installed multilingual one
    redo: bool = False


@dataclass(frozen=True)
class Edit:
    unit_id: str
    text: str                                # the new draft (kept as a proposal until approved)


@dataclass(frozen=True)
class EditSource:
    unit_id: str
    text: str


@dataclass(frozen=True)
class Approve:
    unit_id: str


@dataclass(frozen=True)
class ApproveSegment:
    segment_index: int                       # every proposed line, the offer of that segment


@dataclass(frozen=True)
class Save:
    force: bool = False                      # rewrite a file with comments (they are dropped)


@dataclass(frozen=True)
class Stop:
    pass


# ---------------------------------------------------------------- snapshots
@dataclass(frozen=True)
class ReviewRow:
    unit_id: str
    segment_index: int | None
    where: str                               # segment or FAQ title
    kind: str                                # UnitKind value
    source: str
    text: str                                # the draft, else the approved translation, else ""
    state: str                               # TranslationState value
    missing_terms: tuple[str, ...]
    findings: tuple[tuple[str, str, str], ...]   # (severity value, rule id, markets) per finding
    blocking: bool


@dataclass(frozen=True)
class ReviewSnapshot:
    lang: str = ""
    languages: tuple[str, ...] = ()
    rows: tuple[ReviewRow, ...] = ()
    busy: str = ""                           # what the worker is doing now ("" when idle)
    message: str = ""                        # the last result or error, for the status line
    said: object | None = None               # the same as a HostMessage when it has one (the window translates it)
    error: bool = False
    needs_force: bool = False                # saving would drop the file's comments: ask first
    saved_path: str = ""                     # set on the snapshot right after a save


@dataclass
class _State:
    show: object = None
    path: Path | None = None
    lang: str = ""
    glossary: object = None
    checker: object = None
    checks: dict = field(default_factory=dict)     # (unit_id, lang, text) -> DraftCheck
    engines: object = None                         # DraftEngines, kept between drafts


class ReviewWorker:
    """One thread, one command queue; on_snapshot(ReviewSnapshot) after every command."""

    def __init__(self, on_snapshot: Callable[[ReviewSnapshot], None]) -> None:
        self._on_snapshot = on_snapshot
        self._queue: queue.Queue = queue.Queue()
        self._state = _State()
        self._last_rows: tuple[ReviewRow, ...] = ()   # shown while the worker is busy
        self._thread = threading.Thread(target=self._run, name="localize-review", daemon=True)
        self._thread.start()

    def send(self, command) -> None:
        """Any thread."""
        self._queue.put(command)

    def stop(self, timeout_s: float = 5.0) -> None:
        self._queue.put(Stop())
        self._thread.join(timeout_s)

    # ------------------------------------------------------------ worker thread
    def _run(self) -> None:
        while True:
            command = self._queue.get()
            if isinstance(command, Stop):
                return
            try:
                self._emit(busy=_busy_text(command))
                extra = self._apply(command) or {}
            except Exception as exc:   # a model that fails, a file that cannot be written: said, the review goes on
                log.warning("localisation review: %s failed: %s", type(command).__name__, exc)
                extra = {"message": str(exc), "said": getattr(exc, "message", None), "error": True}
            self._emit(**extra)

    def _apply(self, command) -> dict | None:
        s = self._state
        if isinstance(command, Load):
            return self._load(command)
        if s.show is None:
            raise RuntimeError("no show is open for review")
        if isinstance(command, SetLanguage):
            s.lang = command.lang
        elif isinstance(command, Draft):
            from studio.localize.engines import DraftEngines

            if s.engines is None or s.engines.forced != command.model:   # a model loads once per review
                s.engines = DraftEngines(command.model)
            report = localize(s.show, [s.lang], s.glossary, s.engines, s.checker, redo=command.redo)
            if s.lang in report.skipped:
                return {"message": report.skipped[s.lang], "said": report.skipped_said.get(s.lang), "error": True}
            return self._save(False) | {"message": f"{len(report.drafts)} drafts by {report.models.get(s.lang)}"}
        elif isinstance(command, Edit):
            slot_of(s.show, command.unit_id).propose(s.lang, " ".join(command.text.split()))
            return self._save(False)
        elif isinstance(command, EditSource):
            set_source(s.show, command.unit_id, command.text)
            return self._save(False)
        elif isinstance(command, Approve):
            slot_of(s.show, command.unit_id).approve(s.lang)
            return self._save(False)
        elif isinstance(command, ApproveSegment):
            for unit in iter_units(s.show):
                slot = slot_of(s.show, unit.id)
                if unit.segment_index == command.segment_index and s.lang in slot.proposed:
                    slot.approve(s.lang)
            return self._save(False)
        elif isinstance(command, Save):
            return self._save(command.force)
        return None

    def _load(self, command: Load) -> dict:
        from studio.compliance.checker import Checker
        from studio.localize.terms import term_base
        from studio.show import load_show

        s = self._state
        s.show, s.path = load_show(command.path), Path(command.path)
        markets = list(command.markets) if command.markets is not None else list(s.show.markets)
        s.checker = Checker(markets, semantic=command.semantic) if markets else None
        s.glossary = term_base(s.show, command.glossary)
        s.checks.clear()
        s.lang = s.lang or (s.show.caption_languages[0] if s.show.caption_languages else "")
        return {"message": ""}

    def _save(self, force: bool) -> dict:
        from studio.localize.store import WouldLoseCommentsError, save_show

        s = self._state
        try:
            save_show(s.show, s.path, original=s.path, force=force)
        except WouldLoseCommentsError as exc:
            return {"message": str(exc), "needs_force": True}
        return {"saved_path": str(s.path)}

    def _row(self, unit: TextUnit) -> ReviewRow:
        s = self._state
        slot = slot_of(s.show, unit.id)
        text = slot.text_in(s.lang) or ""
        missing, findings, blocking = (), (), False
        if text:
            key = (unit.id, s.lang, slot.source, text)
            if key not in s.checks:
                s.checks[key] = check_draft(s.checker, unit, slot.source, text, s.lang, s.glossary)
            check = s.checks[key]
            missing = tuple(check.missing_terms)
            findings = tuple((f.severity.value, f.rule_id, f.market) for f in check.findings)
            blocking = check.blocking
        return ReviewRow(unit.id, unit.segment_index, unit.title, unit.kind.value, slot.source, text,
                         slot.state(s.lang).value, missing, findings, blocking)

    def _emit(self, **extra) -> None:
        s = self._state
        rows, languages = self._last_rows, ()
        if s.show is not None and s.lang and not extra.get("busy"):
            rows = self._last_rows = tuple(self._row(u) for u in iter_units(s.show))
        if s.show is not None:
            found = {lang for u in iter_units(s.show) for lang in slot_of(s.show, u.id).languages()}
            languages = tuple(dict.fromkeys([*s.show.caption_languages, *sorted(found)]))
        self._on_snapshot(ReviewSnapshot(s.lang, languages, rows, **extra))


def _busy_text(command) -> str:
    return {Draft: "drafting", Load: "loading", Save: "saving"}.get(type(command), "checking")
