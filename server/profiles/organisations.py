"""Pages of organisations, field operations and States: who was affiliated with them over time, what
they organised or hosted, and how they sit among the OSCE's structures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rdflib.namespace import DCTERMS, ORG, SKOS

from graph.namespaces import OSCE, SCHEMA
from server import svg
from server.kinds import KINDS
from server.profiles.people import appearance_facts
from server.profiles.view import GraphView, Link, date_range, term_span

LIMIT = 100
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _latest(v: GraphView, nodes: list[str], date_of: Callable[[str], str]) -> tuple[list[str], int]:
    """The ``LIMIT`` most recent of ``nodes`` in date order, and how many earlier ones are left out.
    Dates come from bound lookups, so only the nodes shown are read in full."""
    dated = sorted((date_of(n), n) for n in set(nodes))
    return [n for _, n in dated[-LIMIT:]], max(0, len(dated) - LIMIT)


def _people_over_time(v: GraphView, appearances: list[str]) -> tuple[list[dict[str, Any]], int]:
    doc_dates: dict[str, str] = {}  # a document names several people: date it once

    def issued(a: str) -> str:
        doc = v.one(a, str(OSCE.document))
        if doc is None:
            return ""
        if doc not in doc_dates:
            doc_dates[doc] = v.one(doc, str(DCTERMS.issued)) or ""
        return doc_dates[doc]

    shown, more = _latest(v, appearances, issued)
    rows = [appearance_facts(v, a) for a in shown]
    for f in rows:
        f["person_link"] = v.link(f["person"])
        f["event_link"] = v.link(f["event"])
    rows.sort(key=lambda f: (f["issued"] or "", f["person_link"].text if f["person_link"] else ""))
    return rows, more


def people_timeline(rows: list[dict[str, Any]], title: str, limit: int = 15) -> Any:
    """One row per person (the most often stated first, at most ``limit``), a dot per stating document."""
    by_person: dict[str, svg.Row] = {}
    for f in rows:
        link = f["person_link"]
        if link is None or f["date"] is None:
            continue
        row = by_person.setdefault(link.text, svg.Row(link.text, link.href, f["title"] or ""))
        if f["date"] not in row.dates:
            row.dates.append(f["date"])
    picked = sorted(by_person.values(), key=lambda r: (-len(r.dates), r.label))[:limit]
    picked.sort(key=lambda r: (min(r.dates), r.label))
    return svg.timeline(picked, title=title) if picked else None


def _events_at(v: GraphView, events: list[str]) -> tuple[list[dict[str, Any]], int]:
    shown, more = _latest(v, events, lambda e: v.one(e, str(SCHEMA.startDate)) or "")
    rows: list[dict[str, Any]] = [
        {
            "event": v.link_of(e),
            "start": v.text(e, str(SCHEMA.startDate)) or "",
            "when": date_range(
                v.text(e, str(SCHEMA.startDate)),
                v.text(e, str(SCHEMA.endDate)),
                v.text(e, str(OSCE.datePrecision)),
            ),
            "place": v.link(v.iri(e, str(SCHEMA.location))),
        }
        for e in shown
    ]
    rows.sort(key=lambda r: (r["start"], r["event"].text))
    return rows, more


def _latest_documents(v: GraphView, docs: list[str]) -> tuple[list[tuple[Link, str]], int]:
    """The 20 most recent documents, newest first, and how many there are in all."""
    dated = sorted(((v.one(d, str(DCTERMS.issued)) or "", d) for d in set(docs)), reverse=True)
    return [(v.link_of(d), issued) for issued, d in dated[:20]], len(dated)


def _is_event(v: GraphView, iri: str) -> bool:
    return bool(set(KINDS["event"]) & set(v.bound(iri, _RDF_TYPE)))


def organisation_profile(v: GraphView, iri: str) -> dict[str, Any]:
    parent = v.iri(iri, str(ORG.subOrganizationOf)) or v.iri(iri, str(ORG.unitOf))
    units = sorted(
        (v.link_of(u) for u in {*v.subjects(str(ORG.subOrganizationOf), iri)}), key=lambda x: x.text
    )
    people, more_people = _people_over_time(v, v.subjects(str(OSCE.affiliation), iri))
    timeline = people_timeline(
        people, f"people affiliated with {v.label(iri)}, by the dates documents state it"
    )
    members: list[dict[str, Any]] = [  # office-holders: terms of this body's posts, in order (issue 20)
        {
            "person": v.link(v.iri(m, str(ORG.member))),
            "post": v.link(v.iri(m, str(OSCE.post))),
            "tenure": term_span(v.text(m, str(SCHEMA.startDate)), v.text(m, str(SCHEMA.endDate))),
            "acting": v.text(m, str(OSCE.acting)) == "true",
            "start": v.text(m, str(SCHEMA.startDate)) or "",
        }
        for m in v.subjects(str(ORG.organization), iri)
    ]
    members.sort(key=lambda r: (r["post"].text if r["post"] else "", r["start"]))
    series = v.subjects(str(SCHEMA.organizer), iri)
    organised = [e for s in series for e in v.subjects(str(SCHEMA.superEvent), s) if _is_event(v, e)]
    events, more_events = _events_at(v, organised)
    docs, doc_count = _latest_documents(v, v.subjects(str(DCTERMS.publisher), iri))
    field_op = str(OSCE.FieldOperation) in v.types(iri)
    closing = v.text(iri, str(OSCE.closingYear))
    opening = v.text(iri, str(OSCE.openingYear))
    return {
        "name": v.label(iri),
        "aliases": sorted(set(v.texts(iri, str(SKOS.altLabel))) - {v.label(iri)}),
        "kind": v.link(v.iri(iri, str(ORG.classification))),
        "field_operation": field_op,
        "host": v.link(v.iri(iri, str(OSCE.hostState)) or v.iri(iri, str(OSCE.hostTerritory))),
        "op_kind": v.link(v.iri(iri, str(OSCE.fieldOperationKind))),
        "years": (
            f"{opening[:4]}–{closing[:4]}"
            if closing and opening
            else f"since {opening[:4]}"
            if opening
            else ""
        ),
        "state": v.link(v.iri(iri, str(OSCE.ofState))),
        "seat": v.link(v.iri(iri, str(SCHEMA.location))),
        "parent": v.link(parent),
        "units": units,
        "posts": sorted((v.link_of(p) for p in v.subjects(str(ORG.postIn), iri)), key=lambda x: x.text)[
            :LIMIT
        ],
        "people": people,
        "more_people": more_people,
        "timeline": timeline,
        "members": members,
        "series": [v.link(s) for s in series],
        "events": events,
        "more_events": more_events,
        "documents": docs,
        "document_count": doc_count,
    }


def state_profile(v: GraphView, iri: str) -> dict[str, Any]:
    codes = sorted(v.texts(iri, str(SKOS.notation)), key=len)
    chair_by_year: dict[str, str] = {}
    for c in v.subjects(str(OSCE.chairState), iri):
        year = (v.text(c, str(OSCE.year)) or "")[:4]
        if year:
            chair_by_year.setdefault(year, c)
    field_ops: list[dict[str, Any]] = []
    for op in v.subjects(str(OSCE.hostState), iri):
        opening, closing = v.text(op, str(OSCE.openingYear)), v.text(op, str(OSCE.closingYear))
        years = (
            f"{(opening or '?')[:4]}–{closing[:4]}" if closing else f"since {opening[:4]}" if opening else ""
        )
        field_ops.append({"op": v.link_of(op), "years": years})
    field_ops.sort(key=lambda r: r["op"].text)
    bodies = v.subjects(str(OSCE.ofState), iri)
    represented = v.subjects(str(OSCE.representedState), iri)
    for body in bodies:
        represented += v.subjects(str(OSCE.affiliation), body)
    people, more_people = _people_over_time(v, sorted(set(represented)))
    timeline = people_timeline(
        people, f"people who represented {v.label(iri)}, by the dates documents state it"
    )
    places = v.subjects(str(SCHEMA.containedInPlace), iri)
    hosted = [e for p in places for e in v.subjects(str(SCHEMA.location), p) if _is_event(v, e)]
    events, more_events = _events_at(v, hosted)
    docs, doc_count = _latest_documents(v, v.subjects(str(SCHEMA.mentions), iri))
    since = v.text(iri, str(OSCE.participatingSince))
    partner = v.text(iri, str(OSCE.partnerSince))
    group = v.iri(iri, str(OSCE.partnerGroup))
    status = (
        f"OSCE participating State since {since[:4]}"
        if since
        else f"OSCE Partner for Co-operation since {partner[:4]}"
        if partner
        else "OSCE Partner for Co-operation"
        if group
        else ""
    )
    return {
        "name": v.label(iri),
        "aliases": sorted(set(v.texts(iri, str(SKOS.altLabel))) - {v.label(iri)}),
        "codes": codes,
        "status": status,
        "group": v.link(group),
        "chairs": [Link(y, v.href(c)) for y, c in sorted(chair_by_year.items())],
        "field_ops": field_ops,
        "bodies": sorted((v.link_of(b) for b in bodies), key=lambda x: x.text),
        "people": people,
        "more_people": more_people,
        "timeline": timeline,
        "events": events,
        "more_events": more_events,
        "places": sorted((v.link_of(p) for p in places), key=lambda x: x.text)[:LIMIT],
        "documents": docs,
        "document_count": doc_count,
    }


def place_profile(v: GraphView, iri: str) -> dict[str, Any]:
    """A place: the State it is in, the events held there and the documents written there."""
    hosted = [e for e in v.subjects(str(SCHEMA.location), iri) if _is_event(v, e)]
    events, more_events = _events_at(v, hosted)
    docs, doc_count = _latest_documents(v, v.subjects(str(SCHEMA.locationCreated), iri))
    return {
        "name": v.label(iri),
        "state": v.link(v.iri(iri, str(SCHEMA.containedInPlace))),
        "seats": sorted(
            (v.link_of(o) for o in v.subjects(str(SCHEMA.location), iri) if not _is_event(v, o)),
            key=lambda x: x.text,
        ),
        "events": events,
        "more_events": more_events,
        "documents": docs,
        "document_count": doc_count,
    }
