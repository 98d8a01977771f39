"""The stored queries about office-holders: who held a post on a day, the office-holders of a structure,
the posts of a person over time, and office-holders who met while both in office.

Expected answers are worked out here from the data file (graph/reference/data/office_terms.csv) with
plain string logic, independently of the queries and of graph/reference/office_terms.py.
"""

from __future__ import annotations

from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, SKOS, XSD

from graph.ids import person as person_iri
from graph.namespaces import KG, KGG, OSCE, SCHEMA
from graph.queries import stored_queries
from graph.reference.data_files import read_rows
from graph.store import open_store

POST = "https://w3id.org/osce-kg/id/post/"


def run(store: Any, name: str, **params: str) -> list[dict[str, str]]:
    q = stored_queries()[name]
    result = store.query(q.sparql, bindings=q.bindings(params))
    return [{k: str(v) for k, v in row.items()} for row in result.rows]


def csv_terms() -> list[dict[str, str]]:
    return [row for _, row in read_rows("office_terms.csv", ("post", "person", "start", "source"))]


def csv_holders(post: str, day: str) -> list[dict[str, str]]:
    """Rows of ``post`` whose span may include ``day``: a month counts from its first to its last day."""
    out = []
    for row in csv_terms():
        if row["post"] != post:
            continue
        start = row["start"] if len(row["start"]) == 10 else row["start"] + "-01"
        end = row["end"] if len(row["end"]) in (0, 10) else row["end"] + "-31"
        if start <= day and (not end or day <= end):
            out.append(row)
    return out


# The "done when" of the issue: four questions answered from reference data alone, each with its source.
@pytest.mark.parametrize(("post", "day"), [
    ("secretary-general", "2012-10-23"),
    ("director-of-odihr", "2016-06-01"),
    ("high-commissioner-on-national-minorities", "2022-06-01"),
    ("chairperson-in-office", "2019-06-01"),
])
def test_who_held_the_post_on_the_day(built_store, post: str, day: str) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "office-holder-on-date", post=POST + post, date=day)
    expected = csv_holders(post, day)
    assert len(expected) == 1, "the data file should name exactly one holder on this day"
    assert {r["name"] for r in rows} == {expected[0]["person"]}  # one row per source page
    assert {r["person"] for r in rows} == {str(person_iri(expected[0]["person"]))}
    sources = [r["source"] for r in rows]
    assert sources and set(sources) == set(expected[0]["source"].split())
    assert len(sources) == len(set(sources))
    assert {r["start"] for r in rows} == {expected[0]["start"]}
    assert {r["checkedOn"] for r in rows} == {expected[0]["checked"]}


# A field operation's head: the post is minted per operation (kg:post/head-of-{operation}).
@pytest.mark.parametrize(("operation", "day", "holder"), [
    ("mission-to-bosnia-and-herzegovina", "2020-06-01", "Kathleen Kavalec"),
    ("mission-in-kosovo", "2018-06-01", "Jan Braathu"),
    ("centre-in-ashgabat", "2019-06-01", "Natalya Drozd"),
    ("office-in-yerevan", "2017-01-15", "Argo Avakov"),  # a closed operation
])
def test_who_headed_a_field_operation_on_the_day(built_store, operation: str, day: str,  # type: ignore[no-untyped-def]
                                                 holder: str) -> None:
    post = "head:" + operation
    expected = csv_holders(post, day)
    assert [r["person"] for r in expected] == [holder]
    rows = run(built_store, "office-holder-on-date", post=POST + "head-of-" + operation, date=day)
    assert {r["name"] for r in rows} == {holder}
    assert {r["person"] for r in rows} == {str(person_iri(holder))}
    assert len({r["postLabel"] for r in rows}) == 1 and rows[0]["postLabel"].startswith("Head of")
    assert {r["source"] for r in rows} == set(expected[0]["source"].split())
    assert {r["start"] for r in rows} == {expected[0]["start"]}


def test_from_reference_data_alone() -> None:
    """The same answer from a store holding only the ontology and the reference graph (no press releases)."""
    from graph.build import ontology_data
    from graph.reference import build_reference

    store = open_store({"store": "memory"})
    store.replace_graphs({str(KGG["ontology"]): ontology_data(), str(KGG["reference"]): build_reference()})
    rows = run(store, "office-holder-on-date", post=POST + "secretary-general", date="2012-10-23")
    assert {r["name"] for r in rows} == {r["person"] for r in csv_holders("secretary-general", "2012-10-23")}


def test_a_hand_over_day_lists_both_holders(built_store) -> None:  # type: ignore[no-untyped-def]
    # the Austrian foreign minister changed during the 2017 Chairpersonship
    expected = csv_holders("chairperson-in-office", "2017-12-18")
    assert len(expected) == 2
    rows = run(built_store, "office-holder-on-date", post=POST + "chairperson-in-office", date="2017-12-18")
    assert list(dict.fromkeys(r["name"] for r in rows)) == [r["person"] for r in expected]
    assert {r["precision"] for r in rows} == {"day"}


def test_a_vacancy_has_no_holder(built_store) -> None:  # type: ignore[no-untyped-def]
    # between the end of the terms on 18 July 2020 and the appointments of 4 December 2020
    assert csv_holders("secretary-general", "2020-09-01") == []
    assert run(built_store, "office-holder-on-date", post=POST + "secretary-general", date="2020-09-01") == []


def test_month_precision_is_flagged(built_store) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "office-holder-on-date", post=POST + "secretary-general", date="2012-10-23")
    months = len(rows[0]["end"]) == 7 or len(rows[0]["start"]) == 7
    assert rows[0]["precision"] == ("month" if months else "day")


def test_office_holders_of_a_structure_in_order(built_store) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "office-holders-of-structure", organisation=str(KG["org/hcnm"]))
    expected = [r for r in csv_terms() if r["post"] == "high-commissioner-on-national-minorities"]
    assert [r["name"] for r in rows] == [r["person"] for r in sorted(expected, key=lambda r: r["start"])]
    by_term = {(POST + r["post"], r["start"]): r for r in expected}
    for r in rows:
        pages = by_term[(r["post"], r["start"])]["source"].split()
        assert r["source"] == min(pages) and int(r["sourceCount"]) == len(pages)
    # the OSCE as a whole: every term of the data file, whatever body its post is in
    everyone = run(built_store, "office-holders-of-structure", organisation=str(KG["org/osce"]))
    assert len(everyone) == len(csv_terms())


def test_the_secretariat_includes_the_posts_of_its_units(built_store) -> None:  # type: ignore[no-untyped-def]
    rows = run(built_store, "office-holders-of-structure", organisation=str(KG["org/secretariat"]))
    posts = {r["post"] for r in rows}
    assert POST + "secretary-general" in posts  # in the Secretariat itself
    # the Special Representative's office is a unit of the Secretariat
    assert POST + "special-representative-and-co-ordinator-for-combating-trafficking-in-human-beings" in posts
    assert POST + "director-of-odihr" not in posts


def test_posts_of_a_person_from_terms_and_press_releases(built_store) -> None:  # type: ignore[no-untyped-def]
    name = "Lamberto Zannier"
    who = str(person_iri(name))
    rows = run(built_store, "posts-of-person", person=who)
    terms = [r for r in rows if r["kind"] == "reference term"]
    expected = [r for r in csv_terms() if r["person"] == name]
    assert len(expected) == 2  # Secretary General, then High Commissioner
    assert sorted((r["post"], r["start"]) for r in terms) == \
        sorted((POST + r["post"], r["start"]) for r in expected)
    assert [r["start"] for r in terms] == sorted(r["start"] for r in terms)
    by_start = {r["start"]: r for r in expected}
    for r in terms:
        assert r["source"] in by_start[r["start"]]["source"].split()
    # press releases: each row's source is a document in which the person appears with that post
    for r in (r for r in rows if r["kind"] == "press release"):
        ask = ("PREFIX osce: <https://w3id.org/osce-kg/def#> "
               f"ASK {{ ?a osce:person <{who}> ; osce:document <{r['source']}> }}")
        assert built_store.query(ask).boolean


def _tiny_store() -> Any:
    """Two office-holders and a namesake-free third person at one event; another event outside a term."""
    g = Graph()
    post_a, post_b, post_c = KG["post/test-a"], KG["post/test-b"], KG["post/test-c"]
    people = {n: KG[f"person/{n}"] for n in ("ana", "ben", "cem")}
    terms = [("ana", post_a, "2019-01-01", "2019-12-31"), ("ben", post_b, "2018-07", None),
             ("cem", post_c, "2016-01", "2019-05")]
    for who, post, start, end in terms:
        g.add((people[who], SCHEMA.name, Literal(who.title())))
        g.add((post, SKOS.prefLabel, Literal(f"Post of {who}", lang="en")))
        t = KG[f"term/{who}"]
        g.add((t, RDF.type, ORG.Membership))
        g.add((t, ORG.member, people[who]))
        g.add((t, OSCE.post, post))
        g.add((t, SCHEMA.startDate, Literal(start, datatype=XSD.gYearMonth if len(start) == 7 else XSD.date)))
        if end:
            g.add((t, SCHEMA.endDate, Literal(end, datatype=XSD.gYearMonth if len(end) == 7 else XSD.date)))
        g.add((t, PROV.wasDerivedFrom, URIRef("https://example.org/source")))
    events = (("e1", "2019-06-01", ("ana", "ben", "cem")), ("e2", "2020-02-02", ("ana", "ben")))
    for event, day, who in events:
        ev = KG[f"event/{event}"]
        g.add((ev, SCHEMA.name, Literal(f"Event {event}")))
        g.add((ev, SCHEMA.startDate, Literal(day, datatype=XSD.date)))
        for w in who:
            app = KG[f"appearance/{event}/{w}"]
            g.add((app, OSCE.event, ev))
            g.add((app, OSCE.person, people[w]))
            g.add((app, OSCE.document, KG[f"doc/{event}"]))
    store = open_store({"store": "memory"})
    store.replace_graphs({str(KGG["reference"]): g})
    return store


def test_met_in_office_needs_both_terms_to_cover_the_day() -> None:
    rows = run(_tiny_store(), "met-in-office")
    pairs = {(r["person1"].rsplit("/", 1)[-1], r["person2"].rsplit("/", 1)[-1], r["day"]) for r in rows}
    # e1 on 2019-06-01: ana and ben in office; cem's term ended in May 2019.
    # e2 on 2020-02-02: ana's term ended on 31 December 2019.
    assert pairs == {("ana", "ben", "2019-06-01")}
    assert rows[0]["documents"] == str(KG["doc/e1"])


def test_met_in_office_on_the_shipped_graph(built_store) -> None:  # type: ignore[no-untyped-def]
    from graph.ingest.office_holders import reference_terms

    rows = run(built_store, "met-in-office")
    by_iri = {str(t.iri): t for t in reference_terms()}
    for r in rows:
        for k in ("term1", "term2"):
            assert by_iri[r[k]].covers(r["day"]), r
        assert r["person1"] != r["person2"]


def test_posts_of_a_person_include_inferred_mentions(built_store) -> None:  # type: ignore[no-untyped-def]
    """A post a release names without a name, linked to its holder by the rule, is listed as inferred
    with the release as source; every such row matches an osce:OfficeMention of that release."""
    mentions = built_store.query(
        "PREFIX osce: <https://w3id.org/osce-kg/def#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        "PREFIX dcterms: <http://purl.org/dc/terms/> "
        "SELECT ?person ?doc ?post WHERE { ?m osce:inferredHolder ?person ; osce:statedPost ?post ; "
        "prov:wasDerivedFrom ?doc . ?doc dcterms:title ?t }").rows
    if not mentions:
        pytest.skip("the shipped corpus has no post named without a name")
    who = str(mentions[0]["person"])
    expected = {(str(m["doc"]), str(m["post"])) for m in mentions if str(m["person"]) == who}
    rows = run(built_store, "posts-of-person", person=who)
    inferred = {(r["source"], r["post"]) for r in rows if "inferred" in r["kind"]}
    assert inferred == expected
