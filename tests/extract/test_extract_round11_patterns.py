"""Round 11 of the other-outlet rules (written on tests/extract/outlets_dev d49-d60 after their unseen
figure was taken): an OSCE institution's title without its name, a later appositive post after 'the new',
a body in brackets after a name, a title read leftwards stops at a verb, and a news site's byline signs
for the site, each on invented text."""

from __future__ import annotations

from typing import Any

from graph.extract import extract
from graph.extract.layouts import parse_page
from graph.extract.posts import walk_left


def record(text: str, source: str = "t.txt") -> dict[str, Any]:
    return extract(parse_page(text, source))


def person(r: dict[str, Any], surname: str) -> dict[str, Any]:
    return next(p for p in r["people"] if p["name"].endswith(surname))


HEAD = "Example Herald\n\nMinorities envoy praises reforms\n\n12 March 2015\n\n"


def test_an_osce_title_without_its_name_belongs_to_the_institution_the_text_names() -> None:
    r = record(HEAD + "The OSCE High Commissioner on National Minorities is twenty years old. "
                      "High Commissioner Boris Petek presented new ideas at the event.\n")
    assert person(r, "Petek")["organisation"] == "OSCE High Commissioner on National Minorities"


def test_a_later_appositive_after_new_is_the_post() -> None:
    r = record(HEAD + "Writer Boris Petek addressed the Permanent Council in Vienna on Thursday.\n\n"
                      "Boris Petek, the new OSCE Representative on Freedom of the Media. Photo: OSCE\n")
    assert person(r, "Petek")["post"] == "OSCE Representative on Freedom of the Media"


def test_a_body_in_brackets_after_a_name_is_the_organisation() -> None:
    r = record(HEAD + "The meeting elected Ana Novak (Example Centre for Security Policy), Boris Petek "
                      "(EXCOR) and Jan Kowal (Poland) to the Steering Committee.\n")
    assert person(r, "Novak")["organisation"] == "Example Centre for Security Policy"
    assert person(r, "Petek")["organisation"] == "EXCOR"
    assert person(r, "Kowal")["organisation"] is None  # a State in brackets is a country


def test_a_title_read_leftwards_stops_at_a_verb() -> None:
    text = "The last visit to the city by an OSCE Secretary General was made by Novak in June."
    assert walk_left(text, text.index("Novak") - 1, 0, []) == (None, text.index("Novak") - 1)
    text = "The talks were opened by OSCE Secretary General Novak in June."
    assert walk_left(text, text.index("Novak") - 1, 0, [])[0] == "OSCE Secretary General"


def test_a_news_sites_byline_signs_for_the_site() -> None:
    page = (
        '<html><head><title>Envoy in the capital | Example Times</title>'
        '<meta property="og:site_name" content="Example Times">'
        '<meta name="author" content="Jane Roe"></head><body><article><h1>Envoy in the capital</h1>'
        "<p>OSCE Secretary General Boris Petek visited the capital on Tuesday and held talks with "
        "Foreign Minister Ana Novak about the work of the field operation.</p>"
        "<p>The two discussed the next steps of the reform of the police and the courts.</p>"
        "</article></body></html>"
    )
    r = record(page, "t.html")
    assert person(r, "Roe")["organisation"] == "Example Times"
    assert [p["name"] for p in r["people"] if p["name"] == "Example Times"] == []
