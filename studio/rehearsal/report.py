"""The rehearsal's JSON: segments and lines, ad-libs, findings, terms, disclosure and go/no-go.

Keys as issue 14 gives them (segments, adlibs, findings, terms, markets), plus context the
scorecard draws (show, file, model, duration_s, disclosure, per segment its visits and offer).
All times (`at`, visits, offer) are seconds from the start of the file.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from studio.compliance.checker import Checker
from studio.compliance.disclosure import market_disclosure, says_disclosure
from studio.compliance.live import spoken_at_s
from studio.compliance.model import Finding, RuleSeverity, TextRole
from studio.prompter.script import ScriptView
from studio.rehearsal.alignment import Alignment, align, heard_tokens
from studio.rehearsal.engines import PassResult
from studio.rehearsal.terms import count_terms
from studio.show.model import Show
from studio.show.offer_clock import OfferClock

REPORTED = (RuleSeverity.BLOCK, RuleSeverity.WARN)


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def build_report(show: Show, heard: PassResult, checker: Checker, media: str | Path = "",
                 model: str = "", glossary=None) -> dict:
    """glossary: a studio.captions.Glossary whose terms are counted besides the catalog's."""
    script = ScriptView(show)
    alignment = align(script, heard_tokens(heard.finals, heard.origin_s), heard.anchor_tokens(script))
    visits = _visits(script, alignment, heard)
    segments = _segments(show, alignment, visits)
    adlibs = [{"at": _r(a.start_s), "end": _r(a.end_s), "text": a.text} for a in alignment.adlibs]
    findings = _script_findings(show, checker, segments) + _said_findings(heard, checker, adlibs)
    findings.sort(key=lambda f: (f["at"] is None, f["at"] or 0.0, f["market"]))
    disclosure = _disclosure(show, heard, checker.markets, segments)
    return {
        "show": show.title, "file": str(media), "model": model,
        "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "duration_s": _r(heard.audio_s), "pass_s": _r(heard.pass_s), "load_s": _r(heard.load_s),
        "segments": segments, "adlibs": adlibs, "findings": findings,
        "terms": count_terms(show, script, alignment, heard.finals, glossary),
        "disclosure": disclosure,
        "markets": _go_no_go(checker.markets, findings, disclosure, segments),
    }


def _visits(script: ScriptView, alignment: Alignment, heard: PassResult) -> list[tuple[int, float, float]]:
    """(segment, start_s, end_s): a visit runs from its first aligned word to the next visit's first
    word (the last one to the end of speech), so ad-libs count toward the segment they interrupt."""
    starts: list[tuple[int, float]] = []
    for start_s, _end_s, token in alignment.aligned_in_time():
        segment = script.segment_of_token(token)
        if not starts or starts[-1][0] != segment:
            starts.append((segment, start_s))
    speech_end = max((h.end_s for h in alignment.heard), default=0.0)
    return [(seg, start, starts[i + 1][1] if i + 1 < len(starts) else max(speech_end, start))
            for i, (seg, start) in enumerate(starts)]


def _segments(show: Show, alignment: Alignment, visits) -> list[dict]:
    offers = OfferClock(show)
    for seg, start_s, _end in visits:           # an offer starts the first time its segment is on air
        offers.on_air(seg, int(start_s * 1e9))
    out = []
    for s, segment in enumerate(show.segments):
        lines = []
        spoken = [j for j, line in enumerate(segment.lines) if line.spoken]
        for k, j in enumerate(spoken):
            read = alignment.lines.get((s, j))
            ok = read is not None and read.read
            lines.append({"line": k, "text": segment.lines[j].text, "status": "read" if ok else "skipped",
                          "at": _r(read.at_s) if ok else None, "share": round(read.share, 2) if read else 0.0,
                          "times_read": read.times_read if ok else 0})
        mine = [(a, b) for seg, a, b in visits if seg == s]
        item = {"index": s, "title": segment.title, "planned_s": segment.duration_s,
                "actual_s": _r(sum(b - a for a, b in mine)), "visits": [[_r(a), _r(b)] for a, b in mine],
                "lines": lines}
        ends_ns = offers.ends_ns(s)
        if segment.offer:
            item["offer"] = {"text": segment.offer, "duration_s": segment.offer_duration_s,
                             "starts_at": _r(mine[0][0]) if mine else None,
                             "ends_at": _r(ends_ns / 1e9) if ends_ns is not None else None}
        out.append(item)
    return out


def _category(f: Finding) -> str:
    return f.category or f.rule_id.split(".")[-1]


def _finding(f: Finding, market: str, at: float | None, source: str, **extra) -> dict:
    return {"at": _r(at), "text": f.text, "matched": f.matched, "category": _category(f), "market": market,
            "severity": f.severity.value, "rule": f.rule_id, "rewrite": f.suggestion, "title": f.title,
            "law": f.source, "origin": f.origin, "source": source, "lang": f.lang, **extra}


def _script_findings(show: Show, checker: Checker, segments: list[dict]) -> list[dict]:
    """The script's own lines (and translations, offers on screen): `at` is when the line was read,
    None when it was skipped (or is not a line)."""
    out = []
    for f in checker.check_show(show):
        if f.severity not in REPORTED or f.role is TextRole.CUE:
            continue
        where: dict = {"segment": f.segment_index}
        at = None
        if f.segment_index is not None and f.line_index is not None:
            segment = show.segments[f.segment_index]
            spoken = [j for j, line in enumerate(segment.lines) if line.spoken]
            if f.line_index in spoken:
                entry = segments[f.segment_index]["lines"][spoken.index(f.line_index)]
                where.update(line=entry["line"], status=entry["status"])
                at = entry["at"]
        elif f.segment_index is not None and f.role is TextRole.ON_SCREEN:
            visits = segments[f.segment_index]["visits"]
            at = visits[0][0] if visits else None
        out += [_finding(f, m, at, "script", **where) for m in f.markets if m in checker.markets]
    return out


def _said_findings(heard: PassResult, checker: Checker, adlibs: list[dict]) -> list[dict]:
    """Everything recognized, ad-libs included, checked as the live check does with final captions."""
    out = []
    for event in heard.finals:
        for f in checker.check_caption(event):
            if f.severity not in REPORTED:
                continue
            at_s = spoken_at_s(event, f.start) if f.text == event.text else None
            at = (at_s if at_s is not None else event.start_s) - heard.origin_s
            in_adlib = any(a["at"] - 0.5 <= at <= a["end"] + 0.5 for a in adlibs)
            out += [_finding(f, m, at, "said", adlib=in_adlib) for m in f.markets if m in checker.markets]
    return out


SAME_DISCLOSURE_S = 8.0     # a heard disclosure and a read scripted one this close are the same saying


def _disclosure(show: Show, heard: PassResult, markets, segments: list[dict]) -> dict:
    """When the sponsorship was said aloud, against each market's reminder interval."""
    said = [_r(_disclosure_at(e) - heard.origin_s) for e in heard.finals if says_disclosure(e.text)]
    in_script = [(s, line["line"]) for s, seg in enumerate(segments) for line in seg["lines"]
                 if says_disclosure(line["text"])]
    # A scripted disclosure line the follower saw read was said, even when one word of it was misheard
    # ("this live is answered by the brand" for "sponsored", tiny.en on one CPU)
    read = [line["at"] for seg in segments for line in seg["lines"]
            if line.get("status") == "read" and line.get("at") is not None and says_disclosure(line["text"])]
    said = sorted(said + [_r(t) for t in read if all(abs(t - h) > SAME_DISCLOSURE_S for h in said)])
    end = heard.audio_s
    marks = [0.0, *said, end]
    longest = max((b - a for a, b in zip(marks, marks[1:])), default=end)
    out = {}
    for market in markets:
        rule = market_disclosure(market)
        if not said:
            status = "missing"
        elif said[0] > rule.reminder_every_s or longest > rule.reminder_every_s:
            status = "late"
        else:
            status = "ok"
        out[market] = {"said_at": said, "first_at": said[0] if said else None, "longest_gap_s": _r(longest),
                       "reminder_every_s": rule.reminder_every_s, "ticker": rule.ticker.value,
                       "in_script": [list(x) for x in in_script], "status": status, "source": rule.source}
    return out


def _disclosure_at(event) -> float:
    """Where the disclosure phrase starts in a caption: the last word from which the rest still says it."""
    words = list(event.words)
    for k in range(len(words) - 1, -1, -1):
        if says_disclosure("".join(w for w, _s, _e in words[k:])):
            return words[k][1]
    return event.start_s


def _go_no_go(markets, findings: list[dict], disclosure: dict, segments: list[dict]) -> dict:
    """No-go: a blocking claim said (heard in the captions, or a blocking script line that was read),
    or a sponsorship disclosure the script has that was never said."""
    out = {}
    for market in markets:
        reasons: list[str] = []
        warnings: list[str] = []
        seen: set[tuple] = set()
        for f in findings:
            if f["market"] != market:
                continue
            said = f["source"] == "said" or f.get("status") == "read"
            key = (f["rule"], f["text"])
            if key in seen:
                continue
            seen.add(key)
            where = f"at {f['at']:.1f} s" if f["at"] is not None else "in the script (not said)"
            claim = f"{where}: “{f['matched'] or f['text']}” ({f['rule']})"
            if f["severity"] == "block" and said:
                reasons.append(f"blocking claim said {claim}")
            elif said or f["severity"] == "block":
                warnings.append(f"{f['severity']} {claim}")
        d = disclosure.get(market, {})
        if d.get("status") == "missing" and d.get("in_script"):
            reasons.append("the sponsorship disclosure in the script was never said")
        elif d.get("status") == "late":
            warnings.append(f"the sponsorship disclosure came late or too seldom (longest gap "
                            f"{d['longest_gap_s']:.0f} s; this market asks every {d['reminder_every_s']:.0f} s)")
        skipped = sum(1 for seg in segments for line in seg["lines"] if line["status"] == "skipped")
        if skipped:
            warnings.append(f"{skipped} script line(s) skipped")
        out[market] = {"go": not reasons, "reasons": reasons, "warnings": warnings}
    return out
