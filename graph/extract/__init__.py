"""Rule-based extraction of people, posts, organisations, places and events from OSCE press releases.

Public API: :func:`extract` (Page -> record dict in the gold schema plus provenance),
:func:`parse_page` / :func:`read_page` and :class:`PageError`.
"""

from __future__ import annotations

from typing import Any

from graph.extract.page import Page, PageError, parse_page, read_page


def extract(page: Page) -> dict[str, Any]:
    """One record for a parsed page: gold-schema keys plus `kind` and per-person/event provenance."""
    from graph.extract.record import build_record  # noqa: PLC0415 - keep import of the package light

    return build_record(page)


__all__ = ["Page", "PageError", "extract", "parse_page", "read_page"]
