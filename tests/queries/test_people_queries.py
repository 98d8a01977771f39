"""The stored queries about people and events, answered by the shipped graph (seed + development corpus)."""

from __future__ import annotations

from typing import Any

import pytest

from graph.namespaces import KG
from graph.queries import stored_queries

SEED_EVENT = str(KG["event/alliance-against-trafficking-in-persons-18"])
SEED_DOC = str(KG["doc/2018-04-24-18th-alliance-against-trafficking-calls-for-broad-inclusive"])
MADINA = str(KG["person/madina-jarbussynova"])
VILLA = str(KG["person/monique-villa"])


def run(store: Any, name: str, **params: str) -> list[dict[str, str]]:
    q = stored_queries()[name]
    result = store.query(q.sparql, bindings=q.bindings(params))
    return [{k: str(v) for k, v in row.items()} for row in result.rows]


def test_speakers_of_the_seed_event(built_store) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "event-speakers")  # the default is the seed's event
    assert {r["event"] for r in rows} == {SEED_EVENT}
    by_name = {r["name"]: r for r in rows}
    assert len(by_name) == 9, sorted(by_name)
    villa = by_name["Monique Villa"]
    assert villa["roles"] == "keynote"
    assert villa["organisationLabel"] == "Thomson Reuters Foundation"
    assert villa["post"] == "Chief Executive Officer of the Thomson Reuters Foundation"
    madina = by_name["Madina Jarbussynova"]
    assert madina["post"] == ("OSCE Special Representative and Co-ordinator for Combating Trafficking in "
                              "Human Beings")
    assert "Trafficking in Human Beings" in madina["organisationLabel"]
    assert by_name["Yannick Glemarec"]["roles"] == "video address"
    assert all(r["document"] == SEED_DOC for r in rows)


def test_events_of_a_person_by_date(built_store) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "person-events", person=MADINA)
    assert [r["event"] for r in rows] == [SEED_EVENT]
    assert (rows[0]["start"], rows[0]["end"], rows[0]["place"]) == ("2018-04-23", "2018-04-24", "Vienna")
    # someone in several documents: the events come back in date order
    many = run(built_store, "person-events", person=str(KG["person/bujar-osmani"]))
    starts = [r["start"] for r in many if "start" in r]
    assert len(many) >= 2 and starts == sorted(starts)


def test_people_who_shared_an_event(built_store) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "co-participants", person=VILLA)
    names = {r["name"] for r in rows}
    assert len(names) == 8 and "Madina Jarbussynova" in names and "Monique Villa" not in names
    assert all(r["sharedEvents"] == "1" for r in rows)


def test_organisations_ranked_by_appearances(built_store) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "organisations-by-appearances")
    counts = [int(r["appearances"]) for r in rows]
    assert counts == sorted(counts, reverse=True) and len(rows) > 10
    top = rows[0]
    assert top["organisation"] == str(KG["org/chairpersonship"])  # Chairpersons-in-Office and their envoys
    labels = {r["label"] for r in rows}
    assert "Thomson Reuters Foundation" in labels


def test_people_by_state_represented(built_store) -> None:  # type: ignore[no-untyped-def]
    italy = {r["name"] for r in run(built_store, "people-by-state")}  # default: Italy
    finland = {r["name"] for r in run(built_store, "people-by-state", state=str(KG["state/fin"]))}
    # the shipped corpus grows, so the seed's Italian speaker is among Italy's people, not all of them
    assert "Vincenzo Amendola" in italy and "Vincenzo Amendola" not in finland
    assert "Elina Valtonen" in finland and "Elina Valtonen" not in italy


def test_everything_extracted_from_one_document(built_store) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "document-statements")  # default: the seed
    assert {r["document"] for r in rows} == {SEED_DOC}
    assert len({r["graph"] for r in rows}) == 1
    names = {r["value"] for r in rows if r["property"].endswith("#statedName")}
    assert len(names) == 9 and "Monique Villa" in names
    villa = [r for r in rows if r["property"].endswith("#statedName") and r["value"] == "Monique Villa"]
    assert "keynote" in villa[0]["sentence"] and int(villa[0]["charStart"]) < int(villa[0]["charEnd"])
    assert any(r["property"].endswith("#editionNumber") and r["value"] == "18" for r in rows)


@pytest.mark.parametrize("person", [MADINA, VILLA])
def test_source_of_each_statement_about_a_person(built_store, person: str) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "statement-source", person=person)
    assert rows and {r["document"] for r in rows} == {SEED_DOC}
    properties = {r["property"].rsplit("#", 1)[-1].rsplit("/", 1)[-1] for r in rows}
    assert {"statedTitle", "roleType", "affiliation", "name"} <= properties
    for r in rows:
        assert r["sentence"] and int(r["charStart"]) < int(r["charEnd"])
    title = next(r for r in rows if r["property"].endswith("#statedTitle"))
    assert title["value"].split()[-1] in title["sentence"] or "Villa" in title["sentence"]


@pytest.fixture(scope="module")
def seed_body() -> str:
    from graph.extract.layouts import read_page
    from graph.paths import PAGES_DIR

    return read_page(PAGES_DIR / "osce-press-release-2018-04-24.txt").body


def test_source_of_each_statement_about_an_event(built_store, seed_body: str) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "event-sources")  # default: the seed's event
    assert {r["event"] for r in rows} == {SEED_EVENT} and {r["document"] for r in rows} == {SEED_DOC}
    properties = {r["property"].rsplit("#", 1)[-1].rsplit("/", 1)[-1] for r in rows}
    assert {"name", "startDate", "endDate", "location", "superEvent", "editionNumber", "value"} <= properties
    for r in rows:  # every statement has its sentence, and the offsets point at it in the page body
        assert seed_body[int(r["charStart"]):int(r["charEnd"])] == r["sentence"], r
    start = next(r for r in rows if r["property"] == "https://schema.org/startDate")
    assert start["value"] == "2018-04-23"
    # the sentence the extractor reports the event in: the dateline sentence or the "two-day" one
    assert ("two-day high-level conference" in start["sentence"]
            or start["sentence"].lstrip("\u201c\"").startswith("Vienna, 24 April 2018")), start["sentence"]
    participants = next(r for r in rows if r["value"] == "351")
    assert participants["property"].endswith("#value") and participants["subject"].split("/")[-3:-1] == [
        "alliance-against-trafficking-in-persons-18", "participants"]
    assert "351 participants" in participants["sentence"]


def test_every_event_and_count_of_the_shipped_graph_traces_to_a_sentence(built_store) -> None:  # type: ignore[no-untyped-def]
    """Each document reporting an event has a report with the sentence; each count has its sentence."""
    rows = built_store.select("""
        PREFIX osce: <https://w3id.org/osce-kg/def#>
        PREFIX schema: <https://schema.org/>
        SELECT (COUNT(*) AS ?reported) (SUM(?bare) AS ?without) WHERE {
          { GRAPH ?g { ?e a schema:Event } BIND (1 AS ?kind) }
          UNION { GRAPH ?g { ?e a osce:AttendanceCount } BIND (2 AS ?kind) }
          BIND (IF(?kind = 1,
                   EXISTS { GRAPH ?g { ?r a osce:EventReport ; schema:about ?e ; osce:sourceSentence ?s } },
                   EXISTS { GRAPH ?g { ?e osce:sourceSentence ?s ; osce:charStart ?a ; osce:charEnd ?b } })
                AS ?traced)
          BIND (IF(?traced, 0, 1) AS ?bare)
        }""")
    assert int(rows[0]["reported"]) >= 25
    assert int(rows[0]["without"]) == 0


def test_document_statements_about_its_event_carry_the_report_sentence(built_store) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "document-statements")
    about_event = [r for r in rows if r["subject"] == SEED_EVENT]
    assert {r["property"].rsplit("/", 1)[-1] for r in about_event} >= {"startDate", "name", "location"}
    assert all(r.get("sentence") for r in about_event)
    count = next(r for r in rows if r["subject"].endswith(f"/participants/{SEED_DOC.rsplit('/', 1)[-1]}")
                 and r["property"].endswith("#value"))
    assert count["value"] == "351" and "351 participants" in count["sentence"]


def test_an_honorific_traces_to_the_sentence_stating_it(built_store) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "statement-source", person=str(KG["person/dieter-boden"]))
    honorific = [r for r in rows if r["property"] == "https://schema.org/honorificPrefix"]
    assert [r["value"] for r in honorific] == ["Ambassador"]
    assert "Ambassador Dieter Boden" in honorific[0]["sentence"]
    assert honorific[0]["document"].startswith(str(KG["doc/"]))


def test_the_seeds_speakers_over_http(live_server: str) -> None:
    """`make serve`'s graph: the nine speakers with posts and roles, through the stored-query route."""
    import requests

    resp = requests.get(f"{live_server}/queries/event-speakers", params={"format": "json"}, timeout=30)
    assert resp.status_code == 200, resp.text
    rows = [{k: v["value"] for k, v in b.items()} for b in resp.json()["results"]["bindings"]]
    by_name = {r["name"]: r for r in rows}
    assert len(by_name) == 9
    assert by_name["Monique Villa"]["roles"] == "keynote"
    assert by_name["Madina Jarbussynova"]["post"].startswith("OSCE Special Representative")
    assert all(r.get("post") and r.get("roles") for r in rows)
