# ruff: noqa: E501 - a table of queries, one per line
"""Hostile queries against a real server: input a client can fix gets a 4xx saying what is wrong, a
query past the time limit gets 503, and nothing else is a 5xx; the server answers normally after.

Before the limits in server/safety.py a query nested 3,000 groups deep crashed the query worker
(a stack overflow in Oxigraph's parser) and was answered 500 "the query worker died".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from server.safety import MAX_NESTING, MAX_OPERATORS
from tests.server.endpoint_process import start, stop

P = "<https://w3id.org/osce-kg/def#p>"
LONG = "a" * 50_000

# (name, query) sent as a form POST
QUERIES: list[tuple[str, str]] = [
    ("groups nested 3,000 deep", "SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000),
    ("groups nested 100,000 deep", "SELECT * WHERE " + "{" * 100_000 + "}" * 100_000),
    ("groups nested at the limit", "SELECT * WHERE " + "{" * (MAX_NESTING - 1) + "?s ?p ?o" + "}" * (MAX_NESTING - 1)),
    ("parentheses nested 5,000 deep", "SELECT * { FILTER(" + "(" * 5000 + "true" + ")" * 5000 + ") }"),
    ("functions nested 2,000 deep", "SELECT (" + "STR(" * 2000 + '"a"' + ")" * 2000 + " AS ?x) {}"),
    ("blank nodes nested 5,000 deep", "SELECT * { ?s " + P + " " + ("[ " + P + " ") * 5000 + "?o" + " ]" * 5000 + " }"),
    ("OPTIONAL nested 3,000 deep", "SELECT * { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o " * 3000 + "}" * 3000 + " }"),
    ("sub-selects nested 3,000 deep", "SELECT * { " + "{ SELECT * { " * 3000 + "?s ?p ?o" + " } }" * 3000 + " }"),
    ("paths nested 50,000 deep", "SELECT * { ?s " + "(" * 50_000 + P + ")" * 50_000 + " ?o }"),
    ("100,000 additions", "SELECT (1" + "+1" * 100_000 + " AS ?x) {}"),
    ("20,000 negations", "SELECT * { FILTER(" + "!" * 20_000 + "true) }"),
    ("30,000 UNIONs", "SELECT * { {?s ?p ?o}" + " UNION {?s ?p ?o}" * 30_000 + " }"),
    ("20,000 joined patterns", "SELECT * { " + " . ".join("?s ?p ?o" for _ in range(20_000)) + " }"),
    ("operators at the limit", "SELECT (1" + "+1" * (MAX_OPERATORS - 20) + " AS ?x) {}"),
    ("a huge VALUES", "SELECT (COUNT(*) AS ?n) { VALUES ?x { " + " ".join(f'"{i}"' for i in range(80_000)) + " } }"),
    ("a huge IN list", "SELECT * { ?s ?p ?o FILTER(?o IN (" + ",".join(f'"{i}"' for i in range(30_000)) + ")) }"),
    ("catastrophic regex", f'SELECT * {{ BIND("{LONG}!" AS ?t) FILTER(REGEX(?t, "^(a+)+$")) }}'),
    ("nested-quantifier regex", f'SELECT * {{ BIND("{LONG}" AS ?t) FILTER(REGEX(?t, "(a|aa)*(a|aa)*b")) }}'),
    ("a regex too big to compile", 'SELECT * { BIND("a" AS ?t) FILTER(REGEX(?t, "a{1000}{1000}{1000}")) }'),
    ("an invalid regex", 'SELECT * { ?s ?p ?o FILTER(REGEX(STR(?o), "(((")) }'),
    ("REPLACE with an empty-matching regex", f'SELECT (REPLACE("{LONG}", "", "xx") AS ?r) {{}}'),
    ("closure of closures", f"SELECT * {{ ?s ({P}*)*/({P}|^{P})* ?o }}"),
    ("all-pairs path", "SELECT (COUNT(*) AS ?n) { ?a (<urn:x>|!<urn:x>)* ?b }"),
    ("a cross product past the time limit",
     "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"),
    ("an oversized IRI", "SELECT * { <http://example.org/" + "x" * 500_000 + "> ?p ?o }"),
    ("an IRI with spaces", "SELECT * { <http://exa mple.org/> ?p ?o }"),
    ("a relative IRI", "SELECT * { <relative> ?p ?o }"),
    ("an oversized literal", 'SELECT * { BIND("' + "y" * 600_000 + '" AS ?x) }'),
    ("a NUL character", "SELECT * { ?s ?p \x00 }"),
    ("a lone surrogate escape", 'SELECT * { BIND("\\uD800" AS ?x) }'),
    ("a huge LIMIT", "SELECT * { ?s ?p ?o } LIMIT 99999999999999999999999"),
    ("a huge OFFSET", "SELECT * { ?s ?p ?o } OFFSET 99999999999999999999999"),
    ("an unknown function", "SELECT (<urn:no-such-function>(1) AS ?x) {}"),
    ("a division by zero", "SELECT (1/0 AS ?x) {}"),
    ("a bad datatype cast", 'SELECT (xsd:integer("x") AS ?x) {}'),
    ("an undeclared prefix", "SELECT * { ?s nope:p ?o }"),
    ("GROUP BY on an unbound aggregate", "SELECT ?s (SUM(?o) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (?n > 1)"),
    ("a big DESCRIBE", "DESCRIBE ?s WHERE { ?s ?p ?o }"),
    ("a CONSTRUCT of everything", "CONSTRUCT { ?s ?p ?o . ?o ?p ?s } WHERE { ?s ?p ?o }"),
]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp: Path = tmp_path_factory.mktemp("hostile")
    proc, url = start(tmp, {"query_timeout": "3", "cache_size": "0", "threads": "2"})
    try:
        yield url
    finally:
        stop(proc)


def _ok_status(r: requests.Response) -> bool:
    if r.status_code == 503:
        return "time limit" in r.text
    return r.status_code < 500


@pytest.mark.parametrize(("name", "query"), QUERIES, ids=[n for n, _ in QUERIES])
def test_no_5xx_but_the_time_limit(base: str, name: str, query: str) -> None:
    r = requests.post(base + "/sparql", data={"query": query}, headers={"Accept": "application/sparql-results+json"},
                      timeout=60)
    assert _ok_status(r), f"{name}: {r.status_code} {r.text[:300]}"
    if 400 <= r.status_code < 500:
        assert len(r.text) > 30, f"{name}: a 4xx must say what is wrong: {r.text!r}"
    # and the server still answers
    ok = requests.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    assert ok.status_code == 200, ok.text


def test_deep_nesting_gets_a_400_that_names_the_depth_and_the_limit(base: str) -> None:
    r = requests.post(base + "/sparql", data={"query": QUERIES[0][1]}, timeout=60)
    assert r.status_code == 400
    assert "3000 deep" in r.text and str(MAX_NESTING) in r.text


def test_malformed_utf8_is_a_400(base: str) -> None:
    r = requests.get(base + "/sparql?query=SELECT%20*%20%7B%20%3Fs%20%3Fp%20%22%ff%fe%22%20%7D", timeout=30)
    assert r.status_code == 400 and "UTF-8" in r.text
    r = requests.post(base + "/sparql", data=b'SELECT * { ?s ?p "\xff\xfe" }',
                      headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert r.status_code == 400 and "UTF-8" in r.text
    r = requests.post(base + "/sparql", data=b"query=SELECT%20*%20%7B%7D%ff",
                      headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=30)
    assert r.status_code == 400
