"""The reference graph as a whole: deterministic, no IRI minted twice, conforms to the shapes, cached."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from graph.ingest.reference import label_key
from graph.namespaces import KG
from graph.paths import ROOT
from graph.reference import build_reference, load_reference
from graph.reference.data_files import read_rows, read_table


def kind(iri: URIRef) -> str:
    return str(iri)[len(str(KG)):].split("/", 1)[0]


def test_no_iri_collisions(reference_graph: Graph) -> None:
    """Two fact rows minting one IRI would give it two preferred labels; every row gets its own node."""
    pref = Counter(s for s, _ in reference_graph.subject_objects(SKOS.prefLabel))
    assert [s for s, n in pref.items() if n > 1] == []
    per_kind = Counter(kind(s) for s in pref)
    orgs = (len(read_table("structures.toml", "org")) + len(read_table("international.toml", "org"))
            + len(read_rows("field_operations.csv", ("label",))))
    assert per_kind["org"] == orgs
    assert per_kind["state"] == len(read_rows("states.csv", ("label",)))
    assert per_kind["series"] == len(read_rows("meeting_series.csv", ("label",)))
    # the posts of posts.toml and one head-of post per field operation that has terms (office_terms.csv)
    heads = {r["post"] for _, r in read_rows("office_terms.csv", ("post",)) if r["post"].startswith("head:")}
    assert per_kind["post"] == len(read_table("posts.toml", "post")) + len(heads)
    assert per_kind["place"] == len(read_rows("places.csv", ("slug",)))
    assert per_kind["chairpersonship"] == len(read_rows("chairpersonships.csv", ("year",)))


def test_no_label_names_two_things_of_one_kind(reference_graph: Graph) -> None:
    """The extractor resolves names by label within a kind; an ambiguous label would link at random."""
    owners: dict[tuple[str, str], set[URIRef]] = {}
    for p in (SKOS.prefLabel, SKOS.altLabel):
        for s, o in reference_graph.subject_objects(p):
            owners.setdefault((kind(s), label_key(str(o))), set()).add(s)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_every_label_is_english(reference_graph: Graph) -> None:
    for p in (SKOS.prefLabel, SKOS.altLabel):
        assert {o.language for o in reference_graph.objects(None, p)} == {"en"}


def test_deterministic_and_cached(reference_graph: Graph) -> None:
    assert isomorphic(build_reference(), reference_graph)
    assert load_reference() is load_reference()
    assert isomorphic(load_reference(), reference_graph)


def test_conforms_to_the_shapes(reference_and_ontology: Graph) -> None:
    from graph.validation import validate_graph

    report = validate_graph(reference_and_ontology)
    assert report.conforms, report.text()


def test_importing_reads_nothing() -> None:
    code = ("import sys, graph.reference as r; "
            "print(any(m.startswith('graph.reference.') and m != 'graph.reference.data_files'"
            " for m in sys.modules), r.load_reference.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["False", "0"]
