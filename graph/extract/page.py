"""Read one osce.org page scrape into its parts: header, title, metadata block and body.

The layout (see the corpus README) is a navigation menu of ``-`` lines, a header line
(``Press release`` / ``News`` / ``Press statement``), the title, a ``- Key:`` metadata block and the
body, whose first paragraph usually opens with a dateline ``CITY, D Month YYYY –``.  Anything that
does not fit is refused with :class:`PageError`, so ingestion never stores half-read pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graph.extract.dates import parse_date

KINDS = {"press release": "press release", "news": "news", "press statement": "press statement"}
META_KEYS = {
    "date": "date",
    "place": "place",
    "source": "sources",
    "sources": "sources",
    "fields of work": "fields_of_work",
    "field of work": "fields_of_work",
}
QUOTE_CHARS = "\"“”„'‘’«»"


class PageError(ValueError):
    """A file that is not a readable press-release page; str names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class Page:
    """The parts of a page; ``body_offset`` is where ``body`` starts in the original text."""

    source: str
    kind: str
    title: str
    date: str | None
    place: str | None
    sources: list[str]
    fields_of_work: list[str]
    body: str
    body_offset: int
    dateline_city: str | None = None
    dateline_cities: list[str] = field(default_factory=list)
    dateline_date: str | None = None
    dateline_end: int = 0  # offset in body just past the dateline dash (0 without a dateline)


@cache
def _dateline_re() -> re.Pattern[str]:
    city = r"[^\W\d_][\w.'’\- ]{0,40}?"
    return re.compile(
        rf"\A[\s{QUOTE_CHARS}]*(?P<cities>{city}(?:\s*/\s*{city})*)\s*,\s*(?:[A-Z][\w.'’\- ]{{0,40}}?,\s*)?"
        r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})"
        r"\s*(?:[–—-]+|:)\s*"
    )


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line without its end-of-line) for every line of text."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def _clean(line: str) -> str:
    return line.strip().lstrip("\ufeff").strip()


def _next_nonblank(lines: list[tuple[int, str]], i: int) -> int:
    while i < len(lines) and not lines[i][1].strip():
        i += 1
    return i


def _is_menu_line(line: str) -> bool:
    s = line.strip()
    return s == "-" or s.startswith("- ")


def _meta_key(line: str) -> str | None:
    m = re.match(r"^\s*-\s*([A-Za-z ]+?)\s*:\s*(.*)$", line)
    if m and m.group(1).strip().lower() in META_KEYS:
        return m.group(1).strip().lower()
    return None


def _split_values(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        for part in v.split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def _norm_city(city: str) -> str:
    """'BANJA LUKA' -> 'Banja Luka', 'NUR-SULTAN' -> 'Nur-Sultan'; mixed case is kept as written."""
    city = " ".join(city.strip(" .").split())
    if city.isupper():
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), city.lower())
    return city


def parse_dateline(body: str) -> tuple[list[str], str | None, int]:
    """Cities, ISO date and end offset of a dateline at the start of body (([], None, 0) if none)."""
    m = _dateline_re().match(body)
    if not m:
        return [], None, 0
    iso = parse_date(m.group("date"))
    if iso is None:
        return [], None, 0
    cities = [_norm_city(c) for c in m.group("cities").split("/") if c.strip()]
    return cities, iso, m.end()


def parse_page(text: str, source: str = "<text>") -> Page:
    """Parse a page scrape; raises PageError when the text is not a press-release page."""
    if not isinstance(text, str):
        raise PageError(source, "not text")
    if "\x00" in text:
        raise PageError(source, "binary data (NUL bytes)")
    if not text.strip():
        raise PageError(source, "empty file")
    lines = _lines(text)
    # the header is a 'Press release' / 'News' / 'Press statement' line followed by a title line; a menu
    # entry of the same words (followed by more menu lines) is skipped
    candidates = [
        i
        for i, (_, line) in enumerate(lines)
        if line.strip() and not _is_menu_line(line) and _clean(line).lower() in KINDS
    ]
    if not candidates:
        raise PageError(source, "no 'Press release' / 'News' / 'Press statement' header line")
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
        key = _meta_key(line)
        if key is not None:
            current = META_KEYS[key]
            rest = line.split(":", 1)[1].strip()
            if rest:
                meta[current].append(rest)
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
    cities, dl_date, dl_end = parse_dateline(body)
    date = None
    for value in meta["date"]:
        date = parse_date(value)
        if date:
            break
    if date is None:
        date = dl_date
    place = ", ".join(meta["place"]) or None
    return Page(
        source=source,
        kind=kind,
        title=title,
        date=date,
        place=place,
        sources=_split_values(meta["sources"]),
        fields_of_work=_split_values(meta["fields_of_work"]),
        body=body,
        body_offset=body_offset,
        dateline_city=cities[0] if cities else None,
        dateline_cities=cities,
        dateline_date=dl_date,
        dateline_end=dl_end,
    )


def read_page(path: str | Path) -> Page:
    """Read a file as strict UTF-8 and parse it; PageError for unreadable or binary files."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PageError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if b"\x00" in data:
        raise PageError(str(path), "binary data (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PageError(str(path), f"not UTF-8 text (byte {exc.start})") from exc
    return parse_page(text.removeprefix("\ufeff"), str(path))
