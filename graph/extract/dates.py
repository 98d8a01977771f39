"""Dates, date ranges, weekdays, ordinals and number words as written in press releases.

Event dates are stated loosely ('15 and 16 April 2024', 'from 4 to 6 March', 'on Wednesday',
'since June 2021', 'the two-day event'); these helpers turn them into ISO strings, taking the
missing year (or the weekday's date) from a reference date, normally the dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from babel.dates import get_month_names

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
#: languages of OSCE participating States' outlets, whose date lines may name the month in them
_LOCALES = (
    "en fr de it es ru uk pl tr pt nl sv fi cs sk sl hr sr sr_Latn bs bg ro hu el lt lv et ka hy az kk ky tg "
    "uz uz_Cyrl tk mn sq mk be da nb is ga mt lb ca"
).split()


@cache
def month_names() -> dict[str, int]:
    """Month names and abbreviations, folded for case: MONTHS, then CLDR's (wide and abbreviated, format
    and stand-alone: Russian dates use the genitive 'октября') in the outlets' languages. A name that is a
    different month in another language (Croatian 'listopad' is October, Polish and Czech November) is
    left out, and so is a name that is not one word ('1-р сар'): the line cannot say which is meant."""
    seen: dict[str, set[int]] = {}
    for locale in _LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    key = name.casefold().rstrip(".")
                    if key.isalpha():
                        seen.setdefault(key, set()).add(number)
    other = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and k not in MONTHS}
    return {**MONTHS, **other}


def month_number(name: str) -> int | None:
    """The month a name or abbreviation in any of the outlets' languages stands for ('Oct.', 'октября')."""
    return month_names().get(name.casefold().rstrip("."))


WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}

ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
# the tens words of NUMBER_WORDS, which can take a unit word ("twenty-five", "twenty-first")
_TENS = {w: n for w, n in NUMBER_WORDS.items() if n in range(20, 100, 10)}


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(text: str, context: str = "") -> str | None:
    """'9 July 2015', 'July 9, 2015', '2015-07-09', '09.07.2015', '09/07/15' -> '2015-07-09'; else None.

    A slashed date is read day first unless ``context`` (the text it dates) names its other reading's
    month (see :func:`slash_date`)."""
    s = text.strip().strip(".,")
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", s)
    if m:
        return slash_date(int(m[1]), int(m[2]), int(m[3]), context)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", s)
    if m:
        return _iso(int(m[3]), int(m[2]), int(m[1]))
    # a word is letters in any script: 'Среда, 9 октября 2019', '14 März 2011'
    m = re.fullmatch(r"(?:[^\W\d_]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([^\W\d_]+)\.?,?\s+(\d{4})", s)
    if m and (mo := month_number(m[2])):
        return _iso(int(m[3]), mo, int(m[1]))
    m = re.fullmatch(r"(?:[^\W\d_]+,?\s+)?([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", s)
    if m and (mo := month_number(m[1])):
        return _iso(int(m[3]), mo, int(m[2]))
    return None


def slash_date(a: int, b: int, year: int, context: str = "") -> str | None:
    """'12/03/96': day first (most outlets outside the US) unless only the month-first reading's month is
    named in ``context`` ('... here December 3'): a US wire dates its story as it writes its dates."""
    if year < 100:  # two-digit years of wire copy: '96' is 1996, '04' 2004
        year += 1900 if year >= 50 else 2000
    day_first, month_first = _iso(year, b, a), _iso(year, a, b)
    if day_first is None or month_first is None or day_first == month_first:
        return day_first or month_first

    def named(month: int, day: int) -> int:
        """2 where the text names that month with that day, 1 where it names the month, else 0."""
        name = next(k for k, v in MONTHS.items() if v == month).capitalize()  # the full name comes first
        mon = rf"(?:{name}|{name[:3]}\.?)"
        if re.search(rf"\b{mon}\s+{day}(?!\d)|(?<!\d){day}(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}\b", context):
            return 2
        return 1 if re.search(rf"\b{name}\b", context) else 0  # capitalised: 'may' is no month

    return month_first if named(a, b) > named(b, a) else day_first


#: an ordinal as texts write one before a meeting's name ('eleventh', '62nd', 'twenty-first')
ORDINALS = (
    r"(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    r"\d+(?:st|nd|rd|th)|[Ff]irst(?:-ever)?|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|"
    r"[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth|[Tt]wentieth|[Tt]hirtieth"
)


def ordinal_value(word: str) -> int | None:
    """'tenth' / 'Second' / '18th' / 'twenty-first' -> int; None when not an ordinal."""
    w = word.strip().lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    if m:
        return int(m[1])
    if w in ORDINAL_WORDS:
        return ORDINAL_WORDS[w]
    return _compound(w, ORDINAL_WORDS)


def number_value(word: str) -> int | None:
    """'351' / '1,200' / 'two' / 'twenty-five' -> int; None when not a number."""
    w = word.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+", w):
        return int(re.sub(r"\D", "", w))
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    return _compound(w, NUMBER_WORDS)


def _compound(w: str, units: dict[str, int]) -> int | None:
    """'twenty-five' / 'twenty-first': a tens word joined to a unit word of the given table."""
    m = re.fullmatch(r"([a-z]+)[- ]([a-z]+)", w)
    if m and m[1] in _TENS and m[2] in units and units[m[2]] < 10:
        return _TENS[m[1]] + units[m[2]]
    return None


def duration_days(text: str) -> int | None:
    """Length of an event from 'two-day', 'five-day', '2-day', 'two days of talks', 'one-day'."""
    if not _DAY.search(text):  # both patterns need the word; the first one is tried at every word
        return None
    m = _duration_re().search(text)
    if m:
        return number_value(m[1])
    # 'the second and final day of the meeting': the ordinal of the last day is the length
    last = re.search(r"\b(second|third|fourth|fifth|[2-5](?:nd|rd|th)) and (?:final|last|closing) day\b",
                     text, re.I)
    if last:
        word = last[1].lower()
        return {"second": 2, "third": 3, "fourth": 4, "fifth": 5}.get(word) or int(word[0])
    return None


_DAY = re.compile("day", re.I)


@cache
def _duration_re() -> re.Pattern[str]:
    words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    return re.compile(rf"\b(\d+|{words})[- ]days?\b(?!\s+(?:ago|later|before|after|earlier))", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date or range found in text: ISO start/end (YYYY-MM-DD or YYYY-MM) and its span."""

    start: str
    end: str | None
    span: tuple[int, int]
    precise: bool  # True when a day is known


_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PART = r"(?:(?:early|late|mid-?|the (?:end|beginning|middle) of|end of|beginning of)\s*)"


#: full month names and their usual abbreviations ('Dec 1', 'Sept. 5', '5 Jan.')
_MONTH_ABBR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)


def _mon(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


@cache
def _date_re() -> re.Pattern[str]:
    month = _MONTH_ABBR
    day = r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?"
    dash = r"(?:-|–|—|to|and|until|till|through)"
    return re.compile(
        # 15 and 16 April (2024) / 29 November - 1 December 2023 / from 4 to 6 March / 15th to 16th of May
        rf"(?:(?:[Ff]rom|[Bb]etween)\s+)?(?P<d1>{day})(?:\s+(?:of\s+)?(?P<m1>{month}))?(?:,?\s+(?P<y1>\d{{4}}))?"
        rf"\s*{dash}\s*(?P<d2>{day})\s+(?:of\s+)?(?P<m2>{month})(?:,?\s+(?P<y2>\d{{4}}))?"
        # April 15-16, 2024 / March 30 - April 2 / from May 3 to 5
        rf"|(?:(?:[Ff]rom|[Bb]etween)\s+)?(?P<ma>{month})\s+(?P<da1>\d{{1,2}})(?:st|nd|rd|th)?\s*{dash}\s*"
        rf"(?:(?P<ma2>{month})\s+)?(?P<da2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<ya>\d{{4}}))?"
        rf"|(?P<d>{day})\s+(?:of\s+)?(?P<m>{month})(?:,?\s+(?P<y>\d{{4}}))?"
        rf"|(?P<mb>{month})\s+(?P<db>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s*(?P<yb>\d{{4}}))?(?!\d)"
        # between late September and mid-October (2010) / from March to May 2020
        rf"|\b(?:[Bb]etween|[Ff]rom)\s+{_PART}?(?P<mr1>{month})(?:\s+(?P<yr1>\d{{4}}))?\s+(?:and|to|until|till)\s+"
        rf"{_PART}?(?P<mr2>{month})(?:\s+(?P<yr2>\d{{4}}))?"
        rf"|(?P<mo>{month})(?:\s+(?P<yo>\d{{4}}))"
        # numeric: 14.01.2016, 2016-01-14
        rf"|(?<![\d.])(?P<nd>\d{{1,2}})\.(?P<nm>\d{{1,2}})\.(?P<ny>\d{{4}})(?![\d])"
        rf"|(?<![\d\-])(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?![\d])"
    )


@cache
def _relative_re() -> re.Pattern[str]:
    month = _MONTH_RE
    return re.compile(
        # a month without a year after a word that makes it a date: 'in December', 'since June', 'late May'
        rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]tarting|"
        rf"(?P<dir>[Ll]ast|[Nn]ext|[Tt]his))\s*"
        rf"(?P<mbare>{month})\b(?!,?\s*\d)"
        # 'fifty years ago', 'two months ago'
        rf"|\b(?P<ago>\d+|[A-Za-z]+(?:-[a-z]+)?)\s+(?P<unit>years?|months?)\s+ago(?P<agoday>,?\s+today)?\b"
        # a year alone: 'in 2005', 'early 2005', 'since 1992'
        rf"|\b(?:[Ii]n|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-?|[Dd]uring|[Bb]y)\s*(?P<yy>(?:19|20)\d\d)\b(?![-–]\d)"
        rf"|\b(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Tt]his (?:morning|afternoon|evening)|"
        rf"[Ll]ast (?:night|month|year)|[Nn]ext (?:month|year)|(?:[Ee]arlier|[Ll]ater) this (?:month|year)|"
        rf"(?:[Tt]he )?day before yesterday|(?:[Tt]he )?day after tomorrow)\b"
    )


def _same_day(day: dt.date, year: int) -> dt.date:
    """day in another year (29 February -> 28 February where there is none)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def _year_for(month: int, day: int, ref: dt.date | None, forward: bool | None) -> int | None:
    if ref is None:
        return None
    year = ref.year
    try:
        cand = dt.date(year, month, day)
    except ValueError:
        return year
    if forward is None:
        # no tense to go by: the nearest such day ('on December 7' in a text of 18 January is last year's)
        return min((year - 1, year, year + 1), key=lambda y: abs((_same_day(cand, y) - ref).days))
    if forward and (ref - cand).days > 180:
        return year + 1
    if not forward and (cand - ref).days > 180:
        return year - 1
    return year


def _num(day: str) -> int:
    return int(re.sub(r"\D", "", day))


def _range(
    y1: str | None,
    m1: int,
    d1: int,
    y2: str | None,
    m2: int,
    d2: int,
    ref: dt.date | None,
    forward: bool | None,
) -> tuple[str | None, str | None]:
    yy2 = int(y2) if y2 else (int(y1) if y1 else _year_for(m2, d2, ref, forward))
    if yy2 is None:
        return None, None
    yy1 = int(y1) if y1 else (yy2 - 1 if m1 > m2 else yy2)
    return _iso(yy1, m1, d1), _iso(yy2, m2, d2)


def _month_iso(month: str, year: str | None, ref: dt.date | None, forward: bool | None) -> str | None:
    mo = _mon(month)
    # a month alone with no tense ('a forum in December') is the report's year: months are named ahead
    y = int(year) if year else (ref.year if ref and forward is None else _year_for(mo, 15, ref, forward))
    return f"{y:04d}-{mo:02d}" if y else None


def find_dates(
    text: str, ref: str | None = None, forward: bool | None = None, relative: bool = False
) -> list[DateMention]:
    """Every date, day range or month in text; missing years come from ref (an ISO date).

    With ``relative``, also months without a year ('in December'), years alone ('early 2005') and
    words relative to ref ('today', 'yesterday', 'last month', 'next year'), in text order.
    """
    refd = dt.date.fromisoformat(ref) if ref else None
    out: list[DateMention] = []
    for m in _date_re().finditer(text):
        if m["d2"]:
            m2 = _mon(m["m2"])
            m1 = _mon(m["m1"]) if m["m1"] else m2
            s, e = _range(m["y1"], m1, _num(m["d1"]), m["y2"], m2, _num(m["d2"]), refd, forward)
            if s and e and s <= e:
                out.append(DateMention(s, e, m.span(), True))
        elif m["ma"]:
            m1 = _mon(m["ma"])
            m2 = _mon(m["ma2"]) if m["ma2"] else m1
            s, e = _range(None, m1, int(m["da1"]), m["ya"], m2, int(m["da2"]), refd, forward)
            if s and e and s <= e:
                out.append(DateMention(s, e, m.span(), True))
        elif m["d"]:
            mo, d = _mon(m["m"]), _num(m["d"])
            y = int(m["y"]) if m["y"] else _year_for(mo, d, refd, forward)
            s = _iso(y, mo, d) if y else None
            if s:
                out.append(DateMention(s, s, m.span(), True))
        elif m["mb"]:
            mo, d = _mon(m["mb"]), int(m["db"])
            y = int(m["yb"]) if m["yb"] else _year_for(mo, d, refd, forward)
            s = _iso(y, mo, d) if y else None
            if s:
                out.append(DateMention(s, s, m.span(), True))
        elif m["mr1"]:
            e = _month_iso(m["mr2"], m["yr2"], refd, forward)
            if e is None:
                continue
            y1 = m["yr1"] or (str(int(e[:4]) - 1) if _mon(m["mr1"]) > int(e[5:]) else e[:4])
            out.append(DateMention(_month_iso(m["mr1"], y1, refd, forward) or e, e, m.span(), False))
        elif m["mo"]:
            out.append(DateMention(f"{int(m['yo']):04d}-{_mon(m['mo']):02d}", None, m.span(), False))
        elif m["nd"] or m["iy"]:
            s = (
                _iso(int(m["ny"]), int(m["nm"]), int(m["nd"]))
                if m["nd"]
                else _iso(int(m["iy"]), int(m["im"]), int(m["id"]))
            )
            if s:
                out.append(DateMention(s, s, m.span(), True))
    if relative:
        taken = [d.span for d in out]
        for m in _relative_re().finditer(text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
                continue
            rel = _relative(m, refd, forward)
            if rel:
                out.append(DateMention(rel[0], rel[1], m.span(), rel[2]))
        out.sort(key=lambda dm: dm.span)
    return out


def _relative(
    m: re.Match[str], ref: dt.date | None, forward: bool | None
) -> tuple[str, str | None, bool] | None:
    if m["mbare"]:
        way = m["dir"].lower() if m["dir"] else None
        if ref and way in {"last", "next"}:  # 'last December' is behind the report, 'next March' ahead of it
            mo = _mon(m["mbare"])
            if way == "last":
                y = ref.year if mo < ref.month else ref.year - 1
            else:
                y = ref.year if mo > ref.month else ref.year + 1
            return f"{y:04d}-{mo:02d}", None, False
        iso = _month_iso(m["mbare"], None, ref, forward)
        return (iso, None, False) if iso else None
    if m["ago"]:
        n = number_value(m["ago"])
        if n is None or ref is None or n > 200:
            return None
        if m["unit"].startswith("year"):
            if m["agoday"]:  # 'fifty years ago today': that very day
                day = _iso(ref.year - n, ref.month, ref.day)
                return (day, day, True) if day else None
            return f"{ref.year - n:04d}", None, False
        y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
        return f"{y:04d}-{mo + 1:02d}", None, False
    if m["yy"]:
        return m["yy"], None, False
    if ref is None:
        return None
    w = m["rel"].lower()
    shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}
    if "before yesterday" in w:
        return add_days(ref.isoformat(), -2), add_days(ref.isoformat(), -2), True
    if "after tomorrow" in w:
        return add_days(ref.isoformat(), 2), add_days(ref.isoformat(), 2), True
    if w.endswith("month"):
        k = {"last": -1, "next": 1, "this": 0, "earlier": 0, "later": 0}[w.split()[0]]
        y, mo = divmod(ref.year * 12 + ref.month - 1 + k, 12)
        return f"{y:04d}-{mo + 1:02d}", None, False
    if w.endswith("year"):
        k = {"last": -1, "next": 1, "this": 0, "earlier": 0, "later": 0}[w.split()[0]]
        return f"{ref.year + k:04d}", None, False
    day = add_days(ref.isoformat(), shift.get(w, 0))
    return day, day, True


def resolve_weekday(name: str, ref: str, forward: bool | None = None) -> str | None:
    """Date of weekday `name` nearest to ref: the same day, else the next (forward) or previous."""
    wd = WEEKDAYS.get(name.strip().lower())
    if wd is None or not ref:
        return None
    refd = dt.date.fromisoformat(ref)
    delta = (wd - refd.weekday()) % 7
    if delta == 0:
        return refd.isoformat()
    if forward is False:
        return (refd - dt.timedelta(days=7 - delta)).isoformat()
    return (refd + dt.timedelta(days=delta)).isoformat()


def add_days(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
