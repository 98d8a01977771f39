"""Content negotiation for /sparql answers (server/negotiation.py): q-values, wildcards, aliases, format."""

from __future__ import annotations

import pytest

from server.negotiation import NotAcceptable, choose, parse_accept


def test_accept_is_read_by_werkzeug_without_media_type_parameters() -> None:
    accept = parse_accept("text/turtle;q=0.5, application/ld+json;charset=utf-8, */*;q=0.1, text/*;q=abc, *")
    assert accept.quality("application/ld+json") == 1.0 and accept.quality("text/turtle") == 0.5
    assert accept.quality("text/csv") == 1.0  # a lone '*' is '*/*'; an invalid q is skipped
    assert choose("graph", "application/ld+json; charset=utf-8", ())[0] == "jsonld"


@pytest.mark.parametrize(("kind", "accept", "formats", "expected"), [
    ("select", None, (), "json"),                                   # no Accept: the default
    ("select", "*/*", (), "json"),
    ("graph", None, (), "turtle"),
    ("graph", "*/*", (), "turtle"),
    ("select", "application/sparql-results+xml;q=0.5, application/sparql-results+json", (), "json"),
    ("select", "application/sparql-results+json;q=0.2, application/sparql-results+xml;q=0.9", (), "xml"),
    ("select", "text/csv", (), "csv"),
    ("select", "text/tab-separated-values", (), "tsv"),
    # one Accept for every query form (rdflib's SPARQLStore, YASGUI): the form decides
    ("graph", "application/sparql-results+xml, application/rdf+xml", (), "rdfxml"),
    ("select", "text/turtle, application/sparql-results+json;q=0.9", (), "json"),
    ("graph", "application/n-triples", (), "nt"),
    ("graph", "application/ld+json", (), "jsonld"),
    # SPARQLWrapper's Accept headers
    ("select", "application/sparql-results+json,application/json,text/javascript,application/javascript",
     ("json", "json"), "json"),
    ("graph", "application/turtle,text/turtle", ("turtle",), "turtle"),
    ("graph", "application/ld+json,application/x-json+ld", ("json-ld",), "jsonld"),
    # a browser link with ?format=csv: its Accept names no registered results type, so format decides
    ("select", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ("csv",), "csv"),
    ("select", "*/*", ("text/tab-separated-values",), "tsv"),
    # an explicitly listed registered type beats the format parameter
    ("select", "application/sparql-results+xml", ("json",), "xml"),
    # legacy aliases still work without a format parameter
    ("select", "application/json", (), "json"),
    ("graph", "text/plain", (), "nt"),
    # ASK prefers JSON for a wildcard, but gives CSV to a client that accepts only text
    ("ask", "text/csv;q=1, */*;q=0.5", (), "csv"),
    ("ask", "*/*", (), "json"),
    ("ask", "text/*", (), "csv"),
])
def test_choice(kind: str, accept: str | None, formats: tuple[str, ...], expected: str) -> None:
    assert choose(kind, accept, formats)[0] == expected


def test_q_zero_excludes_a_type() -> None:
    assert choose("select", "application/sparql-results+json;q=0, */*;q=0.5", ())[0] == "xml"


def test_nothing_acceptable_is_an_error_listing_what_is_offered() -> None:
    with pytest.raises(NotAcceptable, match="text/csv"):
        choose("select", "application/x-no-such-format", ())
    with pytest.raises(NotAcceptable):
        choose("graph", "application/sparql-results+json", ())
