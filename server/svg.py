"""Pictures drawn on the server as inline SVG: a person's ego network, a timeline of posts, a bar chart
of participant counts.

A small renderer of our own rather than a plotting library: the three pictures need a few dozen
shapes each, the layouts are fixed (nodes on an ellipse ordered by weight then name, one row per post,
one bar per edition), so the same data always gives the same bytes; text goes through one escape;
and nothing is loaded at import or fetched at run time. matplotlib or graphviz would add a heavy
dependency (and, for matplotlib, hundreds of milliseconds on first use) to draw the same thing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from html import escape

from markupsafe import Markup

FONT = 'font-family="system-ui, sans-serif"'
HALO = 'stroke="#fff" stroke-width="4" paint-order="stroke"'  # labels stay legible over the lines


def _f(x: float) -> str:
    return f"{x:.1f}"


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _link(href: str | None, inner: str) -> str:
    return f'<a href="{escape(href)}">{inner}</a>' if href else inner


@dataclass(frozen=True)
class Node:
    label: str
    href: str | None
    weight: int = 1


def ego_network(
    center: Node,
    others: list[Node],
    ties: list[tuple[int, int, int]] | None = None,
    max_nodes: int = 24,
    title: str = "co-participants",
) -> Markup:
    """The person in the middle, the people who shared an event with them on an ellipse (heaviest first,
    clockwise from the top); line width grows with the weight. ``ties`` are (i, j, weight) between
    ``others`` (indexes into the list as given) and are drawn faintly."""
    order = sorted(range(len(others)), key=lambda i: (-others[i].weight, others[i].label.casefold(), i))
    shown = order[:max_nodes]
    w, h = 760, 480
    cx, cy, rx, ry = w / 2, h / 2, 230, 175
    pos: dict[int, tuple[float, float, float]] = {}
    for k, i in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * k / max(1, len(shown))
        pos[i] = (cx + rx * math.cos(angle), cy + ry * math.sin(angle), math.cos(angle))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart ego" viewBox="0 0 {w} {h}" width="{w}" '
        f'height="{h}" role="img" aria-label="{escape(title)} of {escape(center.label)}" {FONT}>',
        f"<title>{escape(title)} of {escape(center.label)}</title>",
    ]
    for i, j, weight in sorted(ties or []):
        if i in pos and j in pos:
            (x1, y1, _), (x2, y2, _) = pos[i], pos[j]
            parts.append(
                f'<line class="tie" x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" '
                f'stroke="#c5ced8" stroke-width="{_f(min(4.0, 0.6 * weight))}"/>'
            )
    for i in shown:
        x, y, _ = pos[i]
        weight = others[i].weight
        parts.append(
            f'<line class="edge" x1="{_f(cx)}" y1="{_f(cy)}" x2="{_f(x)}" y2="{_f(y)}" stroke="#6d8fb3" '
            f'stroke-width="{_f(min(9.0, 1.2 + 1.6 * (weight - 1)))}">'
            f"<title>{escape(others[i].label)}: {weight} shared event{'s' if weight != 1 else ''}"
            "</title></line>"
        )
    for i in shown:
        x, y, cos = pos[i]
        node = others[i]
        anchor = "start" if cos > 0.2 else "end" if cos < -0.2 else "middle"
        dx = 12 if anchor == "start" else -12 if anchor == "end" else 0
        dy = 4 if anchor != "middle" else (-14 if y < cy else 22)
        label = escape(_short(node.label, 30))
        inner = (
            f'<circle cx="{_f(x)}" cy="{_f(y)}" r="8" fill="#0b5cad"/>'
            f'<text x="{_f(x + dx)}" y="{_f(y + dy)}" text-anchor="{anchor}" font-size="13" '
            f'fill="#1d2733" {HALO}>{label}</text><title>{escape(node.label)} ({node.weight})</title>'
        )
        parts.append(f'<g class="node">{_link(node.href, inner)}</g>')
    parts.append(
        f'<g class="node center"><circle cx="{_f(cx)}" cy="{_f(cy)}" r="13" fill="#b3402a"/>'
        f'<text x="{_f(cx)}" y="{_f(cy + 32)}" text-anchor="middle" font-size="15" font-weight="600" '
        f'fill="#1d2733" {HALO}>{escape(_short(center.label, 40))}</text></g>'
    )
    if len(others) > len(shown):
        parts.append(
            f'<text x="{w - 8}" y="{h - 8}" text-anchor="end" font-size="12" fill="#5b6b7c">'
            f"and {len(others) - len(shown)} more (see the table)</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass
class Row:
    """One line of a timeline: a post (or anything held over time) and the dates it is attested."""

    label: str
    href: str | None = None
    note: str = ""  # e.g. the organisation, shown under the label
    dates: list[date] = field(default_factory=list)
    start: date | None = None
    end: date | None = None


def _year_frac(d: date) -> float:
    return d.year + (d.timetuple().tm_yday - 1) / 366


def timeline(rows: list[Row], title: str = "timeline") -> Markup:
    """Rows over a shared axis of years; a dot for each dated statement, a bar from the first to the
    last (or over a stated tenure). Rows keep the order given."""
    points = [d for r in rows for d in (*r.dates, *(x for x in (r.start, r.end) if x))]
    if not points:
        return Markup("")
    y0 = min(points).year
    y1 = max(points).year + 1
    if y1 - y0 < 2:
        y0, y1 = y0 - 1, y1 + 1
    label_w, w, row_h, top = 350, 840, 38, 16
    plot_w = w - label_w - 20
    h = top + row_h * len(rows) + 34
    step = max(1, math.ceil((y1 - y0) / 10))

    def x_of(v: float) -> float:
        return label_w + plot_w * (v - y0) / (y1 - y0)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" viewBox="0 0 {w} {h}" '
        f'width="{w}" height="{h}" role="img" aria-label="{escape(title)}" {FONT}>',
        f"<title>{escape(title)}</title>",
    ]
    axis_y = top + row_h * len(rows) + 6
    for year in range(y0, y1 + 1, step):
        x = x_of(year)
        parts.append(
            f'<line x1="{_f(x)}" y1="{top - 6}" x2="{_f(x)}" y2="{_f(axis_y)}" stroke="#e3e8ee"/>'
            f'<text x="{_f(x)}" y="{_f(axis_y + 16)}" text-anchor="middle" font-size="12" '
            f'fill="#5b6b7c">{year}</text>'
        )
    for k, r in enumerate(rows):
        y = top + row_h * k + row_h / 2
        label = (
            f'<text x="0" y="{_f(y - 2)}" font-size="13" fill="#1d2733">{escape(_short(r.label, 52))}'
            f"<title>{escape(r.label)}</title></text>"
        )
        parts.append(_link(r.href, label))
        if r.note:
            parts.append(
                f'<text x="0" y="{_f(y + 13)}" font-size="11" fill="#5b6b7c">'
                f"{escape(_short(r.note, 60))}</text>"
            )
        span = sorted(r.dates)
        a = r.start or (span[0] if span else None)
        b = r.end or (span[-1] if span else None)
        if a and b and b > a:
            parts.append(
                f'<line x1="{_f(x_of(_year_frac(a)))}" y1="{_f(y)}" x2="{_f(x_of(_year_frac(b)))}" '
                f'y2="{_f(y)}" stroke="#9fb7d3" stroke-width="8" stroke-linecap="round"/>'
            )
        for d in span:
            parts.append(
                f'<circle cx="{_f(x_of(_year_frac(d)))}" cy="{_f(y)}" r="6" fill="#0b5cad">'
                f"<title>{escape(r.label)}: stated {d.isoformat()}</title></circle>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None
    href: str | None = None
    highlight: bool = False
    title: str = ""


def bar_chart(bars: list[Bar], title: str = "participants") -> Markup:
    """One bar per item (bars with no value are marked "?"), the value above each, labels under."""
    if not any(b.value is not None for b in bars):
        return Markup("")
    top_value = max(b.value for b in bars if b.value is not None) or 1
    bar_w, gap, left, plot_h, top = 34, 12, 10, 170, 24
    w = max(240, left * 2 + len(bars) * (bar_w + gap))
    h = top + plot_h + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart bars" viewBox="0 0 {w} {h}" '
        f'width="{w}" height="{h}" role="img" aria-label="{escape(title)}" {FONT}>',
        f"<title>{escape(title)}</title>",
        f'<line x1="{left}" y1="{top + plot_h}" x2="{w - left}" y2="{top + plot_h}" stroke="#9aa8b6"/>',
    ]
    for k, b in enumerate(bars):
        x = left + gap / 2 + k * (bar_w + gap)
        base = top + plot_h
        tip = (
            f"<title>{escape(b.title or b.label)}: {b.value if b.value is not None else 'not known'}</title>"
        )
        if b.value is None:
            inner = (
                f'<text x="{_f(x + bar_w / 2)}" y="{_f(base - 6)}" text-anchor="middle" font-size="12" '
                f'fill="#9aa8b6">?</text>{tip}'
            )
        else:
            bh = plot_h * b.value / top_value
            fill = "#b3402a" if b.highlight else "#0b5cad"
            inner = (
                f'<rect x="{_f(x)}" y="{_f(base - bh)}" width="{bar_w}" height="{_f(bh)}" fill="{fill}"/>'
                f'<text x="{_f(x + bar_w / 2)}" y="{_f(base - bh - 5)}" text-anchor="middle" font-size="12" '
                f'fill="#1d2733">{b.value}</text>{tip}'
            )
        bold = ' font-weight="600"' if b.highlight else ""
        label = (
            f'<text x="{_f(x + bar_w / 2)}" y="{_f(base + 16)}" text-anchor="middle" font-size="12" '
            f'fill="#1d2733"{bold}>{escape(_short(b.label, 6))}</text>'
        )
        parts.append(f'<g class="bar">{_link(b.href, inner + label)}</g>')
    parts.append("</svg>")
    return Markup("".join(parts))
