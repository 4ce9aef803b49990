"""The producer's scorecard: one self-contained HTML file (inline CSS and SVG, no script, nothing
fetched from the network) drawn from a rehearsal's JSON. Every text is escaped: captions are
recognized speech, show files come from anyone on the team."""

from __future__ import annotations

from html import escape

from studio.rehearsal.svg import clock, disclosure_strip, planned_vs_actual, timeline

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC",sans-serif;margin:24px;
color:#0f172a;background:#f8fafc}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #e2e8f0;
padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}
.meta{color:#475569}.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:10px 14px;min-width:220px;max-width:440px}
.go{border-left:6px solid #16a34a}.nogo{border-left:6px solid #dc2626}
.verdict{font-weight:700;font-size:16px}.go .verdict{color:#15803d}.nogo .verdict{color:#b91c1c}
table{border-collapse:collapse;width:100%;background:#fff;margin:4px 0 8px}
th,td{border-bottom:1px solid #e2e8f0;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f1f5f9;font-weight:600}td.t{white-space:nowrap;font-variant-numeric:tabular-nums;width:70px}
td.s{width:90px;white-space:nowrap}
tr.skipped td{color:#64748b;background:#fef2f2}tr.skipped td.s{color:#b91c1c;font-weight:600}
.s-read{color:#15803d}.block{color:#b91c1c;font-weight:700}.warn{color:#b45309;font-weight:600}
mark{background:#fecaca;padding:0 2px;border-radius:2px}
.timeline text.label{font-size:12px;fill:#0f172a}.tick{font-size:10px;fill:#64748b}
.legend span{display:inline-block;margin-right:14px;font-size:12px}.sw{display:inline-block;width:12px;
height:10px;margin-right:4px;vertical-align:middle}
.seg{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:8px 12px;margin:10px 0}
.muted{color:#64748b}.up{color:#15803d}.down{color:#b91c1c}
"""


def _e(value) -> str:
    return escape("" if value is None else str(value))


def _marked(text: str, matched: str) -> str:
    """The said text with the flagged words marked (escaped around the mark)."""
    i = text.find(matched) if matched else -1
    if i < 0:
        return _e(text)
    return f"{_e(text[:i])}<mark>{_e(matched)}</mark>{_e(text[i + len(matched):])}"


def render(report: dict, comparison: dict | None = None) -> str:
    parts = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
             f"<title>Rehearsal scorecard · {_e(report.get('show'))}</title><style>{CSS}</style></head><body>",
             _header(report), _markets(report), _timeline(report), _segments(report), _adlibs(report),
             _findings(report), _disclosure(report), _terms(report), _comparison(comparison),
             "</body></html>"]
    return "\n".join(parts)


def _header(r: dict) -> str:
    return (f"<h1>Rehearsal scorecard: {_e(r.get('show'))}</h1><div class=\"meta\">{_e(r.get('file'))} · "
            f"{clock(r.get('duration_s'))} of audio · model {_e(r.get('model'))} · pass {r.get('pass_s')} s · "
            f"{_e(r.get('created'))}</div>")


def _markets(r: dict) -> str:
    notices = "".join(f"<p class=\"muted\">{_e(n)}</p>" for n in r.get("notices", []))
    cards = []
    for market, v in r.get("markets", {}).items():
        items = "".join(f"<li>{_e(x)}</li>" for x in v.get("reasons", []))
        warns = "".join(f"<li class=\"muted\">{_e(x)}</li>" for x in v.get("warnings", []))
        cards.append(f"<div class=\"card {'go' if v.get('go') else 'nogo'}\"><div class=\"verdict\">{_e(market)}: "
                     f"{'GO' if v.get('go') else 'NO-GO'}</div><ul>{items or '<li>no blocking problem</li>'}"
                     f"{warns}</ul></div>")
    return f"<h2 id=\"go\">Go / no-go per market</h2><div class=\"cards\">{''.join(cards)}</div>{notices}"


def _timeline(r: dict) -> str:
    legend = "".join(f"<span><i class=\"sw\" style=\"background:{c}\"></i>{_e(n)}</span>" for n, c in (
        ("on this segment", "#3b82f6"), ("offer countdown", "#f59e0b"), ("blocking claim", "#dc2626"),
        ("claim to review", "#d97706"), ("ad-lib", "#c4b5fd"), ("disclosure said", "#16a34a")))
    return f"<h2 id=\"timeline\">Timeline</h2><div class=\"legend\">{legend}</div>{timeline(r)}"


def _segments(r: dict) -> str:
    segments = r.get("segments", [])
    scale = max([float(s.get("planned_s") or 0) for s in segments] + [float(s.get("actual_s") or 0)
                                                                      for s in segments] + [1.0])
    out = ["<h2 id=\"segments\">Segments: planned vs actual, lines read and skipped</h2>"]
    for s in segments:
        offer = s.get("offer")
        offer_html = f"<div>Offer “{_e(offer.get('text'))}”: {_offer_state(offer)}</div>" if offer else ""
        rows = "".join(
            f"<tr class=\"{_e(line['status'])}\"><td class=\"t\">"
            f"{clock(line.get('at')) if line.get('at') is not None else ''}</td>"
            f"<td class=\"s s-{_e(line['status'])}\">{_e(line['status'])}"
            f"{' ×' + str(line['times_read']) if line.get('times_read', 0) > 1 else ''}</td>"
            f"<td>{_e(line['text'])}</td></tr>" for line in s.get("lines", []))
        out.append(f"<div class=\"seg\"><h3>{s['index'] + 1}. {_e(s['title'])}</h3>"
                   f"{planned_vs_actual(s, scale)}<div class=\"muted\">"
                   f"planned {clock(s.get('planned_s'), tenths=False)}, "
                   f"read {clock(s.get('actual_s'))}</div>{offer_html}<table><tr><th>at</th><th>status</th>"
                   f"<th>line</th></tr>{rows}</table></div>")
    return "".join(out)


def _offer_state(offer: dict) -> str:
    if not offer.get("duration_s"):
        return "no countdown"
    if offer.get("starts_at") is None:
        return "never on air"
    return (f"countdown {clock(offer['duration_s'], tenths=False)} from {clock(offer['starts_at'])}, "
            f"ends at {clock(offer.get('ends_at'))}")


def _adlibs(r: dict) -> str:
    rows = "".join(f"<tr><td class=\"t\">{clock(a['at'])}</td><td>{_e(a['text'])}</td></tr>"
                   for a in r.get("adlibs", []))
    return (f"<h2 id=\"adlibs\">Ad-libs</h2>"
            + (f"<table><tr><th>at</th><th>said off script</th></tr>{rows}</table>" if rows
               else "<p class=\"muted\">none</p>"))


def _findings(r: dict) -> str:
    rows = []
    for f in r.get("findings", []):
        where = ("ad-lib" if f.get("adlib") else "said") if f.get("source") == "said" else \
            f"script ({_e(f.get('status') or 'on screen')})"
        rows.append(f"<tr><td class=\"t\">{clock(f['at']) if f.get('at') is not None else 'not said'}</td>"
                    f"<td>{_e(f['market'])}</td><td class=\"{_e(f['severity'])}\">{_e(f['severity'])}</td>"
                    f"<td>{where}</td><td>{_marked(f.get('text') or '', f.get('matched') or '')}"
                    f"<div class=\"muted\">{_e(f.get('category'))} · {_e(f['rule'])}</div></td>"
                    f"<td>{_e(f.get('rewrite'))}</td></tr>")
    body = ("<table><tr><th>at</th><th>market</th><th>severity</th><th>where</th><th>claim</th>"
            f"<th>say instead</th></tr>{''.join(rows)}</table>" if rows else "<p class=\"muted\">none</p>")
    return f"<h2 id=\"findings\">Flagged claims</h2>{body}"


def _disclosure(r: dict) -> str:
    rows = []
    for market, d in r.get("disclosure", {}).items():
        said = ", ".join(clock(t) for t in d.get("said_at", [])) or "never"
        rows.append(f"<tr><td>{_e(market)}</td><td>{_e(d.get('status'))}</td><td>{said}</td>"
                    f"<td>every {clock(d.get('reminder_every_s'), tenths=False)}; ticker {_e(d.get('ticker'))}</td>"
                    f"<td>{disclosure_strip(d, float(r.get('duration_s') or 0))}</td></tr>")
    return ("<h2 id=\"disclosure\">Disclosure timing per market</h2><table><tr><th>market</th><th>status</th>"
            f"<th>said at</th><th>required</th><th>when</th></tr>{''.join(rows)}</table>")


def _terms(r: dict) -> str:
    t = r.get("terms", {})
    rows = "".join(f"<tr><td>{_e(term)}</td><td>{c['said']}</td><td>{c['heard']}</td></tr>"
                   for term, c in t.get("by_term", {}).items())
    missed = ", ".join(_e(m) for m in t.get("missed", [])) or "none"
    return (f"<h2 id=\"terms\">Catalog and glossary terms</h2><p>Said {t.get('said', 0)}, heard right "
            f"{t.get('heard', 0)}; missed: {missed}</p>"
            + (f"<table><tr><th>term</th><th>said</th><th>heard</th></tr>{rows}</table>" if rows else ""))


def _comparison(c: dict | None) -> str:
    head = "<h2 id=\"compare\">Compared with the previous rehearsal</h2>"
    if not c:
        return head + "<p class=\"muted\">No previous rehearsal of this show.</p>"
    rows = "".join(f"<tr><td>{_e(row['what'])}</td><td>{_e(row['before'])}</td><td>{_e(row['now'])}</td></tr>"
                   for row in c.get("rows", []))
    segs = "".join(f"<tr><td>{s['index'] + 1}. {_e(s['title'])}</td><td>{clock(s.get('before'))}</td>"
                   f"<td>{clock(s.get('now'))}</td></tr>" for s in c.get("segments", []))
    lines = "".join(f"<tr><td>{s['segment'] + 1}.{s['line'] + 1}</td><td>{_e(s['text'])}</td>"
                    f"<td>{_e(s['before'])} → {_e(s['now'])}</td></tr>" for s in c.get("lines_changed", []))
    return (f"{head}<p class=\"meta\">previous: {_e(c.get('previous_created'))} ({_e(c.get('previous'))})</p>"
            f"<table><tr><th></th><th>before</th><th>now</th></tr>{rows}{segs}</table>"
            + (f"<h3>Lines that changed</h3><table>{lines}</table>" if lines else ""))
