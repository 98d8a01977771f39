"""Places the reference data points to: seats of OSCE structures and the territory of Kosovo."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import RDF

from graph import ids
from graph.namespaces import SCHEMA
from graph.reference.context import Context
from graph.reference.data_files import DATA_DIR, read_rows, split_alt

FILE = "places.csv"


def place(slug: str) -> URIRef:
    return ids.iri("place", slug)


def add_places(ctx: Context) -> None:
    for lineno, row in read_rows(FILE, ("slug", "label")):
        s = place(row["slug"])
        ctx.places[row["slug"]] = s
        ctx.graph.add((s, RDF.type, SCHEMA.Place))
        ctx.labels(s, row["label"], split_alt(row.get("alt", "")))
        if row.get("state"):
            state = ctx.state(row["state"], f"{DATA_DIR / FILE}:{lineno}")
            ctx.graph.add((s, SCHEMA.containedInPlace, state))
