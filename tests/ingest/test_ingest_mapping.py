"""The seed's extraction mapped into the model: the 18th Alliance conference and its nine speakers."""

from __future__ import annotations

from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, SKOS, XSD

from graph.ingest.identity import PersonIndex
from graph.ingest.mapping import MappedDocument, document_slug, map_document
from graph.namespaces import KG, OSCE, SCHEMA
from graph.validation import validate_document

SEED_SLUG = "2018-04-24-18th-alliance-against-trafficking-calls-for-broad-inclusive"


def mapped(extraction: dict[str, Any], page: Any, ref: Any) -> MappedDocument:
    return map_document(extraction, body=page.body, ref=ref, people=PersonIndex(), title=page.title,
                        date=page.date, kind=page.kind)


def appearance_of(m: MappedDocument, name: str) -> URIRef:
    apps = [a for a in m.graph.subjects(OSCE.statedName, Literal(name))]
    assert len(apps) == 1, f"{name}: {apps}"
    return apps[0]  # type: ignore[return-value]


def test_document_slug_is_date_and_title() -> None:
    slug = document_slug("2018-04-24", "18th Alliance: calls, for — Ça va?")
    assert slug == "2018-04-24-18th-alliance-calls-for-ca-va"
    assert document_slug(None, "x" * 100) == "undated-" + "x" * 60


def test_seed_event_is_the_18th_alliance_conference(seed_extraction, seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    m = mapped(seed_extraction, seed_page, ref)
    g = m.graph
    series = ref.lookup("series", "Conference of the Alliance against Trafficking in Persons")
    assert series == KG["series/alliance-against-trafficking-in-persons"]
    event = KG["event/alliance-against-trafficking-in-persons-18"]
    assert (event, RDF.type, SCHEMA.Event) in g and (event, RDF.type, OSCE.Conference) in g
    assert g.value(event, SCHEMA.superEvent) == series
    assert (series, None, None) not in g  # linked to the reference series, not re-described
    assert g.value(event, OSCE.editionNumber) == Literal(18, datatype=XSD.integer)
    assert g.value(event, SCHEMA.startDate) == Literal("2018-04-23", datatype=XSD.date)
    assert g.value(event, SCHEMA.endDate) == Literal("2018-04-24", datatype=XSD.date)
    assert g.value(event, SCHEMA.location) == ref.lookup("place", "Vienna")
    counts = {str(g.value(c, OSCE.countOf)).rsplit("/", 1)[-1]: g.value(c, RDF.value).toPython()
              for c in g.objects(event, OSCE.attendance)}
    assert counts == {"participants": 351, "participating-states": 57}
    assert (KG[f"doc/{SEED_SLUG}"], SCHEMA.about, event) in g


def test_seed_people_with_roles_posts_and_organisations(seed_extraction, seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    m = mapped(seed_extraction, seed_page, ref)
    g = m.graph
    people = set(g.subjects(RDF.type, SCHEMA.Person))
    assert len(people) == 9 and len(m.people) == 9
    roles = {str(g.value(a, OSCE.statedName)): {r.rsplit("/", 1)[-1] for r in g.objects(a, OSCE.roleType)}
             for a in g.subjects(RDF.type, OSCE.Appearance)}
    assert roles["Monique Villa"] == {"keynote"}
    assert roles["Yannick Glemarec"] == {"video-address"}
    assert roles["Madina Jarbussynova"] == {"speaker"}
    assert sum(r == {"opening-remarks"} for r in roles.values()) == 6

    villa = appearance_of(m, "Monique Villa")
    tr = KG["org/thomson-reuters-foundation"]
    assert g.value(villa, OSCE.affiliation) == tr  # not a reference org: minted in the document's graph
    assert (tr, RDF.type, ORG.FormalOrganization) in g
    assert g.value(tr, SKOS.prefLabel) == Literal("Thomson Reuters Foundation", lang="en")
    assert g.value(villa, OSCE.quoted) == Literal(True)
    assert g.value(villa, OSCE.event) == KG["event/alliance-against-trafficking-in-persons-18"]
    post = g.value(villa, OSCE.statedPost)
    assert g.value(post, ORG.postIn) == tr and (post, RDF.type, ORG.Post) in g

    madina = appearance_of(m, "Madina Jarbussynova")
    office = ref.lookup("org", "Office of the Special Representative and Co-ordinator for Combating "
                               "Trafficking in Human Beings")
    assert office is not None and g.value(madina, OSCE.affiliation) == office
    assert (office, SKOS.prefLabel, None) not in g  # a reference org is linked, never re-labelled
    assert g.value(madina, OSCE.statedTitle) == Literal(
        "OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings", lang="en")
    assert g.value(madina, OSCE.person) == KG["person/madina-jarbussynova"]

    amendola = appearance_of(m, "Vincenzo Amendola")
    italy = KG["state/ita"]
    assert g.value(amendola, OSCE.representedState) == italy
    ministry = g.value(amendola, OSCE.affiliation)
    assert (ministry, RDF.type, OSCE.NationalBody) in g and g.value(ministry, OSCE.ofState) == italy

    # every appearance points back to its sentence in the page body
    for app in g.subjects(RDF.type, OSCE.Appearance):
        start, end = g.value(app, OSCE.charStart).toPython(), g.value(app, OSCE.charEnd).toPython()
        assert seed_page.body[start:end] == str(g.value(app, OSCE.sourceSentence))
        assert str(g.value(app, OSCE.statedName)).split()[-1] in seed_page.body[start:end]


def test_seed_document_metadata(seed_extraction, seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    m = mapped(seed_extraction, seed_page, ref)
    g, doc = m.graph, m.doc_iri
    assert m.slug == SEED_SLUG and m.graph_iri.endswith("/graph/doc/" + SEED_SLUG)
    assert (doc, RDF.type, OSCE.PressRelease) in g
    assert g.value(doc, DCTERMS.issued) == Literal("2018-04-24", datatype=XSD.date)
    assert set(g.objects(doc, DCTERMS.publisher)) == {ref.lookup("org", "OSCE Chairpersonship"),
                                                      ref.lookup("org", "OSCE Secretariat")}
    assert list(g.objects(doc, DCTERMS.subject)) == [KG["field/combating-trafficking-in-human-beings"]]
    assert KG["org/unodc"] in set(g.objects(doc, SCHEMA.mentions))


def test_seed_graph_conforms_to_the_shapes(seed_extraction, seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    report = validate_document(mapped(seed_extraction, seed_page, ref).graph, ref)
    assert report.conforms, report.text()


def test_month_dates_edition_words_and_unknown_series(seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    extraction = {"title": "Training", "date": "2021-08-10", "people": [], "events": [
        {"name": "Series of training sessions", "start": "2021-06", "end": None, "participants": 160},
        {"name": "Second OSCE South East Europe Media Conference",
         "series": "South East Europe Media Conference", "edition": 2,
         "start": "2012-09-20", "end": "2012-09-21"},
        {"name": "10th anniversary of the OSCE Presence in Albania", "edition": 10, "start": "2007-03-27"},
    ]}
    m = mapped(extraction, seed_page, ref)
    g = m.graph
    training = next(e for e in g.subjects(RDF.type, SCHEMA.Event)
                    if str(g.value(e, SCHEMA.name)) == "Series of training sessions")
    assert g.value(training, SCHEMA.startDate) == Literal("2021-06-01", datatype=XSD.date)
    assert g.value(training, OSCE.datePrecision) == Literal("month")
    media = KG["event/south-east-europe-media-conference-2"]
    assert g.value(media, SCHEMA.superEvent) == ref.lookup("series", "South East Europe Media Conference")
    anniversary = next(e for e in g.subjects(OSCE.editionNumber, Literal(10, datatype=XSD.integer)))
    series = g.value(anniversary, SCHEMA.superEvent)  # an edition always has its series (a shape)
    assert (series, RDF.type, SCHEMA.EventSeries) in g
    assert str(g.value(series, SKOS.prefLabel)) == "Anniversary of the OSCE Presence in Albania"
    assert validate_document(g, ref).conforms


def test_unknown_roles_and_missing_spans_fall_back_safely(seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    extraction = {"title": "T", "date": "2018-04-24", "events": [],
                  "people": [{"name": "Monique Villa", "roles": ["dancer"], "post": None,
                              "organisation": None}]}
    g = mapped(extraction, seed_page, ref).graph
    app = next(g.subjects(RDF.type, OSCE.Appearance))
    assert list(g.objects(app, OSCE.roleType)) == [KG["role/mentioned"]]
    sentence = str(g.value(app, OSCE.sourceSentence))
    assert "Monique Villa" in sentence
    assert seed_page.body.find(sentence) == g.value(app, OSCE.charStart).toPython()


def test_the_real_extractor_on_the_seed_maps_to_the_same_event_and_people(seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    from graph.extract import extract

    m = mapped(extract(seed_page), seed_page, ref)
    g = m.graph
    event = KG["event/alliance-against-trafficking-in-persons-18"]
    assert g.value(event, SCHEMA.superEvent) == KG["series/alliance-against-trafficking-in-persons"]
    assert (g.value(event, SCHEMA.startDate), g.value(event, SCHEMA.endDate)) == (
        Literal("2018-04-23", datatype=XSD.date), Literal("2018-04-24", datatype=XSD.date))
    participants = [c for c in g.objects(event, OSCE.attendance)
                    if g.value(c, OSCE.countOf) == KG["count-kind/participants"]]
    assert [g.value(c, RDF.value).toPython() for c in participants] == [351]
    assert len(set(g.subjects(RDF.type, SCHEMA.Person))) == 9
    assert g.value(appearance_of(m, "Monique Villa"), OSCE.roleType) == KG["role/keynote"]
    assert validate_document(g, ref).conforms


def test_a_person_listed_twice_is_one_appearance_with_both_roles(seed_page, ref) -> None:  # type: ignore[no-untyped-def]
    extraction = {"title": "T", "date": "2018-04-24", "events": [], "people": [
        {"name": "Monique Villa", "roles": ["keynote"]}, {"name": "Monique Villa", "roles": ["host"]}]}
    g = mapped(extraction, seed_page, ref).graph
    [app] = list(g.subjects(RDF.type, OSCE.Appearance))
    assert set(g.objects(app, OSCE.roleType)) == {KG["role/keynote"], KG["role/host"]}
    assert len(set(g.subjects(RDF.type, SCHEMA.Person))) == 1
