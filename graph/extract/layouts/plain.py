"""Plain text of a press release, statement, speech or news article, as copied from anywhere.

There is no fixed header: site names and menu words may stand above the title, a date line above or
below it, a dek, byline or photo caption between it and the first paragraph, and the dateline may be
an agency's (``ASTANA, Dec 1, 2010 (AFP) -``) or missing. The reader scores the first lines as title
candidates by what stands around them (chrome above, a date line or prose below), takes the
publication date from a ``Date:`` field, else a date line near the title, else the dateline, and puts
the paragraph with the dateline first in the body, so every layout reaches the extractor the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.extract.dates import parse_date
from graph.extract.layouts.scrape import KINDS, META_KEYS
from graph.extract.page import MONTH_NAME_RE, Page, date_line, lines_of, meeting_days_line, parse_dateline

_KV = re.compile(r"^\s*-?\s*([A-Za-z][A-Za-z ]{0,24}?)\s*:\s*(.*)$")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
_INSTITUTION_WORD = re.compile(r"\b(?:Ministry|Government|Embassy|Mission|Delegation|Parliament|Assembly|"
                               r"Commission|Office|Agency|Department|Chancellery|Presidency)\b", re.I)
_RELEASE_LABEL = re.compile(r"^(?:for\s+immediate\s+release|embargoed\b.*|for\s+release\b.*)$", re.I)
# lines of a page's furniture whatever their length: a release label ('FOR IMMEDIATE RELEASE', 'Embargoed
# until …'), a wire's slug ('a0412 BC-CSCE-Summit 1stLd-Writethru 12-05 0587'), a table of contents' dot
# leaders ('The OSCE and Serbia ........ 1'), a heading's underline ('=====')
_FURNITURE = re.compile(
    _RELEASE_LABEL.pattern
    + r"|^[a-z]?\d{3,5}\s+[A-Z]{2}-\S+|\b(?:\d(?:st|nd|rd|th)Ld|Writethru|Urgent)\b.*\d{4}$"
    r"|\.{5,}\s*\d+$|^[=\-~]{4,}$", re.I)
_NUMBERED_KIND = re.compile(r"^(?:press release|statement|news release|no\.?)\s*(?:no\.?\s*)?[\d/ -]+$", re.I)
_HEAD = 12  # lines looked at for the title
# words of an outlet's or service's name: 'dpa international service in English', 'XYZ News Agency'
_OUTLET_WORD = re.compile(r"\b(?:agency|service|wire|news|press|radio|television|broadcasting|information|"
                          r"file)\b", re.I)
# 'Politics | 4 September', '12 March', 'World, May 3 14:20': a rubric's date with no year
_YEARLESS_DATE_LINE = re.compile(
    rf"(?:[A-Z][\w ]{{0,25}}?\s*[|,·•]\s*)?(?:\d{{1,2}}\s+{MONTH_NAME_RE}|{MONTH_NAME_RE}\.?\s+\d{{1,2}})"
    rf"(?:\s+\d{{1,2}}:\d{{2}})?")
# 'Permanent Council No. 1480 Vienna, 4 July 2024': a statement's heading names the meeting by its number
# before its place and date; it is the heading, no date line
_NUMBERED_MEETING = re.compile(
    r"\b(?:Council|Meeting|Session|Forum|Committee|Conference|Co-?operation|Assembly)\s+No\.?\s*\d+\b")
# 'TEXT: SUMMIT DECLARATION', 'TRANSCRIPT: ...': a wire's label in capitals before a headline
_LABELLED_HEADLINE = re.compile(r"^[A-Z]{3,12}:\s+\S+(?:\s+\S+){2,}$")


def _words(line: str) -> int:
    return len(line.split())


def _is_kv(line: str) -> bool:
    """'Date: 22 January 1999', 'Utgiver: Utenriksdepartementet'; not a headline with a colon
    ('Observers: Kyrgyz vote more competitive, yet short of commitments')."""
    m = _KV.match(line)
    if _LABELLED_HEADLINE.match(line.strip()) and m and m.group(1).strip().lower() not in META_KEYS \
            and sum(c.isalpha() for c in m.group(2)) > 0.7 * len(m.group(2).replace(" ", "")):
        return False
    return (m is not None and _words(m.group(1)) <= 3 and not line.strip().startswith(("http", "www"))
            and (m.group(1).strip().lower() in META_KEYS or _words(m.group(2)) <= 5))


def _is_prose(line: str) -> bool:
    return _words(line) >= 12 and bool(_SENTENCE_END.search(line))


def _breadcrumb(line: str) -> bool:
    """'Home > International > Foreign affairs', 'Home | News & Events | Statements': short segments
    between two or more separators."""
    parts = re.split(r"\s+[|>›»/]\s+", line.strip())
    if len(parts) >= 2 and parts[0].lower() in {"home", "homepage", "start"}:  # a trail from the home page
        return all(0 < _words(p) <= 8 for p in parts)
    if len(parts) == 2 and not _SENTENCE_END.search(line) and not any(c.isdigit() for c in line):
        # a section and its rubric ('News | Press releases', 'Press service / Statements'); an arrow is
        # a trail's own sign ('Press Service > Activities of the Minister')
        longest = 6 if re.search(r"\s[>›»]\s", line) else 3
        return all(0 < _words(p) <= longest for p in parts)
    return len(parts) >= 3 and all(0 < _words(p) <= 5 for p in parts)


@lru_cache(maxsize=4096)  # asked of the same few lines again and again while the title is looked for
def _is_chrome(line: str) -> bool:
    """Menu words, site names in two or three words, breadcrumbs, content types, numbers, date and
    key: value lines."""
    if line.strip() == "-" or line.strip().startswith("- "):  # a menu entry or a metadata value
        return True
    if _breadcrumb(line):
        return True
    s = line.strip().lstrip("•* ").strip()
    return (
        bool(_FURNITURE.search(s))
        or _words(s) <= 3 and not _SENTENCE_END.search(s)
        or s.lower() in KINDS
        or bool(_NUMBERED_KIND.match(s))
        or date_line(s) is not None and not _NUMBERED_MEETING.search(s)
        or bool(_YEARLESS_DATE_LINE.fullmatch(s))
        or _is_kv(s)
    )


def _aside(line: str) -> bool:
    """A byline, photo caption or credit; or a line wholly in parentheses, a wire's slug or summary under
    its headline ('(Leaders agree on a plan) (640)')."""
    s = line.strip().lower()
    return (s.startswith(("by ", "photo", "(photo", "picture", "image")) or "©" in s
            or s.startswith("(") and s.endswith(")"))


def _name_like(line: str) -> bool:
    """A proper name rather than a headline: every word capitalised but the small words of a name
    ('Government of the Republic of Croatia', 'MINISTRY OF FOREIGN AFFAIRS', 'XY - Example Academy')."""
    words = [w for w in re.split(r"[\s\-–—]+", line.strip()) if w]
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w in _NAME_SMALL_WORDS for w in words)


_NAME_SMALL_WORDS = {"of", "the", "and", "for", "in", "to", "on", "at", "&", "de", "du", "des", "la", "le"}


def _masthead(lines: list[str], k: int) -> bool:
    """An outlet's, service's or institution's name over chrome and then the real headline
    ('Example News Agency' / 'Politics | 4 May' / headline / body; 'Ministry of Example Affairs' /
    'News | Statements' / headline): a short line naming an outlet, with a line below the chrome that is
    no chrome and no body. A name without an outlet's word counts only over section or menu lines, as a
    date line alone may stand under a headline in title case."""
    line = lines[k]
    # 'The Ministry of Foreign Affairs of the Russian Federation': an institution's name may be long
    longest = 12 if _INSTITUTION_WORD.search(line) and _name_like(line) else 7
    if _words(line) > longest or _SENTENCE_END.search(line):
        return False
    outlet = bool(_OUTLET_WORD.search(line))
    if not outlet and not _name_like(line):
        return False
    if outlet and k + 2 < len(lines) and _opens_body(lines[k + 2]) and not _opens_body(lines[k + 1]):
        return True  # 'BELAPAN' / 'Belarusian Private News Agency' / headline / dateline
    j = k + 1
    while j < min(len(lines), _HEAD) and _is_chrome(lines[j]):
        j += 1
    if not outlet and not any(not date_line(x) for x in lines[k + 1:j]):
        return False
    return j > k + 1 and j < len(lines) and not _opens_body(lines[j]) and not _aside(lines[j])


@lru_cache(maxsize=4096)
def _opens_body(line: str) -> bool:
    # a transcript opens with its first speaker: 'SERGEY LAVROV: Ladies and gentlemen,'
    return _is_prose(line) or bool(parse_dateline(line)[2]) or bool(_SPEAKER_LINE.match(line))


# a speaker's name of two to four words in capitals ('TEXT: …' is a wire's label, not a speaker)
_SPEAKER_LINE = re.compile(r"^[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){1,3}:\s+\S")


def _title_index(lines: list[str]) -> int | None:
    """The line most like a title among the first non-blank lines, or None for a text without one.

    A title is no prose sentence and no dateline; it stands below chrome (site names, menu words, a
    content type) or at the top, and above a date line or the first paragraph. A short line (three
    words or fewer) counts only right above the body ('Kaiser Otto Prize awarded' aside, menu words
    are short too)."""
    # a breadcrumb trail ends with the page's own title: 'Home > Statements > Joint statement on X' over
    # a photo caption and then 'Joint statement on X'
    trails = [re.split(r"\s+[>›»]\s+", line.strip()) for line in lines[:_HEAD]]
    crumbs = {" ".join(parts[-1].split()).casefold() for parts in trails
              if len(parts) >= 3 or len(parts) == 2 and parts[0].lower() in {"home", "homepage", "start"}}
    for k, line in enumerate(lines[:_HEAD]):
        if _words(line) >= 3 and len(trails[k]) == 1 and " ".join(line.split()).casefold() in crumbs:
            return k
    best, best_score = None, -9
    # a release label ('FOR IMMEDIATE RELEASE') stands under the issuer's letterhead and over the title
    label = next((k for k, line in enumerate(lines[:_HEAD]) if _RELEASE_LABEL.match(line.strip())), -1)
    for k, line in enumerate(lines[:_HEAD]):
        if _opens_body(line) and k > 0:
            break
        if k < label or k and _BYLINE.match(lines[k - 1]) and _OUTLET_WORD.search(line) and _words(line) <= 4:
            continue  # the letterhead; 'By NAME' / 'United Press International': the byline's outlet
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        short = _words(line) <= 3 and not _SENTENCE_END.search(line)
        if _opens_body(line) or _aside(line) or (
                _is_chrome(line) and not (short and _opens_body(nxt) and line.lower() not in KINDS
                                          and not date_line(line) and not _is_kv(line))):
            continue
        score = 1 if 3 <= _words(line) <= 35 else 0
        prev = lines[k - 1] if k else None
        if prev is None or _is_chrome(prev):
            score += 2
        # a long headline over its page's tools ('Share | Print') and then its date: a site name is short
        tools = _words(line) > 8 and _is_chrome(nxt) and k + 2 < len(lines) and date_line(lines[k + 2])
        if _is_chrome(nxt) and (date_line(nxt) or _NUMBERED_KIND.match(nxt.strip()) or _is_kv(nxt)) or tools:
            score += 2
        elif _opens_body(nxt):
            score += 2
        if _SENTENCE_END.search(line) and _words(line) > 8:
            score -= 2
        if (nxt and _is_chrome(nxt) and (_words(nxt) <= 3 or _breadcrumb(nxt)) and not date_line(nxt)
                and not tools):
            score -= 1  # a site name above its menu words ('Home', 'News') or its breadcrumb
        if _masthead(lines, k):
            score -= 3
        if date_line(line, max_words=14) and _NUMBERED_MEETING.search(line):
            score += 2  # the heading of a statement at a numbered meeting, above the statement's own name
        if score > best_score:
            best, best_score = k, score
    return best


_COPYRIGHT = re.compile(r"^(?:\(c\)|©|Copyright)\s*(?:©\s*)?(?:[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*,?\s+)?"
                        r"((?:19|20)\d{2})\b", re.I)


def _copyright_year(lines: list[str]) -> str | None:
    """The year of a copyright line at the foot ('(c) BelaPAN, 1998', 'Copyright 2009 The Times')."""
    for line in reversed(lines):
        m = _COPYRIGHT.match(line.strip())
        if m:
            return m.group(1)
    return None


def _menu(line: str) -> bool:
    s = line.strip()
    return s == "-" or s.startswith("- ") and not _is_kv(s[2:])


# Markdown's inline marks, as a web clipper or a Markdown export writes them: '**Dimitrios Kypreos**',
# '*Politika*', '[the report](https://…)'. A list's '* ' and a product's '5*' are not emphasis.
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|\*)(?=[^\s*])([^*\n]+?)(?<=[^\s*])\1(?![\w*])")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:https?://|/|#)[^)\s]*\)")


def _unmarked(text: str) -> str:
    """The text a Markdown file shows its reader: emphasis marks and link targets taken out."""
    return _LINK.sub(r"\1", _EMPHASIS.sub(r"\2", text))


def parse(text: str, source: str) -> Page:
    plain = _unmarked(text)
    marked = plain != text
    text = plain
    rows = [(off, line) for off, line in lines_of(text) if line.strip()]
    rows, front_date = _front_matter(rows, text)
    # a navigation menu above the text: '-' lines, '- Entry' lines and the headings between them
    i = 0
    while i < len(rows) and (_menu(rows[i][1]) or i + 1 < len(rows) and _menu(rows[i + 1][1])
                             and _words(rows[i][1]) <= 3):
        i += 1
    rows = rows[i:] or rows
    lines = [line.strip() for _, line in rows]
    t = _title_index(lines)
    if t is None:  # no line looks like a title: the first that is not a date, key or content type
        t = next((k for k, line in enumerate(lines)
                  if not (date_line(line) or _is_kv(line.lstrip("- ")) or line.lower() in KINDS)), 0)
        if _words(lines[t]) > 40:  # a text that opens with prose: its first sentence stands for a title
            first = re.split(r"(?<=[.!?])\s", lines[t], maxsplit=1)[0]
            title, start = (first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "…"), t
        else:
            title, start = " ".join(lines[t].split()), t + 1
    else:
        title, start = " ".join(lines[t].split()), t + 1
    header = lines[: start]
    # what follows the title and is no body: date lines, 'No: 12/1999', 'Press release 174/2009', 'Date: …'
    while start < len(lines) and _is_chrome(lines[start]) and not parse_dateline(lines[start])[2]:
        header.append(lines[start])
        start += 1
    meta = _metadata(header)
    meta_date = next((d for v in meta.get("date", []) if (d := parse_date(v, text))), None)
    place = ", ".join(meta.get("place", [])) or None
    near_dates = [d for line in header
                  if not meeting_days_line(line) and (d := date_line(line, context=text))]
    if start >= len(lines):  # a title and nothing else: the title is the body
        start = t
    body_rows = rows[start:]
    # the paragraph with the dateline goes first; a dek, byline or caption above it follows the body
    published = meta_date or front_date or (near_dates[0] if near_dates else None)
    dl_date = next((d for _, line in body_rows[:4] if (d := parse_dateline(line.strip())[1])), None)
    if (not meta_date and published and dl_date and len(dl_date) == 10 and dl_date != published
            and any(date_line(line, context=text) == published for line in lines[:t or 0])):
        # a date over the masthead ('• Saturday, 28 September 2024') is the day the site was saved; the
        # dateline's full date ('Skopje, 24 October 2023 (MIA) –') is the story's
        published = dl_date
    if published is None:  # a wire's yearless dateline dated by its copyright line: '(c) BelaPAN, 1998'
        year = _copyright_year(lines[-4:])
        ref = f"{year}-12-31"
        dated = [parse_dateline(line.strip(), ref)[1] for _, line in body_rows[:4]] if year else []
        first = next((d for d in dated if d), None)
        published = first if first and year and first.startswith(year) else None
    # a dateline without its year ('VIENNA, January 25. /TASS/.') is one under a dated header
    lead = next((k for k, (_, line) in enumerate(body_rows[:4])
                 if parse_dateline(line.strip(), published)[2]), 0)
    if published is None and lead == 0 and not parse_dateline(body_rows[0][1].strip())[2]:
        # no dateline: a date line among the first rows ('Published 7 December 2023' under a summary,
        # 'January 18, 2012' under the issuing office's name)
        published = _near_date(body_rows[:4], text)
    ordered = body_rows[lead:] + body_rows[:lead]
    body = (text[body_rows[0][0]:].rstrip() if lead == 0
            else "\n\n".join(line.strip() for _, line in ordered))
    # a byline above the text ('By Jane Roe', 'By Jane Roe in Skopje, 3 May 2023') names a person the
    # record lists (the correspondent): it follows the body, as a dek or caption does
    bylines = [line for line in header[1:] if _BYLINE.match(line) or _SIGNED.match(line)]
    if bylines:
        body = body + "\n\n" + "\n\n".join(bylines)
    return Page.dated(
        source=source,
        kind=_kind(header),
        title=title,
        date=published or _near_date(body_rows[:lead], text),
        place=place,
        sources=meta.get("sources", []),
        fields_of_work=meta.get("fields_of_work", []),
        body=body,
        body_offset=body_rows[0][0] if lead == 0 and not bylines and not marked else -1,
        layout="text",
    )


_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){1,3}\b")
# 'Jane Roe and John Doe | 29.04.2023': the authors' names over the story's date
_SIGNED = re.compile(r"^[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){1,3}"
                     r"(?:\s*(?:,|and|&)\s*[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){1,3})*\s*\|\s*[\d./\-]{8,10}$")


_FRONT_DATE = re.compile(r"\s*(?:published|date|pubDate)\s*:\s*[\"']?([^\"'\n]+)")


def _front_matter(rows: list[tuple[int, str]], text: str) -> tuple[list[tuple[int, str]], str | None]:
    """A web clipper's or static site's front matter ('---' / 'title: …' / 'published: 2009-11-09' /
    '---') describes the file, not the page: its lines are left out and its publication date kept
    (not 'created', the day the page was clipped)."""
    if not rows or rows[0][1].strip() != "---":
        return rows, None
    end = next((k for k, (_, line) in enumerate(rows[1:40], 1) if line.strip() == "---"), None)
    if end is None:
        return rows, None
    found = (_FRONT_DATE.match(line) for _, line in rows[1:end])
    date = next((d for m in found if m and (d := parse_date(m.group(1).strip(), text))), None)
    return rows[end + 1 :], date


def _metadata(header: list[str]) -> dict[str, list[str]]:
    """Date, place, sources and fields of work of 'Date: …' lines or a '- Key:' block with its values."""
    out: dict[str, list[str]] = {}
    current = None
    for line in header:
        bare = line.lstrip("- ").strip() if line.startswith("-") else line
        m = _KV.match(bare)
        key = m and META_KEYS.get(m.group(1).strip().lower())
        if m and key:
            current = key
            values = [m.group(2)]
        elif line.startswith("-") and current:
            values = [bare]
        else:
            current = None
            continue
        for v in values:
            for part in v.split(",") if current in {"sources", "fields_of_work"} else [v]:
                if part.strip() and part.strip() not in out.setdefault(current, []):
                    out[current].append(part.strip())
    return out


_DELIVERED = re.compile(r"(?:As\s+)?(?:delivered|prepared\s+for\s+delivery)\b", re.I)


def _near_date(rows: list[tuple[int, str]], context: str = "") -> str | None:
    """The date of a date line or byline between the title and the dateline paragraph
    ('October 6, 2017'; 'By Valentina Dimitrievska in Skopje December 3, 2023')."""
    delivered = False
    for _, line in rows:
        byline = line.strip().lower().startswith("by ")
        # 'As delivered by … / to the Permanent Council, Vienna / Thursday 5 March 2020': the meeting's
        # day, not the page's
        delivered = delivered or bool(_DELIVERED.match(line.strip()))
        if meeting_days_line(line) or delivered:
            continue
        d = date_line(line, max_words=14 if byline else 9, context=context)
        if d:
            return d
    return None


def _kind(header: list[str]) -> str:
    for line in header:
        s = re.sub(r"[\d/ .:-]+$", "", line.strip().lower()).strip()
        if s in KINDS:
            return KINDS[s]
        for word in ("press release", "statement", "speech"):
            if word in s and _words(s) <= 4:
                return word
    return "news"
