"""Network exports at ``/exports/``: the networks of `graph.network` as GraphML, GEXF and CSV files,
made once per data version and kept (building one reads every appearance), and listed in VoID."""

from __future__ import annotations

import threading
from collections.abc import Hashable
from typing import Any

from flask import Blueprint, Response, current_app, render_template
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS

from graph.network import DESCRIPTIONS, FORMATS, KINDS, build_network, write
from server.kg import get_store
from server.responses import data_version

bp = Blueprint("exports", __name__)

_FORMAT_NAMES = {"graphml": "GraphML", "gexf": "GEXF 1.3", "nodes.csv": "CSV nodes", "edges.csv": "CSV edges"}


def file_names() -> list[tuple[str, str, str]]:
    """(file name, network kind, format) of every export."""
    return [
        (f"{kind}{'-' if fmt.endswith('csv') else '.'}{fmt}", kind, fmt) for kind in KINDS for fmt in FORMATS
    ]


_BY_NAME = {name: (kind, fmt) for name, kind, fmt in file_names()}


class _Memo:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.version: Hashable = None
        self.files: dict[str, bytes] = {}


def export_bytes(name: str) -> bytes:
    memo: _Memo = current_app.extensions.setdefault("osce_kg_exports", _Memo())
    store = get_store()
    version = data_version(store)
    kind, fmt = _BY_NAME[name]
    with memo.lock:
        if memo.version != version:
            memo.version, memo.files = version, {}
        if name not in memo.files:
            memo.files[name] = write(build_network(store, kind), fmt)
        return memo.files[name]


@bp.route("/exports/")
def listing() -> str:
    rows = [
        {
            "kind": kind,
            "description": DESCRIPTIONS[kind],
            "files": [(name, _FORMAT_NAMES[fmt]) for name, k, fmt in file_names() if k == kind],
        }
        for kind in KINDS
    ]
    return render_template("exports.html", networks=rows)


@bp.route("/exports/<name>")
def export_file(name: str) -> Response:
    if name not in _BY_NAME:
        return Response(f"no export named {name!r}; see /exports/\n", 404, mimetype="text/plain")
    media = FORMATS[_BY_NAME[name][1]]
    resp = Response(export_bytes(name), 200, mimetype=media)
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


def describe_exports(g: Graph, dataset: URIRef, public: str) -> None:
    """VoID: each export as an ``rdfs:seeAlso`` of the dataset, with its title and media type."""
    for name, kind, fmt in file_names():
        url = URIRef(f"{public}/exports/{name}")
        g.add((dataset, RDFS.seeAlso, url))
        g.add((url, DCTERMS.title, Literal(f"{kind} network, {_FORMAT_NAMES[fmt]}", lang="en")))
        g.add((url, DCTERMS.description, Literal(DESCRIPTIONS[kind], lang="en")))
        g.add((url, DCTERMS["format"], Literal(FORMATS[fmt])))


__all__ = ["bp", "describe_exports", "export_bytes", "file_names"]


def openapi_paths() -> dict[str, Any]:
    """``/exports/`` in the OpenAPI description (server.openapi)."""
    files = [name for name, _, _ in file_names()]
    content = {media: {"schema": {"type": "string"}} for media in sorted(set(FORMATS.values()))}
    return {
        "/exports/": {
            "get": {
                "tags": ["Discovery"],
                "operationId": "exports",
                "summary": "Network exports",
                "description": "The networks and their files.",
                "parameters": [],
                "responses": {
                    "200": {"description": "HTML", "content": {"text/html": {"schema": {"type": "string"}}}}
                },
            }
        },
        "/exports/{file}": {
            "get": {
                "tags": ["Discovery"],
                "operationId": "exportFile",
                "summary": "A network file",
                "description": "Co-participation, person-organisation or person-event network as GraphML,"
                " GEXF or CSV (nodes, edges); nodes carry label, kind and IRI, edges a weight.",
                "parameters": [
                    {
                        "name": "file",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "enum": files},
                    }
                ],
                "responses": {
                    "200": {"description": "the file", "content": content},
                    "404": {
                        "description": "No such export.",
                        "content": {"text/plain": {"schema": {"type": "string"}}},
                    },
                },
            }
        },
    }
