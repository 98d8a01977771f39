"""Every layout a page comes in, recognised by its content (not by the file's name).

In order of precedence: saved HTML, a listing page of the news section (several ``Publishing date:``
items), the osce.org scrape (a content-type line, the title and a ``- Key:`` metadata block), and
plain text, which reads any other readable text. A readable text always gives at least one page.
"""

from __future__ import annotations

from graph.extract.layouts import html, listing, plain, scrape
from graph.extract.page import Page, PageError


def layout_of(text: str) -> str:
    """'html', 'listing', 'scrape' or 'text'."""
    if html.is_html(text):
        return "html"
    if listing.is_listing(text):
        return "listing"
    if scrape.is_scrape(text):
        return "scrape"
    return "text"


def parse_pages(text: str, source: str = "<text>") -> list[Page]:
    """The pages of a text: one, or one per item of a listing page; PageError when nothing is readable."""
    if not isinstance(text, str):
        raise PageError(source, "not text")
    if "\x00" in text:
        raise PageError(source, "binary data (NUL bytes)")
    if not text.strip():
        raise PageError(source, "empty file")
    kind = layout_of(text)
    if kind == "html":
        return [html.parse(text, source)]
    if kind == "listing":
        return listing.parse(text, source)
    if kind == "scrape":
        try:
            return [scrape.parse(text, source)]
        except PageError:
            pass  # a header without a body after it: read as plain text
    if not any(ch.isalpha() for ch in text):
        raise PageError(source, "no readable text (no letters)")
    return [plain.parse(text, source)]


__all__ = ["layout_of", "parse_pages"]
