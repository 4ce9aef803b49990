"""Small inline SVG charts for the HTML report: no script, no CDN, opens offline in any browser."""

from __future__ import annotations

from html import escape

_FONT = "font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;font-size:12px"


def hbar_chart(items: list[tuple[str, int, str]], *, width_px: int = 640, bar_px: int = 22,
               colour: str = "#e4572e") -> str:
    """Horizontal bars: (label, value, value text) per row, longest bar = largest value."""
    if not items:
        return '<p class="empty">No sales yet.</p>'
    label_px, text_px = 200, 110
    top = max(v for _, v, _ in items) or 1
    height = len(items) * (bar_px + 6) + 4
    rows = []
    for i, (label, value, text) in enumerate(items):
        y = 2 + i * (bar_px + 6)
        length = max(0.0, (width_px - label_px - text_px) * value / top)
        rows.append(
            f'<text x="{label_px - 8}" y="{y + bar_px * 0.7:.1f}" text-anchor="end">{escape(label[:32])}</text>'
            f'<rect x="{label_px}" y="{y}" width="{length:.1f}" height="{bar_px}" rx="3" fill="{colour}"/>'
            f'<text x="{label_px + length + 6:.1f}" y="{y + bar_px * 0.7:.1f}">{escape(text)}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width_px}" height="{height}" '
            f'viewBox="0 0 {width_px} {height}" style="{_FONT}" role="img">{"".join(rows)}</svg>')


def minute_chart(values: list[int], *, peak_label: str, total_label: str, target: int | None = None,
                 width_px: int = 720, height_px: int = 240) -> str:
    """Columns of GMV per minute (minor units) with the running total as a line on its own scale."""
    if not values or not any(values):
        return '<p class="empty">No sales yet.</p>'
    left, right, top, bottom = 12, 52, 30, 28
    plot_w, plot_h = width_px - left - right, height_px - top - bottom
    n = len(values)
    step = plot_w / n
    peak = max(values) or 1
    cumulative, running = [], 0
    for v in values:
        running += v
        cumulative.append(running)
    cum_top = max(running, target or 0) or 1
    parts = [f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#999"/>']
    for i, v in enumerate(values):
        h = plot_h * v / peak
        parts.append(f'<rect x="{left + i * step + step * 0.1:.1f}" y="{top + plot_h - h:.1f}" '
                     f'width="{max(step * 0.8, 0.5):.1f}" height="{h:.1f}" fill="#f0a202"/>')
    points = " ".join(f"{left + (i + 0.5) * step:.1f},{top + plot_h - plot_h * c / cum_top:.1f}"
                      for i, c in enumerate(cumulative))
    parts.append(f'<polyline points="{points}" fill="none" stroke="#1b998b" stroke-width="2"/>')
    if target:
        y = top + plot_h - plot_h * target / cum_top
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#1b998b" '
                     f'stroke-dasharray="4 3"/><text x="{left + plot_w + 4}" y="{y + 4:.1f}">target</text>')
    tick_every = max(1, n // 10)
    for i in range(0, n, tick_every):
        parts.append(f'<text x="{left + (i + 0.5) * step:.1f}" y="{height_px - 8}" text-anchor="middle">{i}m</text>')
    parts.append(f'<rect x="{left}" y="6" width="10" height="10" fill="#f0a202"/>'
                 f'<text x="{left + 14}" y="15">{escape(peak_label)}</text>'
                 f'<line x1="{left + plot_w / 2}" y1="11" x2="{left + plot_w / 2 + 16}" y2="11" stroke="#1b998b" '
                 f'stroke-width="2"/><text x="{left + plot_w / 2 + 20}" y="15">{escape(total_label)}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width_px}" height="{height_px}" '
            f'viewBox="0 0 {width_px} {height_px}" style="{_FONT}" role="img">{"".join(parts)}</svg>')
