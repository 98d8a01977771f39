"""Links out to Wikidata: ``schema:sameAs <http://www.wikidata.org/entity/{qid}>`` for the States and the
OSCE (``wikidata.csv``; each identifier with the source it was checked against)."""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDF

from graph import ids
from graph.namespaces import OSCE, SCHEMA
from graph.reference.context import Context
from graph.reference.data_files import DATA_DIR, ReferenceDataError, read_rows

FILE = "wikidata.csv"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
_QID = re.compile(r"^Q[1-9][0-9]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


def entity(qid: str) -> URIRef:
    return URIRef(WIKIDATA_ENTITY + qid)


def add_wikidata_links(ctx: Context) -> None:
    g = ctx.graph
    seen_qids: dict[str, str] = {}
    linked: set[URIRef] = set()
    for lineno, row in read_rows(FILE, ("kind", "key", "qid", "source", "checked")):
        where = f"{DATA_DIR / FILE}:{lineno}"
        if not _QID.match(row["qid"]):
            raise ReferenceDataError(f"{where}: {row['qid']!r} is not a Wikidata item identifier (Q…)")
        if row["qid"] in seen_qids:
            raise ReferenceDataError(f"{where}: {row['qid']} is already linked at {seen_qids[row['qid']]}")
        seen_qids[row["qid"]] = where
        if not row["source"].startswith(("http://", "https://")):
            raise ReferenceDataError(f"{where}: source must be a URL")
        if row["kind"] == "state":
            if not _ISO3.match(row["key"]):
                raise ReferenceDataError(f"{where}: a State's key is its ISO 3166-1 alpha-3 code")
            node = ids.state(row["key"])
            if (node, RDF.type, OSCE.State) not in g:
                raise ReferenceDataError(f"{where}: no State with alpha-3 code {row['key']}")
        elif row["kind"] == "org":
            node = ctx.org(row["key"], where)
        else:
            raise ReferenceDataError(f"{where}: kind {row['kind']!r} is not state or org")
        if node in linked:
            raise ReferenceDataError(f"{where}: {node} is linked twice")
        linked.add(node)
        g.add((node, SCHEMA.sameAs, entity(row["qid"])))
