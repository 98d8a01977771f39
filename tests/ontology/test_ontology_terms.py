"""The ontology parses, carries its metadata, and documents every term it mints or the contract names."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, RDF, RDFS, SKOS

from graph.namespaces import OSCE, SCHEMA
from graph.paths import ONTOLOGY_FILE, ROOT, SHAPES_FILE

ONTOLOGY_IRI = URIRef("https://w3id.org/osce-kg/def")
OSCE_TOKEN = re.compile(r"\bosce:([A-Za-z][A-Za-z0-9]*)")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def minted(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(OSCE))}


def test_header_has_version_iri_and_metadata(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef("https://w3id.org/osce-kg/def/1.0.0")
    assert str(onto.value(ONTOLOGY_IRI, OWL.versionInfo)) == "1.0.0"
    for p in (DCTERMS.title, DCTERMS.description, DCTERMS.created, DCTERMS.license, DCTERMS.creator):
        assert onto.value(ONTOLOGY_IRI, p) is not None, f"ontology header lacks {p}"


def test_every_minted_term_has_english_label_and_definition(onto: Graph) -> None:
    terms = minted(onto)
    assert len(terms) >= 50
    for term in sorted(terms):
        labels = [o for o in onto.objects(term, RDFS.label) if isinstance(o, Literal) and o.language == "en"]
        definitions = [o for o in onto.objects(term, SKOS.definition)
                       if isinstance(o, Literal) and o.language == "en" and len(str(o)) > 10]
        assert len(labels) == 1, f"{term}: needs exactly one rdfs:label@en"
        assert definitions, f"{term}: needs a skos:definition@en"
        assert onto.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, f"{term}: needs rdfs:isDefinedBy"
        kinds = set(onto.objects(term, RDF.type))
        assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDFS.Datatype}, term


def test_every_osce_term_named_by_the_contract_or_the_shapes_is_declared(onto: Graph) -> None:
    declared = {str(t)[len(str(OSCE)):] for t in minted(onto)}
    used = set(OSCE_TOKEN.findall((ROOT / "docs" / "model.md").read_text(encoding="utf-8")))
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    used |= {str(t)[len(str(OSCE)):] for triple in shapes for t in triple
             if isinstance(t, URIRef) and str(t).startswith(str(OSCE))}
    assert len(used) >= 40
    assert used <= declared, f"used but not declared: {sorted(used - declared)}"


def test_classes_are_capitalised_and_properties_are_not(onto: Graph) -> None:
    for term in minted(onto):
        local = str(term)[len(str(OSCE)):]
        is_class = bool(set(onto.objects(term, RDF.type)) & {OWL.Class, RDFS.Datatype})
        assert local[0].isupper() == is_class, term


@pytest.mark.parametrize(("sub", "sup"), [
    (OSCE.FieldOperation, ORG.Organization),
    (OSCE.SecretariatUnit, OSCE.Structure),
    (OSCE.Institution, ORG.OrganizationalUnit),
    (ORG.FormalOrganization, ORG.Organization),
    (OSCE.InternationalOrganization, ORG.FormalOrganization),
    (OSCE.NationalBody, ORG.Organization),
    (ORG.Organization, FOAF.Agent),
    (OSCE.Conference, SCHEMA.Event),
    (OSCE.Meeting, SCHEMA.Event),
    (OSCE.MeetingSeries, SCHEMA.EventSeries),
    (OSCE.PressRelease, FOAF.Document),
    (OSCE.NewsItem, OSCE.Document),
    (OSCE.PressStatement, OSCE.Document),
    (OSCE.ParticipatingState, OSCE.State),
    (OSCE.PartnerForCooperation, SCHEMA.Place),
    (OSCE.State, FOAF.Agent),
    (SCHEMA.Person, FOAF.Agent),
])
def test_subclass_links_that_sh_class_follows(onto: Graph, sub: URIRef, sup: URIRef) -> None:
    """pySHACL runs without inference, so sh:class needs these links spelled out in the ontology graph."""
    assert sup in set(onto.transitive_objects(sub, RDFS.subClassOf))


def test_series_are_not_events_so_event_shapes_do_not_target_them(onto: Graph) -> None:
    assert SCHEMA.Event not in set(onto.transitive_objects(OSCE.MeetingSeries, RDFS.subClassOf))


def test_org_ttl_is_not_imported(onto: Graph) -> None:
    assert not list(onto.objects(ONTOLOGY_IRI, OWL.imports))


def test_every_osce_term_in_the_shipped_graph_is_declared(onto: Graph, built_store) -> None:  # type: ignore[no-untyped-def]
    """Reference data and ingestion may only use terms the ontology defines (and so documents)."""
    used = {t for quad in built_store.quads() for t in quad[:3]
            if isinstance(t, URIRef) and str(t).startswith(str(OSCE))}
    assert len(used) >= 30
    assert used <= minted(onto), f"undeclared: {sorted(used - minted(onto))}"
