"""Pages and office-holders (issue 20): a person's page puts their terms of office on the same timeline
as the dates press releases state their posts, with each term's source; a structure's page lists its
office-holders in order. Expected terms are read from graph/reference/data/office_terms.csv."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from graph.ids import slugify
from graph.reference.data_files import read_rows
from server import create_app
from server.profiles.view import term_span

HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def client(built_store) -> FlaskClient:  # type: ignore[no-untyped-def]
    return create_app({"store": "memory"}, store=built_store).test_client()


def rows() -> list[dict[str, str]]:
    return [r for _, r in read_rows("office_terms.csv", ("post", "person", "start", "source"))]


def page(client: FlaskClient, path: str) -> str:
    r = client.get(path, headers=HTML)
    assert r.status_code == 200, path
    return r.get_data(as_text=True)


def test_term_span_keeps_each_dates_precision() -> None:
    assert term_span("2011-07-01", "2017-06") == "1 July 2011 – June 2017"
    assert term_span("2024-12", None) == "since December 2024"
    assert term_span("2013-03-15", "2013-07-03") == "15 March 2013 – 3 July 2013"


def test_a_persons_page_shows_terms_on_the_timeline_with_sources(client: FlaskClient) -> None:
    name = "Lamberto Zannier"
    terms = [r for r in rows() if r["person"] == name]
    assert len(terms) == 2
    html = page(client, f"/id/person/{slugify(name)}")
    posts = re.search(r'<section id="posts">(.*?)</section>', html, re.S)
    assert posts
    text = posts.group(1)
    for r in terms:
        assert term_span(r["start"], r["end"] or None) in text  # "(held …)" beside the post
        assert r["source"].split()[0].split("//", 1)[1].split("/", 1)[0] in text  # the term's source
    svg = re.search(r"<svg.*?</svg>", text, re.S)
    assert svg is not None and ("<rect" in svg.group(0) or "<line" in svg.group(0))


def test_a_structures_page_lists_its_office_holders_in_order(client: FlaskClient) -> None:
    html = page(client, "/id/org/hcnm")
    m = re.search(r'<h3 id="office-holders">Office-holders</h3><ul>(.*?)</ul>', html, re.S)
    assert m
    listed = re.findall(r"<li>(.*?)</li>", m.group(1), re.S)
    expected = sorted((r for r in rows() if r["post"] == "high-commissioner-on-national-minorities"),
                      key=lambda r: r["start"])
    assert len(listed) == len(expected)
    for item, r in zip(listed, expected, strict=True):
        assert r["person"] in item and term_span(r["start"], r["end"] or None) in item


def test_an_acting_holder_is_marked(client: FlaskClient) -> None:
    acting = [r for r in rows() if r["acting"] == "acting"]
    assert acting
    html = page(client, "/id/org/parliamentary-assembly")
    for r in acting:
        assert re.search(re.escape(r["person"]) + r".*?\(acting\)", html, re.S)
