"""Search (server/search.py): folding, ranking, kinds and descriptions on a small fixture; the JSON
shape; the page; the shipped graph's seed names through a real server."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from flask.testing import FlaskClient

from graph.store.oxigraph import OxigraphStore
from server import create_app
from server.search import build_index, fold

DATA = Path(__file__).resolve().parent / "data"
KG = "https://w3id.org/osce-kg/id/"


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    s = OxigraphStore(None)
    s.load_file(DATA / "search_sample.trig")
    return s


@pytest.fixture()
def client(store: OxigraphStore) -> FlaskClient:
    return create_app({"store": "memory"}, store=store).test_client()


def test_fold_drops_case_diacritics_and_punctuation() -> None:
    assert fold("Ingibjörg Sólrún GÍSLADÓTTIR") == "ingibjorg solrun gisladottir"
    assert fold("Støre, Łukasz") == "store lukasz"
    assert fold("UNODC’s Division") == "unodcs division"


def test_ranking_is_exact_then_prefix_then_word(store: OxigraphStore) -> None:
    hits = build_index(store).search("villa", limit=10)
    assert [(h.entry.iri, h.match) for h in hits[:2]] == [
        (KG + "person/villa", "exact"),
        (KG + "series/villa-talks", "prefix"),
    ]
    matches = [h.match for h in hits]
    assert matches == sorted(matches, key=["exact", "prefix", "word"].index)
    found = {h.entry.iri: h.match for h in hits}
    assert found[KG + "person/monique-villa"] == "word"
    assert found[KG + "doc/d1"] == "prefix"
    assert KG + "person/villanova" in found  # "villa" is a prefix of the word "Villanova"


def test_diacritics_case_and_aliases(store: OxigraphStore) -> None:
    index = build_index(store)
    (hit,) = index.search("gisladottir")
    assert hit.entry.label == "Ingibjörg Sólrún Gísladóttir" and hit.entry.kind == "person"
    assert hit.entry.description == "Director of ODIHR, 2018"
    assert index.search("GÍSLAD")[0].entry.iri == KG + "person/ingibjorg-solrun-gisladottir"
    odihr = index.search("odihr")[0]
    assert (odihr.entry.iri, odihr.match, odihr.alias) == (KG + "org/odihr", "exact", True)
    assert index.search("is")[0].entry.iri == KG + "state/isl"  # ISO code as an alias
    assert index.search("nothing like this") == []


def test_kinds_and_descriptions(store: OxigraphStore) -> None:
    index = build_index(store)
    kinds = {e.iri: (e.kind, e.description) for e in index.entries}
    assert kinds[KG + "org/mission-to-serbia"] == ("field-operation", "OSCE field operation in Serbia")
    assert kinds[KG + "state/isl"] == ("state", "OSCE participating State since 1973")
    assert kinds[KG + "event/villa-talks-1"] == ("event", "event, 2018-04-23, Vienna")
    assert kinds[KG + "place/vienna"] == ("place", "place in Austria")
    assert kinds[KG + "series/villa-talks"][0] == "series"
    assert kinds[KG + "org/odihr"] == ("organisation", "OSCE institution")
    assert kinds[KG + "org/x"] == ("organisation", "organisation")
    assert [h.entry.kind for h in index.search("villa", kind="person")] == ["person"] * 3


def test_json_is_shaped_like_wbsearchentities(client: FlaskClient) -> None:
    r = client.get("/search?q=Gísla&format=json")
    assert r.status_code == 200 and r.mimetype == "application/json"
    body = r.get_json()
    assert body["searchinfo"] == {"search": "Gísla"} and body["success"] == 1
    (hit,) = body["search"]
    assert hit["id"] == "person/ingibjorg-solrun-gisladottir"
    assert hit["concepturi"] == KG + "person/ingibjorg-solrun-gisladottir"
    assert hit["url"] == "/id/person/ingibjorg-solrun-gisladottir"
    assert hit["type"] == "person" and hit["label"] == "Ingibjörg Sólrún Gísladóttir"
    assert hit["match"] == {"type": "label", "text": "Ingibjörg Sólrún Gísladóttir", "kind": "word"}
    by_accept = client.get("/search?q=villa&limit=2", headers={"Accept": "application/json"}).get_json()
    assert len(by_accept["search"]) == 2


def test_the_page_escapes_names_and_links_results(client: FlaskClient) -> None:
    html = client.get("/search?q=villa", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert '<a href="/id/person/villa">Villa</a>' in html
    assert "&lt;b&gt;Villa&lt;/b&gt; &amp; Co" in html and "<b>Villa</b>" not in html
    empty = client.get("/search?q=zzzz").get_data(as_text=True)
    assert 'id="no-results"' in empty
    assert 'form class="search"' in client.get("/id/state/isl").get_data(
        as_text=True
    )  # the box on every page


def test_seed_names_through_the_server(live_server: str) -> None:
    r = requests.get(live_server + "/search", params={"q": "gisladottir", "format": "json"}, timeout=30)
    top = r.json()["search"][0]
    assert top["label"] == "Ingibjörg Sólrún Gísladóttir"
    assert top["description"].startswith("Director of the OSCE Office for Democratic Institutions")
    r = requests.get(live_server + "/search", params={"q": "Monique Villa", "format": "json"}, timeout=30)
    top = r.json()["search"][0]
    assert (top["id"], top["match"]["kind"]) == ("person/monique-villa", "exact")
    assert top["description"] == "Chief Executive Officer of the Thomson Reuters Foundation, 2018"


def test_the_index_follows_writes() -> None:
    s = OxigraphStore(None)
    s.load_file(DATA / "search_sample.trig")
    c = create_app({"store": "memory"}, store=s).test_client()
    assert c.get("/search?q=newcomer&format=json").get_json()["search"] == []
    s.load_bytes(
        b"<https://w3id.org/osce-kg/id/person/n> a <https://schema.org/Person> ;"
        b' <https://schema.org/name> "Nina Newcomer" .',
        "turtle",
        graph="https://w3id.org/osce-kg/graph/doc/n",
    )
    hits = c.get("/search?q=newcomer&format=json").get_json()["search"]
    assert [h["label"] for h in hits] == ["Nina Newcomer"]
