"""Office-holders' terms (office_terms.csv): the builder turns rows into dated, sourced org:Memberships
and refuses rows it cannot trust, naming file and line; the docs' coverage table counts the same rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, XSD

from graph.ids import person
from graph.namespaces import KG, OSCE, SCHEMA
from graph.reference import build_reference
from graph.reference.data_files import ReferenceDataError, read_rows

FIELDS = ("post", "person", "start", "source")


def append(copy: Path, row: str) -> int:
    path = copy / "office_terms.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + row + "\n", encoding="utf-8")
    return len(text.splitlines()) + 1


def test_every_row_becomes_a_sourced_term(reference_graph: Graph) -> None:
    rows = [r for _, r in read_rows("office_terms.csv", FIELDS)]
    terms = [t for t in reference_graph.subjects(RDF.type, ORG.Membership)
             if str(t).startswith(str(KG["term/"]))]
    assert len(terms) == len(rows)
    for r in rows:
        slug = r["post"] if not r["post"].startswith("head:") else "head-of-" + r["post"][5:]
        term = KG[f"term/{slug}/{r['start']}"]
        assert reference_graph.value(term, ORG.member) == person(r["person"])
        sources = {str(u) for u in reference_graph.objects(term, PROV.wasDerivedFrom)}
        assert sources == set(r["source"].split())
        start = reference_graph.value(term, SCHEMA.startDate)
        assert isinstance(start, Literal) and start.datatype == (XSD.date if len(r["start"]) == 10
                                                                 else XSD.gYearMonth)
        assert ((term, OSCE.acting, Literal(True)) in reference_graph) == (r["acting"] == "acting")


def test_a_person_with_two_posts_is_one_node(reference_graph: Graph) -> None:
    rows = [r for _, r in read_rows("office_terms.csv", FIELDS)]
    twice = {r["person"] for r in rows if sum(x["person"] == r["person"] for x in rows) > 1}
    assert twice  # e.g. a Secretary General who later became High Commissioner
    for name in twice:
        posts = set(reference_graph.objects(None, OSCE.post))
        held = {reference_graph.value(t, OSCE.post)
                for t in reference_graph.subjects(ORG.member, person(name))}
        assert len(held) >= 1 and held <= posts


@pytest.mark.parametrize(("row", "message"), [
    ("secretary-general,Nobody,,,,2030-01,2029-12,,https://example.org/x,2026-12-07,", "ends"),
    ("secretary-general,Nobody,,,,2030-13,,,https://example.org/x,2026-12-07,", "YYYY-MM"),
    ("secretary-general,Nobody,,,,2030,,,https://example.org/x,2026-12-07,", "YYYY-MM"),
    ("no-such-post,Nobody,,,,2030-01,,,https://example.org/x,2026-12-07,", "unknown post"),
    ("head:no-such-operation,Nobody,,,,2030-01,,,https://example.org/x,2026-12-07,", "unknown organisation"),
    ("secretary-general,Nobody,,Atlantis,,2030-01,,,https://example.org/x,2026-12-07,", "unknown State"),
    ("secretary-general,Nobody,,,,2030-01,,,not a url,2026-12-07,", "URL"),
    ("secretary-general,Nobody,,,,2030-01,,interim,https://example.org/x,2026-12-07,", "acting"),
    ("secretary-general,Nobody,,,Minister,2030-01,,,https://example.org/x,2026-12-07,", "national_post"),
    ("secretary-general,Nobody,,,,2011-07-01,,,https://example.org/x,2026-12-07,", "second term"),
])
def test_a_bad_row_is_refused_with_its_line(data_copy: Path, row: str, message: str) -> None:
    line = append(data_copy, row)
    with pytest.raises(ReferenceDataError, match=message) as info:
        build_reference()
    assert f"office_terms.csv:{line}" in str(info.value)


def test_a_field_operation_head_gets_a_post_of_its_own(data_copy: Path) -> None:
    append(data_copy, "head:mission-to-serbia,Test Person,,,,2030-01,2030-02,,https://example.org/x,2026-12-07,")
    g = build_reference()
    post = KG["post/head-of-mission-to-serbia"]
    assert (post, RDF.type, ORG.Post) in g
    assert g.value(post, ORG.postIn) == KG["org/mission-to-serbia"]
    assert g.value(post, OSCE.maxHolders) == Literal(1)
    assert g.value(KG["term/head-of-mission-to-serbia/2030-01"], OSCE.post) == post


def test_overlapping_terms_of_a_single_holder_post_break_the_shape(data_copy: Path) -> None:
    """The data file cannot say two people were Secretary General at once: SHACL refuses the graph."""
    from graph.build import ontology_data
    from graph.validation import validate_graph

    append(data_copy, "secretary-general,Test Person,,,,2012-01,2012-03,,https://example.org/x,2026-12-07,")
    g = ontology_data()
    for t in build_reference():
        g.add(t)
    report = validate_graph(g)
    assert not report.conforms
    focus = {URIRef(r.focus.strip("<>")) for r in report.results if "SingleHolder" in r.shape}
    assert KG["term/secretary-general/2011-07-01"] in focus


def test_the_coverage_table_in_the_docs_counts_the_data_file() -> None:
    """docs/office-holders.md states the number of terms per post; it must match office_terms.csv."""
    import re
    from collections import Counter

    from graph.paths import ROOT
    from graph.reference.data_files import read_table

    terms = Counter(r["post"] for _, r in read_rows("office_terms.csv", FIELDS))
    labels = {p["label"]: p["slug"] for p in read_table("posts.toml", "post")}
    text = (ROOT / "docs" / "office-holders.md").read_text(encoding="utf-8")
    stated = {m[1]: int(m[2]) for m in re.finditer(r"^\| ([^|]+?) \| (\d+) \|", text, re.MULTILINE)}
    checked = {labels[label]: n for label, n in stated.items() if label in labels}
    assert checked == {post: n for post, n in terms.items() if not post.startswith("head:")}
    # the heads of field operations share one row of the table
    heads = sum(n for post, n in terms.items() if post.startswith("head:"))
    assert stated["Heads of field operations"] == heads
