"""Linking press releases to the reference office-holders (graph/ingest/office_holders.py, issue 20):
a named person whose post fits the term on the document's date is the office-holder's node; a namesake
whose post does not fit stays apart; a post named without a name is linked to its holder on that date as
an inferred statement with its rule and source term. Terms used here are picked from office_terms.csv."""

from __future__ import annotations

from typing import Any

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF

from graph.ids import person
from graph.ingest.identity import PersonIndex
from graph.ingest.mapping import map_document
from graph.ingest.office_holders import fitting_holder, names_match
from graph.namespaces import KG, OSCE
from graph.reference.data_files import read_rows
from graph.reference.office_terms import RULE
from graph.validation import validate_document

POSTS = {"secretary-general": "OSCE Secretary General", "director-of-odihr": "Director of ODIHR",
         "high-commissioner-on-national-minorities": "OSCE High Commissioner on National Minorities"}


def rows() -> list[dict[str, str]]:
    return [r for _, r in read_rows("office_terms.csv", ("post", "person", "start", "source"))]


def two_post_holder() -> tuple[dict[str, str], dict[str, str]]:
    """Someone the data file gives two posts in POSTS, and their two rows (earlier first)."""
    data = [r for r in rows() if r["post"] in POSTS]
    for r in data:
        other = [x for x in data if x["person"] == r["person"] and x["post"] != r["post"]]
        if other:
            return tuple(sorted([r, other[0]], key=lambda x: x["start"]))  # type: ignore[return-value]
    raise AssertionError("no one holds two of the posts in the data file")


def a_day_in(row: dict[str, str]) -> str:
    """A day inside a term whatever the precision of its dates: the 15th of the month after the start."""
    y, m = int(row["start"][:4]), int(row["start"][5:7]) + 1
    if m == 13:
        y, m = y + 1, 1
    return f"{y:04d}-{m:02d}-15"


def holder_on(post: str, day: str) -> str:
    (row,) = [r for r in rows() if r["post"] == post and r["start"][:7] <= day[:7]
              and (not r["end"] or day[:7] <= r["end"][:7])]
    return row["person"]


@pytest.mark.parametrize(("mention", "known", "same"), [
    ("Jan Kubis", "Ján Kubiš", True),
    ("Feridun H. Sinirlioğlu", "Feridun Sinirlioğlu", True),
    ("L. Zannier", "Lamberto Zannier", True),
    ("Ambassador Lamberto Zannier", "Lamberto Zannier", True),
    ("Marco Zannier", "Lamberto Zannier", False),
    ("Zannier", "Lamberto Zannier", False),  # a surname alone is not enough to be an office-holder
])
def test_names_and_spellings(mention: str, known: str, same: bool) -> None:
    assert names_match(mention, known) is same


def test_the_post_must_fit_the_term_on_the_day() -> None:
    first, second = two_post_holder()
    who = person(first["person"])
    post1, post2 = KG[f"post/{first['post']}"], KG[f"post/{second['post']}"]
    day1, day2 = a_day_in(first), a_day_in(second)
    assert fitting_holder(first["person"], post1, day1) == (who, False)
    assert fitting_holder(first["person"], post2, day2) == (who, False)
    assert fitting_holder(first["person"], None, day1) == (who, False)  # no post: in office that day
    # the first post on a day of the second term: someone else (or no one) held it then
    assert fitting_holder(first["person"], post1, day2) == (None, True)
    assert fitting_holder(first["person"], post1, None) == (None, False)  # no date: nothing decided


def _map(ref: Any, day: str, people: list[dict[str, Any]], body: str) -> Graph:
    extraction = {"title": "Test release", "date": day, "events": [], "people": people}
    return map_document(extraction, body=body, ref=ref, people=PersonIndex()).graph


def _people(g: Graph) -> set[Any]:
    return set(g.objects(None, OSCE.person))


def test_a_fitting_mention_is_the_office_holders_node(ref) -> None:  # type: ignore[no-untyped-def]
    first, _ = two_post_holder()
    day = a_day_in(first)
    spelled = first["alt"].split(";")[0] if first["alt"] else first["person"]
    body = f"VIENNA – {POSTS[first['post']]} {spelled} opened the meeting."
    g = _map(ref, day, [{"name": spelled, "post": POSTS[first["post"]], "roles": ["speaker"]}], body)
    assert _people(g) == {person(first["person"])}
    assert validate_document(g, ref).conforms


def test_a_namesake_whose_post_does_not_fit_stays_apart(ref) -> None:  # type: ignore[no-untyped-def]
    first, second = two_post_holder()
    day = a_day_in(second)  # during the second term, introduced with the first post
    holder = holder_on(first["post"], day) if any(
        r["post"] == first["post"] and r["start"][:7] <= day[:7] and (not r["end"] or day[:7] <= r["end"][:7])
        for r in rows()) else None
    assert holder != first["person"]
    body = f"VIENNA – {POSTS[first['post']]} {first['person']} spoke."
    g = _map(ref, day, [{"name": first["person"], "post": POSTS[first["post"]], "roles": ["speaker"]}], body)
    (node,) = _people(g)
    assert node != person(first["person"])
    assert str(node).startswith(str(person(first["person"])))  # same name, a node of its own
    assert validate_document(g, ref).conforms


def test_a_post_named_without_a_name_is_an_inferred_link(ref) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in rows() if r["post"] == "secretary-general" and len(r["start"]) == 10)
    day = a_day_in(row)
    body = ("VIENNA – Ministers met on Monday. The Secretary General said the Organization stands ready "
            "to help. The meeting ended in the evening.")
    g = _map(ref, day, [], body)
    (mention,) = g.subjects(RDF.type, OSCE.OfficeMention)
    assert g.value(mention, OSCE.inferredHolder) == person(holder_on("secretary-general", day))
    assert g.value(mention, OSCE.inferred) == Literal(True)
    assert g.value(mention, OSCE.inferenceRule) == RULE
    assert KG[f"term/secretary-general/{row['start']}"] in set(g.objects(mention, PROV.wasDerivedFrom))
    assert str(g.value(mention, OSCE.sourceSentence)).startswith("The Secretary General said")
    assert validate_document(g, ref).conforms


def test_no_inference_when_named_or_undated(ref) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in rows() if r["post"] == "secretary-general" and len(r["start"]) == 10)
    day = a_day_in(row)
    surname = row["person"].split()[-1]
    named = f"VIENNA – The Secretary General, {row['person']}, said the meeting was useful. {surname} left."
    assert not list(_map(ref, day, [], named).subjects(RDF.type, OSCE.OfficeMention))
    undated = {"title": "Undated", "events": [], "people": []}
    g = map_document(undated, body="The Secretary General said so.", ref=ref, people=PersonIndex()).graph
    assert not list(g.subjects(RDF.type, OSCE.OfficeMention))


def test_a_day_the_terms_do_not_cover_decides_nothing() -> None:
    """Before the first term of a post in the data, a holder named with that post is not split off."""
    first = min((r for r in rows() if r["post"] == "chairperson-in-office"), key=lambda r: r["start"])
    later = next(r for r in rows() if r["post"] == "chairperson-in-office" and r["start"] > first["start"])
    year = int(first["start"][:4]) - 5
    post = KG["post/chairperson-in-office"]
    assert fitting_holder(later["person"], post, f"{year}-06-01") == (None, False)
