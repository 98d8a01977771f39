"""Every statement the mapping writes traces to its sentence: events through a per-document report,
attendance counts through their own sentence, people through their appearance (and honorifics)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from graph.ingest import ingest_paths
from graph.ingest.identity import PersonIndex
from graph.ingest.mapping import map_document
from graph.namespaces import KG, OSCE, PROV, SCHEMA
from graph.queries import stored_queries
from graph.validation import validate_document

SEED_SLUG = "2018-04-24-18th-alliance-against-trafficking-calls-for-broad-inclusive"
SEED_EVENT = KG["event/alliance-against-trafficking-in-persons-18"]


def sentence_of(g: Graph, node: Any, body: str) -> str:
    """The node's source sentence, checked against the offsets it gives into the body."""
    text = str(g.value(node, OSCE.sourceSentence))
    start, end = g.value(node, OSCE.charStart).toPython(), g.value(node, OSCE.charEnd).toPython()
    assert body[start:end] == text, (node, start, end)
    return text


def count_of(g: Graph, event: URIRef, kind: str) -> Any:
    kind_iri = KG[f"count-kind/{kind}"]
    found = [c for c in g.objects(event, OSCE.attendance) if g.value(c, OSCE.countOf) == kind_iri]
    assert len(found) == 1, found
    return found[0]


def test_seed_event_and_counts_trace_to_their_sentences(seed_extraction, seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    m = map_document(seed_extraction, body=seed_page.body, ref=ref, people=PersonIndex(),
                     title=seed_page.title, date=seed_page.date, kind=seed_page.kind)
    g, doc = m.graph, KG[f"doc/{SEED_SLUG}"]
    reports = list(g.subjects(RDF.type, OSCE.EventReport))
    assert reports == [KG[f"report/alliance-against-trafficking-in-persons-18/{SEED_SLUG}"]]
    report = reports[0]
    assert g.value(report, SCHEMA.about) == SEED_EVENT and g.value(report, PROV.wasDerivedFrom) == doc
    # the gold extraction gives no sentence and the body never writes the event's full name: the first
    # sentence holding most of its words is taken
    assert "the Alliance conference continues" in sentence_of(g, report, seed_page.body)
    assert (SEED_EVENT, OSCE.sourceSentence, None) not in g  # the shared event node carries none
    participants = sentence_of(g, count_of(g, SEED_EVENT, "participants"), seed_page.body)
    assert "351 participants" in participants
    states = sentence_of(g, count_of(g, SEED_EVENT, "participating-states"), seed_page.body)
    assert "57 OSCE participating States" in states
    assert validate_document(g, ref).conforms


def test_the_extractors_sentence_and_span_are_kept(ref) -> None:  # type: ignore[no-untyped-def]
    body = ("VIENNA, 3 May 2019 – The OSCE hosted a meeting on cyber security. It took two days. "
            "In 2019, 11 experts met earlier. The Cyber Meeting drew 40 participants and 11 Partners.")
    sentence = "VIENNA, 3 May 2019 – The OSCE hosted a meeting on cyber security."
    extraction = {"title": "Cyber meeting", "date": "2019-05-03", "people": [], "events": [
        {"name": "Cyber Meeting", "start": "2019-05-02", "participants": 40, "partners": 11,
         "sentence": sentence, "span": [0, len(sentence)]}]}
    g = map_document(extraction, body=body, ref=ref, people=PersonIndex()).graph
    event = KG["event/cyber-meeting-2019-05-02"]
    report = g.value(predicate=SCHEMA.about, object=event)
    assert sentence_of(g, report, body) == sentence  # not the later sentence naming "Cyber Meeting"
    # a count's sentence is the one where its number stands next to its word, not the first with the number
    assert sentence_of(g, count_of(g, event, "partners"), body).startswith("The Cyber Meeting drew 40")
    assert sentence_of(g, count_of(g, event, "participants"), body).startswith("The Cyber Meeting drew 40")
    assert validate_document(g, ref).conforms


def test_an_honorific_is_on_the_person_and_the_appearance(ref) -> None:  # type: ignore[no-untyped-def]
    body = "VIENNA, 3 May 2019 – Ambassador Lena Hartwig opened the session."
    extraction = {"title": "Session opened", "date": "2019-05-03", "events": [], "people": [
        {"name": "Lena Hartwig", "honorific": "Ambassador", "roles": ["speaker"]}]}
    g = map_document(extraction, body=body, ref=ref, people=PersonIndex()).graph
    person = KG["person/lena-hartwig"]
    assert list(g.objects(person, SCHEMA.honorificPrefix)) == [Literal("Ambassador")]
    app = g.value(predicate=OSCE.person, object=person)
    assert g.value(app, OSCE.honorific) == Literal("Ambassador")
    assert "Ambassador Lena Hartwig" in sentence_of(g, app, body)
    assert validate_document(g, ref).conforms


def test_two_documents_report_one_event_each_with_its_sentence(tmp_path: Path, store, write_page,  # type: ignore[no-untyped-def]
                                                              curated) -> None:
    """The event node is shared; each document's report and counts hold its own sentence, and both conform
    although per-document validation sees what the other document says about the event."""
    series = "Conference of the Alliance against Trafficking in Persons"
    bodies = {"a": "VIENNA, 10 April 2024 – The 24th Alliance conference opened with 300 participants.",
              "b": "VIENNA, 17 April 2024 – Some 310 participants attended the 24th Alliance conference."}
    people = {"a": [{"name": "Lena Hartwig", "honorific": "Ambassador", "roles": ["speaker"]}],
              "b": [{"name": "Lena Hartwig", "honorific": "Dr.", "roles": ["speaker"]}]}
    extract = curated({n: {"title": f"Report {n}", "date": None, "people": people[n], "events": [
        {"name": "24th Alliance conference", "series": series, "edition": 24, "start": "2024-04-10",
         "participants": 300 if n == "a" else 310}]} for n in "ab"})
    paths = [write_page(f"{n}.txt", f"Report {n}", f"{day} April 2024", bodies[n])
             for n, day in (("a", 10), ("b", 17))]
    summary = ingest_paths(store, paths, quarantine_dir=tmp_path / "q", extract=extract, show_progress=False)
    assert summary.line() == "ingested 2, unchanged 0, replaced 0, quarantined 0", summary.outcomes

    q = stored_queries()["event-sources"]
    event = str(KG["event/alliance-against-trafficking-in-persons-24"])
    rows = [{k: str(v) for k, v in r.items()}
            for r in store.query(q.sparql, bindings=q.bindings({"event": event})).rows]
    start = {r["document"].rsplit("/", 1)[-1]: r["sentence"] for r in rows
             if r["property"].endswith("startDate")}
    assert start == {"2024-04-10-report-a": bodies["a"], "2024-04-17-report-b": bodies["b"]}
    counts = {r["value"]: r["sentence"] for r in rows if r["property"].endswith("#value")}
    assert counts == {"300": bodies["a"], "310": bodies["b"]}
    honorifics = store.select(f"""SELECT ?h WHERE {{
        <{KG['person/lena-hartwig']}> <{SCHEMA.honorificPrefix}> ?h }} ORDER BY ?h""")
    assert [str(r["h"]) for r in honorifics] == ["Ambassador", "Dr."]
