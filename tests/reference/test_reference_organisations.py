"""The OSCE's structures and their hierarchy, key posts, and the external organisations the extractor
resolves."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import ORG, RDF, SKOS

from graph import ids
from graph.namespaces import KG, OSCE
from graph.reference.data_files import read_table

OSCE_ORG = KG["org/osce"]


def parents(g: Graph, node) -> list:  # type: ignore[no-untyped-def]
    """The chain of org:subOrganizationOf parents, nearest first (stops on a cycle)."""
    chain = []
    while (parent := g.value(node, ORG.subOrganizationOf)) is not None and parent not in chain:
        chain.append(parent)
        node = parent
    return chain


def test_every_structure_hangs_from_the_osce_without_cycles(reference_graph: Graph) -> None:
    structures = set(reference_graph.subjects(RDF.type, OSCE.Structure))
    assert len(structures) > 40
    for s in structures:
        chain = parents(reference_graph, s)
        assert chain and chain[-1] == OSCE_ORG, (s, chain)
        assert reference_graph.value(s, ORG.unitOf) == OSCE_ORG
        assert (s, RDF.type, ORG.OrganizationalUnit) in reference_graph


def test_office_of_the_secretary_general_under_secretariat_under_osce(reference_graph: Graph) -> None:
    chain = parents(reference_graph, KG["org/office-of-the-secretary-general"])
    assert chain == [KG["org/secretariat"], OSCE_ORG]


@pytest.mark.parametrize(("slug", "acronym", "cls"), [
    ("odihr", "ODIHR", OSCE.Institution), ("hcnm", "HCNM", OSCE.Institution),
    ("rfom", "RFoM", OSCE.Institution),
    ("parliamentary-assembly", "OSCE PA", OSCE.Structure),
    ("forum-for-security-co-operation", "FSC", OSCE.DecisionMakingBody),
])
def test_acronyms_are_alt_labels(reference_graph: Graph, slug: str, acronym: str, cls) -> None:  # type: ignore[no-untyped-def]
    node = ids.org(slug)
    assert (node, SKOS.altLabel, Literal(acronym, lang="en")) in reference_graph
    assert (node, RDF.type, cls) in reference_graph


def test_decision_making_bodies(reference_graph: Graph) -> None:
    labels = {str(reference_graph.value(s, SKOS.prefLabel))
              for s in reference_graph.subjects(RDF.type, OSCE.DecisionMakingBody)}
    assert labels == {"Summit", "Ministerial Council", "Permanent Council", "Forum for Security Co-operation"}


def test_key_posts_are_in_their_organisations(reference_graph: Graph) -> None:
    posts = {str(reference_graph.value(p, SKOS.prefLabel)): reference_graph.value(p, ORG.postIn)
             for p in reference_graph.subjects(RDF.type, ORG.Post)}
    assert posts["Secretary General"] == KG["org/secretariat"]
    assert posts["Chairperson-in-Office"] == KG["org/chairpersonship"]
    assert posts["Director of ODIHR"] == KG["org/odihr"]
    assert posts["High Commissioner on National Minorities"] == KG["org/hcnm"]
    assert posts["Representative on Freedom of the Media"] == KG["org/rfom"]
    assert posts["President of the OSCE Parliamentary Assembly"] == KG["org/parliamentary-assembly"]
    cthb = "Special Representative and Co-ordinator for Combating Trafficking in Human Beings"
    assert posts[cthb] == KG["org/osr-cthb"]
    assert posts["Co-ordinator of OSCE Economic and Environmental Activities"] == KG["org/oceea"]


def test_chairpersonship_structure_label(reference_graph: Graph) -> None:
    assert str(reference_graph.value(KG["org/chairpersonship"], SKOS.prefLabel)) == "OSCE Chairpersonship"


def test_international_organisations_from_the_data_file(reference_graph: Graph) -> None:
    items = read_table("international.toml", "org")
    for item in items:
        node = ids.org(item["slug"])
        assert (node, RDF.type, ORG.FormalOrganization) in reference_graph
        assert ((node, RDF.type, OSCE.InternationalOrganization) in reference_graph) == item.get("igo", True)
        assert (node, RDF.type, OSCE.Structure) not in reference_graph
    acronyms = {str(o) for s in reference_graph.subjects(RDF.type, OSCE.InternationalOrganization)
                for o in reference_graph.objects(s, SKOS.altLabel)}
    assert {"UNODC", "UNICEF", "UNHCR", "UNDP", "UNECE", "OHCHR", "IOM", "UNESCO", "EU", "NATO", "OECD",
            "INTERPOL", "CIS", "CSTO", "CoE"} <= acronyms
    assert reference_graph.value(ids.org("unodc"), ORG.subOrganizationOf) == ids.org("united-nations")


def test_seats_are_places_in_their_state(reference_graph: Graph) -> None:
    from rdflib.namespace import SDO

    assert reference_graph.value(KG["org/odihr"], SDO.location) == KG["place/warsaw"]
    assert reference_graph.value(KG["place/warsaw"], SDO.containedInPlace) == KG["state/pol"]
    assert reference_graph.value(KG["place/the-hague"], SDO.containedInPlace) == KG["state/nld"]
    assert reference_graph.value(KG["place/kosovo"], SDO.containedInPlace) is None
    assert (KG["place/vienna"], RDF.type, SDO.Place) in reference_graph
