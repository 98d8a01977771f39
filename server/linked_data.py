"""Linked data: every IRI the graph mints resolves here, and so do the ontology and the shapes.

The public base (setting ``base_iri``, default ``https://w3id.org/osce-kg/``) is mapped onto this
server's root: ``{base}id/state/fin`` is answered at ``/id/state/fin``, ``{base}graph/doc/…`` at
``/graph/doc/…``, ``{base}def`` (and every ``{base}def#Term``) at ``/def``, ``{base}shapes`` at
``/shapes``.

Each such IRI is answered *directly with 200* (no 303 redirect): the IRIs name things, but since
the w3id.org redirect already separates the thing from this server's document, a second hop would
only cost clients a round trip. The representation is chosen by content negotiation (``Accept`` with
q-values: HTML, Turtle, JSON-LD, N-Triples, RDF/XML, TriG, N-Quads) or by a suffix (``.html``,
``.ttl``, ``.jsonld``, ``.nt``, ``.rdf``, ``.trig``, ``.nq``); negotiated answers carry ``Vary:
Accept`` and a ``Content-Location`` naming the suffixed variant. Unknown IRIs get a 404 page that says
how IRIs are formed and where to look instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, Response, current_app, render_template, request

from graph.namespaces import KGG
from graph.paths import ONTOLOGY_FILE, SHAPES_FILE
from graph.store.formats import media_type, media_types
from server.entities import ENTITY_FORMATS, RDF_OUTPUTS, Description, describe, entity_rdf
from server.html import Cell, SourceLink, cell, curie, href_for, local_path
from server.kg import get_store, setting
from server.negotiation import HTML_TYPES, best_offer
from server.responses import ResponseCache, data_version, not_acceptable
from server.vocabulary import build_ontology_doc, build_shapes_doc, cached_parse

bp = Blueprint("linked_data", __name__)

SUFFIXES = {".html": "text/html", **{f.suffix: f.media_type for f in ENTITY_FORMATS if f.suffix}}
SUFFIX_OF = {mt: sfx for sfx, mt in SUFFIXES.items()}
ENTITY_OFFERS = ["text/html", *RDF_OUTPUTS]
_SUFFIX_RE = re.compile(r"^(.*?)(" + "|".join(re.escape(sfx) for sfx in SUFFIXES) + ")$")
_PRED_ORDER = {"rdf:type": 0, "skos:prefLabel": 1, "schema:name": 2, "dcterms:title": 3, "rdfs:label": 4}

Rendered = tuple[int, bytes, str, dict[str, str]]


def init_app(app: Flask) -> None:
    """The blueprint and the cache of rendered answers it shares with ``EntityFastPath`` (which
    ``create_app`` installs)."""
    app.extensions["osce_kg_ld_cache"] = ResponseCache(app.config["KG"]["cache_size"])
    app.register_blueprint(bp)


def _cache() -> ResponseCache:
    cache: ResponseCache = current_app.extensions["osce_kg_ld_cache"]
    return cache


def split_suffix(name: str) -> tuple[str, str | None]:
    m = _SUFFIX_RE.match(name)
    return (m.group(1), SUFFIXES[m.group(2)]) if m else (name, None)


def _choose(name: str, offers: list[str]) -> tuple[str, str | None, bool]:
    """(name without suffix, media type or None for 406, whether it was negotiated)."""
    return choose_variant(name, request.headers.get("Accept"), tuple(offers))


def choose_variant(name: str, accept: str | None, offers: tuple[str, ...]) -> tuple[str, str | None, bool]:
    bare, media = split_suffix(name)
    if media is not None:
        return bare, (media if media in offers else None), False
    media = best_offer(accept, offers)
    if media in HTML_TYPES:
        media = "text/html"
    return bare, media, True


def response_headers(status: int, media: str, negotiated: bool, location: str) -> list[tuple[str, str]]:
    headers = [("Content-Type", media + ("; charset=utf-8" if media.startswith("text/") else "")),
               ("Access-Control-Allow-Origin", "*")]
    if negotiated:
        headers.append(("Vary", "Accept"))
        if status == 200:
            headers.append(("Content-Location", location))
    return headers


def _respond(key: tuple[Any, ...], make: Callable[[], Rendered], negotiated: bool, location: str) -> Response:
    full_key = (*key, data_version(get_store()), request.script_root)
    status, body, media, _ = _cache().get_or_make(full_key, make)
    return Response(body, status, headers=response_headers(status, media, negotiated, location))


class EntityFastPath:
    """WSGI middleware answering ``GET /id/…`` and ``/graph/…`` without Flask when it can: every
    cached answer, and RDF representations of known entities (describe + serialize need no request
    context). HTML pages to render, 404 pages, 406s and anything unusual fall through to Flask, whose
    view fills the same cache. Per-request framework overhead is most of a point lookup's cost."""

    def __init__(self, app: Any, inner: Callable[..., Any]) -> None:
        self.app = app
        self.inner = inner

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        answer = None
        if environ.get("REQUEST_METHOD") in ("GET", "HEAD") and not environ.get("QUERY_STRING"):
            raw = environ.get("PATH_INFO", "")
            if raw.startswith(("/id/", "/graph/")):
                answer = self._answer(environ, raw.encode("latin-1").decode("utf-8", "replace"))
        if answer is None:
            return self.inner(environ, start_response)
        status, headers, body = answer
        start_response(f"{status} {'OK' if status == 200 else 'Not Found'}",
                       [*headers, ("Content-Length", str(len(body)))])
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else body]

    def _answer(self, environ: dict[str, Any], path: str) -> tuple[int, list[tuple[str, str]], bytes] | None:
        space, _, name = path[1:].partition("/")
        bare, media, negotiated = choose_variant(name, environ.get("HTTP_ACCEPT"), tuple(ENTITY_OFFERS))
        if media is None or not bare:
            return None
        settings = self.app.config["KG"]
        store = self.app.extensions["osce_kg"]
        root = environ.get("SCRIPT_NAME", "")
        iri = f"{settings['base_iri']}{space}/{bare}"
        cache: ResponseCache = self.app.extensions["osce_kg_ld_cache"]
        key = ("entity", iri, media, data_version(store), root)
        hit = cache.get(key)
        if hit is None:
            if media == "text/html":
                return None
            body = entity_rdf(store, iri, media)
            if body is None:
                return None
            hit = cache.put(key, (200, body, media, {}))
        status, body, media, _ = hit
        location = f"{root}/{space}/{bare}{SUFFIX_OF[media]}"
        return status, response_headers(status, media, negotiated, location), body


# -- entities ------------------------------------------------------------------------------------
@bp.route("/id/<path:name>")
def entity(name: str) -> Response:
    return _resource("id", name)


@bp.route("/graph/<path:name>")
def graph_resource(name: str) -> Response:
    return _resource("graph", name)


def _resource(space: str, name: str) -> Response:
    bare, media, negotiated = _choose(name, ENTITY_OFFERS)
    if media is None:
        return not_acceptable(ENTITY_OFFERS)
    iri = f"{setting('base_iri')}{space}/{bare}"
    location = f"{request.script_root}/{space}/{bare}{SUFFIX_OF[media]}"
    return _respond(("entity", iri, media), lambda: _render_entity(iri, media), negotiated, location)


def _render_entity(iri: str, media: str) -> Rendered:
    if media != "text/html":
        body = entity_rdf(get_store(), iri, media)
        return (200, body, media, {}) if body is not None else _not_found(iri)
    d = describe(get_store(), iri)
    if not d.exists:
        return _not_found(iri)
    view = _entity_view(d)
    from server.profiles import render_profile

    html = render_profile(get_store(), d, setting("base_iri"), request.script_root, view)
    return 200, (html or render_template("entity.html", **view)).encode(), media, {}


def _not_found(iri: str) -> Rendered:
    html = render_template("not_found.html", iri=iri, base_iri=setting("base_iri"), kind=_kind_of(iri))
    return 404, html.encode(), "text/html", {}


def _kind_of(iri: str) -> str | None:
    base = setting("base_iri") + "id/"
    if iri.startswith(base) and "/" in iri[len(base) :]:
        return iri[len(base) :].split("/", 1)[0]
    return None


def _entity_view(d: Description) -> dict[str, Any]:
    base, root = setting("base_iri"), request.script_root

    graph_names = {str(KGG["ontology"]): "ontology", str(KGG["reference"]): "reference data"}

    def source_view(graph: str) -> SourceLink:
        src = d.sources[graph]
        if src.document:
            return SourceLink(src.title or curie(src.document), href_for(src.document, base, root),
                              local_path(graph, base, root))
        return SourceLink(graph_names.get(graph, curie(graph)))

    def grouped(statements: list[Any], incoming: bool) -> list[dict[str, Any]]:
        by_key: dict[tuple[str, str, str], dict[str, Any]] = {}
        for st in statements:
            pred = cell(st.predicate, base, root)
            value = cell(st.value, base, root, label=st.label)
            key = (pred.value, value.kind, value.value + "@" + (value.lang or "") + (value.datatype or ""))
            row = by_key.setdefault(key, {"pred": pred, "value": value, "sources": []})
            row["sources"].append(source_view(st.graph))
        rows = list(by_key.values())
        rows.sort(key=lambda r: (_PRED_ORDER.get(r["pred"].text, 9), r["pred"].text, r["value"].text.lower()))
        return rows

    documents = [source_view(g) for g, s in d.sources.items() if s.document]
    return {
        "iri": d.iri,
        "label": d.label,
        "types": [cell(t.value, base, root, label=t.label) for t in d.types],
        "outgoing": grouped(d.outgoing, False),
        "incoming": grouped(d.incoming, True),
        "incoming_truncated": d.incoming_truncated,
        "documents": sorted(documents, key=lambda x: x.text),
        "graphs": sorted({graph_names.get(g, curie(g)) for g in d.sources}),
        "formats": [(sfx.lstrip("."), mt) for sfx, mt in SUFFIXES.items() if sfx != ".html"],
        "path": (local_path(d.iri, base, root) or ""),
    }


# -- ontology and shapes -------------------------------------------------------------------------
VOCAB_OFFERS = ["text/html", *media_types("turtle", "jsonld", "nt", "rdfxml")]


def _file_setting(key: str, default: Path) -> Path:
    return Path(current_app.config.get(key, default))


@bp.route("/def", defaults={"name": "def"})
@bp.route("/<any('def.html', 'def.ttl', 'def.jsonld', 'def.nt', 'def.rdf'):name>")
@bp.route("/def/<path:name>")
def ontology(name: str) -> Response:
    """The ontology namespace (and its version IRIs ``/def/1.0.0``): documentation or Turtle."""
    _, media, negotiated = _choose(name, VOCAB_OFFERS)
    if media is None:
        return not_acceptable(VOCAB_OFFERS)
    path = _file_setting("OSCE_ONTOLOGY_FILE", ONTOLOGY_FILE)
    base = setting("base_iri")

    def make() -> Rendered:
        if media != "text/html":
            return 200, _rdf_file(path, media), media, {}
        doc = cached_parse(path, "ontology:" + base, lambda p: build_ontology_doc(p, base + "def#"))
        return 200, render_template("ontology.html", doc=doc, base=base).encode(), media, {}

    return _respond(
        ("def", str(path), media), make, negotiated, f"{request.script_root}/def{SUFFIX_OF[media]}"
    )


@bp.route("/shapes", defaults={"name": "shapes"})
@bp.route("/<any('shapes.html', 'shapes.ttl', 'shapes.jsonld', 'shapes.nt', 'shapes.rdf'):name>")
def shapes(name: str) -> Response:
    _, media, negotiated = _choose(name, VOCAB_OFFERS)
    if media is None:
        return not_acceptable(VOCAB_OFFERS)
    path = _file_setting("OSCE_SHAPES_FILE", SHAPES_FILE)
    if not path.exists():
        return Response("the shapes file is not part of this deployment\n", 404, mimetype="text/plain")

    def make() -> Rendered:
        if media != "text/html":
            return 200, _rdf_file(path, media), media, {}
        docs = cached_parse(path, "shapes", build_shapes_doc)
        return 200, render_template("shapes.html", shapes=docs).encode(), media, {}

    return _respond(
        ("shapes", str(path), media), make, negotiated, f"{request.script_root}/shapes{SUFFIX_OF[media]}"
    )


def _rdf_file(path: Path, media: str) -> bytes:
    """Turtle is the file itself (comments kept); other formats are re-serialised from it."""
    if media == media_type("turtle"):
        return path.read_bytes()
    import pyoxigraph as ox

    fmt = RDF_OUTPUTS[media][0]
    triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    return ox.serialize(triples, format=fmt) or b""


def term_cells(values: list[str]) -> list[Cell]:
    """Cells for the documentation templates: IRIs become links (ours to their anchors), text stays text."""
    base, root = setting("base_iri"), request.script_root
    out = []
    for v in values:
        if v.startswith(("http://", "https://")):
            out.append(Cell("uri", v, curie(v), href_for(v, base, root)))
        else:
            out.append(Cell("literal", v, v))
    return out


@bp.app_template_global("term_cells")
def _term_cells_global(values: list[str]) -> list[Cell]:
    return term_cells(values)
