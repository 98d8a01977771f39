"""HermiT (through owlready2) finds the ontology consistent and every class satisfiable.

The ontology is converted to N-Triples in a temporary directory first: owlready2 does not read Turtle.
Each run uses its own owlready2 World so nothing leaks between tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import owlready2
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, OWL, RDF, RDFS, SDO

from graph.namespaces import KG, OSCE
from graph.paths import ONTOLOGY_FILE

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="java is not installed: HermiT needs it")


def reason(g: Graph, tmp: Path) -> tuple[bool, set[str]]:
    """(consistent, IRIs of unsatisfiable classes) as HermiT sees the graph."""
    path = tmp / "osce.nt"
    g.serialize(destination=str(path), format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load(format="ntriples")
    try:
        with onto:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        return True, {c.iri for c in world.inconsistent_classes()} - {str(OWL.Nothing)}
    except owlready2.OwlReadyInconsistentOntologyError:
        return False, set()
    finally:
        world.close()


def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def test_ontology_is_consistent_and_every_class_satisfiable(tmp_path: Path) -> None:
    g = ontology()
    consistent, unsatisfiable = reason(g, tmp_path)
    assert consistent
    assert not unsatisfiable
    assert len(set(g.subjects(RDF.type, OWL.Class))) >= 40


def test_reasoner_reports_an_unsatisfiable_class(tmp_path: Path) -> None:
    """Control: the check above can fail — an appearance that is also an agent is impossible."""
    g = ontology()
    bad = OSCE.AgentAppearance
    g.add((bad, RDF.type, OWL.Class))
    g.add((bad, RDFS.subClassOf, OSCE.Appearance))
    g.add((bad, RDFS.subClassOf, FOAF.Agent))
    consistent, unsatisfiable = reason(g, tmp_path)
    assert consistent and unsatisfiable == {str(bad)}


def test_reasoner_reports_an_inconsistent_individual(tmp_path: Path) -> None:
    """Control: a State that is also an organisation makes the ontology inconsistent."""
    g = ontology()
    g.add((KG["state/ita"], RDF.type, OSCE.ParticipatingState))
    g.add((KG["state/ita"], RDF.type, ORG.Organization))
    consistent, _ = reason(g, tmp_path)
    assert not consistent


def test_domain_and_range_do_not_clash_with_disjointness(tmp_path: Path) -> None:
    """A typical appearance, typed only through domains and ranges, stays consistent."""
    g = ontology()
    appearance, person, doc, event = (URIRef(KG[s]) for s in
                                      ("appearance/d/p", "person/p", "doc/d", "event/e"))
    g.add((appearance, OSCE.person, person))
    g.add((appearance, OSCE.document, doc))
    g.add((appearance, OSCE.event, event))
    g.add((appearance, OSCE.representedState, KG["state/ita"]))
    g.add((event, OSCE.attendance, BNode()))
    g.add((person, RDF.type, SDO.Person))
    consistent, unsatisfiable = reason(g, tmp_path)
    assert consistent and not unsatisfiable


def test_shipped_graph_is_consistent_with_the_ontology(built_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every thing in the built graph, typed by its classes and by domains and ranges, fits the axioms.

    Literal-valued triples are left out: their datatypes (xsd:gYear among them) are SHACL's business and
    outside the OWL 2 datatype map HermiT supports.
    """
    g = Graph()
    for s, p, o, _ in built_store.quads():
        if not isinstance(o, Literal):
            g.add((s, p, o))
    assert len(g) > 1000
    consistent, unsatisfiable = reason(g, tmp_path)
    assert consistent
    assert not unsatisfiable
