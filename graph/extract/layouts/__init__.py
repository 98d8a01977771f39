"""Every layout a page comes in, recognised by its content (not by the file's name).

In order of precedence: saved HTML, a listing page of the news section (several ``Publishing date:``
items), the osce.org scrape (a content-type line, the title and a ``- Key:`` metadata block), and
plain text, which reads any other readable text. A readable text always gives at least one page.
"""

from __future__ import annotations

from pathlib import Path

from graph.extract.layouts import html, listing, plain, scrape
from graph.extract.page import Page, PageError, decode

#: the longest file read as one page (a saved HTML page with its scripts and styles stays well below),
#: and the longest body the extractor reads (about 10 s): past them a text is an archive or a dump,
#: and reading it would hold up the batch
MAX_CHARS = 5_000_000
MAX_BODY_CHARS = 1_000_000


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
    if len(text) > MAX_CHARS:
        raise PageError(source, f"{len(text):,} characters: more than a page holds (the reader takes up "
                                f"to {MAX_CHARS:,}; split the text into its documents)")
    pages = _parse(text, source)
    for p in pages:
        if len(p.body) > MAX_BODY_CHARS:
            raise PageError(source, f"a body of {len(p.body):,} characters: more than one document holds "
                                    f"(the extractor reads up to {MAX_BODY_CHARS:,}; split the text)")
    return pages


def _parse(text: str, source: str) -> list[Page]:
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


def read_pages(path: str | Path) -> list[Page]:
    """Read a file and parse it in whatever layout it is: one page, or a listing's items."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PageError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    return parse_pages(decode(data, str(path)), str(path))


def read_page(path: str | Path) -> Page:
    """The one page of a file; a listing page gives its first item (use :func:`read_pages`)."""
    return read_pages(path)[0]


def parse_page(text: str, source: str = "<text>") -> Page:
    """Parse text in any layout; a listing page gives its first item (use :func:`parse_pages`)."""
    return parse_pages(text, source)[0]


__all__ = ["layout_of", "parse_page", "parse_pages", "read_page", "read_pages"]
