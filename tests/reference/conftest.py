"""The reference graph together with the ontology and its SKOS schemes: what `kgg:ontology` and
`kgg:reference` hold once built, without the press releases."""

from __future__ import annotations

import shutil
from pathlib import Path

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


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped data directory that the builders read instead."""
    from graph.reference import data_files as df

    copy = tmp_path / "data"
    shutil.copytree(df.DATA_DIR, copy)
    monkeypatch.setattr(df, "DATA_DIR", copy)
    for module in ("states", "places", "organisations", "field_operations", "meeting_series",
                   "chairpersonships", "office_terms", "wikidata"):
        monkeypatch.setattr(f"graph.reference.{module}.DATA_DIR", copy)
    return copy
