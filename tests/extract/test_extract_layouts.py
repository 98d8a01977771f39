"""Layout recognition by content and what each layout reader keeps or leaves out (invented pages)."""

from __future__ import annotations

import pytest

from graph.extract.layouts import layout_of, parse_pages
from graph.extract.page import PageError, decode

ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Envoy visits Chisinau | Site</title>
{meta}</head><body>
<div class="cookie-banner"><p>We use cookies to give you the best experience on our website.</p></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Regions</li></ul>
</nav></header>
<main><article>
<h1>Envoy visits Chisinau for talks on the settlement process</h1>
{time}
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet this story</a></div>
<figure><img src="a.jpg" alt=""><figcaption>The envoy with the Deputy Prime Minister in Chisinau.
(OSCE/Jane Roe)</figcaption></figure>
<p>CHISINAU, 21 May 2014 – The envoy of the Chairperson-in-Office held talks in Chisinau today on the
next round of settlement negotiations, due in Vienna in June.</p>
<p>“We listened to both sides,” the envoy said after the meeting with the Deputy Prime Minister.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/x">Ministers meet in Riga on energy
security and trade</a></li><li><a href="/y">Parliament adopts the budget after a long debate</a></li>
</ul></aside></main>
<footer><p>Copyright 2024 Site. All rights reserved. Terms of use. Privacy policy.</p></footer>
</body></html>"""


def html_page(meta: str = "", time: str = "") -> str:
    return ARTICLE.format(meta=meta, time=time)


def test_html_keeps_the_article_and_its_caption_and_drops_the_chrome() -> None:
    [page] = parse_pages(html_page(), "saved.txt")  # recognised by content, not by the name
    assert page.layout == "html"
    assert page.title == "Envoy visits Chisinau for talks on the settlement process"
    assert page.body.startswith("CHISINAU, 21 May 2014 –")
    assert "(OSCE/Jane Roe)" in page.body  # the photo caption with its credit
    for chrome in ("cookies", "Share on Facebook", "Ministers meet in Riga", "All rights reserved", "Home"):
        assert chrome not in page.body, chrome


@pytest.mark.parametrize(
    "meta,time,date",
    [
        ('<meta property="article:published_time" content="2014-05-22T08:00:00Z">', "", "2014-05-22"),
        ("", '<p class="date"><time datetime="2014-05-23">23 May 2014</time></p>', "2014-05-23"),
        ("", "", "2014-05-21"),  # the dateline
    ],
)
def test_html_publication_date_from_time_meta_or_dateline(meta: str, time: str, date: str) -> None:
    [page] = parse_pages(html_page(meta, time), "saved.html")
    assert page.date == date


def test_listing_items_are_pages_of_their_own() -> None:
    text = ("Newsroom\nNews and press releases\nFirst item title here\nPublishing date: 2 May 2020\n"
            "Content type: Press release\nWhere we are: OSCE Mission to Serbia\nWhat we do: Policing\n"
            "BELGRADE, 2 May 2020 – Officers completed a course.\nSecond item title here\n"
            "Publishing date: 1 May 2020\nContent type: News\nVIENNA, 1 May 2020 – A meeting was held.\n"
            "Load more\n")
    assert layout_of(text) == "listing"
    first, second = parse_pages(text, "list.txt")
    assert (first.title, first.date, first.sources, first.fields_of_work, first.item) == (
        "First item title here", "2020-05-02", ["OSCE Mission to Serbia"], ["Policing"], 0)
    assert (second.title, second.date, second.kind, second.item) == (
        "Second item title here", "2020-05-01", "news", 1)
    assert "Load more" not in second.body and first.listing == "News and press releases"


@pytest.mark.parametrize(
    "text,layout",
    [
        ("-\nOur work\n-\n- Elections\n-\nStatement\nA title\n- Date: 6 September 2010\nBody text here.\n",
         "scrape"),
        ("A headline\n\nVIENNA, 1 May 2020 – Text of the body.\n", "text"),
        ("<p>Just a paragraph of text about the OSCE.</p><p>And another one.</p>", "html"),
    ],
)
def test_layout_by_content(text: str, layout: str) -> None:
    assert layout_of(text) == layout


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"PK\x03\x04" + b"x" * 40, "archive"),
        ("caf\u00e9 au lait".encode("latin-1"), "UTF-8"),
        (bytes(range(1, 32)) * 20, "control characters"),
    ],
)
def test_undecodable_or_binary_bytes_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(PageError, match=reason):
        decode(data, "x.bin")


def test_an_html_page_declaring_its_charset_is_read_in_it() -> None:
    data = ('<html><head><meta charset="windows-1252"></head><body><h1>Caf\u00e9 talks</h1>'
            "<p>VIENNA, 1 May 2020 – The talks opened in a caf\u00e9 today.</p></body></html>"
            ).encode("cp1252")
    [page] = parse_pages(decode(data, "x.html"), "x.html")
    assert page.title == "Caf\u00e9 talks"
