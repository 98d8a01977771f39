"""The ontology and its SKOS schemes as shipped in `ontology/`: the files and the graph they make.

Here rather than in `graph.build` so that the ingest pipeline (which needs the ontology to check
documents) does not import the build, which imports the ingest pipeline."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from graph.paths import ONTOLOGY_DIR, SCHEMES_DIR


def ontology_files() -> list[Path]:
    return [ONTOLOGY_DIR / "osce.ttl", *sorted(SCHEMES_DIR.glob("*.ttl"))]


def ontology_data() -> Graph:
    """The ontology and its SKOS schemes, as loaded into `kgg:ontology`."""
    g = Graph()
    for path in ontology_files():
        g.parse(path, format="turtle")
    return g
