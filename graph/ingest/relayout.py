"""The same story in another layout: a parsed page written out as plain text or as a saved HTML page.

The ingest benchmark times every layout on the same generated stories, and the held-out tests score
the extractor on the held-out stories as a researcher would bring them (copied as plain text, saved
from a browser). The HTML is deliberately other markup than the development corpus's: a news site's
template with a cookie banner, navigation, breadcrumbs, share bar, related stories and footer.
"""

from __future__ import annotations

import html

from graph.extract.page import Page

LAYOUTS = ("scrape", "text", "html")


def _months(iso: str) -> str:
    import datetime as dt

    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B')} {d.year}"


def as_text(page: Page) -> str:
    """Title, a date line when the body has no dated dateline, and the body: no menu, no metadata."""
    date_line = f"{_months(page.date)}\n\n" if page.date and page.dateline_date != page.date else ""
    return f"{page.title}\n\n{date_line}{page.body.strip()}\n"


def as_html(page: Page) -> str:
    """A saved news-site page: the article's title, date and metadata in markup, and its paragraphs."""
    e = html.escape
    paragraphs = "\n".join(f"        <p>{e(p.strip())}</p>" for p in page.body.split("\n") if p.strip())
    date = (f'<span class="dateline">Posted <time datetime="{page.date}T09:30:00+01:00">'
            f"{_months(page.date)}</time></span>") if page.date else ""
    meta = (f'  <meta property="article:published_time" content="{page.date}T09:30:00+01:00">\n'
            if page.date else "")

    def terms(label: str, values: list[str]) -> str:
        if not values:
            return ""
        items = "".join(f"<li>{e(v)}</li>" for v in values)
        return f"<dt>{label}</dt><dd><ul>{items}</ul></dd>"

    facts = (terms("Place", [page.place] if page.place else []) + terms("Source", page.sources)
             + terms("Fields of work", page.fields_of_work))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(page.title)} | World Security Wire</title>
{meta}  <meta name="viewport" content="width=device-width, initial-scale=1">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience on our
    site. By continuing to browse you agree to our use of cookies.</p><button>Accept all</button></div>
  <header class="masthead"><a class="logo" href="/">World Security Wire</a>
    <nav class="primary"><ul><li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li>
    <li><a href="/politics">Politics</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
  <nav class="crumbs"><a href="/">Home</a> › <a href="/europe">Europe</a> › Security</nav>
  <div class="layout">
    <div class="story" itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">{e(page.title)}</h1>
      <div class="story-meta">{date}</div>
      <dl class="story-facts">{facts}</dl>
      <div class="share"><a href="#">Share on X</a> <a href="#">E-mail</a> <a href="#">Print</a></div>
      <div class="story-body" itemprop="articleBody">
{paragraphs}
      </div>
    </div>
    <aside class="related"><h3>More from Europe</h3><ul>
      <li><a href="/a">Ministers gather for talks on energy security in the Baltic</a></li>
      <li><a href="/b">Parliament approves new budget after a long night of debate</a></li>
      <li><a href="/c">Election commission publishes the final turnout figures</a></li></ul></aside>
  </div>
  <footer><p>© World Security Wire. All rights reserved.</p><p><a href="/about">About us</a> ·
    <a href="/privacy">Privacy policy</a> · <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


def relayout(page: Page, layout: str, scrape_text: str) -> str:
    """The page as ``layout``: 'scrape' (the text as it was), 'text' or 'html'."""
    if layout == "scrape":
        return scrape_text
    return as_text(page) if layout == "text" else as_html(page)
