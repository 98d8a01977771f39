"""A person's page: posts over time, events with role, post and quotation, organisations, the people
met at events (an ego network), and the documents that say all this.

Everything comes from the person's appearances (one per document) and any dated memberships; what a
document states is shown with that document's date, since the graph records when a post was *stated*,
not when it was held.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any
from urllib.parse import urlparse

from rdflib.namespace import DCTERMS, ORG, PROV, SKOS

from graph.namespaces import OSCE, SCHEMA
from server import svg
from server.profiles.view import GraphView, Link, date_range, long_date, parse_date, term_span

P_PERSON, P_EVENT, P_DOC = str(OSCE.person), str(OSCE.event), str(OSCE.document)


def appearance_facts(v: GraphView, a: str) -> dict[str, Any]:
    """What one appearance says, with links: used by the person, event and organisation pages."""
    doc = v.iri(a, P_DOC)
    issued = v.text(doc, str(DCTERMS.issued)) if doc else None
    post = v.iri(a, str(OSCE.statedPost))
    title = v.text(a, str(OSCE.statedTitle)) or (v.label(post) if post else "")
    org = v.iri(a, str(OSCE.affiliation)) or (v.iri(post, str(ORG.postIn)) if post else None)
    start = v.text(a, str(OSCE.charStart))
    doc_href = v.href(doc) if doc else None
    return {
        "appearance": a,
        "person": v.iri(a, P_PERSON),
        "event": v.iri(a, P_EVENT),
        "doc": doc,
        "doc_link": v.link(doc),
        "issued": issued,
        "date": parse_date(issued),
        "post": post,
        "title": title,
        "post_link": Link(title, v.href(post) if post else None) if title else None,
        "org": org,
        "org_link": v.link(org),
        "state_link": v.link(v.iri(a, str(OSCE.representedState))),
        "roles": [v.label(r) for r in v.iris(a, str(OSCE.roleType))],
        "quoted": v.text(a, str(OSCE.quoted)) == "true",
        "quotations": sorted(v.texts(a, str(OSCE.quotation)), key=len),
        "sentence": v.text(a, str(OSCE.sourceSentence)) or "",
        "sentence_href": f"{doc_href}#s-{start}" if doc_href and start is not None else doc_href,
        "name": v.text(a, str(OSCE.statedName)),
    }


def person_profile(v: GraphView, iri: str) -> dict[str, Any]:
    name = v.label(iri)
    apps = [appearance_facts(v, a) for a in v.subjects(P_PERSON, iri)]
    apps.sort(key=lambda f: (f["issued"] or "", f["doc"] or ""))
    spellings = sorted({*v.texts(iri, str(SKOS.altLabel)), *(f["name"] for f in apps if f["name"])} - {name})

    # posts: one row per post (or per stated title when it names no post), with the dates that state it
    posts: dict[str, dict[str, Any]] = {}
    for f in apps:
        if not f["title"]:
            continue
        key = f["post"] or "title:" + f["title"]
        row = posts.setdefault(key, {"post": f["post_link"], "org": f["org_link"], "dates": [], "docs": []})
        if f["date"] and f["date"] not in row["dates"]:
            row["dates"].append(f["date"])
        if f["doc_link"] and f["doc_link"] not in row["docs"]:
            row["docs"].append(f["doc_link"])
    for m in v.subjects(str(ORG.member), iri):
        post = v.iri(m, str(OSCE.post))
        org = v.iri(m, str(ORG.organization))
        key = post or "org:" + (org or m)
        if "start" in posts.get(key, {}):  # a second term of the same post: a row of its own
            key += " " + m
        row = posts.setdefault(
            key, {"post": v.link(post) or Link("member"), "org": v.link(org), "dates": [], "docs": []}
        )
        row["start"] = parse_date(v.text(m, str(SCHEMA.startDate)))
        row["end"] = parse_date(v.text(m, str(SCHEMA.endDate)))
        row["tenure"] = term_span(v.text(m, str(SCHEMA.startDate)), v.text(m, str(SCHEMA.endDate)))
        row["term_sources"] = [Link(urlparse(u).netloc or u, u) for u in v.iris(m, str(PROV.wasDerivedFrom))]
    post_rows = sorted(
        posts.values(),
        key=lambda r: (
            min(r["dates"]) if r["dates"] else r.get("start") or parse_date("9999-01-01"),
            r["post"].text,
        ),
    )
    for r in post_rows:
        r["dates"].sort()
        r["stated"] = ", ".join(long_date(d.isoformat()) for d in r["dates"])
    timeline = svg.timeline(
        [
            svg.Row(
                r["post"].text,
                r["post"].href,
                r["org"].text if r["org"] else "",
                r["dates"],
                r.get("start"),
                r.get("end"),
            )
            for r in post_rows
        ],
        title=f"posts of {name} by the dates documents state them",
    )

    # events, in date order, each with the post stated at the time and what was quoted
    events: dict[str, dict[str, Any]] = {}
    unattached = []
    for f in apps:
        if f["event"] is None:
            unattached.append(f)
            continue
        e = f["event"]
        row = events.setdefault(
            e,
            {
                "event": v.link(e),
                "when": date_range(
                    v.text(e, str(SCHEMA.startDate)),
                    v.text(e, str(SCHEMA.endDate)),
                    v.text(e, str(OSCE.datePrecision)),
                ),
                "sort": v.text(e, str(SCHEMA.startDate)) or f["issued"] or "",
                "reports": [],
            },
        )
        row["reports"].append(f)
    event_rows = sorted(events.values(), key=lambda r: (r["sort"], r["event"].text))

    organisations: dict[str, list[Any]] = {}
    for f in apps:
        if f["org"]:
            organisations.setdefault(f["org"], [f["org_link"], 0])[1] += 1
    org_rows = sorted(organisations.values(), key=lambda r: (-r[1], r[0].text))

    # the ego network: everyone who appears at one of this person's events
    shared: dict[str, set[str]] = defaultdict(set)
    for e in events:
        for a in v.subjects(P_EVENT, e):
            other = v.iri(a, P_PERSON)
            if other and other != iri:
                shared[other].add(e)
    people = sorted(shared, key=lambda p: (-len(shared[p]), v.label(p).casefold(), p))
    nodes = [svg.Node(v.label(p), v.href(p), len(shared[p])) for p in people]
    index = {p: i for i, p in enumerate(people)}
    ties = []
    if len(people) <= 40:  # ties between the others, only when the picture can hold them
        for p in people:
            for e in shared[p]:
                for a in v.subjects(P_EVENT, e):
                    q = v.iri(a, P_PERSON)
                    if q in index and index[q] > index[p]:
                        ties.append((index[p], index[q], 1))
    coparticipants = [
        {
            "person": Link(n.label, n.href),
            "weight": n.weight,
            "events": [v.link(e) for e in sorted(shared[p])],
        }
        for n, p in zip(nodes, people, strict=True)
    ]
    ego = svg.ego_network(svg.Node(name, None), nodes, sorted(set(ties))) if nodes else None

    sources: list[tuple[Link, str]] = []
    for f in apps:
        if f["doc_link"] and all(s[0] != f["doc_link"] for s in sources):
            sources.append((f["doc_link"], long_date(f["issued"])))
    return {
        "name": name,
        "spellings": spellings,
        "posts": post_rows,
        # the post most recently stated (a dated tenure counts by its end, or start)
        "latest_post": max(
            post_rows,
            key=lambda r: max(r["dates"]) if r["dates"] else r.get("end") or r.get("start") or date.min,
            default=None,
        ),
        "timeline": timeline,
        "events": event_rows,
        "unattached": unattached,
        "organisations": org_rows,
        "coparticipants": coparticipants,
        "ego": ego,
        "sources": sources,
    }
