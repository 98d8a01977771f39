"""Linked data: minted IRIs, the ontology and the shapes resolve to HTML and RDF (server/linked_data.py)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from flask import Flask
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from graph.paths import ONTOLOGY_FILE, SHAPES_FILE
from graph.store.oxigraph import OxigraphStore
from graph.store.terms import to_rdflib
from server import create_app
from server.entities import describe, entity_rdf, serialize

DATA = Path(__file__).resolve().parent / "data"
OSCE = Namespace("https://w3id.org/osce-kg/def#")
SH = Namespace("http://www.w3.org/ns/shacl#")
KG = Namespace("https://w3id.org/osce-kg/id/")
FIN = KG["state/fin"]


def make_app(*files: str, **settings: object) -> tuple[Flask, OxigraphStore]:
    store = OxigraphStore(None)
    for name in files or ("ld_sample.trig",):
        store.load_file(DATA / name)
    app = create_app({"store": "memory", **settings}, store=store)
    app.config["OSCE_SHAPES_FILE"] = str(DATA / "ld_shapes.ttl")
    return app, store


def parse_rdf(data: bytes, fmt: str) -> Graph:
    """rdflib for the text formats; JSON-LD through pyoxigraph (rdflib's JSON-LD parser warns)."""
    if fmt != "json-ld":
        return Graph().parse(data=data, format=fmt)
    g = Graph()
    for t in ox.parse(data, format=ox.RdfFormat.JSON_LD):
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return g


@pytest.fixture()
def client():  # type: ignore[no-untyped-def]
    app, _ = make_app()
    return app.test_client()


def test_entity_page_shows_label_types_properties_incoming_and_documents(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/id/state/fin", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.mimetype == "text/html"
    html = r.get_data(as_text=True)
    assert '<h1 id="label">Finland</h1>' in html
    assert ">FI<" in html and "osce:ISO3166Alpha2" in html and ">1973<" in html
    assert 'href="/def#ParticipatingState"' in html  # a type, linked to the ontology documentation
    assert 'href="/id/chairpersonship/2025"' in html  # incoming link to our own page
    # the statement from the press release names the document (by title) that asserts it
    assert '<a class="src" href="/id/doc/2018-04-24-alliance">Alliance conference opens in Vienna</a>' in html
    assert 'href="/graph/doc/2018-04-24-alliance"' in html
    assert r.headers["Vary"] == "Accept"
    assert r.headers["Content-Location"] == "/id/state/fin.html"


def test_linked_objects_show_their_labels(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/id/event/alliance-against-trafficking-in-persons-18").get_data(as_text=True)
    assert (
        '<a href="/id/series/alliance-against-trafficking-in-persons" '
        'title="https://w3id.org/osce-kg/id/series/alliance-against-trafficking-in-persons">'
        "Alliance against Trafficking in Persons</a>"
    ) in html


@pytest.mark.parametrize(
    ("how", "fmt"),
    [
        ({"headers": {"Accept": "text/turtle"}}, "turtle"),
        ({"path_suffix": ".ttl"}, "turtle"),
        ({"path_suffix": ".nt"}, "nt"),
        ({"path_suffix": ".jsonld"}, "json-ld"),
        ({"headers": {"Accept": "text/turtle;q=0.5, application/ld+json"}}, "json-ld"),
        ({"headers": {"Accept": "application/n-triples;q=0.9, text/html;q=0.1"}}, "nt"),
        ({"path_suffix": ".rdf"}, "xml"),
    ],
)
def test_entity_rdf_parses_and_holds_its_statements(client, how: dict, fmt: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    r = client.get("/id/state/fin" + how.get("path_suffix", ""), headers=how.get("headers", {}))
    assert r.status_code == 200
    g = parse_rdf(r.get_data(), fmt)
    assert (FIN, SKOS.prefLabel, Literal("Finland", lang="en")) in g
    assert (FIN, SKOS.notation, Literal("FI", datatype=OSCE.ISO3166Alpha2)) in g
    assert (FIN, OSCE.participatingSince, Literal("1973", datatype=XSD.gYear)) in g
    assert (FIN, RDF.type, OSCE.ParticipatingState) in g
    assert (KG["chairpersonship/2025"], OSCE.chairState, FIN) in g  # incoming statements too
    assert (KG["state/ita"], None, None) not in g


def test_trig_keeps_the_named_graph_of_each_statement(client) -> None:  # type: ignore[no-untyped-def]
    quads = {
        (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), q.graph_name.value)
        for q in ox.parse(client.get("/id/state/fin.trig").get_data(), format=ox.RdfFormat.TRIG)
    }
    graph = "https://w3id.org/osce-kg/graph/"
    assert (FIN, SKOS.prefLabel, Literal("Finland", lang="en"), graph + "reference") in quads
    assert (
        KG["doc/2018-04-24-alliance"],
        URIRef("https://schema.org/mentions"),
        FIN,
        graph + "doc/2018-04-24-alliance",
    ) in quads


def test_unacceptable_accept_is_406_and_unknown_iri_is_a_helpful_404(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/id/state/fin", headers={"Accept": "image/png"}).status_code == 406
    r = client.get("/id/state/xyz")
    assert r.status_code == 404 and r.mimetype == "text/html"
    text = r.get_data(as_text=True)
    assert "https://w3id.org/osce-kg/id/state/xyz" in text and 'href="/id/state/fin"' in text
    assert client.get("/id/state/fin%3E%20.").status_code == 404  # not an IRI: never reaches SPARQL
    for bad in ("/graph/doc/%02%C2%A6%3A%F4%8E%BF%A1", "/id/x/%00", "/id/x/%F4%8E%BF%A1.ttl"):
        assert client.get(bad).status_code == 404, bad  # invalid code points: unknown, not a crash


def test_skos_concepts_and_schemes_resolve(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/id/role/keynote").get_data(as_text=True)
    assert '<h1 id="label">keynote speaker</h1>' in html
    assert 'href="/id/scheme/role"' in html and "Roles at events" in html
    assert client.get("/id/scheme/role").status_code == 200


def test_document_graph_resolves_with_its_provenance(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/graph/doc/2018-04-24-alliance.ttl")
    g = Graph().parse(data=r.get_data(), format="turtle")
    graph_iri = URIRef("https://w3id.org/osce-kg/graph/doc/2018-04-24-alliance")
    assert (graph_iri, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), KG["doc/2018-04-24-alliance"]) in g


def test_base_iri_is_mapped_onto_the_server_root(tmp_path: Path) -> None:
    base = "https://example.org/kg/"
    text = (DATA / "ld_sample.trig").read_text().replace("https://w3id.org/osce-kg/", base)
    (tmp_path / "rebased.trig").write_text(text)
    store = OxigraphStore(None)
    store.load_file(tmp_path / "rebased.trig")
    c = create_app({"store": "memory", "base_iri": base}, store=store).test_client()
    html = c.get("/id/state/fin").get_data(as_text=True)
    assert '<h1 id="label">Finland</h1>' in html and 'href="/id/chairpersonship/2025"' in html
    g = Graph().parse(data=c.get("/id/state/fin.nt").get_data(), format="nt")
    assert (URIRef(base + "id/state/fin"), SKOS.prefLabel, Literal("Finland", lang="en")) in g


def test_a_write_is_visible_at_once_despite_the_cache() -> None:
    app, store = make_app(cache_size=64)
    c = app.test_client()
    assert "Suomi" not in c.get("/id/state/fin").get_data(as_text=True)
    g = Graph()
    g.add((FIN, SKOS.altLabel, Literal("Suomi", lang="fi")))
    store.replace_graph("https://w3id.org/osce-kg/graph/extra", g)
    assert "Suomi" in c.get("/id/state/fin").get_data(as_text=True)


# -- the ontology and the shapes ----------------------------------------------------------------
def test_ontology_documents_every_class_and_property_of_osce_ttl(client) -> None:  # type: ignore[no-untyped-def]
    onto = Graph().parse(ONTOLOGY_FILE, format="turtle")
    ns = str(OSCE)
    terms = {
        s
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in onto.subjects(RDF.type, kind)
        if str(s).startswith(ns)
    }
    assert len(terms) > 20
    r = client.get("/def", headers={"Accept": "text/html"})
    assert r.status_code == 200
    html = r.get_data(as_text=True)

    def escaped(text: object) -> str:
        return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")

    for t in terms:
        local = str(t)[len(ns) :]
        assert f'<section class="term" id="{local}">' in html, local
        section = html.split(f'<section class="term" id="{local}">', 1)[1].split("</section>", 1)[0]
        label, definition = onto.value(t, RDFS.label), onto.value(t, SKOS.definition)
        assert label is not None and escaped(label) in section, local
        assert definition is not None and escaped(definition).replace('"', "&#34;") in section.replace(
            "&quot;", "&#34;"
        ), local
        for heading, prop in (("Domain", RDFS.domain), ("Range", RDFS.range)):
            for value in onto.objects(t, prop):
                if isinstance(value, URIRef):  # a named class: linked (ours to its anchor)
                    assert f"<dt>{heading}</dt>" in section and f'title="{value}"' in section, (local, value)
    sub = next(iter(onto.subjects(RDFS.subClassOf, OSCE.State)))
    section = html.split(f'id="{str(sub)[len(ns) :]}"', 1)[1].split("</section>", 1)[0]
    assert 'href="/def#State"' in section  # the superclass, linked to its anchor


def test_ontology_is_turtle_for_machines(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/def", headers={"Accept": "text/turtle"})
    assert r.mimetype == "text/turtle" and r.get_data() == ONTOLOGY_FILE.read_bytes()
    nt = client.get("/def.nt").get_data()
    assert len(Graph().parse(data=nt, format="nt")) == len(Graph().parse(ONTOLOGY_FILE, format="turtle"))
    assert (
        client.get("/def/1.0.0", headers={"Accept": "text/turtle"}).get_data() == ONTOLOGY_FILE.read_bytes()
    )


def test_shapes_page_lists_each_shape_with_targets_constraints_and_sparql(client) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/shapes").get_data(as_text=True)
    assert (
        '<section class="shape" id="StateShape">' in html
        and '<section class="shape" id="EventShape">' in html
    )
    state = html.split('id="StateShape"', 1)[1].split("</section>", 1)[0]
    assert "sh:targetClass</code> osce:State" in state
    assert "skos:prefLabel" in state and "sh:minCount</code> 1" in state and "(en)" in state
    assert "^osce:chairState" in state
    event = html.split('id="EventShape"', 1)[1].split("</section>", 1)[0]
    assert "An event does not end before it starts" in event and "FILTER(?e &lt; ?s)" in event
    ttl = client.get("/shapes", headers={"Accept": "text/turtle"}).get_data()
    assert ttl == (DATA / "ld_shapes.ttl").read_bytes()


# -- over real HTTP, against the shipped graph ----------------------------------------------------
def test_live_state_page_and_turtle(live_server: str) -> None:
    html = requests.get(live_server + "/id/state/fin", headers={"Accept": "text/html"}, timeout=30)
    assert html.status_code == 200 and "Finland" in html.text
    r = requests.get(live_server + "/id/state/fin", headers={"Accept": "text/turtle"}, timeout=30)
    assert r.headers["Content-Type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    assert (FIN, SKOS.prefLabel, Literal("Finland", lang="en")) in g
    assert any(str(o) == "FI" for o in g.objects(FIN, SKOS.notation))
    assert requests.get(live_server + "/id/state/nowhere", timeout=30).status_code == 404


def test_live_ontology_and_shapes(live_server: str) -> None:
    r = requests.get(live_server + "/def", headers={"Accept": "text/html"}, timeout=30)
    assert r.status_code == 200 and 'id="ParticipatingState"' in r.text
    s = requests.get(live_server + "/shapes", headers={"Accept": "text/turtle"}, timeout=30)
    assert s.content == SHAPES_FILE.read_bytes()
    html = requests.get(live_server + "/shapes", timeout=30).text
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    node_shapes = {
        str(x).rsplit("#", 1)[-1] for x in shapes.subjects(RDF.type, SH.NodeShape) if isinstance(x, URIRef)
    }
    assert len(node_shapes) > 3
    for name in node_shapes:
        assert f'<section class="shape" id="{name}">' in html, name


@pytest.mark.parametrize(
    "iri", ["state/fin", "person/madina-jarbussynova", "role/keynote", "doc/2018-04-24-alliance"]
)
def test_index_lookups_and_sparql_describe_the_same(iri: str) -> None:
    """Oxigraph takes the index-lookup path; every other store the SPARQL one: both say the same."""
    _, store = make_app()
    fast = describe(store, str(KG[iri]), incoming_limit=2)
    generic = describe(store, str(KG[iri]), incoming_limit=2, native=False)

    def key(d):  # type: ignore[no-untyped-def]
        return (
            sorted((s.graph, str(s.predicate), str(s.value), s.label) for s in d.outgoing),
            len(d.incoming),
            d.incoming_truncated,
            {g: (s.document, s.title) for g, s in d.sources.items()} if not d.incoming_truncated else None,
        )

    assert key(fast) == key(generic)
    assert fast.outgoing
    full = describe(store, str(KG[iri]))
    assert sorted((s.graph, str(s.predicate), str(s.value), s.label) for s in full.incoming) == sorted(
        (s.graph, str(s.predicate), str(s.value), s.label)
        for s in describe(store, str(KG[iri]), native=False).incoming
    )


def test_rdf_answers_carry_the_same_headers_as_pages(client) -> None:  # type: ignore[no-untyped-def]
    """Turtle is served by the WSGI fast path, HTML by Flask: both negotiate and say so alike."""
    for accept, suffix in (("text/turtle", ".ttl"), ("text/html", ".html")):
        r = client.get("/id/state/fin", headers={"Accept": accept})
        assert r.headers["Vary"] == "Accept" and r.headers["Content-Location"] == "/id/state/fin" + suffix
        assert r.headers["Access-Control-Allow-Origin"] == "*"
        head = client.head("/id/state/fin", headers={"Accept": accept})
        assert head.status_code == 200 and head.get_data() == b""
        assert head.headers["Content-Type"] == r.headers["Content-Type"]
    by_suffix = client.get("/id/state/fin.ttl", headers={"Accept": "text/html"})
    assert by_suffix.mimetype == "text/turtle" and "Vary" not in by_suffix.headers
    assert client.get("/id/state/nowhere", headers={"Accept": "text/turtle"}).status_code == 404


@pytest.mark.parametrize("media", ["application/n-triples", "application/n-quads"])
def test_direct_rdf_equals_the_serialized_description(media: str) -> None:
    _, store = make_app()
    fmt = ox.RdfFormat.N_TRIPLES if media == "application/n-triples" else ox.RdfFormat.N_QUADS
    for iri in ("state/fin", "doc/2018-04-24-alliance", "person/madina-jarbussynova"):
        direct = entity_rdf(store, str(KG[iri]), media)
        assert direct is not None
        generic = serialize(describe(store, str(KG[iri]), native=False), media)
        assert set(ox.parse(direct, format=fmt)) == set(ox.parse(generic, format=fmt))
    assert entity_rdf(store, str(KG["state/nowhere"]), media) is None
