"""The reference graph together with the ontology and its SKOS schemes: what `kgg:ontology` and
`kgg:reference` hold once built, without the press releases."""

from __future__ import annotations

import pytest
from rdflib import Graph


@pytest.fixture(scope="session")
def reference_graph() -> Graph:
    from graph.reference import build_reference

    return build_reference()


@pytest.fixture(scope="session")
def reference_and_ontology(reference_graph: Graph) -> Graph:
    from graph.build import ontology_data

    g = ontology_data()
    for t in reference_graph:
        g.add(t)
    return g
