"""`osce-kg load FILE...` on every backend: each file atomically, a malformed one named and not loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from store_servers import Server

from graph.cli import cli
from graph.store.oxigraph import OxigraphStore
from graph.store.remote import RemoteStore

EX = "https://w3id.org/osce-kg/id/test/"
KGG_FILE = "https://w3id.org/osce-kg/graph/file/"


def files(tmp: Path) -> list[Path]:
    g = Graph()
    for i in range(4):
        g.add((URIRef(f"{EX}s{i}"), URIRef(EX + "p"), Literal(f"value {i}", lang="en")))
    out = []
    for fmt, suffix in (("turtle", ".ttl"), ("xml", ".rdf"), ("json-ld", ".jsonld"), ("nt", ".nt")):
        p = tmp / f"good{suffix}"
        p.write_bytes(g.serialize(format=fmt, encoding="utf-8"))
        out.append(p)
    trig = tmp / "good.trig"
    trig.write_text(f"<{KGG_FILE}in-trig> {{ <{EX}t> <{EX}p> 1 . }}\n")
    nq = tmp / "good.nq"
    nq.write_text(f"<{EX}q> <{EX}p> \"2\" <{KGG_FILE}in-nquads> .\n")
    bad = tmp / "bad.ttl"
    bad.write_text(f"<{EX}ok> <{EX}p> 1 .\n<{EX}broken> <{EX}p> \"no end .\n")
    return [*out, trig, nq, bad]


@pytest.mark.parametrize("backend", ["oxigraph", "remote"])  # memory lives in one process: see the contract
def test_load_every_format_and_refuse_a_malformed_file(backend: str, tmp_path: Path,
                                                       request: pytest.FixtureRequest) -> None:
    args: list[str]
    if backend == "oxigraph":
        args = ["--store", "oxigraph", "--store-path", str(tmp_path / "store")]
    else:
        server: Server = request.getfixturevalue("oxigraph_server")
        RemoteStore(server.query_url, server.update_url).clear()
        args = ["--store", "remote", "--remote-query-url", server.query_url,
                "--remote-update-url", server.update_url]
    paths = files(tmp_path)
    result = CliRunner().invoke(cli, ["load", *map(str, paths), *args])
    assert result.exit_code == 1
    assert f"{tmp_path / 'bad.ttl'}" in result.output and "error" in result.output
    store = (OxigraphStore(tmp_path / "store") if backend == "oxigraph"
             else RemoteStore(server.query_url, server.update_url))
    try:
        graphs = store.named_graphs()
        assert graphs == sorted([KGG_FILE + n for n in ("good.jsonld", "good.nt", "good.rdf", "good.ttl")]
                                + [KGG_FILE + "in-nquads", KGG_FILE + "in-trig"])
        assert len(store.graph_triples(KGG_FILE + "good.rdf")) == 4
        assert len(store) == 4 * 4 + 2, "the malformed file left nothing behind"
    finally:
        if backend == "remote":
            store.clear()
        store.close()
