"""Discovery: the VoID description at ``/.well-known/void``, full dumps, and ``/health``.

Statistics and dumps cost a full scan each, so they are computed once per data version (the
store's generation; see `server.responses.data_version`) and kept.

Dumps are served as ``application/gzip`` files (``Content-Type: application/gzip``, no
``Content-Encoding``): a client saves exactly the ``.trig.gz`` / ``.nq.gz`` it asked for, and no
HTTP library decompresses it behind the caller's back.
"""

from __future__ import annotations

import atexit
import gzip
import shutil
import tempfile
import threading
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, send_file
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from graph.namespaces import KG, KGG, OSCE, SCHEMA, SD, SH, VOID, bind_prefixes
from graph.reference.wikidata import WIKIDATA_ENTITY
from graph.store.base import Store
from graph.store.formats import media_types
from server.kg import get_store, live_store, setting
from server.responses import data_version, negotiate, not_acceptable

bp = Blueprint("discovery", __name__)

VOID_OFFERS = list(media_types("turtle", "jsonld", "nt"))
_RDFLIB_FORMATS = dict(zip(VOID_OFFERS, ("turtle", "json-ld", "nt"), strict=True))
DUMPS = {"osce-kg.trig.gz": "trig", "osce-kg.nq.gz": "nquads"}
#: vocabularies the graph may reuse, by namespace; a vocabulary is listed when the data uses it
VOCABULARIES = [str(ns) for ns in (OSCE, ORG, SCHEMA, SKOS, PROV, DCTERMS, FOAF, RDFS, OWL, SH, XSD)]
MAX_GRAPH_SUBSETS = 200  # beyond this, document graphs are summarised in one subset


@dataclass
class Stats:
    triples: int
    graphs: dict[str, int]
    classes: dict[str, int]
    properties: dict[str, int]
    entities: int
    examples: list[str] = field(default_factory=list)
    wikidata_links: int = 0  # schema:sameAs links to Wikidata items (the VoID linkset)


def _int(row: dict[str, Any], var: str) -> int:
    return int(row[var].toPython()) if var in row else 0


def compute_stats(store: Store, base_iri: str) -> Stats:
    """Everything VoID states, from a handful of aggregate queries."""
    graphs = {
        str(r["g"]): _int(r, "n")
        for r in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
    }
    classes = {
        str(r["c"]): _int(r, "n")
        for r in store.query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c").rows
        if isinstance(r.get("c"), URIRef)
    }
    properties = {
        str(r["p"]): _int(r, "n")
        for r in store.query("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p").rows
    }
    space = Literal(base_iri + "id/").n3()  # a setting, not request data; n3() escapes it as a literal
    # entities: typed resources in our IRI space (a scan of rdf:type only; all subjects take 7x longer)
    rows = store.query(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c "
        f"FILTER(isIRI(?s) && STRSTARTS(STR(?s), {space})) }}"
    ).rows
    entities = _int(rows[0], "n") if rows else 0
    links = store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{SCHEMA.sameAs}> ?o "
        f'FILTER(isIRI(?o) && STRSTARTS(STR(?o), "{WIKIDATA_ENTITY}")) }}'
    ).rows
    return Stats(len(store), graphs, classes, properties, entities, _examples(store),
                 _int(links[0], "n") if links else 0)


def _examples(store: Store) -> list[str]:
    """A State (Finland when present), the seed's event, a person."""
    picks = [
        ("osce:ParticipatingState osce:State", KG["state/fin"]),
        ("schema:Event osce:Conference osce:Meeting", KG["event/alliance-against-trafficking-in-persons-18"]),
        ("schema:Person", None),
    ]
    out = []
    for types, preferred in picks:
        query = (f"PREFIX osce: <{OSCE}> PREFIX schema: <{SCHEMA}>\n"
                 f"SELECT ?s WHERE {{ VALUES ?t {{ {types} }} ?s a ?t }} LIMIT 1")
        rows = store.query(query, bindings={"s": preferred}).rows if preferred is not None else []
        rows = rows or store.query(query).rows
        if rows and isinstance(rows[0].get("s"), URIRef):
            out.append(str(rows[0]["s"]))
    return out


def void_graph(stats: Stats, public: str, base_iri: str) -> Graph:
    g = Graph()
    bind_prefixes(g)
    g.bind("void", VOID)
    g.bind("sd", SD)
    ds = URIRef(f"{public}/.well-known/void#osce-kg")
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCTERMS.title, Literal("OSCE knowledge graph", lang="en")))
    g.add(
        (
            ds,
            DCTERMS.description,
            Literal(
                "The Organization for Security and Co-operation in Europe as linked data: participating "
                "States and Partners, structures, field operations, meetings, people and the press "
                "releases that name them, with provenance per document.",
                lang="en",
            ),
        )
    )
    g.add((ds, VOID.triples, Literal(stats.triples, datatype=XSD.integer)))
    g.add((ds, VOID.entities, Literal(stats.entities, datatype=XSD.integer)))
    g.add((ds, VOID.classes, Literal(len(stats.classes), datatype=XSD.integer)))
    g.add((ds, VOID.properties, Literal(len(stats.properties), datatype=XSD.integer)))
    g.add((ds, VOID.distinctSubjects, Literal(stats.entities, datatype=XSD.integer)))
    g.add((ds, VOID.uriSpace, Literal(base_iri + "id/")))
    g.add((ds, VOID.sparqlEndpoint, URIRef(f"{public}/sparql")))
    g.add((ds, VOID.rootResource, KG["org/osce"]))
    for name in DUMPS:
        g.add((ds, VOID.dataDump, URIRef(f"{public}/dumps/{name}")))
    for fmt in ("Turtle", "N-Triples", "JSON-LD", "TriG", "N-Quads"):
        g.add((ds, VOID.feature, URIRef(f"http://www.w3.org/ns/formats/{fmt.replace('-', '_')}")))
    for ex in stats.examples:
        g.add((ds, VOID.exampleResource, URIRef(ex)))
    used = set(stats.properties) | set(stats.classes)
    for ns in VOCABULARIES:
        if any(t.startswith(ns) for t in used):
            g.add((ds, VOID.vocabulary, URIRef(ns)))
    for cls, n in sorted(stats.classes.items()):
        part = BNode()
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    for prop, n in sorted(stats.properties.items()):
        part = BNode()
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, Literal(n, datatype=XSD.integer)))
    g.add((ds, VOID.subset, _graph_subsets(g, ds, stats)))
    _wikidata_linkset(g, ds, stats, public)
    return g


def _wikidata_linkset(g: Graph, ds: URIRef, stats: Stats, public: str) -> None:
    """The links out to Wikidata (schema:sameAs from States, organisations and office-holders) as a
    void:Linkset with its size."""
    if not stats.wikidata_links:
        return
    wikidata = URIRef("http://www.wikidata.org/")
    linkset = URIRef(f"{public}/.well-known/void#wikidata-links")
    g.add((wikidata, RDF.type, VOID.Dataset))
    g.add((wikidata, DCTERMS.title, Literal("Wikidata", lang="en")))
    g.add((wikidata, VOID.uriSpace, Literal(WIKIDATA_ENTITY)))
    g.add((wikidata, VOID.sparqlEndpoint, URIRef("https://query.wikidata.org/sparql")))
    g.add((linkset, RDF.type, VOID.Linkset))
    g.add((linkset, VOID.subjectsTarget, ds))
    g.add((linkset, VOID.objectsTarget, wikidata))
    g.add((linkset, VOID.linkPredicate, SCHEMA.sameAs))
    g.add((linkset, VOID.triples, Literal(stats.wikidata_links, datatype=XSD.integer)))
    g.add((ds, VOID.subset, linkset))


def _graph_subsets(g: Graph, ds: URIRef, stats: Stats) -> URIRef:
    """One subset per named graph (a void:Dataset with sd:name and void:triples); when there are
    many document graphs they are summarised in one 'documents' subset with their count."""
    docs = {name: n for name, n in stats.graphs.items() if name.startswith(str(KGG) + "doc/")}
    individual = (
        stats.graphs
        if len(stats.graphs) <= MAX_GRAPH_SUBSETS
        else {k: v for k, v in stats.graphs.items() if k not in docs}
    )
    for i, (name, n) in enumerate(sorted(individual.items())):
        sub = URIRef(f"{ds}-graph-{i}")
        g.add((ds, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
        g.add((sub, SD.name, URIRef(name)))
        g.add((sub, VOID.triples, Literal(n, datatype=XSD.integer)))
    summary = URIRef(f"{ds}-documents")
    g.add((summary, RDF.type, VOID.Dataset))
    g.add(
        (
            summary,
            DCTERMS.description,
            Literal(
                f"{len(docs)} named graphs, one per ingested document (kgg:doc/…), each with its PROV-O"
                " description",
                lang="en",
            ),
        )
    )
    g.add((summary, VOID.triples, Literal(sum(docs.values()), datatype=XSD.integer)))
    g.add((summary, VOID.uriSpace, Literal(str(KGG) + "doc/")))
    g.add((ds, RDFS.comment, Literal(f"{len(stats.graphs)} named graphs in all", lang="en")))
    return summary


class _Memo:
    """Per-app memo of one value per data version (stats, dump files), computed under a lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.values: dict[Hashable, Any] = {}


def _memo(name: str) -> _Memo:
    memo: _Memo = current_app.extensions.setdefault(f"osce_kg_{name}", _Memo())
    return memo


def stats_for_request() -> Stats:
    store, memo = get_store(), _memo("stats")
    key = (data_version(store), setting("base_iri"))
    with memo.lock:
        if key not in memo.values:
            memo.values.clear()
            memo.values[key] = compute_stats(store, setting("base_iri"))
        stats: Stats = memo.values[key]
        return stats


def public_root() -> str:
    return (setting("public_url") or request.url_root).rstrip("/")


@bp.route("/.well-known/void")
def void() -> Response:
    media = negotiate(VOID_OFFERS)
    if media is None:
        return not_acceptable(VOID_OFFERS)
    g = void_graph(stats_for_request(), public_root(), setting("base_iri"))
    from server.exports import describe_exports

    describe_exports(g, URIRef(f"{public_root()}/.well-known/void#osce-kg"), public_root())
    body = g.serialize(format=_RDFLIB_FORMATS[media], encoding="utf-8")
    resp = Response(body, 200, content_type=media + ("; charset=utf-8" if media.startswith("text/") else ""))
    resp.headers["Vary"] = "Accept"
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


def _dump_dir() -> Path:
    d = current_app.extensions.get("osce_kg_dump_dir")
    if d is None:
        d = Path(tempfile.mkdtemp(prefix="osce-kg-dumps-"))
        atexit.register(shutil.rmtree, d, True)
        current_app.extensions["osce_kg_dump_dir"] = d
    return Path(d)


def dump_file(store: Store, name: str) -> Path:
    """The gzipped dump for the current data version, written once (to a temporary file, then
    renamed, so a reader never sees half a file)."""
    memo = _memo("dumps")
    version = data_version(store)
    with memo.lock:
        path = memo.values.get((name, version))
        if path is not None and Path(path).exists():
            return Path(path)
        for key, old in list(memo.values.items()):
            if isinstance(key, tuple) and key[0] == name:
                Path(old).unlink(missing_ok=True)
                del memo.values[key]
        target = _dump_dir() / f"{abs(hash(version))}-{name}"
        partial = target.with_suffix(".partial")
        with gzip.open(partial, "wb", compresslevel=6) as out:
            store.dump(out, DUMPS[name])  # type: ignore[arg-type]
        partial.replace(target)
        memo.values[(name, version)] = str(target)
        return target


@bp.route("/dumps/<name>")
def dump(name: str) -> Response:
    if name not in DUMPS:
        return Response(
            f"no dump named {name!r}; available: {', '.join(DUMPS)}\n", 404, mimetype="text/plain"
        )
    path = dump_file(get_store(), name)
    resp = send_file(
        path,
        mimetype="application/gzip",
        as_attachment=True,
        download_name=name,
        conditional=True,
        etag=f"{name}-{abs(hash(data_version(get_store())))}",
    )
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


@bp.route("/health")
def health() -> Response:
    """200 with counts when the store answers a query, 503 with the reason when it does not."""
    body: dict[str, Any] = {"store": setting("store")}
    try:
        store = get_store()
        store.query("ASK { ?s ?p ?o }")
        memo = _memo("health")
        version = data_version(store)
        with memo.lock:
            if version not in memo.values:
                memo.values.clear()
                memo.values[version] = (len(store), len(store.named_graphs()))
            triples, graphs = memo.values[version]
    except Exception as exc:  # any failure to query means unhealthy, whatever the backend raised
        body.update(status="unavailable", error=f"{type(exc).__name__}: {exc}")
        resp = jsonify(body)
        resp.status_code = 503
        return resp
    body.update(
        status="ok", triples=triples, named_graphs=graphs, generation=store.generation
    )
    live = live_store()
    if live is not None:  # which data is served, and when it last changed (graph/store/live.py)
        info = live.info()
        body.update(data_generation=info.data_generation, changed_at=info.changed_at,
                    refresh={"refreshed_at": info.refreshed_at, "seconds": info.refresh_seconds,
                             "count": info.refreshes, "error": info.error, "in_progress": info.in_progress})
    return jsonify(body)
