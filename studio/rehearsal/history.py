"""Rehearsals kept per show (<data folder>/rehearsals/<show-slug>/<UTC time>.json) and the
comparison of a new one with the latest kept before it."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

from studio import paths


def show_slug(title: str, fallback: str = "show") -> str:
    """'Autumn Lip Launch' -> 'autumn-lip-launch'; letters of any script are kept."""
    slug = re.sub(r"[^\w]+", "-", title.casefold()).strip("-_")
    return slug[:80] or fallback


def history_dir(slug: str) -> Path:
    return paths.data_dir() / "rehearsals" / slug


def latest(slug: str) -> tuple[Path, dict] | None:
    """The newest readable rehearsal kept for the show (a damaged file is passed over)."""
    folder = history_dir(slug)
    if not folder.is_dir():
        return None
    for path in sorted(folder.glob("*.json"), reverse=True):
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("segments"), list):
            return path, data
    return None


def save(report: dict, slug: str) -> Path:
    folder = history_dir(slug)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stamp}.json"
    n = 1
    while path.exists():       # two rehearsals in one second keep both
        path = folder / f"{stamp}-{n}.json"
        n += 1
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


LABELS = {"duration_s": "audio length (s)", "lines_read": "lines read", "lines_skipped": "lines skipped",
          "adlibs": "ad-libs", "blocking_said": "blocking claims said", "warnings_said": "claims to review said",
          "terms_heard": "terms heard right / said"}


def summary(report: dict) -> dict:
    lines = [line for seg in report.get("segments", []) for line in seg.get("lines", [])]
    said = [f for f in report.get("findings", []) if f.get("source") == "said"]
    terms = report.get("terms", {})
    return {
        "duration_s": report.get("duration_s"),
        "lines_read": sum(1 for line in lines if line.get("status") == "read"),
        "lines_skipped": sum(1 for line in lines if line.get("status") == "skipped"),
        "adlibs": len(report.get("adlibs", [])),
        "blocking_said": sum(1 for f in said if f.get("severity") == "block"),
        "warnings_said": sum(1 for f in said if f.get("severity") == "warn"),
        "terms_heard": f"{terms.get('heard', 0)}/{terms.get('said', 0)}",
        "go": {m: v.get("go") for m, v in report.get("markets", {}).items()},
    }


def compare(report: dict, previous: dict, previous_path: Path | str) -> dict:
    before, now = summary(previous), summary(report)
    rows = [{"what": LABELS[key], "key": key, "before": before[key], "now": now[key]} for key in now if key != "go"]
    verdict = {True: "GO", False: "NO-GO", None: "–"}
    for market in sorted(set(before["go"]) | set(now["go"])):
        rows.append({"what": f"go / no-go {market}", "key": f"go.{market}",
                     "before": verdict[before["go"].get(market)], "now": verdict[now["go"].get(market)]})
    prev_segments = {s.get("index"): s for s in previous.get("segments", [])}
    segments = [{"index": s["index"], "title": s["title"],
                 "before": prev_segments.get(s["index"], {}).get("actual_s"), "now": s["actual_s"]}
                for s in report["segments"]]
    prev_lines = {(s.get("index"), line.get("line")): line.get("status")
                  for s in previous.get("segments", []) for line in s.get("lines", [])}
    changed = [{"segment": s["index"], "line": line["line"], "text": line["text"],
                "before": prev_lines.get((s["index"], line["line"])), "now": line["status"]}
               for s in report["segments"] for line in s["lines"]
               if prev_lines.get((s["index"], line["line"])) not in (None, line["status"])]
    return {"previous": str(previous_path), "previous_created": previous.get("created"),
            "rows": rows, "segments": segments, "lines_changed": changed}
