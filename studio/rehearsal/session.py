"""A whole rehearsal, as `studio rehearse` and the window run it: the pass over the file, the
report, the comparison with the previous rehearsal of the show, and keeping this one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from studio.core.events import StatusMessage
from studio.rehearsal import history
from studio.rehearsal.engines import PassOptions, run_pass
from studio.rehearsal.html import render
from studio.rehearsal.report import build_report
from studio.show.model import Show


@dataclass
class Rehearsal:
    report: dict                       # the JSON (with "comparison" when there was a previous one)
    comparison: dict | None
    kept: Path | None                  # where the history keeps it (None: --no-history)

    def html(self) -> str:
        return render(self.report, self.comparison)


def rehearse(show: Show, media: str | Path, markets, options: PassOptions | None = None,
             keep_history: bool = True, slug_fallback: str = "show",
             on_status: Callable[[StatusMessage], None] | None = None) -> Rehearsal:
    """Raises SourceError (unreadable file), CaptionModelError (model missing) and
    UnknownMarketError/InvalidMarketError from the checker for markets it cannot judge."""
    from studio.compliance.checker import Checker

    options = options or PassOptions()
    checker = Checker(markets)
    heard = run_pass(show, media, options, on_status=on_status)
    report = build_report(show, heard, checker, media, options.model, options.glossary)
    # What the verdicts could not weigh: said in the report, never silently.
    report["notices"] = [n for n in (checker.semantic_notice,) if n]
    if checker.uncovered_markets:
        report["notices"].append(f"no national rule pack for {', '.join(checker.uncovered_markets)}: judged "
                                 f"with the platform and universal rules only")
    comparison, kept = None, None
    if keep_history:
        slug = history.show_slug(show.title, slug_fallback)
        previous = history.latest(slug)
        if previous is not None:
            comparison = history.compare(report, previous[1], previous[0])
            report["comparison"] = comparison
        kept = history.save(report, slug)
    return Rehearsal(report, comparison, kept)
