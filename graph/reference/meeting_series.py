"""Meeting series: the osce.org menu's and the descriptive ones the corpus conventions use."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import RDF

from graph import ids
from graph.namespaces import OSCE, SCHEMA
from graph.reference.context import Context
from graph.reference.data_files import DATA_DIR, ReferenceDataError, read_rows, split_alt

FILE = "meeting_series.csv"


def series(slug: str) -> URIRef:
    return ids.iri("series", slug)


def add_meeting_series(ctx: Context) -> None:
    seen: set[URIRef] = set()
    for lineno, row in read_rows(FILE, ("label",)):
        where = f"{DATA_DIR / FILE}:{lineno}"
        s = series(row.get("slug") or ids.slugify(row["label"]))
        if s in seen:
            raise ReferenceDataError(f"{where}: series {s} defined twice")
        seen.add(s)
        ctx.graph.add((s, RDF.type, OSCE.MeetingSeries))
        ctx.graph.add((s, RDF.type, SCHEMA.EventSeries))
        ctx.labels(s, row["label"], split_alt(row.get("alt", "")))
        if row.get("organizer"):
            ctx.graph.add((s, SCHEMA.organizer, ctx.org(row["organizer"], where)))
