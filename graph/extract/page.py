"""A page as the extractor sees it, whatever layout it came in: title, publication date, metadata, body.

The layouts themselves (osce.org scrape, plain text, saved HTML, listing pages) are read by
:mod:`graph.extract.layouts`, which also reads files (``read_pages``); this module holds what they share:
the :class:`Page` record, the refusal (:class:`PageError`), decoding of a file's bytes, and the dateline
and date-line readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graph.extract.dates import MONTHS, month_number, parse_date

QUOTE_CHARS = "\"“”„'‘’«»"
_MONTH = r"(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")"
#: a month's name or abbreviation, capitalised, for the layout readers' own patterns
MONTH_NAME_RE = _MONTH


class PageError(ValueError):
    """A file that cannot be read as a page; str names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class Page:
    """The parts of one document.

    ``body`` is the text the extractor reads and every provenance offset points into. For the text
    layouts it is a slice of the file starting at ``body_offset``; for HTML and listing items it is the
    text the layout reader assembled (``body_offset`` is then -1).
    """

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
    layout: str = "scrape"
    #: a listing item's position among the listing's items, and the listing's heading
    item: int | None = None
    listing: str | None = None

    @classmethod
    def dated(cls, **fields: Any) -> Page:
        """A page whose dateline is read from its body: its date (the publication date the layout
        found) gives a dateline without a year its year, and a page without a date takes the
        dateline's."""
        cities, dl_date, dl_end = parse_dateline(fields["body"], fields.get("date"))
        fields["date"] = fields.get("date") or dl_date
        return cls(**fields, dateline_city=cities[0] if cities else None, dateline_cities=cities,
                   dateline_date=dl_date, dateline_end=dl_end)


def decode(data: bytes, source: str) -> str:
    """A file's bytes as text; PageError for empty, binary or undecodable data."""
    if not data.strip():
        raise PageError(source, "empty file")
    if b"\x00" in data:
        raise PageError(source, "binary data (NUL bytes)")
    if data[:4] in (b"PK\x03\x04", b"\x1f\x8b\x08\x00") or data[:2] == b"\x1f\x8b" or data[:5] == b"%PDF-":
        raise PageError(source, "binary data (an archive or PDF, not a page)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _declared_charset(data, source, exc)
    text = text.removeprefix("\ufeff")
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > 0.05 * min(len(text), 4096):
        raise PageError(source, "binary data (control characters)")
    return text


def _declared_charset(data: bytes, source: str, exc: UnicodeDecodeError) -> str:
    """An HTML page that declares a charset other than UTF-8 is read in it; anything else is refused."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", data[:4096], re.IGNORECASE)
    if m and m.group(1).lower() not in {b"utf-8", b"utf8"}:
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    raise PageError(source, f"not UTF-8 text (byte {exc.start})") from exc


@cache
def _dateline_re() -> re.Pattern[str]:
    city = r"[^\W\d_][\w.'’\- ]{0,40}?"
    day = r"\d{1,2}(?:st|nd|rd|th|\.)?"  # '1. September 2016': the day with a dot, as German writes it
    date = (rf"{day}\s+{_MONTH}\.?,?(?:\s+\d{{4}})?"
            rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?")
    outlet = r"\s*\((?P<outlet>[^()\n]{1,30})\)"
    return re.compile(
        rf"\A[\s{QUOTE_CHARS}]*(?:(?P<cities>{city}(?:\s*/\s*{city})*)(?:{outlet})?\s*,\s*"
        rf"(?:[A-Z][\w.'’\- ]{{0,40}}?,\s*)?)?(?P<date>{date})"
        rf"(?:(?:{outlet.replace('outlet', 'outlet2')})?\s*(?:[–—-]+|:)\s*"
        r"|\.?\s*/(?P<outlet3>[A-Za-z\-]{2,15})/\.?\s+)"  # 'VIENNA, January 25. /TASS/.'
    )


@cache
def _undated_dateline_re() -> re.Pattern[str]:
    # 'YEREVAN (A.W.)—', 'MOSCOW (Reuters) -': a city in capitals and an outlet, no date
    return re.compile(
        r"\A\s*(?P<cities>[A-Z][A-Z.'’\- ]{1,30}?)\s*\((?P<outlet>[^()\n]{1,30})\)\s*(?:[–—-]+|:)\s*")


def lines_of(text: str) -> list[tuple[int, str]]:
    """(offset, line without its end-of-line) for every line of text."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def _norm_city(city: str) -> str:
    """'BANJA LUKA' -> 'Banja Luka', 'NUR-SULTAN' -> 'Nur-Sultan'; mixed case is kept as written."""
    city = " ".join(city.strip(" .").split())
    if city.isupper():
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), city.lower())
    return city


def _with_year(text: str, ref: str | None) -> str | None:
    iso = parse_date(text)
    if iso is None and ref and not re.search(r"\d{4}", text):
        iso = parse_date(f"{text.strip(' .,')} {ref[:4]}")
    return iso


def parse_dateline(body: str, ref: str | None = None) -> tuple[list[str], str | None, int]:
    """Cities, ISO date and end offset of a dateline at the start of body (([], None, 0) if none).

    ``ref`` (the publication date, when the layout states one) supplies the year of a dateline
    without one ('ALMATY, Oct 5 (Trend) –').
    """
    m = _dateline_re().match(body)
    if m:
        iso = _with_year(re.sub(r"^(\d{1,2})\.", r"\1", m.group("date")), ref)
        if iso is not None:
            cities = [_norm_city(c) for c in (m.group("cities") or "").split("/") if c.strip()]
            return cities, iso, m.end()
    m = _undated_dateline_re().match(body)
    if m and len(m.group("cities").split()) <= 3:
        return [_norm_city(m.group("cities"))], None, m.end()
    return [], None, 0


@cache
def _date_in_line_re() -> re.Pattern[str]:
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        rf"(?<![\d./])(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[.\-]\d{{1,2}}[.\-]\d{{4}}|\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}}(?![\d/]))"
        rf"|{day}\.?\s+{_MONTH}\.?,?\s+\d{{4}}|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        # an e-mail's or archive's date: 'Thu Sep 4 15:46:53 2003'
        rf"|{_MONTH}\s+\d{{1,2}}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+\d{{4}})(?![\d])"
    )


# a month named in the outlet's own language ('9 октября 2019', '2 décembre 2021', '14. März 2011'): any
# word in the month's place, kept when CLDR's month names know it (graph.extract.dates.month_number); one
# pattern of hundreds of names would cost 300 µs a line
_OTHER_DATE = re.compile(r"(?<![\d./])(?:\d{1,2}\.?\s+(?P<a>[^\W\d_]{3,})\.?,?\s+\d{4}"
                         r"|(?P<b>[^\W\d_]{3,})\.?\s+\d{1,2},?\s+\d{4})(?!\d)")


def _date_in_line(line: str) -> re.Match[str] | None:
    """The first date the line states: in English as before, else with a month in another language."""
    m = _date_in_line_re().search(line)
    if m is not None or not any(c.isdigit() for c in line):
        return m
    for m in _OTHER_DATE.finditer(line):
        word = m.group("a") or m.group("b")
        # an English month in lower case after its day ('9 july 2017'; 'may 5 2019' is rather the verb), or a
        # month in another language
        english = word.casefold() in MONTHS
        if english and m.group("a") or not english and month_number(word):
            return m
    return None


def date_line(line: str, max_words: int = 9, context: str = "") -> str | None:
    """The date of a short line that states one ('posted 12 January 2018 11:19', '23.01.2020',
    'Press releases, 07.12.2017', 'October 6, 2017', '14.01.2016 - Press release', '12/03/96',
    '9 октября 2019, 18:24'); else None. ``context``, the text the line dates, decides whether a slashed
    date is day or month first."""
    if len(line.split()) > max_words:
        return None
    m = _date_in_line(line)
    if m is None:
        return None
    # '25. Jan 2021.': a day written as an ordinal with a dot (Central European spelling); '07-03-2013': a
    # dotted date written with hyphens (day first, as the Netherlands' and Belgium's sites print it)
    found = re.sub(r"^(\d{1,2})-(\d{1,2})-(\d{4})$", r"\1.\2.\3", m.group(0))
    found = re.sub(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?=\s+\d{4}$)", "", found)  # 'Sep 4 15:46:53 2003'
    found = re.sub(r"[^\W\d_]+", lambda w: w.group(0).capitalize() if w.group(0).casefold() in MONTHS
                   else w.group(0), found)  # '9 july 2017'

    return parse_date(re.sub(r"^(\d{1,2})\.\s+", r"\1 ", found), context)


_DAY_RANGE_BEFORE = re.compile(r"\b\d{1,2}\.?\s*(?:[-–—]|to|and)\s*$")


# 'OSCE Network meeting, Vienna, ' / 'Annual Security Review Conference, Vienna, ': a meeting and its place
_MEETING_PLACE_BEFORE = re.compile(
    r"^(?:[\w\-’']+\s+){0,6}(?:[Mm]eeting|[Cc]onference|[Ff]orum|[Ss]eminar|[Ww]orkshop|[Ss]ession|[Ss]ummit|"
    r"[Dd]ialogue|[Rr]ound\s*[Tt]able)\s*,\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s*,\s*$"
)


def meeting_days_line(line: str) -> bool:
    """A date line giving a span of days ('14-15 September 2023, Prague') or a meeting with its place and
    day ('OSCE Network meeting, Vienna, 30 October 2013'): a meeting's dates, as a statement or an
    event's page prints them under its title, not the day the page was published."""
    m = _date_in_line(line)
    return m is not None and bool(
        _DAY_RANGE_BEFORE.search(line[: m.start()]) or _MEETING_PLACE_BEFORE.match(line[: m.start()]))
