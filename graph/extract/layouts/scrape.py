"""The osce.org page scrape: navigation menu of ``-`` lines, a content-type line, the title, a ``- Key:``
metadata block (values on the key's line or on the following ``- `` lines) and the body."""

from __future__ import annotations

import re

from graph.extract.dates import parse_date
from graph.extract.page import Page, PageError, lines_of

#: content-type lines of the site, as a reader sees them above the title
KINDS = {
    "press release": "press release", "news": "news", "press statement": "press statement",
    "statement": "statement", "feature story": "feature story", "feature": "feature story",
    "speech": "speech", "op-ed": "op-ed", "interview": "interview", "news release": "press release",
    "media advisory": "media advisory", "announcement": "announcement", "story": "feature story",
}
META_KEYS = {
    "date": "date",
    "place": "place",
    "source": "sources",
    "sources": "sources",
    "fields of work": "fields_of_work",
    "field of work": "fields_of_work",
}


def _clean(line: str) -> str:
    return line.strip().lstrip("\ufeff").strip()


def _next_nonblank(lines: list[tuple[int, str]], i: int) -> int:
    while i < len(lines) and not lines[i][1].strip():
        i += 1
    return i


def _is_menu_line(line: str) -> bool:
    s = line.strip()
    return s == "-" or s.startswith("- ")


_META_RE = re.compile(r"\s*-\s*(" + "|".join(META_KEYS) + r")\s*:\s*", re.IGNORECASE)


def _meta_items(line: str) -> list[tuple[str, str]]:
    """('date', '6 September 2010') pairs of a metadata line; several keys may share one line
    ('- Date: 23 March 2009 - Source: OSCE Chairmanship')."""
    starts = [m for m in _META_RE.finditer(line)]
    if not starts or starts[0].start() != 0:
        return []
    out = []
    for m, nxt in zip(starts, starts[1:] + [None], strict=True):
        value = line[m.end() : nxt.start() if nxt else len(line)].strip()
        out.append((META_KEYS[m.group(1).lower()], value))
    return out


def _split_values(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        for part in v.split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def is_scrape(text: str) -> bool:
    """A content-type line that is followed by a title and then a metadata line or the menu above it."""
    lines = lines_of(text)
    for i, (_, line) in enumerate(lines):
        if line.strip() and not _is_menu_line(line) and _clean(line).lower() in KINDS:
            j = _next_nonblank(lines, i + 1)
            if j >= len(lines) or _is_menu_line(lines[j][1]):
                continue
            k = _next_nonblank(lines, j + 1)
            has_meta = k < len(lines) and bool(_meta_items(lines[k][1]))
            has_menu = sum(1 for _, m in lines[:i] if _is_menu_line(m)) >= 3
            if has_meta or has_menu:
                return True
    return False


def parse(text: str, source: str) -> Page:
    lines = lines_of(text)
    # the header is a content-type line followed by a title line; a menu entry of the same words
    # (followed by more menu lines) is skipped
    candidates = [
        i
        for i, (_, line) in enumerate(lines)
        if line.strip() and not _is_menu_line(line) and _clean(line).lower() in KINDS
    ]
    if not candidates:
        raise PageError(source, "no content-type header line ('Press release', 'News', 'Statement', …)")
    header_at, i = candidates[0], -1
    for c in candidates:
        j = _next_nonblank(lines, c + 1)
        if j < len(lines) and not _is_menu_line(lines[j][1]) and _clean(lines[j][1]).lower() not in KINDS:
            header_at, i = c, j
            break
    if i < 0:
        raise PageError(source, "no title after the header line")
    kind = KINDS[_clean(lines[header_at][1]).lower()]
    title = " ".join(lines[i][1].split())
    i += 1
    meta: dict[str, list[str]] = {"date": [], "place": [], "sources": [], "fields_of_work": []}
    current: str | None = None
    while i < len(lines):
        line = lines[i][1]
        if not line.strip():
            i += 1
            continue
        if not _is_menu_line(line):
            break
        items = _meta_items(line)
        if items:
            for current, value in items:
                if value:
                    meta[current].append(value)
        elif current is not None:
            value = line.strip()[1:].strip()
            if value:
                meta[current].append(value)
        else:
            break
        i += 1
    if i >= len(lines):
        raise PageError(source, "no body after the title and metadata")
    body_offset = lines[i][0]
    body = text[body_offset:].rstrip()
    if not any(ch.isalpha() for ch in body):
        raise PageError(source, "no body after the title and metadata")
    date = None
    for value in meta["date"]:
        date = parse_date(value)
        if date:
            break
    place = ", ".join(meta["place"]) or None
    return Page.dated(
        source=source,
        kind=kind,
        title=title,
        date=date,
        place=place,
        sources=_split_values(meta["sources"]),
        fields_of_work=_split_values(meta["fields_of_work"]),
        body=body,
        body_offset=body_offset,
        layout="scrape",
    )
