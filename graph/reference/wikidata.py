"""Links out to Wikidata: ``schema:sameAs <http://www.wikidata.org/entity/{qid}>`` for the States, the
OSCE and its structures, and office-holders (``wikidata.csv``; each identifier with the source it was
checked against). Runs after the office terms, so a ``person`` row can only name a person they minted."""

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
KINDS = ("state", "org", "person")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def entity(qid: str) -> URIRef:
    return URIRef(WIKIDATA_ENTITY + qid)


def _node(ctx: Context, kind: str, key: str, where: str) -> URIRef:
    """The node a row links: a State by alpha-3 code, an organisation by kg:org slug, an office-holder by
    the kg:person slug the office terms minted."""
    g = ctx.graph
    if kind == "state":
        if not _ISO3.match(key):
            raise ReferenceDataError(f"{where}: a State's key is its ISO 3166-1 alpha-3 code")
        node = ids.state(key)
        if (node, RDF.type, OSCE.State) not in g:
            raise ReferenceDataError(f"{where}: no State with alpha-3 code {key}")
        return node
    if kind == "org":
        return ctx.org(key, where)
    if kind == "person":
        if not _SLUG.match(key):
            raise ReferenceDataError(f"{where}: a person's key is the slug of kg:person/{{slug}}: {key!r}")
        node = ids.iri("person", key)
        if (node, RDF.type, SCHEMA.Person) not in g:
            raise ReferenceDataError(f"{where}: no office-holder kg:person/{key} (office_terms.csv)")
        return node
    raise ReferenceDataError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")


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
        node = _node(ctx, row["kind"], row["key"], where)
        if node in linked:
            raise ReferenceDataError(f"{where}: {node} is linked twice")
        linked.add(node)
        g.add((node, SCHEMA.sameAs, entity(row["qid"])))
