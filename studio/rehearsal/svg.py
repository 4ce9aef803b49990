"""Inline SVG drawings for the scorecard: the reading's timeline and planned-versus-actual bars.

Every text that reaches the markup goes through html.escape (captions are recognized speech:
whatever the host, or a viewer read aloud, said).
"""

from __future__ import annotations

from html import escape

WIDTH = 960
LABEL_W = 190
ROW_H = 26
COLORS = {"visit": "#3b82f6", "planned": "#cbd5e1", "actual": "#2563eb", "over": "#dc2626",
          "offer": "#f59e0b", "block": "#dc2626", "warn": "#d97706", "adlib": "#7c3aed", "disclosure": "#16a34a"}


def clock(seconds: float | None, tenths: bool = True) -> str:
    """83.4 -> '1:23.4' ('1:23' without tenths)."""
    if seconds is None:
        return "–"
    minutes, rest = divmod(max(0.0, float(seconds)), 60)
    return f"{int(minutes)}:{rest:04.1f}" if tenths else f"{int(minutes)}:{int(rest):02d}"


def _ticks(total_s: float) -> list[float]:
    for step in (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800):
        if total_s / step <= 10:
            return [i * step for i in range(int(total_s // step) + 1)]
    return [0.0, total_s]


def timeline(report: dict) -> str:
    """One row per segment on the file's time axis: its visits, its offer's countdown, and marks for
    flagged claims, ad-libs and spoken disclosures at their moments."""
    segments = report["segments"]
    total = max(float(report.get("duration_s") or 0.0),
                max((b for s in segments for _a, b in s["visits"]), default=0.0), 1.0)
    plot_w = WIDTH - LABEL_W - 24      # room for the last tick's label
    x = lambda t: LABEL_W + plot_w * min(max(t, 0.0), total) / total   # noqa: E731
    rows = len(segments) + 1
    height = rows * ROW_H + 30
    out = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
           f'aria-label="timeline of the reading">']
    for t in _ticks(total):
        out.append(f'<line x1="{x(t):.1f}" y1="0" x2="{x(t):.1f}" y2="{rows * ROW_H}" stroke="#e5e7eb"/>'
                   f'<text x="{x(t):.1f}" y="{rows * ROW_H + 14}" class="tick" text-anchor="middle">'
                   f'{clock(t, tenths=False)}</text>')
    for i, seg in enumerate(segments):
        y = i * ROW_H
        out.append(f'<text x="4" y="{y + 17}" class="label">{seg["index"] + 1}. {escape(seg["title"])}</text>')
        offer = seg.get("offer")
        if offer and offer.get("starts_at") is not None and offer.get("ends_at") is not None:
            a, b = x(offer["starts_at"]), x(offer["ends_at"])
            out.append(f'<rect x="{a:.1f}" y="{y + 18}" width="{max(b - a, 1):.1f}" height="5" '
                       f'fill="{COLORS["offer"]}"><title>offer “{escape(offer["text"])}” runs '
                       f'{clock(offer["starts_at"])}–{clock(offer["ends_at"])}</title></rect>')
            if offer["ends_at"] > total:     # the countdown outlives the reading: say when it ends
                out.append(f'<text x="{b - 2:.1f}" y="{y + 16}" class="tick" text-anchor="end">offer ends '
                           f'{clock(offer["ends_at"], tenths=False)} →</text>')
        for a, b in seg["visits"]:
            out.append(f'<rect x="{x(a):.1f}" y="{y + 4}" width="{max(x(b) - x(a), 1):.1f}" height="13" rx="2" '
                       f'fill="{COLORS["visit"]}"><title>{clock(a)}–{clock(b)}</title></rect>')
    y = len(segments) * ROW_H
    out.append(f'<text x="4" y="{y + 17}" class="label">claims · ad-libs · #ad</text>')
    for ad in report.get("adlibs", []):
        out.append(f'<rect x="{x(ad["at"]):.1f}" y="{y + 4}" width="{max(x(ad["end"]) - x(ad["at"]), 2):.1f}" '
                   f'height="16" fill="{COLORS["adlib"]}" opacity="0.35"><title>ad-lib {clock(ad["at"])}: '
                   f'{escape(ad["text"])}</title></rect>')
    for f in report.get("findings", []):
        if f.get("at") is None or f.get("source") != "said":
            continue
        cx = x(f["at"])
        out.append(f'<path d="M{cx:.1f},{y + 20} l-5,-10 h10 z" fill="{COLORS.get(f["severity"], "#000")}">'
                   f'<title>{clock(f["at"])} {escape(f["market"])} {escape(f["severity"])}: '
                   f'{escape(f["matched"] or f["text"])}</title></path>')
    said = next(iter(report.get("disclosure", {}).values()), {}).get("said_at", [])
    for t in said:
        out.append(f'<circle cx="{x(t):.1f}" cy="{y + 12}" r="4" fill="{COLORS["disclosure"]}">'
                   f'<title>disclosure said at {clock(t)}</title></circle>')
    out.append("</svg>")
    return "".join(out)


def planned_vs_actual(seg: dict, scale_s: float) -> str:
    """Two bars on one seconds scale: the plan (grey) and the reading (blue, red when over)."""
    w = 300
    planned = float(seg.get("planned_s") or 0.0)
    actual = float(seg.get("actual_s") or 0.0)
    scale = max(scale_s, 1.0)
    color = COLORS["over"] if planned and actual > planned else COLORS["actual"]
    return (f'<svg class="bars" viewBox="0 0 {w + 70} 30" width="{w + 70}" height="30">'
            f'<rect x="0" y="2" width="{w * planned / scale:.1f}" height="11" fill="{COLORS["planned"]}"/>'
            f'<text x="{w * planned / scale + 4:.1f}" y="12" class="tick">'
            f'{clock(planned, tenths=False) if planned else "no plan"}</text>'
            f'<rect x="0" y="16" width="{max(w * actual / scale, 1):.1f}" height="11" fill="{color}"/>'
            f'<text x="{w * actual / scale + 4:.1f}" y="26" class="tick">{clock(actual)}</text></svg>')


def disclosure_strip(entry: dict, total_s: float) -> str:
    """The reading's time axis with a mark each time the sponsorship was said, and the market's
    reminder deadlines (every reminder_every_s) as dashed lines."""
    w, total = 420, max(total_s, 1.0)
    x = lambda t: 4 + (w - 8) * min(max(t, 0.0), total) / total   # noqa: E731
    out = [f'<svg class="bars" viewBox="0 0 {w} 22" width="{w}" height="22">'
           f'<line x1="4" y1="11" x2="{w - 4}" y2="11" stroke="#94a3b8"/>']
    every = float(entry.get("reminder_every_s") or 0.0)
    t = every
    while every and t < total:
        out.append(f'<line x1="{x(t):.1f}" y1="2" x2="{x(t):.1f}" y2="20" stroke="#dc2626" stroke-dasharray="3,2"/>')
        t += every
    for t in entry.get("said_at", []):
        out.append(f'<circle cx="{x(t):.1f}" cy="11" r="5" fill="{COLORS["disclosure"]}"><title>{clock(t)}'
                   f'</title></circle>')
    out.append("</svg>")
    return "".join(out)
