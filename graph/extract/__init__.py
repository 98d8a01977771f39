"""Rule-based extraction of people, posts, organisations, places and events from texts about the OSCE.

Public API: :func:`extract` (Page -> record dict in the gold schema plus provenance),
:func:`extract_file` (a file in any layout -> one record; a listing page gives the union of its
items), :func:`read_pages` / :func:`parse_page` and :class:`PageError`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.extract.layouts import parse_page, read_page, read_pages
from graph.extract.page import Page, PageError


def extract(page: Page) -> dict[str, Any]:
    """One record for a parsed page: gold-schema keys plus `kind` and per-person/event provenance."""
    from graph.extract.record import build_record  # noqa: PLC0415 - keep import of the package light

    return build_record(page)


def extract_pages(pages: list[Page]) -> dict[str, Any]:
    """One record for the pages of one file: a listing's items are joined (see `record.union`)."""
    from graph.extract.record import union  # noqa: PLC0415

    records = [extract(p) for p in pages]
    return records[0] if len(pages) == 1 and pages[0].listing is None else union(pages, records)


def extract_file(path: str | Path) -> dict[str, Any]:
    """Read a file in whatever layout and extract it; PageError when it is not readable text."""
    return extract_pages(read_pages(path))


__all__ = ["Page", "PageError", "extract", "extract_file", "extract_pages", "parse_page", "read_page",
           "read_pages"]
