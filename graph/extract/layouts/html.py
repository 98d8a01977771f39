"""HTML pages as a browser or crawler saves them.

The main text comes from trafilatura (a maintained boilerplate remover: navigation, related-content
lists, cookie banners, share bars and footers stay out). What it leaves aside but a reader of the
article sees is added from the markup: the ``<h1>`` title, the publication date of a ``<time>``
element or a meta tag, a metadata ``<dl>`` (Place, Where we are, Fields of work), the standfirst,
and photo captions with their credits. The paragraph with the dateline comes first in the body.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
import trafilatura

from graph.extract.dates import parse_date
from graph.extract.layouts.scrape import KINDS
from graph.extract.page import Page, PageError, date_line, parse_dateline

# a personal name as a byline gives it: two to four capitalised words, no organisation's acronym
_PERSON = re.compile(r"(?:[A-Z][a-z\u00C0-\u024F’'\-]+\.?\s+){1,3}[A-Z][a-z\u00C0-\u024F’'\-]+")
_META_DATES = (
    "article:published_time", "og:article:published_time", "datePublished", "date", "dc.date",
    "dcterms.issued", "dc.date.issued", "publish-date", "pubdate", "sailthru.date",
)
_SOURCES = {"where we are", "source", "sources"}
_FIELDS = {"what we do", "fields of work", "field of work"}
_LEAD_CLASS = re.compile(r"\b(standfirst|dek|subtitle|subhead|summary|lead|intro)\b", re.I)
_CAPTION_CLASS = re.compile(r"\b(caption|credit)\b", re.I)


def is_html(text: str) -> bool:
    """A document that opens as HTML, or opens with block tags and closes them."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower():
        return True
    return bool(re.search(r"<(body|head|article|div|p)\b[^>]*>", head)
                and re.search(r"</(p|div|body|html)>", text.lower()))


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _iso(value: str) -> str | None:
    value = value.strip()
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value)
    return parse_date(m.group(1)) if m else parse_date(value) or date_line(value)


def _scope(doc: Any) -> Any:
    found = doc.xpath("//article") or doc.xpath("//main") or doc.xpath("//*[@role='main']")
    return found[0] if found else doc


def _published(doc: Any, scope: Any) -> str | None:
    for t in scope.xpath(".//time[@datetime]") + doc.xpath("//time[@itemprop='datePublished']"):
        d = _iso(t.get("datetime", ""))
        if d:
            return d
    for meta in doc.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in {k.lower() for k in _META_DATES}:
            d = _iso(meta.get("content", ""))
            if d:
                return d
    for el in scope.xpath(".//*[contains(@class,'date')]"):
        d = date_line(_text(el), max_words=12)
        if d:
            return d
    # schema.org data a page carries for search engines (AMP pages have no <time>): '"datePublished": …'
    for script in doc.xpath("//script[@type='application/ld+json']"):
        m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script.text or "")
        if m and (d := _iso(m.group(1))):
            return d
    # a news site's info line right under the headline ('Xinhua, December 5, 2015  Adjust font size:')
    for h1 in scope.xpath(".//h1") + doc.xpath("//h1"):
        for el in h1.itersiblings():
            if el.tag in {"p", "div", "span", "time", "small"}:
                d = date_line(_text(el), max_words=12)
                if d:
                    return d
            if len(_text(el).split()) > 30:  # the article itself: no info line above it
                break
        break
    return None


def _definitions(scope: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for dt_el in scope.xpath(".//dt"):
        dd = dt_el.getnext()
        if dd is None or dd.tag != "dd":
            continue
        key = _text(dt_el).rstrip(":").strip().lower()
        items = [_text(li) for li in dd.xpath(".//li")] or [v.strip() for v in _text(dd).split(",")]
        out.setdefault(key, []).extend(v for v in items if v)
    return out


def _title(doc: Any, scope: Any, meta: Any) -> str:
    for el in scope.xpath(".//h1") + doc.xpath("//h1"):
        if _text(el):
            return _text(el)
    if meta is not None and meta.title:
        return str(meta.title)
    titles = doc.xpath("//title")
    return _text(titles[0]) if titles else ""


def parse(text: str, source: str) -> Page:
    try:
        doc = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise PageError(source, f"HTML that cannot be parsed ({exc})") from exc
    scope = _scope(doc)
    main = trafilatura.extract(text, include_comments=False, include_tables=True, include_images=False,
                               favor_recall=True, deduplicate=False, with_metadata=False) or ""
    meta = trafilatura.extract_metadata(text)
    title = _title(doc, scope, meta)
    paragraphs = [" ".join(p.split()) for p in main.split("\n") if p.strip()]
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not paragraphs:  # nothing that looks like an article: every paragraph of the page
        paragraphs = [_text(p) for p in scope.xpath(".//p") if _text(p)]
    if not paragraphs and title:
        paragraphs = [title]
    if not paragraphs:
        raise PageError(source, "an HTML page with no readable text")
    seen = "\n".join(paragraphs)
    extra: list[str] = []
    for el in scope.xpath(".//*[@class]"):
        if _LEAD_CLASS.search(el.get("class", "")) and el.tag in {"p", "div", "h2", "span"}:
            t = _text(el)
            if t and t not in seen and len(t.split()) >= 5:
                extra.append(t)
                seen += "\n" + t
    for el in scope.xpath(".//figcaption") + [e for e in scope.xpath(".//*[@class]")
                                            if _CAPTION_CLASS.search(e.get("class", ""))]:
        t = _text(el)
        if t and t not in seen:
            extra.append(t)
            seen += "\n" + t
    # the article's author, where a news site names one: the byline a reader sees ('By Jane Roe'), signed
    # for the site that carries it ('By Jane Roe – Example Times')
    site = f" – {meta.sitename}" if meta and meta.sitename else ""
    for author in re.split(r"\s*[;,&]\s*|\s+and\s+", (meta.author if meta and meta.author else "")):
        if _PERSON.fullmatch(author) and author not in seen:
            extra.append(f"By {author}{site}")
            seen += "\n" + author
    lead = next((k for k, p in enumerate(paragraphs[:4]) if parse_dateline(p)[2]), 0)
    ordered = paragraphs[lead:] + paragraphs[:lead] + extra
    body = "\n\n".join(ordered)
    published = _published(doc, scope)
    defs = _definitions(scope)
    types = (_text(e).lower() for e in scope.xpath(".//*[contains(@class,'content-type')]"))
    kind = next((KINDS[k] for k in types if k in KINDS), "news")
    place = ", ".join(defs.get("place", [])) or None
    return Page.dated(
        source=source,
        kind=kind,
        title=title or paragraphs[0][:160],
        date=published,
        place=place,
        sources=[v for k in _SOURCES for v in defs.get(k, [])],
        fields_of_work=[v for k in _FIELDS for v in defs.get(k, [])],
        body=body,
        body_offset=-1,
        layout="html",
    )
