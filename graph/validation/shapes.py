"""The shapes (`ontology/shapes.ttl`) and the ontology validation mixes in, each read once per process."""

from __future__ import annotations

from functools import cache

import pyoxigraph as ox
from rdflib import Graph

from graph.paths import ONTOLOGY_FILE, SHAPES_FILE


@cache
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


@cache
def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@cache
def ontology_ntriples() -> bytes:
    """The ontology as N-Triples: whole-graph validation appends it to the data, as pySHACL mixes in
    its ``ont_graph``."""
    return ox.serialize(ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE),
                        format=ox.RdfFormat.N_TRIPLES) or b""
