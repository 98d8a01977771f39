"""The reference stored queries, run with their bound parameters on the shipped graph built in memory."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import URIRef

from graph.namespaces import KG, KGG
from graph.queries import stored_queries
from graph.store.base import Store

REFERENCE = str(KGG["reference"])


def seed_menu():  # type: ignore[no-untyped-def]
    """tests/reference/seed_menu.py, the parser of the seed's osce.org menu."""
    path = Path(__file__).resolve().parent.parent / "reference" / "seed_menu.py"
    spec = importlib.util.spec_from_file_location("reference_seed_menu", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    sq = stored_queries()[name]
    rows = store.query(sq.sparql, bindings=sq.bindings(params)).rows
    return [{k: str(v) for k, v in row.items()} for row in rows]


def test_participating_states(built_store: Store) -> None:
    rows = run(built_store, "participating-states")
    assert len(rows) == 57
    assert len({r["state"] for r in rows}) == 57
    assert {r["name"] for r in rows} == {n for n in seed_menu().items("Participating States")
                                         if "Partners for Co-operation" not in n}
    by_name = {r["name"]: r for r in rows}
    assert (by_name["Türkiye"]["alpha2"], by_name["Türkiye"]["alpha3"], by_name["Türkiye"]["joined"]) == \
        ("TR", "TUR", "1973")
    assert by_name["Mongolia"]["joined"] == "2012"
    assert by_name["Montenegro"]["joined"] == "2006"
    assert all(len(r["alpha2"]) == 2 and len(r["alpha3"]) == 3 and r["joined"] for r in rows)
    assert [r["name"] for r in rows] == sorted(r["name"] for r in rows)


def test_partners_by_group(built_store: Store) -> None:
    rows = run(built_store, "partners-by-group")
    groups: dict[str, set[str]] = {}
    for r in rows:
        groups.setdefault(r["groupName"], set()).add(r["name"])
    assert groups == {
        "Asian Partners for Co-operation": {"Afghanistan", "Australia", "Japan", "Republic of Korea",
                                            "Thailand"},
        "Mediterranean Partners for Co-operation": {"Algeria", "Egypt", "Israel", "Jordan", "Morocco",
                                                    "Tunisia"},
    }
    assert {r["name"]: r.get("since") for r in rows}["Australia"] == "2009"


def test_structure_tree(built_store: Store) -> None:
    rows = run(built_store, "structure-tree")
    by_unit = {r["unit"]: r for r in rows}
    assert len(by_unit) == len(rows)
    osg = by_unit[str(KG["org/office-of-the-secretary-general"])]
    assert (osg["parent"], osg["depth"]) == (str(KG["org/secretariat"]), "2")
    secretariat = by_unit[str(KG["org/secretariat"])]
    assert (secretariat["parent"], secretariat["depth"]) == (str(KG["org/osce"]), "1")
    assert by_unit[str(KG["org/odihr"])]["class"] == "institution"
    under_secretariat = {r["name"] for r in rows if r["parent"] == str(KG["org/secretariat"])}
    assert under_secretariat == {n for n in seed_menu().items("Secretariat") if n != "Secretary General"}
    depths = [int(r["depth"]) for r in rows]
    assert depths == sorted(depths)  # tree order: parents before children


def test_field_operations_open_closed_and_all(built_store: Store) -> None:
    open_rows = run(built_store, "field-operations", status="open")
    closed_rows = run(built_store, "field-operations", status="closed")
    all_rows = run(built_store, "field-operations")
    assert {r["name"] for r in open_rows} == set(seed_menu().items("Field operations"))
    assert len(open_rows) == 12
    assert all(r["open"] == "true" and "closed" not in r for r in open_rows)
    assert closed_rows
    assert all(r["open"] == "false" and int(r["closed"]) >= int(r["opened"]) for r in closed_rows)
    assert {r["operation"] for r in all_rows} == {r["operation"] for r in open_rows + closed_rows}
    assert all(r["status"] == "all" for r in all_rows)
    kosovo = next(r for r in open_rows if r["name"] == "Mission in Kosovo")
    assert (kosovo["host"], kosovo["hostName"], kosovo["kind"]) == \
        (str(KG["place/kosovo"]), "Kosovo", "mission")
    ukraine = {r["name"] for r in closed_rows if r["hostName"] == "Ukraine"}
    assert {"Special Monitoring Mission to Ukraine", "Project Co-ordinator in Ukraine"} <= ukraine
    assert run(built_store, "field-operations", status="neither") == []


def test_meeting_series(built_store: Store) -> None:
    rows = run(built_store, "meeting-series")
    names = {r["name"] for r in rows}
    assert set(seed_menu().items("Meetings and conferences")) <= names
    assert {"Human Dimension Implementation Meeting", "OSCE PA Annual Session",
            "South East Europe Media Conference"} <= names
    alliance = next(r for r in rows if r["name"].startswith("Conference of the Alliance against Trafficking"))
    assert alliance["series"] == str(KG["series/alliance-against-trafficking-in-persons"])
    assert alliance["organizer"] == str(KG["org/osr-cthb"])
    events = built_store.select("SELECT ?s (COUNT(DISTINCT ?e) AS ?n)"
                                " WHERE { ?e <https://schema.org/superEvent> ?s } GROUP BY ?s",
                                s=URIRef(alliance["series"]))
    assert alliance["events"] == str(events[0]["n"])


def test_fields_of_work(built_store: Store) -> None:
    rows = run(built_store, "fields-of-work")
    assert [r["name"] for r in rows] == sorted(seed_menu().items("Fields of work"))
    cthb = next(r for r in rows if r["name"] == "Combating trafficking in human beings")
    docs = built_store.select("SELECT ?f (COUNT(DISTINCT ?d) AS ?n)"
                              " WHERE { ?d <http://purl.org/dc/terms/subject> ?f } GROUP BY ?f",
                              f=URIRef(cthb["field"]))
    assert cthb["documents"] == str(docs[0]["n"])


@pytest.mark.parametrize(("year", "state", "name"), [
    (None, "state/fin", "Finland"), ("2018", "state/ita", "Italy"), ("2024", "state/mlt", "Malta"),
    ("2010", "state/kaz", "Kazakhstan"), ("1991", "state/deu", "Germany"),
])
def test_chairpersonship(built_store: Store, year: str | None, state: str, name: str) -> None:
    rows = run(built_store, "chairpersonship", **({"year": year} if year else {}))
    assert len(rows) == 1
    assert (rows[0]["year"], rows[0]["state"], rows[0]["stateName"]) == (year or "2025", str(KG[state]), name)


def test_chairpersonship_of_a_year_without_one(built_store: Store) -> None:
    assert run(built_store, "chairpersonship", year="1960") == []


def test_entity_default_is_finland(built_store: Store) -> None:
    rows = run(built_store, "entity")
    fin = str(KG["state/fin"])
    assert {r["entity"] for r in rows} == {fin}
    assert all(r["graph"] for r in rows)
    out = {(r["property"], r["value"], r["graph"]) for r in rows if r["direction"] == "out"}
    assert ("http://www.w3.org/2004/02/skos/core#prefLabel", "Finland", REFERENCE) in out
    incoming = {(r["property"], r["value"]) for r in rows if r["direction"] == "in"}
    chair = "https://w3id.org/osce-kg/def#chairState"
    assert {(chair, str(KG["chairpersonship/2025"])), (chair, str(KG["chairpersonship/2008"]))} <= incoming
    n_statements = built_store.select(
        "SELECT ?e (COUNT(*) AS ?n)"
        " WHERE { { GRAPH ?g { ?e ?p ?o } } UNION { GRAPH ?g { ?o ?p ?e } } } GROUP BY ?e",
        e=URIRef(fin))[0]["n"]
    assert len(rows) == int(n_statements)


def test_entity_with_a_parameter(built_store: Store) -> None:
    rows = run(built_store, "entity", entity=str(KG["org/secretariat"]))
    incoming = {(r["property"], r["value"], r.get("valueLabel")) for r in rows if r["direction"] == "in"}
    assert ("http://www.w3.org/ns/org#subOrganizationOf", str(KG["org/office-of-the-secretary-general"]),
            "Office of the Secretary General") in incoming
    assert all(r["entity"] == str(KG["org/secretariat"]) for r in rows)
    assert run(built_store, "entity", entity="https://w3id.org/osce-kg/id/nothing/here") == []


def test_literal_label_values_are_not_given_a_label(built_store: Store) -> None:
    rows = run(built_store, "entity", entity=str(KG["state/ita"]))
    labels = [r for r in rows if r["property"] == "http://www.w3.org/2004/02/skos/core#prefLabel"]
    assert labels == [{"entity": str(KG["state/ita"]), "direction": "out",
                       "property": "http://www.w3.org/2004/02/skos/core#prefLabel", "value": "Italy",
                       "graph": REFERENCE}]


def test_meeting_series_pairs_each_organizer_with_its_own_name_and_counts_zero_events() -> None:
    """Two organizers: each row names its own (the path form paired every organizer with every name);
    a series with no events still has a row, with 0."""
    from rdflib import Graph

    from graph.store import open_store

    data = Graph().parse(format="turtle", data="""
        @prefix osce: <https://w3id.org/osce-kg/def#> . @prefix schema: <https://schema.org/> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix kg: <https://w3id.org/osce-kg/id/> .
        kg:series\\/a a osce:MeetingSeries ; skos:prefLabel "A" ; schema:organizer kg:org\\/x, kg:org\\/y .
        kg:org\\/x skos:prefLabel "X" . kg:org\\/y skos:prefLabel "Y" .
        kg:series\\/b a osce:MeetingSeries ; skos:prefLabel "B" .
        kg:event\\/1 schema:superEvent kg:series\\/a . kg:event\\/2 schema:superEvent kg:series\\/a .
    """)
    store = open_store({"store": "memory"})
    store.add_graphs([(str(KGG["test"]), data)])
    rows = run(store, "meeting-series")
    pairs = {(r["organizer"].rsplit("/", 1)[-1], r["organizerName"]) for r in rows if r["name"] == "A"}
    assert pairs == {("x", "X"), ("y", "Y")}
    assert {r["events"] for r in rows if r["name"] == "A"} == {"2"}
    assert [r["events"] for r in rows if r["name"] == "B"] == ["0"]
