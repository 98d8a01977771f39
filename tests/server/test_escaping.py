"""All data in HTML is escaped: entity pages, the 404 page, stored-query views and the query page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from graph.store.oxigraph import OxigraphStore
from server import create_app

DATA = Path(__file__).resolve().parent / "data"
PAYLOAD = "<script>alert(1)</script>"


@pytest.fixture()
def client(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = OxigraphStore(None)
    store.load_file(DATA / "ld_sample.trig")
    store.load_file(DATA / "ld_escaping.trig")
    queries = tmp_path / "queries"
    shutil.copytree(DATA / "ld_queries", queries)
    (queries / "hostile.rq").write_text(
        "# title: <script>alert(4)</script>\n# description: ends </script><b>here</b>\n"
        "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1\n",
        encoding="utf-8",
    )
    app = create_app({"store": "memory"}, store=store)
    app.config["OSCE_QUERIES_DIR"] = str(queries)
    return app.test_client()


def no_live_markup(html: str) -> None:
    """No tag from the data survives: every script element is one of our own (with a src or JSON)."""
    for tag in re.findall(r"<script[^>]*>", html):
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
    assert "<img" not in html and "<b>" not in html
    assert 'href="javascript:' not in html.lower()


def test_entity_page_escapes_literals_labels_and_refuses_script_links(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/id/person/evil").get_data(as_text=True)
    assert '<h1 id="label">&lt;script&gt;alert(1)&lt;/script&gt;</h1>' in html
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; — OSCE knowledge graph</title>" in html
    assert "a &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; &amp; ampersand" in html.replace("&#34;", "&quot;")
    # a linked entity's label, shown as link text
    assert ">&lt;img src=x onerror=alert(3)&gt;</a>" in html
    # an IRI with a javascript: scheme is text, never a link
    assert '<span class="iri" title="javascript:alert(2)">javascript:alert(2)</span>' in html
    no_live_markup(html)
    friend = client.get("/id/person/evil-friend").get_data(as_text=True)
    assert ">&lt;script&gt;alert(1)&lt;/script&gt;</a>" in friend  # incoming link labelled with the payload
    no_live_markup(friend)


def test_not_found_page_escapes_the_requested_iri(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/id/x/%3Cscript%3Ealert(1)%3C/script%3E")
    assert r.status_code == 404
    html = r.get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    no_live_markup(html)


def test_stored_query_view_escapes_parameters_and_results(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/queries/people-named", query_string={"name": PAYLOAD}, headers={"Accept": "text/html"})
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert '<input name="name" value="&lt;script&gt;alert(1)&lt;/script&gt;"' in html
    assert '<td><span class="lit">&lt;script&gt;alert(1)&lt;/script&gt;</span></td>' in html
    no_live_markup(html)


def test_query_listing_and_query_page_escape_titles(client) -> None:  # type: ignore[no-untyped-def]
    listing = client.get("/queries", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in listing and "&lt;b&gt;here&lt;/b&gt;" in listing
    no_live_markup(listing)
    page = client.get("/").get_data(as_text=True)
    assert '<option value="hostile">&lt;script&gt;alert(4)&lt;/script&gt;</option>' in page
    # the JSON island holding the stored queries cannot close its script element
    island = page.split('<script id="page-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in island and "\\u003c/script\\u003e" in island
    no_live_markup(page)
