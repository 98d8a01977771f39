"""Participating States, Partners for Co-operation and their groups; ISO codes come from pycountry."""

from __future__ import annotations

from typing import Any

import pycountry
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from graph import ids
from graph.namespaces import KG, OSCE
from graph.reference.context import Context
from graph.reference.data_files import DATA_DIR, ReferenceDataError, read_rows, split_alt

FILE = "states.csv"
STATUSES = ("participating", "partner", "former")
GROUPS = {"asian": "Asian Partners for Co-operation",
          "mediterranean": "Mediterranean Partners for Co-operation"}


def partner_group(key: str) -> URIRef:
    return KG["partner-group/" + key]


def lookup_country(key: str, status: str) -> Any:
    """The pycountry record for a lookup key (historic database for former States)."""
    db = pycountry.historic_countries if status == "former" else pycountry.countries
    return db.lookup(key)


def pycountry_names(country: Any) -> list[str]:
    """Names pycountry knows, leaving out catalogue forms with a comma ("Korea, Republic of")."""
    names = [getattr(country, a, None) for a in ("name", "official_name", "common_name")]
    return [n for n in names if n and "," not in n]


def add_states(ctx: Context) -> None:
    g = ctx.graph
    for key, label in GROUPS.items():
        group = partner_group(key)
        g.add((group, RDF.type, OSCE.PartnerGroup))
        ctx.labels(group, label, [label.replace(" for Co-operation", ""), "OSCE " + label])
    for lineno, row in read_rows(FILE, ("label", "pycountry", "status")):
        where = f"{DATA_DIR / FILE}:{lineno}"
        status = row["status"]
        if status not in STATUSES:
            raise ReferenceDataError(f"{where}: status {status!r} is not one of {', '.join(STATUSES)}")
        try:
            country = lookup_country(row["pycountry"], status)
        except LookupError:
            raise ReferenceDataError(f"{where}: pycountry does not know {row['pycountry']!r}") from None
        s = ids.state(country.alpha_3)
        if s in ctx.states.values():
            raise ReferenceDataError(f"{where}: {row['label']!r} resolves to {s}, already used")
        ctx.states[row["label"]] = s
        g.add((s, RDF.type, OSCE.State))
        ctx.labels(s, row["label"], pycountry_names(country) + split_alt(row.get("alt", "")))
        if status != "former":
            g.add((s, SKOS.notation, Literal(country.alpha_2, datatype=OSCE.ISO3166Alpha2)))
        g.add((s, SKOS.notation, Literal(country.alpha_3, datatype=OSCE.ISO3166Alpha3)))
        since = row.get("since", "")
        since_lit = Literal(since, datatype=XSD.gYear) if since else None
        if status == "participating":
            g.add((s, RDF.type, OSCE.ParticipatingState))
            if since_lit is not None:
                g.add((s, OSCE.participatingSince, since_lit))
        elif status == "partner":
            group_key = row.get("group", "")
            if group_key not in GROUPS:
                raise ReferenceDataError(f"{where}: a partner needs group asian or mediterranean")
            g.add((s, RDF.type, OSCE.PartnerForCooperation))
            g.add((s, OSCE.partnerGroup, partner_group(group_key)))
            if since_lit is not None:
                g.add((s, OSCE.partnerSince, since_lit))
