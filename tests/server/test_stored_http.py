"""Stored queries over HTTP: /queries and /queries/NAME (server/stored.py)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import requests
from rdflib import Namespace

from graph.queries import load_queries, stored_queries
from graph.store.oxigraph import OxigraphStore
from server import create_app

DATA = Path(__file__).resolve().parent / "data"
OSCE = Namespace("https://w3id.org/osce-kg/def#")


@pytest.fixture()
def client():  # type: ignore[no-untyped-def]
    store = OxigraphStore(None)
    store.load_file(DATA / "ld_sample.trig")
    app = create_app({"store": "memory"}, store=store)
    app.config["OSCE_QUERIES_DIR"] = str(DATA / "ld_queries")
    return app.test_client()


def test_listing_as_json_and_html(client) -> None:  # type: ignore[no-untyped-def]
    expected = load_queries(DATA / "ld_queries")
    by_format = client.get("/queries?format=json").get_json()
    by_accept = client.get("/queries", headers={"Accept": "application/json"}).get_json()
    assert by_format == by_accept
    items = {q["name"]: q for q in by_format["queries"]}
    assert set(items) == set(expected)
    chair = items["chairpersonship"]
    assert chair["title"] == "Chairpersonship in a year"
    assert chair["parameters"] == [
        {"name": "year", "type": "year", "default": "2025", "description": "The year, e.g. 2018"}
    ]
    assert (
        chair["sparql"] == expected["chairpersonship"].sparql and chair["url"] == "/queries/chairpersonship"
    )
    html = client.get("/queries", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert '<a href="/queries/chairpersonship">Chairpersonship in a year</a>' in html
    assert "The State that held the Chairpersonship in the given year." in html


def test_run_binds_parameters_and_answers_json(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/queries/chairpersonship?year=2018&format=json")
    assert r.status_code == 200 and r.mimetype == "application/sparql-results+json"
    rows = r.get_json()["results"]["bindings"]
    assert [(b["name"]["value"], b["year"]["value"]) for b in rows] == [("Italy", "2018")]
    default = client.get("/queries/chairpersonship", headers={"Accept": "application/sparql-results+json"})
    assert [b["name"]["value"] for b in default.get_json()["results"]["bindings"]] == ["Finland"]


def test_run_answers_csv_and_html(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/queries/participating-states", headers={"Accept": "text/csv"})
    assert r.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert [(row["name"], row["iso2"]) for row in rows] == [("Finland", "FI"), ("Italy", "IT")]
    # a browser link: the format parameter wins over the browser's Accept
    link = client.get("/queries/participating-states?format=csv", headers={"Accept": "text/html,*/*;q=0.8"})
    assert link.mimetype == "text/csv"
    html = client.get("/queries/chairpersonship?year=2018", headers={"Accept": "text/html"}).get_data(
        as_text=True
    )
    assert '<a href="/id/state/ita" title="https://w3id.org/osce-kg/id/state/ita">kg:state/ita</a>' in html
    assert '<td><span class="lit">Italy</span><span class="lang">@en</span></td>' in html
    assert 'href="/queries/chairpersonship?year=2018&amp;format=csv"' in html
    assert '<input name="year" value="2018"' in html


def test_bad_parameter_is_400_and_unknown_query_404(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/queries/chairpersonship?year=last-year")
    assert (
        r.status_code == 400 and "'year'" in r.get_data(as_text=True) and "YYYY" in r.get_data(as_text=True)
    )
    r = client.get("/queries/chairpersonship?colour=red")
    assert r.status_code == 400 and "no parameter colour" in r.get_data(as_text=True)
    r = client.get("/queries/chairpersonship?format=pdf")
    assert r.status_code == 400 and "unknown format" in r.get_data(as_text=True)
    assert client.get("/queries/no-such-query").status_code == 404
    r = client.get("/queries/people-named?name=%00")
    assert r.status_code == 200  # any text is a valid string parameter
    for bad in ("not-an-iri", "http://a/\x01", "http://a/\U0010efe1"):
        r = client.get("/queries/entity-types", query_string={"entity": bad})
        assert r.status_code == 400 and "'entity'" in r.get_data(as_text=True), bad
    ok = client.get("/queries/entity-types?format=json").get_json()["results"]["bindings"]
    assert {b["type"]["value"] for b in ok} == {str(OSCE.ParticipatingState), str(OSCE.State)}


def test_live_stored_queries(live_server: str) -> None:
    listing = requests.get(live_server + "/queries?format=json", timeout=30).json()
    assert {q["name"] for q in listing["queries"]} == set(stored_queries())
    r = requests.get(
        live_server + "/queries/chairpersonship", params={"year": "2025", "format": "json"}, timeout=30
    )
    assert r.status_code == 200, r.text
    rows = r.json()["results"]["bindings"]
    assert [(b["state"]["value"], b["stateName"]["value"]) for b in rows] == [
        ("https://w3id.org/osce-kg/id/state/fin", "Finland")
    ]
    table = requests.get(
        live_server + "/queries/chairpersonship",
        params={"year": "2018"},
        headers={"Accept": "text/html"},
        timeout=30,
    )
    assert '<a href="/id/state/ita"' in table.text and "Italy" in table.text
    states = requests.get(
        live_server + "/queries/participating-states", headers={"Accept": "text/csv"}, timeout=30
    )
    assert len(list(csv.DictReader(io.StringIO(states.text)))) == 57
    assert (
        requests.get(live_server + "/queries/chairpersonship", params={"year": "x"}, timeout=30).status_code
        == 400
    )
