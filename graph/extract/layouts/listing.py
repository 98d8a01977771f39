"""Listing pages of the news section: a heading, then items, each a title line followed by
``Publishing date:``, ``Content type:``, ``Where we are:``, ``What we do:`` lines and a lead.

Each item is a page of its own (title, date, sources and fields of work of its own); the listing's
heading is kept for the union record that ``extract`` prints.
"""

from __future__ import annotations

import re

from graph.extract.dates import parse_date
from graph.extract.layouts.scrape import KINDS
from graph.extract.page import Page, PageError, lines_of

_FIELD = re.compile(r"^\s*(publishing date|date|content type|where we are|what we do)\s*:\s*(.*)$", re.I)
_PUBLISHED = re.compile(r"^\s*publishing date\s*:", re.I | re.M)


def is_listing(text: str) -> bool:
    return len(_PUBLISHED.findall(text)) >= 2


def _is_menu(line: str) -> bool:
    s = line.strip()
    return s == "-" or s.startswith("- ")


def _chrome(line: str) -> bool:
    s = line.strip()
    return len(s.split()) <= 3 and not re.search(r"[.!?]\W*$", s)


def _values(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def parse(text: str, source: str) -> list[Page]:
    rows = [(off, line) for off, line in lines_of(text) if line.strip()]
    marks = [k for k, (_, line) in enumerate(rows) if _PUBLISHED.match(line)]
    if not marks:
        raise PageError(source, "a listing page without items")
    starts = [m - 1 for m in marks]  # the title stands on the line above 'Publishing date:'
    header = [line.strip() for _, line in rows[: starts[0]] if not _is_menu(line)]
    heading = next((h for h in reversed(header)
                    if not re.search(r"[.!?]\W*$", h) and len(h.split()) <= 10), "")
    items: list[Page] = []
    for n, (a, b) in enumerate(zip(starts, starts[1:] + [len(rows)], strict=True)):
        title = " ".join(rows[a][1].split())
        fields: dict[str, list[str]] = {}
        k = a + 1
        while k < b and (m := _FIELD.match(rows[k][1])):
            fields.setdefault(m.group(1).lower(), []).extend(_values(m.group(2)))
            k += 1
        lead = [line.strip() for _, line in rows[k:b]]
        while lead and _chrome(lead[-1]):  # 'Load more', 'Next page'
            lead.pop()
        if not lead:
            lead = [title]
        body = "\n\n".join(lead)
        date = next((d for v in fields.get("publishing date", []) + fields.get("date", [])
                     if (d := parse_date(v))), None)
        kinds = [KINDS[v.lower()] for v in fields.get("content type", []) if v.lower() in KINDS]
        items.append(Page.dated(
            source=source,
            kind=kinds[0] if kinds else "news",
            title=title,
            date=date,
            place=None,
            sources=list(dict.fromkeys(fields.get("where we are", []))),
            fields_of_work=list(dict.fromkeys(fields.get("what we do", []))),
            body=body,
            body_offset=-1,
            layout="listing",
            item=n,
        ))
    heading = heading or items[0].title
    for item in items:
        item.listing = heading
    return items
