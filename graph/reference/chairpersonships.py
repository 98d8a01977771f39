"""The Chairpersonship of each year: which State held it."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from graph.namespaces import KG, OSCE
from graph.reference.context import Context
from graph.reference.data_files import DATA_DIR, ReferenceDataError, read_rows

FILE = "chairpersonships.csv"


def chairpersonship(year: int | str) -> URIRef:
    return KG[f"chairpersonship/{int(year):04d}"]


def add_chairpersonships(ctx: Context) -> None:
    g = ctx.graph
    for lineno, row in read_rows(FILE, ("year", "state")):
        where = f"{DATA_DIR / FILE}:{lineno}"
        if not row["year"].isdigit() or len(row["year"]) != 4:
            raise ReferenceDataError(f"{where}: year {row['year']!r} is not YYYY")
        s = chairpersonship(row["year"])
        if (s, RDF.type, OSCE.Chairpersonship) in g:
            raise ReferenceDataError(f"{where}: year {row['year']} given twice")
        state = ctx.state(row["state"], where)
        title = "CSCE Chairmanship" if int(row["year"]) < 1995 else "OSCE Chairpersonship"
        g.add((s, RDF.type, OSCE.Chairpersonship))
        g.add((s, OSCE.year, Literal(row["year"], datatype=XSD.gYear)))
        g.add((s, OSCE.chairState, state))
        ctx.labels(s, f"{title} {row['year']} ({row['state']})")
