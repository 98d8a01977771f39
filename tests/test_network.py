"""Network exports (graph/network.py, /exports/, `osce-kg export-network`): every file opened with
networkx and held to what SPARQL aggregates say about nodes, edges and weights."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pytest
import requests
from click.testing import CliRunner

from graph.network import build_network, write
from server import create_app

OSCE = "https://w3id.org/osce-kg/def#"
KG = "https://w3id.org/osce-kg/id/"
EXPECTED = {  # kind -> SPARQL giving (a, b, weight); a different formulation than the module's
    "coparticipation": f"""SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?w) WHERE {{
        ?x <{OSCE}person> ?a ; <{OSCE}event> ?e . ?y <{OSCE}person> ?b ; <{OSCE}event> ?e .
        FILTER(STR(?a) < STR(?b)) }} GROUP BY ?a ?b""",
    "person-event": f"""SELECT ?a ?b (COUNT(DISTINCT ?x) AS ?w) WHERE {{
        ?x <{OSCE}person> ?a ; <{OSCE}event> ?b }} GROUP BY ?a ?b""",
    "person-organisation": f"""SELECT ?a ?b (COUNT(DISTINCT ?x) AS ?w) WHERE {{
        {{ ?x <{OSCE}person> ?a ; <{OSCE}affiliation> ?b }}
        UNION {{ ?x <http://www.w3.org/ns/org#member> ?a ; <http://www.w3.org/ns/org#organization> ?b }}
        }} GROUP BY ?a ?b""",
}


AT_EVENTS = f"SELECT DISTINCT ?p WHERE {{ ?x <{OSCE}person> ?p ; <{OSCE}event> ?e }}"


def expected_edges(store, kind: str) -> tuple[dict[frozenset[str], int], set[str]]:  # type: ignore[no-untyped-def]
    """Edges with weights, and nodes: the ends of the edges, and for co-participation everyone seen
    at an event (alone at one is a node without edges)."""
    edges = {
        frozenset((str(r["a"]), str(r["b"]))): int(r["w"].toPython())
        for r in store.query(EXPECTED[kind]).rows
    }
    nodes = {n for pair in edges for n in pair}
    if kind == "coparticipation":
        nodes |= {str(r["p"]) for r in store.query(AT_EVENTS).rows}
    return edges, nodes


def graph_from(data: bytes, fmt: str, nodes_csv: bytes | None = None) -> nx.Graph:
    if fmt == "graphml":
        return nx.read_graphml(io.BytesIO(data))
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(data), version="1.3")
    g = nx.Graph()
    assert nodes_csv is not None
    for row in csv.DictReader(io.StringIO(nodes_csv.decode())):
        g.add_node(row["id"], label=row["label"], kind=row["kind"])
    for row in csv.DictReader(io.StringIO(data.decode())):
        assert row["source"] in g and row["target"] in g
        g.add_edge(row["source"], row["target"], weight=int(row["weight"]))
    return g


def check(g: nx.Graph, expected: tuple[dict[frozenset[str], int], set[str]]) -> None:
    edges = {frozenset((a, b)): int(w) for a, b, w in g.edges(data="weight")}
    assert edges == expected[0]
    assert set(g.nodes) == expected[1]


@pytest.mark.parametrize("kind", ["coparticipation", "person-event", "person-organisation"])
@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_each_file_agrees_with_sparql(built_store, kind: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    net = build_network(built_store, kind)
    if fmt == "csv":
        g = graph_from(write(net, "edges.csv"), fmt, write(net, "nodes.csv"))
    else:
        g = graph_from(write(net, fmt), fmt)
    expected = expected_edges(built_store, kind)
    assert expected[0]  # the shipped graph has appearances
    check(g, expected)
    label = g.nodes[KG + "person/monique-villa"]["label"]
    assert label == "Monique Villa"


def test_the_seed_speakers_form_a_clique(built_store) -> None:  # type: ignore[no-untyped-def]
    g = nx.read_graphml(io.BytesIO(write(build_network(built_store, "coparticipation"), "graphml")))
    speakers = [
        KG + "person/" + s
        for s in (
            "monique-villa",
            "madina-jarbussynova",
            "vincenzo-amendola",
            "paul-bekkers",
            "ingibjorg-solrun-gisladottir",
            "john-brandolino",
            "afshan-khan",
            "vincent-cochetel",
            "yannick-glemarec",
        )
    ]
    sub = g.subgraph(speakers)
    assert sub.number_of_edges() == 9 * 8 // 2
    assert (
        g.nodes[KG + "person/ingibjorg-solrun-gisladottir"]["iri"]
        == KG + "person/ingibjorg-solrun-gisladottir"
    )
    assert g.nodes[KG + "person/afshan-khan"]["kind"] == "person"


def test_files_are_deterministic(built_store) -> None:  # type: ignore[no-untyped-def]
    for kind in ("coparticipation", "person-organisation"):
        assert write(build_network(built_store, kind), "gexf") == write(
            build_network(built_store, kind), "gexf"
        )


def test_web_exports_and_void(built_store) -> None:  # type: ignore[no-untyped-def]
    c = create_app(
        {"store": "memory", "public_url": "https://kg.example.org"}, store=built_store
    ).test_client()
    listing = c.get("/exports/").get_data(as_text=True)
    assert (
        'href="/exports/coparticipation.gexf"' in listing
        and 'href="/exports/person-event-edges.csv"' in listing
    )
    r = c.get("/exports/person-organisation.graphml")
    assert r.status_code == 200 and r.mimetype == "application/graphml+xml"
    check(nx.read_graphml(io.BytesIO(r.data)), expected_edges(built_store, "person-organisation"))
    assert c.get("/exports/nothing.graphml").status_code == 404
    void = c.get("/.well-known/void", headers={"Accept": "text/turtle"}).get_data(as_text=True)
    assert "<https://kg.example.org/exports/coparticipation.graphml>" in void


def test_export_over_http_agrees_with_the_servers_sparql(live_server: str) -> None:
    r = requests.get(live_server + "/exports/person-event.gexf", timeout=60)
    assert r.headers["Content-Type"].startswith("application/gexf+xml")
    answer = requests.post(
        live_server + "/sparql",
        data={"query": EXPECTED["person-event"]},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    ).json()
    edges = {
        frozenset((b["a"]["value"], b["b"]["value"])): int(b["w"]["value"])
        for b in answer["results"]["bindings"]
    }
    check(nx.read_gexf(io.BytesIO(r.content), version="1.3"), (edges, {n for pair in edges for n in pair}))


def test_cli_writes_each_format(tmp_path: Path) -> None:
    from graph.cli import cli
    from graph.store.oxigraph import OxigraphStore

    store_flags = ["--store", "oxigraph", "--store-path", str(tmp_path / "store")]
    runner = CliRunner()
    assert runner.invoke(cli, ["build", *store_flags]).exit_code == 0
    built_store = OxigraphStore(tmp_path / "store", read_only=True)  # the CLI's own store, for SPARQL
    out = tmp_path / "co.graphml"
    result = runner.invoke(
        cli,
        ["export-network", *store_flags, "--kind", "coparticipation", "--format", "graphml", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    expected = expected_edges(built_store, "coparticipation")
    check(nx.read_graphml(out), expected)
    result = runner.invoke(
        cli,
        [
            "export-network",
            *store_flags,
            "--kind",
            "person-event",
            "--format",
            "csv",
            "-o",
            str(tmp_path / "pe"),
        ],
    )
    assert result.exit_code == 0, result.output
    g = graph_from((tmp_path / "pe-edges.csv").read_bytes(), "csv", (tmp_path / "pe-nodes.csv").read_bytes())
    check(g, expected_edges(built_store, "person-event"))
    result = runner.invoke(
        cli, ["export-network", *store_flags, "--kind", "person-organisation", "--format", "gexf"]
    )
    check(
        nx.read_gexf(io.BytesIO(result.stdout_bytes), version="1.3"),
        expected_edges(built_store, "person-organisation"),
    )
