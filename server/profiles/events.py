"""An event's page: when and where, its series and other editions (with a chart of participant counts
where documents give them), the speakers as a table, the attendance in words, the documents."""

from __future__ import annotations

from typing import Any

from rdflib.namespace import DCTERMS, RDF

from graph.namespaces import OSCE, SCHEMA
from server import svg
from server.kinds import KINDS
from server.profiles.people import appearance_facts
from server.profiles.view import GraphView, date_range, long_date

_KIND_WORDS = {
    "participants": ("participant", "participants"),
    "participating-states": ("participating State", "participating States"),
    "partners": ("Partner for Co-operation", "Partners for Co-operation"),
}


def attendance_counts(v: GraphView, event: str) -> dict[str, list[int]]:
    """Count kind (slug) -> the distinct values documents give for it."""
    out: dict[str, list[int]] = {}
    for c in v.iris(event, str(OSCE.attendance)):
        kind = v.iri(c, str(OSCE.countOf))
        value = v.text(c, str(RDF.value))
        if kind and value and value.lstrip("-").isdigit():
            values = out.setdefault(kind.rsplit("/", 1)[-1], [])
            if int(value) not in values:
                values.append(int(value))
    return {k: sorted(vals) for k, vals in out.items()}


def attendance_words(counts: dict[str, list[int]]) -> str:
    """ "351 participants from 57 participating States and 11 Partners for Co-operation"."""

    def phrase(kind: str) -> str:
        values = counts[kind]
        one, many = _KIND_WORDS.get(kind, (kind.replace("-", " "), kind.replace("-", " ")))
        noun = one if values == [1] else many
        shown = " or ".join(f"{n:,}" for n in values)
        return f"{shown} {noun}"

    head = phrase("participants") if "participants" in counts else "Participants"
    rest = [phrase(k) for k in ("participating-states", "partners") if k in counts]
    rest += [phrase(k) for k in sorted(counts) if k not in _KIND_WORDS]
    if not rest:
        return head if "participants" in counts else ""
    joined = rest[0] if len(rest) == 1 else ", ".join(rest[:-1]) + " and " + rest[-1]
    return f"{head} from {joined}"


def editions_of(v: GraphView, series: str, current: str | None = None) -> tuple[list[dict[str, Any]], Any]:
    """The series' events in edition order with their participant counts, and a bar chart of the
    counts (``current`` in red) when at least two editions exist and one count is known."""
    editions: list[dict[str, Any]] = []
    for e in v.subjects(str(SCHEMA.superEvent), series):
        counts = attendance_counts(v, e)
        number = v.text(e, str(OSCE.editionNumber))
        editions.append(
            {
                "event": v.link_of(e),
                "iri": e,
                "number": int(number) if number and number.isdigit() else None,
                "start": v.text(e, str(SCHEMA.startDate)) or "",
                "when": date_range(
                    v.text(e, str(SCHEMA.startDate)),
                    v.text(e, str(SCHEMA.endDate)),
                    v.text(e, str(OSCE.datePrecision)),
                ),
                "participants": max(counts["participants"]) if counts.get("participants") else None,
                "speakers": len(v.subjects(str(OSCE.event), e)),
            }
        )
    editions.sort(key=lambda r: (10**6 if r["number"] is None else r["number"], r["start"], r["iri"]))
    chart = None
    if any(r["participants"] is not None for r in editions) and len(editions) > 1:
        bars = [
            svg.Bar(
                r["start"][:4] if r["number"] is None else str(r["number"]),
                r["participants"],
                r["event"].href,
                r["iri"] == current,
                r["event"].text,
            )
            for r in editions
        ]
        chart = svg.bar_chart(bars, title="participants per edition")
    return editions, chart


def series_profile(v: GraphView, iri: str) -> dict[str, Any]:
    editions, chart = editions_of(v, iri)
    return {
        "name": v.label(iri),
        "organizers": [v.link_of(o) for o in v.iris(iri, str(SCHEMA.organizer))],
        "editions": editions,
        "chart": chart,
    }


def event_profile(v: GraphView, iri: str) -> dict[str, Any]:
    place = v.iri(iri, str(SCHEMA.location))
    state = v.iri(place, str(SCHEMA.containedInPlace)) if place else None
    series = v.iri(iri, str(SCHEMA.superEvent))
    editions, chart = editions_of(v, series, iri) if series else ([], None)

    speakers = [appearance_facts(v, a) for a in v.subjects(str(OSCE.event), iri)]
    speakers.sort(key=lambda f: (f["issued"] or "", v.label(f["person"]) if f["person"] else ""))
    for f in speakers:
        f["person_link"] = v.link(f["person"])

    counts = attendance_counts(v, iri)
    count_sentences = sorted(
        {s for c in v.iris(iri, str(OSCE.attendance)) for s in v.texts(c, str(OSCE.sourceSentence))}
    )
    doc_classes = set(KINDS["document"])
    documents = {d for d in v.subjects(str(SCHEMA.about), iri) if doc_classes & set(v.types(d))}
    documents |= {f["doc"] for f in speakers if f["doc"]}
    docs = sorted(
        ((v.link_of(d), v.text(d, str(DCTERMS.issued)) or "") for d in documents),
        key=lambda x: (x[1], x[0].text),
    )
    return {
        "name": v.label(iri),
        "when": date_range(
            v.text(iri, str(SCHEMA.startDate)),
            v.text(iri, str(SCHEMA.endDate)),
            v.text(iri, str(OSCE.datePrecision)),
        ),
        "kind": "conference"
        if str(OSCE.Conference) in v.types(iri)
        else "meeting"
        if str(OSCE.Meeting) in v.types(iri)
        else "event",
        "place": v.link(place),
        "state": v.link(state),
        "series": v.link(series),
        "edition": v.text(iri, str(OSCE.editionNumber)),
        "editions": editions,
        "chart": chart,
        "speakers": speakers,
        "attendance": attendance_words(counts),
        "attendance_sentences": count_sentences,
        "documents": [(link, long_date(issued)) for link, issued in docs],
    }
