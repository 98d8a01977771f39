"""OSCE field operations, open and closed, with host, kind and years."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import ORG, RDF, XSD

from graph import ids
from graph.namespaces import OSCE, SCHEMA
from graph.reference.context import Context
from graph.reference.data_files import DATA_DIR, ReferenceDataError, read_rows, split_alt

FILE = "field_operations.csv"


def add_field_operations(ctx: Context) -> None:
    g = ctx.graph
    osce = ctx.org("osce", FILE)
    for lineno, row in read_rows(FILE, ("label", "kind", "host", "opened")):
        where = f"{DATA_DIR / FILE}:{lineno}"
        slug = ids.slugify(row["label"])
        if slug in ctx.orgs:
            raise ReferenceDataError(f"{where}: organisation slug {slug!r} used twice")
        s = ctx.orgs[slug] = ids.org(slug)
        for cls in (OSCE.FieldOperation, OSCE.Structure, ORG.OrganizationalUnit):
            g.add((s, RDF.type, cls))
        ctx.labels(s, row["label"], ["OSCE " + row["label"], *split_alt(row.get("alt", ""))])
        g.add((s, ORG.classification, ids.concept("org-kind", "field operation")))
        g.add((s, OSCE.fieldOperationKind, ids.concept("field-op-kind", row["kind"])))
        g.add((s, ORG.subOrganizationOf, osce))
        g.add((s, ORG.unitOf, osce))
        host = row["host"]
        if host.startswith("place:"):
            g.add((s, OSCE.hostTerritory, ctx.place(host.removeprefix("place:"), where)))
        else:
            g.add((s, OSCE.hostState, ctx.state(host, where)))
        opened, closed = row["opened"], row.get("closed", "")
        if closed and int(closed) < int(opened):
            raise ReferenceDataError(f"{where}: closed {closed} before opened {opened}")
        g.add((s, OSCE.openingYear, Literal(opened, datatype=XSD.gYear)))
        if closed:
            g.add((s, OSCE.closingYear, Literal(closed, datatype=XSD.gYear)))
        g.add((s, OSCE.isOpen, Literal(not closed)))
        if row.get("founded"):
            g.add((s, SCHEMA.foundingDate, Literal(row["founded"], datatype=XSD.date)))
